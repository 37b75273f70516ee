package assessment

import (
	"encoding/json"

	"github.com/google/uuid"
)

// Conflict is a place where members' copies changed the case differently since they parted
// (internal/merge): two or more versions of one record, or two records where the case holds one
// (two members each answered the same question in their own copy). All versions are kept here,
// side by side, until the group chooses one, combines them or writes a new one; meanwhile the
// case shows one of them. A resolved conflict is a tombstone, like any deleted record.
type Conflict struct {
	Meta
	// Kind is the case field the records are in, as in the file: "answers", "rows", "info", ...
	Kind string `json:"kind"`
	// Slot names what the versions are versions of: the record's ID, or for records the case
	// holds one of (an answer per question, a rating per member and domain, ...) that key.
	Slot string `json:"slot"`
	// Versions are the competing versions in a fixed order (by author, then content).
	Versions []ConflictVersion `json:"versions"`
}

// ConflictVersion is one version of a record in conflict: the whole record, Meta included,
// as it is written in the file.
type ConflictVersion struct {
	// Author is the member who last changed this version (uuid.Nil: nobody chosen).
	Author uuid.UUID       `json:"author"`
	Record json.RawMessage `json:"record"`
}

// OpenConflicts returns the conflicts the group has not resolved yet.
func (c *Case) OpenConflicts() []Conflict {
	var out []Conflict
	for _, k := range c.Conflicts {
		if k.Live() {
			out = append(out, k)
		}
	}
	return out
}
