package merge

import (
	"encoding/json"
	"errors"
	"fmt"

	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/assessment"
)

// Resolve settles an open conflict of case c with the version the group chose: one of the
// conflict's versions as it was (Keep), or with its text edited (WithText). The chosen version
// becomes the record, counted as a change by e.By on top of every version in the conflict, so
// it supersedes them all: merging an old copy again brings none of them back. Where the
// versions are different records (two answers to one question), the others are deleted. The
// conflict becomes a tombstone.
func Resolve(c *assessment.Case, e assessment.Edit, conflictID uuid.UUID, chosen json.RawMessage) error {
	k := byConflictID(c, conflictID)
	if k == nil || k.Deleted {
		return fmt.Errorf("no open conflict %s", conflictID)
	}
	kd := kindNamed(k.Kind)
	if kd == nil {
		return fmt.Errorf("conflict %s: this Helhed does not know records of kind %q", conflictID, k.Kind)
	}
	if err := kd.resolve(c, e, k, chosen); err != nil {
		return err
	}
	k.Deleted = true
	k.Touch(e)
	return nil
}

// Current returns the records of the conflict as the case now holds them where they say
// something none of the conflict's versions says: a change the group made after the merge.
// The group should see them beside the versions, as resolving supersedes them too.
func Current(c *assessment.Case, k assessment.Conflict) []json.RawMessage {
	if kd := kindNamed(k.Kind); kd != nil {
		return kd.current(c, k)
	}
	return nil
}

// Keep is version i of the conflict, as it is.
func Keep(k assessment.Conflict, i int) json.RawMessage { return k.Versions[i].Record }

// Text is the editable text of version i of the conflict ("" when its kind has none).
func Text(k assessment.Conflict, i int) string {
	field := TextField(k.Kind)
	if field == "" {
		return ""
	}
	var m map[string]json.RawMessage
	if json.Unmarshal(k.Versions[i].Record, &m) != nil {
		return ""
	}
	var s string
	_ = json.Unmarshal(m[field], &s)
	return s
}

// WithText is version i of the conflict with its text replaced: the group's combination.
func WithText(k assessment.Conflict, i int, text string) (json.RawMessage, error) {
	field := TextField(k.Kind)
	if field == "" {
		return nil, fmt.Errorf("records of kind %q have no text to edit", k.Kind)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(k.Versions[i].Record, &m); err != nil {
		return nil, err
	}
	t, _ := json.Marshal(text)
	m[field] = t
	m["deleted"] = json.RawMessage("false") // a written text brings a deleted record back
	return json.Marshal(m)
}

func (l *list[T, P]) resolve(c *assessment.Case, e assessment.Edit, k *assessment.Conflict, chosen json.RawMessage) error {
	var x T
	if err := json.Unmarshal(chosen, &x); err != nil {
		return fmt.Errorf("the chosen version cannot be read: %w", err)
	}
	target := meta[T, P](&x).ID
	// Every record of the slot, and everything any version has seen.
	seen := assessment.Vector{}
	ids := map[uuid.UUID]bool{}
	for _, v := range k.Versions {
		var y T
		if err := json.Unmarshal(v.Record, &y); err != nil {
			return err
		}
		m := meta[T, P](&y)
		seen = seen.Join(m.Vector())
		ids[m.ID] = true
	}
	if !ids[target] {
		return errors.New("the chosen version is not one of the conflict's")
	}
	xs := l.get(c)
	found := false
	for i := range xs {
		m := meta[T, P](&xs[i])
		if !ids[m.ID] {
			continue
		}
		seen = seen.Join(m.Vector()) // also a change made since the merge
		if m.ID == target {
			found = true
		}
	}
	for i := range xs {
		m := meta[T, P](&xs[i])
		if !ids[m.ID] || m.ID == target {
			continue
		}
		m.Versions, m.Rev, m.Deleted = assessment.VersionsOf(seen), seen.Total(), true
		m.Touch(e)
	}
	mx := meta[T, P](&x)
	mx.Versions, mx.Rev = assessment.VersionsOf(seen), seen.Total()
	mx.Touch(e)
	if found {
		for i := range xs {
			if meta[T, P](&xs[i]).ID == target {
				xs[i] = x
			}
		}
	} else {
		xs = append(xs, x)
	}
	l.set(c, xs)
	return nil
}

func (l *list[T, P]) current(c *assessment.Case, k assessment.Conflict) []json.RawMessage {
	var versions []T
	ids := map[uuid.UUID]bool{}
	for _, v := range k.Versions {
		var y T
		if json.Unmarshal(v.Record, &y) == nil {
			versions = append(versions, y)
			ids[meta[T, P](&y).ID] = true
		}
	}
	var out []json.RawMessage
	xs := l.get(c)
	for i := range xs {
		x := &xs[i]
		if !ids[meta[T, P](x).ID] {
			continue
		}
		said := false
		for j := range versions {
			said = said || l.same(x, &versions[j])
		}
		if !said {
			if data, err := json.Marshal(x); err == nil {
				out = append(out, data)
			}
		}
	}
	return out
}
