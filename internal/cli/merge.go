package cli

import (
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/casefile"
	"github.com/helhed/helhed/internal/merge"
)

// runMerge merges members' copies into the group's case: helhed merge CASE COPY... -o OUT.
// Every file is read and checked before anything is written; OUT is written atomically. OUT may
// be CASE itself (the old one is kept as .bak), never one of the copies.
func runMerge(_ App, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("merge", flag.ContinueOnError)
	out := fs.String("o", "", "write the merged case to this .mtv `file` (it may be CASE itself; the old one is kept as .bak)")
	force := fs.Bool("force", false, "replace an existing file other than CASE (the old one is kept as .bak)")
	pos, code, ok := parse(fs, args, stdout, stderr)
	if !ok {
		return code
	}
	if len(pos) < 2 {
		return usageError(stderr, "merge", "name the group's case first, then at least one member's copy")
	}
	if *out == "" {
		return usageError(stderr, "merge", "say where to write the merged case with -o FILE.mtv (it may be the group's case itself)")
	}
	groupPath, copyPaths := pos[0], pos[1:]
	if err := checkTarget(*out, copyPaths, *force || sameFile(*out, groupPath)); err != nil {
		fmt.Fprintln(stderr, "helhed merge:", err)
		return ExitInput
	}
	group, err := loadCase(groupPath)
	if err != nil {
		fmt.Fprintln(stderr, "helhed merge:", err)
		return ExitInput
	}
	var copies []merge.Copy
	failed := false
	for _, p := range copyPaths {
		c, err := loadCase(p)
		if err != nil {
			fmt.Fprintln(stderr, "helhed merge:", err)
			failed = true
			continue
		}
		copies = append(copies, merge.Copy{Name: p, Case: c})
	}
	if failed {
		fmt.Fprintln(stderr, "helhed merge: nothing was written")
		return ExitInput
	}
	res, err := merge.Merge(group, copies)
	if err != nil {
		fmt.Fprintln(stderr, "helhed merge:", err)
		return ExitInput
	}
	if err := casefile.Save(*out, res.Case); err != nil {
		fmt.Fprintln(stderr, "helhed merge:", err)
		return ExitInput
	}
	writeMergeReport(stdout, res, len(copies))
	fmt.Fprintf(stdout, "wrote %s\n", *out)
	return ExitOK
}

// writeMergeReport says what came in: counts per kind of record and the conflicts, with
// their authors.
func writeMergeReport(w io.Writer, res *merge.Result, copies int) {
	fmt.Fprintf(w, "merged %d cop%s into %q\n", copies, map[bool]string{true: "y", false: "ies"}[copies == 1], res.Case.Info.Title)
	if !res.Changed() {
		fmt.Fprintln(w, "nothing new came in")
	}
	for _, n := range res.Counts {
		var parts []string
		for _, p := range []struct {
			n    int
			what string
		}{{n.New, "new"}, {n.Changed, "changed"}, {n.Deleted, "deleted"}, {n.Conflicts, "in conflict"}} {
			if p.n > 0 {
				parts = append(parts, fmt.Sprintf("%d %s", p.n, p.what))
			}
		}
		fmt.Fprintf(w, "  %-12s %s\n", n.Kind+":", strings.Join(parts, ", "))
	}
	open := res.Case.OpenConflicts()
	if len(open) == 0 {
		return
	}
	fmt.Fprintf(w, "%s for the group to resolve (open the case in Helhed):\n", plural(len(open), "conflict", "conflicts"))
	for _, k := range open {
		fmt.Fprintf(w, "  %s %s: versions by %s\n", k.Kind, conflictPlace(k), strings.Join(authors(res.Case, k), ", "))
	}
}

// authors names the authors of a conflict's versions, in the conflict's order.
func authors(c *assessment.Case, k assessment.Conflict) []string {
	var out []string
	for _, v := range k.Versions {
		name := "(nobody chosen)"
		if m, ok := c.Member(v.Author); ok {
			name = m.Name
		}
		out = append(out, name)
	}
	return out
}

// conflictPlace names where a conflict is: its key (a question, a domain), or for a record
// known only by its ID, the start of its text.
func conflictPlace(k assessment.Conflict) string {
	if _, err := uuid.Parse(k.Slot); err != nil {
		return k.Slot
	}
	if t := []rune(merge.Text(k, 0)); len(t) > 0 {
		if len(t) > 40 {
			t = append(t[:40], '…')
		}
		return fmt.Sprintf("%q", string(t))
	}
	return k.Slot
}
