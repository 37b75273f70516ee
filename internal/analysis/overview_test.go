package analysis

import (
	"reflect"
	"testing"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/testcase"
)

func TestDisagreementsByHand(t *testing.T) {
	c := testcase.Case()
	got := Disagreements(c)
	// need: Anna +2, Bo 0, Carl abstains: spread 2. economy: -1 and -1: no disagreement.
	if len(got) != 1 {
		t.Fatalf("%d disagreements, want 1: %+v", len(got), got)
	}
	d := got[0]
	if d.Domain != 1 || d.DomainID != "need" || d.Range != (Range{Min: 0, Max: 2}) {
		t.Errorf("disagreement %+v", d)
	}
	var names []string
	var values []int
	for _, r := range d.Ratings {
		names = append(names, r.Name)
		values = append(values, r.Consequence)
	}
	if !reflect.DeepEqual(names, []string{"Bo Øster", "Anna Ærø"}) || !reflect.DeepEqual(values, []int{0, 2}) {
		t.Errorf("ratings %v %v, want lowest first without the abstention", names, values)
	}
}

func TestDisagreementNamesFormerMembersAndKeepsGroupOrderOnTies(t *testing.T) {
	c := testcase.Case()
	e := assessment.Edit{At: testcase.At}
	members := c.LiveMembers()
	anna, bo, carl := members[0].ID, members[1].ID, members[2].ID
	c.SetRating(e, "economy", carl, func(r *assessment.Rating) { r.Consequence = 1 })
	c.SetRating(e, "economy", bo, func(r *assessment.Rating) { r.Consequence = -1 })
	if err := c.DeleteMember(e, anna); err != nil {
		t.Fatal(err)
	}
	got := Disagreements(c)
	if len(got) != 2 || got[1].DomainID != "economy" {
		t.Fatalf("disagreements %+v", got)
	}
	r := got[1].Ratings
	if len(r) != 3 || r[0].MemberID != anna || !r[0].Former || r[1].MemberID != bo || r[2].MemberID != carl {
		t.Errorf("economy ratings %+v: want Anna (former), Bo (both -1, group order), Carl", r)
	}
}

func TestOpenQuestionsByHand(t *testing.T) {
	c := testcase.Case()
	got := OpenQuestions(c)
	want := []OpenDomain{
		{Domain: 0, DomainID: "scope", Questions: []string{"scope.comparator"}},
		{Domain: 1, DomainID: "need", Questions: []string{"need.data"}}, // a blank answer is open
		{Domain: 2, DomainID: "economy", Questions: []string{"economy.cost", "economy.time"}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("open questions\n got %+v\nwant %+v", got, want)
	}
	e := assessment.Edit{At: testcase.At}
	c.SetAnswer(e, "scope.comparator", func(a *assessment.Answer) { a.Text = "Runder" })
	if got := OpenQuestions(c); len(got) != 2 || got[0].DomainID != "need" {
		t.Errorf("after answering scope's last question: %+v", got)
	}
}
