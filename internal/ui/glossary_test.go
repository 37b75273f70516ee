package ui

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/framework"
)

// richTextsIn returns the texts of the rich texts inside o.
func richTextsIn(o fyne.CanvasObject) []string {
	var out []string
	for _, x := range objects(o) {
		if r, ok := x.(*widget.RichText); ok {
			out = append(out, r.String())
		}
	}
	return out
}

func TestGlossaryTermsAreAddedChangedAndDeletedByTheGroup(t *testing.T) {
	c := testCase(t)
	c.Framework.Glossary = append(c.Framework.Glossary, framework.Term{ID: "comparator",
		Term:       framework.Text{"da": "Sammenligningsgrundlag", "en": "Comparator"},
		Definition: framework.Text{"da": "Det, der sammenlignes med.", "en": "What the technology is compared with."}})
	m := newTestWindow(t, Options{Case: c})

	// Reachable from every page of the case, by the menu's shortcut.
	for p := range m.screen.pages {
		m.screen.SelectPage(p)
		press(t, m, ctrl(fyne.KeyG))
		if m.glossary == nil || topDialog(t, m) == nil {
			t.Fatalf("Ctrl+G on page %d opens no glossary", p)
		}
		m.glossary.dialog.Hide()
	}
	press(t, m, ctrl(fyne.KeyG))
	g := m.glossary
	if !containsText(richTextsIn(g.list), "Comparator") || !containsText(labelsIn(g.list), "What the technology is compared with.") {
		t.Errorf("the framework's term is not listed: %v", labelsIn(g.list))
	}

	// Adding needs a word and a meaning.
	test.Tap(g.save)
	if !g.problem.Visible() || g.problem.Text != "Write the term first." || len(c.Terms) != 0 {
		t.Errorf("adding nothing: problem %q, terms %d", g.problem.Text, len(c.Terms))
	}
	test.Type(g.term, "Night round")
	test.Tap(g.save)
	if g.problem.Text != "Write what the group means by the term." || len(c.Terms) != 0 {
		t.Errorf("adding without a meaning: problem %q, terms %d", g.problem.Text, len(c.Terms))
	}
	test.Type(g.meaning, "The nurse's visit to every flat between 22 and 6.")
	test.Tap(g.save)
	live := c.LiveTerms()
	if len(live) != 1 || live[0].Term != "Night round" || live[0].Rev != 1 || !live[0].ChangedAt.Equal(testClock) {
		t.Fatalf("after Add: %+v", live)
	}
	if !m.dirty || g.term.Text != "" || g.problem.Visible() {
		t.Errorf("after Add: dirty %v, form %q, problem shown %v", m.dirty, g.term.Text, g.problem.Visible())
	}
	if !containsText(richTextsIn(g.list), "Night round  the group's own term") ||
		!containsText(labelsIn(g.list), "The nurse's visit to every flat between 22 and 6.") {
		t.Errorf("the new term is not shown as the group's: %v %v", richTextsIn(g.list), labelsIn(g.list))
	}
	if g.count.Text != "2 terms, 1 of them the group's own" {
		t.Errorf("count %q", g.count.Text)
	}

	// The same word twice is refused.
	test.Type(g.term, "night ROUND")
	test.Type(g.meaning, "Again.")
	test.Tap(g.save)
	if len(c.Terms) != 1 || !strings.Contains(g.problem.Text, "already has the term “Night round”") {
		t.Errorf("a duplicate: terms %d, problem %q", len(c.Terms), g.problem.Text)
	}
	g.stopEditing()

	// Search narrows the list.
	test.Type(g.search, "flat")
	if n := len(g.list.Objects); n != 1 { // one entry, no separator
		t.Errorf("search for 'flat' lists %d terms", n)
	}
	g.search.SetText("")
	test.Type(g.search, "xyz")
	if g.count.Text != "No term contains “xyz”." {
		t.Errorf("no match: %q", g.count.Text)
	}
	g.search.SetText("")

	// Change it through the list's button.
	tapButton(t, g.list, "Change")
	if g.term.Text != "Night round" || g.save.Text != "Save the change" || !g.cancel.Visible() {
		t.Fatalf("Change: form %q, button %q", g.term.Text, g.save.Text)
	}
	g.meaning.SetText("")
	test.Type(g.meaning, "The night nurse's visit to every flat.")
	test.Tap(g.save)
	live = c.LiveTerms()
	if len(live) != 1 || live[0].Rev != 2 || live[0].Definition != "The night nurse's visit to every flat." || len(c.Terms) != 1 {
		t.Fatalf("after the change: %+v", c.Terms)
	}

	// Delete asks first; saying no keeps it.
	var asked string
	answer := false
	g.confirm = func(_, msg string, ok func()) {
		asked = msg
		if answer {
			ok()
		}
	}
	tapButton(t, g.list, "Delete")
	if asked != "Delete “Night round” from the group's glossary?" || len(c.LiveTerms()) != 1 {
		t.Errorf("Delete, answered no: asked %q, live %d", asked, len(c.LiveTerms()))
	}
	answer = true
	tapButton(t, g.list, "Delete")
	if len(c.LiveTerms()) != 0 || len(c.Terms) != 1 || !c.Terms[0].Deleted {
		t.Errorf("after Delete: %+v", c.Terms)
	}
	if containsText(richTextsIn(g.list), "Night round") {
		t.Error("the deleted term is still listed")
	}
	if p := c.Check(); len(p) != 0 {
		t.Errorf("Check: %v", p)
	}
}

func TestGlossaryNeedsAnOpenCase(t *testing.T) {
	m := newTestWindow(t, Options{})
	m.showGlossary()
	if m.glossary != nil || m.win.Canvas().Overlays().Top() != nil {
		t.Error("the start screen opened a glossary")
	}
}
