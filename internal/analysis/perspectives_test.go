package analysis

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"reflect"
	"strings"
	"testing"

	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/testcase"
)

// memberID finds a member of c by name.
func memberID(t *testing.T, c *assessment.Case, name string) uuid.UUID {
	t.Helper()
	for _, m := range c.Members {
		if m.Name == name {
			return m.ID
		}
	}
	t.Fatalf("no member %q", name)
	return uuid.Nil
}

// describe writes a ranked list as "need/consequence 3 across: Bo -1, Dorthe 1, Anna 2".
func describe(list []ScaleDisagreement) []string {
	var out []string
	for _, sd := range list {
		var who []string
		for _, p := range sd.Positions {
			who = append(who, fmt.Sprintf("%s %d", strings.Fields(p.Name)[0], p.Step))
		}
		across := "within"
		if sd.AcrossProfessions {
			across = "across"
		}
		out = append(out, fmt.Sprintf("%s/%s %d %s: %s", sd.DomainID, sd.Scale, sd.Spread(), across, strings.Join(who, ", ")))
	}
	return out
}

func TestWhereWeDisagreeRanksByHand(t *testing.T) {
	c := testcase.Perspectives()
	got := describe(WhereWeDisagree(c))
	want := []string{
		"need/consequence 3 across: Bo -1, Dorthe 1, Anna 2",
		"need/certainty 2 across: Bo 0, Dorthe 1, Anna 2",
		"need/complexity 2 across: Bo 0, Dorthe 1, Anna 2",
		"economy/complexity 2 across: Anna 0, Dorthe 0, Eva 0, Bo 2",
		// the two ends are both nurses, spelled differently: within one profession, so last
		"economy/consequence 2 within: Anna -2, Bo -1, Eva -1, Dorthe 0",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("ranked\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestWhereWeDisagreeLinksConsensusAndNote(t *testing.T) {
	c := testcase.Perspectives()
	list := WhereWeDisagree(c)
	first := list[0]
	if first.Consensus == nil || first.Consensus.Consequence != 1 || first.Consensus.Rationale != "Enige efter mødet" {
		t.Errorf("need's consensus: %+v", first.Consensus)
	}
	if first.Discussion == nil || !strings.HasPrefix(first.Discussion.Note, "Bo ser") {
		t.Errorf("need/consequence note: %+v", first.Discussion)
	}
	if list[1].Discussion != nil {
		t.Errorf("need/certainty has no note, got %+v", list[1].Discussion)
	}
	if list[3].Consensus != nil {
		t.Errorf("economy has no consensus, got %+v", list[3].Consensus)
	}
	if first.Professions != 2 { // nurses and a physiotherapist; Carl abstained
		t.Errorf("professions %d, want 2", first.Professions)
	}
	eva := list[3].Positions[2]
	if eva.Name != "Eva Eg" || !eva.Former {
		t.Errorf("Eva is a former member: %+v", eva)
	}
}

// The ranking depends on the case, not on the order its records happen to be stored in.
func TestWhereWeDisagreeIgnoresRecordOrder(t *testing.T) {
	want := describe(WhereWeDisagree(testcase.Perspectives()))
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20 {
		c := testcase.Perspectives()
		rng.Shuffle(len(c.Ratings), func(i, j int) { c.Ratings[i], c.Ratings[j] = c.Ratings[j], c.Ratings[i] })
		if got := describe(WhereWeDisagree(c)); !reflect.DeepEqual(got, want) {
			t.Fatalf("after shuffling the ratings:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

func TestNeighboursOnAScaleDoNotDisagree(t *testing.T) {
	c := testcase.Perspectives()
	e := assessment.Edit{At: testcase.At}
	// Bo moves one step towards the others on every scale of need: no longer 2 apart on
	// certainty and complexity, 2 apart on consequence.
	c.SetRating(e, "need", memberID(t, c, "Bo Øster"), func(r *assessment.Rating) {
		r.Scores = assessment.Scores{Consequence: 0, Certainty: "moderate", Complexity: "complicated"}
	})
	got := describe(WhereWeDisagree(c))
	if len(got) != 3 || got[0] != "need/consequence 2 across: Bo 0, Dorthe 1, Anna 2" {
		t.Errorf("after Bo moved:\n%s", strings.Join(got, "\n"))
	}
	// An abstention and an unreadable value are not positions.
	c.SetRating(e, "need", memberID(t, c, "Bo Øster"), func(r *assessment.Rating) { r.Abstain = true })
	c.SetRating(e, "economy", memberID(t, c, "Bo Øster"), func(r *assessment.Rating) { r.Complexity = "weird" })
	if got := describe(WhereWeDisagree(c)); len(got) != 1 || !strings.HasPrefix(got[0], "economy/consequence 2 within") {
		t.Errorf("after Bo abstained:\n%s", strings.Join(got, "\n"))
	}
}

func TestScalePosition(t *testing.T) {
	s := assessment.Scores{Consequence: -2, Certainty: "high", Complexity: "simple"}
	for _, tc := range []struct {
		scale string
		step  int
		ok    bool
	}{
		{assessment.ScaleConsequence, -2, true}, {assessment.ScaleCertainty, 2, true},
		{assessment.ScaleComplexity, 0, true}, {"mood", 0, false},
	} {
		step, ok := ScalePosition(s, tc.scale)
		if step != tc.step || ok != tc.ok {
			t.Errorf("%s: %d %v, want %d %v", tc.scale, step, ok, tc.step, tc.ok)
		}
	}
	if _, ok := ScalePosition(assessment.Scores{Consequence: 3}, assessment.ScaleConsequence); ok {
		t.Error("+3 is off the consequence scale")
	}
}

func TestDomainPerspectivesGroupsByProfession(t *testing.T) {
	c := testcase.Perspectives()
	need, _ := c.Framework.Domain("need")
	var got []string
	for _, g := range DomainPerspectives(c, need) {
		var names []string
		for _, m := range g.Members {
			s := strings.Fields(m.Member.Name)[0]
			switch {
			case m.Rating == nil:
				s += " –"
			case m.Rating.Abstain:
				s += " abstains"
			default:
				s += fmt.Sprintf(" %+d", m.Rating.Consequence)
			}
			w := m.Wrote
			s += fmt.Sprintf(" a%d s%d r%d c%v n%d", len(w.Answers), len(w.Sources), len(w.Rows), w.Conclusion != nil, len(w.Discussions))
			names = append(names, s)
		}
		got = append(got, g.Profession+": "+strings.Join(names, "; "))
	}
	want := []string{
		// Anna wrote need.problem first, but Bo changed it last: it is Bo's.
		"sygeplejerske: Anna +2 a1 s0 r0 cfalse n0; Dorthe +1 a0 s0 r1 ctrue n0",
		"fysioterapeut: Bo -1 a1 s1 r0 cfalse n0",
		// Eva, a former member, wrote nothing in need and is left out.
		"leder: Carl abstains a0 s0 r0 cfalse n1",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("need\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	eco, _ := c.Framework.Domain("economy")
	groups := DomainPerspectives(c, eco)
	if leaders := groups[2].Members; len(leaders) != 2 || leaders[1].Member.Name != "Eva Eg" || !leaders[1].Member.Deleted {
		t.Errorf("economy's managers: Carl and the former member Eva, who rated it: %+v", leaders)
	}
}

func TestMemberWorkFiltersByMember(t *testing.T) {
	c := testcase.Perspectives()
	count := func(name string) string {
		var parts []string
		for _, w := range MemberWork(c, memberID(t, c, name)) {
			rated := "-"
			if w.Rating != nil {
				rated = "rated"
			}
			parts = append(parts, fmt.Sprintf("%s %s %d", w.DomainID, rated, w.Wrote.Count()))
		}
		return strings.Join(parts, ", ")
	}
	for name, want := range map[string]string{
		"Anna Ærø":   "need rated 1, economy rated 0", // need.ce; need.problem is Bo's now
		"Bo Øster":   "need rated 2, economy rated 0",
		"Dorthe Dam": "need rated 2, economy rated 0",
		"Carl Å":     "need rated 1", // abstained, and the note; no rating of economy
		"Eva Eg":     "economy rated 0",
	} {
		if got := count(name); got != want {
			t.Errorf("%s: %q, want %q", name, got, want)
		}
	}
	if got := MemberWork(c, uuid.Nil); len(got) != 0 {
		t.Errorf("nobody at the keyboard is not a member: %+v", got)
	}
	// A deleted source no longer counts.
	bo := memberID(t, c, "Bo Øster")
	src := c.SourcesFor("need.problem")[0]
	if err := c.DeleteSource(assessment.Edit{By: bo, At: testcase.At}, src.ID); err != nil {
		t.Fatal(err)
	}
	if got := count("Bo Øster"); got != "need rated 1, economy rated 0" {
		t.Errorf("after deleting the source: %q", got)
	}
}

func TestSummaryCarriesDiscussionNotes(t *testing.T) {
	c := testcase.Perspectives()
	e := assessment.Edit{At: testcase.At}
	// A note on a scale where the members agree (economy's certainty: all low), and a blank one.
	if _, err := c.SetDiscussion(e, "economy", assessment.ScaleCertainty, "Vi mangler tal fra andre kommuner."); err != nil {
		t.Fatal(err)
	}
	if _, err := c.SetDiscussion(e, "economy", assessment.ScaleComplexity, "  "); err != nil {
		t.Fatal(err)
	}
	s := Summarize(c, "en")
	data, err := json.Marshal(s.Domains)
	if err != nil {
		t.Fatal(err)
	}
	var domains []struct {
		ID          string            `json:"id"`
		Discussions []json.RawMessage `json:"discussions"`
	}
	if err := json.Unmarshal(data, &domains); err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, d := range domains {
		var parts []string
		for _, raw := range d.Discussions {
			parts = append(parts, string(raw))
		}
		got[d.ID] = strings.Join(parts, " ")
	}
	want := map[string]string{
		"scope": "",
		"need": `{"scale":"consequence","note":"Bo ser mindre bevægelse; Anna ser hurtigere hjælp.",` +
			`"spread":3,"disagreement":true,"acrossProfessions":true}`,
		"economy": `{"scale":"certainty","note":"Vi mangler tal fra andre kommuner.",` +
			`"spread":0,"disagreement":false,"acrossProfessions":false}`,
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("discussions\n%v\nwant\n%v", got, want)
	}
	if strings.Contains(string(data[:strings.Index(string(data), `"need"`)]), "discussions") {
		t.Error("a domain without notes has no discussions field")
	}
}
