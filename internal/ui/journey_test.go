package ui

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/casefile"
)

// TestJourneyFromWizardToReopen is the whole journey, by tapping and typing on the real
// widgets: create a case through the wizard with two members, answer a question, mark one not
// relevant, rate a domain as each member, agree on a consensus, save, open the file again in a
// fresh window, and find every value intact, in the model and on screen.
func TestJourneyFromWizardToReopen(t *testing.T) {
	made := 0
	m := newTestWindow(t, Options{NewCase: newCaseOption(t, &made)})
	test.Tap(m.start.newCase)
	w := m.wizard
	test.Type(w.form.title, "Bed sensors at Solbakken")
	test.Type(w.form.technology, "Bed sensor")
	chooseInSelect(t, m.win, w.form.category, "Sensors and wearables")
	test.Tap(w.next)
	test.Type(w.form.decision, "Buy sensors for all flats?")
	test.Type(w.form.deadline, "2026-09-30")
	test.Tap(w.next)
	test.Type(w.form.group, "Group 3")
	test.Type(w.adder.row.name, "Mette")
	test.Type(w.adder.row.profession, "Nurse")
	test.Tap(w.adder.add)
	test.Type(w.adder.row.name, "Jonas")
	test.Type(w.adder.row.profession, "Physiotherapist")
	test.Tap(w.adder.add)
	test.Tap(w.create)
	tapButton(t, topDialog(t, m), "Mette (Nurse)") // who is at the keyboard

	c := m.screen.c
	mette, jonas := c.LiveMembers()[0].ID, c.LiveMembers()[1].ID
	m.screen.Select(1) // the first rated domain of the test framework
	d := m.screen.page.domain
	if !d.Rated {
		t.Fatalf("domain %s is not rated", d.ID)
	}
	q0, q1 := m.screen.page.questions[0], m.screen.page.questions[1]
	q0.edit()
	test.Type(q0.answer, "Falls at night are found late; æøå kept.")
	test.Tap(q1.notRelevant)
	test.Type(q1.reason, "Not a medical device")

	r := m.screen.page.ratings
	test.Tap(r.members[0].rate)
	choose(t, r.members[0].consequence, "+2  Clearly positive")
	choose(t, r.members[0].certainty, "Moderate")
	choose(t, r.members[0].complexity, "Complicated")
	test.Type(r.members[0].rationale, "Fewer long lies")
	test.Tap(r.members[1].rate)
	choose(t, r.members[1].consequence, "0  Neutral")
	choose(t, r.members[1].certainty, "Low")
	choose(t, r.members[1].complexity, "Complex")
	choose(t, r.group.consequence, "+1  Mostly positive")
	choose(t, r.group.certainty, "Low")
	choose(t, r.group.complexity, "Complicated")
	test.Type(r.group.rationale, "Pilot first")
	if !r.disagreement.Visible() {
		t.Error("a spread of 2 is not highlighted")
	}

	path := filepath.Join(t.TempDir(), "solbakken.mtv")
	m.saveTo(path, nil)
	if m.dirty || m.path != path {
		t.Fatalf("after saving: dirty %v, path %q", m.dirty, m.path)
	}

	loaded, err := casefile.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	m2 := newTestWindow(t, Options{Case: loaded, Path: path})
	tapButton(t, topDialog(t, m2), "Skip")
	c2 := m2.screen.c
	if c2.Info.Title != "Bed sensors at Solbakken" || c2.Info.Deadline != "2026-09-30" || c2.Info.Category != "sensors-wearables" || c2.Info.GroupName != "Group 3" {
		t.Errorf("info after reopening: %+v", c2.Info)
	}
	if len(c2.LiveMembers()) != 2 {
		t.Errorf("members after reopening: %+v", c2.LiveMembers())
	}
	if a, ok := c2.Answer(d.Questions[0].ID); !ok || a.Text != "Falls at night are found late; æøå kept." || a.ChangedBy != mette {
		t.Errorf("answer after reopening: %+v", a)
	}
	if a, ok := c2.Answer(d.Questions[1].ID); !ok || !a.NotRelevant || a.NotRelevantReason != "Not a medical device" {
		t.Errorf("not relevant after reopening: %+v", a)
	}
	ratings := map[string]assessment.Rating{}
	for _, x := range c2.RatingsFor(d.ID) {
		ratings[x.MemberID.String()] = x
	}
	if x := ratings[mette.String()]; x.Consequence != 2 || x.Certainty != "moderate" || x.Complexity != "complicated" || x.Rationale != "Fewer long lies" {
		t.Errorf("Mette's rating: %+v", x)
	}
	if x := ratings[jonas.String()]; x.Consequence != 0 || x.Certainty != "low" || x.Complexity != "complex" || x.Abstain {
		t.Errorf("Jonas's rating: %+v", x)
	}
	if cons, ok := c2.ConsensusFor(d.ID); !ok || cons.Consequence != 1 || cons.Rationale != "Pilot first" {
		t.Errorf("consensus: %+v %v", cons, ok)
	}
	if p := c2.Check(); len(p) > 0 {
		t.Errorf("reopened case is inconsistent: %v", p)
	}
	// And on screen.
	m2.screen.Select(1)
	p := m2.screen.page
	if p.questions[0].preview.Text != "Falls at night are found late; æøå kept." || !p.questions[1].notRelevant.Checked || p.questions[1].reason.Text != "Not a medical device" {
		t.Errorf("page after reopening: preview %q, not relevant %v, reason %q", p.questions[0].preview.Text, p.questions[1].notRelevant.Checked, p.questions[1].reason.Text)
	}
	if got := p.ratings.members[0].shownConsequence.Text; got != "+2  Clearly positive" {
		t.Errorf("Mette's rating shows %q", got)
	}
	if m2.dirty {
		t.Error("opening the file marked the case changed")
	}
}
