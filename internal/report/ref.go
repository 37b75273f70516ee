package report

import (
	"fmt"
	"strconv"
	"strings"
)

// Page references: the summary prints a long text by its first sentence, followed by the page
// where it stands in full, "… (s. 23)", linked to that place. The page is the previous pass's
// (see anchor); the layout reserves room for the widest page number, so it does not depend on
// the numbers and both passes break lines and pages at the same places.

// Anchor keys: where a domain's conclusion, a knock-out flag's reason and the dissent are
// printed in full.
func conclusionAnchor(domainID string) string { return "conclusion/" + domainID }
func knockOutAnchor(id string) string         { return "knock-out/" + id }

const dissentAnchor = "dissent"

// refSpan is the reference to key's page, in style st.
func (d *doc) refSpan(key string, st style) span {
	page := "–" // not known in the first pass, which prints nothing
	if p, ok := d.prev.anchorOf(key); ok {
		page = strconv.Itoa(p.page)
	}
	return span{text: d.refText(page), st: st, ref: key}
}

// refText is the reference to a page: "… (s. 23)".
func (d *doc) refText(page string) string {
	return "… (" + fmt.Sprintf(d.t.PageRef, page) + ")"
}

// refWidth is the width the layout reserves for a reference in the current font: that of the
// widest page number of at least three digits (a report of a thousand pages or more is laid out
// once more, see PDF).
func (d *doc) refWidth() float64 {
	digits := 3
	if d.prev != nil {
		digits = max(digits, len(strconv.Itoa(d.prev.pages)))
	}
	return d.pdf.GetStringWidth(cleanLine(d.refText(strings.Repeat("0", digits))))
}

// anchorOf returns the place of anchor key, if l has it.
func (l *layout) anchorOf(key string) (place, bool) {
	if l == nil || key == "" {
		return place{}, false
	}
	p, ok := l.anchors[key]
	return p, ok
}

// richLine is a line of text in several styles: its spans follow each other with a space
// between them.
type richLine []span

// richWrap wraps spans, each in its own style, to lines no wider than w: their words run on
// from one span to the next, a space between them. A reference (a span with ref) is never
// broken. Line breaks in the texts are spaces.
func (d *doc) richWrap(spans []span, w float64) []richLine {
	var lines []richLine
	var line richLine
	used := 0.0
	add := func(word string, st style, ref string, ww float64) {
		d.use(st)
		space := 0.0
		if len(line) > 0 {
			space = d.pdf.GetStringWidth(" ")
			if used+space+ww > w {
				lines, line, used, space = append(lines, line), nil, 0, 0
			}
		}
		if n := len(line); n > 0 && line[n-1].st == st && line[n-1].ref == "" && ref == "" {
			line[n-1].text += " " + word
		} else {
			line = append(line, span{text: word, st: st, ref: ref})
		}
		used += space + ww
	}
	for _, sp := range spans {
		d.use(sp.st)
		if sp.ref != "" {
			add(cleanLine(sp.text), sp.st, sp.ref, d.refWidth())
			continue
		}
		for _, word := range splitWords(cleanLine(sp.text)) {
			if ww := d.pdf.GetStringWidth(word); ww <= w {
				add(word, sp.st, "", ww)
				continue
			}
			for _, part := range d.pdf.SplitText(word, w) { // a word longer than a line
				add(part, sp.st, "", d.pdf.GetStringWidth(part))
			}
		}
	}
	if len(line) > 0 {
		lines = append(lines, line)
	}
	return lines
}

// printLines prints rich lines from x, lh apart, breaking pages as needed, and leaves the
// cursor at the left margin under them.
func (d *doc) printLines(x, w, lh float64, lines []richLine) {
	if d.capture != nil {
		d.capture.richLines(lines)
		return
	}
	for _, l := range lines {
		d.ensure(lh)
		y := d.pdf.GetY()
		d.printLine(x, y, w, lh, l)
		d.pdf.SetXY(marginL, y+lh)
	}
}

// printLine prints a rich line at (x, y) in a box w wide and lh high, each reference a link to
// its anchor.
func (d *doc) printLine(x, y, w, lh float64, l richLine) {
	for i, sp := range l {
		d.use(sp.st)
		if i > 0 {
			x += d.pdf.GetStringWidth(" ")
		}
		d.pdf.SetXY(x, y)
		d.cell(w, lh, sp.text, "L")
		tw := d.pdf.GetStringWidth(sp.text)
		if p, ok := d.prev.anchorOf(sp.ref); ok && !d.dry {
			link := d.pdf.AddLink()
			d.pdf.SetLink(link, max(p.y-6, 0), p.page)
			d.pdf.Link(x, y, tw, lh, link)
		}
		x += tw
	}
}

// splitWords splits text into words at spaces: not at no-break spaces, which join what they stand
// between.
func splitWords(text string) []string {
	return strings.FieldsFunc(text, func(r rune) bool { return r == ' ' })
}
