package report

import "strconv"

// Styles of the contents page.
var (
	tocPart   = style{bold, 11, 6.4, ink}
	tocDomain = style{regular, 10.5, 5.6, ink}
)

// contents prints the contents page: every part and domain with its page number, each line a
// link to its page. The first pass has no page numbers yet and prints nothing; the numbers sit
// in a column of their own, so the lines wrap the same in both passes.
func (d *doc) contents() {
	d.newPart(d.t.Contents)
	const numW = 12.0 // the page numbers' column
	const indent = 7.0
	all := d.entries()
	for i, e := range all {
		if !e.toc {
			continue
		}
		st, x := tocPart, marginL
		if e.level > 0 {
			st, x = tocDomain, marginL+indent
		} else if d.pdf.GetY() > bodyTop+10 {
			d.gap(2)
		}
		w := pageW - marginR - numW - 3 - x
		d.use(st)
		ls := d.split(e.title, w)
		if len(ls) == 0 {
			ls = []string{""}
		}
		d.ensure(float64(len(ls)) * st.lineH)
		y0 := d.pdf.GetY()
		d.lines(st, x, w, ls)
		if d.prev == nil || i >= len(d.prev.marks) || d.dry {
			continue
		}
		m := d.prev.marks[i]
		// The page number on the last line, a dotted leader to it from the text.
		last := y0 + float64(len(ls)-1)*st.lineH
		end := x + d.pdf.GetStringWidth(ls[len(ls)-1]) + 1.5
		num := strconv.Itoa(m.page)
		d.pdf.SetXY(pageW-marginR-numW, last)
		d.cell(numW, st.lineH, num, "R")
		numX := pageW - marginR - d.pdf.GetStringWidth(num) - 1.5
		if numX > end+2 {
			d.setDraw(muted)
			d.pdf.SetLineWidth(0.25)
			d.pdf.SetDashPattern([]float64{0.25, 1.2}, 0)
			base := last + st.lineH*0.72
			d.pdf.Line(end, base, numX, base)
			d.pdf.SetDashPattern([]float64{}, 0)
		}
		link := d.pdf.AddLink()
		d.pdf.SetLink(link, max(m.y-4, 0), m.page)
		d.pdf.Link(x, y0, pageW-marginR-x, float64(len(ls))*st.lineH, link)
		d.pdf.SetXY(marginL, y0+float64(len(ls))*st.lineH)
	}
}
