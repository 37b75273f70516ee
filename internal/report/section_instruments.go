package report

import (
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"

	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/analysis"
	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
	"github.com/helhed/helhed/internal/instruments"
)

// The structured instruments print inside their domain's section (a domainBlocks entry): the
// instrument's settings and rows as the group typed them, every value with a problem marked,
// then, for a calculator, the computed figures with the working.

func init() { domainBlocks = append(domainBlocks, (*doc).instrumentBlocks) }

// Styles of the instruments' tables: smaller than the body, so seven or eight columns fit.
var (
	instr     = style{regular, 8.5, 3.9, ink}
	instrBold = style{bold, 8.5, 3.9, ink}
	instrWarn = style{bold, 8.5, 3.9, warn}
	instrNote = style{italic, 8.5, 3.9, muted}
)

// instrGrid is the look of an instrument's tables.
func instrGrid(cols []column) grid {
	return grid{cols: cols, header: true, rules: true, padX: 1, padY: 0.8, head: style{bold, 8, 3.7, ink}}
}

// figures returns the case's computed instrument figures, computed once per pass.
func (d *doc) figures() *analysis.Figures {
	if d.figs == nil {
		f := analysis.InstrumentFigures(d.c)
		d.figs = &f
	}
	return d.figs
}

// inputsOf returns the calculator inputs of the instrument, if it is a calculator with figures.
func (d *doc) inputsOf(in *framework.Instrument) *analysis.Inputs {
	f := d.figures()
	switch in.Calculator {
	case framework.CalcWorkflow:
		if f.Workflow != nil {
			return &f.Workflow.Inputs
		}
	case framework.CalcEconomy:
		if f.Economy != nil {
			return &f.Economy.Inputs
		}
	case framework.CalcEnvironment:
		if f.Environment != nil {
			return &f.Environment.Inputs
		}
	case framework.CalcCompetences:
		if f.Competences != nil {
			return &f.Competences.Inputs
		}
	case framework.CalcRisks:
		if f.Risks != nil {
			return &f.Risks.Inputs
		}
	case framework.CalcStaffCost:
		if f.StaffCost != nil {
			return &f.StaffCost.Inputs
		}
	}
	return nil
}

// instrumentBlocks prints every instrument of the domain the group has filled in.
func (d *doc) instrumentBlocks(dm *framework.Domain) {
	for i := range dm.Instruments {
		in := &dm.Instruments[i]
		rows := d.c.RowsOf(in.ID)
		settings := d.c.SettingValues(in.ID)
		if len(rows) == 0 && len(settings) == 0 {
			continue
		}
		d.instrument(in, rows, settings)
	}
}

// instrument prints one instrument: title, settings, rows, problems and figures.
func (d *doc) instrument(in *framework.Instrument, rows []assessment.TableRow, settings map[string]string) {
	t := d.t
	inputs := d.inputsOf(in)
	var calcProblems instruments.Problems
	if inputs != nil {
		calcProblems = inputs.Problems
	}
	problems := withCellProblems(in, rows, settings, calcProblems)
	// Settings as a label–value list.
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
	// The rows.
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
	var g grid
	var wrapped []wrappedRow
	if len(out) > 0 {
		g = instrGrid(d.instrColumns(in.Columns, true, out))
		wrapped = d.wrapRows(g, out)
	}
	// The title keeps the problem count, the settings and the table's header and first row
	// with it (a row of wrapped text is tall): never alone at the foot of a page.
	keep := 3 * h3.lineH
	if len(problems) > 0 {
		keep += 5
	}
	swrapped := d.wrapRows(labelled, srows)
	if len(srows) > 0 {
		keep += d.tableHeight(labelled, swrapped)
	}
	if len(wrapped) > 0 {
		keep += d.tableKeep(g, wrapped)
	}
	d.heading(h3, in.Title.In(d.lang), 5, min(keep, bodyBottom-bodyTop-20), -1)
	if len(problems) > 0 {
		d.para(style{bold, 10, 5, warn}, 0, d.problemCount(len(problems)))
	}
	if len(srows) > 0 {
		d.tableWrapped(labelled, swrapped)
	}
	if len(out) == 0 {
		d.para(note, 0, t.NoRows)
	} else {
		d.tableWrapped(g, wrapped)
	}
	if len(problems) > 0 {
		d.problemList(in, problems)
	}
	if inputs == nil {
		return
	}
	f := d.figures()
	if len(calcProblems) > 0 {
		d.para(style{bold, 9.5, 4.3, warn}, 0, t.FiguresIncomplete)
	}
	switch in.Calculator {
	case framework.CalcWorkflow:
		d.workflowFigures(f.Workflow)
	case framework.CalcEconomy:
		d.economyFigures(f.Economy)
	case framework.CalcEnvironment:
		d.environmentFigures(f.Environment)
	case framework.CalcCompetences:
		d.competenceFigures(f.Competences)
	case framework.CalcRisks:
		d.riskFigures(f.Risks)
	case framework.CalcStaffCost:
		d.staffCostFigures(f.StaffCost)
	}
}

// withCellProblems adds to a calculator's problems (none for a plain table) those of the cells
// checked by their column's type (analysis.CellProblems), at fields the calculator has not
// already marked, sorted by row (settings first).
func withCellProblems(in *framework.Instrument, rows []assessment.TableRow, settings map[string]string, calc instruments.Problems) instruments.Problems {
	cells := make([]map[string]string, len(rows))
	for i, r := range rows {
		cells[i] = r.Cells
	}
	out := append(instruments.Problems(nil), calc...)
	for _, p := range analysis.CellProblems(in, cells, settings) {
		if len(calc.At(p.Row, p.Field)) == 0 {
			out = append(out, p)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Row < out[j].Row })
	return out
}

// problemCount says how many values are left out: "6 værdier mangler ...".
func (d *doc) problemCount(n int) string {
	if n == 1 {
		return d.t.ProblemsOne
	}
	return fmt.Sprintf(d.t.Problems, d.t.integer(n))
}

// problemList lists every problem with its row, field and reason, under the table.
func (d *doc) problemList(in *framework.Instrument, ps instruments.Problems) {
	t := d.t
	d.para(smallNote, 0, t.ProblemKey)
	for _, p := range ps {
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
		d.para(style{regular, 9.5, 4.3, warn}, 4, t.ProblemMark+" "+s)
	}
	d.gap(2)
}

// columnTitle is a column's label with its unit: "Minutter pr. gang (min)".
func (d *doc) columnTitle(c *framework.Column) string {
	s := c.Label.In(d.lang)
	if c.Unit != "" && !strings.Contains(s, c.Unit) {
		s += " (" + c.Unit + ")"
	}
	return s
}

// cellText is a cell as the report shows it: a choice by its label, a member by name, a date in
// words, anything else as typed.
func (d *doc) cellText(c *framework.Column, v string) string {
	switch c.Type {
	case framework.TypeChoice:
		if ch, ok := c.Choice(v); ok {
			return ch.Label.In(d.lang)
		}
		if strings.TrimSpace(v) != "" {
			return analysis.UnknownChoice(v).In(d.lang)
		}
	case framework.TypeDate:
		// Typed as 2026-04-01; printed in words as the report's other dates are, the month
		// short ("1. apr. 2026"): a table has several columns to share the width with.
		return d.t.isoDateShort(strings.TrimSpace(v))
	case framework.TypeMember:
		if id, err := uuid.Parse(strings.TrimSpace(v)); err == nil {
			if m, ok := d.c.Member(id); ok {
				return m.Name
			}
		}
	}
	return v
}

// instrColumns gives the columns widths across the body: a row number first (when numbered),
// then the columns by weight (text columns about twice the share of the others), but each at
// least as wide as the longest word in its title or cells, so that words wrap between them and
// not inside them ("teknologie-n"), as far as the width of the page allows. rows are the cells
// to be printed, the row number first when numbered.
func (d *doc) instrColumns(cs []framework.Column, numbered bool, rows [][]cell) []column {
	numW := 0.0
	if numbered {
		numW = 6
	}
	g := instrGrid(nil)
	first := 0
	if numbered {
		first = 1
	}
	titles := make([]string, len(cs))
	mins := make([]float64, len(cs))
	weights := make([]float64, len(cs))
	firm := make([]bool, len(cs))
	for i := range cs {
		titles[i] = d.columnTitle(&cs[i])
		weights[i] = colWeight(&cs[i])
		// A number or a date is read as one: "−200 000" must not break at its space, nor
		// "2026-04-01" inside. Such columns, and those of short values from a list (a choice,
		// a role), keep their width when the page is too narrow for every column's longest
		// word; the free text columns' long words break instead.
		whole := cs[i].Type == framework.TypeNumber || cs[i].Type == framework.TypeDate
		firm[i] = cs[i].Type != framework.TypeText
		mins[i] = d.longestWord(g.head, titles[i])
		for _, r := range rows {
			if c := r[first+i]; c.text != "" { // a value marked as bad is text, not a figure
				mins[i] = max(mins[i], d.cellMin(c, whole && c.st != instrWarn))
			}
		}
		mins[i] += 2*g.padX + 0.5
	}
	widths := shareWidthsFirm(contentW-numW, weights, mins, firm)
	var out []column
	if numbered {
		out = append(out, column{"#", numW})
	}
	for i := range cs {
		out = append(out, column{titles[i], widths[i]})
	}
	return out
}

// longestWord is the width of the widest word of text in style st.
func (d *doc) longestWord(st style, text string) float64 {
	d.use(st)
	w := 0.0
	for _, word := range strings.Fields(cleanLine(text)) {
		w = max(w, d.pdf.GetStringWidth(word))
	}
	return w
}

// fitGrid is instrGrid(cols) with the widths shared out again: the given widths as weights, but
// each column at least as wide as the longest word of its title and cells, so that "Teknologi-
// forståelse" is not broken inside the word where a neighbour has room to spare.
func (d *doc) fitGrid(cols []column, rows [][]cell) grid {
	g := instrGrid(append([]column(nil), cols...))
	weights := make([]float64, len(cols))
	mins := make([]float64, len(cols))
	for i, c := range cols {
		weights[i] = c.width
		mins[i] = d.longestWord(g.head, c.title)
		for _, r := range rows {
			if i < len(r) {
				mins[i] = max(mins[i], d.cellMin(r[i], false))
			}
		}
		mins[i] += 2*g.padX + 0.5
	}
	total := 0.0
	for _, c := range cols {
		total += c.width
	}
	for i, w := range shareWidths(total, weights, mins) {
		g.cols[i].width = w
	}
	return g
}

// bySector names each sector's part of an economy headline whose sectors do not all go the
// way of the total: a net saving for all can hide a cost to the hospital that the patients'
// savings outweigh, and a board decides on its own budget. Where every sector's figure has the
// total's sign, the headline stays short (the short report is held to five pages).
func (d *doc) bySector(by map[instruments.Sector]instruments.Amounts, total float64) string {
	mixed := false
	for _, a := range by {
		if a.Base > 0 && total <= 0 || a.Base < 0 && total >= 0 {
			mixed = true
		}
	}
	if len(by) < 2 || !mixed {
		return ""
	}
	var parts []string
	for _, s := range instruments.Sectors {
		if a, ok := by[instruments.Sector(s.ID)]; ok {
			parts = append(parts, fmt.Sprintf(d.t.FigSectorPart, s.Label.In(d.lang), d.num(a.Base, 0)))
		}
	}
	return fmt.Sprintf(d.t.FigBySector, strings.Join(parts, ", "))
}

// cellMin is the narrowest a column can print cell c without breaking a word: the width of its
// longest word (of the text and the spans after it), or with whole, of its text on one line.
func (d *doc) cellMin(c cell, whole bool) float64 {
	w := d.longestWord(c.st, c.text)
	if whole {
		w = d.textWidth(c.st, c.text)
	}
	for _, sp := range c.more {
		w = max(w, d.longestWord(sp.st, sp.text))
	}
	return w
}

// textWidth is the width of text on one line in style st.
func (d *doc) textWidth(st style, text string) float64 {
	d.use(st)
	return d.pdf.GetStringWidth(cleanLine(text))
}

// shareWidthsFirm is shareWidths where the minimums of all columns are wider than total: the
// firm columns (numbers, dates, values from a list) still get theirs, if those alone fit, and
// the others share what is left by weight.
func shareWidthsFirm(total float64, weights, mins []float64, firm []bool) []float64 {
	sumMins, sumFirm := 0.0, 0.0
	for i, m := range mins {
		sumMins += m
		if firm[i] {
			sumFirm += m
		}
	}
	if sumMins <= total || sumFirm >= total {
		return shareWidths(total, weights, mins)
	}
	// A free text column keeps a floor, so that it is never squeezed to a letter a line: 16 mm,
	// or less where the firm columns leave less, but never under 8 mm (then the plain shares).
	nText := 0
	for i := range mins {
		if !firm[i] {
			nText++
		}
	}
	textFloor := 16.0
	if nText > 0 {
		textFloor = min(textFloor, (total-sumFirm)/float64(nText))
	}
	if textFloor < 8 {
		return shareWidths(total, weights, mins)
	}
	// The floor is at most what the firm columns leave each text column: the soft minimums fit.
	soft := make([]float64, len(mins))
	for i := range mins {
		soft[i] = min(mins[i], textFloor)
		if firm[i] {
			soft[i] = mins[i]
		}
	}
	return shareWidths(total, weights, soft)
}

// shareWidths divides total by weight, giving no column less than its minimum; the columns
// that get their minimum leave the rest to the others. Where the minimums alone are wider than
// total, the shares by weight stand (long words then break, as they must).
func shareWidths(total float64, weights, mins []float64) []float64 {
	out := make([]float64, len(weights))
	fixed := make([]bool, len(weights))
	sumMins := 0.0
	for _, m := range mins {
		sumMins += m
	}
	for changed := true; changed; {
		changed = false
		left, weight := total, 0.0
		for i := range weights {
			if fixed[i] {
				left -= mins[i]
			} else {
				weight += weights[i]
			}
		}
		for i := range weights {
			if fixed[i] {
				out[i] = mins[i]
				continue
			}
			out[i] = left * weights[i] / weight
			if out[i] < mins[i] && sumMins <= total {
				fixed[i], changed = true, true
			}
		}
	}
	return out
}

func colWeight(c *framework.Column) float64 {
	switch c.Type {
	case framework.TypeText:
		return 1.8
	case framework.TypeNumber:
		return 1.2
	case framework.TypeRole, framework.TypeMember:
		return 1.7
	}
	return 1.2
}

// num formats a figure with the report's separators and a real minus: "−991", "1.930.075".
func (d *doc) num(v float64, decimals int) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return "–"
	}
	return d.t.decimal(v, decimals)
}

// signedNum is num with a plus on a positive value: "+12", "−991", "0".
func (d *doc) signedNum(v float64, decimals int) string {
	s := d.num(v, decimals)
	if v > 0 && s != d.num(0, decimals) {
		return "+" + s
	}
	return s
}

// figuresHeading starts the computed figures of an instrument.
func (d *doc) figuresHeading(text string) { d.figuresHeadingKeep(text, 25) }

// figuresHeadingKeep is figuresHeading kept on one page with the first keep millimetres of what
// follows it: a heading never stands alone at the foot of a page above its table or chart.
func (d *doc) figuresHeadingKeep(text string, keep float64) {
	d.heading(figuresHead, text, 2, keep, -1)
}

// figuresHead is the style of the headings of an instrument's computed figures.
var figuresHead = style{bold, 10, 5, accent}

// figuresTable prints a figures heading and a table under it, kept together.
func (d *doc) figuresTable(title string, g grid, rows [][]cell) {
	d.headedTable(figuresHead, title, 2, -1, g, rows)
}

// figuresChart prints a figures heading and a bar chart under it, kept together.
func (d *doc) figuresChart(title string, legend []legendItem, groups []barGroup, decimals int) {
	d.figuresHeadingKeep(title, chartTotalH)
	d.barChart(legend, groups, decimals)
}

// figuresShaded prints a figures heading and a shaded table under it, kept together.
func (d *doc) figuresShaded(title string, cols []column, rows [][]string, levels [][]float64) {
	d.figuresHeadingKeep(title, d.shadedHeight(cols, rows))
	d.shadedTable(cols, rows, levels)
}

// beforeAfterTable prints a figures heading and label | before | after | difference rows with
// a total row.
func (d *doc) beforeAfterTable(title, first string, rows [][4]string, total [4]string) {
	t := d.t
	w := (contentW - 70) / 3
	g := instrGrid([]column{{first, 70}, {t.Before, w}, {t.After, w}, {t.Difference, w}})
	var out [][]cell
	for _, r := range rows {
		out = append(out, []cell{{text: r[0], st: instr}, {text: r[1], st: instr}, {text: r[2], st: instr}, {text: r[3], st: instrBold}})
	}
	out = append(out, []cell{{text: total[0], st: instrBold}, {text: total[1], st: instrBold}, {text: total[2], st: instrBold}, {text: total[3], st: instrBold}})
	d.figuresTable(title, g, out)
}

// workflowFigures prints the hours per role per year and the tasks that move.
func (d *doc) workflowFigures(f *analysis.WorkflowFigures) {
	t := d.t
	r := f.Result
	var rows [][4]string
	for _, rh := range r.Roles {
		rows = append(rows, [4]string{rh.Role, d.num(rh.Before, 0), d.num(rh.After, 0), d.signedNum(rh.Difference, 0)})
	}
	d.beforeAfterTable(t.WfHeading, t.WfRole, rows, [4]string{t.AllRoles, d.num(r.Total.Before, 0), d.num(r.Total.After, 0), d.signedNum(r.Total.Difference, 0)})
	d.para(smallNote, 0, fmt.Sprintf(t.WfWorking, d.num(f.DaysPerYear, 0)))
	if len(r.Roles) > 0 {
		var groups []barGroup
		for _, rh := range r.Roles {
			groups = append(groups, barGroup{rh.Role, []bar{{v: rh.Before, color: barBefore}, {v: rh.After, color: barAfter}}})
		}
		d.figuresChart(t.WfChart, []legendItem{{t.Before, barBefore}, {t.After, barAfter}}, groups, 0)
	}
	if len(r.Moves) > 0 {
		d.figuresHeading(t.WfMoves)
		for _, m := range r.Moves {
			from, to := strings.Join(m.From, ", "), strings.Join(m.To, ", ")
			if from == "" {
				from = "–"
			}
			if to == "" {
				to = "–"
			}
			d.para(small, 4, fmt.Sprintf(t.WfMove, m.Step, from, to, d.num(m.HoursBefore, 0), d.num(m.HoursAfter, 0)))
		}
		d.gap(2)
	}
}

// economyFigures prints the budget impact per year and sector and the net present cost.
func (d *doc) economyFigures(f *analysis.EconomyFigures) {
	t := d.t
	r := f.Result
	w := (contentW - 50) / 3
	g := instrGrid([]column{{t.EcoYear, 20}, {t.EcoSector, 30}, {t.Low, w}, {t.Base, w}, {t.High, w}})
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
			out = append(out, append([]cell{{text: d.t.integer(y.Year), st: instr}, {text: s.Label.In(d.lang), st: instr}}, amounts(a, instr)...))
		}
		if len(y.Sectors) > 1 {
			out = append(out, append([]cell{{text: d.t.integer(y.Year), st: instrBold}, {text: t.YearTotal, st: instrBold}}, amounts(y.Total, instrBold)...))
		}
	}
	for _, s := range instruments.Sectors {
		if a, ok := r.SectorTotals[instruments.Sector(s.ID)]; ok {
			out = append(out, append([]cell{{text: t.AllYears, st: instrBold}, {text: s.Label.In(d.lang), st: instrBold}}, amounts(a, instrBold)...))
		}
	}
	if len(r.Years) > 0 {
		out = append(out, append([]cell{{text: t.AllYears, st: instrBold}, {text: t.Total, st: instrBold}}, amounts(r.Total, instrBold)...))
		d.figuresTable(t.EcoHeading, g, out)
	} else {
		d.figuresHeading(t.EcoHeading)
	}
	if len(r.Years) > 0 {
		var groups []barGroup
		for _, y := range r.Years {
			groups = append(groups, barGroup{fmt.Sprintf(t.EcoChartYear, d.t.integer(y.Year)),
				[]bar{{v: y.Total.Base, lo: y.Total.Low, hi: y.Total.High, whisker: true, color: barAfter}}})
		}
		d.figuresChart(t.EcoChart, []legendItem{{t.EcoChartLegend, barAfter}}, groups, 0)
	}
	if f.Discounted && len(r.Years) > 0 {
		d.para(style{bold, 10, 5, ink}, 0, fmt.Sprintf(t.EcoNPV, d.num(r.NPV.Base, 0), d.rate(f.DiscountRate),
			d.num(r.NPV.Low, 0), d.num(r.NPV.High, 0)))
		d.para(smallNote, 0, t.EcoConvention)
	} else {
		d.para(note, 0, t.EcoNoRate)
	}
	if wf := d.figures().Workflow; wf != nil {
		if sc := d.figures().StaffCost; sc != nil && sc.Workflow && len(sc.Result.Unpriced) < len(sc.Result.Roles) {
			d.para(smallNote, 0, fmt.Sprintf(t.EcoStaffValued, d.signedNum(wf.Result.Total.Difference, 0), d.signedNum(sc.Result.Kr, 0)))
		} else {
			d.para(smallNote, 0, fmt.Sprintf(t.EcoStaffTime, d.signedNum(wf.Result.Total.Difference, 0)))
		}
	}
	d.gap(2)
}

// rate formats a discount rate: "3,5 %".
func (d *doc) rate(v float64) string {
	dec := 0
	if v != math.Trunc(v) {
		dec = 1
	}
	return fmt.Sprintf(d.t.Percent, d.num(v, dec))
}

// environmentFigures prints the kg CO2e per year by line type and each line's working.
func (d *doc) environmentFigures(f *analysis.EnvironmentFigures) {
	t := d.t
	r := f.Result
	var rows [][4]string
	for _, lt := range instruments.LineTypes {
		if v, ok := r.Types[instruments.LineType(lt.ID)]; ok {
			rows = append(rows, [4]string{lt.Label.In(d.lang), d.num(v.Before, 0), d.num(v.After, 0), d.signedNum(v.Difference, 0)})
		}
	}
	d.beforeAfterTable(t.EnvHeading, t.EnvType, rows, [4]string{t.Total, d.num(r.Total.Before, 0), d.num(r.Total.After, 0), d.signedNum(r.Total.Difference, 0)})
	if len(r.Types) > 0 {
		var groups []barGroup
		for _, lt := range instruments.LineTypes {
			if v, ok := r.Types[instruments.LineType(lt.ID)]; ok {
				groups = append(groups, barGroup{lt.Label.In(d.lang), []bar{{v: v.Before, color: barBefore}, {v: v.After, color: barAfter}}})
			}
		}
		groups = append(groups, barGroup{t.Total, []bar{{v: r.Total.Before, color: barBefore}, {v: r.Total.After, color: barAfter}}})
		d.figuresChart(t.EnvChart, []legendItem{{t.Before, barBefore}, {t.After, barAfter}}, groups, 0)
	}
	// The working: quantity × factor per line, with the factor's source and year.
	g := instrGrid([]column{{"#", 6}, {t.EnvLine, 52}, {t.EnvCalc, 50}, {t.EnvKg, 22}, {t.EnvSource, contentW - 130}})
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
	d.figuresTable(t.EnvWorking, g, out)
}

func hasProblemRow(ps instruments.Problems, row int) bool {
	for _, p := range ps {
		if p.Row == row {
			return true
		}
	}
	return false
}

func yearSuffix(y string) string {
	if strings.TrimSpace(y) == "" {
		return ""
	}
	return " (" + strings.TrimSpace(y) + ")"
}

func choiceLabel(list []instruments.Choice, id, lang string) (string, bool) {
	for _, c := range list {
		if c.ID == id {
			return c.Label.In(lang), true
		}
	}
	return "", false
}

// shade is the background of a shaded cell: from white (0) to a dark accent (1).
func shade(v float64) rgb {
	v = max(0, min(1, v))
	mix := func(a, b int) int { return int(math.Round(float64(a) + (float64(b)-float64(a))*v)) }
	return rgb{mix(255, 21), mix(255, 78), mix(255, 99)}
}

// shadedHeight is the height of a shaded table.
func (d *doc) shadedHeight(cols []column, rows [][]string) float64 {
	h, _ := d.shadedLayout(cols, rows)
	return h
}

// shadedLayout is a shaded table's height and each row's label wrapped to its column.
func (d *doc) shadedLayout(cols []column, rows [][]string) (float64, [][]string) {
	g := instrGrid(cols)
	g.head = style{bold, 7.5, 3.5, ink}
	labels := make([][]string, len(rows))
	height := d.tableHeaderHeight(g)
	d.use(instrBold)
	for i, r := range rows {
		labels[i] = d.split(r[0], cols[0].width-2*g.padX)
		height += float64(max(1, len(labels[i])))*instr.lineH + 2*g.padY
	}
	return height, labels
}

// shadedTable prints a table whose body cells have each their own background (levels in 0 … 1);
// a dark background gets white text. rows[i][0] is the row's label, unshaded, wrapped to its
// column; the other cells are one line, centred.
func (d *doc) shadedTable(cols []column, rows [][]string, levels [][]float64) {
	if d.capture != nil {
		d.capture.shadedTable(cols, rows, levels)
		return
	}
	g := instrGrid(cols)
	g.head = style{bold, 7.5, 3.5, ink}
	total := 0.0
	for _, c := range cols {
		total += c.width
	}
	height, labels := d.shadedLayout(cols, rows)
	d.ensure(height)
	d.tableHeader(g, total)
	for i, r := range rows {
		y := d.pdf.GetY()
		n := max(1, len(labels[i]))
		rowH := float64(n)*instr.lineH + 2*g.padY
		d.use(instrBold)
		for k, l := range labels[i] {
			d.pdf.SetXY(marginL+g.padX, y+g.padY+float64(k)*instr.lineH)
			d.cell(cols[0].width-2*g.padX, instr.lineH, l, "L")
		}
		x := marginL + cols[0].width
		for j, c := range cols[1:] {
			lv := levels[i][j]
			d.setFill(shade(lv))
			d.pdf.Rect(x, y, c.width, rowH, "F")
			st := instrBold
			if lv > 0.5 {
				st = style{bold, 8.5, 3.9, rgb{255, 255, 255}}
			}
			d.use(st)
			d.pdf.SetXY(x+g.padX, y+(rowH-instr.lineH)/2)
			d.cell(c.width-2*g.padX, instr.lineH, d.fit(r[j+1], c.width-2*g.padX), "C")
			x += c.width
		}
		d.setDraw(hairline)
		d.pdf.SetLineWidth(0.2)
		d.pdf.Line(marginL, y+rowH, marginL+total, y+rowH)
		d.pdf.SetXY(marginL, y+rowH)
	}
	d.gap(2)
}

// competenceFigures prints the gaps as a shaded table (role × dimension) and the training plan.
func (d *doc) competenceFigures(f *analysis.CompetenceFigures) {
	t := d.t
	r := f.Result
	if len(r.Roles) == 0 {
		return
	}
	w := (contentW - 44) / float64(len(instruments.Dimensions))
	cols := []column{{t.WfRole, 44}}
	for _, dim := range instruments.Dimensions {
		cols = append(cols, column{dim.Label.In(d.lang), w})
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
			row = append(row, d.t.integer(g))
			lv = append(lv, float64(g)/float64(instruments.MaxLevel-instruments.MinLevel))
		}
		rows = append(rows, row)
		levels = append(levels, lv)
	}
	d.figuresShaded(t.CompHeading, cols, rows, levels)
	d.para(smallNote, 0, t.CompKey)
	if len(r.Plan) > 0 {
		cols := []column{{t.WfRole, 28}, {t.CompDimension, 32}, {t.CompGap, 12}, {t.CompFormat, 34}, {t.CompWho, 30}, {t.CompWhen, contentW - 136}}
		var out [][]cell
		explained := map[instruments.TrainingFormat]bool{} // a format's description once
		for _, p := range r.Plan {
			var how []span
			if !explained[p.Format] {
				explained[p.Format] = true
				how = []span{{text: p.How.In(d.lang), st: instrNote}}
			}
			dim, _ := choiceLabel(instruments.Dimensions, string(p.Dimension), d.lang)
			format := d.trainingFormat(p)
			out = append(out, []cell{{text: p.Role, st: instr}, {text: dim, st: instr}, {text: d.t.integer(p.Gap), st: instrBold},
				{text: format, st: instrBold, more: how}, {text: p.Who.In(d.lang), st: instr}, {text: p.When.In(d.lang), st: instr}})
		}
		d.figuresTable(t.CompPlan, d.fitGrid(cols, out), out)
	}
}

// trainingFormat is a plan line's format by its label: the framework's label of the group's own
// choice, or of Helhed's suggestion, marked as suggested.
func (d *doc) trainingFormat(p instruments.PlanLine) string {
	label, ok := "", false
	if in, found := d.fw.InstrumentFor(framework.CalcCompetences); found {
		if c, has := in.Column("format"); has {
			if ch, known := c.Choice(string(p.Format)); known {
				label, ok = ch.Label.In(d.lang), true
			}
		}
	}
	if !ok {
		label, ok = choiceLabel(instruments.TrainingFormats, string(p.Format), d.lang)
	}
	if !ok {
		label = d.t.ProblemMark + " " + fmt.Sprintf(d.t.UnknownChoice, string(p.Format))
	}
	if p.Suggested {
		label += " " + d.t.CompSuggested
	}
	return label
}

// staffCostFigures prints the workflow's hours per role valued at the group's hourly costs:
// a table with the working, the roles without a cost named, and the warning that this is the
// value of time, not cash.
func (d *doc) staffCostFigures(f *analysis.StaffCostFigures) {
	t := d.t
	r := f.Result
	if !f.Workflow {
		d.para(note, 0, t.StaffNoWorkflow)
		return
	}
	w := (contentW - 44) / 7
	g := instrGrid([]column{{t.WfRole, 44}, {t.StaffHoursBefore, w}, {t.StaffHoursAfter, w}, {t.StaffHoursDiff, w},
		{t.StaffRate, w}, {t.StaffKrBefore, w}, {t.StaffKrAfter, w}, {t.StaffKrDiff, w}})
	var out [][]cell
	var before, after float64
	for _, l := range r.Roles {
		before += l.HoursBefore
		after += l.HoursAfter
		line := []cell{{text: l.Role, st: instr}, {text: d.num(l.HoursBefore, 0), st: instr}, {text: d.num(l.HoursAfter, 0), st: instr},
			{text: d.signedNum(l.Hours, 0), st: instrBold}}
		if l.Priced {
			line = append(line, cell{text: d.num(l.KrPerHour, 0), st: instr}, cell{text: d.num(l.KrBefore, 0), st: instr},
				cell{text: d.num(l.KrAfter, 0), st: instr}, cell{text: d.signedNum(l.Kr, 0), st: instrBold})
		} else {
			line = append(line, cell{text: t.StaffNoRate, st: instrWarn}, cell{text: "–", st: instr}, cell{text: "–", st: instr}, cell{text: "–", st: instr})
		}
		out = append(out, line)
	}
	krLabel := t.Total
	if len(r.Unpriced) > 0 {
		krLabel = t.StaffPricedTotal
	}
	out = append(out, []cell{{text: krLabel, st: instrBold}, {text: d.num(before, 0), st: instrBold}, {text: d.num(after, 0), st: instrBold},
		{text: d.signedNum(r.Hours, 0), st: instrBold}, {text: "", st: instr}, {text: d.num(r.KrBefore, 0), st: instrBold},
		{text: d.num(r.KrAfter, 0), st: instrBold}, {text: d.signedNum(r.Kr, 0), st: instrBold}})
	d.figuresTable(t.StaffHeading, g, out)
	if len(r.Unpriced) > 0 {
		d.para(style{bold, 9.5, 4.3, warn}, 0, fmt.Sprintf(t.StaffUnpriced, strings.Join(r.Unpriced, ", ")))
	}
	if f.WorkflowIncomplete {
		d.para(style{bold, 9.5, 4.3, warn}, 0, t.StaffWorkflowIncomplete)
	}
	d.para(smallNote, 0, t.StaffWorking)
	d.gap(2)
}

// staffBrief is the hours per role per year, freed or spent: "sygeplejerske −198,
// social- og sundhedsassistent +26", and the problems of the workflow and of the hourly costs.
func (d *doc) staffBrief() (string, instruments.Problems) {
	f := d.figures()
	if f.Workflow == nil {
		return "", nil
	}
	var parts []string
	for _, h := range f.Workflow.Result.Roles {
		parts = append(parts, h.Role+" "+d.signedNum(h.Difference, 0))
	}
	ps := f.Workflow.Problems
	if sc := f.StaffCost; sc != nil && sc.Workflow {
		ps = append(append(instruments.Problems(nil), ps...), sc.Problems...)
	}
	return strings.Join(parts, ", "), ps
}

// staffValue is the value of the staff time at the group's hourly costs, to follow the hours:
// "; værdi −309.976 kr./år (tid, ikke kontanter) uden sygeplejerske"; "" when no role has a cost.
func (d *doc) staffValue() string {
	sc := d.figures().StaffCost
	if sc == nil || !sc.Workflow || len(sc.Result.Unpriced) == len(sc.Result.Roles) {
		return ""
	}
	s := "; " + fmt.Sprintf(d.t.SumStaffValue, d.signedNum(sc.Result.Kr, 0))
	if len(sc.Result.Unpriced) > 0 {
		s += " " + fmt.Sprintf(d.t.SumUnpriced, strings.Join(sc.Result.Unpriced, ", "))
	}
	return s
}

// riskFigures prints the ranked risks and the 5×5 matrix of counts.
func (d *doc) riskFigures(f *analysis.RiskFigures) {
	t := d.t
	r := f.Result
	if len(r.Ranked) == 0 {
		return
	}
	ranked := []column{{"#", 8}, {t.RiskRisk, 62}, {t.RiskScore, 26}, {t.RiskMitigation, contentW - 124}, {t.RiskOwner, 28}}
	var out [][]cell
	for _, rk := range r.Ranked {
		out = append(out, []cell{{text: d.t.integer(rk.Rank), st: instrBold}, {text: rk.Description, st: instr},
			{text: fmt.Sprintf("%d × %d = %d", rk.Likelihood, rk.Impact, rk.Score), st: instrBold},
			{text: rk.Mitigation, st: instr}, {text: rk.Owner, st: instr}})
	}
	d.figuresTable(t.RiskHeading, d.fitGrid(ranked, out), out)
	d.para(smallNote, 0, t.RiskKey)
	w := (contentW - 44) / instruments.RiskScale
	cols := []column{{t.RiskLikelihood, 44}}
	for i := 1; i <= instruments.RiskScale; i++ {
		cols = append(cols, column{fmt.Sprintf("%d %s", i, instruments.ImpactLabels[i-1].In(d.lang)), w})
	}
	var rows [][]string
	var levels [][]float64
	for l := instruments.RiskScale; l >= 1; l-- {
		row := []string{fmt.Sprintf("%d %s", l, instruments.LikelihoodLabels[l-1].In(d.lang))}
		var lv []float64
		for i := 1; i <= instruments.RiskScale; i++ {
			n := r.Matrix[l-1][i-1]
			s := ""
			if n > 0 {
				s = d.t.integer(n)
			}
			row = append(row, s)
			lv = append(lv, float64(l*i)/float64(instruments.RiskScale*instruments.RiskScale)*0.8)
		}
		rows = append(rows, row)
		levels = append(levels, lv)
	}
	d.figuresShaded(t.RiskMatrix, cols, rows, levels)
	d.para(smallNote, 0, t.RiskMatrixKey)
}

// instrumentKeyFigures are the headline figures of the calculators, one row each, for the
// key figures.
func (d *doc) instrumentKeyFigures() [][]cell {
	t := d.t
	f := d.figures()
	var rows [][]cell
	add := func(label, value string, ps instruments.Problems) {
		switch len(ps) {
		case 0:
		case 1:
			value += " " + t.IncompleteOne
		default:
			value += " " + fmt.Sprintf(t.Incomplete, d.t.integer(len(ps)))
		}
		rows = append(rows, labelledRow(label, cell{text: value, st: dlValue}))
	}
	// addRows is add for the figures of one table, where a row with a problem is left out
	// whole (a transport line without its factor): the count is of rows, as the table marks
	// them, unless a setting is at fault too.
	addRows := func(label, value string, ps instruments.Problems) {
		badRows := map[int]bool{}
		for _, p := range ps {
			badRows[p.Row] = true
		}
		switch {
		case len(ps) == 0 || badRows[instruments.SettingsRow]:
			add(label, value, ps)
			return
		case len(badRows) == 1:
			value += " " + t.IncompleteRowOne
		default:
			value += " " + fmt.Sprintf(t.IncompleteRows, d.t.integer(len(badRows)))
		}
		rows = append(rows, labelledRow(label, cell{text: value, st: dlValue}))
	}
	if w := f.Workflow; w != nil {
		text, ps := d.staffBrief()
		add(t.FigWorkflow, fmt.Sprintf(t.FigWorkflowValue, text, d.signedNum(w.Result.Total.Difference, 0))+d.staffValue(), ps)
	}
	if e := f.Economy; e != nil && len(e.Result.Years) > 0 {
		if e.Discounted {
			addRows(t.FigEconomy, fmt.Sprintf(t.FigEconomyValue, d.num(e.Result.NPV.Base, 0), d.rate(e.DiscountRate),
				d.num(e.Result.NPV.Low, 0), d.num(e.Result.NPV.High, 0))+d.bySector(e.Result.SectorNPV, e.Result.NPV.Base), e.Problems)
		} else {
			addRows(t.FigEconomy, fmt.Sprintf(t.FigBudgetValue, d.num(e.Result.Total.Base, 0), d.t.integer(len(e.Result.Years)))+
				d.bySector(e.Result.SectorTotals, e.Result.Total.Base), e.Problems)
		}
	}
	if e := f.Environment; e != nil {
		addRows(t.FigEnvironment, fmt.Sprintf(t.FigEnvironmentValue, d.signedNum(e.Result.Total.Difference, 0),
			d.num(e.Result.Total.Before, 0), d.num(e.Result.Total.After, 0)), e.Problems)
	}
	if c := f.Competences; c != nil && len(c.Result.Roles) > 0 {
		roles, biggest := 0, 0
		for _, rg := range c.Result.Roles {
			if rg.Max > 0 {
				roles++
			}
			biggest = max(biggest, rg.Max)
		}
		add(t.FigCompetences, fmt.Sprintf(t.FigCompetencesValue, d.t.integer(roles), d.t.integer(len(c.Result.Roles)), d.t.integer(biggest)), c.Problems)
	}
	if r := f.Risks; r != nil && len(r.Result.Ranked) > 0 {
		top := r.Result.Ranked[0]
		add(t.FigRisks, fmt.Sprintf(t.FigRisksValue, d.t.integer(len(r.Result.Ranked)), shortDescription(top.Description), top.Score), r.Problems)
	}
	return rows
}

// bar is one bar of a bar chart; with whisker, lo and hi are drawn as a range over it.
type bar struct {
	v, lo, hi float64
	whisker   bool
	color     rgb
}

// barGroup is the bars over one label.
type barGroup struct {
	label string
	bars  []bar
}

// legendItem is a colour and what it means.
type legendItem struct {
	text  string
	color rgb
}

// Colours of the bar charts: before grey, after the accent.
var (
	barBefore = rgb{160, 170, 178}
	barAfter  = accent
)

// Sizes of the bar charts, in millimetres.
const (
	chartH      = 42.0 // the plot
	chartAxisW  = 18.0 // the value labels left of the plot
	chartLegend = 6.0
	chartLabels = 9.0 // two lines of group labels under the plot
	// chartTotalH is a whole chart's height, legend to labels.
	chartTotalH = chartLegend + 4 + chartH + chartLabels + 2
)

// barChart draws grouped vertical bars across the body from a zero line, with each bar's value
// over it, the largest and smallest value on the axis, and a legend above; the chart is kept on
// one page.
func (d *doc) barChart(legend []legendItem, groups []barGroup, decimals int) {
	if d.capture != nil {
		d.capture.barChart(legend, groups)
		return
	}
	lo, hi := 0.0, 0.0
	for _, g := range groups {
		for _, b := range g.bars {
			lo, hi = min(lo, b.v), max(hi, b.v)
			if b.whisker {
				lo, hi = min(lo, b.lo, b.hi), max(hi, b.lo, b.hi)
			}
		}
	}
	if hi-lo <= 0 || len(groups) == 0 {
		return
	}
	valueSt := style{regular, 7, 3, ink}
	labelSt := style{regular, 7.5, 3.3, ink}
	d.ensure(chartTotalH)
	x0, y0 := marginL, d.pdf.GetY()
	// Legend.
	x := x0 + chartAxisW
	for _, l := range legend {
		d.setFill(l.color)
		d.pdf.Rect(x, y0+1.5, 3, 3, "F")
		d.use(labelSt)
		d.pdf.SetXY(x+4, y0+1.3)
		d.cell(40, labelSt.lineH, l.text, "L")
		x += 6 + d.pdf.GetStringWidth(l.text) + 4
	}
	top := y0 + chartLegend + 4 // room for the values over the highest bar
	plotW := contentW - chartAxisW
	// A negative bar's value is printed under it: the plot leaves a line for it above the group
	// labels, which it would otherwise overprint.
	plotH := chartH
	if lo < 0 {
		plotH -= valueSt.lineH + 0.6
	}
	yOf := func(v float64) float64 { return top + (hi-v)/(hi-lo)*plotH }
	zero := yOf(0)
	// Axis values: the largest, zero and the smallest.
	d.use(valueSt)
	for _, v := range []float64{hi, 0, lo} {
		if v == 0 && (hi == 0 || lo == 0) {
			if v == hi && hi != 0 || v == lo && lo != 0 {
				continue
			}
		}
		d.pdf.SetXY(x0, yOf(v)-valueSt.lineH/2)
		d.cell(chartAxisW-2, valueSt.lineH, d.num(v, decimals), "R")
	}
	d.setDraw(hairline)
	d.pdf.SetLineWidth(0.2)
	for _, v := range []float64{hi, lo} {
		if v != 0 {
			d.pdf.Line(x0+chartAxisW, yOf(v), x0+contentW, yOf(v))
		}
	}
	groupW := plotW / float64(len(groups))
	for gi, g := range groups {
		gx := x0 + chartAxisW + float64(gi)*groupW
		n := float64(len(g.bars))
		barW := min(14, groupW*0.7/n)
		bx := gx + (groupW-barW*n)/2
		for _, b := range g.bars {
			y1, y2 := min(yOf(b.v), zero), max(yOf(b.v), zero)
			d.setFill(b.color)
			if y2-y1 > 0.01 {
				d.pdf.Rect(bx, y1, barW, y2-y1, "F")
			}
			if b.whisker {
				d.setDraw(ink)
				d.pdf.SetLineWidth(0.3)
				cx := bx + barW/2
				d.pdf.Line(cx, yOf(b.lo), cx, yOf(b.hi))
				d.pdf.Line(cx-1.5, yOf(b.lo), cx+1.5, yOf(b.lo))
				d.pdf.Line(cx-1.5, yOf(b.hi), cx+1.5, yOf(b.hi))
			}
			// The value over a positive bar, under a negative one (beside the whisker's end).
			vy := yOf(b.v) - valueSt.lineH - 0.3
			if b.whisker {
				vy = yOf(max(b.lo, b.hi, b.v)) - valueSt.lineH - 0.3
			}
			if b.v < 0 {
				vy = yOf(b.v) + 0.3
				if b.whisker {
					vy = yOf(min(b.lo, b.hi, b.v)) + 0.3
				}
			}
			d.use(valueSt)
			d.pdf.SetXY(bx-4, vy)
			d.cell(barW+8, valueSt.lineH, d.num(b.v, decimals), "C")
			bx += barW
		}
		// The group's label, two lines at most, under the plot.
		d.use(labelSt)
		ls := d.split(g.label, groupW-2)
		if len(ls) > 2 {
			ls = []string{ls[0], d.fit(strings.Join(ls[1:], " "), groupW-2)}
		}
		for k, l := range ls {
			d.pdf.SetXY(gx+1, top+chartH+1+float64(k)*labelSt.lineH)
			d.cell(groupW-2, labelSt.lineH, l, "C")
		}
	}
	d.setDraw(ink)
	d.pdf.SetLineWidth(0.3)
	d.pdf.Line(x0+chartAxisW, zero, x0+contentW, zero)
	d.pdf.SetXY(marginL, y0+chartTotalH)
	d.forget()
}
