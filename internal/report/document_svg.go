package report

import (
	"fmt"
	"html"
	"image/color"
	"strings"
	"unicode"

	"github.com/helhed/helhed/internal/chart"
)

// The exports' charts as SVG: the rating profile from internal/chart's shapes (the geometry the
// PDF and the window draw), and the instruments' bar charts. Units are millimetres, as in the
// PDF; the picture scales to the page's width.

// svgWriter collects SVG elements.
type svgWriter struct {
	b    strings.Builder
	w, h float64
}

func (s *svgWriter) String() string {
	return fmt.Sprintf(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %s %s" width="%s" height="%s" role="img">`,
		f2(s.w), f2(s.h), f2(s.w*96/25.4), f2(s.h*96/25.4)) + s.b.String() + "</svg>"
}

func f2(v float64) string {
	s := fmt.Sprintf("%.2f", v)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if s == "-0" {
		return "0"
	}
	return s
}

func hexOf(c rgb) string { return fmt.Sprintf("#%02x%02x%02x", c.r, c.g, c.b) }

func hexRGBA(c color.RGBA) string { return fmt.Sprintf("#%02x%02x%02x", c.R, c.G, c.B) }

func (s *svgWriter) rect(x, y, w, h float64, fill string, extra string) {
	fmt.Fprintf(&s.b, `<rect x="%s" y="%s" width="%s" height="%s" fill="%s"%s/>`, f2(x), f2(y), f2(w), f2(h), fill, extra)
}

func (s *svgWriter) line(x1, y1, x2, y2 float64, stroke string, width float64) {
	fmt.Fprintf(&s.b, `<line x1="%s" y1="%s" x2="%s" y2="%s" stroke="%s" stroke-width="%s"/>`, f2(x1), f2(y1), f2(x2), f2(y2), stroke, f2(width))
}

// text writes an escaped text with its baseline at y; anchor is start, middle or end.
func (s *svgWriter) text(x, y, size float64, bold bool, anchor, fill, text string) {
	weight := ""
	if bold {
		weight = ` font-weight="bold"`
	}
	fmt.Fprintf(&s.b, `<text x="%s" y="%s" font-size="%s" font-family="Arial, Helvetica, sans-serif" text-anchor="%s" fill="%s"%s>%s</text>`,
		f2(x), f2(y), f2(size), anchor, fill, weight, html.EscapeString(exportText(text)))
}

// approxWidth estimates a text's width in a sans-serif font: the reader's fonts are not known,
// so the chart lays out with an average letter a little wider than most.
func approxWidth(text string, size float64, bold bool) float64 {
	w := 0.0
	for _, r := range text {
		switch {
		case r == ' ' || r == '.' || r == ',' || r == 'i' || r == 'l' || r == 'j' || r == '\'' || r == '·':
			w += 0.3
		case r >= 'A' && r <= 'Z' || r == 'm' || r == 'w' || r == 'Æ' || r == 'Ø' || r == 'Å':
			w += 0.72
		default:
			w += 0.56
		}
	}
	if bold {
		w *= 1.07
	}
	return w * size
}

// profileChart adds the rating profile as SVG, and its rows as a table for Markdown.
func (b *builder) profileChart() {
	d := b.d
	ch := chart.Profile(d.c, chart.Options{Lang: d.lang, Width: contentW, TextSize: 10 * mmPerPt, Measure: approxWidth})
	s := &svgWriter{w: contentW, h: ch.Height}
	for _, r := range ch.Rects {
		if r.W <= 0 || r.H <= 0 {
			continue
		}
		extra := ""
		if r.StrokeWidth > 0 {
			extra = fmt.Sprintf(` stroke="%s" stroke-width="%s"`, hexRGBA(r.Stroke), f2(r.StrokeWidth))
		}
		if r.Fill.A < 255 && r.Fill.A > 0 {
			extra += fmt.Sprintf(` fill-opacity="%s"`, f2(float64(r.Fill.A)/255))
		}
		fill := hexRGBA(r.Fill)
		if r.Fill.A == 0 {
			fill = "none"
		}
		s.rect(r.X, r.Y, r.W, r.H, fill, extra)
	}
	for _, l := range ch.Lines {
		s.line(l.X1, l.Y1, l.X2, l.Y2, hexRGBA(l.Color), l.Width)
	}
	for _, t := range ch.Texts {
		anchor := "start"
		switch t.Align {
		case chart.Center:
			anchor = "middle"
		case chart.Right:
			anchor = "end"
		}
		s.text(t.X, t.Y+0.35*t.Size, t.Size, t.Bold, anchor, hexRGBA(t.Color), t.Text)
	}
	data := &Table{Head: []string{exportText(d.t.Domain), exportText(d.t.ConsensusShort)}}
	var alt []string
	for _, r := range ch.Rows {
		data.Rows = append(data.Rows, Row{Cells: []Cell{{Lines: []Span{{Text: exportText(r.Label)}}}, {Lines: []Span{{Text: exportText(r.Status)}}}},
			Tint: r.Disagreement})
		alt = append(alt, r.Label+": "+r.Status)
	}
	// The key under the chart, in words.
	for _, t := range ch.Texts {
		if t.Role == chart.RoleLegend || t.Role == chart.RoleAxis && strings.IndexFunc(t.Text, unicode.IsLetter) >= 0 {
			alt = append(alt, t.Text)
		}
	}
	b.add(Block{Kind: ChartBlock, Chart: &Chart{SVG: s.String(), Alt: exportText(d.t.Profile + ". " + strings.Join(alt, "; ")), Data: data, Width: contentW, Height: ch.Height}})
}

// barChart adds grouped bars from a zero line, each with its value, as the PDF's barChart
// draws them; the figures are in the table before it.
func (b *builder) barChart(title string, legend []legendItem, groups []barGroup) {
	d := b.d
	lo, hi := 0.0, 0.0
	for _, g := range groups {
		for _, br := range g.bars {
			lo, hi = min(lo, br.v), max(hi, br.v)
			if br.whisker {
				lo, hi = min(lo, br.lo, br.hi), max(hi, br.lo, br.hi)
			}
		}
	}
	if hi-lo <= 0 || len(groups) == 0 {
		return
	}
	const valueSize, labelSize = 2.6, 2.8 // millimetres: about 7.5 and 8 pt
	total := chartLegend + 4 + chartH + chartLabels + 2
	s := &svgWriter{w: contentW, h: total}
	x := chartAxisW
	for _, l := range legend {
		s.rect(x, 1.5, 3, 3, hexOf(l.color), "")
		s.text(x+4, 4.3, labelSize, false, "start", hexOf(ink), l.text)
		x += 6 + approxWidth(l.text, labelSize, false) + 4
	}
	top := chartLegend + 4.0
	plotW := contentW - chartAxisW
	yOf := func(v float64) float64 { return top + (hi-v)/(hi-lo)*chartH }
	zero := yOf(0)
	for _, v := range []float64{hi, 0, lo} {
		if v == 0 && (hi == 0 || lo == 0) && (v == hi && hi != 0 || v == lo && lo != 0) {
			continue
		}
		s.text(chartAxisW-2, yOf(v)+1, valueSize, false, "end", hexOf(ink), d.num(v, 0))
	}
	for _, v := range []float64{hi, lo} {
		if v != 0 {
			s.line(chartAxisW, yOf(v), contentW, yOf(v), hexOf(hairline), 0.2)
		}
	}
	groupW := plotW / float64(len(groups))
	var data [][]cell
	for gi, g := range groups {
		gx := chartAxisW + float64(gi)*groupW
		n := float64(len(g.bars))
		barW := min(14, groupW*0.7/n)
		bx := gx + (groupW-barW*n)/2
		row := []cell{{text: g.label}}
		for _, br := range g.bars {
			y1, y2 := min(yOf(br.v), zero), max(yOf(br.v), zero)
			if y2-y1 > 0.01 {
				s.rect(bx, y1, barW, y2-y1, hexOf(br.color), "")
			}
			vy := yOf(br.v) - 1
			if br.whisker {
				cx := bx + barW/2
				s.line(cx, yOf(br.lo), cx, yOf(br.hi), hexOf(ink), 0.3)
				s.line(cx-1.5, yOf(br.lo), cx+1.5, yOf(br.lo), hexOf(ink), 0.3)
				s.line(cx-1.5, yOf(br.hi), cx+1.5, yOf(br.hi), hexOf(ink), 0.3)
				vy = yOf(max(br.lo, br.hi, br.v)) - 1
			}
			if br.v < 0 {
				vy = yOf(br.v) + 3
				if br.whisker {
					vy = yOf(min(br.lo, br.hi, br.v)) + 3
				}
			}
			s.text(bx+barW/2, vy, valueSize, false, "middle", hexOf(ink), d.num(br.v, 0))
			bx += barW
			row = append(row, cell{text: d.num(br.v, 0)})
		}
		s.text(gx+groupW/2, top+chartH+4, labelSize, false, "middle", hexOf(ink), g.label)
		data = append(data, row)
	}
	s.line(chartAxisW, zero, contentW, zero, hexOf(ink), 0.3)
	head := []string{""}
	for _, l := range legend {
		head = append(head, l.text)
	}
	var alt []string
	for _, r := range data {
		var vs []string
		for _, c := range r[1:] {
			vs = append(vs, c.text)
		}
		alt = append(alt, r[0].text+": "+strings.Join(vs, " / "))
	}
	b.add(Block{Kind: ChartBlock, Chart: &Chart{SVG: s.String(), Alt: exportText(title + " (" + strings.Join(head[1:], ", ") + "). " + strings.Join(alt, "; ")),
		Data: tableOf(head, data), Width: contentW, Height: total}})
}

// exportTexts are the exports' own few words.
type exportTexts struct {
	ReadOn string // after a first sentence, linking to the whole text
}

var exportLanguages = map[string]*exportTexts{
	"da": {ReadOn: "læs hele teksten"},
	"en": {ReadOn: "read the whole text"},
}
