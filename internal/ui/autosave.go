package ui

import (
	"os"
	"path/filepath"
	"time"

	"fyne.io/fyne/v2"

	"github.com/helhed/helhed/internal/casefile"
	"github.com/helhed/helhed/internal/recovery"
)

// autosaver keeps a recovery copy of the open case while it has unsaved changes.
//
// Threading: the case belongs to the window's goroutine. A couple of seconds after the last edit
// the debouncer's timer asks, through post, for autosaveNow to run on that goroutine; it encodes
// the case there (casefile.Encode: the bytes are the copy) and hands only the bytes to the queue,
// which writes them on its own goroutine and reports back through post. Nothing but bytes and
// strings crosses between goroutines.
type autosaver struct {
	store    recovery.Store
	queue    *recovery.Queue
	debounce *recovery.Debouncer
	// post runs f on the window's goroutine: fyne.Do in the app. Tests give a queue they run
	// themselves, because the test driver's fyne.Do runs f at once on the calling goroutine.
	post func(f func())
	now  func() time.Time
	// claim marks this window's copies as in use, so that another Helhed running at the same
	// time does not offer them as a crash's (recovery/claim.go); nil where it could not be had.
	claim *recovery.Claim
}

// recoveryDir is the folder for recovery copies: under the app's storage folder, or under the
// user's configuration folder where the app has none on disk.
func recoveryDir(a fyne.App) string {
	if root := a.Storage().RootURI(); root != nil && root.Scheme() == "file" && root.Path() != "" {
		return filepath.Join(root.Path(), "recovery")
	}
	if dir, err := os.UserConfigDir(); err == nil {
		return filepath.Join(dir, "helhed", "recovery")
	}
	return filepath.Join(os.TempDir(), "helhed-recovery")
}

// enableAutosave starts keeping recovery copies in dir. post runs a function on the window's
// goroutine (fyne.Do).
func (m *mainWindow) enableAutosave(dir string, post func(func())) {
	a := &autosaver{store: recovery.Store{Dir: dir}, post: post, now: time.Now}
	if store, claim, err := a.store.Claim(); err == nil {
		a.store, a.claim = store, claim
	} else {
		// Copies are still kept, without an owner: as safe as before, only another window
		// running at once could offer them.
		fyne.LogError("recovery copies without an owner", err)
	}
	a.queue = recovery.NewQueue(a.store, func(r recovery.Result) {
		post(func() { m.autosaved(r) }) // on the queue's goroutine: hand over at once
	})
	a.debounce = recovery.NewDebouncer(recovery.Delay, func() {
		post(m.autosaveNow) // on the timer's goroutine: hand over at once
	})
	m.auto = a
}

// scheduleAutosave is called after every edit: a copy is taken once the editing pauses.
func (m *mainWindow) scheduleAutosave() {
	if m.auto != nil {
		m.auto.debounce.Schedule()
	}
}

// autosaveNow takes a copy of the open case and queues writing it. It runs on the window's
// goroutine, which owns the case; the queue gets the encoded bytes only.
func (m *mainWindow) autosaveNow() {
	if m.auto == nil || m.screen == nil || !m.dirty {
		return // saved or closed since the edit: nothing to keep
	}
	data, err := casefile.Encode(m.screen.c)
	if err != nil {
		m.autosaveNote = tr("safety.autosaveFailed", err)
		m.updateTitle()
		return
	}
	m.auto.queue.Write(recovery.Record{
		CaseID:  m.screen.c.ID,
		Title:   m.caseTitle(),
		Path:    m.path,
		SavedAt: m.auto.now(),
		Data:    data,
	})
}

// autosaved shows the outcome of a recovery write; it runs on the window's goroutine.
func (m *mainWindow) autosaved(r recovery.Result) {
	if r.Removed || m.screen == nil || m.screen.c.ID != r.CaseID || !m.dirty {
		return
	}
	if r.Err != nil {
		m.autosaveNote = tr("safety.autosaveFailed", r.Err)
	} else {
		m.autosaveNote = tr("safety.autosaved", r.SavedAt.Local().Format("15:04"))
	}
	m.updateTitle()
}

// dropRecovery removes the open case's recovery copy: it is saved, or the user chose not to
// keep the changes. A copy being written is removed after the write.
func (m *mainWindow) dropRecovery() {
	m.autosaveNote = ""
	if m.auto == nil || m.screen == nil {
		return
	}
	m.auto.debounce.Stop()
	m.auto.queue.Remove(m.screen.c.ID)
}

// finishAutosave waits until the recovery files are written or removed, then gives up the
// claim on this window's copies: before the program ends.
func (m *mainWindow) finishAutosave() {
	if m.auto != nil {
		m.auto.debounce.Stop()
		m.auto.queue.Wait()
		m.auto.claim.Release()
	}
}
