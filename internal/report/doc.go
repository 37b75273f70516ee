package report

import (
	"fmt"
	"strings"

	"github.com/jung-kurt/gofpdf"

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

// pageAlias is replaced by the page count when the document is closed. It is made of
// characters the sanitizer lets through, but no group will write it.
const pageAlias = "{helhed:nb}"

type rgb struct{ r, g, b int }

// Colours.
var (
	ink       = rgb{33, 37, 41}
	muted     = rgb{96, 103, 110}
	accent    = rgb{21, 78, 99}
	warn      = rgb{166, 38, 28}
	hairline  = rgb{196, 202, 208}
	tableFill = rgb{234, 239, 242}
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
	title      = style{bold, 20, 8.6, ink}
	kicker     = style{regular, 10, 5, muted}
	h2         = style{bold, 15, 7, accent}
	h3         = style{bold, 11.5, 5.6, accent}
	body       = style{regular, 11, 5.2, ink}
	bodyBold   = style{bold, 11, 5.2, ink}
	bodyItalic = style{italic, 11, 5.2, ink}
	note       = style{italic, 11, 5.2, muted}
	small      = style{regular, 9.5, 4.3, ink}
	smallBold  = style{bold, 9.5, 4.3, ink}
	smallNote  = style{italic, 9.5, 4.3, muted}
	smallLink  = style{regular, 9.5, 4.3, linkInk}
	warnBold   = style{bold, 11, 5.2, warn}
	chrome     = style{regular, 8.5, 4, muted} // running header and footer
)

// doc is one report being written.
type doc struct {
	pdf  *gofpdf.Fpdf
	c    *assessment.Case
	fw   *framework.Framework
	lang string
	t    *texts
}

func newDoc(c *assessment.Case, lang string, t *texts) *doc {
	pdf := gofpdf.New("P", "mm", "A4", "")
	d := &doc{pdf: pdf, c: c, fw: c.Framework, lang: lang, t: t}

	// Deterministic output: the same case gives the same bytes.
	pdf.SetCatalogSort(true)
	at := c.LastChanged()
	pdf.SetCreationDate(at)
	pdf.SetModificationDate(at)

	// The page-count alias must be set before fonts are added (gofpdf sizes the font subset by it).
	pdf.AliasNbPages(pageAlias)
	addFonts(pdf)

	pdf.SetMargins(marginL, headerTop, marginR)
	pdf.SetAutoPageBreak(true, pageH-bodyBottom)
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

// header prints the case title above a rule on every page but the first, and puts the cursor
// where the body starts.
func (d *doc) header() {
	if d.pdf.PageNo() > 1 {
		d.use(chrome)
		d.pdf.SetXY(marginL, headerTop)
		d.pdf.CellFormat(contentW, chrome.lineH, d.fit(cleanLine(d.c.Info.Title), contentW), "", 0, "L", false, 0, "")
		d.setDraw(hairline)
		d.pdf.SetLineWidth(0.2)
		d.pdf.Line(marginL, headerRule, pageW-marginR, headerRule)
	}
	d.pdf.SetXY(marginL, bodyTop)
}

// footer prints "Side x af y" centred under the body.
func (d *doc) footer() {
	d.use(chrome)
	s := fmt.Sprintf(d.t.Page, d.pdf.PageNo(), pageAlias)
	// Centre on the text with a two-digit count; the alias itself is wider than the number.
	shown := strings.Replace(s, pageAlias, "00", 1)
	x := (pageW - d.pdf.GetStringWidth(shown)) / 2
	d.pdf.SetXY(x, footerTop)
	d.pdf.CellFormat(d.pdf.GetStringWidth(s), chrome.lineH, s, "", 0, "L", false, 0, "")
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

func (d *doc) use(st style) {
	d.pdf.SetFont(family, st.font, st.size)
	d.pdf.SetTextColor(st.color.r, st.color.g, st.color.b)
}

func (d *doc) setDraw(c rgb) { d.pdf.SetDrawColor(c.r, c.g, c.b) }
func (d *doc) setFill(c rgb) { d.pdf.SetFillColor(c.r, c.g, c.b) }
