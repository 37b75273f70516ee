package cli

import (
	"encoding/json"
	"path/filepath"
	"strings"
	"testing"

	"github.com/helhed/helhed/internal/casefile"
	"github.com/helhed/helhed/internal/testcase"
)

// instrumentsCaseFile writes testcase.Instruments (MTV 2.0 with every instrument filled in; its
// figures are worked out by hand in internal/analysis/instruments_test.go) to dir.
func instrumentsCaseFile(t *testing.T, dir string) string {
	t.Helper()
	path := filepath.Join(dir, "instruments.mtv")
	if err := casefile.Save(path, testcase.Instruments()); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestSummaryJSONHasTheInstruments(t *testing.T) {
	path := instrumentsCaseFile(t, t.TempDir())
	r := run("summary", "--json", "--lang", "en", path)
	r.expect(t, ExitOK, `"instruments"`, "")
	var s struct {
		SummaryVersion int `json:"summaryVersion"`
		Instruments    map[string]struct {
			ID         string          `json:"id"`
			Calculator string          `json:"calculator"`
			Rows       []any           `json:"rows"`
			Figures    json.RawMessage `json:"figures"`
			Problems   *[]struct {
				Row   int    `json:"row"`
				RowID string `json:"rowId"`
				Field string `json:"field"`
			} `json:"problems"`
		} `json:"instruments"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &s); err != nil {
		t.Fatal(err)
	}
	if s.SummaryVersion != 1 || len(s.Instruments) != 9 {
		t.Fatalf("version %d, %d instruments", s.SummaryVersion, len(s.Instruments))
	}
	wantProblems := map[string]string{ // row/field, as analysis's test works them out
		"workflow":    "4/minutes 5/frequency",
		"economy":     "6/year 7/base",
		"environment": "3/factor",
		"competences": "4/current",
		"risks":       "4/likelihood",
		"staff-cost":  "1/role",
	}
	for calc, want := range wantProblems {
		in := s.Instruments[calc]
		if in.Calculator != calc || in.Figures == nil || in.Problems == nil {
			t.Errorf("%s: %+v", calc, in)
			continue
		}
		var at []string
		for _, p := range *in.Problems {
			at = append(at, strings.Join([]string{itoa(p.Row), p.Field}, "/"))
			if p.RowID == "" {
				t.Errorf("%s: problem without its row's ID", calc)
			}
		}
		if got := strings.Join(at, " "); got != want {
			t.Errorf("%s problems at %s, want %s", calc, got, want)
		}
	}
	for _, table := range []string{"inequality", "involvement", "evaluation"} {
		in := s.Instruments[table]
		if in.Calculator != "" || in.Figures != nil || in.Problems != nil || len(in.Rows) != 1 {
			t.Errorf("%s: %+v", table, in)
		}
	}
	for _, want := range []string{`"netPresentCost": {`, `"base": 511391`, `"difference": -1374`, `"gapCount": 3`} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("summary lacks %s", want)
		}
	}
}

func TestSummaryTextHeadlines(t *testing.T) {
	path := instrumentsCaseFile(t, t.TempDir())
	r := run("summary", path)
	for _, want := range []string{
		"Workflow: sygeplejerske -198 h/year, social- og sundhedsassistent +26 h/year (all roles -172 h/year) [2 values to fix: figures incomplete]",
		"Economy: budget impact base 500,000 kr over 3 years (low 200,000, high 900,000), net present cost base 511,391 kr at 4 %",
		"Environment: -1,374 kg CO2e/year (before 2,040, after 666) [1 value to fix",
		"Competences: 3 gaps",
		"Risks: top score 12 (Alarmtræthed), 4 ranked",
	} {
		r.expect(t, ExitOK, want, "")
	}
	// The small case has an economy setting but no rows: no headline.
	small := smallCaseFile(t, t.TempDir(), "small.mtv")
	if r := run("summary", small); strings.Contains(r.stdout, "Economy:") {
		t.Errorf("headline without rows:\n%s", r.stdout)
	}
}

func itoa(i int) string { b, _ := json.Marshal(i); return string(b) }
