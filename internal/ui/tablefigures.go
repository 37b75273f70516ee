package ui

import (
	"math"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/analysis"
	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
	"github.com/helhed/helhed/internal/instruments"
)

// figureBlock is one part of the figures beside a table: a bold title, a small grid of figures
// and lines of text under it, each optional.
type figureBlock struct {
	title string
	grid  *figureGrid
	lines []string
}

// figureGrid is a small table of figures: a header, rows, and which rows are totals (bold).
// The first column, and the first names columns when more, are names (wrapped, aligned left);
// the others are figures, aligned right.
type figureGrid struct {
	head  []string
	rows  [][]string
	total []bool
	names int
}

func (g *figureGrid) add(total bool, cells ...string) {
	g.rows = append(g.rows, cells)
	g.total = append(g.total, total)
}

// tableFigures returns the figures that analysis computes from a calculator instrument of case
// c (workflow hours per role, staff time valued, budget impact, CO2e, competence gaps, top
// risks), to show beside its table, and the problems that keep values out of them (by row index
// as RowsOf lists the rows, and column or setting ID); nothing for a plain table or an
// untouched one. Labels of the framework (choices) are in lang, the case's language; Helhed's
// own words and numbers in the UI's.
func tableFigures(c *assessment.Case, in *framework.Instrument, lang string) ([]figureBlock, instruments.Problems) {
	if in.Calculator == "" {
		return nil, nil
	}
	f := analysis.InstrumentFigures(c)
	var blocks []figureBlock
	var problems instruments.Problems
	switch in.Calculator {
	case framework.CalcWorkflow:
		if w := f.Workflow; w != nil {
			blocks, problems = workflowFigures(w), w.Problems
			if sc := f.StaffCost; len(blocks) > 0 && sc != nil && sc.Workflow && len(sc.Result.Unpriced) < len(sc.Result.Roles) {
				blocks[0].lines = append(blocks[0].lines, tr("tables.fig.staffValued", figDiff(sc.Result.Kr, 0)))
			}
		}
	case framework.CalcStaffCost:
		if s := f.StaffCost; s != nil {
			blocks, problems = staffCostFigures(s), s.Problems
		}
	case framework.CalcEconomy:
		if e := f.Economy; e != nil {
			blocks, problems = economyFigures(e, in, lang), e.Problems
		}
	case framework.CalcEnvironment:
		if e := f.Environment; e != nil {
			blocks, problems = environmentFigures(e, in, lang), e.Problems
		}
	case framework.CalcCompetences:
		if k := f.Competences; k != nil {
			blocks, problems = competenceFigures(k, in, lang), k.Problems
		}
	case framework.CalcRisks:
		if r := f.Risks; r != nil {
			blocks, problems = riskFigures(r), r.Problems
		}
	}
	if n := problemRows(problems); n > 0 {
		blocks = append(blocks, figureBlock{lines: []string{tr("tables.fig.problems", n)}})
	}
	return blocks, problems
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

// change says what a difference in hours means: "146 freed", "12 more", "no change".
func change(diff float64) string {
	switch d := math.Round(diff); {
	case d < 0:
		return tr("tables.fig.freed", figNum(-diff, 0))
	case d > 0:
		return tr("tables.fig.more", figNum(diff, 0))
	}
	return tr("tables.fig.same")
}

func workflowFigures(w *analysis.WorkflowFigures) []figureBlock {
	r := w.Result
	if len(r.Roles) == 0 {
		return nil
	}
	g := &figureGrid{head: []string{tr("tables.fig.role"), tr("tables.fig.before"), tr("tables.fig.after"), tr("tables.fig.change")}}
	for _, h := range r.Roles {
		g.add(false, h.Role, figNum(h.Before, 0), figNum(h.After, 0), change(h.Difference))
	}
	g.add(true, tr("tables.fig.allRoles"), figNum(r.Total.Before, 0), figNum(r.Total.After, 0), change(r.Total.Difference))
	b := figureBlock{title: tr("tables.fig.hours", figNum(w.DaysPerYear, -1)), grid: g}
	for _, m := range r.Moves {
		b.lines = append(b.lines, tr("tables.fig.move", m.Step, strings.Join(m.From, ", "), strings.Join(m.To, ", ")))
	}
	return []figureBlock{b}
}

func staffCostFigures(s *analysis.StaffCostFigures) []figureBlock {
	r := s.Result
	if !s.Workflow {
		if len(s.Rows) == 0 {
			return nil
		}
		return []figureBlock{{lines: []string{tr("tables.fig.staffNoWorkflow")}}}
	}
	g := &figureGrid{head: []string{tr("tables.fig.role"), tr("tables.fig.hoursChange"), tr("tables.fig.rate"),
		tr("tables.fig.valueBefore"), tr("tables.fig.valueAfter"), tr("tables.fig.valueChange")}}
	for _, l := range r.Roles {
		if l.Priced {
			g.add(false, l.Role, figDiff(l.Hours, 0), figNum(l.KrPerHour, -1), figNum(l.KrBefore, 0), figNum(l.KrAfter, 0), figDiff(l.Kr, 0))
		} else {
			g.add(false, l.Role, figDiff(l.Hours, 0), tr("tables.fig.noRate"), "?", "?", "?")
		}
	}
	total := tr("tables.fig.allRoles")
	if len(r.Unpriced) > 0 {
		total = tr("tables.fig.pricedRoles")
	}
	g.add(true, total, figDiff(r.Hours, 0), "", figNum(r.KrBefore, 0), figNum(r.KrAfter, 0), figDiff(r.Kr, 0))
	b := figureBlock{title: tr("tables.fig.staff"), grid: g}
	if len(r.Unpriced) > 0 {
		b.lines = append(b.lines, tr("tables.fig.unpriced", strings.Join(r.Unpriced, ", ")))
	}
	if s.WorkflowIncomplete {
		b.lines = append(b.lines, tr("tables.fig.workflowIncomplete"))
	}
	b.lines = append(b.lines, tr("tables.fig.notCash"))
	return []figureBlock{b}
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

func economyFigures(e *analysis.EconomyFigures, in *framework.Instrument, lang string) []figureBlock {
	r := e.Result
	if len(r.Years) == 0 {
		return nil
	}
	g := &figureGrid{head: []string{tr("tables.fig.sector"), tr("tables.fig.base"), tr("tables.fig.low"), tr("tables.fig.high")}}
	sectors := make([]string, 0, len(r.SectorTotals))
	for s := range r.SectorTotals {
		sectors = append(sectors, string(s))
	}
	sort.Strings(sectors)
	for _, s := range sectors {
		a := r.SectorTotals[instruments.Sector(s)]
		g.add(false, choiceLabel(in, "sector", s, lang), figNum(a.Base, 0), figNum(a.Low, 0), figNum(a.High, 0))
	}
	g.add(true, tr("tables.fig.total"), figNum(r.Total.Base, 0), figNum(r.Total.Low, 0), figNum(r.Total.High, 0))
	if e.Discounted {
		g.add(true, tr("tables.fig.npvRow", figNum(e.DiscountRate, -1)), figNum(r.NPV.Base, 0), figNum(r.NPV.Low, 0), figNum(r.NPV.High, 0))
	}
	b := figureBlock{title: tr("tables.fig.budget", e.Horizon), grid: g}
	if !e.Discounted {
		b.lines = append(b.lines, tr("tables.fig.noDiscount"))
	}
	b.lines = append(b.lines, tr("tables.fig.signs"))
	return []figureBlock{b}
}

func environmentFigures(e *analysis.EnvironmentFigures, in *framework.Instrument, lang string) []figureBlock {
	r := e.Result
	if r.Total.Before == 0 && r.Total.After == 0 {
		return nil
	}
	g := &figureGrid{head: []string{tr("tables.fig.lineType"), tr("tables.fig.before"), tr("tables.fig.after"), tr("tables.fig.difference")}}
	for _, lt := range instruments.LineTypes {
		if v, ok := r.Types[instruments.LineType(lt.ID)]; ok {
			g.add(false, choiceLabel(in, "line-type", lt.ID, lang), figNum(v.Before, 1), figNum(v.After, 1), figDiff(v.Difference, 1))
		}
	}
	g.add(true, tr("tables.fig.total"), figNum(r.Total.Before, 1), figNum(r.Total.After, 1), figDiff(r.Total.Difference, 1))
	return []figureBlock{{title: tr("tables.fig.co2"), grid: g}}
}

func competenceFigures(k *analysis.CompetenceFigures, in *framework.Instrument, lang string) []figureBlock {
	g := &figureGrid{head: []string{tr("tables.fig.role"), tr("tables.fig.dimension"), tr("tables.fig.level"),
		tr("tables.fig.needed"), tr("tables.fig.gap")}, names: 2}
	for _, x := range k.Result.Gaps {
		if x.Gap > 0 {
			g.add(false, x.Role, choiceLabel(in, "dimension", string(x.Dimension), lang), figNum(float64(x.Current), 0),
				figNum(float64(x.Needed), 0), figNum(float64(x.Gap), 0))
		}
	}
	switch {
	case len(g.rows) > 0:
		return []figureBlock{{title: tr("tables.fig.gaps"), grid: g}}
	case len(k.Result.Gaps) > 0:
		return []figureBlock{{lines: []string{tr("tables.fig.noGaps")}}}
	}
	return nil
}

func riskFigures(r *analysis.RiskFigures) []figureBlock {
	g := &figureGrid{head: []string{tr("tables.fig.risk"), tr("tables.fig.score")}}
	for i, x := range r.Result.Ranked {
		if i == 3 {
			break
		}
		g.add(false, tr("tables.fig.rankedRisk", x.Rank, x.Description), tr("tables.fig.scoreValue", x.Score, x.Likelihood, x.Impact))
	}
	if len(g.rows) == 0 {
		return nil
	}
	return []figureBlock{{title: tr("tables.fig.topRisks"), grid: g}}
}

// figureObjects makes the widgets of the figure blocks: a bold title, the grid with its header
// in bold over a line and its totals in bold, and the lines wrapped.
func figureObjects(blocks []figureBlock) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for _, b := range blocks {
		if b.title != "" {
			out = append(out, subHeadingSmall(b.title))
		}
		if g := b.grid; g != nil {
			out = append(out, gridObject(g))
		}
		for _, l := range b.lines {
			out = append(out, wrapped(l))
		}
	}
	return out
}

// gridObject lays a figure grid out: the name column takes the width its longest word needs
// and twice the share of the rest; every figure column is as wide as its widest figure, so a
// number never wraps.
func gridObject(g *figureGrid) fyne.CanvasObject {
	n := len(g.head)
	names := max(1, g.names)
	cols := &tableLayout{weights: make([]float32, n), mins: make([]float32, n)}
	size := theme.TextSize()
	pad := 2 * theme.InnerPadding()
	bold := fyne.TextStyle{Bold: true}
	for i := range cols.weights {
		cols.weights[i] = 1
		if i < names {
			cols.weights[i] = 2
		}
	}
	measure := func(i int, text string, style fyne.TextStyle) {
		w := float32(0)
		if i < names {
			for _, word := range strings.Fields(text) {
				w = max(w, fyne.MeasureText(word, size, style).Width)
			}
		} else {
			w = fyne.MeasureText(text, size, style).Width
		}
		cols.mins[i] = max(cols.mins[i], w+pad)
	}
	row := func(cells []string, style fyne.TextStyle) fyne.CanvasObject {
		objs := make([]fyne.CanvasObject, n)
		for i := 0; i < n; i++ {
			text := ""
			if i < len(cells) {
				text = cells[i]
			}
			measure(i, text, style)
			l := widget.NewLabel(text)
			l.TextStyle = style
			if i < names {
				l.Wrapping = fyne.TextWrapWord
			} else {
				l.Alignment = fyne.TextAlignTrailing
			}
			objs[i] = l
		}
		return container.New(cols, objs...)
	}
	objs := []fyne.CanvasObject{row(g.head, bold), widget.NewSeparator()}
	for i, r := range g.rows {
		style := fyne.TextStyle{}
		if g.total[i] {
			style = bold
		}
		objs = append(objs, row(r, style))
	}
	for i := range cols.mins {
		cols.mins[i] = min(cols.mins[i], 260)
	}
	return container.NewVBox(objs...)
}

// figuresText is the text of the figures as shown, a line per title, grid row or line, the
// cells of a row joined by " | ": for tests and for reading the figures out.
func figuresText(objs []fyne.CanvasObject) string {
	var lines []string
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		switch x := o.(type) {
		case *widget.Label:
			lines = append(lines, x.Text)
		case *fyne.Container:
			if _, ok := x.Layout.(*tableLayout); ok {
				var cells []string
				for _, c := range x.Objects {
					if l, ok := c.(*widget.Label); ok {
						cells = append(cells, l.Text)
					}
				}
				lines = append(lines, strings.Join(cells, " | "))
				return
			}
			for _, c := range x.Objects {
				walk(c)
			}
		}
	}
	for _, o := range objs {
		walk(o)
	}
	return strings.Join(lines, "\n")
}
