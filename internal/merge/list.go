package merge

import (
	"bytes"
	"encoding/json"
	"sort"
	"time"

	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/assessment"
)

// kind is one kind of record of the case, merged and resolved the same way as every other.
type kind interface {
	name() string
	textField() string
	merge(r *run)
	resolve(c *assessment.Case, e assessment.Edit, k *assessment.Conflict, chosen json.RawMessage) error
	current(c *assessment.Case, k assessment.Conflict) []json.RawMessage
}

// rec is a pointer to a record: a struct that embeds assessment.Meta.
type rec[T any] interface {
	*T
	RecordMeta() *assessment.Meta
}

// list is a kind of record kept in a list of the case (or, for one, a single field).
type list[T any, P rec[T]] struct {
	kindName string
	text     string
	field    func(*assessment.Case) *[]T // the list; nil for a single record
	single   func(*assessment.Case) *T   // the single record; nil for a list
	key      func(*T) string             // nil: any number of records may be live
	// isConflicts marks the conflicts themselves: their versions never compete (a conflict's
	// content follows from its ID), only open against resolved.
	isConflicts bool
}

func many[T any, P rec[T]](name, text string, field func(*assessment.Case) *[]T, key func(*T) string) kind {
	return &list[T, P]{kindName: name, text: text, field: field, key: key}
}

func one[T any, P rec[T]](name, text string, single func(*assessment.Case) *T) kind {
	return &list[T, P]{kindName: name, text: text, single: single,
		key: func(*T) string { return name }}
}

func (l *list[T, P]) name() string      { return l.kindName }
func (l *list[T, P]) textField() string { return l.text }

func (l *list[T, P]) get(c *assessment.Case) []T {
	if l.single != nil {
		return []T{*l.single(c)}
	}
	return *l.field(c)
}

func (l *list[T, P]) set(c *assessment.Case, xs []T) {
	if l.single != nil {
		if len(xs) > 0 {
			*l.single(c) = xs[0]
		}
		return
	}
	*l.field(c) = xs
}

func meta[T any, P rec[T]](x *T) *assessment.Meta { return P(x).RecordMeta() }

// same reports whether two versions say the same: both deleted, or both live with the same
// content.
func (l *list[T, P]) same(a, b *T) bool {
	ma, mb := meta[T, P](a), meta[T, P](b)
	if ma.Deleted || mb.Deleted {
		return ma.Deleted == mb.Deleted
	}
	return assessment.SameContent[T, P](a, b)
}

// latest orders versions: the later change first, then a fixed order.
func latest(a, b *assessment.Meta) bool {
	if !a.ChangedAt.Equal(b.ChangedAt) {
		return a.ChangedAt.After(b.ChangedAt)
	}
	if a.ChangedBy != b.ChangedBy {
		return a.ChangedBy.String() < b.ChangedBy.String()
	}
	return a.Vector().String() < b.Vector().String()
}

// overreaches reports whether the joined vector v of the versions in group g would pass for
// having seen a version with other content that none of them has seen. That happens only with
// changes counted under a member alone, from before editing sessions (one member in two copies,
// so two different changes carry the same count); the group's versions are then kept apart in
// the conflict, so that nothing passes for seen that was not.
func (l *list[T, P]) overreaches(v assessment.Vector, g, keep []T) bool {
	for i := range keep {
		if !l.same(&keep[i], &g[0]) && v.Covers(meta[T, P](&keep[i]).Vector()) {
			return true
		}
	}
	return false
}

// first orders two versions of a record totally, whatever copy they come from: the later
// change first, then by author, vector and content.
func (l *list[T, P]) first(a, b *T) bool {
	ma, mb := meta[T, P](a), meta[T, P](b)
	if latest(ma, mb) {
		return true
	}
	if latest(mb, ma) {
		return false
	}
	ja, _ := json.Marshal(a)
	jb, _ := json.Marshal(b)
	return string(ja) < string(jb)
}

// duplicate reports whether a, which says the same as b with the same vector, is kept rather
// than b: the later change, or where both are alike in everything a merge compares, the first
// (earlier says whether a comes first among the candidates).
func (l *list[T, P]) duplicate(a, b *T, earlier bool) bool {
	ma, mb := meta[T, P](a), meta[T, P](b)
	if !ma.ChangedAt.Equal(mb.ChangedAt) || ma.ChangedBy != mb.ChangedBy {
		return latest(ma, mb)
	}
	if !ma.Deleted {
		return earlier // alike: the same content, the same meta
	}
	ja, _ := json.Marshal(a) // two tombstones may differ in what they keep
	jb, _ := json.Marshal(b)
	if string(ja) == string(jb) {
		return earlier
	}
	return string(ja) < string(jb)
}

// outcome is the merge of one record ID: one version, or competing ones.
type outcome[T any] struct {
	id       uuid.UUID
	versions []T // the competing versions in fixed order; one when there is no conflict
	pick     T   // what the case holds meanwhile
}

// settle reduces the versions of one record to those no other version has seen (dropping
// duplicates), and joins those that say the same. More than one left is a conflict.
func (l *list[T, P]) settle(cands []T) []T {
	if len(cands) == 1 {
		return cands
	}
	// keep holds the versions no other version seen so far supersedes; most records are the
	// same in every copy, so it mostly holds one.
	var keep []T
	var keepVecs []assessment.Vector
	for i := range cands {
		a := &cands[i]
		va := meta[T, P](a).Vector()
		superseded := false
		for j := 0; j < len(keep) && !superseded; j++ {
			b, vb := &keep[j], keepVecs[j]
			if vb.Covers(va) && (!va.Covers(vb) || (l.same(a, b) && l.duplicate(b, a, true))) {
				superseded = true // b has seen all of a, and more; or a is a duplicate of b
			}
		}
		if superseded {
			continue
		}
		// a supersedes the kept versions it has seen all of (and its duplicates it is preferred to).
		n := 0
		for j := range keep {
			b, vb := &keep[j], keepVecs[j]
			if va.Covers(vb) && (!vb.Covers(va) || l.same(a, b)) {
				continue
			}
			keep[n], keepVecs[n] = keep[j], keepVecs[j]
			n++
		}
		keep, keepVecs = append(keep[:n], *a), append(keepVecs[:n], va)
	}
	if len(keep) == 1 {
		return keep
	}
	// Join the versions that say the same (reached in two copies, or both deleted).
	var groups [][]T
	for _, a := range keep {
		placed := false
		for g := range groups {
			if l.same(&groups[g][0], &a) {
				groups[g] = append(groups[g], a)
				placed = true
				break
			}
		}
		if !placed {
			groups = append(groups, []T{a})
		}
	}
	out := make([]T, 0, len(groups))
	for _, g := range groups {
		best := 0
		v := assessment.Vector{}
		for i := range g {
			m := meta[T, P](&g[i])
			v = v.Join(m.Vector())
			if l.first(&g[i], &g[best]) {
				best = i
			}
		}
		if len(g) > 1 && l.overreaches(v, g, keep) {
			out = append(out, g...) // kept apart, so that resolving the conflict supersedes each
			continue
		}
		x := g[best]
		if len(g) > 1 {
			m := meta[T, P](&x)
			m.Versions, m.Rev = assessment.VersionsOf(v), v.Total()
		}
		out = append(out, x)
	}
	return out
}

func (l *list[T, P]) merge(r *run) {
	group := l.get(r.ins[0])
	before := make(map[uuid.UUID]*T, len(group))
	var order []uuid.UUID
	cands := map[uuid.UUID][]T{}
	for n, c := range r.ins {
		xs := l.get(c)
		for i := range xs {
			id := meta[T, P](&xs[i]).ID
			if _, seen := cands[id]; !seen {
				order = append(order, id)
			}
			if n == 0 {
				before[id] = &xs[i]
			}
			cands[id] = append(cands[id], xs[i])
		}
	}
	for id, raws := range r.open[l.kindName] {
		for _, raw := range raws {
			var x T
			if json.Unmarshal(raw, &x) == nil {
				if _, seen := cands[id]; !seen {
					order = append(order, id)
				}
				cands[id] = append(cands[id], x)
			}
		}
	}

	outcomes := make([]outcome[T], 0, len(order))
	for _, id := range order {
		vs := l.settle(cands[id])
		o := outcome[T]{id: id, versions: vs, pick: vs[0]}
		if len(vs) > 1 {
			if l.isConflicts {
				o.pick = l.preferResolved(vs)
				o.versions = []T{o.pick}
			} else {
				sortVersions[T, P](vs)
				o.pick = vs[0]
				if g := before[id]; g != nil {
					for _, v := range vs { // the group keeps its own version meanwhile
						if l.same(&v, g) && meta[T, P](&v).Vector().Covers(meta[T, P](g).Vector()) {
							o.pick = v
						}
					}
				}
			}
		}
		outcomes = append(outcomes, o)
	}

	// The group's records keep their order; new ones follow, oldest first.
	sort.SliceStable(outcomes, func(i, j int) bool {
		bi, bj := before[outcomes[i].id] != nil, before[outcomes[j].id] != nil
		if bi != bj {
			return bi
		}
		if bi {
			return false
		}
		mi, mj := meta[T, P](&outcomes[i].pick), meta[T, P](&outcomes[j].pick)
		if !mi.ChangedAt.Equal(mj.ChangedAt) {
			return mi.ChangedAt.Before(mj.ChangedAt)
		}
		return mi.ID.String() < mj.ID.String()
	})
	result := make([]T, len(outcomes))
	for i := range outcomes {
		result[i] = outcomes[i].pick
	}
	l.set(r.out, result)
	if l.isConflicts {
		return
	}
	inConflict := l.conflicts(r, outcomes)
	l.count(r, outcomes, before, inConflict)
}

// preferResolved picks, among versions of one conflict, a resolved one.
func (l *list[T, P]) preferResolved(vs []T) T {
	for _, v := range vs {
		if meta[T, P](&v).Deleted {
			return v
		}
	}
	return vs[0]
}

// sortVersions puts competing versions in a fixed order: by author, then content.
func sortVersions[T any, P rec[T]](vs []T) {
	keys := make([]string, len(vs))
	for i := range vs {
		data, _ := json.Marshal(&vs[i])
		keys[i] = meta[T, P](&vs[i]).ChangedBy.String() + "\n" + string(data)
	}
	sort.Sort(byKeys[T]{vs, keys})
}

type byKeys[T any] struct {
	vs   []T
	keys []string
}

func (b byKeys[T]) Len() int           { return len(b.vs) }
func (b byKeys[T]) Less(i, j int) bool { return b.keys[i] < b.keys[j] }
func (b byKeys[T]) Swap(i, j int) {
	b.vs[i], b.vs[j] = b.vs[j], b.vs[i]
	b.keys[i], b.keys[j] = b.keys[j], b.keys[i]
}

// count counts what came in, leaving out records in conflict: they are counted as conflicts.
func (l *list[T, P]) count(r *run, outcomes []outcome[T], before map[uuid.UUID]*T, inConflict map[uuid.UUID]bool) {
	for i := range outcomes {
		if inConflict[outcomes[i].id] {
			continue
		}
		now := &outcomes[i].pick
		m := meta[T, P](now)
		was := before[outcomes[i].id]
		switch {
		case was == nil:
			if !m.Deleted {
				r.count(l.kindName).New++
			}
		case meta[T, P](was).Deleted && !m.Deleted:
			r.count(l.kindName).Changed++
		case !meta[T, P](was).Deleted && m.Deleted:
			r.count(l.kindName).Deleted++
		case !m.Deleted && !assessment.SameContent[T, P](was, now):
			r.count(l.kindName).Changed++
		}
	}
}

// conflicts finds the conflicts among the outcomes, slot by slot: a record with competing
// versions, or more than one live record where the case holds one.
func (l *list[T, P]) conflicts(r *run, outcomes []outcome[T]) map[uuid.UUID]bool {
	inConflict := map[uuid.UUID]bool{}
	slots := map[string][]int{}
	var slotOrder []string
	for i := range outcomes {
		s := outcomes[i].id.String()
		if l.key != nil {
			s = l.key(&outcomes[i].pick)
		}
		if _, ok := slots[s]; !ok {
			slotOrder = append(slotOrder, s)
		}
		slots[s] = append(slots[s], i)
	}
	for s := range r.openSlots[l.kindName] {
		if _, ok := slots[s]; !ok {
			slotOrder = append(slotOrder, s)
		}
	}
	for _, s := range slotOrder {
		live, competing := 0, false
		var at time.Time
		for _, i := range slots[s] {
			o := &outcomes[i]
			if !meta[T, P](&o.pick).Deleted {
				live++
			}
			competing = competing || len(o.versions) > 1
			for j := range o.versions {
				if t := meta[T, P](&o.versions[j]).ChangedAt; t.After(at) {
					at = t
				}
			}
		}
		if !competing && live <= 1 {
			r.settle(l.kindName, s, nil, at)
			continue
		}
		var vs []T
		ids := slots[s]
		sort.Slice(ids, func(a, b int) bool { return outcomes[ids[a]].id.String() < outcomes[ids[b]].id.String() })
		for _, i := range ids {
			o := &outcomes[i]
			if len(o.versions) > 1 || !meta[T, P](&o.pick).Deleted {
				vs = append(vs, o.versions...)
				inConflict[o.id] = true
			}
		}
		sortVersions[T, P](vs)
		cvs := make([]assessment.ConflictVersion, len(vs))
		for i := range vs {
			data, _ := json.Marshal(&vs[i])
			cvs[i] = assessment.ConflictVersion{Author: meta[T, P](&vs[i]).ChangedBy, Record: compact(data)}
		}
		r.settle(l.kindName, s, cvs, at)
	}
	return inConflict
}

func compact(data []byte) json.RawMessage {
	var b bytes.Buffer
	if json.Compact(&b, data) != nil {
		return data
	}
	return b.Bytes()
}
