package merge

import (
	"sort"
	"strconv"
	"strings"
)

// Why version vectors. A record's revision number alone cannot tell "both copies changed it
// since they parted" (a conflict) from "one copy is simply newer" (take it): a member who types
// a long answer raises the revision by hundreds, a colleague who corrects one word by one, and
// the larger number says nothing about whether one saw the other's change. A version vector
// counts the changes per member. Version a has seen every change version b has when a counts at
// least as many changes as b from every member (a ≥ b componentwise); then a supersedes b, and
// however many keystrokes a holds, taking it loses nothing. When neither has seen all of the
// other's changes, they are concurrent: with the same content they are simply joined, with
// different content both are kept as a conflict. Equal vectors with different content (one
// member working on two laptops) are a conflict too.

// atLeast reports whether a has seen every change b has.
func atLeast(a, b map[string]int) bool {
	for k, n := range b {
		if a[k] < n {
			return false
		}
	}
	return true
}

func equal(a, b map[string]int) bool { return atLeast(a, b) && atLeast(b, a) }

// join is the componentwise maximum: a version that has seen all changes of a and b.
func join(a, b map[string]int) map[string]int {
	out := make(map[string]int, len(a)+len(b))
	for k, n := range a {
		out[k] = n
	}
	for k, n := range b {
		if n > out[k] {
			out[k] = n
		}
	}
	return out
}

func sum(v map[string]int) int {
	n := 0
	for _, c := range v {
		n += c
	}
	return n
}

// text is the vector written out in a fixed order, for tie-breaks and fingerprints.
func text(v map[string]int) string {
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var b strings.Builder
	for _, k := range keys {
		b.WriteString(k)
		b.WriteByte('=')
		b.WriteString(strconv.Itoa(v[k]))
		b.WriteByte(';')
	}
	return b.String()
}
