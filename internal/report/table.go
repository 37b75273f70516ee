package report

// column is a table column: its title and width in millimetres.
type column struct {
	title string
	width float64
}

// cell is one table cell: text and the style it prints in.
type cell struct {
	text string
	st   style
}

// grid describes a table's look.
type grid struct {
	cols   []column
	header bool    // print the column titles on a tinted band, again after every page break
	rules  bool    // a hairline under every row
	padX   float64 // space left and right of a cell's text
	padY   float64 // space above and below a row's text
}

// minSplitLines is the fewest lines of a row printed at the bottom of a page when a row is
// too tall for any page and must be split.
const minSplitLines = 3

// keepTable is the height up to which a table is kept on one page: a short table moves to
// the next page whole rather than leave a row or two behind.
const keepTable = (bodyBottom - bodyTop) / 2

// tableHeight is the height of the table, titles included.
func (d *doc) tableHeight(g grid, rows [][]cell) float64 {
	h := d.tableHeaderHeight(g)
	for _, row := range rows {
		n, lh := 1, 0.0
		for i, c := range g.cols {
			d.use(row[i].st)
			n = max(n, len(d.split(row[i].text, c.width-2*g.padX)))
			lh = max(lh, row[i].st.lineH)
		}
		h += float64(n)*lh + 2*g.padY
	}
	return h
}

// table prints rows under the grid's column titles. A row's height is its tallest cell; a row
// that does not fit at the bottom of a page moves to the next, and a row taller than a page is
// split across pages, the column titles repeated above each part. A table no taller than
// keepTable is kept on one page.
func (d *doc) table(g grid, rows [][]cell) {
	total := 0.0
	for _, c := range g.cols {
		total += c.width
	}
	headerH := d.tableHeaderHeight(g)
	pageRoom := bodyBottom - bodyTop - headerH
	if h := d.tableHeight(g, rows); h <= keepTable {
		d.ensure(h)
	}

	for ri, row := range rows {
		wrapped := make([][]string, len(g.cols))
		n, lh := 1, 0.0
		for i, c := range g.cols {
			d.use(row[i].st)
			wrapped[i] = d.split(row[i].text, c.width-2*g.padX)
			n = max(n, len(wrapped[i]))
			lh = max(lh, row[i].st.lineH)
		}
		rowH := float64(n)*lh + 2*g.padY

		fresh := false // at the top of a page, under the titles: nothing to gain by breaking
		if ri == 0 {
			// Keep the titles with the first row (or its first lines).
			d.ensure(headerH + min(rowH, float64(minSplitLines)*lh+2*g.padY))
			d.tableHeader(g, total)
		} else if rowH <= pageRoom && d.pdf.GetY()+rowH > bodyBottom {
			d.tableBreak(g, total)
			fresh = true
		}

		for done := 0; done < n; {
			room := int((bodyBottom - d.pdf.GetY() - 2*g.padY) / lh)
			if room < min(n-done, minSplitLines) && !fresh {
				d.tableBreak(g, total)
				fresh = true
				continue
			}
			fresh = false
			take := max(1, min(n-done, room))
			y := d.pdf.GetY()
			x := marginL
			for i, c := range g.cols {
				d.use(row[i].st)
				end := min(done+take, len(wrapped[i]))
				for k := done; k < end; k++ {
					if wrapped[i][k] == "" {
						continue
					}
					d.pdf.SetXY(x+g.padX, y+g.padY+float64(k-done)*lh)
					d.pdf.CellFormat(c.width-2*g.padX, lh, wrapped[i][k], "", 0, "L", false, 0, "")
				}
				x += c.width
			}
			y += float64(take)*lh + 2*g.padY
			if g.rules {
				d.setDraw(hairline)
				d.pdf.SetLineWidth(0.2)
				d.pdf.Line(marginL, y, marginL+total, y)
			}
			d.pdf.SetXY(marginL, y)
			done += take
			if done < n {
				d.tableBreak(g, total)
				fresh = true
			}
		}
	}
	d.gap(2)
}

// tableBreak continues a table on a new page.
func (d *doc) tableBreak(g grid, total float64) {
	d.pdf.AddPage()
	d.tableHeader(g, total)
}

// tableHeaderLines wraps the column titles.
func (d *doc) tableHeaderLines(g grid) ([][]string, int) {
	d.use(smallBold)
	ls := make([][]string, len(g.cols))
	n := 1
	for i, c := range g.cols {
		ls[i] = d.split(c.title, c.width-2*g.padX)
		n = max(n, len(ls[i]))
	}
	return ls, n
}

func (d *doc) tableHeaderHeight(g grid) float64 {
	if !g.header {
		return 0
	}
	_, n := d.tableHeaderLines(g)
	return float64(n)*smallBold.lineH + 2*g.padY
}

// tableHeader prints the column titles on a tinted band.
func (d *doc) tableHeader(g grid, total float64) {
	if !g.header {
		return
	}
	ls, n := d.tableHeaderLines(g)
	h := float64(n)*smallBold.lineH + 2*g.padY
	y := d.pdf.GetY()
	d.setFill(tableFill)
	d.pdf.Rect(marginL, y, total, h, "F")
	d.use(smallBold)
	x := marginL
	for i, c := range g.cols {
		for k, line := range ls[i] {
			d.pdf.SetXY(x+g.padX, y+g.padY+float64(k)*smallBold.lineH)
			d.pdf.CellFormat(c.width-2*g.padX, smallBold.lineH, line, "", 0, "L", false, 0, "")
		}
		x += c.width
	}
	d.pdf.SetXY(marginL, y+h)
}
