package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/casefile"
	"github.com/helhed/helhed/internal/testcase"
)

// conflictedCaseFile writes the group's case merged with two copies that answered the same
// question differently: one open conflict.
func conflictedCaseFile(t *testing.T, dir string) string {
	t.Helper()
	group := smallCaseFile(t, dir, "gruppe.mtv")
	g, err := casefile.Load(group)
	if err != nil {
		t.Fatal(err)
	}
	anna, bo := g.Members[0], g.Members[1]
	at := testcase.At.Add(3600e9)
	a := memberCopy(t, group, filepath.Join(dir, "anna.mtv"), func(c *assessment.Case) {
		c.SetAnswer(assessment.Edit{By: anna.ID, At: at}, "need.problem", func(x *assessment.Answer) { x.Text = "Fald opdages efter timer." })
	})
	b := memberCopy(t, group, filepath.Join(dir, "bo.mtv"), func(c *assessment.Case) {
		c.SetAnswer(assessment.Edit{By: bo.ID, At: at}, "need.problem", func(x *assessment.Answer) { x.Text = "Fald opdages sent om natten." })
	})
	out := filepath.Join(dir, "samlet.mtv")
	run("merge", group, a, b, "-o", out).expect(t, ExitOK, "1 conflict for the group", "")
	return out
}

func TestSummarySaysHowManyConflictsAreOpen(t *testing.T) {
	dir := t.TempDir()
	merged := conflictedCaseFile(t, dir)
	plain := smallCaseFile(t, dir, "ren.mtv")

	r := run("summary", merged, plain)
	r.expect(t, ExitOK, "Open conflicts: 1 conflict from merged copies to resolve (in the window) before the case is final", "")
	if strings.Count(r.stdout, "Open conflicts:") != 1 {
		t.Errorf("only the merged case has open conflicts:\n%s", r.stdout)
	}

	r = run("summary", "--json", merged, plain)
	var s []struct {
		OpenConflicts *int `json:"openConflicts"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &s); err != nil {
		t.Fatal(err)
	}
	if len(s) != 2 || s[0].OpenConflicts == nil || *s[0].OpenConflicts != 1 || s[1].OpenConflicts == nil || *s[1].OpenConflicts != 0 {
		t.Errorf("openConflicts: %s", r.stdout[:min(400, len(r.stdout))])
	}

	r = run("summary", "--csv", "--lang", "en", merged, plain)
	recs := strings.Split(strings.TrimPrefix(r.stdout, "\uFEFF"), "\r\n")
	header := strings.Split(recs[0], ";")
	at := -1
	for i, h := range header {
		if h == "Open conflicts" {
			at = i
		}
	}
	if at < 0 || strings.Split(recs[1], ";")[at] != "1" || strings.Split(recs[2], ";")[at] != "0" {
		t.Errorf("the CSV's open conflicts column (at %d):\n%s", at, r.stdout)
	}
}
