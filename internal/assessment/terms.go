package assessment

import (
	"fmt"
	"strings"

	"github.com/google/uuid"
)

// Term is a word the group defines for itself, beside the framework's glossary: the shared
// vocabulary of an interdisciplinary group ("the nurses' 'tilsyn' is the doctors' 'visitation'").
// Like every record it carries a Meta and is kept, once deleted, as a tombstone in Case.Terms.
type Term struct {
	Meta
	Term       string `json:"term"`
	Definition string `json:"definition"`
}

// AddTerm adds a term of the group's own.
func (c *Case) AddTerm(e Edit, term, definition string) *Term {
	c.Terms = append(c.Terms, Term{Meta: newMeta(e), Term: term, Definition: definition})
	return &c.Terms[len(c.Terms)-1]
}

// UpdateTerm changes a term of the group's own.
func (c *Case) UpdateTerm(e Edit, id uuid.UUID, fn func(*Term)) error {
	return change(c.Terms, id, e, fn)
}

// DeleteTerm removes a term of the group's own (it stays as a tombstone).
func (c *Case) DeleteTerm(e Edit, id uuid.UUID) error { return tombstone(c.Terms, id, e) }

// LiveTerms returns the group's terms not deleted, in the order they were added.
func (c *Case) LiveTerms() []Term {
	var out []Term
	for _, t := range c.Terms {
		if t.Live() {
			out = append(out, t)
		}
	}
	return out
}

// checkTerms is Check's part for the group's terms: every record's Meta, and a live term has a
// word. Two live terms may share a word (two members' copies may each add it); the glossary
// shows both for the group to merge.
func (c *Case) checkTerms(meta, changedBy func(where string, m Meta), bad func(format string, args ...any)) {
	for i, t := range c.Terms {
		where := fmt.Sprintf("terms[%d]", i)
		meta(where, t.Meta)
		changedBy(where, t.Meta)
		if t.Live() && strings.TrimSpace(t.Term) == "" {
			bad("%s.term: missing", where)
		}
	}
}
