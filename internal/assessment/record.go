// Package assessment is the case model: what a group knows and thinks about a technology.
// It is plain Go with no user interface; screens, files and reports read and write it.
//
// Every record carries a Meta: its ID, revision, when and by which member it was last changed,
// and a tombstone flag. Records are never removed from the slices, only marked deleted, so that
// merging members' copies later can tell a deletion from a record the other copy never had.
package assessment

import (
	"encoding/json"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/google/uuid"
)

// Meta is the bookkeeping every record carries.
type Meta struct {
	ID uuid.UUID `json:"id"`
	// Rev counts the record's changes: the sum of Versions.
	Rev       int       `json:"rev"`
	ChangedAt time.Time `json:"changedAt"`
	// ChangedBy is the member at the keyboard; uuid.Nil when nobody was chosen.
	ChangedBy uuid.UUID `json:"changedBy"`
	Deleted   bool      `json:"deleted,omitempty"`
	// Versions is the record's version vector: for each member (by ID as text; the nil UUID
	// for changes made with nobody chosen) how many of the record's changes they made. A
	// single revision number cannot tell "changed in two copies since they parted" from "one
	// copy is simply newer"; the vector can: a version that counts at least as many changes
	// from every member as another has seen all of the other's changes (internal/merge).
	Versions Versions `json:"versions,omitempty"`
}

// Versions is a version vector: member ID (as text) → number of changes by that member. It is
// kept as text in a fixed order ("id=3;id=1;"), so that it is a plain value: a Meta, and every
// record, stays comparable with ==, and a copy of a record never shares it. In the file it is a
// JSON object.
type Versions string

// VersionsOf is the vector with the given counts (counts of 0 are left out).
func VersionsOf(counts map[string]int) Versions {
	keys := make([]string, 0, len(counts))
	for k, n := range counts {
		if n > 0 {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		b.WriteString(k)
		b.WriteByte('=')
		b.WriteString(strconv.Itoa(counts[k]))
		b.WriteByte(';')
	}
	return Versions(b.String())
}

// Counts is the vector as a map; a malformed entry is left out.
func (v Versions) Counts() map[string]int {
	out := make(map[string]int, strings.Count(string(v), ";"))
	for _, part := range strings.Split(string(v), ";") {
		k, n, ok := strings.Cut(part, "=")
		if !ok {
			continue
		}
		if c, err := strconv.Atoi(n); err == nil && c > 0 {
			out[k] = c
		}
	}
	return out
}

// MarshalJSON writes the vector as a JSON object.
func (v Versions) MarshalJSON() ([]byte, error) { return json.Marshal(v.Counts()) }

// UnmarshalJSON reads the vector from a JSON object.
func (v *Versions) UnmarshalJSON(data []byte) error {
	var counts map[string]int
	if err := json.Unmarshal(data, &counts); err != nil {
		return err
	}
	*v = VersionsOf(counts)
	return nil
}

// LegacyVersions is the key under which a record from a version 2 file (before version
// vectors) counts its revisions: it is not known who made them.
const LegacyVersions = "before-version-3"

// Vector is the record's version vector as counts, also for a record that has none (from
// before version vectors): its revisions, counted under LegacyVersions.
func (m *Meta) Vector() map[string]int {
	if m.Versions == "" && m.Rev > 0 {
		return map[string]int{LegacyVersions: m.Rev}
	}
	return m.Versions.Counts()
}

// RecordMeta gives generic code outside this package (internal/merge) the Meta of any record.
func (m *Meta) RecordMeta() *Meta { return m }

// Touch records a change by e to the record: one more change by e.By.
func (m *Meta) Touch(e Edit) { m.touch(e) }

// Edit says who makes a change and when. The clock is passed in, so tests and examples are
// reproducible.
type Edit struct {
	By uuid.UUID
	At time.Time
}

// Now is an Edit by member at the current time, to the second.
func Now(member uuid.UUID) Edit {
	return Edit{By: member, At: time.Now().UTC().Truncate(time.Second)}
}

func newMeta(e Edit) Meta {
	return Meta{ID: uuid.New(), Rev: 1, ChangedAt: e.At, ChangedBy: e.By, Versions: VersionsOf(map[string]int{e.By.String(): 1})}
}

// touch records a change to the record.
func (m *Meta) touch(e Edit) {
	v := m.Vector()
	v[e.By.String()]++
	m.Versions = VersionsOf(v)
	m.Rev++
	m.ChangedAt = e.At
	m.ChangedBy = e.By
}

// Live reports whether the record is not deleted.
func (m Meta) Live() bool { return !m.Deleted }
