// Package assessment is the case model: what a group knows and thinks about a technology.
// It is plain Go with no user interface; screens, files and reports read and write it.
//
// Every record carries a Meta: its ID, revision, when and by which member it was last changed,
// and a tombstone flag. Records are never removed from the slices, only marked deleted, so that
// merging members' copies later can tell a deletion from a record the other copy never had.
package assessment

import (
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
	// Versions is the record's version vector: how many of the record's changes each member
	// made in each editing session (versions.go explains why, and the keys).
	Versions Versions `json:"versions,omitempty"`
}

// Vector is the record's version vector as counts, also for a record that has none (from
// before version vectors): its revisions, counted under LegacyVersions.
func (m *Meta) Vector() Vector {
	if m.Versions == "" && m.Rev > 0 {
		return Vector{LegacyVersions: m.Rev}
	}
	return m.Versions.Counts()
}

// RecordMeta gives generic code outside this package (internal/merge) the Meta of any record.
func (m *Meta) RecordMeta() *Meta { return m }

// Touch records a change by e to the record: one more change by e.By in e.Session.
func (m *Meta) Touch(e Edit) { m.touch(e) }

// Edit says who makes a change, when, and in which editing session. The clock is passed in, so
// tests and examples are reproducible.
type Edit struct {
	By uuid.UUID
	At time.Time
	// Session identifies the editing session the change is made in: one opening of the case
	// by one program (the window draws a new one for every case it shows), so that two copies
	// of a case never count their changes under the same key, not even one member's copies on
	// two laptops (versions.go). uuid.Nil counts the change under the member alone, as version
	// 3 files did: only for a case's own creation (the new-case wizard, the command line's
	// new cases), the merge's bookkeeping and tests, never where a user edits a copy.
	Session uuid.UUID
}

// Now is an Edit by member at the current time, to the second, in no session: set one with In.
func Now(member uuid.UUID) Edit {
	return Edit{By: member, At: time.Now().UTC().Truncate(time.Second)}
}

// NewSession draws the ID of a new editing session.
func NewSession() uuid.UUID { return uuid.New() }

// In is the edit made in session.
func (e Edit) In(session uuid.UUID) Edit {
	e.Session = session
	return e
}

func newMeta(e Edit) Meta {
	return Meta{ID: uuid.New(), Rev: 1, ChangedAt: e.At, ChangedBy: e.By, Versions: VersionsOf(Vector{VersionKey(e.By, e.Session): 1})}
}

// touch records a change to the record.
func (m *Meta) touch(e Edit) {
	v := m.Vector()
	v[VersionKey(e.By, e.Session)]++
	m.Versions = VersionsOf(v)
	m.Rev++
	m.ChangedAt = e.At
	m.ChangedBy = e.By
}

// Live reports whether the record is not deleted.
func (m Meta) Live() bool { return !m.Deleted }
