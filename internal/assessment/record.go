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
	ID        uuid.UUID `json:"id"`
	Rev       int       `json:"rev"`
	ChangedAt time.Time `json:"changedAt"`
	// ChangedBy is the member at the keyboard; uuid.Nil when nobody was chosen.
	ChangedBy uuid.UUID `json:"changedBy"`
	Deleted   bool      `json:"deleted,omitempty"`
}

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
	return Meta{ID: uuid.New(), Rev: 1, ChangedAt: e.At, ChangedBy: e.By}
}

// touch records a change to the record.
func (m *Meta) touch(e Edit) {
	m.Rev++
	m.ChangedAt = e.At
	m.ChangedBy = e.By
}

// Live reports whether the record is not deleted.
func (m Meta) Live() bool { return !m.Deleted }
