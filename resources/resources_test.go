package resources_test

import (
	"strings"
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

// TestMTV2Instruments checks the tables issue 5 asks for: where each is, which calculator
// computes it, and the choices the group picks from.
func TestMTV2Instruments(t *testing.T) {
	data, err := resources.Framework("mtv2")
	if err != nil {
		t.Fatal(err)
	}
	fw, err := framework.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ id, domain, calculator, columns, settings string }{
		{"workflow", "workflow", "workflow", "phase step role minutes frequency per note", "days-per-year"},
		{"economy", "economy", "economy", "description year category sector low base high source", "horizon discount-rate"},
		{"staff-cost", "economy", "staff-cost", "role kr-per-hour basis", ""},
		{"environment", "environment", "environment", "phase line-type description quantity unit factor factor-source factor-year", "triage triage-reason"},
		{"inequality", "inequality", "", "group affected how direction mitigation", ""},
		{"involvement", "involvement", "", "role date phase how changed", ""},
		{"competences", "competences", "competences", "role dimension current needed format who when", ""},
		{"evaluation", "evaluation", "", "indicator baseline target method owner start follow-up", "reassessment-date stop-criteria scale-up-criteria"},
		{"risks", "synthesis", "risks", "description domain likelihood impact mitigation owner", ""},
	}
	n := 0
	for _, d := range fw.Domains {
		n += len(d.Instruments)
	}
	if n != len(want) {
		t.Errorf("%d instruments, want %d", n, len(want))
	}
	ids := func(cols []framework.Column) string {
		var out []string
		for _, c := range cols {
			out = append(out, c.ID)
		}
		return strings.Join(out, " ")
	}
	for _, w := range want {
		in, d, ok := fw.Instrument(w.id)
		if !ok {
			t.Errorf("instrument %s is missing", w.id)
			continue
		}
		if d.ID != w.domain || in.Calculator != w.calculator {
			t.Errorf("%s: in domain %s with calculator %q, want %s and %q", w.id, d.ID, in.Calculator, w.domain, w.calculator)
		}
		if got := ids(in.Columns); got != w.columns {
			t.Errorf("%s columns: %s\nwant %s", w.id, got, w.columns)
		}
		if got := ids(in.Settings); got != w.settings {
			t.Errorf("%s settings: %s\nwant %s", w.id, got, w.settings)
		}
		if in.Help == nil {
			t.Errorf("%s has no help", w.id)
		}
	}
	choices := func(instrument, column string) string {
		in, _, _ := fw.Instrument(instrument)
		c, ok := in.Column(column)
		if !ok {
			return ""
		}
		var out []string
		for _, ch := range c.Choices {
			out = append(out, ch.ID)
		}
		return strings.Join(out, " ")
	}
	var domains []string
	for _, d := range fw.Domains {
		domains = append(domains, d.ID)
	}
	for _, c := range []struct{ instrument, column, want string }{
		{"risks", "domain", strings.Join(domains, " ")},
		{"competences", "dimension", "technology-understanding use development-implementation communication"},
		{"inequality", "group", "place-of-residence ethnicity-culture-language occupation gender-sex religion education " +
			"socio-economic-status social-capital age disability sexual-orientation digital-access digital-skills digital-engagement"},
		{"inequality", "affected", "yes no unknown"},
		{"inequality", "direction", "positive negative mixed"},
		{"involvement", "phase", "needs specification procurement test implementation"},
		{"environment", "line-type", "electricity transport consumables waste"},
	} {
		if got := choices(c.instrument, c.column); got != c.want {
			t.Errorf("%s.%s choices: %s\nwant %s", c.instrument, c.column, got, c.want)
		}
	}
	// Levels and scores are bounded 1-5; minutes and quantities cannot be negative.
	for _, c := range []struct {
		instrument, column string
		min, max           float64
	}{
		{"competences", "current", 1, 5}, {"competences", "needed", 1, 5},
		{"risks", "likelihood", 1, 5}, {"risks", "impact", 1, 5},
		{"workflow", "minutes", 0, -1}, {"workflow", "frequency", 0, -1}, {"environment", "quantity", 0, -1},
	} {
		in, _, _ := fw.Instrument(c.instrument)
		col, _ := in.Column(c.column)
		if col.Min == nil || *col.Min != c.min || (c.max >= 0 && (col.Max == nil || *col.Max != c.max)) {
			t.Errorf("%s.%s bounds: min %v max %v", c.instrument, c.column, col.Min, col.Max)
		}
	}
}

func TestFrameworkIDsListsMTV2(t *testing.T) {
	ids := resources.FrameworkIDs()
	if len(ids) == 0 || ids[0] != "mtv2" {
		t.Errorf("FrameworkIDs() = %v", ids)
	}
}
