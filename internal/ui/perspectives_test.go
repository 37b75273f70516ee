package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/testcase"
)

// englishPerspectives is testcase.Perspectives with English as the case's language, so that
// domains and scale values read in English beside the English UI.
func englishPerspectives() *assessment.Case {
	c := testcase.Perspectives()
	c.Info.Language = "en"
	return c
}

func showPerspectives(t *testing.T, s *caseScreen) *perspectivesView {
	t.Helper()
	v, ok := showCasePage(t, s, tr("nav.perspectives")).(*perspectivesView)
	if !ok {
		t.Fatal("the Perspectives page is not a perspectivesView")
	}
	return v
}

func TestWhereWeDisagreeTakesADiscussionNote(t *testing.T) {
	c := englishPerspectives()
	s, edits := newTestScreen(t, c)
	v := showPerspectives(t, s)
	if v.disagree == nil {
		t.Fatal("the page does not open on where we disagree")
	}
	var titles []string
	for _, it := range v.disagree.items {
		titles = append(titles, it.title.Text+" | "+it.spread.Text)
	}
	want := []string{
		"1. Need and technology: Consequence | 3 steps apart, between professions",
		"1. Need and technology: Certainty | 2 steps apart, between professions",
		"1. Need and technology: Complexity | 2 steps apart, between professions",
		"2. Economy: Complexity | 2 steps apart, between professions",
		"2. Economy: Consequence | 2 steps apart, within one profession",
	}
	if strings.Join(titles, "\n") != strings.Join(want, "\n") {
		t.Fatalf("the list shows\n%s\nwant\n%s", strings.Join(titles, "\n"), strings.Join(want, "\n"))
	}
	first := v.disagree.items[0]
	if got := first.positions[0].Text; got != "Bo Øster (fysioterapeut): –1 Mostly negative  “Beboerne bevæger sig mindre”" {
		t.Errorf("the lowest position shows %q", got)
	}
	if !strings.HasPrefix(first.note.Text, "Bo ser mindre bevægelse") {
		t.Errorf("the stored note is not shown: %q", first.note.Text)
	}
	if first.decision.Text != "The group's consensus on consequence: +1 Mostly positive" {
		t.Errorf("the decision shows %q", first.decision.Text)
	}

	// The group writes a note on need's certainty: it goes into the case as it is typed.
	before := *edits
	test.Type(v.disagree.items[1].note, "Lav evidens; vi venter på piloten")
	n, ok := c.DiscussionFor("need", assessment.ScaleCertainty)
	if !ok || n.Note != "Lav evidens; vi venter på piloten" || n.Rev != len([]rune(n.Note)) { // a revision per keystroke, as for answers
		t.Fatalf("the note in the case: %+v %v", n, ok)
	}
	if *edits <= before {
		t.Error("typing a note does not mark the case changed")
	}
	if p := c.Check(); len(p) != 0 {
		t.Errorf("Check: %v", p)
	}

	// Built again, the page shows it.
	s.SelectPage(0)
	v = showPerspectives(t, s)
	if got := v.disagree.items[1].note.Text; got != "Lav evidens; vi venter på piloten" {
		t.Errorf("after showing the page again the note reads %q", got)
	}

	// Economy has no consensus: the item offers to go and make it.
	eco := v.disagree.items[3]
	if got := eco.positions[2].Text; got != "Eva Eg (leder, former member): Simple" {
		t.Errorf("a former member's position shows %q", got)
	}
	if eco.decision.Text != tr("persp.noDecision") || eco.goTo.Text != tr("persp.goDecide") {
		t.Errorf("economy: %q, %q", eco.decision.Text, eco.goTo.Text)
	}
	test.Tap(eco.goTo)
	if s.page == nil || s.page.domain.ID != "economy" {
		t.Fatal("going to the consensus does not show the economy page")
	}
	if s.scroll.Offset.Y <= 0 {
		t.Error("the economy page is not scrolled to its ratings")
	}
}

func TestSideBySideShowsEveryMembersView(t *testing.T) {
	c := englishPerspectives()
	s, _ := newTestScreen(t, c)

	// From a domain page's ratings to its members side by side.
	s.Select(1)
	tapButton(t, s.page.content, tr("persp.openSide"))
	v, ok := s.scroll.Content.(*perspectivesView)
	if !ok || v.side == nil {
		t.Fatal("the button does not show the members side by side")
	}
	if v.side.domain.Selected != "1. Need and technology" {
		t.Errorf("domain chosen: %q", v.side.domain.Selected)
	}
	var heads []string
	for _, card := range v.side.cards {
		heads = append(heads, card.name.Text+" / "+card.profession.Text)
	}
	// Grouped by profession: the nurses (spelled two ways) first, as Anna joined first.
	if got := strings.Join(heads, "; "); got != "Anna Ærø / sygeplejerske; Dorthe Dam / Sygeplejerske; Bo Øster / fysioterapeut; Carl Å / leder" {
		t.Errorf("cards: %s", got)
	}
	anna, bo, carl := labelsIn(v.side.cards[0].card), labelsIn(v.side.cards[2].card), labelsIn(v.side.cards[3].card)
	for _, want := range []string{"Consequence: +2 Clearly positive", "Certainty: High", "Complexity: Complex", "“Færre fald opdages sent”",
		"Marked 1.2 not relevant: Ikke medicinsk udstyr."} {
		if !containsText(anna, want) {
			t.Errorf("Anna's card lacks %q: %q", want, anna)
		}
	}
	if containsText(anna, "Answer to 1.1") || !containsText(bo, "Answer to 1.1: Fald om natten opdages sent. Især i weekenden.") ||
		!containsText(bo, "Source for 1.1: Hansen 2024") {
		t.Errorf("need.problem is Bo's, who changed it last: Anna %q, Bo %q", anna, bo)
	}
	if !containsText(carl, "Abstains") || !containsText(carl, "Discussion note on Consequence: Bo ser") {
		t.Errorf("Carl's card: %q", carl)
	}
	if !containsText(labelsIn(v.side.cards[1].card), "Row in Log: sygeplejerske · Besøg på plejecentret") {
		t.Errorf("Dorthe's card: %q", labelsIn(v.side.cards[1].card))
	}

	v.side.domain.SetSelected("2. Economy")
	heads = nil
	for _, card := range v.side.cards {
		heads = append(heads, card.name.Text)
	}
	if got := strings.Join(heads, "; "); got != "Anna Ærø; Dorthe Dam; Bo Øster; Carl Å; Eva Eg (former member)" {
		t.Errorf("economy's cards: %s", got)
	}
	if !containsText(labelsIn(v.side.cards[3].card), tr("persp.notRated")) {
		t.Errorf("Carl has not rated economy: %q", labelsIn(v.side.cards[3].card))
	}
}

func TestOverviewLeadsToTheDiscussion(t *testing.T) {
	s, _ := newTestScreen(t, englishPerspectives())
	overview := showCasePage(t, s, tr("nav.overview"))
	tapButton(t, overview, tr("persp.discussThem"))
	if v, ok := s.scroll.Content.(*perspectivesView); !ok || v.disagree == nil || len(v.disagree.items) != 5 {
		t.Error("the overview's button does not show where we disagree")
	}
}

func TestFilterByMember(t *testing.T) {
	c := englishPerspectives()
	s, _ := newTestScreen(t, c)
	v := showPerspectives(t, s)
	tapButton(t, v, tr("persp.modeMember"))
	f := v.member
	if f == nil {
		t.Fatal("By member does not show the filter")
	}
	if got := strings.Join(f.names, "; "); got != "Anna Ærø (sygeplejerske); Bo Øster (fysioterapeut); Carl Å (leder); Dorthe Dam (Sygeplejerske); Eva Eg (leder, former member)" {
		t.Errorf("members to choose: %s", got)
	}
	f.choose.SetSelected("Bo Øster (fysioterapeut)")
	var lines []string
	for _, o := range f.lines {
		lines = append(lines, labelsIn(o)...)
	}
	want := []string{
		"Rating: –1 Mostly negative · Certainty: Low · Complexity: Simple  “Beboerne bevæger sig mindre”",
		"Answer to 1.1: Fald om natten opdages sent. Især i weekenden.",
		"Source for 1.1: Hansen 2024",
		"Rating: –1 Mostly negative · Certainty: Low · Complexity: Complex  “Uklart hvem der betaler”",
		tr("persp.wroteNothing"),
	}
	if strings.Join(lines, "\n") != strings.Join(want, "\n") {
		t.Errorf("Bo's work:\n%s\nwant\n%s", strings.Join(lines, "\n"), strings.Join(want, "\n"))
	}
	if f.summary.Text != "Bo Øster (fysioterapeut) rated 2 domains and was the last to change 2 answers, sources, table rows, conclusions or notes." {
		t.Errorf("summary %q", f.summary.Text)
	}

	f.choose.SetSelected("Carl Å (leder)")
	if len(f.links) != 1 || f.links[0].Text != "1. Need and technology" {
		t.Fatalf("Carl's domains: %d", len(f.links))
	}
	tapLink(f.links[0])
	if s.page == nil || s.page.domain.ID != "need" {
		t.Error("the domain link does not show the domain")
	}
}

// A group without members or ratings sees what to do, not an empty page.
func TestPerspectivesOfAnEmptyGroup(t *testing.T) {
	c := assessment.New(testcase.Framework(), "Tom", testEdit())
	s, _ := newTestScreen(t, c)
	v := showPerspectives(t, s)
	if !containsText(labelsIn(v), tr("persp.noDisagree")) {
		t.Errorf("no disagreements: %q", labelsIn(v))
	}
	for _, mode := range []string{tr("persp.modeSide"), tr("persp.modeMember")} {
		tapButton(t, v, mode)
		if !containsText(labelsIn(v), tr("persp.noMembers")) {
			t.Errorf("%s without members: %q", mode, labelsIn(v))
		}
	}
}
