package ui

import (
	"math"
	"sort"
	"strings"

	"github.com/helhed/helhed/internal/analysis"
	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
	"github.com/helhed/helhed/internal/instruments"
)

// tableFigures returns the lines of figures that analysis computes from a calculator instrument
// of case c (workflow hours per role, budget impact, CO2e, competence gaps, top risks), to show
// beside its table, and the problems that keep values out of them (by row index as RowsOf lists
// the rows, and column or setting ID); nothing for a plain table or an untouched one. Labels of
// the framework (choices) are in lang, the case's language; Helhed's own words and numbers in
// the UI's.
func tableFigures(c *assessment.Case, in *framework.Instrument, lang string) ([]string, instruments.Problems) {
	if in.Calculator == "" {
		return nil, nil
	}
	f := analysis.InstrumentFigures(c)
	var lines []string
	var problems instruments.Problems
	switch in.Calculator {
	case framework.CalcWorkflow:
		if w := f.Workflow; w != nil {
			lines, problems = workflowLines(w), w.Problems
		}
	case framework.CalcEconomy:
		if e := f.Economy; e != nil {
			lines, problems = economyLines(e, in, lang), e.Problems
		}
	case framework.CalcEnvironment:
		if e := f.Environment; e != nil {
			lines, problems = environmentLines(e), e.Problems
		}
	case framework.CalcCompetences:
		if k := f.Competences; k != nil {
			lines, problems = competenceLines(k, in, lang), k.Problems
		}
	case framework.CalcRisks:
		if r := f.Risks; r != nil {
			lines, problems = riskLines(r), r.Problems
		}
	}
	if n := problemRows(problems); n > 0 {
		lines = append(lines, tr("tables.fig.problems", n))
	}
	return lines, problems
}

// problemRows counts the rows (and settings) with a problem.
func problemRows(ps instruments.Problems) int {
	rows := map[int]bool{}
	for _, p := range ps {
		rows[p.Row] = true
	}
	return len(rows)
}

// figNum writes v in the UI language with decimals digits.
func figNum(v float64, decimals int) string {
	if math.IsNaN(v) {
		return "?"
	}
	return strings.Replace(instruments.FormatNumber(v, uiLanguage(), decimals), "-", "–", 1)
}

// figDiff writes a difference with its sign: +12, –3,5.
func figDiff(v float64, decimals int) string {
	s := figNum(v, decimals)
	if v > 0 && s != figNum(0, decimals) {
		s = "+" + s
	}
	return s
}

func workflowLines(w *analysis.WorkflowFigures) []string {
	r := w.Result
	if len(r.Roles) == 0 {
		return nil
	}
	lines := []string{tr("tables.fig.hours", figNum(w.DaysPerYear, -1))}
	for _, h := range append(r.Roles, r.Total) {
		role := h.Role
		if role == "" {
			role = tr("tables.fig.allRoles")
		}
		change := tr("tables.fig.same")
		switch d := math.Round(h.Difference); {
		case d < 0:
			change = tr("tables.fig.freed", figNum(-h.Difference, 0))
		case d > 0:
			change = tr("tables.fig.more", figNum(h.Difference, 0))
		}
		lines = append(lines, tr("tables.fig.roleHours", role, figNum(h.Before, 0), figNum(h.After, 0), change))
	}
	for _, m := range r.Moves {
		lines = append(lines, tr("tables.fig.move", m.Step, strings.Join(m.From, ", "), strings.Join(m.To, ", ")))
	}
	return lines
}

// choiceLabel is the label of choice id of column col of in, or id.
func choiceLabel(in *framework.Instrument, col, id, lang string) string {
	if c, ok := in.Column(col); ok {
		if ch, ok := c.Choice(id); ok {
			return ch.Label.In(lang)
		}
	}
	return id
}

func economyLines(e *analysis.EconomyFigures, in *framework.Instrument, lang string) []string {
	r := e.Result
	if len(r.Years) == 0 {
		return nil
	}
	amounts := func(a instruments.Amounts) string {
		if a.Low == a.Base && a.High == a.Base {
			return tr("tables.fig.kr", figNum(a.Base, 0))
		}
		return tr("tables.fig.krRange", figNum(a.Base, 0), figNum(a.Low, 0), figNum(a.High, 0))
	}
	lines := []string{tr("tables.fig.budget", e.Horizon, amounts(r.Total))}
	sectors := make([]string, 0, len(r.SectorTotals))
	for s := range r.SectorTotals {
		sectors = append(sectors, string(s))
	}
	sort.Strings(sectors)
	for _, s := range sectors {
		lines = append(lines, "  "+choiceLabel(in, "sector", s, lang)+": "+amounts(r.SectorTotals[instruments.Sector(s)]))
	}
	if e.Discounted {
		lines = append(lines, tr("tables.fig.npv", figNum(e.DiscountRate, -1), amounts(r.NPV)))
	} else {
		lines = append(lines, tr("tables.fig.noRate"))
	}
	lines = append(lines, tr("tables.fig.signs"))
	return lines
}

func environmentLines(e *analysis.EnvironmentFigures) []string {
	t := e.Result.Total
	if t.Before == 0 && t.After == 0 {
		return nil
	}
	return []string{tr("tables.fig.co2", figNum(t.Before, 1), figNum(t.After, 1), figDiff(t.Difference, 1))}
}

func competenceLines(k *analysis.CompetenceFigures, in *framework.Instrument, lang string) []string {
	var lines []string
	for _, g := range k.Result.Gaps {
		if g.Gap > 0 {
			lines = append(lines, tr("tables.fig.gap", g.Role, choiceLabel(in, "dimension", string(g.Dimension), lang),
				g.Current, g.Needed, g.Gap))
		}
	}
	if len(lines) == 0 && len(k.Result.Gaps) > 0 {
		lines = append(lines, tr("tables.fig.noGaps"))
	}
	return lines
}

func riskLines(r *analysis.RiskFigures) []string {
	var lines []string
	for i, x := range r.Result.Ranked {
		if i == 3 {
			break
		}
		lines = append(lines, tr("tables.fig.risk", x.Rank, x.Description, x.Score, x.Likelihood, x.Impact))
	}
	if len(lines) > 0 {
		lines = append([]string{tr("tables.fig.topRisks")}, lines...)
	}
	return lines
}
