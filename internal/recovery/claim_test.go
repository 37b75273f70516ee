package recovery

import (
	"bufio"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// claimed is a store of dir claimed by a program that is still running (here: an open lock file
// of this test's own, which a second open of the same file cannot lock either).
func claimed(t *testing.T, dir string) (Store, *Claim) {
	t.Helper()
	s, c, err := Store{Dir: dir}.Claim()
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Release() })
	if c.Owner == "" || s.Owner != c.Owner {
		t.Fatalf("claim owner %q, store owner %q", c.Owner, s.Owner)
	}
	return s, c
}

func TestACopyOfARunningWindowIsNotOfferedElsewhere(t *testing.T) {
	dir := t.TempDir()
	first, firstClaim := claimed(t, dir)
	second, _ := claimed(t, dir)
	r, _ := record(t, "Fall sensor", "typed in the first window", clock)
	if err := first.Write(r); err != nil {
		t.Fatal(err)
	}

	// The second window starting up does not see the first's unsaved work as a crash's.
	if found, problems := second.List(); len(found) != 0 || len(problems) != 0 {
		t.Fatalf("second window is offered %d copies (problems %v) of a window still running", len(found), problems)
	}
	// The first window itself still reads its own copy.
	if found, _ := first.List(); len(found) != 1 || found[0].Owner != firstClaim.Owner {
		t.Fatalf("the owner lists %+v", found)
	}

	// Once the first window has ended, its copy is a leftover like any other.
	if err := firstClaim.Release(); err != nil {
		t.Fatal(err)
	}
	found, _ := second.List()
	if len(found) != 1 || found[0].Title != "Fall sensor" {
		t.Fatalf("after the first window ended, found %+v", found)
	}
	if _, err := os.Stat(filepath.Join(dir, firstClaim.Owner+lockExt)); !os.IsNotExist(err) {
		t.Errorf("the released lock file is still there: %v", err)
	}
	if err := firstClaim.Release(); err != nil {
		t.Errorf("releasing twice: %v", err)
	}
}

// TestDiscardRefusesACopyARunningWindowHasTakenOver: a copy offered at start, then recovered by
// another window (which writes it as its own) before this window's user chose Discard, is that
// window's unsaved work now: Discard leaves it.
func TestDiscardRefusesACopyARunningWindowHasTakenOver(t *testing.T) {
	dir := t.TempDir()
	r, _ := record(t, "Fall sensor", "typed before a crash", clock)
	if err := (Store{Dir: dir}).Write(r); err != nil {
		t.Fatal(err)
	}
	here, _ := claimed(t, dir)
	found, _ := here.List()
	if len(found) != 1 {
		t.Fatalf("found %d copies, want the crash's one", len(found))
	}
	other, otherClaim := claimed(t, dir)
	if err := other.Write(r); err != nil { // the other window recovered it
		t.Fatal(err)
	}
	if err := here.Discard(found[0].File); !errors.Is(err, ErrInUse) {
		t.Fatalf("Discard = %v, want ErrInUse", err)
	}
	if _, err := os.Stat(found[0].File); err != nil {
		t.Fatalf("the other window's copy is gone: %v", err)
	}
	otherClaim.Release() // that window ended without saving: the copy is a leftover again
	if err := here.Discard(found[0].File); err != nil {
		t.Fatalf("Discard after the other window ended: %v", err)
	}
}

// TestAnUnreadableCopyOfARunningProgramIsNotReported: a copy this build cannot read (cut off
// here, or a newer Helhed's) is reported as damaged, to be kept or deleted, only when no running
// program owns it.
func TestAnUnreadableCopyOfARunningProgramIsNotReported(t *testing.T) {
	dir := t.TempDir()
	live, liveClaim := claimed(t, dir)
	r, _ := record(t, "Fall sensor", "x", clock)
	if err := live.Write(r); err != nil {
		t.Fatal(err)
	}
	file := live.FileFor(r.CaseID)
	data, _ := os.ReadFile(file)
	if err := os.WriteFile(file, data[:len(data)/2], 0o600); err != nil { // cut off
		t.Fatal(err)
	}
	here, _ := claimed(t, dir)
	if found, problems := here.List(); len(found)+len(problems) != 0 {
		t.Fatalf("a running program's copy is offered or reported: %d, %v", len(found), problems)
	}
	if err := here.Discard(file); !errors.Is(err, ErrInUse) {
		t.Errorf("Discard of a running program's copy = %v, want ErrInUse", err)
	}
	liveClaim.Release()
	if _, problems := here.List(); len(problems) != 1 {
		t.Errorf("after the program ended, %d problems, want the cut-off copy", len(problems))
	}
}

func TestALockFileNobodyHoldsIsACrashedProgramsAndGoes(t *testing.T) {
	dir := t.TempDir()
	// A program that crashed left its lock file, not locked by anyone now, and a copy.
	dead := Store{Dir: dir, Owner: "0b3c2a52-5f0e-4d5e-9a43-3d9d86f0c0a1"}
	if err := os.WriteFile(filepath.Join(dir, dead.Owner+lockExt), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	r, _ := record(t, "Fall sensor", "typed before the crash", clock)
	if err := dead.Write(r); err != nil {
		t.Fatal(err)
	}
	s, _ := claimed(t, dir)
	found, _ := s.List()
	if len(found) != 1 || found[0].Owner != dead.Owner {
		t.Fatalf("found %+v, want the crashed program's copy", found)
	}
	if _, err := os.Stat(filepath.Join(dir, dead.Owner+lockExt)); !os.IsNotExist(err) {
		t.Errorf("the crashed program's lock file is still there: %v", err)
	}
}

func TestClaimSweepsStaleLockFilesOnly(t *testing.T) {
	dir := t.TempDir()
	_, live := claimed(t, dir)
	stale := filepath.Join(dir, "7f6d1c6e-2f8b-4b43-8f0a-2b1f6c9d4e11"+lockExt)
	other := filepath.Join(dir, "notes.lock") // not a lock file Claim makes: left alone
	for _, f := range []string{stale, other} {
		if err := os.WriteFile(f, nil, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	claimed(t, dir)
	if _, err := os.Stat(stale); !os.IsNotExist(err) {
		t.Errorf("a stale lock file survived a claim: %v", err)
	}
	for _, f := range []string{other, filepath.Join(dir, live.Owner+lockExt)} {
		if _, err := os.Stat(f); err != nil {
			t.Errorf("%s went: %v", filepath.Base(f), err)
		}
	}
}

func TestCopiesWithoutAnOwnerOrWithAStrangeOneAreOffered(t *testing.T) {
	dir := t.TempDir()
	s, _ := claimed(t, dir)
	old, _ := record(t, "From before owners", "a", clock)
	if err := (Store{Dir: dir}).Write(old); err != nil {
		t.Fatal(err)
	}
	odd, _ := record(t, "Odd owner", "b", clock.Add(time.Minute))
	if err := (Store{Dir: dir, Owner: "../../etc/passwd"}).Write(odd); err != nil {
		t.Fatal(err)
	}
	if found, _ := s.List(); len(found) != 2 {
		t.Fatalf("found %d copies, want both", len(found))
	}
}

// TestACrashedProcessesCopyIsOffered runs a real second program (this test binary) that claims
// the folder, writes a copy and waits; while it runs its copy is not offered, and once it is
// killed (a crash: no Release) the copy is.
func TestACrashedProcessesCopyIsOffered(t *testing.T) {
	dir := t.TempDir()
	cmd := exec.Command(os.Args[0])
	cmd.Env = append(os.Environ(), "HELHED_RECOVERY_CHILD="+dir)
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	stdin, err := cmd.StdinPipe() // the child waits until this closes or it is killed
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if err != nil || !strings.HasPrefix(line, "ready ") {
		cmd.Process.Kill()
		cmd.Wait()
		t.Fatalf("the child said %q (%v)", line, err)
	}
	owner := strings.TrimSpace(strings.TrimPrefix(line, "ready "))

	s, _ := claimed(t, dir)
	if found, _ := s.List(); len(found) != 0 {
		t.Fatalf("the running child's copy is offered: %+v", found)
	}
	cmd.Process.Kill()
	cmd.Wait()
	found, _ := s.List()
	if len(found) != 1 || found[0].Owner != owner || found[0].Title != "Child's case" {
		t.Fatalf("after the child crashed, found %+v", found)
	}
}

// TestMain runs this test binary as the second program of TestACrashedProcessesCopyIsOffered
// when asked to, and as the tests otherwise.
func TestMain(m *testing.M) {
	if dir := os.Getenv("HELHED_RECOVERY_CHILD"); dir != "" {
		os.Exit(runChild(dir))
	}
	os.Exit(m.Run())
}

// runChild claims dir, writes a copy, says so and waits until its standard input closes or it is
// killed.
func runChild(dir string) int {
	s, claim, err := Store{Dir: dir}.Claim()
	if err != nil {
		os.Stdout.WriteString("claim: " + err.Error() + "\n")
		return 1
	}
	defer claim.Release() // held until the end: a dropped claim is closed by the collector
	runtime.GC()          // as it may at any time: the lock must survive it
	r, _, err := makeRecord("Child's case", "typed in the child", clock)
	if err == nil {
		err = s.Write(r)
	}
	if err != nil {
		os.Stdout.WriteString("write: " + err.Error() + "\n")
		return 1
	}
	os.Stdout.WriteString("ready " + s.Owner + "\n")
	bufio.NewReader(os.Stdin).ReadString('\n')
	return 0
}

// TestOpenElsewhereSeesACaseFileAnotherRunningWindowShows: opening a file another window has open
// would let the two overwrite each other's changes; a window that has ended, or crashed, shows
// nothing.
func TestOpenElsewhereSeesACaseFileAnotherRunningWindowShows(t *testing.T) {
	dir := t.TempDir()
	first, firstClaim := claimed(t, dir)
	second, _ := claimed(t, dir)
	cases := t.TempDir()
	file := filepath.Join(cases, "fald.mtv")
	if err := firstClaim.SetOpen(file); err != nil {
		t.Fatal(err)
	}
	if !second.OpenElsewhere(file) {
		t.Error("the second window does not see the file the first shows")
	}
	// The same file written another way is the same file.
	if !second.OpenElsewhere(filepath.Join(cases, "sub", "..", "fald.mtv")) {
		t.Error("a path with .. is not seen as the same file")
	}
	if second.OpenElsewhere(filepath.Join(cases, "video.mtv")) {
		t.Error("another file is seen as open")
	}
	if first.OpenElsewhere(file) {
		t.Error("a window sees its own file as open elsewhere")
	}
	// The first window shows another case, then ends.
	if err := firstClaim.SetOpen(""); err != nil {
		t.Fatal(err)
	}
	if second.OpenElsewhere(file) {
		t.Error("a file the first window no longer shows is seen as open")
	}
	firstClaim.SetOpen(file)
	firstClaim.Release()
	if second.OpenElsewhere(file) {
		t.Error("a file of a window that has ended is seen as open")
	}
	// A crashed window's note (its lock no longer held) is no window's.
	crashed := "5a1f3d1e-9a7b-4c55-8f7e-6f0f2b9e1c22"
	os.WriteFile(filepath.Join(dir, crashed+lockExt), nil, 0o600)
	os.WriteFile(filepath.Join(dir, crashed+openExt), []byte(samePathKey(file)), 0o600)
	if second.OpenElsewhere(file) {
		t.Error("a crashed window's file is seen as open")
	}
	if _, err := os.Stat(filepath.Join(dir, crashed+openExt)); !os.IsNotExist(err) {
		t.Errorf("the crashed window's note is still there: %v", err)
	}
}
