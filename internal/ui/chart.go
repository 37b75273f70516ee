package ui

import (
	"image/color"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/chart"
)

// profileChart draws the rating profile (package chart's geometry) with canvas objects, at the
// theme's text size so that it reads like the rest of the page on a projector. A tap on a row
// calls onTap with that domain's index in the framework.
type profileChart struct {
	widget.BaseWidget
	c     *assessment.Case
	lang  string
	onTap func(domain int)

	geom *chart.Chart // the layout at the widget's current width
	dark bool         // geom has the colours for a dark background
}

func newProfileChart(c *assessment.Case, lang string, onTap func(domain int)) *profileChart {
	p := &profileChart{c: c, lang: lang, onTap: onTap}
	p.ExtendBaseWidget(p)
	return p
}

// uiMinus is the minus sign on screen: Fyne's font has no U+2212 (−), so the en dash stands in,
// as is usual in Danish typesetting.
const uiMinus = "–"

// screenSigned is a consequence with its sign as the screen shows it: "+1", "0", "–2".
func screenSigned(v int) string { return chart.SignedWith(v, uiMinus) }

// minChartWidth is the narrowest the chart lays out; narrower, titles would be cut to nothing.
const minChartWidth = 420

// layoutAt lays the chart out for width w, reusing the last layout when nothing changed.
func (p *profileChart) layoutAt(w float32) *chart.Chart {
	w = max(w, minChartWidth)
	th := p.Theme()
	size := float64(th.Size(theme.SizeNameText))
	dark := isDark(th.Color(theme.ColorNameBackground, fyne.CurrentApp().Settings().ThemeVariant()))
	if g := p.geom; g != nil && g.Width == float64(w) && g.TextSize == size && p.dark == dark {
		return g
	}
	p.dark = dark
	p.geom = chart.Profile(p.c, chart.Options{Lang: p.lang, Width: float64(w), TextSize: size, Dark: dark, Minus: uiMinus,
		Measure: func(text string, size float64, bold bool) float64 {
			return float64(fyne.MeasureText(text, float32(size), fyne.TextStyle{Bold: bold}).Width)
		}})
	return p.geom
}

// isDark tells a dark background from a light one.
func isDark(c color.Color) bool {
	r, g, b, _ := c.RGBA()
	return 0.2126*float64(r)+0.7152*float64(g)+0.0722*float64(b) < 0.5*0xffff
}

// Tapped goes to the domain of the tapped row.
func (p *profileChart) Tapped(ev *fyne.PointEvent) {
	if p.geom == nil || p.onTap == nil {
		return
	}
	if i := p.geom.RowAt(float64(ev.Position.Y)); i >= 0 {
		p.onTap(p.geom.Rows[i].Domain)
	}
}

// Cursor shows that rows can be clicked.
func (p *profileChart) Cursor() desktop.Cursor { return desktop.PointerCursor }

func (p *profileChart) CreateRenderer() fyne.WidgetRenderer {
	return &profileChartRenderer{p: p}
}

type profileChartRenderer struct {
	p       *profileChart
	objects []fyne.CanvasObject
	drawn   *chart.Chart // the layout the objects show
}

func (r *profileChartRenderer) Layout(size fyne.Size) { r.draw(r.p.layoutAt(size.Width)) }

func (r *profileChartRenderer) MinSize() fyne.Size {
	g := r.p.layoutAt(r.p.Size().Width)
	return fyne.NewSize(minChartWidth, float32(g.Height))
}

func (r *profileChartRenderer) Refresh() {
	r.p.geom = nil // the theme, and with it sizes and colours, may have changed
	r.draw(r.p.layoutAt(r.p.Size().Width))
	canvas.Refresh(r.p)
}

func (r *profileChartRenderer) Objects() []fyne.CanvasObject { return r.objects }

func (r *profileChartRenderer) Destroy() {}

// draw makes canvas objects of the chart's shapes, in the chart's order.
func (r *profileChartRenderer) draw(g *chart.Chart) {
	if g == r.drawn {
		return
	}
	r.drawn = g
	objs := make([]fyne.CanvasObject, 0, len(g.Rects)+len(g.Lines)+len(g.Texts))
	for _, s := range g.Rects {
		rect := canvas.NewRectangle(s.Fill)
		rect.StrokeColor, rect.StrokeWidth = s.Stroke, float32(s.StrokeWidth)
		rect.Move(fyne.NewPos(float32(s.X), float32(s.Y)))
		rect.Resize(fyne.NewSize(float32(s.W), float32(s.H)))
		objs = append(objs, rect)
	}
	for _, s := range g.Lines {
		l := canvas.NewLine(s.Color)
		l.StrokeWidth = float32(s.Width)
		l.Position1 = fyne.NewPos(float32(s.X1), float32(s.Y1))
		l.Position2 = fyne.NewPos(float32(s.X2), float32(s.Y2))
		objs = append(objs, l)
	}
	for _, s := range g.Texts {
		t := canvas.NewText(s.Text, s.Color)
		t.TextSize = float32(s.Size)
		t.TextStyle.Bold = s.Bold
		size := t.MinSize()
		x := float32(s.X)
		switch s.Align {
		case chart.Center:
			x -= size.Width / 2
		case chart.Right:
			x -= size.Width
		}
		t.Move(fyne.NewPos(x, float32(s.Y)-size.Height/2))
		t.Resize(size)
		objs = append(objs, t)
	}
	r.objects = objs
}
