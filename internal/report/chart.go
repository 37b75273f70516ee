package report

import (
	"image/color"

	"github.com/helhed/helhed/internal/chart"
)

// The rating profile's diverging bars come from internal/chart, the same geometry the window
// draws; this file only draws its shapes with gofpdf. Chart units are millimetres here.

// mmPerPt converts a font size in points to millimetres.
const mmPerPt = 25.4 / 72

// profileChart draws the rating profile across the body at the cursor, with text of size
// textPt points (scaled down by the chart if maxH, when not 0, is too small), and moves the
// cursor below it. The chart is kept on one page. It takes the body's whole width: the chart
// measures every text in the weight it is drawn in (bold where members disagree).
func (d *doc) profileChart(textPt, maxH float64) {
	if d.capture != nil {
		d.capture.profileChart()
		return
	}
	saved := d.cur
	ch := chart.Profile(d.c, chart.Options{
		Lang: d.lang, Width: contentW, Height: maxH, TextSize: textPt * mmPerPt, Measure: d.measure,
	})
	d.forget()
	d.use(saved)
	d.ensure(ch.Height)
	x0, y0 := marginL, d.pdf.GetY()
	for _, r := range ch.Rects {
		if r.Role == chart.RoleBackground || r.W <= 0 || r.H <= 0 {
			continue // the page is the background
		}
		style := "F"
		d.fill(r.Fill)
		if r.StrokeWidth > 0 {
			d.stroke(r.Stroke)
			d.pdf.SetLineWidth(r.StrokeWidth)
			style = "FD"
		}
		d.pdf.Rect(x0+r.X, y0+r.Y, r.W, r.H, style)
	}
	d.pdf.SetLineCapStyle("butt")
	for _, l := range ch.Lines {
		d.stroke(l.Color)
		d.pdf.SetLineWidth(l.Width)
		d.pdf.Line(x0+l.X1, y0+l.Y1, x0+l.X2, y0+l.Y2)
	}
	for _, t := range ch.Texts {
		s := cleanLine(t.Text)
		if s == "" || d.dry {
			continue
		}
		st := regular
		if t.Bold {
			st = bold
		}
		d.pdf.SetFont(family, st, t.Size/mmPerPt)
		d.pdf.SetTextColor(int(t.Color.R), int(t.Color.G), int(t.Color.B))
		x := x0 + t.X
		switch t.Align {
		case chart.Center:
			x -= d.pdf.GetStringWidth(s) / 2
		case chart.Right:
			x -= d.pdf.GetStringWidth(s)
		}
		// Y is the middle of the line; the baseline is about a third of the size below it.
		d.pdf.Text(x, y0+t.Y+0.35*t.Size, s)
	}
	d.forget()
	d.use(saved)
	d.pdf.SetXY(marginL, y0+ch.Height)
	d.gap(3)
}

// measure is the chart's text measure with the report's fonts: size is the em in millimetres.
func (d *doc) measure(text string, size float64, isBold bool) float64 {
	st := regular
	if isBold {
		st = bold
	}
	d.pdf.SetFont(family, st, size/mmPerPt)
	return d.pdf.GetStringWidth(cleanLine(text))
}

func (d *doc) fill(c color.RGBA)   { d.pdf.SetFillColor(int(c.R), int(c.G), int(c.B)) }
func (d *doc) stroke(c color.RGBA) { d.pdf.SetDrawColor(int(c.R), int(c.G), int(c.B)) }
