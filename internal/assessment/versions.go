package assessment

import (
	"encoding/json"
	"sort"
	"strconv"
	"strings"

	"github.com/google/uuid"
)

// Why version vectors. A record's revision number alone cannot tell "both copies changed it
// since they parted" (a conflict) from "one copy is simply newer" (take it): a member who types
// a long answer raises the revision by hundreds, a colleague who corrects one word by one, and
// the larger number says nothing about whether one saw the other's change. A version vector
// counts the changes per key instead. Version a has seen every change version b has when a
// counts at least as many changes as b under every key (a.Covers(b)); then a supersedes b, and
// however many keystrokes a holds, taking it loses nothing. When neither covers the other they
// are concurrent: with the same content they are joined (Join), with different content both
// are kept as a conflict (internal/merge).
//
// Why the key is member AND session. Covers is only sound when the changes counted under one
// key follow one another: then "3 changes under k" in one version and "5 under k" in another
// means the second went on from the first. A key per member breaks that as soon as one member
// edits two copies (her laptop and the group's, or a copy she saved to a USB stick and opened
// at home): both copies count on from the same number, and the copy with more keystrokes
// would silently pass for having seen the other. So a change is counted under
// "member@session" (VersionKey): the member at the keyboard, in one editing session, that is
// one opening of the case by one program. Within a session the changes follow one another
// (nothing rolls a record back: undo is a new change); two sessions never share a key, however
// the files were copied, so:
//   - a member's copy brought back (from a USB stick, a mail, a shared folder) is merged
//     soundly, however many times she opened it and whichever machines she used;
//   - the group's laptop, where members type in turn, keeps one key per member in the session,
//     so each version still tells who typed;
//   - the same file opened on two machines at once (a shared drive) is two sessions: what one
//     saves under another name and brings back is merged like any copy.
//
// A key per installation (a device ID in the app's preferences) would not do: the same member
// on the same laptop can edit two files of the case (the group's and her own copy) in turn, and
// a file copied outside Helhed keeps any ID written into it. A session ID is never reused.
// The price is that a record's vector grows by one entry per session that changed it
// (docs/case-format.md gives sizes); records a session did not change get no entry.
//
// Keys from before sessions stay valid as they are: a version 3 file counts changes under the
// member's ID alone, and a version 2 record under LegacyVersions. A session's changes add their
// own key beside them, so a copy from before sessions still merges correctly with its group.

// Vector is a version vector as counts: key → number of changes counted under it.
type Vector map[string]int

// Covers reports whether v has seen every change w has: at least as many under every key.
func (v Vector) Covers(w Vector) bool {
	for k, n := range w {
		if v[k] < n {
			return false
		}
	}
	return true
}

// Join is the componentwise maximum: a version that has seen all changes of v and w.
func (v Vector) Join(w Vector) Vector {
	out := make(Vector, len(v)+len(w))
	for k, n := range v {
		out[k] = n
	}
	for k, n := range w {
		if n > out[k] {
			out[k] = n
		}
	}
	return out
}

// Total is the number of changes: a record's Rev.
func (v Vector) Total() int {
	n := 0
	for _, c := range v {
		n += c
	}
	return n
}

// String is the vector in a fixed order ("k=3;l=1;"), leaving out counts of 0: the text of
// Versions, and a tie-break where versions are ordered.
func (v Vector) String() string {
	keys := make([]string, 0, len(v))
	for k, n := range v {
		if n > 0 {
			keys = append(keys, k)
		}
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

// VersionKey is the key a change by member in session counts under: "member@session", or for
// no session (uuid.Nil) the member's ID alone, as version 3 files count.
func VersionKey(member, session uuid.UUID) string {
	if session == uuid.Nil {
		return member.String()
	}
	return member.String() + "@" + session.String()
}

// LegacyVersions is the key under which a record from a version 2 file (before version
// vectors) counts its revisions: it is not known who made them.
const LegacyVersions = "before-version-3"

// Versions is a version vector kept as text in a fixed order (Vector.String), so that it is a
// plain value: a Meta, and every record, stays comparable with ==, and a copy of a record never
// shares it. In the file it is a JSON object.
type Versions string

// VersionsOf is the vector with the given counts (counts of 0 are left out).
func VersionsOf(counts Vector) Versions { return Versions(counts.String()) }

// Counts is the vector as a map; a malformed entry is left out.
func (v Versions) Counts() Vector {
	out := make(Vector, strings.Count(string(v), ";"))
	for _, part := range strings.Split(string(v), ";") {
		k, n, ok := strings.Cut(part, "=")
		if !ok {
			continue
		}
		if c, err := strconv.Atoi(n); err == nil && c > 0 {
			out[k] = c
		}
	}
	return out
}

// MarshalJSON writes the vector as a JSON object.
func (v Versions) MarshalJSON() ([]byte, error) { return json.Marshal(map[string]int(v.Counts())) }

// UnmarshalJSON reads the vector from a JSON object.
func (v *Versions) UnmarshalJSON(data []byte) error {
	var counts map[string]int
	if err := json.Unmarshal(data, &counts); err != nil {
		return err
	}
	*v = VersionsOf(counts)
	return nil
}
