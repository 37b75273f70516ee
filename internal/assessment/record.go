// Package assessment is the case model: what a group knows and thinks about a technology.
// It is plain Go with no user interface; screens, files and reports read and write it.
//
// Every record carries a Meta: its ID, revision, when and by which member it was last changed,
// and a tombstone flag. Records are never removed from the slices, only marked deleted, so that
// merging members' copies later can tell a deletion from a record the other copy never had.
package assessment

import (
	"maps"
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
	// Treat it as a value: it is replaced, never changed in place, as copies of a record share it.
	Versions Versions `json:"versions,omitempty"`
}

// Versions is a version vector: member ID (as text) → number of changes by that member.
type Versions map[string]int

// LegacyVersions is the key under which a record from a version 2 file (before version
// vectors) counts its revisions: it is not known who made them.
const LegacyVersions = "before-version-3"

// Vector is the record's version vector, also for a record that has none (from before
// version vectors): its revisions, counted under LegacyVersions.
func (m *Meta) Vector() Versions {
	if len(m.Versions) == 0 && m.Rev > 0 {
		return Versions{LegacyVersions: m.Rev}
	}
	return m.Versions
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
	return Meta{ID: uuid.New(), Rev: 1, ChangedAt: e.At, ChangedBy: e.By, Versions: Versions{e.By.String(): 1}}
}

// touch records a change to the record.
func (m *Meta) touch(e Edit) {
	v := maps.Clone(m.Vector())
	if v == nil {
		v = Versions{}
	}
	v[e.By.String()]++
	m.Versions = v
	m.Rev++
	m.ChangedAt = e.At
	m.ChangedBy = e.By
}

// Live reports whether the record is not deleted.
func (m Meta) Live() bool { return !m.Deleted }
