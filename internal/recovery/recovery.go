// Package recovery keeps copies of unsaved cases, so that work survives a crash or a power cut.
//
// While a case has unsaved changes, the window writes the whole case to a recovery file a couple
// of seconds after the last edit: one file per open case, named after the case's ID, in a folder
// the caller chooses (the app's storage folder). A normal save, or the user's choice not to save,
// removes it. At the next start the files still there are the work a crash interrupted, and
// List offers them, newest first.
//
// The package is plain Go: the Store reads and writes files, the Queue writes them on a goroutine
// of its own (given only bytes, never the case itself), the Debouncer waits for a pause in the
// editing. None of them knows about windows.
package recovery

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/casefile"
)

// Format is the "format" field of every recovery file.
const Format = "helhed-recovery"

// Version is the layout of recovery files this build writes and reads.
const Version = 1

// Ext is the extension of recovery files.
const Ext = ".recovery"

// Record is one recovery copy: the case file bytes of an unsaved case and where it belongs.
type Record struct {
	CaseID  uuid.UUID
	Title   string    // the case's title when it was written, for the question at start
	Path    string    // the case's own file, or "" for a case never saved
	SavedAt time.Time // when the copy was taken
	Data    []byte    // the case as casefile.Encode writes it
}

// header is the top of a recovery file; the case follows it in the same JSON object.
type header struct {
	Format  string    `json:"format"`
	Version int       `json:"version"`
	CaseID  uuid.UUID `json:"caseId"`
	Title   string    `json:"title"`
	Path    string    `json:"path"`
	SavedAt time.Time `json:"savedAt"`
	Owner   string    `json:"owner,omitempty"` // the running program that writes it (claim.go)
}

// Found is a recovery file read back at start.
type Found struct {
	Record
	File  string           // the recovery file
	Case  *assessment.Case // the case it holds
	Owner string           // the program that wrote it, "" in copies from before owners
}

// Problem is a file in the recovery folder that cannot be read. It is reported and left where it
// is: it may hold the only copy of someone's work.
type Problem struct {
	File string
	Err  error
}

func (p Problem) Error() string { return p.File + ": " + p.Err.Error() }

// Store keeps recovery files in Dir, which is made on the first write. Owner, set by Claim, is
// written into every copy: List leaves out the copies whose owner is still running.
type Store struct {
	Dir   string
	Owner string
}

// FileFor is the recovery file of the case with the given ID.
func (s Store) FileFor(id uuid.UUID) string { return filepath.Join(s.Dir, id.String()+Ext) }

// Write writes r to its case's recovery file atomically: after a crash the file holds either the
// previous copy or this one, whole.
func (s Store) Write(r Record) error {
	if r.CaseID == uuid.Nil {
		return errors.New("recovery: a case without an ID cannot be kept")
	}
	if err := os.MkdirAll(s.Dir, 0o700); err != nil {
		return fmt.Errorf("cannot make the recovery folder: %w", err)
	}
	return casefile.WriteAtomic(s.FileFor(r.CaseID), encode(r, s.Owner), false)
}

// encode is the recovery file for r: one JSON object, the header fields followed by "case" with
// the case file bytes as they are (not encoded again).
func encode(r Record, owner string) []byte {
	h, _ := json.Marshal(header{Format: Format, Version: Version, CaseID: r.CaseID, Title: r.Title,
		Path: r.Path, SavedAt: r.SavedAt, Owner: owner}) // a struct of strings and a time: cannot fail
	var b bytes.Buffer
	b.Grow(len(h) + len(r.Data) + 16)
	b.Write(h[:len(h)-1]) // without the closing brace
	b.WriteString(",\n\"case\": ")
	b.Write(bytes.TrimSpace(r.Data))
	b.WriteString("}\n")
	return b.Bytes()
}

// Read reads one recovery file.
func Read(file string) (Found, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return Found{}, err
	}
	return decode(data, file)
}

func decode(data []byte, file string) (Found, error) {
	var v struct {
		header
		Case json.RawMessage `json:"case"`
	}
	if err := json.Unmarshal(data, &v); err != nil {
		return Found{}, casefile.JSONError(filepath.Base(file), data, err)
	}
	if v.Format != Format {
		return Found{}, fmt.Errorf("is not a Helhed recovery file (format %q)", v.Format)
	}
	if v.Version > Version {
		return Found{}, fmt.Errorf("was written by a newer version of Helhed (recovery file version %d)", v.Version)
	}
	if len(v.Case) == 0 {
		return Found{}, errors.New("holds no case")
	}
	c, err := casefile.Decode(v.Case, filepath.Base(file))
	if err != nil {
		return Found{}, err
	}
	f := Found{File: file, Case: c, Owner: v.Owner, Record: Record{CaseID: c.ID, Title: v.Title, Path: v.Path,
		SavedAt: v.SavedAt, Data: v.Case}}
	if f.Title == "" {
		f.Title = c.Info.Title
	}
	return f, nil
}

// List reads every recovery file in the folder, newest first: the work of programs that ended
// without saving it. The copies of another Helhed still running are left out (and alone). Files
// that cannot be read are returned as problems and left in place. A folder that does not exist
// holds nothing.
func (s Store) List() ([]Found, []Problem) {
	entries, err := os.ReadDir(s.Dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, []Problem{{File: s.Dir, Err: err}}
	}
	var found []Found
	var problems []Problem
	for _, e := range entries {
		name := e.Name()
		// Skip what is not a recovery file, including the temporary files of a write that a
		// crash interrupted (".<name>.tmp-*"): the previous copy is still whole beside them.
		if e.IsDir() || strings.HasPrefix(name, ".") || !strings.HasSuffix(name, Ext) {
			continue
		}
		file := filepath.Join(s.Dir, name)
		f, err := Read(file)
		if err != nil {
			// A copy that cannot be read here may still be a running program's (a newer
			// Helhed's): such a one is not this window's to report, nor to delete.
			if !s.inUse(ownerOf(file)) {
				problems = append(problems, Problem{File: file, Err: err})
			}
			continue
		}
		if s.inUse(f.Owner) {
			continue
		}
		found = append(found, f)
	}
	sort.SliceStable(found, func(i, j int) bool { return found[i].SavedAt.After(found[j].SavedAt) })
	return found, problems
}

// Remove removes the recovery file of the case with the given ID; none there is no error.
func (s Store) Remove(id uuid.UUID) error { return removeFile(s.FileFor(id)) }

// ErrInUse is Discard's refusal of a copy that another running Helhed has taken over since List
// offered it (it recovered the same case meanwhile): that window's unsaved work.
var ErrInUse = errors.New("another Helhed window that is still open keeps its unsaved work in this copy now")

// Discard removes a recovery file that List found (or reported as a problem), after the user
// chose not to recover it. It removes only files in the store's folder, and refuses one that
// another running program has written since (ErrInUse).
func (s Store) Discard(file string) error {
	if filepath.Dir(file) != filepath.Clean(s.Dir) {
		return fmt.Errorf("%s is not in the recovery folder %s", file, s.Dir)
	}
	if s.inUse(ownerOf(file)) {
		return ErrInUse
	}
	return removeFile(file)
}

// ownerOf reads the owner from a recovery file's header without decoding the case: "" where the
// file has none or cannot be read as far as that.
func ownerOf(file string) string {
	data, err := os.ReadFile(file)
	if err != nil {
		return ""
	}
	var h struct {
		Owner string `json:"owner"`
	}
	if json.Unmarshal(data, &h) == nil {
		return h.Owner
	}
	// A cut-off file: the owner stands in the header, before the case.
	i := bytes.Index(data, []byte(`"owner":`))
	if i < 0 {
		return ""
	}
	rest := bytes.TrimLeft(data[i+len(`"owner":`):], " ")
	var owner string
	if dec := json.NewDecoder(bytes.NewReader(rest)); dec.Decode(&owner) == nil {
		return owner
	}
	return ""
}

func removeFile(file string) error {
	if err := os.Remove(file); err != nil && !errors.Is(err, os.ErrNotExist) {
		return err
	}
	return nil
}
