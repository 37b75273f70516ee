package resources_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/helhed/helhed/internal/framework"
	"github.com/helhed/helhed/resources"
)

func TestMiniMTVFrameworkIsTheClassicForm(t *testing.T) {
	data, err := resources.Framework("mini-mtv")
	if err != nil {
		t.Fatal(err)
	}
	fw, err := framework.Parse(data)
	if err != nil {
		t.Fatalf("the shipped mini-MTV does not validate:\n%v", err)
	}
	// The form's four perspectives after the introduction, with its question numbers.
	want := []struct {
		id       string
		rated    bool
		from, to int
	}{{"intro", false, 1, 3}, {"technology", true, 4, 12}, {"patient", true, 13, 14},
		{"organisation", true, 15, 20}, {"economy", true, 21, 26}}
	if len(fw.Domains) != len(want) {
		t.Fatalf("%d domains, want %d", len(fw.Domains), len(want))
	}
	for i, w := range want {
		d := fw.Domains[i]
		if d.ID != w.id || d.Rated != w.rated || d.Number != i {
			t.Errorf("domain %d is %s (rated %v, number %d), want %s (rated %v)", i, d.ID, d.Rated, d.Number, w.id, w.rated)
		}
		if len(d.Questions) != w.to-w.from+1 {
			t.Errorf("domain %s has %d questions, want %d", d.ID, len(d.Questions), w.to-w.from+1)
			continue
		}
		for j, q := range d.Questions {
			ref := fmt.Sprint(w.from + j)
			if len(q.Tags) != 1 || q.Tags[0].Scheme != "mini-MTV" || q.Tags[0].Ref != ref {
				t.Errorf("question %s is tagged %v, want mini-MTV %s", q.ID, q.Tags, ref)
			}
			da, en := q.Text.In("da"), q.Text.In("en")
			if da == en || !strings.HasSuffix(da, "?") && !strings.HasSuffix(da, ".") {
				t.Errorf("question %s: Danish %q and English %q", q.ID, da, en)
			}
			if q.Help.In("da") == "" || q.Help.In("en") == "" || q.Help.In("da") == q.Help.In("en") {
				t.Errorf("question %s lacks help in both languages", q.ID)
			}
		}
	}
	if n := fw.QuestionCount(); n != 26 {
		t.Errorf("%d questions, want the form's 26", n)
	}
	// The wording of the Danish Health Authority's form, kept as it is.
	q, _, _ := fw.Question("technology.evidence")
	if got := q.Text.In("da"); got != "Angiv de vigtigste referencer og foretag en vurdering af styrken af evidensen." {
		t.Errorf("question 7 reads %q", got)
	}
	if _, ok := fw.Recommendation("pilot-first"); !ok {
		t.Error("the recommendation categories are missing")
	}
	for _, id := range []string{"consequence", "certainty", "complexity", "mini-mtv", "budget-impact"} {
		if _, ok := fw.Term(id); !ok {
			t.Errorf("glossary term %s is missing", id)
		}
	}
}

func TestEveryShippedFrameworkValidates(t *testing.T) {
	ids := resources.FrameworkIDs()
	if len(ids) < 2 {
		t.Fatalf("shipped frameworks %v, want mtv2 and mini-mtv at least", ids)
	}
	for _, id := range ids {
		data, err := resources.Framework(id)
		if err != nil {
			t.Fatal(err)
		}
		fw, err := framework.Parse(data)
		if err != nil {
			t.Errorf("%s: %v", id, err)
			continue
		}
		if fw.ID != id {
			t.Errorf("frameworks/%s holds framework %q; the folder must be named for the ID", id, fw.ID)
		}
	}
}
