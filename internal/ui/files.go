package ui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/casefile"
	"github.com/helhed/helhed/internal/recovery"
)

// save writes the open case to its file, asking for one when it has none. after, if not nil,
// runs once the case is saved, and not at all when saving fails or is cancelled.
func (m *mainWindow) save(after func()) {
	if m.screen == nil {
		return
	}
	if m.path == "" {
		m.saveAs(after)
		return
	}
	m.saveTo(m.path, after)
}

// saveAs asks for a file and writes the open case to it.
func (m *mainWindow) saveAs(after func()) {
	if m.screen == nil {
		return
	}
	m.chooseSavePath(suggestedFileName(m.caseTitle()), func(path string) { m.saveTo(path, after) })
}

// saveTo writes the open case to path, which becomes its file.
func (m *mainWindow) saveTo(path string, after func()) {
	if err := casefile.Save(path, m.screen.c); err != nil {
		m.showError(tr("error.saveTitle"), err)
		return
	}
	m.dropRecovery() // saved: the recovery copy is no longer needed
	m.path, m.dirty = path, false
	m.markOpen()
	appSettings().AddRecentFile(path) // the start screen lists it first (settings.go)
	m.updateTitle()
	if after != nil {
		after()
	}
}

// open asks for a case file and opens it.
func (m *mainWindow) open() { m.chooseOpenPath(m.openPath) }

// openPath opens the case file at path. A file that cannot be opened leaves everything as it
// was and says why.
func (m *mainWindow) openPath(path string) {
	if m.auto != nil && path != m.path && m.auto.store.OpenElsewhere(path) {
		m.confirmOpenElsewhere(path, func() { m.openPathNow(path) })
		return
	}
	m.openPathNow(path)
}

// openPathNow is openPath once it is clear the file is not open in another window, or the
// user wants it open here as well.
func (m *mainWindow) openPathNow(path string) {
	c, err := casefile.Load(path)
	if err != nil {
		m.showError(tr("error.openTitle"), err)
		return
	}
	m.askUnsaved(func() { m.showCase(c, path) })
}

// askUnsaved runs then, first offering to save unsaved changes. then does not run when the user
// cancels or saving fails.
func (m *mainWindow) askUnsaved(then func()) {
	if m.screen == nil || !m.dirty {
		then()
		return
	}
	msg := widget.NewLabel(tr("unsaved.question", m.caseTitle()))
	msg.Wrapping = fyne.TextWrapWord
	var d *dialog.CustomDialog
	save := widget.NewButton(tr("unsaved.save"), func() { d.Hide(); m.save(then) })
	save.Importance = widget.HighImportance
	discard := widget.NewButton(tr("unsaved.discard"), func() { d.Hide(); then() })
	cancel := widget.NewButton(tr("unsaved.cancel"), func() { d.Hide() })
	d = dialog.NewCustomWithoutButtons(tr("unsaved.title"), msg, m.win)
	d.SetButtons([]fyne.CanvasObject{cancel, discard, save})
	d.Resize(fyne.NewSize(440, d.MinSize().Height))
	d.Show()
}

// showError tells the user what went wrong; the app carries on.
func (m *mainWindow) showError(title string, err error) {
	dialog.NewInformation(title, errorMessage(err), m.win).Show()
}

// errorMessage is err in words for the user: for a case file, its name and the problem.
func errorMessage(err error) string {
	var fe *casefile.Error
	if errors.As(err, &fe) {
		return caseFileProblem(fe)
	}
	if errors.Is(err, recovery.ErrInUse) {
		return tr("safety.copyInUse")
	}
	return err.Error()
}

// suggestedFileName is a file name for a case with the given title.
func suggestedFileName(title string) string {
	name := strings.Map(func(r rune) rune {
		if strings.ContainsRune(`/\:*?"<>|`, r) || r < ' ' {
			return '-'
		}
		return r
	}, strings.TrimSpace(title))
	if name == "" {
		name = tr("case.untitled")
	}
	return name + casefile.Ext
}

// saveDialog asks for the file to save to with Fyne's file dialog.
func (m *mainWindow) saveDialog(suggested string, done func(path string)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			m.showError(tr("error.saveTitle"), err)
			return
		}
		if w == nil {
			return // cancelled
		}
		// The dialog has already created or emptied the file. Only its path is used: the case is
		// written atomically by casefile.Save.
		uri := w.URI()
		_ = w.Close()
		if uri.Scheme() != "file" {
			m.showError(tr("error.saveTitle"), errors.New(tr("error.notLocal", uri.String())))
			return
		}
		path := uri.Path()
		// Remove the empty file the dialog left, so that Save does not keep it as the .bak
		// (overwriting a real backup) and no empty file stays behind when the name gets ".mtv".
		if info, err := os.Stat(path); err == nil && info.Mode().IsRegular() && info.Size() == 0 {
			_ = os.Remove(path)
		}
		if !strings.EqualFold(filepath.Ext(path), casefile.Ext) {
			path += casefile.Ext
		}
		done(path)
	}, m.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{casefile.Ext}))
	d.SetFileName(suggested)
	m.startIn(d)
	d.Show()
}

// openDialog asks for a case file to open with Fyne's file dialog.
func (m *mainWindow) openDialog(done func(path string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			m.showError(tr("error.openTitle"), err)
			return
		}
		if r == nil {
			return // cancelled
		}
		uri := r.URI()
		_ = r.Close()
		if uri.Scheme() != "file" {
			m.showError(tr("error.openTitle"), errors.New(tr("error.notLocal", uri.String())))
			return
		}
		done(uri.Path())
	}, m.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{casefile.Ext}))
	m.startIn(d)
	d.Show()
}

// startIn opens a file dialog in the folder of the open case's file, if it has one. (Don't
// Resize a FileDialog before Show: Fyne 2.8.1 dereferences its not yet created window.)
func (m *mainWindow) startIn(d *dialog.FileDialog) {
	if m.path == "" {
		return
	}
	if dir, err := storage.ListerForURI(storage.NewFileURI(filepath.Dir(m.path))); err == nil {
		d.SetLocation(dir)
	}
}
