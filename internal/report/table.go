package report

// column is a table column: its title and width in millimetres.
type column struct {
	title string
	width float64
}

// cell is one table cell: text and the style it prints in, and optionally more texts in
// other styles under it (a domain's consensus and flags under its name). All the styles of a
// row should have the same line height.
type cell struct {
	text string
	st   style
	more []span
}

// span is a text in a style; ref, where set, makes it a reference to that anchor (see refSpan).
type span struct {
	text string
	st   style
	ref  string
}

// grid describes a table's look.
type grid struct {
	cols   []column
	header bool    // print the column titles on a tinted band, again after every page break
	rules  bool    // a hairline under every row
	padX   float64 // space left and right of a cell's text
	padY   float64 // space above and below a row's text
	// tint, where set, is the background of the rows it returns true for (a disagreement).
	tint func(row int) bool
	// head is the style of the column titles; smallBold when not set.
	head style
}

// headStyle is the style of the grid's column titles.
func (g grid) headStyle() style {
	if g.head.font == "" {
		return smallBold
	}
	return g.head
}

// minSplitLines is the fewest lines of a row printed at the bottom of a page when a row is
// too tall for any page and must be split.
const minSplitLines = 3

// keepTable is the height up to which a table is kept on one page: a short table moves to
// the next page whole rather than leave a row or two behind.
const keepTable = (bodyBottom - bodyTop) / 2

// styledLine is one wrapped line of a cell.
type styledLine struct {
	text string
	st   style
}

// wrappedRow is a row wrapped to its columns: each cell's lines, the row's line count and
// line height.
type wrappedRow struct {
	cells [][]styledLine
	n     int
	lh    float64
}

func (r wrappedRow) height(g grid) float64 { return float64(r.n)*r.lh + 2*g.padY }

// wrapRows wraps every cell of rows to its column, once.
func (d *doc) wrapRows(g grid, rows [][]cell) []wrappedRow {
	out := make([]wrappedRow, len(rows))
	for ri, row := range rows {
		wr := wrappedRow{cells: make([][]styledLine, len(g.cols)), n: 1}
		for i, c := range g.cols {
			w := c.width - 2*g.padX
			var ls []styledLine
			d.use(row[i].st)
			for _, l := range d.split(row[i].text, w) {
				ls = append(ls, styledLine{l, row[i].st})
			}
			wr.lh = max(wr.lh, row[i].st.lineH)
			for _, sp := range row[i].more {
				d.use(sp.st)
				for _, l := range d.split(sp.text, w) {
					ls = append(ls, styledLine{l, sp.st})
				}
				wr.lh = max(wr.lh, sp.st.lineH)
			}
			wr.cells[i] = ls
			wr.n = max(wr.n, len(ls))
		}
		out[ri] = wr
	}
	return out
}

// tableHeight is the height of the wrapped table, titles included.
func (d *doc) tableHeight(g grid, rows []wrappedRow) float64 {
	h := d.tableHeaderHeight(g)
	for _, r := range rows {
		h += r.height(g)
	}
	return h
}

// table prints rows under the grid's column titles. A row's height is its tallest cell; a row
// that does not fit at the bottom of a page moves to the next, and a row taller than a page is
// split across pages, the column titles repeated above each part. A table no taller than
// keepTable is kept on one page.
func (d *doc) table(g grid, rows [][]cell) {
	if d.capture != nil {
		d.capture.table(g, rows)
		return
	}
	d.tableWrapped(g, d.wrapRows(g, rows))
}

// headedTable prints a heading and a table under it. A table short enough to be kept on one
// page takes its heading along (a heading keeps only a few lines of what follows, and the whole
// table would then move to the next page without it).
func (d *doc) headedTable(st style, title string, before float64, level int, g grid, rows [][]cell) {
	wrapped := d.wrapRows(g, rows)
	d.heading(st, title, before, d.tableKeep(g, wrapped), level)
	d.tableWrapped(g, wrapped)
}

// tableKeep is how much of a table must fit on the page of the heading above it: the whole
// table where it is kept on one page, else at least its column titles and first row (a row of
// a narrow column can be many lines), so that the heading never stands alone.
func (d *doc) tableKeep(g grid, rows []wrappedRow) float64 {
	if h := d.tableHeight(g, rows); h <= keepTable {
		return h
	}
	keep := d.tableHeaderHeight(g)
	if len(rows) > 0 { // as much of the first row as the table prints before a page break
		keep += min(rows[0].height(g), float64(minSplitLines)*rows[0].lh+2*g.padY)
	}
	return max(keep, 6*dlValue.lineH)
}

// tableWrapped is table for rows already wrapped (by a caller that measured them first).
func (d *doc) tableWrapped(g grid, rows []wrappedRow) {
	if d.capture != nil {
		d.capture.tableWrapped(g, rows)
		return
	}
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
		n, lh := row.n, row.lh
		rowH := row.height(g)

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
			h := float64(take)*lh + 2*g.padY
			if g.tint != nil && g.tint(ri) {
				d.setFill(tint)
				d.pdf.Rect(marginL, y, total, h, "F")
			}
			x := marginL
			for i, c := range g.cols {
				cell := row.cells[i]
				end := min(done+take, len(cell))
				for k := done; k < end; k++ {
					if cell[k].text == "" {
						continue
					}
					d.use(cell[k].st)
					d.pdf.SetXY(x+g.padX, y+g.padY+float64(k-done)*lh)
					d.cell(c.width-2*g.padX, lh, cell[k].text, "L")
				}
				x += c.width
			}
			y += h
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
	d.use(g.headStyle())
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
	return float64(n)*g.headStyle().lineH + 2*g.padY
}

// tableHeader prints the column titles on a tinted band.
func (d *doc) tableHeader(g grid, total float64) {
	if !g.header {
		return
	}
	ls, n := d.tableHeaderLines(g)
	h := float64(n)*g.headStyle().lineH + 2*g.padY
	y := d.pdf.GetY()
	d.setFill(tableFill)
	d.pdf.Rect(marginL, y, total, h, "F")
	d.use(g.headStyle())
	x := marginL
	for i, c := range g.cols {
		for k, line := range ls[i] {
			d.pdf.SetXY(x+g.padX, y+g.padY+float64(k)*g.headStyle().lineH)
			d.cell(c.width-2*g.padX, g.headStyle().lineH, line, "L")
		}
		x += c.width
	}
	d.pdf.SetXY(marginL, y+h)
}
