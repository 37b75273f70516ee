package report

import "strings"

// Flowing text: every helper here sanitizes what it prints, wraps it to a width and breaks
// the page before a line would cross the bottom of the body.

// tape records the wrapped texts of the first pass, in order, so that the second pass, which
// wraps the same texts in the same order, takes them from the tape instead of sanitizing and
// wrapping them again. Each entry is checked against the call that replays it; at the first
// mismatch the tape is left and texts are wrapped afresh.
type tape struct {
	entries []tapeEntry
	next    int
	off     bool
}

type tapeEntry struct {
	text  string
	width float64
	font  string
	size  float64
	lines []string
}

// split sanitizes s and wraps it to lines no wider than w in the current font.
func (d *doc) split(s string, w float64) []string {
	if d.capture != nil {
		return []string{s} // unwrapped: the capture's lines are paragraphs (see capture.lines)
	}
	tp := d.tape
	if d.prev != nil && !tp.off {
		if tp.next < len(tp.entries) {
			e := &tp.entries[tp.next]
			if e.width == w && e.font == d.cur.font && e.size == d.cur.size && e.text == s {
				tp.next++
				return e.lines
			}
		}
		tp.off = true
	}
	lines := d.wrap(s, w)
	if d.dry {
		tp.entries = append(tp.entries, tapeEntry{text: s, width: w, font: d.cur.font, size: d.cur.size, lines: lines})
	}
	return lines
}

// wrap is split without the tape.
func (d *doc) wrap(s string, w float64) []string {
	s = strings.TrimLeft(strings.TrimRight(clean(s), " \n"), "\n")
	if s == "" {
		return nil
	}
	return d.pdf.SplitText(s, w)
}

// ensure starts a new page unless h more millimetres fit above the bottom of the body.
func (d *doc) ensure(h float64) {
	if d.pdf.GetY()+h > bodyBottom && !d.atTop() {
		d.pdf.AddPage()
	}
}

// atTop reports whether nothing has been printed on the page yet.
func (d *doc) atTop() bool { return d.pdf.GetY() <= bodyTop+d.padTop+0.01 }

// gap adds vertical space, except at the top of a page.
func (d *doc) gap(h float64) {
	if !d.atTop() {
		d.pdf.SetY(d.pdf.GetY() + h)
	}
}

// lines prints already wrapped lines at x, each on its own line, breaking pages as needed.
func (d *doc) lines(st style, x, w float64, lines []string) {
	if d.capture != nil {
		d.capture.lines(st, x, lines)
		return
	}
	d.use(st)
	for _, line := range lines {
		d.ensure(st.lineH)
		y := d.pdf.GetY()
		if line != "" {
			d.pdf.SetXY(x, y)
			d.cell(w, st.lineH, line, "L")
		}
		d.pdf.SetXY(marginL, y+st.lineH)
	}
}

// para prints text wrapped to the body width less indent, then a small gap.
func (d *doc) para(st style, indent float64, text string) {
	if d.capture != nil {
		d.capture.para(st, indent, text)
		return
	}
	d.use(st)
	w := contentW - indent
	d.lines(st, marginL+indent, w, d.split(text, w))
	d.gap(1.5)
}

// heading prints a heading with space above it, on a new page if it and keep millimetres
// of what follows would not fit. level >= 0 makes it a section: a bookmark at that level and
// a place the contents point to.
func (d *doc) heading(st style, text string, before, keep float64, level int) {
	if d.capture != nil {
		d.capture.heading(st, text)
		return
	}
	d.use(st)
	ls := d.split(text, contentW)
	h := float64(len(ls)) * st.lineH
	if !d.atTop() {
		if d.pdf.GetY()+before+h+keep > bodyBottom {
			d.pdf.AddPage()
		} else {
			d.gap(before)
		}
	}
	if level >= 0 {
		d.mark(text, level)
	}
	d.lines(st, marginL, contentW, ls)
	d.gap(1)
}

// hanging prints label at x and text beside it, wrapped with a hanging indent: a numbered
// question, a bullet. The label and the first keep lines of what follows stay together.
func (d *doc) hanging(labelSt, st style, x, labelW float64, label, text string, keep float64) {
	if d.capture != nil {
		d.capture.hanging(labelSt, st, x, label, text)
		return
	}
	d.use(st)
	w := pageW - marginR - x - labelW
	ls := d.split(text, w)
	if len(ls) == 0 {
		ls = []string{""}
	}
	d.ensure(min(float64(len(ls))*st.lineH+keep, bodyBottom-bodyTop))
	y := d.pdf.GetY()
	d.use(labelSt)
	d.pdf.SetXY(x, y)
	d.cell(labelW, st.lineH, cleanLine(label), "L")
	d.pdf.SetXY(marginL, y)
	d.lines(st, x+labelW, w, ls)
}

// rule draws a thin horizontal line across the body and leaves space after it.
func (d *doc) rule(after float64) {
	y := d.pdf.GetY()
	d.setDraw(hairline)
	d.pdf.SetLineWidth(0.2)
	d.pdf.Line(marginL, y, pageW-marginR, y)
	d.pdf.SetY(y + after)
}
