package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// headingsBrokenInsideWords returns the shown headings of v narrower than their longest word.
func headingsBrokenInsideWords(v *tableView) []string {
	var broken []string
	for _, o := range objects(v.header) {
		l, ok := o.(*widget.Label)
		if !ok || !l.Visible() || l.Text == "" {
			continue
		}
		if need := longestWord(l.Text, fyne.TextStyle{Bold: true}) + 2*theme.InnerPadding(); l.Size().Width+0.5 < need {
			broken = append(broken, l.Text)
		}
	}
	return broken
}

// shownHeadings returns the headings the row view shows.
func shownHeadings(v *tableView) []string {
	var out []string
	for _, o := range objects(v.header) {
		if l, ok := o.(*widget.Label); ok && l.Visible() && l.Text != "" {
			out = append(out, l.Text)
		}
	}
	return out
}

// At a projector's 1024×768 with the navigation beside the page, the competences table has more
// columns than room: no heading breaks inside a word, and the columns nobody has filled in are
// left out of the row view and named under the table. Filling one in brings it back.
func TestNarrowTableLeavesOutEmptyColumnsAndNamesThem(t *testing.T) {
	c := mtv2Case(t, "da")
	c.AddRow(testEdit(), "competences", map[string]string{"role": "sygeplejerske", "dimension": "use", "current": "2", "needed": "4"})
	c.AddRow(testEdit(), "competences", map[string]string{"role": "SOSU-assistent", "dimension": "technology-understanding", "current": "1", "needed": "3"})
	s, w, v := tableOn(t, c, "competences", "competences", nil)
	w.Resize(fyne.NewSize(1024, 768))
	frameTest(s)
	if broken := headingsBrokenInsideWords(v); len(broken) > 0 {
		t.Errorf("headings break inside a word at 1024×768: %q (shown: %q)", broken, shownHeadings(v))
	}
	if !v.leftOut.Visible() || !strings.Contains(v.leftOut.Text, "Not shown until filled in: Oplæringsform, Hvem står for det, Hvornår. Use Edit") {
		t.Errorf("the table should name the columns it leaves out; it says %q (visible %v)", v.leftOut.Text, v.leftOut.Visible())
	}
	for _, h := range shownHeadings(v) {
		if strings.HasPrefix(h, "Oplæringsform") {
			t.Errorf("an empty column is shown although it is named as left out: %q", shownHeadings(v))
		}
	}
	// The row cells follow the headings: as many shown in a row as in the header.
	cells := 0
	for _, l := range v.rows[0].cells {
		if l.Visible() {
			cells++
		}
	}
	if cells != len(shownHeadings(v)) {
		t.Errorf("a row shows %d cells under %d headings", cells, len(shownHeadings(v)))
	}

	// Filling in "Hvornår" in the form shows that column and names only the others.
	test.Tap(v.rows[0].edit)
	test.Type(v.form.field(t, "when").entry, "Uge 12")
	test.Tap(v.form.done)
	frameTest(s)
	if got := strings.Join(shownHeadings(v), "|"); !strings.Contains(got, "Hvornår") {
		t.Errorf("a column filled in should show: %q", got)
	}
	if strings.Contains(v.leftOut.Text, "Hvornår") {
		t.Errorf("a filled column is still named as left out: %q", v.leftOut.Text)
	}
	if broken := headingsBrokenInsideWords(v); len(broken) > 0 {
		t.Errorf("headings break inside a word: %q", broken)
	}

	// A wide window shows every column and names none.
	w.Resize(fyne.NewSize(1900, 900))
	frameTest(s)
	if n := len(shownHeadings(v)); n != len(v.in.Columns) || v.leftOut.Visible() {
		t.Errorf("a wide window shows %d of %d columns and says %q", n, len(v.in.Columns), v.leftOut.Text)
	}
}

// When even the filled columns do not fit, filled optional columns are left out from the right
// and named as left out for lack of room; no heading breaks inside a word.
func TestNarrowTableLeavesOutFilledColumnsForLackOfRoom(t *testing.T) {
	c := mtv2Case(t, "da")
	c.AddRow(testEdit(), "environment", map[string]string{"phase": "after", "line-type": "electricity", "description": "Opladning af målere",
		"quantity": "1200", "unit": "kWh", "factor": "0,1", "factor-source": "Energistyrelsen", "factor-year": "2025"})
	s, w, v := tableOn(t, c, "environment", "environment", nil)
	w.Resize(fyne.NewSize(1024, 768))
	frameTest(s)
	if broken := headingsBrokenInsideWords(v); len(broken) > 0 {
		t.Errorf("headings break inside a word: %q", broken)
	}
	if len(shownHeadings(v)) == len(v.in.Columns) {
		t.Fatal("the filled environment table was expected not to fit at 1024×768")
	}
	if !v.leftOut.Visible() || !strings.Contains(v.leftOut.Text, "Not shown for lack of room:") {
		t.Errorf("the table should say which filled columns it leaves out: %q", v.leftOut.Text)
	}
	for _, h := range shownHeadings(v) {
		if strings.HasPrefix(h, "Før/efter") {
			return
		}
	}
	t.Errorf("the first, required column should stay: %q", shownHeadings(v))
}

// useDanishUI shows the UI in Danish for the rest of the test.
func useDanishUI(t *testing.T) {
	t.Helper()
	t.Setenv("LANGUAGE", "")
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	if err := loadTranslations("da"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := loadTranslations("en"); err != nil {
			t.Error(err)
		}
	})
}

// shotsDir is $HELHED_UI_SHOTS, or a temporary folder.
func shotsDir(t *testing.T) string {
	dir := os.Getenv("HELHED_UI_SHOTS")
	if dir == "" {
		return t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// TestNarrowTableScreenshots writes pictures of the competences and environment tables at
// 1024×768, light and dark, English and Danish UI, for a person to look at:
//
//	HELHED_UI_SHOTS=/tmp/shots CGO_ENABLED=0 go test -tags ci -run NarrowTableScreenshots ./internal/ui/
func TestNarrowTableScreenshots(t *testing.T) {
	dir := shotsDir(t)
	for _, run := range []struct {
		lang    string
		variant fyne.ThemeVariant
		name    string
	}{{"en", theme.VariantLight, "light-en"}, {"en", theme.VariantDark, "dark-en"}, {"da", theme.VariantLight, "light-da"}, {"da", theme.VariantDark, "dark-da"}} {
		c := mtv2Case(t, run.lang)
		c.AddRow(testEdit(), "competences", map[string]string{"role": "sygeplejerske", "dimension": "use", "current": "2", "needed": "4"})
		c.AddRow(testEdit(), "competences", map[string]string{"role": "SOSU-assistent", "dimension": "technology-understanding", "current": "1", "needed": "3"})
		c.AddRow(testEdit(), "environment", map[string]string{"phase": "after", "line-type": "electricity", "description": "Opladning af målere",
			"quantity": "1200", "unit": "kWh", "factor": "0,1", "factor-source": "Energistyrelsen", "factor-year": "2025"})
		s, w, v := tableOn(t, c, "competences", "competences", nil)
		if run.lang == "da" {
			useDanishUI(t)
			s, w, v = tableOn(t, c, "competences", "competences", nil)
		}
		fyne.CurrentApp().Settings().SetTheme(fixedVariant{theme.DefaultTheme(), run.variant})
		w.Resize(fyne.NewSize(1024, 768))
		shotAt(t, s, w, v.content, filepath.Join(dir, "narrow-competences-"+run.name+".png"))
		s.Select(domainIndex(t, c, "environment"))
		w.Resize(fyne.NewSize(1024, 768))
		shotAt(t, s, w, s.page.tables[0].content, filepath.Join(dir, "narrow-environment-"+run.name+".png"))
	}
}

// A column left out while empty that is filled in but still does not fit is then named as left
// out for lack of room, not as waiting to be filled in. A column with a value marked in red is
// kept in sight before one without.
func TestNarrowTableSaysWhyAFilledColumnIsLeftOut(t *testing.T) {
	c := mtv2Case(t, "da")
	c.AddRow(testEdit(), "environment", map[string]string{"phase": "after", "line-type": "electricity", "quantity": "1200", "unit": "kWh"})
	s, w, v := tableOn(t, c, "environment", "environment", nil)
	w.Resize(fyne.NewSize(1024, 768))
	frameTest(s)
	if !strings.Contains(v.leftOut.Text, "Not shown until filled in: Beskrivelse.") {
		t.Fatalf("before: %q", v.leftOut.Text)
	}
	test.Tap(v.rows[0].edit)
	test.Type(v.form.field(t, "description").entry, "Opladning af målere")
	test.Type(v.form.field(t, "factor").entry, "0,1") // now the figures need the factor's source and year
	test.Tap(v.form.done)
	frameTest(s)
	if strings.Contains(v.leftOut.Text, "until filled in: Beskrivelse") {
		t.Errorf("a filled column is named as waiting to be filled in: %q", v.leftOut.Text)
	}
	headings := strings.Join(shownHeadings(v), "|")
	if !strings.Contains(headings, "Faktorens kilde") || !strings.Contains(headings, "Faktorens år") {
		t.Errorf("the columns marked missing should stay in sight before the description: %q; %q", headings, v.leftOut.Text)
	}
	if !strings.Contains(v.leftOut.Text, "Not shown for lack of room: Beskrivelse") {
		t.Errorf("the note: %q", v.leftOut.Text)
	}
	if broken := headingsBrokenInsideWords(v); len(broken) > 0 {
		t.Errorf("headings break inside a word: %q", broken)
	}
}
