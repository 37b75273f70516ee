package analysis

import (
	"math"
	"sort"
	"strings"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
	"github.com/helhed/helhed/internal/instruments"
)

// Figures are the computed figures of a case's calculator instruments (framework.Calculators),
// one field per calculator. A field is nil where the case's framework has no instrument with
// that calculator, or where its table is untouched: no rows and no settings.
//
// Every figure keeps the instruments package's conventions: differences are after − before (a
// negative difference is hours freed, kg CO2e avoided); in the economy a cost is positive and a
// saving negative, so a positive NPV is a net present COST.
type Figures struct {
	Workflow    *WorkflowFigures
	Economy     *EconomyFigures
	Environment *EnvironmentFigures
	Competences *CompetenceFigures
	Risks       *RiskFigures
	StaffCost   *StaffCostFigures
}

// Inputs is what a calculator's figures were computed from: the instrument, its live rows in
// the order of assessment.Case.RowsOf and its settings as typed.
//
// Problems lists every value that could not be read or used, as instruments.Problem: Row is an
// index into Rows (instruments.SettingsRow for a setting) and Field the column or setting ID, so
// a form can mark the field. They are the problems of reading the typed text (a number that is
// ambiguous, not a number, or missing where one is required: never taken as zero) followed by
// the calculator's own (a minute count below zero, a choice not made), sorted by row; a field
// has the reading problem only, not a second one from the calculator. A row with a problem is
// left out of the figures: when Problems is not empty, the figures are incomplete.
type Inputs struct {
	InstrumentID string
	Rows         []assessment.TableRow
	Settings     map[string]string
	Problems     instruments.Problems
}

// RowID returns the record ID of the row a problem is at, or "" for a setting.
func (in *Inputs) RowID(p instruments.Problem) string {
	if p.Row < 0 || p.Row >= len(in.Rows) {
		return ""
	}
	return in.Rows[p.Row].ID.String()
}

// WorkflowFigures are the workflow's hours per role per year. DaysPerYear is the setting as
// read (NaN when it could not be).
type WorkflowFigures struct {
	Inputs
	DaysPerYear float64
	Result      instruments.WorkflowResult // its Problems are also in Inputs.Problems
}

// EconomyFigures are the economy's budget impact and net present cost. Horizon and
// DiscountRate are the settings as read (0 and NaN when they could not be). Discounted is false
// when no discount rate is set: the calculation then runs at 0 % for the budget impact, and
// Result.NPV and Result.SectorNPV must not be shown as a net present value (the group has not
// said how to discount).
type EconomyFigures struct {
	Inputs
	Horizon      int
	DiscountRate float64
	Discounted   bool
	Result       instruments.EconomyResult
}

// EnvironmentFigures are the environment's kg CO2e per year.
type EnvironmentFigures struct {
	Inputs
	Result instruments.EnvironmentResult
}

// CompetenceFigures are the competence gaps and a suggested training plan. Gap.Row indexes
// Inputs.Rows.
type CompetenceFigures struct {
	Inputs
	Result instruments.CompetenceResult
}

// StaffCostFigures are the workflow's hours per role valued at the group's hourly cost per role
// (instruments.PriceStaffTime): the value of time freed or spent, never a cash saving, and
// never part of the economy's budget or net present cost. Workflow is false when the case has
// no workflow figures to value; WorkflowIncomplete is true when the workflow has problems, so
// its hours leave rows out.
type StaffCostFigures struct {
	Inputs
	Workflow           bool
	WorkflowIncomplete bool
	Result             instruments.StaffTimeResult
}

// RiskFigures are the ranked risks and the 5×5 matrix. RankedRisk.Row indexes Inputs.Rows.
type RiskFigures struct {
	Inputs
	Result instruments.RiskResult
}

// InstrumentFigures reads the case's calculator instruments and computes their figures.
//
// Cells are read as people type them: numbers with instruments.ParseNumber (the discount rate
// with ParsePercent, so "4" and "4 %" are both 4 %), whole numbers (years, levels, likelihood
// and impact, factor years) with Problems.Integer. A number left empty where the calculator
// needs one is a problem at that field, never a zero; the exceptions are an economy line's low
// and high ends, each of which is the base amount when left empty (a line without a range), and
// the discount rate, whose absence leaves the NPV uncomputed (EconomyFigures.Discounted).
// Choices are passed as their IDs and checked by the calculator.
//
// Staff time is valued where the framework has a staff-cost instrument and the group has filled
// it in: the workflow's hours per role times the role's hourly cost, kept apart from the cash
// budget (StaffCostFigures).
func InstrumentFigures(c *assessment.Case) Figures {
	var f Figures
	if c == nil || c.Framework == nil {
		return f
	}
	if in, ok := inputsFor(c, framework.CalcWorkflow); ok {
		f.Workflow = workflowFigures(in)
	}
	if in, ok := inputsFor(c, framework.CalcEconomy); ok {
		f.Economy = economyFigures(in)
	}
	if in, ok := inputsFor(c, framework.CalcEnvironment); ok {
		f.Environment = environmentFigures(in)
	}
	if in, ok := inputsFor(c, framework.CalcCompetences); ok {
		f.Competences = competenceFigures(in)
	}
	if in, ok := inputsFor(c, framework.CalcRisks); ok {
		f.Risks = riskFigures(in)
	}
	if in, ok := inputsFor(c, framework.CalcStaffCost); ok {
		f.StaffCost = staffCostFigures(in, f.Workflow)
	}
	return f
}

// inputsFor returns the rows and settings of the calculator's instrument, or false when the
// framework has none or its table is untouched.
func inputsFor(c *assessment.Case, calc string) (Inputs, bool) {
	in, ok := c.Framework.InstrumentFor(calc)
	if !ok {
		return Inputs{}, false
	}
	inputs := Inputs{InstrumentID: in.ID, Rows: c.RowsOf(in.ID), Settings: c.SettingValues(in.ID)}
	return inputs, len(inputs.Rows) > 0 || len(inputs.Settings) > 0
}

// number reads a number cell; NaN (refused by every calculator, and the problem recorded
// here) when it cannot be read.
func (in *Inputs) number(row int, field, s string) float64 {
	v, ok := in.Problems.Number(row, field, s)
	if !ok {
		return math.NaN()
	}
	return v
}

// integer reads a whole number cell; 0 when it cannot be read (the problem recorded here).
// Every whole number a calculator reads must be at least 1, so a 0 is always left out there.
func (in *Inputs) integer(row int, field, s string) int {
	v, _ := in.Problems.Integer(row, field, s)
	return v
}

// merge adds the calculator's problems to the reading problems, leaving out those at a field
// that already has one, and sorts them by row (settings first).
func (in *Inputs) merge(calc instruments.Problems) {
	reading := in.Problems
	out := append(instruments.Problems(nil), reading...)
	for _, p := range calc {
		if len(reading.At(p.Row, p.Field)) == 0 {
			out = append(out, p)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Row < out[j].Row })
	in.Problems = out
}

func workflowFigures(in Inputs) *WorkflowFigures {
	f := &WorkflowFigures{Inputs: in}
	f.DaysPerYear = f.number(instruments.SettingsRow, "days-per-year", in.Settings["days-per-year"])
	input := instruments.WorkflowInput{DaysPerYear: f.DaysPerYear}
	for i, r := range in.Rows {
		input.Steps = append(input.Steps, instruments.Step{
			Phase:     instruments.Phase(r.Cells["phase"]),
			Step:      r.Cells["step"],
			Role:      strings.TrimSpace(r.Cells["role"]),
			Minutes:   f.number(i, "minutes", r.Cells["minutes"]),
			Frequency: f.number(i, "frequency", r.Cells["frequency"]),
			Per:       instruments.Per(r.Cells["per"]),
		})
	}
	f.Result = instruments.Workflow(input)
	f.merge(f.Result.Problems)
	return f
}

func economyFigures(in Inputs) *EconomyFigures {
	f := &EconomyFigures{Inputs: in}
	f.Horizon = f.integer(instruments.SettingsRow, "horizon", in.Settings["horizon"])
	f.DiscountRate = 0
	if rate := in.Settings["discount-rate"]; strings.TrimSpace(rate) != "" {
		v, err := instruments.ParsePercent(rate)
		if err != nil {
			f.Problems = append(f.Problems, instruments.Problem{Row: instruments.SettingsRow, Field: "discount-rate",
				Message: instruments.ErrorText(err)})
			v = math.NaN()
		}
		f.DiscountRate, f.Discounted = v, err == nil
	}
	input := instruments.EconomyInput{Horizon: f.Horizon, DiscountRate: f.DiscountRate}
	for i, r := range in.Rows {
		base := f.number(i, "base", r.Cells["base"])
		end := func(field string) float64 {
			if strings.TrimSpace(r.Cells[field]) != "" {
				return f.number(i, field, r.Cells[field])
			}
			if math.IsNaN(base) {
				return 0 // the line is left out for its base; no second problem here
			}
			return base
		}
		input.Lines = append(input.Lines, instruments.CostLine{
			Year:        f.integer(i, "year", r.Cells["year"]),
			Category:    instruments.Category(r.Cells["category"]),
			Sector:      instruments.Sector(r.Cells["sector"]),
			Description: r.Cells["description"],
			Low:         end("low"),
			Base:        base,
			High:        end("high"),
		})
	}
	f.Result = instruments.Economy(input)
	f.merge(f.Result.Problems)
	return f
}

func environmentFigures(in Inputs) *EnvironmentFigures {
	f := &EnvironmentFigures{Inputs: in}
	input := instruments.EnvironmentInput{Triage: instruments.Triage{
		Warranted: instruments.Answer(in.Settings["triage"]),
		Reason:    in.Settings["triage-reason"],
	}}
	for i, r := range in.Rows {
		input.Lines = append(input.Lines, instruments.EnvLine{
			Phase:        instruments.Phase(r.Cells["phase"]),
			Type:         instruments.LineType(r.Cells["line-type"]),
			Description:  r.Cells["description"],
			Quantity:     f.number(i, "quantity", r.Cells["quantity"]),
			Unit:         r.Cells["unit"],
			Factor:       f.number(i, "factor", r.Cells["factor"]),
			FactorSource: r.Cells["factor-source"],
			FactorYear:   f.integer(i, "factor-year", r.Cells["factor-year"]),
		})
	}
	f.Result = instruments.Environment(input)
	f.merge(f.Result.Problems)
	return f
}

func competenceFigures(in Inputs) *CompetenceFigures {
	f := &CompetenceFigures{Inputs: in}
	var rows []instruments.CompetenceRow
	for i, r := range in.Rows {
		rows = append(rows, instruments.CompetenceRow{
			Role:      strings.TrimSpace(r.Cells["role"]),
			Dimension: instruments.Dimension(r.Cells["dimension"]),
			Current:   f.integer(i, "current", r.Cells["current"]),
			Needed:    f.integer(i, "needed", r.Cells["needed"]),
			Format:    instruments.TrainingFormat(strings.TrimSpace(r.Cells["format"])),
			Who:       strings.TrimSpace(r.Cells["who"]),
			When:      strings.TrimSpace(r.Cells["when"]),
		})
	}
	f.Result = instruments.Competences(rows)
	f.merge(f.Result.Problems)
	return f
}

func riskFigures(in Inputs) *RiskFigures {
	f := &RiskFigures{Inputs: in}
	var risks []instruments.Risk
	for i, r := range in.Rows {
		risks = append(risks, instruments.Risk{
			Description: r.Cells["description"],
			Domain:      r.Cells["domain"],
			Likelihood:  f.integer(i, "likelihood", r.Cells["likelihood"]),
			Impact:      f.integer(i, "impact", r.Cells["impact"]),
			Mitigation:  r.Cells["mitigation"],
			Owner:       r.Cells["owner"],
		})
	}
	f.Result = instruments.Risks(risks)
	f.merge(f.Result.Problems)
	return f
}

func staffCostFigures(in Inputs, wf *WorkflowFigures) *StaffCostFigures {
	f := &StaffCostFigures{Inputs: in}
	var costs []instruments.HourlyCost
	for i, r := range in.Rows {
		costs = append(costs, instruments.HourlyCost{
			Role:      strings.TrimSpace(r.Cells["role"]),
			KrPerHour: f.number(i, "kr-per-hour", r.Cells["kr-per-hour"]),
		})
	}
	var hours []instruments.RoleHours
	if wf != nil {
		hours = wf.Result.Roles
		f.Workflow = len(hours) > 0
		f.WorkflowIncomplete = len(wf.Problems) > 0
	}
	f.Result = instruments.PriceStaffTime(hours, costs)
	f.merge(f.Result.Problems)
	return f
}

// Gaps counts the competence gaps: the rows whose needed level is above the current one.
func (f *CompetenceFigures) Gaps() int {
	n := 0
	for _, g := range f.Result.Gaps {
		if g.Gap > 0 {
			n++
		}
	}
	return n
}

// The summary's figures (Summary.Instruments[…].Figures, docs/case-format.md): the figures
// above, rounded for reading (hours and kg CO2e to 0.1, kroner to whole kroner), keyed by IDs.

// ProblemSummary is a problem in a Summary: the row's index in the instrument's rows (-1 for a
// setting) and record ID ("" for a setting), the column or setting ID and the reason.
type ProblemSummary struct {
	Row     int    `json:"row"`
	RowID   string `json:"rowId,omitempty"`
	Field   string `json:"field"`
	Message string `json:"message"`
}

// BeforeAfter are hours or kg CO2e per year before and after; Difference is after − before.
type BeforeAfter struct {
	Before     float64 `json:"before"`
	After      float64 `json:"after"`
	Difference float64 `json:"difference"`
}

// RoleHoursSummary are one role's hours per year.
type RoleHoursSummary struct {
	Role string `json:"role"`
	BeforeAfter
}

// MoveSummary is a task that changes hands.
type MoveSummary struct {
	Step        string   `json:"step"`
	From        []string `json:"from"`
	To          []string `json:"to"`
	HoursBefore float64  `json:"hoursBefore"`
	HoursAfter  float64  `json:"hoursAfter"`
}

// WorkflowSummary is the workflow's figures in a Summary.
type WorkflowSummary struct {
	DaysPerYear *float64           `json:"daysPerYear"`
	Roles       []RoleHoursSummary `json:"roles"`
	Total       BeforeAfter        `json:"total"`
	Moves       []MoveSummary      `json:"moves"`
	RowHours    []*float64         `json:"rowHours"`
}

// AmountsSummary are kroner in the low, base and high scenarios.
type AmountsSummary struct {
	Low  float64 `json:"low"`
	Base float64 `json:"base"`
	High float64 `json:"high"`
}

// YearSummary is one year's budget impact, undiscounted.
type YearSummary struct {
	Year    int                       `json:"year"`
	Sectors map[string]AmountsSummary `json:"sectors"`
	Total   AmountsSummary            `json:"total"`
}

// EconomySummary is the economy's figures in a Summary.
type EconomySummary struct {
	Horizon              *int                      `json:"horizon"`
	DiscountRate         *float64                  `json:"discountRate"`
	Years                []YearSummary             `json:"years"`
	Sectors              map[string]AmountsSummary `json:"sectors"`
	Categories           map[string]AmountsSummary `json:"categories"`
	Total                *AmountsSummary           `json:"total"`
	NetPresentCost       *AmountsSummary           `json:"netPresentCost"`
	SectorNetPresentCost map[string]AmountsSummary `json:"sectorNetPresentCost"`
}

// EnvironmentSummary is the environment's figures in a Summary, in kg CO2e per year.
type EnvironmentSummary struct {
	Triage struct {
		Warranted string `json:"warranted"`
		Reason    string `json:"reason"`
	} `json:"triage"`
	Types map[string]BeforeAfter `json:"types"`
	Total BeforeAfter            `json:"total"`
	RowKg []*float64             `json:"rowKg"`
}

// GapSummary is one role's gap in one dimension.
type GapSummary struct {
	Row       int    `json:"row"`
	Role      string `json:"role"`
	Dimension string `json:"dimension"`
	Current   int    `json:"current"`
	Needed    int    `json:"needed"`
	Gap       int    `json:"gap"`
}

// PlanSummary is a training plan line: the group's own format, who and when where it filled
// them in, Helhed's suggestion otherwise (Suggested tells which the format is).
type PlanSummary struct {
	Role      string `json:"role"`
	Dimension string `json:"dimension"`
	Gap       int    `json:"gap"`
	Format    string `json:"format"`
	Suggested bool   `json:"suggested"`
	How       string `json:"how"`
	Who       string `json:"who"`
	When      string `json:"when"`
}

// CompetenceSummary is the competences' figures in a Summary.
type CompetenceSummary struct {
	GapCount int           `json:"gapCount"`
	Gaps     []GapSummary  `json:"gaps"`
	Plan     []PlanSummary `json:"plan"`
}

// RiskSummary is one ranked risk.
type RiskSummary struct {
	Rank        int    `json:"rank"`
	Row         int    `json:"row"`
	Score       int    `json:"score"`
	Likelihood  int    `json:"likelihood"`
	Impact      int    `json:"impact"`
	Description string `json:"description"`
	Domain      string `json:"domain"`
	Mitigation  string `json:"mitigation"`
	Owner       string `json:"owner"`
}

// RisksSummary is the risks' figures in a Summary.
type RisksSummary struct {
	Ranked []RiskSummary `json:"ranked"`
	// Matrix counts risks per cell: matrix[likelihood-1][impact-1].
	Matrix [instruments.RiskScale][instruments.RiskScale]int `json:"matrix"`
}

// StaffRoleSummary is one workflow role's hours per year and, where the group gave the role an
// hourly cost, their value in kroner; KrPerHour and Kr are null for a role without one.
type StaffRoleSummary struct {
	Role      string       `json:"role"`
	Hours     BeforeAfter  `json:"hours"`
	KrPerHour *float64     `json:"krPerHour"`
	Kr        *BeforeAfter `json:"kr"`
}

// StaffCostSummary is the staff-cost figures in a Summary: the value of staff time freed
// (negative difference) or spent (positive), NOT a cash saving and not part of the economy's
// budget or net present cost.
type StaffCostSummary struct {
	Roles []StaffRoleSummary `json:"roles"`
	// Hours are all the workflow's roles; Kr the priced roles only.
	Hours BeforeAfter `json:"hours"`
	Kr    BeforeAfter `json:"kr"`
	// Unpriced are the workflow's roles without an hourly cost ([] when none).
	Unpriced []string `json:"unpriced"`
	// WorkflowIncomplete is true when the workflow's figures leave rows out.
	WorkflowIncomplete bool `json:"workflowIncomplete"`
}

// round rounds v to decimals places, without a negative zero.
func round(v float64, decimals int) float64 {
	p := math.Pow(10, float64(decimals))
	r := math.Round(v*p) / p
	if r == 0 {
		return 0
	}
	return r
}

func roundedPtr(v float64, decimals int) *float64 {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return nil
	}
	r := round(v, decimals)
	return &r
}

func beforeAfter(before, after, diff float64) BeforeAfter {
	return BeforeAfter{round(before, 1), round(after, 1), round(diff, 1)}
}

func amounts(a instruments.Amounts) AmountsSummary {
	return AmountsSummary{round(a.Low, 0), round(a.Base, 0), round(a.High, 0)}
}

func amountsMap[K ~string](m map[K]instruments.Amounts) map[string]AmountsSummary {
	out := map[string]AmountsSummary{}
	for k, a := range m {
		out[string(k)] = amounts(a)
	}
	return out
}

// problemsSummary writes the problems of in with their reasons in lang.
func problemsSummary(in *Inputs, lang string) []ProblemSummary {
	out := []ProblemSummary{}
	for _, p := range in.Problems {
		out = append(out, ProblemSummary{Row: p.Row, RowID: in.RowID(p), Field: p.Field, Message: p.Message.In(lang)})
	}
	return out
}

// perRow returns the values of the rows without a problem, nil for the others.
func perRow(in *Inputs, values []float64) []*float64 {
	bad := map[int]bool{}
	for _, p := range in.Problems {
		bad[p.Row] = true
	}
	out := make([]*float64, len(in.Rows))
	for i := range out {
		if !bad[i] && i < len(values) {
			out[i] = roundedPtr(values[i], 1)
		}
	}
	return out
}

// summary returns the figures of the calculator calc and their problems for a Summary, or
// false when there are none.
func (f Figures) summary(calc, lang string) (any, []ProblemSummary, bool) {
	switch calc {
	case framework.CalcWorkflow:
		if w := f.Workflow; w != nil {
			return w.summary(), problemsSummary(&w.Inputs, lang), true
		}
	case framework.CalcEconomy:
		if e := f.Economy; e != nil {
			return e.summary(), problemsSummary(&e.Inputs, lang), true
		}
	case framework.CalcEnvironment:
		if e := f.Environment; e != nil {
			return e.summary(), problemsSummary(&e.Inputs, lang), true
		}
	case framework.CalcCompetences:
		if c := f.Competences; c != nil {
			return c.summary(lang), problemsSummary(&c.Inputs, lang), true
		}
	case framework.CalcRisks:
		if r := f.Risks; r != nil {
			return r.summary(), problemsSummary(&r.Inputs, lang), true
		}
	case framework.CalcStaffCost:
		if s := f.StaffCost; s != nil {
			return s.summary(), problemsSummary(&s.Inputs, lang), true
		}
	}
	return nil, nil, false
}

func (w *WorkflowFigures) summary() *WorkflowSummary {
	r := w.Result
	s := &WorkflowSummary{
		DaysPerYear: roundedPtr(w.DaysPerYear, 2),
		Roles:       []RoleHoursSummary{},
		Total:       beforeAfter(r.Total.Before, r.Total.After, r.Total.Difference),
		Moves:       []MoveSummary{},
		RowHours:    perRow(&w.Inputs, r.StepHours),
	}
	for _, h := range r.Roles {
		s.Roles = append(s.Roles, RoleHoursSummary{h.Role, beforeAfter(h.Before, h.After, h.Difference)})
	}
	for _, m := range r.Moves {
		s.Moves = append(s.Moves, MoveSummary{Step: m.Step, From: nonNil(m.From), To: nonNil(m.To),
			HoursBefore: round(m.HoursBefore, 1), HoursAfter: round(m.HoursAfter, 1)})
	}
	return s
}

func nonNil(s []string) []string {
	if s == nil {
		return []string{}
	}
	return s
}

func (e *EconomyFigures) summary() *EconomySummary {
	r := e.Result
	s := &EconomySummary{
		Years:      []YearSummary{},
		Sectors:    amountsMap(r.SectorTotals),
		Categories: amountsMap(r.Categories),
	}
	computed := len(r.Years) > 0 // false when the horizon or the discount rate is invalid
	if computed {
		total := amounts(r.Total)
		s.Total = &total
	}
	if e.Horizon >= 1 {
		h := e.Horizon
		s.Horizon = &h
	}
	if e.Discounted {
		s.DiscountRate = roundedPtr(e.DiscountRate, 4)
	}
	if e.Discounted && computed {
		npv := amounts(r.NPV)
		s.NetPresentCost = &npv
		s.SectorNetPresentCost = amountsMap(r.SectorNPV)
	}
	for _, y := range r.Years {
		s.Years = append(s.Years, YearSummary{Year: y.Year, Sectors: amountsMap(y.Sectors), Total: amounts(y.Total)})
	}
	return s
}

func (e *EnvironmentFigures) summary() *EnvironmentSummary {
	r := e.Result
	s := &EnvironmentSummary{Types: map[string]BeforeAfter{}, RowKg: perRow(&e.Inputs, r.LineKg),
		Total: beforeAfter(r.Total.Before, r.Total.After, r.Total.Difference)}
	s.Triage.Warranted, s.Triage.Reason = string(r.Triage.Warranted), r.Triage.Reason
	for k, t := range r.Types {
		s.Types[string(k)] = beforeAfter(t.Before, t.After, t.Difference)
	}
	return s
}

func (c *CompetenceFigures) summary(lang string) *CompetenceSummary {
	s := &CompetenceSummary{GapCount: c.Gaps(), Gaps: []GapSummary{}, Plan: []PlanSummary{}}
	for _, g := range c.Result.Gaps {
		s.Gaps = append(s.Gaps, GapSummary{g.Row, g.Role, string(g.Dimension), g.Current, g.Needed, g.Gap})
	}
	for _, p := range c.Result.Plan {
		s.Plan = append(s.Plan, PlanSummary{p.Role, string(p.Dimension), p.Gap, string(p.Format), p.Suggested,
			p.How.In(lang), p.Who.In(lang), p.When.In(lang)})
	}
	return s
}

func (s *StaffCostFigures) summary() *StaffCostSummary {
	r := s.Result
	out := &StaffCostSummary{Roles: []StaffRoleSummary{}, Unpriced: nonNil(r.Unpriced),
		WorkflowIncomplete: s.WorkflowIncomplete}
	var before, after float64
	for _, l := range r.Roles {
		rs := StaffRoleSummary{Role: l.Role, Hours: beforeAfter(l.HoursBefore, l.HoursAfter, l.Hours)}
		before += l.HoursBefore
		after += l.HoursAfter
		if l.Priced {
			rate := round(l.KrPerHour, 2)
			kr := BeforeAfter{round(l.KrBefore, 0), round(l.KrAfter, 0), round(l.Kr, 0)}
			rs.KrPerHour, rs.Kr = &rate, &kr
		}
		out.Roles = append(out.Roles, rs)
	}
	out.Hours = beforeAfter(before, after, r.Hours)
	out.Kr = BeforeAfter{round(r.KrBefore, 0), round(r.KrAfter, 0), round(r.Kr, 0)}
	return out
}

func (r *RiskFigures) summary() *RisksSummary {
	s := &RisksSummary{Ranked: []RiskSummary{}, Matrix: r.Result.Matrix}
	for _, k := range r.Result.Ranked {
		s.Ranked = append(s.Ranked, RiskSummary{Rank: k.Rank, Row: k.Row, Score: k.Score, Likelihood: k.Likelihood,
			Impact: k.Impact, Description: k.Description, Domain: k.Domain, Mitigation: k.Mitigation, Owner: k.Owner})
	}
	return s
}
