package analysis

import (
	"encoding/json"
	"math"
	"strings"
	"testing"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/casefile"
	"github.com/helhed/helhed/internal/instruments"
	"github.com/helhed/helhed/internal/testcase"
)

func near(got, want float64) bool { return math.Abs(got-want) <= 1e-6*math.Max(1, math.Abs(want)) }

func checkNear(t *testing.T, what string, got, want float64) {
	t.Helper()
	if !near(got, want) {
		t.Errorf("%s = %v; want %v", what, got, want)
	}
}

// checkAt fails unless the problems are exactly at these "row/field" places ("-1/horizon" for a
// setting), in order, each with a reason in both languages.
func checkAt(t *testing.T, what string, ps instruments.Problems, want ...string) {
	t.Helper()
	var got []string
	for _, p := range ps {
		got = append(got, itoa(p.Row)+"/"+p.Field)
		if p.Message.Da == "" || p.Message.En == "" {
			t.Errorf("%s: problem %v lacks a reason in a language", what, p)
		}
	}
	if strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("%s problems at %v; want %v\n%v", what, got, want, ps)
	}
}

func itoa(i int) string { b, _ := json.Marshal(i); return string(b) }

// The case is testcase.Instruments: MTV 2.0 with every instrument filled in as people type.
func TestWorkflowFigures(t *testing.T) {
	w := InstrumentFigures(testcase.Instruments()).Workflow
	if w == nil || w.InstrumentID != "workflow" || len(w.Rows) != 6 {
		t.Fatalf("workflow %+v", w)
	}
	// Row 4 has minutes "1.500" (1500 or 1.5?) and row 5 no frequency: marked there, left out,
	// never zero; the calculator's own complaint about the same fields is not repeated.
	checkAt(t, "workflow", w.Problems, "4/minutes", "5/frequency")
	if w.Problems[0].Message.En == "" || !strings.Contains(w.Problems[0].Message.En, "ambiguous") {
		t.Errorf("row 4: %v", w.Problems[0])
	}
	// Hours per year = minutes × frequency × periods a year / 60, 365 days, 52 weeks:
	//   0 before, night round, nurse:   4,5 × 6   × 365 / 60 = 164.25
	//   1 after,  night round, nurse:   1.5 × 2   × 365 / 60 =  18.25
	//   2 before, fall report, nurse:    20 × 3   ×  52 / 60 =  52
	//   3 after,  fall report, SSA:      20 × 1,5 ×  52 / 60 =  26
	// nurse: before 164.25 + 52 = 216.25, after 18.25, difference −198
	// SSA:   before 0, after 26, difference +26; total 216.25 → 44.25, −172
	r := w.Result
	if len(r.Roles) != 2 || r.Roles[0].Role != "sygeplejerske" || r.Roles[1].Role != "social- og sundhedsassistent" {
		t.Fatalf("roles %+v", r.Roles)
	}
	checkNear(t, "nurse before", r.Roles[0].Before, 216.25)
	checkNear(t, "nurse after", r.Roles[0].After, 18.25)
	checkNear(t, "nurse difference", r.Roles[0].Difference, -198)
	checkNear(t, "SSA difference", r.Roles[1].Difference, 26)
	checkNear(t, "total difference", r.Total.Difference, -172)
	checkNear(t, "days", w.DaysPerYear, 365)
	// The fall report moves from the nurse to the SSA: 52 h before, 26 h after.
	if len(r.Moves) != 1 || r.Moves[0].Step != "Faldrapport" || r.Moves[0].From[0] != "sygeplejerske" ||
		r.Moves[0].To[0] != "social- og sundhedsassistent" || !near(r.Moves[0].HoursBefore, 52) || !near(r.Moves[0].HoursAfter, 26) {
		t.Errorf("moves %+v", r.Moves)
	}
	if r.StepHours[4] != 0 || r.StepHours[5] != 0 {
		t.Errorf("rows with a problem counted: %v", r.StepHours)
	}
}

func TestEconomyFigures(t *testing.T) {
	e := InstrumentFigures(testcase.Instruments()).Economy
	if e == nil {
		t.Fatal("no economy")
	}
	// Row 6 has year "2,5", row 7 no base amount.
	checkAt(t, "economy", e.Problems, "6/year", "7/base")
	if e.Horizon != 3 || !e.Discounted || e.DiscountRate != 4 {
		t.Errorf("settings: horizon %d, rate %v (discounted %v); want 3, 4 (\"4 %%\")", e.Horizon, e.DiscountRate, e.Discounted)
	}
	// Low / base / high, kr. Lines without a range count their base at both ends:
	//   year 1: hospital 500 000 + 100 000 / 600 000 + 100 000 / 800 000 + 100 000
	//           = 600 000 / 700 000 / 900 000
	//   year 2: hospital 200 000, municipality −400 000 / −300 000 / −200 000
	//           = −200 000 / −100 000 / 0; year 3 the same
	//   total: 200 000 / 500 000 / 900 000
	r := e.Result
	want := []instruments.Amounts{{Low: 600_000, Base: 700_000, High: 900_000}, {Low: -200_000, Base: -100_000}, {Low: -200_000, Base: -100_000}}
	if len(r.Years) != 3 {
		t.Fatalf("years %+v", r.Years)
	}
	for i, w := range want {
		checkAmounts(t, "year "+itoa(i+1), r.Years[i].Total, w)
	}
	checkAmounts(t, "total", r.Total, instruments.Amounts{Low: 200_000, Base: 500_000, High: 900_000})
	checkAmounts(t, "hospital", r.SectorTotals[instruments.Hospital], instruments.Amounts{Low: 1_000_000, Base: 1_100_000, High: 1_300_000})
	// Net present cost at 4 %, year 1 at t = 0:
	//   base: 700 000 − 100 000 / 1.04 − 100 000 / 1.04² = 700 000 − 96 153.85 − 92 455.62 = 511 390.53
	//   low:  600 000 − 200 000 / 1.04 − 200 000 / 1.04² = 600 000 − 192 307.69 − 184 911.24 = 222 781.07
	//   high: 900 000 + 0 + 0 = 900 000
	// Positive: over the three years the costs outweigh the savings.
	checkAmounts(t, "NPV", r.NPV, instruments.Amounts{
		Low:  600_000 - 200_000/1.04 - 200_000/(1.04*1.04),
		Base: 700_000 - 100_000/1.04 - 100_000/(1.04*1.04),
		High: 900_000,
	})
	checkNear(t, "NPV base by hand", r.NPV.Base, 511_390.53)
}

func checkAmounts(t *testing.T, what string, got, want instruments.Amounts) {
	t.Helper()
	checkNear(t, what+" low", got.Low, want.Low)
	checkNear(t, what+" base", got.Base, want.Base)
	checkNear(t, what+" high", got.High, want.High)
}

func TestEconomyWithoutDiscountRate(t *testing.T) {
	c := testcase.Instruments()
	e := assessment.Edit{At: testcase.At}
	c.SetSetting(e, "economy", "discount-rate", "")
	eco := InstrumentFigures(c).Economy
	// No rate: the budget impact stands, the net present cost is not shown (never a silent 0 %).
	checkAt(t, "economy", eco.Problems, "6/year", "7/base")
	if eco.Discounted {
		t.Error("discounted without a rate")
	}
	fig := eco.summary()
	if fig.NetPresentCost != nil || fig.DiscountRate != nil || fig.Total == nil || fig.Total.Base != 500_000 {
		t.Errorf("summary %+v", fig)
	}
	// An ambiguous rate and an empty horizon: no figures at all, both fields marked.
	c.SetSetting(e, "economy", "discount-rate", "3.500")
	c.SetSetting(e, "economy", "horizon", "")
	eco = InstrumentFigures(c).Economy
	checkAt(t, "economy", eco.Problems, "-1/horizon", "-1/discount-rate", "6/year", "7/base")
	if fig := eco.summary(); fig.Total != nil || fig.NetPresentCost != nil || len(fig.Years) != 0 || fig.Horizon != nil {
		t.Errorf("figures without settings: %+v", fig)
	}
}

func TestEnvironmentFigures(t *testing.T) {
	env := InstrumentFigures(testcase.Instruments()).Environment
	// Row 3 (waste) has no factor: left out, not counted as 0 kg.
	checkAt(t, "environment", env.Problems, "3/factor")
	// kg CO2e a year = quantity × factor:
	//   before: transport 12 000 km × 0,17 = 2 040
	//   after:  transport  3 000 km × 0,17 =   510; electricity 800 kWh × 0,195 = 156
	//   total 2 040 → 666, difference −1 374
	r := env.Result
	checkNear(t, "before", r.Total.Before, 2040)
	checkNear(t, "after", r.Total.After, 666)
	checkNear(t, "difference", r.Total.Difference, -1374)
	checkNear(t, "transport", r.Types[instruments.Transport].Difference, -1530)
	checkNear(t, "electricity", r.Types[instruments.Electricity].After, 156)
	if r.Triage.Warranted != instruments.Yes {
		t.Errorf("triage %+v", r.Triage)
	}
}

func TestCompetenceAndRiskFigures(t *testing.T) {
	f := InstrumentFigures(testcase.Instruments())
	// Row 4 has current level "2,5": a level is a whole number.
	checkAt(t, "competences", f.Competences.Problems, "4/current")
	// Gaps (needed − current): nurse use 4 − 2 = 2, technology 3 − 3 = 0; SSA use 2 − 1 = 1,
	// communication 5 − 2 = 3: three gaps, trained by super-users, micro-learning, re-training.
	if n := f.Competences.Gaps(); n != 3 {
		t.Errorf("%d gaps, want 3", n)
	}
	var formats []string
	for _, p := range f.Competences.Result.Plan {
		formats = append(formats, string(p.Format)+" "+itoa(p.Gap))
	}
	if got := strings.Join(formats, ", "); got != "super-user 2, micro-learning 1, re-training 3" {
		t.Errorf("plan %s", got)
	}
	// Risks: scores 4×3 = 12, 2×5 = 10, 1×5 = 5, 3×4 = 12; of the two 12s, the one with the
	// larger impact (row 3, impact 4) ranks first. Row 4 has no likelihood.
	checkAt(t, "risks", f.Risks.Problems, "4/likelihood")
	var ranked []string
	for _, r := range f.Risks.Result.Ranked {
		ranked = append(ranked, itoa(r.Row)+":"+itoa(r.Score))
	}
	if got := strings.Join(ranked, " "); got != "3:12 0:12 1:10 2:5" {
		t.Errorf("ranking %s", got)
	}
	if m := f.Risks.Result.Matrix; m[3][2] != 1 || m[2][3] != 1 || m[1][4] != 1 || m[0][4] != 1 {
		t.Errorf("matrix %v", m)
	}
}

func TestStaffCostFigures(t *testing.T) {
	f := InstrumentFigures(testcase.Instruments())
	s := f.StaffCost
	if s == nil || !s.Workflow || !s.WorkflowIncomplete {
		t.Fatalf("staff cost %+v", s)
	}
	// "leder" has no hours in the workflow: marked at its role, left out.
	checkAt(t, "staff cost", s.Problems, "1/role")
	// Hours from TestWorkflowFigures, valued at the nurse's 420 kr:
	//   nurse before 216.25 h × 420 = 90 825 kr; after 18.25 h × 420 = 7 665 kr;
	//         difference −198 h × 420 = −83 160 kr (time freed, valued)
	//   SSA   +26 h, no hourly cost: unpriced, its kroner unknown (not 0)
	r := s.Result
	if len(r.Roles) != 2 || !r.Roles[0].Priced || r.Roles[1].Priced {
		t.Fatalf("roles %+v", r.Roles)
	}
	checkNear(t, "nurse kr before", r.Roles[0].KrBefore, 90_825)
	checkNear(t, "nurse kr after", r.Roles[0].KrAfter, 7_665)
	checkNear(t, "nurse kr difference", r.Roles[0].Kr, -83_160)
	checkNear(t, "kr of priced roles", r.Kr, -83_160)
	checkNear(t, "hours, all roles", r.Hours, -172)
	if len(r.Unpriced) != 1 || r.Unpriced[0] != "social- og sundhedsassistent" {
		t.Errorf("unpriced %v", r.Unpriced)
	}
	// Never part of the cash budget: the economy's figures are as without it.
	c := testcase.Instruments()
	for _, r := range c.RowsOf("staff-cost") {
		if err := c.DeleteRow(assessment.Edit{At: testcase.At}, r.ID); err != nil {
			t.Fatal(err)
		}
	}
	without := InstrumentFigures(c)
	if without.StaffCost != nil || without.Economy.Result.Total != f.Economy.Result.Total || without.Economy.Result.NPV != f.Economy.Result.NPV {
		t.Errorf("the hourly costs changed the economy: %+v / %+v", without.Economy.Result.Total, f.Economy.Result.Total)
	}
	// The summary.
	data, _ := json.Marshal(Summarize(testcase.Instruments(), "en").Instruments["staff-cost"])
	for _, want := range []string{
		`"calculator":"staff-cost"`,
		`"roles":[{"role":"sygeplejerske","hours":{"before":216.3,"after":18.3,"difference":-198},"krPerHour":420,"kr":{"before":90825,"after":7665,"difference":-83160}},` +
			`{"role":"social- og sundhedsassistent","hours":{"before":0,"after":26,"difference":26},"krPerHour":null,"kr":null}]`,
		`"hours":{"before":216.3,"after":44.3,"difference":-172},"kr":{"before":90825,"after":7665,"difference":-83160},"unpriced":["social- og sundhedsassistent"],"workflowIncomplete":true`,
		`"field":"role","message":"leder is not a role in the workflow; its roles are: sygeplejerske, social- og sundhedsassistent"`,
	} {
		if !strings.Contains(string(data), want) {
			t.Errorf("JSON lacks %s\n%s", want, data)
		}
	}
}

func TestNoFiguresForUntouchedTables(t *testing.T) {
	c := testcase.Instruments()
	c.Rows, c.Settings = nil, nil
	if f := InstrumentFigures(c); f != (Figures{}) {
		t.Errorf("figures of empty tables: %+v", f)
	}
	s := Summarize(c, "en")
	if w := s.Instruments["workflow"]; w.Figures != nil || w.Problems == nil || len(*w.Problems) != 0 {
		t.Errorf("empty workflow %+v", w)
	}
	if f := InstrumentFigures(testcase.Case()); f.Workflow != nil || f.Economy != nil {
		t.Errorf("the small framework has only an economy with a setting: %+v", f)
	}
}

func TestFiguresSurviveTheFile(t *testing.T) {
	c := testcase.Instruments()
	data, err := casefile.Encode(c)
	if err != nil {
		t.Fatal(err)
	}
	back, err := casefile.Decode(data, "instruments.mtv")
	if err != nil {
		t.Fatal(err)
	}
	a, _ := json.Marshal(Summarize(c, "da").Instruments)
	b, _ := json.Marshal(Summarize(back, "da").Instruments)
	if string(a) != string(b) {
		t.Errorf("figures changed through the file:\n%s\n%s", a, b)
	}
}

func TestSummaryJSONOfInstruments(t *testing.T) {
	c := testcase.Instruments()
	data, err := json.Marshal(Summarize(c, "en"))
	if err != nil {
		t.Fatal(err)
	}
	var s struct {
		Instruments map[string]map[string]json.RawMessage `json:"instruments"`
	}
	if err := json.Unmarshal(data, &s); err != nil {
		t.Fatal(err)
	}
	for _, key := range []string{"workflow", "economy", "environment", "competences", "risks", "staff-cost"} {
		in := s.Instruments[key]
		if in["figures"] == nil || in["problems"] == nil || string(in["calculator"]) != `"`+key+`"` {
			t.Errorf("%s: %s", key, data)
		}
	}
	for _, key := range []string{"inequality", "involvement", "evaluation"} {
		in := s.Instruments[key]
		if in == nil || in["figures"] != nil || in["problems"] != nil || string(in["rows"]) == "[]" {
			t.Errorf("%s: %v", key, in)
		}
	}
	if len(s.Instruments) != 9 {
		t.Errorf("%d instruments", len(s.Instruments))
	}
	text := string(data)
	rows := c.RowsOf("workflow")
	for _, want := range []string{
		// hours rounded to 0.1; a row with a problem has no hours
		`"roles":[{"role":"sygeplejerske","before":216.3,"after":18.3,"difference":-198},{"role":"social- og sundhedsassistent","before":0,"after":26,"difference":26}]`,
		`"rowHours":[164.3,18.3,52,26,null,null]`,
		`{"row":4,"rowId":"` + rows[4].ID.String() + `","field":"minutes","message":"\"1.500\" is ambiguous`,
		// kroner rounded to whole kroner
		`"total":{"low":200000,"base":500000,"high":900000},"netPresentCost":{"low":222781,"base":511391,"high":900000}`,
		`"horizon":3,"discountRate":4,`,
		`"total":{"before":2040,"after":666,"difference":-1374},"rowKg":[2040,510,156,null]`,
		`"gapCount":3`,
		`"matrix":[[0,0,0,0,1],[0,0,0,0,1],[0,0,0,1,0],[0,0,1,0,0],[0,0,0,0,0]]`,
	} {
		if !strings.Contains(text, want) {
			t.Errorf("JSON lacks %s", want)
		}
	}
}

// TestCellProblems: cells checked by their column's type, for plain tables as for calculators.
func TestCellProblems(t *testing.T) {
	c := testcase.Instruments()
	in, _, _ := c.Framework.Instrument("involvement")
	rows := []map[string]string{
		{"role": "sygeplejerske", "date": "2026-10-01", "phase": "needs", "how": "Workshop"}, // fine
		{"role": "portør", "date": "1/10/2026", "phase": "pilot-x", "how": ""},               // bad date, unknown choice, required empty
	}
	ps := CellProblems(in, rows, nil)
	checkAt(t, "involvement", ps, "1/date", "1/phase", "1/how")
	if ps[1].Message.En != "unknown choice 'pilot-x'" || ps[1].Message.Da != "ukendt valg »pilot-x«" {
		t.Errorf("unknown choice said as %+v", ps[1].Message)
	}
	wf, _, _ := c.Framework.Instrument("workflow")
	ps = CellProblems(wf, []map[string]string{{"phase": "before", "step": "A", "role": "x", "minutes": "-2", "frequency": "1.500", "per": "day"}},
		map[string]string{"days-per-year": "365"})
	checkAt(t, "workflow", ps, "0/minutes", "0/frequency")
	if ps[0].Message.En != "must be at least 0" {
		t.Errorf("below the minimum said as %q", ps[0].Message.En)
	}
}
