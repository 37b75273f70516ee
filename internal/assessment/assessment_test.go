package assessment_test

import (
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/testcase"
)

func TestEditsKeepBookkeeping(t *testing.T) {
	c := testcase.Case()
	anna := c.Members[0].ID
	bo := c.Members[1].ID
	first, _ := c.Answer("need.problem")
	if first.Rev != 1 || first.ChangedBy != anna {
		t.Fatalf("new answer: rev %d by %v", first.Rev, first.ChangedBy)
	}
	later := testcase.At.Add(48 * time.Hour)
	c.SetAnswer(assessment.Edit{By: bo, At: later}, "need.problem", func(a *assessment.Answer) { a.Text += " Også om dagen." })
	got, _ := c.Answer("need.problem")
	if got.ID != first.ID || got.Rev != 2 || got.ChangedBy != bo || !got.ChangedAt.Equal(later) {
		t.Errorf("after Bo's edit: %+v", got.Meta)
	}
	if !strings.HasSuffix(got.Text, "Også om dagen.") {
		t.Errorf("text %q", got.Text)
	}
	if !c.LastChanged().Equal(later) {
		t.Errorf("LastChanged %v, want %v", c.LastChanged(), later)
	}
}

func TestDeletionLeavesATombstone(t *testing.T) {
	c := testcase.Case()
	e := assessment.Edit{At: testcase.At}
	src := c.SourcesFor("need.problem")
	if len(src) != 2 {
		t.Fatalf("%d sources", len(src))
	}
	if err := c.DeleteSource(e, src[1].ID); err != nil {
		t.Fatal(err)
	}
	if n := len(c.SourcesFor("need.problem")); n != 1 {
		t.Errorf("%d live sources after delete, want 1", n)
	}
	if len(c.Sources) != 2 || !c.Sources[1].Deleted || c.Sources[1].Rev != 2 {
		t.Errorf("tombstone missing: %+v", c.Sources[1].Meta)
	}
	if err := c.UpdateSource(e, src[1].ID, func(*assessment.Source) {}); err == nil {
		t.Error("a deleted source can still be changed")
	}
	if err := c.DeleteSource(e, uuid.New()); err == nil {
		t.Error("deleting an unknown source succeeded")
	}
}

func TestRatingsOnePerMemberAndDomain(t *testing.T) {
	c := testcase.Case()
	anna := c.Members[0].ID
	before := len(c.Ratings)
	c.SetRating(assessment.Edit{At: testcase.At}, "need", anna, func(r *assessment.Rating) { r.Consequence = -1 })
	if len(c.Ratings) != before {
		t.Errorf("changing a rating added a record")
	}
	if r := c.RatingsFor("need")[0]; r.Consequence != -1 || r.Rev != 2 {
		t.Errorf("Anna's rating %+v", r)
	}
	c.ClearConsensus(assessment.Edit{At: testcase.At}, "need")
	if _, ok := c.ConsensusFor("need"); ok {
		t.Error("cleared consensus still there")
	}
	c.SetConsensus(assessment.Edit{At: testcase.At}, "need", assessment.Scores{Consequence: 2, Certainty: "high", Complexity: "simple"}, "")
	if cons, ok := c.ConsensusFor("need"); !ok || cons.Consequence != 2 || cons.Rev != 1 {
		t.Errorf("new consensus %+v", cons)
	}
}

func TestDeletedMemberStillNamesOldRatings(t *testing.T) {
	c := testcase.Case()
	bo := c.Members[1].ID
	c.DeleteMember(assessment.Edit{At: testcase.At}, bo)
	if len(c.LiveMembers()) != 2 {
		t.Errorf("%d live members", len(c.LiveMembers()))
	}
	if m, ok := c.Member(bo); !ok || m.Name != "Bo Øster" {
		t.Error("a former member's name is lost")
	}
	if problems := c.Check(); len(problems) != 0 {
		t.Errorf("a former member's ratings are consistent: %v", problems)
	}
}

func TestCheckFindsInconsistencies(t *testing.T) {
	if p := testcase.Case().Check(); len(p) != 0 {
		t.Fatalf("the small case is consistent, Check says %v", p)
	}
	c := testcase.Case()
	c.Info.Category = "magic"
	c.Info.Language = "fr"
	c.Info.Deadline = "1. marts"
	c.Answers[2].NotRelevantReason = ""
	c.Sources[1].StudyDesign = "rct" // a supplier's brochure has no study design
	c.Sources[0].Kind = "rumour"
	c.Ratings[0].Certainty = "certain"
	c.Ratings[0].MemberID = uuid.New()
	c.Consensus[0].DomainID = "scope" // scope is not rated
	c.Conclusions[0].DomainID = "nowhere"
	c.KnockOuts[0].Reason = " "
	c.Synthesis.Recommendation = "buy-now"
	c.Members[2].ID = c.Members[0].ID
	c.Answers = append(c.Answers, c.Answers[0]) // a second live answer to the same question
	c.Answers[len(c.Answers)-1].ID = uuid.New()
	want := []string{
		`info.category: "magic"`, `info.language: "fr"`, `info.deadline: "1. marts"`,
		"answers[2].notRelevantReason", `sources[1].studyDesign: only a study`, `sources[0].kind: "rumour"`,
		`ratings[0].certainty: "certain"`, "ratings[0].memberId", `consensus[0].domainId: domain "scope" is not rated`,
		`conclusions[0].domainId: "nowhere"`, "knockOuts[0].reason", `synthesis.recommendation: "buy-now"`,
		"members[2]: id", "answers[4]: duplicates answers[0]",
	}
	got := strings.Join(c.Check(), "\n")
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("Check does not report %q; it said:\n%s", w, got)
		}
	}
}

func TestNewCaseIsConsistentAndEmpty(t *testing.T) {
	c := assessment.New(testcase.Framework(), "", assessment.Now(uuid.Nil))
	if p := c.Check(); len(p) != 0 {
		t.Errorf("new case: %v", p)
	}
	if c.Info.Language != "da" || c.ID == uuid.Nil {
		t.Errorf("new case info %+v", c.Info)
	}
}

func TestLabels(t *testing.T) {
	if got := assessment.ConsequenceLabel(-2, "da"); got != "Klart negativ" {
		t.Errorf("%q", got)
	}
	if got := assessment.ConsequenceLabel(3, "da"); got != "" {
		t.Errorf("out of range: %q", got)
	}
	if got := assessment.Label(assessment.SourceKinds, "supplier", "en"); got != "Supplier material" {
		t.Errorf("%q", got)
	}
	if got := assessment.Label(assessment.SourceKinds, "unknown", "en"); got != "unknown" {
		t.Errorf("%q", got)
	}
}
