package ui

import (
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/helhed/helhed/internal/testcase"
)

// TestPerspectivesScreenshots writes pictures of the Perspectives page, light and dark, English
// and Danish, at a projector's 1024×768, to $HELHED_UI_SHOTS for a person to look at:
//
//	HELHED_UI_SHOTS=/tmp/shots CGO_ENABLED=0 go test -tags ci -run PerspectivesScreenshots ./internal/ui/
//
// Each picture must show something (more than one colour).
func TestPerspectivesScreenshots(t *testing.T) {
	dir := os.Getenv("HELHED_UI_SHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for _, run := range []struct {
		lang    string
		variant fyne.ThemeVariant
		name    string
	}{{"en", theme.VariantLight, "light-en"}, {"en", theme.VariantDark, "dark-en"}, {"da", theme.VariantLight, "light-da"}} {
		if run.lang == "da" {
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
		c := testcase.Perspectives()
		c.Info.Language = run.lang
		m := newTestWindow(t, Options{Case: c})
		fyne.CurrentApp().Settings().SetTheme(fixedVariant{theme.DefaultTheme(), run.variant})
		m.win.Resize(fyne.NewSize(1024, 768))
		tapButton(t, topDialog(t, m), "Anna Ærø (sygeplejerske)") // who is at the keyboard
		s := m.screen
		v := showPerspectives(t, s)
		shotPerspectives(t, m, filepath.Join(dir, "persp-disagree-"+run.name+".png"))
		s.scroll.ScrollToOffset(fyne.NewPos(0, 420))
		shotPerspectives(t, m, filepath.Join(dir, "persp-disagree2-"+run.name+".png"))
		v.showMode(perspSide)
		s.scroll.ScrollToOffset(fyne.NewPos(0, 200))
		shotPerspectives(t, m, filepath.Join(dir, "persp-side-"+run.name+".png"))
		v.showMode(perspMember)
		v.member.choose.SetSelectedIndex(1)
		s.scroll.ScrollToOffset(fyne.NewPos(0, 150))
		shotPerspectives(t, m, filepath.Join(dir, "persp-member-"+run.name+".png"))
		s.Select(1)
		s.showRatings(1)
		shotPerspectives(t, m, filepath.Join(dir, "persp-domainlink-"+run.name+".png"))
	}
}

func shotPerspectives(t *testing.T, m *mainWindow, path string) {
	t.Helper()
	img := m.win.Canvas().Capture()
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
	b := img.Bounds()
	first, blank := img.At(b.Min.X, b.Min.Y), true
	for y := b.Min.Y; y < b.Max.Y && blank; y += 7 {
		for x := b.Min.X; x < b.Max.X && blank; x += 7 {
			blank = img.At(x, y) == first
		}
	}
	if blank {
		t.Errorf("%s is blank", path)
	}
}
