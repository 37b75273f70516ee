package report

import (
	"fmt"
	"strings"

	"github.com/jung-kurt/gofpdf"

	"github.com/helhed/helhed/internal/analysis"
	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
)

// Page geometry in millimetres (A4 portrait).
const (
	pageW      = 210.0
	pageH      = 297.0
	marginL    = 25.0
	marginR    = 25.0
	contentW   = pageW - marginL - marginR
	headerTop  = 12.0  // the running header's text starts here (gofpdf's top margin)
	headerRule = 18.0  // the rule under the running header
	bodyTop    = 26.0  // body text starts here on every page
	bodyBottom = 274.0 // body text stays above this
	footerTop  = 282.0 // the footer's text starts here
)

type rgb struct{ r, g, b int }

// Colours.
var (
	ink       = rgb{33, 37, 41}
	muted     = rgb{96, 103, 110}
	accent    = rgb{21, 78, 99}
	warn      = rgb{166, 38, 28}
	hairline  = rgb{196, 202, 208}
	tableFill = rgb{234, 239, 242}
	tint      = rgb{251, 234, 230} // behind a row where members disagree
	linkInk   = rgb{24, 78, 160}
)

// style is a font, size in points, line height in millimetres and colour.
type style struct {
	font  string
	size  float64
	lineH float64
	color rgb
}

// Text styles: 11 pt body, bold headings.
var (
	title     = style{bold, 20, 8.6, ink}
	h2        = style{bold, 15, 7, accent}
	h3        = style{bold, 11.5, 5.6, accent}
	body      = style{regular, 11, 5.2, ink}
	bodyBold  = style{bold, 11, 5.2, ink}
	note      = style{italic, 11, 5.2, muted}
	small     = style{regular, 9.5, 4.3, ink}
	smallBold = style{bold, 9.5, 4.3, ink}
	smallNote = style{italic, 9.5, 4.3, muted}
	smallLink = style{regular, 9.5, 4.3, linkInk}
	warnBold  = style{bold, 11, 5.2, warn}
	chrome    = style{regular, 8.5, 4, muted} // running header and footer
)

// doc is one report being written: one pass of the layout.
type doc struct {
	pdf   surface      // where this pass lays out: out, or the first pass's stand-in
	out   *gofpdf.Fpdf // the document
	c     *assessment.Case
	fw    *framework.Framework
	lang  string
	t     *texts
	short bool // the short decision basis rather than the full report

	// dry is the first pass: it lays out every page to learn the page numbers but prints
	// nothing (the page count and the contents' page numbers are not known yet).
	dry bool
	// prev is what the previous pass learnt: the page count and where each mark landed. nil
	// in the first pass.
	prev *layout
	// marks are the places of the contents' entries in this pass, in the order they are made.
	marks []mark
	// anchors are the places the summary refers to by page ("… (s. 23)"), by key (see anchor).
	anchors map[string]place
	// tape records every wrapped text of the first pass for the next to replay (see split).
	tape *tape

	// figs are the case's computed instrument figures (see figures), once computed.
	figs *analysis.Figures

	// capture, where set, receives what the section helpers print instead of the page: the
	// exports take the domains' blocks (the instruments) from it (document_capture.go).
	capture *capture

	cur style // the style last set with use, or nothing after forget
	// padTop moves the top of the body down on pages begun while it is set: the summary's
	// small lines are closer than its font is tall, and their first line on a page would
	// otherwise reach above the top of the body.
	padTop float64
}

// layout is what a pass learns about the document.
type layout struct {
	pages   int
	marks   []mark
	anchors map[string]place
}

// place is a position in the document: a page and the height on it.
type place struct {
	page int
	y    float64
}

// mark is where a section starts: its contents entry and bookmark.
type mark struct {
	title string
	level int
	page  int
	y     float64
}

// newDoc starts a document of c and its printing pass.
func newDoc(c *assessment.Case, lang string, t *texts) *doc {
	pdf := gofpdf.New("P", "mm", "A4", "")
	d := &doc{pdf: pdf, out: pdf, c: c, fw: c.Framework, lang: lang, t: t, tape: &tape{}}

	// Deterministic output: the same case gives the same bytes.
	pdf.SetCatalogSort(true)
	at := c.LastChanged()
	pdf.SetCreationDate(at)
	pdf.SetModificationDate(at)
	// Page streams are compressed after Output with one reused compressor (see deflateStreams):
	// gofpdf's own compression allocates a new one, about a megabyte, for every page.
	pdf.SetCompression(false)

	addFonts(pdf)

	pdf.SetMargins(marginL, headerTop, marginR)
	// Pages break where the report decides (ensure, heading, table), never inside gofpdf: the
	// first pass, which lays out without gofpdf's pages, must break at the same places.
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetCellMargin(0)
	// The plain header mode: the header leaves the cursor below itself. Home mode would move
	// it back to the top margin, into the header.
	pdf.SetHeaderFunc(d.header)
	pdf.SetFooterFunc(d.footer)

	pdf.SetTitle(cleanLine(c.Info.Title), true)
	pdf.SetSubject(cleanLine(t.Kind), true)
	pdf.SetAuthor(cleanLine(c.Info.GroupName), true)
	pdf.SetCreator("Helhed", true)
	pdf.SetProducer("Helhed", true)
	return d
}

// firstPass returns the first pass over d's document, which must have no page yet: it lays
// out on a stand-in that prints nothing (see dryRun) and records its wrapped texts for d.
func (d *doc) firstPass() *doc {
	first := &doc{out: d.out, c: d.c, fw: d.fw, lang: d.lang, t: d.t, short: d.short, dry: true, tape: d.tape}
	first.pdf = &dryRun{pdf: d.out, header: first.header, footer: first.footer}
	return first
}

// header prints the case title above a rule on every page but the first, and puts the cursor
// where the body starts. The font is restored afterwards: a page break can come in the middle
// of a paragraph.
func (d *doc) header() {
	saved := d.cur
	if d.pdf.PageNo() > 1 {
		d.use(chrome)
		d.pdf.SetXY(marginL, headerTop)
		d.cell(contentW, chrome.lineH, d.fit(cleanLine(d.c.Info.Title), contentW), "L")
		d.setDraw(hairline)
		d.pdf.SetLineWidth(0.2)
		d.pdf.Line(marginL, headerRule, pageW-marginR, headerRule)
	}
	d.use(saved)
	d.pdf.SetXY(marginL, bodyTop+d.padTop)
}

// footer prints "Side x af y" centred under the body. The page count is the previous pass's:
// the layout does not depend on it.
func (d *doc) footer() {
	saved := d.cur
	d.use(chrome)
	pages := 0
	if d.prev != nil {
		pages = d.prev.pages
	}
	d.pdf.SetXY(marginL, footerTop)
	d.cell(contentW, chrome.lineH, fmt.Sprintf(d.t.Page, d.pdf.PageNo(), pages), "C")
	d.use(saved)
}

// cell prints one line of already sanitized text in a box of width w and height h at the
// cursor, aligned "L", "C" or "R", where gofpdf's CellFormat would (at a fraction of its
// cost); the cursor does not move. The first pass prints nothing.
func (d *doc) cell(w, h float64, text, align string) {
	if d.dry || text == "" {
		return
	}
	x, y := d.pdf.GetXY()
	switch align {
	case "C":
		x += (w - d.pdf.GetStringWidth(text)) / 2
	case "R":
		x += w - d.pdf.GetStringWidth(text)
	}
	_, size := d.pdf.GetFontSize()
	d.pdf.Text(x, y+0.5*h+0.3*size, text)
}

// mark records the start of a section at the cursor: a bookmark at level, and a place the
// contents can point to.
func (d *doc) mark(title string, level int) {
	title = cleanLine(title)
	d.pdf.Bookmark(title, level, -1)
	d.marks = append(d.marks, mark{title: title, level: level, page: d.pdf.PageNo(), y: d.pdf.GetY()})
}

// anchor records the cursor's place under key, for references to it (see refSpan).
func (d *doc) anchor(key string) {
	if d.capture != nil {
		d.capture.anchor(key)
		return
	}
	if d.anchors == nil {
		d.anchors = map[string]place{}
	}
	d.anchors[key] = place{d.pdf.PageNo(), d.pdf.GetY()}
}

// fit shortens a one-line text with an ellipsis until it is at most w wide.
func (d *doc) fit(s string, w float64) string {
	if d.pdf.GetStringWidth(s) <= w {
		return s
	}
	rs := []rune(s)
	for len(rs) > 0 && d.pdf.GetStringWidth(string(rs)+"…") > w {
		rs = rs[:len(rs)-1]
	}
	return strings.TrimRight(string(rs), " ") + "…"
}

// use sets the font and colour of st, unless they are set already. Code that sets gofpdf's font
// or colour itself calls forget afterwards.
func (d *doc) use(st style) {
	if st.size == 0 || st == d.cur {
		return // nothing to set
	}
	d.cur = st
	d.pdf.SetFont(family, st.font, st.size)
	d.pdf.SetTextColor(st.color.r, st.color.g, st.color.b)
}

// forget makes the next use set the font and colour again.
func (d *doc) forget() { d.cur = style{} }

func (d *doc) setDraw(c rgb) { d.pdf.SetDrawColor(c.r, c.g, c.b) }
func (d *doc) setFill(c rgb) { d.pdf.SetFillColor(c.r, c.g, c.b) }
