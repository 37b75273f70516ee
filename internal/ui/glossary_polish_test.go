package ui

import (
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/framework"
)

// The glossary counts in the singular where there is one term, in English and Danish.
func TestGlossaryCountsOneTermInTheSingular(t *testing.T) {
	c := testCase(t) // its framework has no glossary
	m := newTestWindow(t, Options{Case: c})
	press(t, m, ctrl(fyne.KeyG))
	g := m.glossary
	test.Type(g.term, "Night round")
	test.Type(g.meaning, "The nurse's visit to every flat between 22 and 6.")
	test.Tap(g.save)
	if g.count.Text != "1 term, the group's own" {
		t.Errorf("count %q", g.count.Text)
	}
	test.Type(g.search, "flat")
	if g.count.Text != "The one term matches" {
		t.Errorf("search count %q", g.count.Text)
	}
	for _, tc := range []struct {
		got, want string
	}{
		{countText(1, 0), "1 term"}, {countText(5, 0), "5 terms"}, {countText(5, 1), "5 terms, 1 of them the group's own"},
		{countText(5, 2), "5 terms, 2 of them the group's own"}, {matchesText(1, 5), "1 of 5 terms matches"},
		{matchesText(2, 5), "2 of 5 terms match"},
	} {
		if tc.got != tc.want {
			t.Errorf("%q, want %q", tc.got, tc.want)
		}
	}
	useDanishUI(t)
	for _, tc := range []struct {
		got, want string
	}{
		{countText(1, 0), "1 begreb"}, {countText(1, 1), "1 begreb, fra gruppen"}, {countText(5, 0), "5 begreber"},
		{countText(5, 1), "5 begreber, heraf 1 fra gruppen"}, {matchesText(1, 5), "1 af 5 begreber passer"},
		{matchesText(1, 1), "Det ene begreb passer"},
	} {
		if tc.got != tc.want {
			t.Errorf("%q, want %q", tc.got, tc.want)
		}
	}
}

// A term the group adds shows in the terms line of the questions that use its word, marked as
// the group's own, with a button to the whole glossary; a word inside another word is no match.
func TestGroupTermsShowOnTheQuestionsThatUseThem(t *testing.T) {
	c := testCase(t)
	m := newTestWindow(t, Options{Case: c})
	s := m.screen
	s.Select(0)
	if s.page.questions[0].terms != nil {
		t.Fatal("no term yet, but the question shows a terms line")
	}
	press(t, m, ctrl(fyne.KeyG))
	g := m.glossary
	test.Type(g.term, "Need")
	test.Type(g.meaning, "What the citizen or patient lacks today.")
	test.Tap(g.save)
	test.Type(g.term, "ew")
	test.Type(g.meaning, "Not a word of its own.")
	test.Tap(g.save)
	g.dialog.Hide()

	// 1.1 "What problem, for whom?" with the help "Describe the need before the solution."
	acc := s.page.questions[0].terms
	if acc == nil || acc.Items[0].Title != "Terms: Need" {
		t.Fatalf("the terms line of 1.1: %+v", acc)
	}
	// 1.2 "What is new compared with current practice?": "ew" is inside "new", no match.
	if s.page.questions[1].terms != nil {
		t.Errorf("a word inside another word is taken for the group's term: %q", s.page.questions[1].terms.Items[0].Title)
	}
	acc.Open(0)
	if !containsText(richTextsIn(acc), "Need (the group's own term) — What the citizen or patient lacks today.") {
		t.Errorf("the definition: %q", richTextsIn(acc))
	}
	m.glossary = nil
	var open *widget.Button
	for _, o := range objects(acc) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Open the glossary (Ctrl+G)" {
			open = b
		}
	}
	if open == nil {
		t.Fatal("the terms line has no button to the glossary")
	}
	test.Tap(open)
	if m.glossary == nil || topDialog(t, m) == nil {
		t.Error("the button opens no glossary")
	}
	// Deleting the term takes it off the page.
	m.glossary.confirm = func(_, _ string, ok func()) { ok() }
	for _, term := range c.LiveTerms() {
		if term.Term == "Need" {
			m.glossary.askDelete(term.ID, term.Term) // what its Delete button does
		}
	}
	if len(c.LiveTerms()) != 1 || s.page.questions[0].terms != nil && strings.Contains(s.page.questions[0].terms.Items[0].Title, "Need") {
		t.Errorf("after deleting Need: %d terms live; the terms line still shows it", len(c.LiveTerms()))
	}
}

func TestMentionsAtTheStartOfAWord(t *testing.T) {
	for _, tc := range []struct {
		text, word string
		want       bool
	}{
		{"describe the need first", "need", true},
		{"the needs of the citizen", "need", true},
		{"what is new", "ew", false},
		{"natrunden kl. 22", "natrunde", true},
		{"plejehjemmets natrunde", "natrunde", true},
		{"ø-natrunde", "natrunde", true},
		{"sygeplejerskens", "plejerske", false},
		{"knee, then need", "need", true},
	} {
		if got := mentions(tc.text, tc.word); got != tc.want {
			t.Errorf("mentions(%q, %q) = %v", tc.text, tc.word, got)
		}
	}
}

// The refusal of a framework file names the file and the fields, in the singular where one more
// problem is left out, and sends a nurse to no command line.
func TestFrameworkRefusalNamesNoCommand(t *testing.T) {
	setup(t)
	problems := []string{}
	for i := range maxShownProblems + 1 {
		problems = append(problems, fmt.Sprintf("domains[%d].title.en: missing", i))
	}
	msg := frameworkFileMessage("/home/kursus/ramme.json", &framework.FileError{Path: "ramme.json", Problems: problems})
	for _, want := range []string{"ramme.json is not a framework Helhed can use", "domains[0].title.en: missing",
		"… and 1 more problem.", "Send the problems above to whoever wrote the file"} {
		if !strings.Contains(msg, want) {
			t.Errorf("the message lacks %q:\n%s", want, msg)
		}
	}
	if strings.Contains(msg, "helhed ") || strings.Contains(msg, "docs/") {
		t.Errorf("the message sends the user to a command or a file of the source:\n%s", msg)
	}
	useDanishUI(t)
	msg = frameworkFileMessage("ramme.json", &framework.FileError{Path: "ramme.json", Problems: append(problems, "x")})
	if !strings.Contains(msg, "… og 2 fejl mere.") || strings.Contains(msg, "helhed ") {
		t.Errorf("the Danish message:\n%s", msg)
	}
}

// TestGroupTermsScreenshots writes pictures of a question's terms line opened, with the group's
// own term beside the framework's, and the glossary dialog with one term, light and dark,
// English and Danish, for a person to look at:
//
//	HELHED_UI_SHOTS=/tmp/shots CGO_ENABLED=0 go test -tags ci -run GroupTermsScreenshots ./internal/ui/
func TestGroupTermsScreenshots(t *testing.T) {
	dir := shotsDir(t)
	for _, run := range []struct {
		lang    string
		variant fyne.ThemeVariant
		name    string
	}{{"en", theme.VariantLight, "light-en"}, {"en", theme.VariantDark, "dark-en"}, {"da", theme.VariantLight, "light-da"}, {"da", theme.VariantDark, "dark-da"}} {
		if run.lang == "da" {
			useDanishUI(t)
		}
		c := mtv2Case(t, run.lang)
		m := newTestWindow(t, Options{Case: c})
		fyne.CurrentApp().Settings().SetTheme(fixedVariant{theme.DefaultTheme(), run.variant})
		m.win.Resize(fyne.NewSize(1024, 768))
		word := map[string]string{"da": "Arbejdsgange", "en": "Workflow"}[run.lang]
		c.AddTerm(testEdit(), word, map[string]string{"da": "Det, personalet gør trin for trin i en vagt – før og efter teknologien.",
			"en": "What staff do step by step on a shift – before and after the technology."}[run.lang])
		s := m.screen
		s.Select(1)
		q := s.page.questions[1]
		if q.terms == nil || !strings.Contains(q.terms.Items[0].Title, word) {
			t.Fatalf("question 1.2 shows no terms line with %s", word)
		}
		q.terms.Open(0)
		s.page.relayout()
		s.scroll.Refresh()
		if y, ok := offsetIn(s.page.box, q.content); ok {
			s.scroll.ScrollToOffset(fyne.NewPos(0, y))
		}
		writePNG(t, m.win, filepath.Join(dir, "terms-"+run.name+".png"))
		press(t, m, ctrl(fyne.KeyG))
		writePNG(t, m.win, filepath.Join(dir, "glossary-"+run.name+".png"))
		m.glossary.dialog.Hide()
	}
}

func writePNG(t *testing.T, w fyne.Window, path string) {
	t.Helper()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, w.Canvas().Capture()); err != nil {
		t.Fatal(err)
	}
}
