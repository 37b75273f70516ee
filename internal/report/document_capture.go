package report

import (
	"strings"
)

// The exports take every part of the report but the cover and the contents from the PDF's own
// section code, run with a capture: the printing helpers the sections call (newPart, heading,
// para, hanging, hangingRich, runIn, lines, printLines, link, anchor, table, tableWrapped,
// shadedTable, barChart, profileChart, the recommendation's band) hand their texts and tables to
// the capture instead of laying them out, and split leaves texts whole. So the exports hold what
// the PDF prints, kept the same by construction however its sections change; a section that
// prints through a helper of its own, not captured, shows in the tests that compare the two.

// capture turns the printing helpers' calls into blocks of the builder's document.
type capture struct {
	b           *builder
	lastHeading string // a chart's title: the heading printed before it
}

// captured runs print, a section of the PDF, with the capture on.
func (b *builder) captured(print func()) {
	d := b.d
	d.capture = &capture{b: b}
	defer func() { d.capture = nil }()
	print()
}

// summary is the PDF's one-page summary, captured: the recommendation and its conditions, every
// domain's conclusion by its first sentence (linked to the whole), the knock-outs, the clearly
// negative domains and the dissent, and whatever the summary prints besides.
func (b *builder) summary() { b.captured(b.d.summary) }

// aboutCase, profile, domains, unanswered, sources and glossary are the PDF's parts of those
// names, captured.
func (b *builder) aboutCase()  { b.captured(b.d.aboutCase) }
func (b *builder) profile()    { b.captured(b.d.profile) }
func (b *builder) domains()    { b.captured(b.d.domains) }
func (b *builder) unanswered() { b.captured(b.d.unanswered) }
func (b *builder) sources()    { b.captured(b.d.sourceList) }
func (b *builder) glossary()   { b.captured(b.d.glossary) }

func (c *capture) partHeading(title string) { c.b.heading(1, title) }

// indent is the level of a text printed at x: at the margin 0, at a question's or a bullet's
// indent 1, further right 2.
func indent(x float64) int {
	switch {
	case x <= marginL+0.01:
		return 0
	case x <= marginL+numberW+0.01:
		return 1
	}
	return 2
}

// anchor names the block just added as the place key refers to (see refSpan).
func (c *capture) anchor(key string) {
	if n := len(c.b.out.Blocks); n > 0 && c.b.out.Blocks[n-1].ID == "" {
		id := slug(key)
		if !c.b.used[id] {
			c.b.used[id] = true
			c.b.out.Blocks[n-1].ID = id
		}
	}
}

func (c *capture) profileChart() { c.b.profileChart() }

// tableWrapped is a table the PDF measured first: in capture every text is one line, the cell's
// text and then its further texts.
func (c *capture) tableWrapped(g grid, rows []wrappedRow) {
	var cells [][]cell
	for _, r := range rows {
		var row []cell
		for _, ls := range r.cells {
			var ce cell
			for k, l := range ls {
				if k == 0 {
					ce.text, ce.st = l.text, l.st
				} else {
					ce.more = append(ce.more, span{text: l.text, st: l.st})
				}
			}
			row = append(row, ce)
		}
		cells = append(cells, row)
	}
	c.table(g, cells)
}

// lines are texts split for the page (in capture, split leaves them whole): a paragraph.
func (c *capture) lines(st style, x float64, lines []string) {
	c.b.paraAt(indent(x), toneOf(st), strings.Join(lines, "\n"))
}

func (c *capture) link(x float64, url string) { c.b.link(indent(x), url) }

func (c *capture) recommendation() { c.b.recommendation() }

// spans are the report's spans as the document's; a reference to a page becomes a link to the
// place it refers to.
func (c *capture) spans(ss []span) []Span {
	out := make([]Span, 0, len(ss))
	for _, s := range ss {
		if s.ref != "" {
			out = append(out, c.b.readOn(slug(s.ref)))
			continue
		}
		out = append(out, Span{Text: s.text, Tone: toneOf(s.st)})
	}
	return out
}

func (c *capture) hangingRich(labelSt style, label string, ss []span) {
	c.b.item(0, label, toneOf(labelSt), c.spans(ss)...)
}

func (c *capture) runIn(head style, heading string, ss []span) {
	tone := Strong
	if head.color == warn {
		tone = Warn
	}
	c.b.runIn(tone, heading, c.spans(ss)...)
}

// richLines are lines of a text in several styles, wrapped for the page: one item again.
func (c *capture) richLines(lines []richLine) {
	var all []span
	for _, l := range lines {
		all = append(all, l...)
	}
	c.b.item(0, "", Plain, c.spans(all)...)
}

// heading: the report's heading styles by size, h2 a domain, h3 a section, smaller ones below.
func (c *capture) heading(st style, text string) {
	level := 4
	switch {
	case st == sumHead || st == sumWarnHead: // the summary's headings
		level = 3
	case st.size >= h2.size:
		level = 2
	case st.size >= h3.size:
		level = 3
	}
	tone := Plain
	if st.color == warn {
		tone = Warn
	}
	c.lastHeading = text
	c.b.headingID(level, text, c.b.ids[text], tone) // a domain's heading is a contents entry
}

func (c *capture) para(st style, indent float64, text string) {
	level := 0
	if indent > 0 {
		level = 1
	}
	c.b.paraAt(level, toneOf(st), text)
}

// hanging is a numbered or bulleted item; one printed further right than the margin is indented.
func (c *capture) hanging(labelSt, st style, x float64, label, text string) {
	c.b.item(indent(x), label, toneOf(labelSt), Span{Text: text, Tone: toneOf(st)})
}

// table: with column titles a table; without, a label–value list (the labelled grid's gutter,
// an empty narrow middle column, left out).
func (c *capture) table(g grid, rows [][]cell) {
	if g.header {
		tb := c.b.table(titles(g.cols), rows)
		if g.tint != nil {
			for i := range tb.Rows {
				tb.Rows[i].Tint = g.tint(i)
			}
		}
		return
	}
	if len(g.cols) == 3 && g.cols[1].title == "" && g.cols[1].width <= 5 {
		c.b.facts(rows)
		return
	}
	c.b.add(Block{Kind: TableBlock, Table: tableOf(nil, rows)})
}

func (c *capture) shadedTable(cols []column, rows [][]string, levels [][]float64) {
	c.b.shadedTable(titles(cols), rows, levels)
}

func (c *capture) barChart(legend []legendItem, groups []barGroup) {
	c.b.barChart(c.lastHeading, legend, groups)
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
