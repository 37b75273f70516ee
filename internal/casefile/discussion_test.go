package casefile

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/testcase"
)

// The group's discussion notes survive a save and a load, tombstones included; a file without
// any has no discussions field.
func TestDiscussionNotesRoundTrip(t *testing.T) {
	c := testcase.Perspectives()
	e := assessment.Edit{At: testcase.At}
	gone, err := c.SetDiscussion(e, "economy", assessment.ScaleComplexity, "Taget tilbage")
	if err != nil {
		t.Fatal(err)
	}
	if err := c.DeleteDiscussion(e, gone.ID); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "perspektiver.mtv")
	if err := Save(path, c); err != nil {
		t.Fatal(err)
	}
	back, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	n, ok := back.DiscussionFor("need", assessment.ScaleConsequence)
	if !ok || !strings.HasPrefix(n.Note, "Bo ser mindre") || n.ChangedBy != c.Members[2].ID {
		t.Errorf("the note after loading: %+v", n)
	}
	if len(back.Discussions) != 2 || !back.Discussions[1].Deleted {
		t.Errorf("the tombstone is kept: %+v", back.Discussions)
	}
	if p := back.Check(); len(p) != 0 {
		t.Errorf("Check: %v", p)
	}

	data, err := Encode(testcase.Case())
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), `"discussions"`) {
		t.Error("a case without notes is written without a discussions field")
	}
}
