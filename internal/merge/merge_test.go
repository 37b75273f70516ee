package merge

import (
	"encoding/json"
	"errors"
	"fmt"
	"math/rand"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/testcase"
)

const iterations = 200

func TestMergeDoesNotDependOnTheOrderOfTheCopies(t *testing.T) {
	for seed := int64(1); seed <= iterations; seed++ {
		group, copies := scenario(seed, 2+int(seed%4))
		want := encode(t, mustMerge(t, group, copies...).Case)
		r := rand.New(rand.NewSource(seed))
		for p := 0; p < 3; p++ {
			perm := append([]*assessment.Case(nil), copies...)
			r.Shuffle(len(perm), func(i, j int) { perm[i], perm[j] = perm[j], perm[i] })
			if got := encode(t, mustMerge(t, group, perm...).Case); got != want {
				t.Fatalf("seed %d: another order of the copies gives another case", seed)
			}
		}
	}
}

func TestMergeLeavesItsInputsAlone(t *testing.T) {
	group, copies := scenario(7, 4)
	before := []string{encode(t, group)}
	for _, c := range copies {
		before = append(before, encode(t, c))
	}
	res := mustMerge(t, group, copies...)
	res.Case.SetAnswer(assessment.Edit{At: testcase.At}, "need.data", func(a *assessment.Answer) { a.Text = "ændret" })
	for i, c := range append([]*assessment.Case{group}, copies...) {
		if encode(t, c) != before[i] {
			t.Fatalf("input %d changed", i)
		}
	}
}

func TestMergingAgainChangesNothing(t *testing.T) {
	for seed := int64(1); seed <= iterations; seed++ {
		group, copies := scenario(seed, 2+int(seed%4))
		res := mustMerge(t, group, copies...)
		if issues := res.Case.Check(); len(issues) > 0 {
			t.Fatalf("seed %d: the merged case is inconsistent: %v", seed, issues)
		}
		want := encode(t, res.Case)
		for i, c := range copies {
			again := mustMerge(t, res.Case, c)
			if again.Changed() || encode(t, again.Case) != want {
				t.Fatalf("seed %d: merging copy %d again changed the case: %+v", seed, i, again.Counts)
			}
		}
		if again := mustMerge(t, res.Case, copies...); encode(t, again.Case) != want {
			t.Fatalf("seed %d: merging all copies again changed the case", seed)
		}
		if again := mustMerge(t, res.Case, res.Case, group); encode(t, again.Case) != want {
			t.Fatalf("seed %d: merging the result into itself changed it", seed)
		}
	}
}

// resolveAll resolves every open conflict: by keeping a version, or by writing a combination.
func resolveAll(t *testing.T, c *assessment.Case, r *rand.Rand, by uuid.UUID) {
	t.Helper()
	at := testcase.At.Add(48 * time.Hour)
	for _, k := range c.OpenConflicts() {
		i := r.Intn(len(k.Versions))
		chosen := Keep(k, i)
		if TextField(k.Kind) != "" && r.Intn(2) == 0 {
			var err error
			if chosen, err = WithText(k, i, Text(k, 0)+" / "+Text(k, len(k.Versions)-1)); err != nil {
				t.Fatal(err)
			}
		}
		at = at.Add(time.Second)
		if err := Resolve(c, assessment.Edit{By: by, At: at}, k.ID, chosen); err != nil {
			t.Fatal(err)
		}
	}
	if n := len(c.OpenConflicts()); n != 0 {
		t.Fatalf("%d conflicts left after resolving all", n)
	}
}

func TestMergingAgainAfterResolvingChangesNothing(t *testing.T) {
	conflicts := 0
	for seed := int64(1); seed <= iterations; seed++ {
		group, copies := scenario(seed, 2+int(seed%4))
		res := mustMerge(t, group, copies...)
		conflicts += len(res.Conflicts)
		resolveAll(t, res.Case, rand.New(rand.NewSource(seed)), member(group, 1))
		want := encode(t, res.Case)
		for i, c := range copies {
			if again := mustMerge(t, res.Case, c); again.Changed() || encode(t, again.Case) != want {
				t.Fatalf("seed %d: merging copy %d after resolving changed the case: %+v", seed, i, again.Counts)
			}
		}
		if issues := res.Case.Check(); len(issues) > 0 {
			t.Fatalf("seed %d: resolved case is inconsistent: %v", seed, issues)
		}
	}
	if conflicts < iterations/4 {
		t.Fatalf("only %d conflicts in %d scenarios: the generator does not test conflicts", conflicts, iterations)
	}
}

// version is one record version as the file holds it, for the no-loss check.
type version struct {
	kind    string
	id      string
	vec     assessment.Vector
	content string // what the version says: its JSON without the bookkeeping; "deleted" for a tombstone
	by      uuid.UUID
	rev     int
}

func contentOf(t *testing.T, raw json.RawMessage) string {
	var m map[string]any
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatal(err)
	}
	if m["deleted"] == true {
		return "deleted"
	}
	for _, k := range []string{"rev", "changedAt", "changedBy", "versions", "deleted"} {
		delete(m, k)
	}
	data, _ := json.Marshal(m)
	return string(data)
}

// versionsIn lists every record version of the case, through its JSON.
func versionsIn(t *testing.T, c *assessment.Case) []version {
	var top map[string]json.RawMessage
	if err := json.Unmarshal([]byte(encode(t, c)), &top); err != nil {
		t.Fatal(err)
	}
	var out []version
	add := func(kind string, raw json.RawMessage) {
		var m assessment.Meta
		if err := json.Unmarshal(raw, &m); err != nil {
			t.Fatal(err)
		}
		out = append(out, version{kind: kind, id: m.ID.String(), vec: m.Vector(), content: contentOf(t, raw), by: m.ChangedBy, rev: m.Rev})
	}
	for _, k := range Kinds() {
		if len(top[k]) == 0 || string(top[k]) == "null" {
			continue // an optional list the case does not have
		}
		var list []json.RawMessage
		if json.Unmarshal(top[k], &list) == nil {
			for _, raw := range list {
				add(k, raw)
			}
		} else {
			add(k, top[k])
		}
	}
	return out
}

func TestNoRecordIsLost(t *testing.T) {
	for seed := int64(1); seed <= iterations; seed++ {
		group, copies := scenario(seed, 2+int(seed%4))
		res := mustMerge(t, group, copies...)
		noRecordLost(t, seed, res.Case, append([]*assessment.Case{group}, copies...))
	}
}

// noRecordLost checks that every version of every record of the inputs is in the merged case:
// superseded by a version that has seen it, or kept (in the case or in an open conflict).
func noRecordLost(t *testing.T, seed int64, merged *assessment.Case, inputs []*assessment.Case) {
	t.Helper()
	have := map[string]version{}
	for _, v := range versionsIn(t, merged) {
		have[v.kind+" "+v.id] = v
	}
	kept := map[string][]version{}
	for _, k := range merged.OpenConflicts() {
		for _, v := range k.Versions {
			var m assessment.Meta
			if err := json.Unmarshal(v.Record, &m); err != nil {
				t.Fatal(err)
			}
			key := k.Kind + " " + m.ID.String()
			kept[key] = append(kept[key], version{kind: k.Kind, id: m.ID.String(), vec: m.Vector(), content: contentOf(t, v.Record)})
		}
	}
	for i, in := range inputs {
		for _, v := range versionsIn(t, in) {
			key := v.kind + " " + v.id
			now, ok := have[key]
			if !ok {
				t.Fatalf("seed %d: %s of input %d is missing", seed, key, i)
			}
			found := now.vec.Covers(v.vec) || now.content == v.content
			for _, k := range kept[key] {
				found = found || k.vec.Covers(v.vec) || k.content == v.content
			}
			if !found {
				t.Fatalf("seed %d: %s %s of input %d is neither superseded nor kept in a conflict", seed, key, v.vec, i)
			}
		}
	}
}

func TestRefusesACopyOfAnotherCase(t *testing.T) {
	group := testcase.Case()
	other := testcase.Case() // the same content, another case ID
	_, err := Merge(group, []Copy{{Name: "anden.mtv", Case: other}})
	var fe *ForeignError
	if !errors.As(err, &fe) || fe.Name != "anden.mtv" {
		t.Fatalf("got %v, want a ForeignError naming anden.mtv", err)
	}
}

// TestASecondRound merges copies taken from a merged case that still has conflicts (some
// resolved, some not, some resolved on a member's laptop): the same properties hold.
func TestASecondRound(t *testing.T) {
	for seed := int64(1); seed <= iterations/2; seed++ {
		group, copies := scenario(seed, 3)
		res := mustMerge(t, group, copies...)
		r := rand.New(rand.NewSource(seed))
		second := []*assessment.Case{}
		for i := 0; i < 3; i++ {
			c := clone(t, res.Case)
			by := member(group, i)
			session := uuid.NewSHA1(uuid.Nil, fmt.Appendf(nil, "second round %d, copy %d", seed, i))
			if open := c.OpenConflicts(); len(open) > 0 && r.Intn(2) == 0 {
				k := open[r.Intn(len(open))] // resolved on a member's laptop
				if err := Resolve(c, assessment.Edit{By: by, At: testcase.At.Add(30 * time.Hour), Session: session}, k.ID, Keep(k, r.Intn(len(k.Versions)))); err != nil {
					t.Fatal(err)
				}
			}
			ed := &editor{rng: r, c: c, by: by, at: testcase.At.Add(time.Duration(31+i) * time.Hour), session: session}
			for n := r.Intn(6); n > 0; n-- {
				ed.step()
			}
			second = append(second, c)
		}
		if open := res.Case.OpenConflicts(); len(open) > 0 { // and the group resolves one meanwhile
			k := open[0]
			e := assessment.Edit{By: member(group, 2), At: testcase.At.Add(32 * time.Hour), Session: uuid.NewSHA1(uuid.Nil, fmt.Appendf(nil, "group %d", seed))}
			if err := Resolve(res.Case, e, k.ID, Keep(k, 0)); err != nil {
				t.Fatal(err)
			}
		}
		all := append(append([]*assessment.Case{}, copies...), second...)
		want := encode(t, mustMerge(t, res.Case, all...).Case)
		r.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
		final := mustMerge(t, res.Case, all...)
		if encode(t, final.Case) != want {
			t.Fatalf("seed %d: the second round depends on the order of the copies", seed)
		}
		for i, c := range all {
			if again := mustMerge(t, final.Case, c); again.Changed() {
				t.Fatalf("seed %d: merging copy %d again changed the case: %+v", seed, i, again.Counts)
			}
		}
		if issues := final.Case.Check(); len(issues) > 0 {
			t.Fatalf("seed %d: %v", seed, issues)
		}
		noRecordLost(t, seed, final.Case, append([]*assessment.Case{res.Case}, all...))
	}
}
