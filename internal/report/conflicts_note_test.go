package report

import (
	"encoding/json"
	"strings"
	"testing"
	"time"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/merge"
)

// withOpenConflicts merges two members' copies of c that answered each question differently.
func withOpenConflicts(t *testing.T, c *assessment.Case, questions ...string) *assessment.Case {
	t.Helper()
	copyOf := func() *assessment.Case {
		data, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		var out assessment.Case
		if err := json.Unmarshal(data, &out); err != nil {
			t.Fatal(err)
		}
		return &out
	}
	at := c.LastChanged().Add(time.Hour)
	a, b := copyOf(), copyOf()
	for _, q := range questions {
		a.SetAnswer(assessment.Edit{By: c.Members[0].ID, At: at}, q, func(x *assessment.Answer) { x.Text = "Annas version." })
		b.SetAnswer(assessment.Edit{By: c.Members[1].ID, At: at}, q, func(x *assessment.Answer) { x.Text = "Bos version." })
	}
	r, err := merge.Merge(c, []merge.Copy{{Name: "anna.mtv", Case: a}, {Name: "bo.mtv", Case: b}})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(r.Case.OpenConflicts()); n != len(questions) {
		t.Fatalf("%d open conflicts, want %d", n, len(questions))
	}
	return r.Case
}

// A report made while conflicts from members' copies are open says on its first page that it
// is not final, in the full report and the short one, in Danish and English; once resolved, it
// does not.
func TestReportSaysConflictsAreOpen(t *testing.T) {
	c := withOpenConflicts(t, smallCase(), "workflow.ergonomics", "workflow.alarms")
	for _, tc := range []struct {
		lang, want string
	}{
		{"da", "Åbne konflikter 2 steder, hvor medlemmernes kopier er uenige, er ikke løst endnu. Rapporten er ikke endelig."},
		{"en", "Open conflicts 2 places where members' copies disagree are not resolved yet. This report is not final."},
	} {
		for name, pdf := range map[string][]byte{"full": render(t, c, tc.lang), "short": renderShort(t, c, tc.lang)} {
			first := flat(pages(pdftotext(t, pdf, "-layout"))[0])
			if !strings.Contains(first, tc.want) {
				t.Errorf("%s report (%s): the first page lacks %q:\n%s", name, tc.lang, tc.want, first)
			}
		}
	}
	for _, k := range c.OpenConflicts() {
		if err := merge.Resolve(c, assessment.Edit{By: c.Members[0].ID, At: c.LastChanged()}, k.ID, merge.Keep(k, 0)); err != nil {
			t.Fatal(err)
		}
	}
	if text := pdftotext(t, render(t, c, "en"), "-layout"); strings.Contains(text, "Open conflicts") || strings.Contains(text, "not final") {
		t.Error("a report made after the conflicts were resolved still warns of them")
	}
}
