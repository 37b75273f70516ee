// Package merge brings members' copies of a case back into the group's case, record by record
// (docs/case-format.md, "Merging members' copies"). A record changed in only one copy since the
// copies parted comes in; a record changed differently in two copies becomes a Conflict that
// keeps every version, for the group to resolve (Resolve). Merging is deterministic, does not
// depend on the order of the copies, and merging a copy already merged changes nothing.
//
// Which version has seen which is told by the records' version vectors, counted per member and
// editing session (assessment.Vector, internal/assessment/versions.go says why).
package merge

import (
	"encoding/json"
	"fmt"
	"reflect"
	"sort"
	"time"

	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/assessment"
)

// Copy is a member's copy of the group's case; Name (its file) names it in messages.
type Copy struct {
	Name string
	Case *assessment.Case
}

// Counts is what came in of one kind of record.
type Counts struct {
	Kind      string // as in the file: "answers", "rows", ...
	New       int    // records the group's case did not have
	Changed   int    // records that came in changed
	Deleted   int    // records deleted in a copy
	Conflicts int    // new conflicts
}

// Result is the merged case and what came in.
type Result struct {
	Case *assessment.Case
	// Counts has one entry per kind of record where something came in, in Kinds order.
	Counts []Counts
	// Conflicts are the conflicts this merge found that the group's case did not hold yet.
	Conflicts []assessment.Conflict
}

// Changed reports whether the merge changed the group's case.
func (r *Result) Changed() bool { return len(r.Counts) > 0 }

// ForeignError is a copy of another case: refused, nothing merged.
type ForeignError struct {
	Name        string
	Group, Copy uuid.UUID
	GroupTitle  string
	CopyTitle   string
}

func (e *ForeignError) Error() string {
	return fmt.Sprintf("%s is not a copy of this case: it is %q (case %s), the group's case is %q (case %s); nothing was merged",
		e.Name, e.CopyTitle, e.Copy, e.GroupTitle, e.Group)
}

// Merge merges the copies into the group's case and returns the result as a new case; it
// changes neither the group's case nor the copies. A copy of another case is refused
// (ForeignError) and nothing is merged.
func Merge(group *assessment.Case, copies []Copy) (*Result, error) {
	ins := []*assessment.Case{group}
	for _, c := range copies {
		if c.Case == nil {
			return nil, fmt.Errorf("%s: no case", c.Name)
		}
		if c.Case.ID != group.ID {
			return nil, &ForeignError{Name: c.Name, Group: group.ID, Copy: c.Case.ID,
				GroupTitle: group.Info.Title, CopyTitle: c.Case.Info.Title}
		}
		ins = append(ins, c.Case)
	}
	out := *group
	r := &run{out: &out, ins: ins, res: &Result{}}
	conflicts.merge(r)
	r.indexOpenConflicts()
	for _, k := range kinds {
		k.merge(r)
	}
	clone, err := deepCopy(&out)
	if err != nil {
		return nil, err
	}
	r.res.Case = clone
	for i := range r.res.Conflicts {
		if k := byConflictID(clone, r.res.Conflicts[i].ID); k != nil {
			r.res.Conflicts[i] = *k
		}
	}
	return r.res, nil
}

// run is one merge under way.
type run struct {
	out *assessment.Case   // the result, built kind by kind
	ins []*assessment.Case // the group's case, then the copies
	res *Result
	// open holds the open conflicts of the merged conflicts: per kind, per record ID, the
	// versions they hold (these compete again, so that nothing in a conflict is lost), and per
	// kind and slot, their indices in out.Conflicts.
	open      map[string]map[uuid.UUID][]json.RawMessage
	openSlots map[string]map[string][]int
}

func (r *run) indexOpenConflicts() {
	r.open = map[string]map[uuid.UUID][]json.RawMessage{}
	r.openSlots = map[string]map[string][]int{}
	for i, k := range r.out.Conflicts {
		if k.Deleted {
			continue
		}
		if r.open[k.Kind] == nil {
			r.open[k.Kind] = map[uuid.UUID][]json.RawMessage{}
			r.openSlots[k.Kind] = map[string][]int{}
		}
		r.openSlots[k.Kind][k.Slot] = append(r.openSlots[k.Kind][k.Slot], i)
		for _, v := range k.Versions {
			var m struct {
				ID uuid.UUID `json:"id"`
			}
			if json.Unmarshal(v.Record, &m) == nil {
				r.open[k.Kind][m.ID] = append(r.open[k.Kind][m.ID], v.Record)
			}
		}
	}
}

// settle records the conflict found in slot of kind (nil versions: none) and closes the open
// conflicts of that slot it replaces. at is when the slot last changed.
func (r *run) settle(kindName, slot string, versions []assessment.ConflictVersion, at time.Time) {
	var id uuid.UUID
	if len(versions) > 0 {
		fp := kindName + "\n" + slot
		for _, v := range versions {
			fp += "\n" + string(v.Record)
		}
		id = uuid.NewSHA1(r.out.ID, []byte(fp))
	}
	have := false
	for _, i := range r.openSlots[kindName][slot] {
		k := &r.out.Conflicts[i]
		if k.ID == id {
			have = true
			continue
		}
		// Replaced by a conflict that holds its versions, or resolved in a copy.
		k.Deleted = true
		k.Touch(assessment.Edit{By: uuid.Nil, At: at})
	}
	if id == uuid.Nil || have {
		return
	}
	if byConflictID(r.out, id) != nil {
		return // resolved already: a tombstone with this ID
	}
	k := assessment.Conflict{
		Meta: assessment.Meta{ID: id, Rev: 1, ChangedAt: at, ChangedBy: uuid.Nil,
			Versions: assessment.VersionsOf(map[string]int{uuid.Nil.String(): 1})},
		Kind: kindName, Slot: slot, Versions: versions}
	r.out.Conflicts = append(r.out.Conflicts, k)
	if byConflictID(r.ins[0], id) == nil {
		r.res.Conflicts = append(r.res.Conflicts, k)
		r.count(kindName).Conflicts++
	}
}

func (r *run) count(kindName string) *Counts {
	for i := range r.res.Counts {
		if r.res.Counts[i].Kind == kindName {
			return &r.res.Counts[i]
		}
	}
	r.res.Counts = append(r.res.Counts, Counts{Kind: kindName})
	sort.SliceStable(r.res.Counts, func(i, j int) bool {
		return kindIndex(r.res.Counts[i].Kind) < kindIndex(r.res.Counts[j].Kind)
	})
	return r.count(kindName)
}

func kindIndex(name string) int {
	for i, k := range kinds {
		if k.name() == name {
			return i
		}
	}
	return len(kinds)
}

func byConflictID(c *assessment.Case, id uuid.UUID) *assessment.Conflict {
	for i := range c.Conflicts {
		if c.Conflicts[i].ID == id {
			return &c.Conflicts[i]
		}
	}
	return nil
}

// deepCopy copies the case so that the result shares no list or map with the group's case or
// the copies (strings are shared: they cannot change). The framework copy is shared: nothing
// edits it.
func deepCopy(c *assessment.Case) (*assessment.Case, error) {
	out := *c
	v := reflect.ValueOf(&out).Elem()
	for i := range v.NumField() {
		if f := v.Field(i); f.Kind() == reflect.Slice || f.Kind() == reflect.Struct {
			f.Set(cloneValue(f))
		}
	}
	return &out, nil
}

// cloneValue copies v with fresh lists and maps all the way down (pointers are kept).
func cloneValue(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.Struct:
		out := reflect.New(v.Type()).Elem()
		out.Set(v)
		for i := range v.NumField() {
			if f := out.Field(i); f.CanSet() {
				f.Set(cloneValue(v.Field(i)))
			}
		}
		return out
	case reflect.Slice:
		if v.IsNil() {
			return v
		}
		out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		if k := v.Type().Elem().Kind(); k != reflect.Struct && k != reflect.Slice && k != reflect.Map {
			reflect.Copy(out, v)
			return out
		}
		for i := range v.Len() {
			out.Index(i).Set(cloneValue(v.Index(i)))
		}
		return out
	case reflect.Map:
		if v.IsNil() {
			return v
		}
		out := reflect.MakeMapWithSize(v.Type(), v.Len())
		for it := v.MapRange(); it.Next(); {
			out.SetMapIndex(it.Key(), cloneValue(it.Value()))
		}
		return out
	default:
		return v
	}
}
