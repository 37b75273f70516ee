package ui

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/analysis"
	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/casefile"
	"github.com/helhed/helhed/internal/recovery"
	"github.com/helhed/helhed/internal/testcase"
)

// uiLoop stands in for the app's event loop: functions posted from other goroutines (as fyne.Do
// does) wait until the test runs them on its own goroutine. The test driver's fyne.Do would run
// them at once on the goroutine that posts, hiding exactly the races these tests look for.
type uiLoop struct {
	mu  sync.Mutex
	fns []func()
}

func (l *uiLoop) post(f func()) {
	l.mu.Lock()
	l.fns = append(l.fns, f)
	l.mu.Unlock()
}

// run runs what was posted, on the calling goroutine, until nothing is left; it returns how many.
func (l *uiLoop) run() int {
	n := 0
	for {
		l.mu.Lock()
		if len(l.fns) == 0 {
			l.mu.Unlock()
			return n
		}
		f := l.fns[0]
		l.fns = l.fns[1:]
		l.mu.Unlock()
		f()
		n++
	}
}

// manualTimers are debouncer timers that fire only when the test says so.
type manualTimers struct{ started []*manualTimer }

type manualTimer struct {
	fire    func()
	stopped bool
}

func (t *manualTimer) Stop() bool { was := !t.stopped; t.stopped = true; return was }

func (mt *manualTimers) after(_ time.Duration, f func()) recovery.Timer {
	t := &manualTimer{fire: f}
	mt.started = append(mt.started, t)
	return t
}

// fireLast fires the newest timer, as the clock would once the editing pauses.
func (mt *manualTimers) fireLast(t *testing.T) {
	t.Helper()
	if len(mt.started) == 0 {
		t.Fatal("no autosave was scheduled")
	}
	last := mt.started[len(mt.started)-1]
	if last.stopped {
		t.Fatal("the last autosave timer was stopped")
	}
	last.fire()
}

// safeWindow is a test window with autosave on: recovery copies in a folder of the test's own,
// functions from other goroutines run by loop, timers fired by hand.
type safeWindow struct {
	*mainWindow
	loop   *uiLoop
	timers *manualTimers
	store  recovery.Store
}

func newSafeWindow(t *testing.T, opt Options) *safeWindow {
	t.Helper()
	m := newTestWindow(t, opt)
	return enableTestAutosave(t, m)
}

func enableTestAutosave(t *testing.T, m *mainWindow) *safeWindow {
	t.Helper()
	w := &safeWindow{mainWindow: m, loop: &uiLoop{}, timers: &manualTimers{}}
	m.enableAutosave(recoveryDir(fyne.CurrentApp()), w.loop.post)
	m.auto.debounce.After = w.timers.after
	m.auto.now = func() time.Time { return time.Date(2026, 3, 2, 14, 32, 0, 0, time.Local) }
	w.store = m.auto.store
	t.Cleanup(m.finishAutosave)
	return w
}

// autosave lets the editing pause: the timer fires, the copy is taken on this goroutine, written
// by the queue, and the outcome shown.
func (w *safeWindow) autosave(t *testing.T) {
	t.Helper()
	w.timers.fireLast(t)
	if w.loop.run() == 0 {
		t.Fatal("the timer posted nothing to the window's goroutine")
	}
	w.settle()
}

// settle waits for the queue and runs what it posted back.
func (w *safeWindow) settle() {
	w.auto.queue.Wait()
	w.loop.run()
}

// recoveryCopies lists the recovery copies on disk, failing on damaged ones.
func (w *safeWindow) recoveryCopies(t *testing.T) []recovery.Found {
	t.Helper()
	found, problems := w.store.List()
	if len(problems) > 0 {
		t.Fatalf("damaged recovery copies: %v", problems)
	}
	return found
}

func firstAnswer(m *mainWindow) *growEntry { return m.screen.page.questions[0].answer }

func TestRecoveryFolderIsUnderTheAppStorage(t *testing.T) {
	a := setup(t)
	if got, want := recoveryDir(a), filepath.Join(os.TempDir(), "recovery"); got != want {
		t.Errorf("recovery folder = %q, want %q (the test app's storage root + recovery)", got, want)
	}
}

func TestAutosaveWritesACopyOfTheEditedCase(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fall.mtv")
	c := testCase(t)
	if err := casefile.Save(path, c); err != nil {
		t.Fatal(err)
	}
	w := newSafeWindow(t, Options{Case: c, Path: path})

	test.Type(firstAnswer(w.mainWindow), "Falls at night")
	if len(w.timers.started) == 0 {
		t.Fatal("an edit scheduled no autosave")
	}
	if len(w.recoveryCopies(t)) != 0 {
		t.Fatal("a copy was written before the editing paused")
	}
	w.autosave(t)

	found := w.recoveryCopies(t)
	if len(found) != 1 {
		t.Fatalf("%d recovery copies, want 1", len(found))
	}
	f := found[0]
	if f.CaseID != c.ID || f.Path != path || f.Title != "Fall sensor" {
		t.Errorf("copy = %+v", f.Record)
	}
	if a, _ := f.Case.Answer("need.problem"); a.Text != "Falls at night" {
		t.Errorf("answer in the copy = %q", a.Text)
	}
	if !strings.Contains(w.status.Text, "A recovery copy was kept at 14:32") {
		t.Errorf("status = %q", w.status.Text)
	}
	// The case file itself is not touched by autosave.
	if saved, _ := casefile.Load(path); len(saved.Answers) != 0 {
		t.Error("autosave wrote the case file")
	}
}

func TestAutosaveWaitsForThePause(t *testing.T) {
	w := newSafeWindow(t, Options{Case: testCase(t)})
	test.Type(firstAnswer(w.mainWindow), "abc")
	if n := len(w.timers.started); n != 3 {
		t.Fatalf("%d timers for 3 keystrokes", n)
	}
	for _, tm := range w.timers.started[:2] {
		if !tm.stopped {
			t.Error("a keystroke did not restart the wait")
		}
	}
	// An earlier timer that fires anyway (it was already running) takes no copy.
	w.timers.started[0].fire()
	if w.loop.run() != 0 {
		t.Error("an outdated timer asked for a copy")
	}
}

// slowWriter is a recovery writer that waits for the test before each write.
type slowWriter struct {
	store   recovery.Store
	started chan recovery.Record
	release chan struct{}
}

func (s *slowWriter) write(r recovery.Record) error {
	s.started <- r
	<-s.release
	return s.store.Write(r)
}

// TestEditsWhileACopyIsWrittenDoNotRace changes the case while a slow disk writes the previous
// copy. Under -race, a writer that read the case instead of its bytes would be reported.
func TestEditsWhileACopyIsWrittenDoNotRace(t *testing.T) {
	c := testCase(t)
	w := newSafeWindow(t, Options{Case: c})
	slow := &slowWriter{store: w.store, started: make(chan recovery.Record, 1), release: make(chan struct{})}
	w.auto.queue = recovery.NewQueueWith(slow.write, w.store.Remove, func(r recovery.Result) {
		w.loop.post(func() { w.autosaved(r) })
	})
	answer := firstAnswer(w.mainWindow)

	test.Type(answer, "first")
	w.timers.fireLast(t)
	w.loop.run()                 // the copy is taken here, on the test's goroutine
	<-slow.started               // and is being written, slowly, on the queue's
	test.Type(answer, " second") // meanwhile the group goes on typing
	test.Type(w.screen.page.conclusion, "Worth a pilot")
	close(slow.release)
	w.settle()

	found := w.recoveryCopies(t)
	if a, _ := found[0].Case.Answer("need.problem"); a.Text != "first" {
		t.Errorf("the copy holds %q: want the case as it was when the copy was taken", a.Text)
	}
	w.autosave(t)
	found = w.recoveryCopies(t)
	if a, _ := found[0].Case.Answer("need.problem"); a.Text != "first second" {
		t.Errorf("the next copy holds %q", a.Text)
	}
	if got := found[0].Case.ConclusionFor("need"); got != "Worth a pilot" {
		t.Errorf("the next copy's conclusion = %q", got)
	}
	if a, _ := c.Answer("need.problem"); a.Text != "first second" {
		t.Errorf("the case holds %q", a.Text)
	}
}

func TestSavingRemovesTheRecoveryCopy(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fall.mtv")
	w := newSafeWindow(t, Options{Case: testCase(t), Path: path})
	test.Type(firstAnswer(w.mainWindow), "Falls at night")
	w.autosave(t)
	if len(w.recoveryCopies(t)) != 1 {
		t.Fatal("no recovery copy")
	}

	press(t, w.mainWindow, ctrl(fyne.KeyS))
	w.settle()
	if n := len(w.recoveryCopies(t)); n != 0 {
		t.Errorf("%d recovery copies after saving, want none", n)
	}
	if strings.Contains(w.status.Text, "recovery") {
		t.Errorf("status after saving = %q", w.status.Text)
	}
	// A timer that had already fired before the save takes no copy of the saved case.
	w.timers.started[len(w.timers.started)-1].fire()
	w.loop.run()
	w.settle()
	if n := len(w.recoveryCopies(t)); n != 0 {
		t.Error("a late timer wrote a copy of the saved case")
	}
}

func TestSavingWhileACopyIsWrittenLeavesNoCopy(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fall.mtv")
	w := newSafeWindow(t, Options{Case: testCase(t), Path: path})
	slow := &slowWriter{store: w.store, started: make(chan recovery.Record, 1), release: make(chan struct{})}
	w.auto.queue = recovery.NewQueueWith(slow.write, w.store.Remove, nil)

	test.Type(firstAnswer(w.mainWindow), "x")
	w.timers.fireLast(t)
	w.loop.run()
	<-slow.started
	press(t, w.mainWindow, ctrl(fyne.KeyS)) // saved while the copy is still being written
	close(slow.release)
	w.settle()
	if n := len(w.recoveryCopies(t)); n != 0 {
		t.Error("the copy written during the save was left behind")
	}
}

func TestClosingRemovesTheCopyOnlyAfterSaveOrDontSave(t *testing.T) {
	w := newSafeWindow(t, Options{Case: testCase(t)})
	closed := false
	w.win.SetOnClosed(func() { closed = true })
	test.Type(firstAnswer(w.mainWindow), "x")
	w.autosave(t)

	w.requestClose()
	tapButton(t, topDialog(t, w.mainWindow), "Cancel")
	w.settle()
	if closed || len(w.recoveryCopies(t)) != 1 {
		t.Fatal("Cancel closed the window or removed the recovery copy")
	}

	w.requestClose()
	tapButton(t, topDialog(t, w.mainWindow), "Don't save")
	if !closed {
		t.Fatal("Don't save did not close the window")
	}
	w.settle()
	if n := len(w.recoveryCopies(t)); n != 0 {
		t.Errorf("%d recovery copies after closing with Don't save", n)
	}
}

// crashedCopy writes what a session that crashed after an edit leaves behind: the case file as
// last saved, and a recovery copy with the edit.
func crashedCopy(t *testing.T, dir, title, answer string, at time.Time) (path string, c *assessment.Case) {
	t.Helper()
	c = testCase(t)
	c.UpdateInfo(testEdit(), func(i *assessment.Info) { i.Title = title })
	path = filepath.Join(t.TempDir(), "case.mtv")
	if err := casefile.Save(path, c); err != nil {
		t.Fatal(err)
	}
	c.SetAnswer(testEdit(), "need.problem", func(a *assessment.Answer) { a.Text = answer })
	data, err := casefile.Encode(c)
	if err != nil {
		t.Fatal(err)
	}
	err = recovery.Store{Dir: dir}.Write(recovery.Record{CaseID: c.ID, Title: title, Path: path, SavedAt: at, Data: data})
	if err != nil {
		t.Fatal(err)
	}
	return path, c
}

// startAfterCrash starts a window on the start screen with autosave on and offers recovery.
func startAfterCrash(t *testing.T, write func(dir string)) *safeWindow {
	t.Helper()
	m := newTestWindow(t, Options{NewCase: func() *assessment.Case { return testCase(t) }})
	write(recoveryDir(fyne.CurrentApp()))
	w := enableTestAutosave(t, m)
	w.offerRecovery()
	return w
}

func TestRecoverAfterACrash(t *testing.T) {
	at := time.Date(2026, 3, 2, 14, 31, 0, 0, time.Local)
	var path string
	var crashed *assessment.Case
	w := startAfterCrash(t, func(dir string) {
		path, crashed = crashedCopy(t, dir, "Fall sensor", "Falls at night go unnoticed", at)
	})
	before, _ := os.ReadFile(path)

	d := topDialog(t, w.mainWindow)
	shown := labelsIn(d)
	if !containsText(shown, "Helhed closed without saving “Fall sensor” (last change 14:31). Recover it?") ||
		!containsText(shown, "Its file: "+path) {
		t.Fatalf("dialog shows %q", shown)
	}
	// The keyboard starts on Recover, not on Discard.
	if b, ok := w.win.Canvas().Focused().(*widget.Button); !ok || b.Text != "Recover" {
		t.Fatalf("focused: %v, want the Recover button", w.win.Canvas().Focused())
	}
	tapButton(t, d, "Recover")
	w.settle()

	if w.screen == nil || w.screen.c.ID != crashed.ID {
		t.Fatal("the recovered case is not shown")
	}
	if a, _ := w.screen.c.Answer("need.problem"); a.Text != "Falls at night go unnoticed" {
		t.Errorf("recovered answer = %q", a.Text)
	}
	if w.path != path || !w.dirty || w.win.Title() != "Helhed — Fall sensor *" {
		t.Errorf("path %q, dirty %v, title %q: want the original file, unsaved", w.path, w.dirty, w.win.Title())
	}
	if !strings.Contains(w.status.Text, "Unsaved changes") {
		t.Errorf("status = %q", w.status.Text)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("recovering changed the case file")
	}
	if len(w.recoveryCopies(t)) != 1 {
		t.Fatal("the recovery copy went before the case was saved")
	}

	press(t, w.mainWindow, ctrl(fyne.KeyS))
	w.settle()
	saved, err := casefile.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if a, _ := saved.Answer("need.problem"); a.Text != "Falls at night go unnoticed" {
		t.Errorf("saved answer = %q", a.Text)
	}
	if n := len(w.recoveryCopies(t)); n != 0 {
		t.Errorf("%d recovery copies after saving the recovered case", n)
	}
}

// TestACopyOfAnotherRunningWindowIsNotOffered: a second Helhed started while the first has
// unsaved work does not offer that work as a crash's (discarding it there would lose it); once
// the first has ended without saving, the next start offers it.
func TestACopyOfAnotherRunningWindowIsNotOffered(t *testing.T) {
	var first *recovery.Claim
	w := startAfterCrash(t, func(dir string) {
		store, claim, err := recovery.Store{Dir: dir}.Claim()
		if err != nil {
			t.Fatal(err)
		}
		first = claim
		t.Cleanup(func() { first.Release() })
		path, _ := crashedCopy(t, dir, "Fall sensor", "typed in the first window", time.Now())
		// crashedCopy wrote it without an owner; the first window writes it as its own.
		found, _ := recovery.Read(recovery.Store{Dir: dir}.FileFor(mustCaseID(t, dir)))
		found.Record.Path = path
		if err := store.Write(found.Record); err != nil {
			t.Fatal(err)
		}
	})
	if d := w.win.Canvas().Overlays().Top(); d != nil {
		t.Fatalf("a copy of a window still running is offered: %q", labelsIn(d))
	}
	if w.screen != nil || w.start == nil {
		t.Fatal("the start screen is not shown")
	}

	first.Release() // the first window ended, as in a crash
	w.offerRecovery()
	d := topDialog(t, w.mainWindow)
	if !containsText(labelsIn(d), "Recover it?") {
		t.Fatalf("the copy of the ended window is not offered: %q", labelsIn(d))
	}
}

// mustCaseID is the case ID of the one recovery copy in dir.
func mustCaseID(t *testing.T, dir string) uuid.UUID {
	t.Helper()
	found, problems := recovery.Store{Dir: dir}.List()
	if len(found) != 1 || len(problems) != 0 {
		t.Fatalf("%d copies, problems %v", len(found), problems)
	}
	return found[0].CaseID
}

func TestDiscardRemovesTheRecoveryCopy(t *testing.T) {
	var path string
	w := startAfterCrash(t, func(dir string) {
		path, _ = crashedCopy(t, dir, "Fall sensor", "lost on purpose", time.Now())
	})
	before, _ := os.ReadFile(path)
	tapButton(t, topDialog(t, w.mainWindow), "Discard the changes")
	w.settle()
	if n := len(w.recoveryCopies(t)); n != 0 {
		t.Errorf("%d recovery copies after Discard", n)
	}
	if w.screen != nil || w.start == nil {
		t.Error("Discard opened a case")
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("Discard changed the case file")
	}
}

func TestSeveralCopiesAreOfferedNewestFirst(t *testing.T) {
	old := time.Date(2026, 3, 1, 9, 5, 0, 0, time.Local)
	w := startAfterCrash(t, func(dir string) {
		crashedCopy(t, dir, "Older case", "a", old)
		crashedCopy(t, dir, "Newer case", "b", old.Add(24*time.Hour))
	})
	if !containsText(labelsIn(topDialog(t, w.mainWindow)), "“Newer case” (last change 09:05)") {
		t.Fatalf("first offer: %q", labelsIn(topDialog(t, w.mainWindow)))
	}
	tapButton(t, topDialog(t, w.mainWindow), "Discard the changes")
	if !containsText(labelsIn(topDialog(t, w.mainWindow)), "“Older case” (last change 2026-03-01 09:05)") {
		t.Fatalf("second offer: %q", labelsIn(topDialog(t, w.mainWindow)))
	}
	tapButton(t, topDialog(t, w.mainWindow), "Recover")
	w.settle()
	if w.caseTitle() != "Older case" || !w.dirty {
		t.Errorf("shown %q dirty %v", w.caseTitle(), w.dirty)
	}
	if n := len(w.recoveryCopies(t)); n != 1 {
		t.Errorf("%d copies; want the recovered case's only", n)
	}
}

func TestDamagedCopiesAreReportedAndKept(t *testing.T) {
	var bad string
	w := startAfterCrash(t, func(dir string) {
		os.MkdirAll(dir, 0o700)
		bad = filepath.Join(dir, uuid.NewString()+recovery.Ext)
		os.WriteFile(bad, []byte(`{"format": "helhed-recovery", "version": 1, "case": {"format": "helhed-case", "sch`), 0o600)
	})
	d := topDialog(t, w.mainWindow)
	shown := labelsIn(d)
	if !containsText(shown, "cannot read") || !containsText(shown, filepath.Base(bad)) || !containsText(shown, filepath.Dir(bad)) {
		t.Fatalf("dialog shows %q", shown)
	}
	tapButton(t, d, "Keep them")
	if _, err := os.Stat(bad); err != nil {
		t.Fatal("Keep removed the damaged copy")
	}

	w.offerRecovery() // the next start
	tapButton(t, topDialog(t, w.mainWindow), "Delete them")
	if _, err := os.Stat(bad); !os.IsNotExist(err) {
		t.Error("Delete kept the damaged copy")
	}
}

func TestOpeningABadFileLeavesItUntouchedAndTheAppRunning(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "broken.mtv")
	content := []byte(`{"format": "helhed-case", "schemaVersion": 1, "case": {"id": 12}}`)
	if err := os.WriteFile(bad, content, 0o644); err != nil {
		t.Fatal(err)
	}
	info, _ := os.Stat(bad)
	w := newSafeWindow(t, Options{NewCase: func() *assessment.Case { return testCase(t) }})
	w.chooseOpenPath = func(done func(string)) { done(bad) }
	press(t, w.mainWindow, ctrl(fyne.KeyO))
	if !containsText(labelsIn(topDialog(t, w.mainWindow)), "broken.mtv") {
		t.Errorf("dialog shows %q", labelsIn(topDialog(t, w.mainWindow)))
	}
	after, _ := os.ReadFile(bad)
	info2, _ := os.Stat(bad)
	if !bytes.Equal(after, content) || !info2.ModTime().Equal(info.ModTime()) || info2.Mode() != info.Mode() {
		t.Error("opening the bad file changed it")
	}
	if _, err := os.Stat(bad + ".bak"); err == nil {
		t.Error("opening the bad file made a .bak")
	}
	// The app goes on: a new case can be started.
	press(t, w.mainWindow, ctrl(fyne.KeyN))
	if w.wizard == nil || w.win.Content() != w.wizard.content {
		t.Error("after the bad file, Ctrl+N does not start a new case")
	}
}

func TestKeyboardShortcuts(t *testing.T) {
	dir := t.TempDir()
	w := newSafeWindow(t, Options{Case: testCase(t), NewCase: func() *assessment.Case { return testCase(t) }})
	s := w.screen

	press(t, w.mainWindow, ctrl(fyne.KeyP))
	if s.selected != len(s.pages)-1 || s.pages[s.selected].entry().Title != "Report" {
		t.Errorf("Ctrl+P shows page %d, want the report page", s.selected)
	}
	press(t, w.mainWindow, ctrl(fyne.KeyPageUp))
	if s.pages[s.selected].entry().Title != "Recommendation" {
		t.Errorf("Ctrl+PgUp from the report shows %q", s.pages[s.selected].entry().Title)
	}
	s.SelectPage(0)
	press(t, w.mainWindow, ctrl(fyne.KeyPageDown))
	if s.page == nil || s.page.domain.ID != "need" {
		t.Error("Ctrl+PgDn from the case page does not show the first domain")
	}
	press(t, w.mainWindow, ctrl(fyne.KeyPageUp))
	press(t, w.mainWindow, ctrl(fyne.KeyPageUp)) // nothing before the first page
	if s.selected != 0 {
		t.Errorf("selected %d after stepping back past the start", s.selected)
	}

	var asked string
	w.chooseSavePath = func(name string, done func(string)) { asked = name; done(filepath.Join(dir, name)) }
	press(t, w.mainWindow, ctrlShift(fyne.KeyS))
	if asked != "Fall sensor.mtv" || w.path != filepath.Join(dir, "Fall sensor.mtv") {
		t.Errorf("Ctrl+Shift+S asked %q, saved to %q", asked, w.path)
	}

	press(t, w.mainWindow, ctrl(fyne.KeyF))
	if w.find == nil || w.win.Canvas().Focused() != w.find.entry {
		t.Error("Ctrl+F did not open Find with the cursor in its entry")
	}
	w.find.dialog.Hide()
	press(t, w.mainWindow, ctrl(fyne.KeyN))
	if w.wizard == nil || w.win.Content() != w.wizard.content {
		t.Error("Ctrl+N does not start a new case")
	}
}

// findCase is a case with a word in several places.
func findCase(t *testing.T) *assessment.Case {
	c := testCase(t)
	e := testEdit()
	c.UpdateInfo(e, func(i *assessment.Info) { i.Setting = "Night shift in home care" })
	c.SetAnswer(e, "economy.staff", func(a *assessment.Answer) { a.Text = "Fewer night visits: 2 hours a night" })
	c.AddSource(e, "need.problem", assessment.Source{Citation: "Night falls study 2024", Kind: "study"})
	c.SetConclusion(e, "economy", "Pays off in the night shift")
	c.UpdateSynthesis(e, func(s *assessment.Synthesis) { s.OpenQuestions = []string{"Who answers night alarms?"} })
	return c
}

// findResults types query into the Find dialog and returns what its list shows.
func findResults(t *testing.T, w *safeWindow, query string) []string {
	t.Helper()
	press(t, w.mainWindow, ctrl(fyne.KeyF))
	f := w.find
	test.Type(f.entry, query)
	var out []string
	for i := range f.matches {
		row := newFindRow()
		row.set(w.screen.matchPlace(f.matches[i]), f.matches[i])
		out = append(out, row.where.Text+" | "+row.snippet.String())
	}
	return out
}

func TestFindListsEveryPlaceAndGoesThere(t *testing.T) {
	w := newSafeWindow(t, Options{Case: findCase(t)})
	got := findResults(t, w, "NIGHT")
	want := []string{
		"The case › Setting | Night shift in home care",
		"1. Need and technology › Source · question 1.1 | Night falls study 2024",
		"6. Economy › Answer · question 6.3 | Fewer night visits: 2 hours a night",
		"6. Economy › Conclusion | Pays off in the night shift",
		"Recommendation › Open question | Who answers night alarms?",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("Find shows\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if w.find.summary.Text != "Found in 5 places. Click one to go there." {
		t.Errorf("summary = %q", w.find.summary.Text)
	}
	// The list shows them: the rows on screen carry the same texts.
	test.WidgetRenderer(w.find.list).Layout(w.find.list.Size())
	if rows := labelsIn(w.find.list); !containsText(rows, "6. Economy › Conclusion") {
		t.Errorf("the list shows %q", rows)
	}

	w.find.list.Select(2) // the answer to 6.3
	if w.win.Canvas().Overlays().Top() != nil {
		t.Error("the Find dialog stays open after choosing a place")
	}
	if w.screen.page == nil || w.screen.page.domain.ID != "economy" {
		t.Fatal("choosing the answer did not show its domain")
	}
	if w.screen.scroll.Offset.Y <= 0 {
		t.Error("the page did not scroll to question 6.3")
	}

	findResults(t, w, "alarms")
	w.find.list.Select(0)
	if got := w.screen.pages[w.screen.selected].entry().Title; got != "Recommendation" {
		t.Errorf("the open question shows page %q", got)
	}
	findResults(t, w, "home care")
	w.find.entry.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn}) // Enter goes to the first place
	if w.screen.selected != 0 {
		t.Errorf("the case information shows page %d", w.screen.selected)
	}
}

func TestFindSaysWhenNothingIsFound(t *testing.T) {
	w := newSafeWindow(t, Options{Case: findCase(t)})
	if got := findResults(t, w, "helicopter"); len(got) != 0 {
		t.Errorf("found %q", got)
	}
	if w.find.summary.Text != "“helicopter” is not in this case." {
		t.Errorf("summary = %q", w.find.summary.Text)
	}
	if len(analysis.Find(w.screen.c, "", "en")) != 0 {
		t.Error("an empty search found something")
	}
}

// BenchmarkAutosaveCopyLargeCase is the part of an autosave that runs on the window's goroutine:
// encoding the large synthetic case (the copy). The write runs on the queue's goroutine.
func BenchmarkAutosaveCopyLargeCase(b *testing.B) {
	c := testcase.Large()
	for b.Loop() {
		if _, err := casefile.Encode(c); err != nil {
			b.Fatal(err)
		}
	}
}
