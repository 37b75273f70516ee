package assessment_test

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/testcase"
)

func TestGroupTermsAreEditedThroughTheModel(t *testing.T) {
	c := testcase.Case()
	anna, bo := c.Members[0].ID, c.Members[1].ID
	at := testcase.At.Add(24 * time.Hour)
	term := c.AddTerm(assessment.Edit{By: anna, At: at}, "Tilsyn", "Et planlagt besøg hos borgeren.")
	id := term.ID
	if term.Rev != 1 || term.ChangedBy != anna || id == uuid.Nil {
		t.Fatalf("new term: %+v", term.Meta)
	}
	later := at.Add(time.Hour)
	if err := c.UpdateTerm(assessment.Edit{By: bo, At: later}, id, func(t *assessment.Term) {
		t.Definition = "Et planlagt besøg hos borgeren i eget hjem."
	}); err != nil {
		t.Fatal(err)
	}
	live := c.LiveTerms()
	if len(live) != 1 || live[0].Rev != 2 || live[0].ChangedBy != bo || !strings.HasSuffix(live[0].Definition, "eget hjem.") {
		t.Fatalf("after Bo's edit: %+v", live)
	}
	if !c.LastChanged().Equal(later) {
		t.Errorf("LastChanged %v, want the term's edit %v", c.LastChanged(), later)
	}
	c.AddTerm(assessment.Edit{By: anna, At: later}, "Visitation", "Afgørelsen om, hvilken hjælp borgeren får.")
	if err := c.DeleteTerm(assessment.Edit{By: anna, At: later}, id); err != nil {
		t.Fatal(err)
	}
	if live := c.LiveTerms(); len(live) != 1 || live[0].Term != "Visitation" {
		t.Errorf("live terms after the delete: %+v", live)
	}
	if len(c.Terms) != 2 || !c.Terms[0].Deleted || c.Terms[0].Rev != 3 {
		t.Errorf("the deleted term is not kept as a tombstone: %+v", c.Terms)
	}
	if err := c.UpdateTerm(assessment.Edit{At: later}, id, func(*assessment.Term) {}); err == nil {
		t.Error("a deleted term can still be changed")
	}
	if p := c.Check(); len(p) != 0 {
		t.Errorf("Check: %v", p)
	}
	// The terms travel with the case file.
	data, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	var back assessment.Case
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if len(back.Terms) != 2 || back.Terms[1].Term != "Visitation" || !back.Terms[0].Deleted {
		t.Errorf("terms after a round trip: %+v", back.Terms)
	}
}

func TestCheckCoversGroupTerms(t *testing.T) {
	c := testcase.Case()
	e := assessment.Edit{At: testcase.At}
	c.AddTerm(e, " ", "no word")
	c.AddTerm(e, "Dobbelt", "same id")
	c.Terms[1].ID = c.Terms[0].ID
	c.AddTerm(e, "Fremmed", "by a stranger")
	c.Terms[2].ChangedBy = uuid.New()
	c.Terms[2].Rev = 0
	got := strings.Join(c.Check(), "\n")
	for _, want := range []string{"terms[0].term: missing", "terms[1]: id " + c.Terms[0].ID.String() + " is also used by terms[0]",
		"terms[2].changedBy:", "terms[2]: revision 0"} {
		if !strings.Contains(got, want) {
			t.Errorf("Check does not say %q:\n%s", want, got)
		}
	}
	// A case without terms writes no "terms" field: files of earlier builds stay as they were.
	data, _ := json.Marshal(testcase.Case())
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		t.Fatal(err)
	}
	if _, ok := top["terms"]; ok {
		t.Error("a case without terms writes a terms field")
	}
}
