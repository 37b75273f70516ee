package resources_test

import (
	"testing"

	"github.com/helhed/helhed/internal/framework"
	"github.com/helhed/helhed/resources"
)

func TestMTV2FrameworkIsComplete(t *testing.T) {
	data, err := resources.Framework("mtv2")
	if err != nil {
		t.Fatal(err)
	}
	fw, err := framework.Parse(data)
	if err != nil {
		t.Fatalf("the shipped framework does not validate:\n%v", err)
	}
	wantIDs := []string{"scope", "need", "safety", "patient", "organisation", "workflow", "economy", "ethics",
		"inequality", "environment", "legal", "maturity", "involvement", "competences", "evaluation", "synthesis"}
	if len(fw.Domains) != len(wantIDs) {
		t.Fatalf("%d domains, want %d", len(fw.Domains), len(wantIDs))
	}
	for i, d := range fw.Domains {
		if d.ID != wantIDs[i] || d.Number != i {
			t.Errorf("domain %d is %s (number %d), want %s", i, d.ID, d.Number, wantIDs[i])
		}
		if len(d.Questions) < 4 {
			t.Errorf("domain %s has %d questions, want at least 4", d.ID, len(d.Questions))
		}
		wantRated := d.ID != "scope" && d.ID != "synthesis"
		if d.Rated != wantRated {
			t.Errorf("domain %s rated = %v, want %v", d.ID, d.Rated, wantRated)
		}
	}
	if n := fw.QuestionCount(); n < 70 {
		t.Errorf("%d questions in all, want 70 or more", n)
	}
	for _, id := range []string{"introduce", "introduce-with-conditions", "pilot-first", "postpone", "do-not-introduce"} {
		if _, ok := fw.Recommendation(id); !ok {
			t.Errorf("recommendation %s is missing", id)
		}
	}
	// domain.md's glossary: words that must mean the same to every profession.
	for _, id := range []string{"technology-readiness", "organisational-readiness", "comparator", "consequence",
		"certainty", "complexity", "co-creation", "super-user", "pro-data", "risk-score", "automation-bias",
		"budget-impact", "emission-factor", "progress-plus"} {
		if _, ok := fw.Term(id); !ok {
			t.Errorf("glossary term %s is missing", id)
		}
	}
	tagged := 0
	for _, d := range fw.Domains {
		for _, q := range d.Questions {
			if len(q.Tags) > 0 {
				tagged++
			}
		}
	}
	if tagged < fw.QuestionCount()/3 {
		t.Errorf("only %d of %d questions carry a source tag", tagged, fw.QuestionCount())
	}
}

func TestFrameworkIDsListsMTV2(t *testing.T) {
	ids := resources.FrameworkIDs()
	if len(ids) == 0 || ids[0] != "mtv2" {
		t.Errorf("FrameworkIDs() = %v", ids)
	}
}
