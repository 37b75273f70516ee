package analysis

import (
	"fmt"
	"strings"
	"testing"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/testcase"
)

// places lists matches as "place field domain question: text[start:end]".
func places(ms []Match) []string {
	var out []string
	for _, m := range ms {
		out = append(out, fmt.Sprintf("%d %s %s %s: %s", m.Place, m.Field, m.DomainID, m.QuestionID, m.Text[m.Start:m.End]))
	}
	return out
}

func TestFindListsEveryPlaceInPageOrder(t *testing.T) {
	c := testcase.Case()
	e := assessment.Edit{At: testcase.At}
	c.UpdateSynthesis(e, func(s *assessment.Synthesis) { s.Dissent = "Bo mener at EOJ-integration skal være på plads først" })
	c.SetConclusion(e, "economy", "Uklart uden eoj")

	got := places(Find(c, "eoj", "da"))
	want := []string{
		"1 knockOut need : EOJ",      // title "Ingen integration med EOJ"
		"1 conclusion economy : eoj", // lower case found by upper-case-less query
		"2 condition  : EOJ",
		"2 dissent  : EOJ",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Find(eoj) =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestFindLooksInEveryKindOfText(t *testing.T) {
	c := testcase.Case()
	cases := []struct {
		query, lang string
		want        string // the first match's "place field domain question"
	}{
		{"AI-faldsensor", "da", "0 info  "},
		{"fysioterapeut", "da", "0 member  "},
		{"Behovet først", "da", "1 domain need "},
		{"trænet", "da", "1 question need need.data"},
		{"trained on", "en", "1 question need need.data"},
		{"opdages sent", "da", "1 answer need need.problem"},
		{"medicinsk udstyr", "da", "1 reason need need.ce"},
		{"Hansen 2024", "da", "1 source need need.problem"},
		{"Lille studie", "da", "1 source need need.problem"},
		{"begrundelse", "da", "1 rating need "},
		{"enige", "da", "1 consensus need "},
		{"reelt", "da", "1 conclusion need "},
		{"kan ikke levere", "da", "1 knockOut need "},
		{"Afprøv", "da", "2 recommendation  "},
		{"år 2", "da", "2 openQuestion  "},
	}
	for _, tc := range cases {
		ms := Find(c, tc.query, tc.lang)
		if len(ms) == 0 {
			t.Errorf("%q found nothing", tc.query)
			continue
		}
		m := ms[0]
		if got := fmt.Sprintf("%d %s %s %s", m.Place, m.Field, m.DomainID, m.QuestionID); got != tc.want {
			t.Errorf("%q: first match %q, want %q", tc.query, got, tc.want)
		}
		if !strings.EqualFold(m.Text[m.Start:m.End], tc.query) {
			t.Errorf("%q: offsets point at %q", tc.query, m.Text[m.Start:m.End])
		}
	}
	if m := Find(c, "AI-faldsensor", "da")[0]; m.Part != "technology" {
		t.Errorf("the technology is found as part %q", m.Part)
	}
	rating := Find(c, "begrundelse", "da")
	if len(rating) != 4 || rating[0].MemberID == rating[1].MemberID {
		t.Errorf("rationale found %d times; want one per rating (4), each naming its member", len(rating))
	}
}

func TestFindIgnoresCaseOfDanishLetters(t *testing.T) {
	c := testcase.Case()
	for _, q := range []string{"ØSTER", "øster", "ærø", "ÆRØ", "åbo"} {
		if len(Find(c, q, "da")) == 0 {
			t.Errorf("%q found nothing", q)
		}
	}
}

func TestFindSkipsDeletedAndIrrelevant(t *testing.T) {
	c := testcase.Case()
	e := assessment.Edit{At: testcase.At}
	for _, k := range c.KnockOutsFor("need") {
		c.DeleteKnockOut(e, k.ID)
	}
	// A reason kept from when the question was not relevant is not shown, so it is not found.
	c.SetAnswer(e, "need.ce", func(a *assessment.Answer) { a.NotRelevant = false })
	for _, q := range []string{"kan ikke levere", "medicinsk udstyr", "", "   ", "no such words"} {
		if ms := Find(c, q, "da"); len(ms) != 0 {
			t.Errorf("%q found %v", q, places(ms))
		}
	}
}

func TestSnippet(t *testing.T) {
	text := "Falls at night go unnoticed for hours,\nbecause the night staff cover three units and the rounds are two hours apart."
	ms := Find(&assessment.Case{Info: assessment.Info{Title: text}}, "NIGHT STAFF", "en")
	if len(ms) != 1 {
		t.Fatalf("%d matches", len(ms))
	}
	before, hit, after := ms[0].Snippet(20)
	if hit != "night staff" {
		t.Errorf("hit = %q", hit)
	}
	if before != "…hours, because the " || after != " cover three units…" {
		t.Errorf("snippet = %q [%q] %q", before, hit, after)
	}
	before, _, after = ms[0].Snippet(1000)
	if strings.Contains(before+after, "…") || strings.Contains(before, "\n") {
		t.Errorf("whole text snippet = %q … %q", before, after)
	}
}

func BenchmarkFindLargeCase(b *testing.B) {
	c := testcase.Large()
	for b.Loop() {
		Find(c, "patient", "da")
	}
}
