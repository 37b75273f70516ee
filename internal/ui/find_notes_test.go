package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/helhed/helhed/internal/analysis"
	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/testcase"
)

// findIn types query into the Find dialog (Ctrl+F) and returns what its list shows.
func findIn(t *testing.T, m *mainWindow, query string) []string {
	t.Helper()
	press(t, m, ctrl(fyne.KeyF))
	test.Type(m.find.entry, query)
	var out []string
	for _, mt := range m.find.matches {
		row := newFindRow()
		row.set(m.screen.matchPlace(mt), mt)
		out = append(out, row.where.Text+" | "+row.snippet.String())
	}
	return out
}

// Find finds the group's discussion notes and its own glossary terms, and choosing one opens the
// right place: the disagreement on the Perspectives page (the cursor in its note), the domain
// side by side for a note on what is no longer a disagreement, the Glossary at the term.
func TestFindGoesToDiscussionNotesAndTheGroupsTerms(t *testing.T) {
	c := testcase.Perspectives()
	c.Info.Language = "en"
	e := assessment.Edit{At: testcase.At}
	list := analysis.WhereWeDisagree(c)
	if len(list) == 0 {
		t.Fatal("the perspectives case has no disagreement")
	}
	sd := list[len(list)-1] // the last on the page: the page must scroll to it
	c.SetDiscussion(e, sd.DomainID, sd.Scale, "We agreed the night round data decides it.")
	var calm, calmScale string // a rated domain and scale where members do not disagree
	for _, d := range c.Framework.Domains {
		for _, scale := range assessment.Scales {
			disputed := false
			for _, x := range list {
				disputed = disputed || x.DomainID == d.ID && x.Scale == scale
			}
			if d.Rated && !disputed && calm == "" {
				calm, calmScale = d.ID, scale
			}
		}
	}
	if calm == "" {
		t.Fatal("no domain and scale without a disagreement")
	}
	c.SetDiscussion(e, calm, calmScale, "Settled before: the night round costs stay.")
	c.AddTerm(e, "Night round", "The nurse's visit to every flat between 22 and 6.")

	m := newTestWindow(t, Options{Case: c})
	tapButton(t, topDialog(t, m), memberLabel(c.Members[0]))
	m.win.Resize(fyne.NewSize(1024, 768))
	got := findIn(t, m, "night round")
	if len(got) != 3 {
		t.Fatalf("Find shows %d places, want 2 notes and the term:\n%s", len(got), strings.Join(got, "\n"))
	}
	for i, want := range []string{"Perspectives › ", "Perspectives › ", "Glossary › The group's own term | Night round"} {
		if !strings.HasPrefix(got[i], want) {
			t.Errorf("place %d: %q, want %q", i, got[i], want)
		}
	}
	if !strings.Contains(strings.Join(got, "\n"), "Discussion note on "+strings.ToLower(perspScaleName(sd.Scale))) {
		t.Errorf("the notes are not named as discussion notes on their scale:\n%s", strings.Join(got, "\n"))
	}

	// The note on a disagreement: the Perspectives page, scrolled to it, the cursor in the note.
	s := m.screen
	for i, mt := range m.find.matches {
		if mt.Field == analysis.FieldDiscussion && mt.DomainID == sd.DomainID && mt.Part == sd.Scale {
			m.find.list.Select(i)
		}
	}
	v, ok := s.scroll.Content.(*perspectivesView)
	if !ok || v.disagree == nil {
		t.Fatal("the note did not open the Perspectives page at the disagreements")
	}
	var item *disagreeItem
	for _, it := range v.disagree.items {
		if it.sd.DomainID == sd.DomainID && it.sd.Scale == sd.Scale {
			item = it
		}
	}
	if item == nil || item.note.Text != "We agreed the night round data decides it." {
		t.Fatal("the disagreement with the note is not shown")
	}
	if len(v.disagree.items) > 1 && s.scroll.Offset.Y <= 0 {
		t.Error("the page did not scroll to the last disagreement")
	}
	if m.win.Canvas().Focused() != item.note {
		t.Error("the cursor is not in the note")
	}

	// A note on what is no longer a disagreement: the domain side by side.
	findIn(t, m, "Settled before")
	m.find.list.Select(0)
	v, _ = s.scroll.Content.(*perspectivesView)
	if v == nil || v.side == nil || v.side.shown != s.domainIndex(calm) {
		t.Error("the note on a settled domain does not show that domain side by side")
	}

	// The term: the Glossary, searching for it.
	m.glossary = nil
	findIn(t, m, "flat between")
	m.find.list.Select(0)
	if m.glossary == nil || m.glossary.search.Text != "Night round" || len(m.glossary.entries()) != 1 {
		t.Fatalf("the term does not open the Glossary at it: %+v", m.glossary)
	}
}

// TestFindNotesScreenshots writes pictures of the Find dialog listing a discussion note and the
// group's term, and of the disagreement it opens, light and dark, English and Danish:
//
//	HELHED_UI_SHOTS=/tmp/shots CGO_ENABLED=0 go test -tags ci -run FindNotesScreenshots ./internal/ui/
func TestFindNotesScreenshots(t *testing.T) {
	dir := shotsDir(t)
	for _, run := range []struct {
		lang    string
		variant fyne.ThemeVariant
		name    string
	}{{"en", theme.VariantLight, "light-en"}, {"en", theme.VariantDark, "dark-en"}, {"da", theme.VariantLight, "light-da"}, {"da", theme.VariantDark, "dark-da"}} {
		if run.lang == "da" {
			useDanishUI(t)
		}
		c := testcase.Perspectives()
		c.Info.Language = run.lang
		e := assessment.Edit{At: testcase.At}
		sd := analysis.WhereWeDisagree(c)[0]
		c.SetDiscussion(e, sd.DomainID, sd.Scale, "Natrunden: data fra tre uger afgør det.")
		c.AddTerm(e, "Natrunde", "Sygeplejerskens besøg i alle boliger mellem 22 og 6.")
		m := newTestWindow(t, Options{Case: c})
		tapButton(t, topDialog(t, m), memberLabel(c.Members[0]))
		fyne.CurrentApp().Settings().SetTheme(fixedVariant{theme.DefaultTheme(), run.variant})
		m.win.Resize(fyne.NewSize(1024, 768))
		findIn(t, m, "natrunde")
		writePNG(t, m.win, filepath.Join(dir, "find-notes-"+run.name+".png"))
		m.find.list.Select(0)
		writePNG(t, m.win, filepath.Join(dir, "find-note-opened-"+run.name+".png"))
	}
}
