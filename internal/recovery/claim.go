package recovery

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/google/uuid"
)

// Two Helhed windows may run at once (two case files double-clicked, a teacher's folder beside a
// group's case), and they share the recovery folder. A copy that a running window keeps of its
// own unsaved work is not a crash's leftover: offering it in the other window would let that
// window discard it, or open the same case twice. So each running program claims an owner name:
// it holds an operating-system lock on "<owner>.lock" in the folder for as long as it runs, and
// writes that name into its copies. The system drops the lock when the program ends in any way,
// a crash or a power cut included, so a copy whose owner's lock can be taken is a leftover again.

// lockExt is the extension of the owners' lock files; List skips them (they are not Ext).
const lockExt = ".lock"

// Claim is this running program's hold on its owner name. Keep it until the window closes, then
// Release it: a Claim dropped without Release is closed by the garbage collector, and the lock
// goes with it.
type Claim struct {
	Owner string
	path  string
	file  *os.File
}

// Claim makes a new owner name for this running program, locks it, and returns the store that
// writes copies under that name. It also removes lock files that no running program holds.
func (s Store) Claim() (Store, *Claim, error) {
	if err := os.MkdirAll(s.Dir, 0o700); err != nil {
		return s, nil, fmt.Errorf("cannot make the recovery folder: %w", err)
	}
	s.sweepLocks()
	// Retried because a sweep by another program starting at the same moment may remove the
	// file between its creation here and the lock: a lock on a file no longer in the folder
	// protects nothing.
	for range 5 {
		owner := uuid.NewString()
		path := filepath.Join(s.Dir, owner+lockExt)
		f, err := os.OpenFile(path, os.O_RDWR|os.O_CREATE|os.O_EXCL, 0o600)
		if err != nil {
			return s, nil, fmt.Errorf("cannot claim the recovery folder: %w", err)
		}
		locked, err := tryLock(f)
		if err == nil && locked && sameFile(f, path) {
			s.Owner = owner
			return s, &Claim{Owner: owner, path: path, file: f}, nil
		}
		f.Close()
		if err != nil {
			os.Remove(path)
			return s, nil, fmt.Errorf("cannot lock %s: %w", path, err)
		}
	}
	return s, nil, errors.New("cannot claim the recovery folder: its lock files keep disappearing")
}

// Release gives the owner name up: the lock file goes, and copies still written under the name
// are leftovers to any later List. Releasing twice is no error.
func (c *Claim) Release() error {
	if c == nil || c.file == nil {
		return nil
	}
	removeFile(strings.TrimSuffix(c.path, lockExt) + openExt)
	removeLocked(c.file, c.path)
	c.file = nil
	return removeFile(c.path) // an error only where the file is still there
}

// inUse tells whether another running program holds owner's lock. A lock file nobody holds is
// a crashed program's: it is removed. Where it cannot be told (a file that cannot be opened), the
// copy counts as not in use: offering a live window's copy is better than hiding a crash's.
func (s Store) inUse(owner string) bool {
	if owner == "" || owner == s.Owner {
		return false
	}
	if _, err := uuid.Parse(owner); err != nil {
		return false // not a name Claim makes: never a path to follow
	}
	path := filepath.Join(s.Dir, owner+lockExt)
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return false
	}
	locked, err := tryLock(f)
	if err != nil || !locked {
		f.Close()
		return err == nil
	}
	removeLocked(f, path)
	return false
}

// sweepLocks removes the lock files of programs that no longer run.
func (s Store) sweepLocks() {
	for _, owner := range s.otherOwners(lockExt) {
		s.inUse(owner) // removes the file when nobody holds it
	}
}

// otherOwners are the owners, other than this store's, of the files in the folder named
// "<owner><ext>" (names that are not an owner Claim makes are left alone).
func (s Store) otherOwners(ext string) []string {
	entries, err := os.ReadDir(s.Dir)
	if err != nil {
		return nil
	}
	var owners []string
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, ext) {
			continue
		}
		owner := strings.TrimSuffix(name, ext)
		if _, err := uuid.Parse(owner); err == nil && owner != s.Owner {
			owners = append(owners, owner)
		}
	}
	return owners
}

// removeLocked removes a lock file this program holds locked, then lets it go: removed while
// still locked, so that no other program meanwhile takes it for a crashed one's. Where the system
// refuses to remove an open file (Windows), it is closed first; a program that opened it
// meanwhile is still safe, as Claim checks that its locked file is the one in the folder.
func removeLocked(f *os.File, path string) {
	if err := os.Remove(path); err != nil {
		f.Close()
		os.Remove(path)
		return
	}
	f.Close()
}

// sameFile tells whether path still names the open file f.
func sameFile(f *os.File, path string) bool {
	a, err := f.Stat()
	if err != nil {
		return false
	}
	b, err := os.Stat(path)
	return err == nil && os.SameFile(a, b)
}

// openExt is the extension of the file beside an owner's lock that names the case file its
// window shows, so that another window can tell that a file is open already (OpenElsewhere).
const openExt = ".open"

// SetOpen records that this program's window shows the case file at path ("" for none or a
// case never saved).
func (c *Claim) SetOpen(path string) error {
	if c == nil || c.file == nil {
		return nil
	}
	file := strings.TrimSuffix(c.path, lockExt) + openExt
	if path == "" {
		return removeFile(file)
	}
	return os.WriteFile(file, []byte(samePathKey(path)), 0o600)
}

// OpenElsewhere tells whether another running Helhed window shows the case file at path: two
// windows editing one file would each overwrite the other's changes when they save.
func (s Store) OpenElsewhere(path string) bool {
	if path == "" {
		return false
	}
	key := samePathKey(path)
	for _, owner := range s.otherOwners(openExt) {
		file := filepath.Join(s.Dir, owner+openExt)
		if !s.inUse(owner) {
			os.Remove(file) // a program that has ended
			continue
		}
		if data, err := os.ReadFile(file); err == nil && string(data) == key {
			return true
		}
	}
	return false
}

// samePathKey is path as two windows compare it: absolute and clean (and, on Windows and macOS,
// whose file systems ignore case, in lower case).
func samePathKey(path string) string {
	if abs, err := filepath.Abs(path); err == nil {
		path = abs
	}
	path = filepath.Clean(path)
	if runtime.GOOS == "windows" || runtime.GOOS == "darwin" {
		path = strings.ToLower(path)
	}
	return path
}
