package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/casefile"
	"github.com/helhed/helhed/internal/testcase"
)

// memberCopy writes a member's copy of the case at path with one change made by fn.
func memberCopy(t *testing.T, groupPath, path string, fn func(c *assessment.Case)) string {
	t.Helper()
	c, err := casefile.Load(groupPath)
	if err != nil {
		t.Fatal(err)
	}
	fn(c)
	if err := casefile.Save(path, c); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestMergeWritesWhatCameInAndTheConflicts(t *testing.T) {
	dir := t.TempDir()
	group := smallCaseFile(t, dir, "gruppe.mtv")
	g, _ := casefile.Load(group)
	anna, bo := g.Members[0], g.Members[1]
	e := func(m assessment.Member) assessment.Edit {
		return assessment.Edit{By: m.ID, At: testcase.At.Add(3600e9)}
	}
	a := memberCopy(t, group, filepath.Join(dir, "anna.mtv"), func(c *assessment.Case) {
		c.SetAnswer(e(anna), "need.problem", func(x *assessment.Answer) { x.Text = "Fald opdages efter timer." })
		c.AddSource(e(anna), "need.data", assessment.Source{Citation: "Sundhedsstyrelsen 2025", Kind: "guideline"})
	})
	b := memberCopy(t, group, filepath.Join(dir, "bo.mtv"), func(c *assessment.Case) {
		c.SetAnswer(e(bo), "need.problem", func(x *assessment.Answer) { x.Text = "Fald opdages sent om natten." })
	})
	out := filepath.Join(dir, "samlet.mtv")
	r := run("merge", group, a, b, "-o", out)
	r.expect(t, ExitOK, "wrote "+out, "")
	for _, want := range []string{"merged 2 copies", "sources:", "1 new", "1 conflict for the group", "answers need.problem: versions by", anna.Name, bo.Name} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("stdout lacks %q:\n%s", want, r.stdout)
		}
	}
	merged, err := casefile.Load(out)
	if err != nil {
		t.Fatal(err)
	}
	if len(merged.OpenConflicts()) != 1 || len(merged.SourcesFor("need.data")) != 1 {
		t.Errorf("merged file: %d conflicts, %d new sources", len(merged.OpenConflicts()), len(merged.SourcesFor("need.data")))
	}
	// Merging the same copies again, into the group's case itself, changes nothing more.
	before, _ := os.ReadFile(out)
	run("merge", out, b, a, "-o", out).expect(t, ExitOK, "nothing new came in", "")
	after, _ := os.ReadFile(out)
	if !bytes.Equal(before, after) {
		t.Error("merging again changed the case")
	}
	if _, err := os.Stat(out + ".bak"); err != nil {
		t.Error("writing over the group's case kept no .bak")
	}
}

func TestMergeRefusesAndWritesNothing(t *testing.T) {
	dir := t.TempDir()
	group := smallCaseFile(t, dir, "gruppe.mtv")
	other := smallCaseFile(t, dir, "anden.mtv") // another case: a new case ID
	copyPath := memberCopy(t, group, filepath.Join(dir, "kopi.mtv"), func(*assessment.Case) {})
	out := filepath.Join(dir, "ud.mtv")

	run("merge", group, other, "-o", out).expect(t, ExitInput, "", "anden.mtv is not a copy of this case")

	data, _ := os.ReadFile(copyPath)
	var top map[string]json.RawMessage
	_ = json.Unmarshal(data, &top)
	top["schemaVersion"] = json.RawMessage("99")
	newer, _ := json.Marshal(top)
	newerPath := filepath.Join(dir, "nyere.mtv")
	_ = os.WriteFile(newerPath, newer, 0o600)
	run("merge", group, copyPath, newerPath, "-o", out).expect(t, ExitInput, "", "nyere.mtv: was written by")

	run("merge", group, filepath.Join(dir, "findes-ikke.mtv"), "-o", out).expect(t, ExitInput, "", "findes-ikke.mtv")
	if _, err := os.Stat(out); !os.IsNotExist(err) {
		t.Error("a refused merge wrote its output")
	}

	before, _ := os.ReadFile(copyPath)
	run("merge", group, copyPath, "-o", copyPath).expect(t, ExitInput, "", "will not write over an input file")
	if after, _ := os.ReadFile(copyPath); !bytes.Equal(before, after) {
		t.Error("the member's copy was overwritten")
	}
	run("merge", group, copyPath, "-o", other).expect(t, ExitInput, "", "already exists; use --force")
	run("merge", group, "-o", out).expect(t, ExitUsage, "", "at least one member's copy")
	run("merge", group, copyPath).expect(t, ExitUsage, "", "-o FILE.mtv")
}
