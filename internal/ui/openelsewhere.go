package ui

import (
	"path/filepath"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
)

// A case file open in two Helhed windows is edited twice, and the window that saves last
// replaces the other's changes. Each window notes the file it shows beside its recovery claim
// (recovery.Claim.SetOpen); opening a file another window shows asks first, and a window started
// on such a file (a second double-click) says so.

func init() {
	addTexts(map[string]string{
		"open.elsewhereTitle": "Already open in another window",
		"open.elsewhere":      "“%s” is already open in another Helhed window. If you change it in both windows, the one that saves last replaces the other's changes. Open it here anyway?",
		"open.anyway":         "Open anyway",
		"open.elsewhereNote":  "“%s” is also open in another Helhed window. If you change it in both windows, the one that saves last replaces the other's changes: close one of them, or keep your changes here in a new file with File › Save as…",
	})
}

// markOpen notes the file this window shows, for other windows to see.
func (m *mainWindow) markOpen() {
	if m.auto == nil {
		return
	}
	if err := m.auto.claim.SetOpen(m.path); err != nil {
		fyne.LogError("noting the open case file", err)
	}
}

// confirmOpenElsewhere asks whether to open path, which another window shows, here as well.
func (m *mainWindow) confirmOpenElsewhere(path string, open func()) {
	d := dialog.NewCustomConfirm(tr("open.elsewhereTitle"), tr("open.anyway"), tr("unsaved.cancel"),
		wrapped(tr("open.elsewhere", filepath.Base(path))), func(ok bool) {
			if ok {
				open()
			}
		}, m.win)
	d.Resize(fyne.NewSize(480, d.MinSize().Height))
	d.Show()
}

// warnIfOpenElsewhere tells, at start, that the file this window was started on is open in
// another window too; and notes it as this window's.
func (m *mainWindow) warnIfOpenElsewhere() {
	if m.auto == nil {
		return
	}
	if m.path != "" && m.auto.store.OpenElsewhere(m.path) {
		d := dialog.NewCustom(tr("open.elsewhereTitle"), tr("error.ok"),
			wrapped(tr("open.elsewhereNote", filepath.Base(m.path))), m.win)
		d.Resize(fyne.NewSize(480, d.MinSize().Height))
		d.Show()
	}
	m.markOpen()
}
