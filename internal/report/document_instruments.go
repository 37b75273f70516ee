package report

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/helhed/helhed/internal/analysis"
	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
	"github.com/helhed/helhed/internal/instruments"
)

// The instruments of a domain as the PDF prints them (section_instruments.go): settings, rows
// with every problem marked, the problems, and a calculator's figures as tables and charts.

func (b *builder) instruments(dm *framework.Domain) {
	for i := range dm.Instruments {
		in := &dm.Instruments[i]
		rows := b.d.c.RowsOf(in.ID)
		settings := b.d.c.SettingValues(in.ID)
		if len(rows) == 0 && len(settings) == 0 {
			continue
		}
		b.instrument(in, rows, settings)
	}
}

func (b *builder) instrument(in *framework.Instrument, rows []assessment.TableRow, settings map[string]string) {
	d, t := b.d, b.d.t
	b.heading(3, in.Title.In(d.lang))
	inputs := d.inputsOf(in)
	var problems instruments.Problems
	if inputs != nil {
		problems = inputs.Problems
	}
	if len(problems) > 0 {
		b.para(Warn, d.problemCount(len(problems)))
	}
	var srows [][]cell
	for i := range in.Settings {
		s := &in.Settings[i]
		v := d.cellText(s, settings[s.ID])
		st := dlValue
		if len(problems.At(instruments.SettingsRow, s.ID)) > 0 {
			v = t.ProblemMark + " " + v
			st = dlWarn
		}
		if strings.TrimSpace(v) == "" {
			v, st = t.Empty, dlNote
		}
		srows = append(srows, labelledRow(d.columnTitle(s), cell{text: v, st: st}))
	}
	if len(srows) > 0 {
		b.facts(srows)
	}
	if len(rows) == 0 {
		b.para(Note, t.NoRows)
	} else {
		head := []string{"#"}
		for ci := range in.Columns {
			head = append(head, d.columnTitle(&in.Columns[ci]))
		}
		var out [][]cell
		for ri, r := range rows {
			line := []cell{{text: strconv.Itoa(ri + 1), st: instrNote}}
			for ci := range in.Columns {
				c := &in.Columns[ci]
				v := d.cellText(c, r.Cells[c.ID])
				st := instr
				if len(problems.At(ri, c.ID)) > 0 {
					v = strings.TrimSpace(t.ProblemMark + " " + v)
					st = instrWarn
				}
				line = append(line, cell{text: v, st: st})
			}
			out = append(out, line)
		}
		b.table(head, out)
	}
	if len(problems) > 0 {
		b.para(Note, t.ProblemKey)
		for _, p := range problems {
			field := p.Field
			if c, ok := in.Column(p.Field); ok {
				field = c.Label.In(d.lang)
			} else if c, ok := in.Setting(p.Field); ok {
				field = c.Label.In(d.lang)
			}
			var s string
			if p.Row == instruments.SettingsRow {
				s = fmt.Sprintf(t.ProblemSetting, field, p.Message.In(d.lang))
			} else {
				s = fmt.Sprintf(t.ProblemRow, t.integer(p.Row+1), field, p.Message.In(d.lang))
			}
			b.paraAt(1, Warn, t.ProblemMark+" "+s)
		}
	}
	if inputs == nil {
		return
	}
	if len(problems) > 0 {
		b.para(Warn, t.FiguresIncomplete)
	}
	f := d.figures()
	switch in.Calculator {
	case framework.CalcWorkflow:
		b.workflowFigures(f.Workflow)
	case framework.CalcEconomy:
		b.economyFigures(f.Economy)
	case framework.CalcEnvironment:
		b.environmentFigures(f.Environment)
	case framework.CalcCompetences:
		b.competenceFigures(f.Competences)
	case framework.CalcRisks:
		b.riskFigures(f.Risks)
	}
}

// beforeAfter adds a label | before | after | difference table with a total row.
func (b *builder) beforeAfter(first string, rows [][4]string, total [4]string) {
	t := b.d.t
	var out [][]cell
	for _, r := range rows {
		out = append(out, []cell{{text: r[0], st: instr}, {text: r[1], st: instr}, {text: r[2], st: instr}, {text: r[3], st: instrBold}})
	}
	out = append(out, []cell{{text: total[0], st: instrBold}, {text: total[1], st: instrBold}, {text: total[2], st: instrBold}, {text: total[3], st: instrBold}})
	b.table([]string{first, t.Before, t.After, t.Difference}, out)
}

func (b *builder) workflowFigures(f *analysis.WorkflowFigures) {
	d, t := b.d, b.d.t
	r := f.Result
	b.heading(4, t.WfHeading)
	var rows [][4]string
	for _, rh := range r.Roles {
		rows = append(rows, [4]string{rh.Role, d.num(rh.Before, 0), d.num(rh.After, 0), d.signedNum(rh.Difference, 0)})
	}
	b.beforeAfter(t.WfRole, rows, [4]string{t.AllRoles, d.num(r.Total.Before, 0), d.num(r.Total.After, 0), d.signedNum(r.Total.Difference, 0)})
	b.para(Note, fmt.Sprintf(t.WfWorking, d.num(f.DaysPerYear, 0)))
	if len(r.Roles) > 0 {
		var groups []barGroup
		for _, rh := range r.Roles {
			groups = append(groups, barGroup{rh.Role, []bar{{v: rh.Before, color: barBefore}, {v: rh.After, color: barAfter}}})
		}
		b.heading(4, t.WfChart)
		b.barChart(t.WfChart, []legendItem{{t.Before, barBefore}, {t.After, barAfter}}, groups)
	}
	if len(r.Moves) > 0 {
		b.heading(4, t.WfMoves)
		for _, m := range r.Moves {
			from, to := strings.Join(m.From, ", "), strings.Join(m.To, ", ")
			if from == "" {
				from = "–"
			}
			if to == "" {
				to = "–"
			}
			b.paraAt(1, Plain, fmt.Sprintf(t.WfMove, m.Step, from, to, d.num(m.HoursBefore, 0), d.num(m.HoursAfter, 0)))
		}
	}
}

func (b *builder) economyFigures(f *analysis.EconomyFigures) {
	d, t := b.d, b.d.t
	r := f.Result
	b.heading(4, t.EcoHeading)
	amounts := func(a instruments.Amounts, st style) []cell {
		return []cell{{text: d.num(a.Low, 0), st: st}, {text: d.num(a.Base, 0), st: st}, {text: d.num(a.High, 0), st: st}}
	}
	var out [][]cell
	for _, y := range r.Years {
		for _, s := range instruments.Sectors {
			a, ok := y.Sectors[instruments.Sector(s.ID)]
			if !ok {
				continue
			}
			out = append(out, append([]cell{{text: t.integer(y.Year), st: instr}, {text: s.Label.In(d.lang), st: instr}}, amounts(a, instr)...))
		}
		if len(y.Sectors) > 1 {
			out = append(out, append([]cell{{text: t.integer(y.Year), st: instrBold}, {text: t.YearTotal, st: instrBold}}, amounts(y.Total, instrBold)...))
		}
	}
	for _, s := range instruments.Sectors {
		if a, ok := r.SectorTotals[instruments.Sector(s.ID)]; ok {
			out = append(out, append([]cell{{text: t.AllYears, st: instrBold}, {text: s.Label.In(d.lang), st: instrBold}}, amounts(a, instrBold)...))
		}
	}
	if len(r.Years) > 0 {
		out = append(out, append([]cell{{text: t.AllYears, st: instrBold}, {text: t.Total, st: instrBold}}, amounts(r.Total, instrBold)...))
		b.table([]string{t.EcoYear, t.EcoSector, t.Low, t.Base, t.High}, out)
		var groups []barGroup
		for _, y := range r.Years {
			groups = append(groups, barGroup{fmt.Sprintf(t.EcoChartYear, t.integer(y.Year)),
				[]bar{{v: y.Total.Base, lo: y.Total.Low, hi: y.Total.High, whisker: true, color: barAfter}}})
		}
		b.heading(4, t.EcoChart)
		b.barChart(t.EcoChart, []legendItem{{t.EcoChartLegend, barAfter}}, groups)
	}
	if f.Discounted && len(r.Years) > 0 {
		b.para(Strong, fmt.Sprintf(t.EcoNPV, d.num(r.NPV.Base, 0), d.rate(f.DiscountRate), d.num(r.NPV.Low, 0), d.num(r.NPV.High, 0)))
		b.para(Note, t.EcoConvention)
	} else {
		b.para(Note, t.EcoNoRate)
	}
	if wf := d.figures().Workflow; wf != nil {
		b.para(Note, fmt.Sprintf(t.EcoStaffTime, d.signedNum(wf.Result.Total.Difference, 0)))
	}
}

func (b *builder) environmentFigures(f *analysis.EnvironmentFigures) {
	d, t := b.d, b.d.t
	r := f.Result
	b.heading(4, t.EnvHeading)
	var rows [][4]string
	for _, lt := range instruments.LineTypes {
		if v, ok := r.Types[instruments.LineType(lt.ID)]; ok {
			rows = append(rows, [4]string{lt.Label.In(d.lang), d.num(v.Before, 0), d.num(v.After, 0), d.signedNum(v.Difference, 0)})
		}
	}
	b.beforeAfter(t.EnvType, rows, [4]string{t.Total, d.num(r.Total.Before, 0), d.num(r.Total.After, 0), d.signedNum(r.Total.Difference, 0)})
	if len(r.Types) > 0 {
		var groups []barGroup
		for _, lt := range instruments.LineTypes {
			if v, ok := r.Types[instruments.LineType(lt.ID)]; ok {
				groups = append(groups, barGroup{lt.Label.In(d.lang), []bar{{v: v.Before, color: barBefore}, {v: v.After, color: barAfter}}})
			}
		}
		groups = append(groups, barGroup{t.Total, []bar{{v: r.Total.Before, color: barBefore}, {v: r.Total.After, color: barAfter}}})
		b.heading(4, t.EnvChart)
		b.barChart(t.EnvChart, []legendItem{{t.Before, barBefore}, {t.After, barAfter}}, groups)
	}
	b.heading(4, t.EnvWorking)
	var out [][]cell
	for i, row := range f.Rows {
		c := row.Cells
		desc := c["description"]
		if ph, ok := choiceLabel(instruments.Phases, c["phase"], d.lang); ok {
			desc = ph + ": " + desc
		}
		if hasProblemRow(f.Problems, i) {
			out = append(out, []cell{{text: strconv.Itoa(i + 1), st: instrNote}, {text: desc, st: instr},
				{text: t.ProblemMark + " " + t.LeftOut, st: instrWarn}, {text: "–", st: instr}, {text: c["factor-source"] + yearSuffix(c["factor-year"]), st: instr}})
			continue
		}
		calc := fmt.Sprintf("%s %s × %s kg CO2e/%s", c["quantity"], c["unit"], c["factor"], c["unit"])
		out = append(out, []cell{{text: strconv.Itoa(i + 1), st: instrNote}, {text: desc, st: instr}, {text: calc, st: instr},
			{text: d.num(r.LineKg[i], 0), st: instr}, {text: c["factor-source"] + yearSuffix(c["factor-year"]), st: instr}})
	}
	b.table([]string{"#", t.EnvLine, t.EnvCalc, t.EnvKg, t.EnvSource}, out)
}

// shadedTable adds a table whose body cells have their own background, as the PDF's: levels
// from 0 (white) to 1 (dark).
func (b *builder) shadedTable(head []string, rows [][]string, levels [][]float64) {
	tb := &Table{}
	for _, h := range head {
		tb.Head = append(tb.Head, exportText(h))
	}
	for i, r := range rows {
		row := Row{Cells: []Cell{{Lines: []Span{{Text: exportText(r[0]), Tone: Strong}}}}}
		for j, v := range r[1:] {
			fill := shade(levels[i][j])
			c := Cell{Fill: &fill}
			if s := exportText(v); s != "" {
				c.Lines = []Span{{Text: s, Tone: Strong}}
			}
			row.Cells = append(row.Cells, c)
		}
		tb.Rows = append(tb.Rows, row)
	}
	b.add(Block{Kind: TableBlock, Table: tb})
}

func (b *builder) competenceFigures(f *analysis.CompetenceFigures) {
	d, t := b.d, b.d.t
	r := f.Result
	if len(r.Roles) == 0 {
		return
	}
	b.heading(4, t.CompHeading)
	head := []string{t.WfRole}
	for _, dim := range instruments.Dimensions {
		head = append(head, dim.Label.In(d.lang))
	}
	var rows [][]string
	var levels [][]float64
	for _, rg := range r.Roles {
		row := []string{rg.Role}
		var lv []float64
		for _, dim := range instruments.Dimensions {
			g, ok := rg.Gaps[instruments.Dimension(dim.ID)]
			if !ok {
				row = append(row, "–")
				lv = append(lv, 0)
				continue
			}
			row = append(row, t.integer(g))
			lv = append(lv, float64(g)/float64(instruments.MaxLevel-instruments.MinLevel))
		}
		rows = append(rows, row)
		levels = append(levels, lv)
	}
	b.shadedTable(head, rows, levels)
	b.para(Note, t.CompKey)
	if len(r.Plan) > 0 {
		b.heading(4, t.CompPlan)
		var out [][]cell
		explained := map[instruments.TrainingFormat]bool{}
		for _, p := range r.Plan {
			var how []span
			if !explained[p.Format] {
				explained[p.Format] = true
				how = []span{{text: p.How.In(d.lang), st: instrNote}}
			}
			dim, _ := choiceLabel(instruments.Dimensions, string(p.Dimension), d.lang)
			format, _ := choiceLabel(instruments.TrainingFormats, string(p.Format), d.lang)
			out = append(out, []cell{{text: p.Role, st: instr}, {text: dim, st: instr}, {text: t.integer(p.Gap), st: instrBold},
				{text: format, st: instrBold, more: how}, {text: p.Who.In(d.lang), st: instr}, {text: p.When.In(d.lang), st: instr}})
		}
		b.table([]string{t.WfRole, t.CompDimension, t.CompGap, t.CompFormat, t.CompWho, t.CompWhen}, out)
	}
}

func (b *builder) riskFigures(f *analysis.RiskFigures) {
	t := b.d.t
	r := f.Result
	if len(r.Ranked) == 0 {
		return
	}
	b.heading(4, t.RiskHeading)
	var out [][]cell
	for _, rk := range r.Ranked {
		out = append(out, []cell{{text: t.integer(rk.Rank), st: instrBold}, {text: rk.Description, st: instr},
			{text: fmt.Sprintf("%d × %d = %d", rk.Likelihood, rk.Impact, rk.Score), st: instrBold},
			{text: rk.Mitigation, st: instr}, {text: rk.Owner, st: instr}})
	}
	b.table([]string{"#", t.RiskRisk, t.RiskScore, t.RiskMitigation, t.RiskOwner}, out)
	b.para(Note, t.RiskKey)
	b.heading(4, t.RiskMatrix)
	head := []string{t.RiskLikelihood}
	for i := 1; i <= instruments.RiskScale; i++ {
		head = append(head, fmt.Sprintf("%d %s", i, instruments.ImpactLabels[i-1].In(b.d.lang)))
	}
	var rows [][]string
	var levels [][]float64
	for l := instruments.RiskScale; l >= 1; l-- {
		row := []string{fmt.Sprintf("%d %s", l, instruments.LikelihoodLabels[l-1].In(b.d.lang))}
		var lv []float64
		for i := 1; i <= instruments.RiskScale; i++ {
			n := r.Matrix[l-1][i-1]
			s := ""
			if n > 0 {
				s = t.integer(n)
			}
			row = append(row, s)
			lv = append(lv, float64(l*i)/float64(instruments.RiskScale*instruments.RiskScale)*0.8)
		}
		rows = append(rows, row)
		levels = append(levels, lv)
	}
	b.shadedTable(head, rows, levels)
	b.para(Note, t.RiskMatrixKey)
}
