package ui

import (
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/helhed/helhed/internal/casefile"
	"github.com/helhed/helhed/internal/recovery"
)

// TestOpeningAFileAnotherWindowShowsAsksFirst: a second window (here: another claim on the
// recovery folder, as a second Helhed makes) shows fald.mtv; opening it here asks first, Cancel
// leaves the start screen, Open anyway opens it; and this window's file is seen by the other.
func TestOpeningAFileAnotherWindowShowsAsksFirst(t *testing.T) {
	w := newSafeWindow(t, Options{})
	path := filepath.Join(t.TempDir(), "fald.mtv")
	if err := casefile.Save(path, testCase(t)); err != nil {
		t.Fatal(err)
	}
	other, otherClaim, err := recovery.Store{Dir: recoveryDir(fyne.CurrentApp())}.Claim()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { otherClaim.Release() })
	if err := otherClaim.SetOpen(path); err != nil {
		t.Fatal(err)
	}

	w.openPath(path)
	d := topDialog(t, w.mainWindow)
	if !containsText(labelsIn(d), "“fald.mtv” is already open in another Helhed window") {
		t.Fatalf("the dialog shows %q", labelsIn(d))
	}
	tapButton(t, d, "Cancel")
	if w.screen != nil {
		t.Fatal("Cancel opened the case")
	}

	w.openPath(path)
	tapButton(t, topDialog(t, w.mainWindow), "Open anyway")
	if w.screen == nil || w.path != path {
		t.Fatal("Open anyway did not open the case")
	}
	otherClaim.SetOpen("") // the other window moves on; this one's file is seen from there
	if !other.OpenElsewhere(path) {
		t.Error("the other window does not see the file this window shows")
	}

	// A file nobody else shows opens without a question.
	w.showStart()
	if other.OpenElsewhere(path) {
		t.Error("the start screen still counts as showing the file")
	}
	w.openPath(path)
	if w.screen == nil || w.win.Canvas().Overlays().Top() != nil {
		t.Error("a file open nowhere else asked a question, or did not open")
	}
}
