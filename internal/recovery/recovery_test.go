package recovery

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/casefile"
	"github.com/helhed/helhed/internal/testcase"
)

var clock = time.Date(2026, 3, 2, 14, 32, 0, 0, time.UTC)

// record is a recovery record of a small case with one answer.
func record(t *testing.T, title, answer string, at time.Time) (Record, *assessment.Case) {
	t.Helper()
	r, c, err := makeRecord(title, answer, at)
	if err != nil {
		t.Fatal(err)
	}
	return r, c
}

func makeRecord(title, answer string, at time.Time) (Record, *assessment.Case, error) {
	c := testcase.Case()
	c.ID = uuid.New()
	c.UpdateInfo(assessment.Edit{At: at}, func(i *assessment.Info) { i.Title = title })
	qid := c.Framework.Domains[0].Questions[0].ID
	c.SetAnswer(assessment.Edit{At: at}, qid, func(a *assessment.Answer) { a.Text = answer })
	data, err := casefile.Encode(c)
	return Record{CaseID: c.ID, Title: title, Path: "/home/nurse/" + title + ".mtv", SavedAt: at, Data: data}, c, err
}

func TestWriteAndListGiveTheCaseBackNewestFirst(t *testing.T) {
	s := Store{Dir: filepath.Join(t.TempDir(), "recovery")}
	older, _ := record(t, "Fall sensor", "Falls at night go unnoticed", clock)
	newer, newerCase := record(t, "Video consultation", "Long drives for short visits", clock.Add(time.Hour))
	for _, r := range []Record{older, newer} {
		if err := s.Write(r); err != nil {
			t.Fatal(err)
		}
	}

	found, problems := s.List()
	if len(problems) != 0 {
		t.Fatalf("problems: %v", problems)
	}
	if len(found) != 2 || found[0].Title != "Video consultation" || found[1].Title != "Fall sensor" {
		t.Fatalf("found %d, want the newest first: %+v", len(found), found)
	}
	f := found[0]
	if f.CaseID != newerCase.ID || f.Case.ID != newerCase.ID || f.Path != "/home/nurse/Video consultation.mtv" ||
		!f.SavedAt.Equal(clock.Add(time.Hour)) || f.File != s.FileFor(newerCase.ID) {
		t.Errorf("found = %+v", f.Record)
	}
	qid := f.Case.Framework.Domains[0].Questions[0].ID
	if a, _ := f.Case.Answer(qid); a.Text != "Long drives for short visits" {
		t.Errorf("recovered answer = %q", a.Text)
	}
	// The case in the file is the case file exactly as casefile.Encode wrote it.
	if !bytes.Equal(bytes.TrimSpace(f.Data), bytes.TrimSpace(newer.Data)) {
		t.Error("the recovered case bytes differ from the written ones")
	}
	if info, err := os.Stat(f.File); err != nil || info.Mode().Perm()&0o077 != 0 {
		t.Errorf("recovery file mode: %v %v; want readable by its owner only", info.Mode(), err)
	}
}

func TestWriteReplacesTheCopyOfTheSameCase(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	r, _ := record(t, "Fall sensor", "first", clock)
	if err := s.Write(r); err != nil {
		t.Fatal(err)
	}
	r2, _ := record(t, "Fall sensor", "second", clock.Add(time.Minute))
	r2.CaseID = r.CaseID
	c2, _ := casefile.Decode(r2.Data, "x")
	c2.ID = r.CaseID
	r2.Data, _ = casefile.Encode(c2)
	if err := s.Write(r2); err != nil {
		t.Fatal(err)
	}
	found, _ := s.List()
	if len(found) != 1 {
		t.Fatalf("%d files for one case", len(found))
	}
	qid := found[0].Case.Framework.Domains[0].Questions[0].ID
	if a, _ := found[0].Case.Answer(qid); a.Text != "second" {
		t.Errorf("answer = %q, want the newer copy", a.Text)
	}
}

func TestRemoveAndDiscard(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	r, _ := record(t, "Fall sensor", "x", clock)
	if err := s.Write(r); err != nil {
		t.Fatal(err)
	}
	if err := s.Remove(r.CaseID); err != nil {
		t.Fatal(err)
	}
	if found, _ := s.List(); len(found) != 0 {
		t.Error("Remove left the file")
	}
	if err := s.Remove(r.CaseID); err != nil {
		t.Errorf("removing a missing copy: %v", err)
	}

	if err := s.Write(r); err != nil {
		t.Fatal(err)
	}
	found, _ := s.List()
	if err := s.Discard(found[0].File); err != nil {
		t.Fatal(err)
	}
	if found, _ := s.List(); len(found) != 0 {
		t.Error("Discard left the file")
	}

	outside := filepath.Join(t.TempDir(), "case.mtv")
	os.WriteFile(outside, []byte("x"), 0o600)
	if err := s.Discard(outside); err == nil {
		t.Error("Discard removed a file outside the recovery folder")
	}
	if _, err := os.Stat(outside); err != nil {
		t.Error("the file outside the folder is gone")
	}
}

func TestAMissingFolderHoldsNothing(t *testing.T) {
	found, problems := Store{Dir: filepath.Join(t.TempDir(), "none")}.List()
	if len(found) != 0 || len(problems) != 0 {
		t.Errorf("found %v, problems %v", found, problems)
	}
}

func TestDamagedFilesAreReportedSkippedAndKept(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	good, _ := record(t, "Fall sensor", "kept", clock)
	if err := s.Write(good); err != nil {
		t.Fatal(err)
	}
	whole, err := os.ReadFile(s.FileFor(good.CaseID))
	if err != nil {
		t.Fatal(err)
	}
	newer := bytes.Replace(whole, []byte(`"version":1`), []byte(`"version":99`), 1)
	badCase := bytes.Replace(whole, fmt.Appendf(nil, `"schemaVersion": %d`, casefile.SchemaVersion), []byte(`"schemaVersion": "one"`), 1)
	if bytes.Equal(badCase, whole) {
		t.Fatal("the copy holds no schemaVersion to damage")
	}
	damaged := map[string][]byte{
		"cut.recovery":     whole[:len(whole)/2], // a power cut in the middle of a copy
		"empty.recovery":   nil,
		"garbage.recovery": []byte("\x00\x01\x02"),
		"other.recovery":   []byte(`{"format": "something-else", "case": {}}`),
		"newer.recovery":   newer,
		"nocase.recovery":  []byte(`{"format": "helhed-recovery", "version": 1}`),
		"badcase.recovery": badCase,
	}
	for name, data := range damaged {
		if err := os.WriteFile(filepath.Join(s.Dir, name), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	// Not recovery files: ignored, not reported.
	os.WriteFile(filepath.Join(s.Dir, ".x.recovery.tmp-123"), []byte("half"), 0o600)
	os.WriteFile(filepath.Join(s.Dir, "notes.txt"), []byte("x"), 0o600)

	found, problems := s.List()
	if len(found) != 1 || found[0].CaseID != good.CaseID {
		t.Errorf("found %d; want the one good copy", len(found))
	}
	reported := map[string]bool{}
	for _, p := range problems {
		reported[filepath.Base(p.File)] = true
		if p.Err == nil || p.Error() == "" {
			t.Errorf("%s: no reason given", p.File)
		}
	}
	for name := range damaged {
		if !reported[name] {
			t.Errorf("%s was not reported", name)
		}
		if _, err := os.Stat(filepath.Join(s.Dir, name)); err != nil {
			t.Errorf("%s was removed: %v", name, err)
		}
	}
	if len(problems) != len(damaged) {
		t.Errorf("%d problems, want %d: %v", len(problems), len(damaged), problems)
	}
}

func TestWriteRefusesACaseWithoutID(t *testing.T) {
	if err := (Store{Dir: t.TempDir()}).Write(Record{Data: []byte("{}")}); err == nil {
		t.Error("a record without a case ID was written")
	}
}

// slowStore is a fake store whose writes wait until the test lets them go.
type slowStore struct {
	mu      sync.Mutex
	files   map[uuid.UUID]string // case ID -> the data last written
	log     []string
	started chan Record
	release chan struct{}
}

func newSlowStore() *slowStore {
	return &slowStore{files: map[uuid.UUID]string{}, started: make(chan Record, 10), release: make(chan struct{})}
}

func (s *slowStore) write(r Record) error {
	s.started <- r
	<-s.release
	s.mu.Lock()
	defer s.mu.Unlock()
	s.files[r.CaseID] = string(r.Data)
	s.log = append(s.log, "write "+string(r.Data))
	return nil
}

func (s *slowStore) remove(id uuid.UUID) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	delete(s.files, id)
	s.log = append(s.log, "remove")
	return nil
}

func TestQueueKeepsOrderAndSkipsOutdatedWrites(t *testing.T) {
	fake := newSlowStore()
	var results []Result
	var mu sync.Mutex
	q := NewQueueWith(fake.write, fake.remove, func(r Result) { mu.Lock(); results = append(results, r); mu.Unlock() })
	id := uuid.New()

	q.Write(Record{CaseID: id, Data: []byte("v1")})
	<-fake.started // v1 is being written, slowly
	q.Write(Record{CaseID: id, Data: []byte("v2")})
	q.Write(Record{CaseID: id, Data: []byte("v3")}) // replaces v2, which never started
	close(fake.release)
	q.Wait()

	if got := fake.files[id]; got != "v3" {
		t.Errorf("file holds %q, want the newest copy v3", got)
	}
	if want := "write v1|write v3"; join(fake.log) != want {
		t.Errorf("operations %q, want %q", join(fake.log), want)
	}
	if len(results) != 2 || results[1].Err != nil || results[1].Removed {
		t.Errorf("results = %+v", results)
	}
}

func TestQueueRemovesAfterAWriteInProgress(t *testing.T) {
	fake := newSlowStore()
	q := NewQueueWith(fake.write, fake.remove, nil)
	id, other := uuid.New(), uuid.New()

	q.Write(Record{CaseID: id, Data: []byte("unsaved")})
	<-fake.started
	q.Write(Record{CaseID: other, Data: []byte("other")})
	q.Remove(id) // the case was saved while its copy was being written
	close(fake.release)
	q.Wait()

	if _, ok := fake.files[id]; ok {
		t.Error("the write in progress brought the removed copy back")
	}
	if fake.files[other] != "other" {
		t.Error("another case's copy was lost")
	}
	if want := "write unsaved|write other|remove"; join(fake.log) != want {
		t.Errorf("operations %q, want %q", join(fake.log), want)
	}
}

func TestQueueReportsErrors(t *testing.T) {
	boom := errors.New("disk full")
	var got []Result
	q := NewQueueWith(func(Record) error { return boom }, func(uuid.UUID) error { return nil },
		func(r Result) { got = append(got, r) })
	q.Write(Record{CaseID: uuid.New(), SavedAt: clock})
	q.Wait()
	if len(got) != 1 || !errors.Is(got[0].Err, boom) || !got[0].SavedAt.Equal(clock) {
		t.Errorf("results = %+v", got)
	}
}

func TestQueueWritesWithTheStore(t *testing.T) {
	s := Store{Dir: t.TempDir()}
	q := NewQueue(s, nil)
	r, _ := record(t, "Fall sensor", "x", clock)
	q.Write(r)
	q.Wait()
	if found, _ := s.List(); len(found) != 1 {
		t.Fatal("the queue wrote no file")
	}
	q.Remove(r.CaseID)
	q.Wait()
	if found, _ := s.List(); len(found) != 0 {
		t.Fatal("the queue did not remove the file")
	}
}

func join(list []string) string {
	out := ""
	for i, s := range list {
		if i > 0 {
			out += "|"
		}
		out += s
	}
	return out
}

// fakeTimers are timers that fire only when the test says so.
type fakeTimers struct {
	started []*fakeTimer
}

type fakeTimer struct {
	f       func()
	stopped bool
}

func (t *fakeTimer) Stop() bool { was := !t.stopped; t.stopped = true; return was }

func (ft *fakeTimers) after(_ time.Duration, f func()) Timer {
	t := &fakeTimer{f: f}
	ft.started = append(ft.started, t)
	return t
}

func TestDebouncerFiresOnceAfterTheLastSchedule(t *testing.T) {
	var ft fakeTimers
	fired := 0
	d := NewDebouncer(Delay, func() { fired++ })
	d.After = ft.after

	d.Schedule()
	d.Schedule()
	d.Schedule()
	if len(ft.started) != 3 || !ft.started[0].stopped || !ft.started[1].stopped || ft.started[2].stopped {
		t.Fatal("each Schedule should stop the previous timer and start one")
	}
	if !d.Pending() {
		t.Error("nothing pending after Schedule")
	}
	// An old timer that fired although it was stopped (it was already running) does nothing.
	ft.started[0].f()
	if fired != 0 {
		t.Fatal("an outdated timer fired")
	}
	ft.started[2].f()
	if fired != 1 || d.Pending() {
		t.Errorf("fired %d times, pending %v; want once, nothing pending", fired, d.Pending())
	}
}

func TestDebouncerStopCancels(t *testing.T) {
	var ft fakeTimers
	fired := 0
	d := NewDebouncer(Delay, func() { fired++ })
	d.After = ft.after
	d.Schedule()
	d.Stop()
	ft.started[0].f() // fires anyway, as a timer already running can
	if fired != 0 || d.Pending() {
		t.Errorf("fired %d after Stop", fired)
	}
}

func TestDebouncerWithRealTimers(t *testing.T) {
	fired := make(chan struct{}, 10)
	d := NewDebouncer(time.Millisecond, func() { fired <- struct{}{} })
	for range 5 {
		d.Schedule()
	}
	<-fired // waits as long as it takes; the count of fires is not timed, so not checked here
}
