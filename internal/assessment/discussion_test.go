package assessment_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/testcase"
)

func TestDiscussionNoteEdits(t *testing.T) {
	c := testcase.Case()
	anna, bo := c.Members[0].ID, c.Members[1].ID
	first, err := c.SetDiscussion(assessment.Edit{By: anna, At: testcase.At}, "need", assessment.ScaleConsequence, "Vi ser forskelligt på natten.")
	if err != nil {
		t.Fatal(err)
	}
	id := first.ID
	if first.Rev != 1 || first.ChangedBy != anna {
		t.Errorf("new note: %+v", first.Meta)
	}
	later := testcase.At.Add(time.Hour)
	second, err := c.SetDiscussion(assessment.Edit{By: bo, At: later}, "need", assessment.ScaleConsequence, "Enige om en pilot.")
	if err != nil {
		t.Fatal(err)
	}
	if second.ID != id || second.Rev != 2 || second.ChangedBy != bo || len(c.Discussions) != 1 {
		t.Errorf("the same note changed: %+v, %d notes", second.Meta, len(c.Discussions))
	}
	if !c.LastChanged().Equal(later) {
		t.Errorf("LastChanged %v, want the note's %v", c.LastChanged(), later)
	}
	// Another scale of the same domain is another note.
	if _, err := c.SetDiscussion(assessment.Edit{By: bo, At: later}, "need", assessment.ScaleCertainty, "Lav evidens."); err != nil {
		t.Fatal(err)
	}
	notes := c.DiscussionsFor("need")
	if len(notes) != 2 || notes[0].Scale != assessment.ScaleConsequence || notes[1].Note != "Lav evidens." {
		t.Errorf("notes of need: %+v", notes)
	}
	if _, err := c.SetDiscussion(assessment.Edit{At: later}, "need", "mood", "x"); err == nil || !strings.Contains(err.Error(), "mood") {
		t.Errorf("an unknown scale is refused, got %v", err)
	}
	// Deleting leaves a tombstone; a new note afterwards is a new record.
	if err := c.DeleteDiscussion(assessment.Edit{By: anna, At: later}, id); err != nil {
		t.Fatal(err)
	}
	if _, ok := c.DiscussionFor("need", assessment.ScaleConsequence); ok || len(c.Discussions) != 2 || !c.Discussions[0].Deleted {
		t.Errorf("after deleting: %+v", c.Discussions)
	}
	again, _ := c.SetDiscussion(assessment.Edit{By: anna, At: later}, "need", assessment.ScaleConsequence, "Igen.")
	if again.ID == id || again.Rev != 1 {
		t.Errorf("a note after a deletion is a new record: %+v", again.Meta)
	}
	if p := c.Check(); len(p) != 0 {
		t.Errorf("Check: %v", p)
	}
}

func TestCheckJudgesDiscussionNotes(t *testing.T) {
	c := testcase.Case()
	e := assessment.Edit{At: testcase.At}
	if _, err := c.SetDiscussion(e, "need", assessment.ScaleComplexity, "ok"); err != nil {
		t.Fatal(err)
	}
	// Written past the model, as a hand-edited file would.
	c.Discussions = append(c.Discussions,
		assessment.Discussion{Meta: c.Discussions[0].Meta, DomainID: "need", Scale: assessment.ScaleComplexity, Note: "twice"},
		assessment.Discussion{Meta: assessment.Meta{ID: c.Info.ID, Rev: 1}, DomainID: "scope", Scale: "mood"},
	)
	got := strings.Join(c.Check(), "\n")
	for _, want := range []string{
		"discussions[1]: id", // the same ID twice
		"discussions[1]: duplicates discussions[0]",
		`discussions[2].domainId: domain "scope" is not rated`,
		`discussions[2].scale: "mood" is not one of`,
	} {
		if !strings.Contains(got, want) {
			t.Errorf("Check lacks %q:\n%s", want, got)
		}
	}
}

func TestDiscussionsAreLeftOutOfTheFileWhenThereAreNone(t *testing.T) {
	c := testcase.Case()
	data, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(string(data), `"discussions"`) {
		t.Error("a case without notes has no discussions field")
	}
	if _, err := c.SetDiscussion(assessment.Edit{At: testcase.At}, "need", assessment.ScaleConsequence, "Æblet"); err != nil {
		t.Fatal(err)
	}
	data, _ = json.Marshal(c)
	var back assessment.Case
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if n, ok := back.DiscussionFor("need", assessment.ScaleConsequence); !ok || n.Note != "Æblet" {
		t.Errorf("round trip: %+v", back.Discussions)
	}
}
