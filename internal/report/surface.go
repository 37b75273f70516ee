package report

import "github.com/jung-kurt/gofpdf"

// surface is what a pass lays out on: the gofpdf document itself when printing, or, in the
// first pass, a stand-in (dryRun) that measures with the document's fonts but prints nothing
// and keeps its own cursor and page count. Both passes share one document, so its fonts are
// loaded once: loading a font is the dearest thing gofpdf does for a short report.
type surface interface {
	AddPage()
	PageNo() int
	GetXY() (float64, float64)
	GetY() float64
	SetXY(x, y float64)
	SetY(y float64)

	SetFont(familyStr, styleStr string, size float64)
	GetFontSize() (ptSize, unitSize float64)
	GetStringWidth(s string) float64
	SplitText(txt string, w float64) []string
	Error() error

	SetTextColor(r, g, b int)
	SetDrawColor(r, g, b int)
	SetFillColor(r, g, b int)
	SetLineWidth(width float64)
	SetLineCapStyle(styleStr string)
	SetDashPattern(dashArray []float64, dashPhase float64)
	Text(x, y float64, txtStr string)
	Rect(x, y, w, h float64, styleStr string)
	Line(x1, y1, x2, y2 float64)

	Bookmark(txtStr string, level int, y float64)
	AddLink() int
	SetLink(link int, y float64, page int)
	Link(x, y, w, h float64, link int)
	LinkString(x, y, w, h float64, linkStr string)
}

var _ surface = (*gofpdf.Fpdf)(nil)

// dryRun is the first pass's surface. Measuring goes to the document, which has no page yet
// and so records nothing; everything that would print is dropped. Page breaks call the pass's
// footer and header, as gofpdf's AddPage does, so that the cursor moves the same way.
type dryRun struct {
	pdf            *gofpdf.Fpdf
	header, footer func()
	page           int
	x, y           float64
}

func (r *dryRun) AddPage() {
	if r.page > 0 {
		r.footer()
	}
	r.page++
	r.x, r.y = marginL, headerTop
	r.header()
}

func (r *dryRun) PageNo() int                            { return r.page }
func (r *dryRun) GetXY() (float64, float64)              { return r.x, r.y }
func (r *dryRun) GetY() float64                          { return r.y }
func (r *dryRun) SetXY(x, y float64)                     { r.SetY(y); r.x = x }
func (r *dryRun) SetY(y float64)                         { r.x, r.y = marginL, y } // as gofpdf: back to the left margin
func (r *dryRun) GetStringWidth(s string) float64        { return r.pdf.GetStringWidth(s) }
func (r *dryRun) SplitText(s string, w float64) []string { return r.pdf.SplitText(s, w) }
func (r *dryRun) Error() error                           { return r.pdf.Error() }
func (r *dryRun) GetFontSize() (float64, float64)        { return r.pdf.GetFontSize() }
func (r *dryRun) SetFont(family, style string, size float64) {
	r.pdf.SetFont(family, style, size)
}

func (r *dryRun) SetTextColor(int, int, int)                            {}
func (r *dryRun) SetDrawColor(int, int, int)                            {}
func (r *dryRun) SetFillColor(int, int, int)                            {}
func (r *dryRun) SetLineWidth(float64)                                  {}
func (r *dryRun) SetLineCapStyle(string)                                {}
func (r *dryRun) SetDashPattern([]float64, float64)                     {}
func (r *dryRun) Text(float64, float64, string)                         {}
func (r *dryRun) Rect(float64, float64, float64, float64, string)       {}
func (r *dryRun) Line(float64, float64, float64, float64)               {}
func (r *dryRun) Bookmark(string, int, float64)                         {}
func (r *dryRun) AddLink() int                                          { return 0 }
func (r *dryRun) SetLink(int, float64, int)                             {}
func (r *dryRun) Link(float64, float64, float64, float64, int)          {}
func (r *dryRun) LinkString(float64, float64, float64, float64, string) {}
