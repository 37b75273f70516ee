package ui

import (
	"bytes"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"

	"github.com/helhed/helhed/internal/casefile"
)

// menuItem returns the main menu's item labelled label in the menu labelled menu.
func menuItem(t *testing.T, m *mainWindow, menu, label string) *fyne.MenuItem {
	t.Helper()
	for _, mu := range m.win.MainMenu().Items {
		if mu.Label != menu {
			continue
		}
		for _, it := range mu.Items {
			if it.Label == label {
				return it
			}
		}
	}
	t.Fatalf("no menu item %s › %s", menu, label)
	return nil
}

// TestAboutShowsTheVersion opens Help › About Helhed as a user does and finds the program's
// version, what Helhed is, the credits and the icon; Close closes it.
func TestAboutShowsTheVersion(t *testing.T) {
	m := newTestWindow(t, Options{})
	m.win.Resize(fyne.NewSize(900, 700))
	m.win.Show()
	menuItem(t, m, "Help", "About Helhed").Action()

	about := topDialog(t, m)
	labels := labelsIn(about)
	want := fmt.Sprintf("Version %s (case files version %d)", casefile.AppVersion, casefile.SchemaVersion)
	for _, text := range []string{want, "Helhed", "health technology assessment", "Fyne", "gofpdf", "Go fonts"} {
		if !containsText(labels, text) {
			t.Errorf("the About dialog lacks %q; it shows %q", text, labels)
		}
	}
	var icon *canvas.Image
	for _, o := range objects(about) {
		if img, ok := o.(*canvas.Image); ok && img.Resource == appIcon {
			icon = img
		}
	}
	if icon == nil || icon.Size().Width < 64 {
		t.Errorf("the About dialog does not show Helhed's icon at a readable size: %v", icon)
	}
	if dir := os.Getenv("HELHED_UI_SHOTS"); dir != "" {
		if f, err := os.Create(filepath.Join(dir, "about.png")); err == nil {
			_ = png.Encode(f, m.win.Canvas().Capture())
			f.Close()
		}
	}

	tapButton(t, about, "Close")
	if m.win.Canvas().Overlays().Top() != nil {
		t.Error("Close left the About dialog open")
	}
}

// TestAppIconIsHelhedsPNG: the window's icon is the shipped PNG, large enough for every
// size a desktop asks for.
func TestAppIconIsHelhedsPNG(t *testing.T) {
	img, err := png.DecodeConfig(bytes.NewReader(appIcon.Content()))
	if err != nil {
		t.Fatalf("the icon is not a PNG: %v", err)
	}
	if img.Width != img.Height || img.Width < 256 {
		t.Errorf("the icon is %d×%d; want a square of at least 256", img.Width, img.Height)
	}
}
