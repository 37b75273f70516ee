package assessment_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/testcase"
)

// A change is counted under its member and session; a version 3 record's counts under the
// member alone stay as they are beside them.
func TestAChangeCountsUnderItsMemberAndSession(t *testing.T) {
	c := testcase.Case()
	anna := c.Members[0].ID
	v3 := assessment.Edit{By: anna, At: testcase.At}
	c.SetAnswer(v3, "need.data", func(a *assessment.Answer) { a.Text = "Udkast" }) // with no session: under Anna alone, as version 3 files first counted
	before, _ := c.Answer("need.data")
	if got := before.Vector()[anna.String()]; got == 0 {
		t.Fatalf("a change with no session is not counted under the member: %v", before.Vector())
	}

	laptop, work := assessment.NewSession(), assessment.NewSession()
	if laptop == work || laptop == uuid.Nil {
		t.Fatalf("sessions %v and %v", laptop, work)
	}
	e := assessment.Edit{By: anna, At: testcase.At.Add(time.Minute)}.In(laptop)
	c.SetAnswer(e, "need.data", func(a *assessment.Answer) { a.Text = "Udkast 2" })
	c.SetAnswer(e, "need.data", func(a *assessment.Answer) { a.Text = "Udkast 3" })
	after, _ := c.Answer("need.data")
	v := after.Vector()
	if v[assessment.VersionKey(anna, laptop)] != 2 || v[anna.String()] != before.Vector()[anna.String()] {
		t.Fatalf("vector %v after two changes in a session", v)
	}
	if after.Rev != before.Rev+2 || v.Total() != after.Rev {
		t.Errorf("rev %d, total %d, want %d", after.Rev, v.Total(), before.Rev+2)
	}
	if !v.Covers(before.Vector()) || before.Vector().Covers(v) {
		t.Errorf("%v should cover %v and not the other way round", v, before.Vector())
	}

	// The same member in another session: neither covers the other.
	other := before.Vector().Join(assessment.Vector{assessment.VersionKey(anna, work): 5})
	if v.Covers(other) || other.Covers(v) {
		t.Errorf("%v and %v: one member's two sessions must be concurrent", v, other)
	}
	if j := v.Join(other); !j.Covers(v) || !j.Covers(other) || j.Total() != v.Total()+5 {
		t.Errorf("join %v of %v and %v", j, v, other)
	}
}

func TestVersionsRoundTripThroughJSON(t *testing.T) {
	anna, s := uuid.New(), uuid.New()
	m := assessment.Meta{Rev: 4, Versions: assessment.VersionsOf(assessment.Vector{anna.String(): 1, assessment.VersionKey(anna, s): 3, "zero": 0})}
	data, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	var back assessment.Meta
	if err := json.Unmarshal(data, &back); err != nil {
		t.Fatal(err)
	}
	if back != m || len(back.Vector()) != 2 || back.Vector()[anna.String()+"@"+s.String()] != 3 {
		t.Fatalf("%s read back as %+v", data, back)
	}
}
