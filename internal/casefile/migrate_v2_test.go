package casefile

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/helhed/helhed/internal/assessment"
)

// v2Example is a shipped example, a version 2 file (Helhed 0.2.0).
const v2Example = "../../resources/examples/faldsensor-hjemmepleje.mtv"

func TestVersion2FileLoadsWithRevisionsCountedBeforeVersion3(t *testing.T) {
	data, err := os.ReadFile(v2Example)
	if err != nil {
		t.Fatal(err)
	}
	var h header
	if err := json.Unmarshal(data, &h); err != nil || h.SchemaVersion != 2 {
		t.Fatalf("%s is not a version 2 file: %v, version %d", v2Example, err, h.SchemaVersion)
	}
	c, err := Decode(data, v2Example)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Answers) == 0 || len(c.Conflicts) != 0 {
		t.Fatalf("migrated example: %d answers, %d conflicts", len(c.Answers), len(c.Conflicts))
	}
	a := c.Answers[0]
	if v := a.Vector(); len(v) != 1 || v[assessment.LegacyVersions] != a.Rev {
		t.Errorf("answer rev %d has vector %v, want its revisions under %q", a.Rev, v, assessment.LegacyVersions)
	}
	// An edit counts on top of the old revisions: the new version has seen the old one.
	qid := a.QuestionID
	c.SetAnswer(assessment.Edit{By: c.Members[0].ID, At: time.Now().UTC()}, qid, func(x *assessment.Answer) { x.Text += " Tilføjet." })
	b, _ := c.Answer(qid)
	if v := b.Vector(); v[assessment.LegacyVersions] != a.Rev || v[c.Members[0].ID.String()] != 1 || b.Rev != a.Rev+1 {
		t.Errorf("after an edit: rev %d, vector %v", b.Rev, v)
	}
	// Saved, it is a version 3 file that loads with the same vectors.
	path := filepath.Join(t.TempDir(), "sag.mtv")
	if err := Save(path, c); err != nil {
		t.Fatal(err)
	}
	again, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	saved, _ := os.ReadFile(path)
	if err := json.Unmarshal(saved, &h); err != nil || h.SchemaVersion != 3 {
		t.Fatalf("saved as version %d", h.SchemaVersion)
	}
	if got, _ := again.Answer(qid); got.Text != b.Text || got.Vector()[assessment.LegacyVersions] != a.Rev {
		t.Errorf("reloaded answer %q with vector %v", got.Text, got.Vector())
	}
	if got := again.Answers[1]; got.Vector()[assessment.LegacyVersions] != got.Rev {
		t.Errorf("an untouched version 2 record lost its count: rev %d, vector %v", got.Rev, got.Vector())
	}
}
