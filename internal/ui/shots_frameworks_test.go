package ui

import (
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/helhed/helhed/internal/assessment"
)

// TestFrameworkScreenshots writes pictures of the framework chooser, a mini-MTV case and the
// glossary to $HELHED_UI_SHOTS (a temporary folder without it), in English and in Danish:
//
//	HELHED_UI_SHOTS=/tmp/uishots CGO_ENABLED=0 go test -tags ci -run FrameworkScreenshots ./internal/ui/
func TestFrameworkScreenshots(t *testing.T) {
	dir := os.Getenv("HELHED_UI_SHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{"en", "da"} {
		shot := func(m *mainWindow, name string) {
			t.Helper()
			f, err := os.Create(filepath.Join(dir, "fw-"+lang+"-"+name+".png"))
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if err := png.Encode(f, m.win.Canvas().Capture()); err != nil {
				t.Fatal(err)
			}
		}
		setup(t)
		if err := loadTranslations(lang); err != nil {
			t.Fatal(err)
		}
		fws := shippedFrameworks(t)
		m := newMainWindow(fyne.CurrentApp(), Options{Frameworks: fws,
			NewCase: func() *assessment.Case { return assessment.New(fws[0], "", testEdit()) }})
		m.edit = testEdit
		fyne.CurrentApp().Settings().SetTheme(fixedVariant{theme.DefaultTheme(), theme.VariantLight})
		m.win.Resize(fyne.NewSize(1100, 760))
		m.win.Show()
		m.showWizard()
		fc := m.wizard.frameworks
		fc.sel.SetSelectedIndex(1)
		shot(m, "1-wizard-minimtv")
		m.chooseFrameworkPath = func(done func(string)) { done("../../docs/framework-format.md") }
		fc.sel.SetSelectedIndex(len(fc.sel.Options) - 1)
		shot(m, "2-wizard-bad-file")
		m.win.Canvas().Overlays().Top().Hide()
		w := m.wizard
		test.Type(w.form.title, "Robotstøvsuger på sengeafsnit B3")
		test.Type(w.form.technology, "Robotstøvsuger")
		w.form.category.SetSelectedIndex(1)
		test.Tap(w.next)
		test.Tap(w.next)
		test.Type(w.adder.row.name, "Mette")
		test.Tap(w.adder.add)
		test.Tap(w.create)
		s := m.screen
		s.Select(1)
		test.Type(s.page.questions[0].answer, "Rengøring af gulve om natten, ca. 30 stuer.")
		shot(m, "3-minimtv-technology")
		s.SelectPage(len(s.pages) - 3)
		shot(m, "4-minimtv-overview")
		e := testEdit()
		s.c.AddTerm(e, "Natrunde", "Sygeplejerskens tilsyn med alle stuer mellem kl. 22 og 6.")
		s.c.AddTerm(e, "Tomgangstid", "Tid, hvor robotten står stille og venter på en dør.")
		m.showGlossary()
		shot(m, "5-glossary")
		m.glossary.startEditing(s.c.LiveTerms()[0].ID)
		test.Type(m.glossary.search, "tilsyn")
		shot(m, "6-glossary-edit-search")
	}
	if err := loadTranslations("en"); err != nil {
		t.Fatal(err)
	}
}
