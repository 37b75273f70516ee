package analysis

import (
	"testing"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/testcase"
)

func TestNotRated(t *testing.T) {
	c := testcase.Case()
	need, _ := c.Framework.Domain("need")
	economy, _ := c.Framework.Domain("economy")
	scope, _ := c.Framework.Domain("scope")
	// need: Anna and Bo rated, Carl abstained; economy: Anna and Bo rated; scope: nobody.
	if got := NotRated(c, need); got != 0 {
		t.Errorf("need: %d not rated, want 0 (an abstention counts as an answer)", got)
	}
	if got := NotRated(c, economy); got != 1 {
		t.Errorf("economy: %d not rated, want 1 (Carl)", got)
	}
	if got := NotRated(c, scope); got != 3 {
		t.Errorf("scope: %d not rated, want 3", got)
	}

	// A former member is not waited for; a new one is.
	e := assessment.Edit{At: testcase.At}
	carl := c.LiveMembers()[2].ID
	if err := c.DeleteMember(e, carl); err != nil {
		t.Fatal(err)
	}
	c.AddMember(e, "Dorte", "radiograf", "")
	if got := NotRated(c, economy); got != 1 {
		t.Errorf("economy after Carl left and Dorte joined: %d not rated, want 1 (Dorte)", got)
	}
}
