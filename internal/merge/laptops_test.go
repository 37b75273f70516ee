package merge

import (
	"encoding/json"
	"slices"
	"testing"

	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/assessment"
)

// TestEveryConcurrentChangeIsKept checks the merge against what truly happened in the copies,
// recorded by the test (not against the version vectors the merge relies on): for every
// record, the versions that no other version has truly seen all of are, where they say
// different things, all kept in an open conflict, and where they say the same, what the case
// says, with no conflict (typing letter by letter makes none). The generator includes one member working on two laptops, typing a different number
// of letters into the same answer on each: the copy with more keystrokes must not pass for
// having seen the other.
func TestEveryConcurrentChangeIsKept(t *testing.T) {
	twoLaptops := 0
	for seed := int64(1); seed <= iterations; seed++ {
		group, copies, truths := scenarioWithTruth(seed, 2+int(seed%4))
		res := mustMerge(t, group, copies...)
		twoLaptops += concurrentVersionsAreKept(t, seed, res.Case, append([]*assessment.Case{group}, copies...), truths)
	}
	t.Logf("%d records changed differently by one member on two laptops, in %d scenarios", twoLaptops, iterations)
	if twoLaptops < iterations/10 {
		t.Fatalf("only %d records changed differently by one member on two laptops in %d scenarios: the generator does not test that", twoLaptops, iterations)
	}
}

// concurrentVersionsAreKept checks merged against the truths of the inputs (see
// TestEveryConcurrentChangeIsKept). It returns how many records one member changed
// differently in two copies, with different numbers of changes.
func concurrentVersionsAreKept(t *testing.T, seed int64, merged *assessment.Case, inputs []*assessment.Case, truths []history) (twoLaptops int) {
	t.Helper()
	type seen struct {
		v       version
		changes map[string]bool
	}
	all := map[string][]seen{}
	var keys []string
	for i, in := range inputs {
		for _, v := range versionsIn(t, in) {
			key := v.kind + " " + v.id
			if _, ok := all[key]; !ok {
				keys = append(keys, key)
			}
			all[key] = append(all[key], seen{v, truths[i][uuid.MustParse(v.id)]})
		}
	}
	have := map[string]string{}
	for _, v := range versionsIn(t, merged) {
		have[v.kind+" "+v.id] = v.content
	}
	kept := map[string][]string{}
	for _, k := range merged.OpenConflicts() {
		for _, v := range k.Versions {
			var m assessment.Meta
			if err := json.Unmarshal(v.Record, &m); err != nil {
				t.Fatal(err)
			}
			key := k.Kind + " " + m.ID.String()
			kept[key] = append(kept[key], contentOf(t, v.Record))
		}
	}
	includes := func(a, b map[string]bool) bool { // a has every change b has
		for c := range b {
			if !a[c] {
				return false
			}
		}
		return true
	}
	for _, key := range keys {
		vs := all[key]
		var latest []seen // the versions no other version has truly seen all of
		for i, a := range vs {
			superseded := false
			for j, b := range vs {
				if i != j && includes(b.changes, a.changes) && !includes(a.changes, b.changes) {
					superseded = true
				}
			}
			if !superseded {
				latest = append(latest, a)
			}
		}
		var contents []string
		for _, a := range latest {
			if !slices.Contains(contents, a.v.content) {
				contents = append(contents, a.v.content)
			}
		}
		if len(contents) == 1 {
			if have[key] != contents[0] {
				t.Fatalf("seed %d: %s says %s, want %s, the only latest version", seed, key, have[key], contents[0])
			}
			if len(kept[key]) > 1 { // a false conflict, e.g. from typing letter by letter
				t.Fatalf("seed %d: %s has one latest version, yet %d of its versions are in a conflict", seed, key, len(kept[key]))
			}
			continue
		}
		for _, c := range contents {
			if !slices.Contains(kept[key], c) {
				t.Fatalf("seed %d: %s was changed differently in two copies, but %s is not kept in an open conflict (kept: %q)", seed, key, c, kept[key])
			}
		}
		for i, a := range latest {
			for _, b := range latest[i+1:] {
				if a.v.by == b.v.by && a.v.rev != b.v.rev && a.v.content != b.v.content {
					twoLaptops++
				}
			}
		}
	}
	return twoLaptops
}
