package ui

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/casefile"
	"github.com/helhed/helhed/internal/recovery"
)

// offerRecovery asks, one case at a time, whether to recover the unsaved work a crash or power
// cut left in recovery copies, newest first, then tells about copies that cannot be read.
func (m *mainWindow) offerRecovery() {
	if m.auto == nil {
		return
	}
	found, problems := m.auto.store.List()
	var next func(i int)
	next = func(i int) {
		if i < len(found) {
			m.askRecover(found[i], func() { next(i + 1) })
			return
		}
		if len(problems) > 0 {
			m.reportDamaged(problems)
		}
	}
	next(0)
}

// askRecover offers one recovery copy; then runs once the user has chosen.
func (m *mainWindow) askRecover(f recovery.Found, then func()) {
	title := f.Title
	if strings.TrimSpace(title) == "" {
		title = tr("case.untitled")
	}
	question := wrapped(tr("safety.recoverQuestion", title, whenText(f.SavedAt, m.auto.now())))
	where := tr("safety.recoverNoFile")
	if f.Path != "" {
		where = tr("safety.recoverFile", f.Path)
	}
	body := widget.NewLabel(where)
	body.Wrapping = fyne.TextWrapBreak

	var d *dialog.CustomDialog
	recover := widget.NewButton(tr("safety.recover"), func() {
		d.Hide()
		m.askUnsaved(func() { m.showRecovered(f) })
		then()
	})
	recover.Importance = widget.HighImportance
	discard := widget.NewButton(tr("safety.discard"), func() {
		d.Hide()
		if err := m.auto.store.Discard(f.File); err != nil {
			m.showError(tr("safety.discardFailed"), err)
		}
		then()
	})
	d = dialog.NewCustomWithoutButtons(tr("safety.recoverTitle"), container.NewVBox(question, body), m.win)
	d.SetButtons([]fyne.CanvasObject{discard, recover})
	d.Resize(fyne.NewSize(520, d.MinSize().Height))
	d.Show()
	// The keyboard starts on Recover: Space or Enter keeps the work; discarding takes a choice.
	m.win.Canvas().Focus(recover)
}

// showRecovered shows a recovered case as it was at the crash: unsaved changes to its own file.
func (m *mainWindow) showRecovered(f recovery.Found) {
	m.showCase(f.Case, f.Path) // drops the copy when it replaces the same case; written again below
	m.dirty = true
	m.updateTitle()
	m.autosaveNow() // the copy stays until the case is saved or its changes are discarded
}

// reportDamaged tells about recovery copies that cannot be read. They are kept unless the user
// deletes them here.
func (m *mainWindow) reportDamaged(problems []recovery.Problem) {
	var list strings.Builder
	for _, p := range problems {
		var fe *casefile.Error
		if errors.As(p.Err, &fe) { // names the file itself
			fmt.Fprintf(&list, "• %s\n", errorMessage(p.Err))
		} else {
			fmt.Fprintf(&list, "• %s: %s\n", filepath.Base(p.File), errorMessage(p.Err))
		}
	}
	files := widget.NewLabel(strings.TrimSpace(list.String()))
	files.Wrapping = fyne.TextWrapWord // a word too long for a line (a path) is broken anyway
	content := container.NewVBox(wrapped(tr("safety.damagedIntro")), files,
		wrapped(tr("safety.damagedWhere", m.auto.store.Dir)))

	var d *dialog.CustomDialog
	keep := widget.NewButton(tr("safety.damagedKeep"), func() { d.Hide() })
	keep.Importance = widget.HighImportance
	del := widget.NewButton(tr("safety.damagedDelete"), func() {
		d.Hide()
		for _, p := range problems {
			if err := m.auto.store.Discard(p.File); err != nil {
				m.showError(tr("safety.discardFailed"), err)
				return
			}
		}
	})
	d = dialog.NewCustomWithoutButtons(tr("safety.damagedTitle"), content, m.win)
	d.SetButtons([]fyne.CanvasObject{del, keep})
	d.Resize(fyne.NewSize(560, d.MinSize().Height))
	d.Show()
	m.win.Canvas().Focus(keep)
}

// whenText is a time as a person reads it: "14:32" today, "2026-03-02 14:32" another day (a form
// that reads the same in Danish and English).
func whenText(t, now time.Time) string {
	t, now = t.Local(), now.Local()
	if y, mo, d := t.Date(); y == now.Year() && mo == now.Month() && d == now.Day() {
		return t.Format("15:04")
	}
	return t.Format("2006-01-02 15:04")
}
