package ui

import (
	"image/color"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/framework"
)

// termsView is the glossary explanations of a question's terms: one compact line,
// "Terms: Comparator, PICO", that opens to show each term's definition. It returns nil when the
// question uses no term of the glossary.
func termsView(fw *framework.Framework, q *framework.Question, lang string) *widget.Accordion {
	if fw == nil || len(q.Terms) == 0 {
		return nil
	}
	var names []string
	var defs []fyne.CanvasObject
	for _, id := range q.Terms {
		t, ok := fw.Term(id)
		if !ok {
			continue
		}
		names = append(names, t.Term.In(lang))
		def := widget.NewRichText(
			&widget.TextSegment{Style: widget.RichTextStyleStrong, Text: t.Term.In(lang)},
			// Italic, like the help text, so that it does not read as part of the answer below.
			&widget.TextSegment{Style: widget.RichTextStyleEmphasis, Text: " — " + t.Definition.In(lang)},
		)
		def.Wrapping = fyne.TextWrapWord
		defs = append(defs, def)
	}
	if len(names) == 0 {
		return nil
	}
	return widget.NewAccordion(widget.NewAccordionItem(tr("domain.terms", strings.Join(names, ", ")), container.NewVBox(defs...)))
}

// callout is a line that must be noticed: an icon and wrapped text on a tinted box with a
// coloured border, drawn in the theme's colours so that it reads in light and dark themes.
type callout struct {
	widget.BaseWidget
	colour fyne.ThemeColorName
	icon   *widget.Icon
	label  *widget.Label
}

func newCallout(colour fyne.ThemeColorName, icon fyne.Resource, text string) *callout {
	c := &callout{colour: colour, icon: widget.NewIcon(icon), label: wrapped(text)}
	c.label.TextStyle.Bold = true
	c.ExtendBaseWidget(c)
	return c
}

// SetText changes the callout's text.
func (c *callout) SetText(text string) { c.label.SetText(text) }

func (c *callout) CreateRenderer() fyne.WidgetRenderer {
	box := canvas.NewRectangle(color.Transparent)
	box.StrokeWidth = 2
	box.CornerRadius = theme.InputRadiusSize()
	r := &calloutRenderer{c: c, box: box,
		row: container.NewBorder(nil, nil, container.NewCenter(c.icon), nil, c.label)}
	r.Refresh()
	return r
}

type calloutRenderer struct {
	c   *callout
	box *canvas.Rectangle
	row *fyne.Container
}

func (r *calloutRenderer) Layout(size fyne.Size) {
	r.box.Resize(size)
	pad := theme.InnerPadding() / 2
	r.row.Move(fyne.NewPos(pad, 0))
	r.row.Resize(fyne.NewSize(max(0, size.Width-2*pad), size.Height))
}

func (r *calloutRenderer) MinSize() fyne.Size {
	return r.row.MinSize().AddWidthHeight(theme.InnerPadding(), 0)
}

func (r *calloutRenderer) Refresh() {
	th := r.c.Theme()
	v := fyne.CurrentApp().Settings().ThemeVariant()
	col := th.Color(r.c.colour, v)
	cr, cg, cb, _ := col.RGBA()
	r.box.StrokeColor = col
	r.box.FillColor = color.NRGBA{R: uint8(cr >> 8), G: uint8(cg >> 8), B: uint8(cb >> 8), A: 0x30}
	r.box.Refresh()
	r.c.label.Refresh()
	r.c.icon.Refresh()
}

func (r *calloutRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.box, r.row} }

func (r *calloutRenderer) Destroy() {}

// warningCallout is a callout in the theme's warning colour.
func warningCallout(text string) *callout {
	return newCallout(theme.ColorNameWarning, theme.NewWarningThemedResource(theme.WarningIcon()), text)
}

// infoCallout is a callout in the theme's primary colour.
func infoCallout(text string) *callout {
	return newCallout(theme.ColorNamePrimary, theme.NewPrimaryThemedResource(theme.InfoIcon()), text)
}

// subHeading is a section title inside a page.
func subHeading(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.TextStyle.Bold = true
	l.SizeName = theme.SizeNameSubHeadingText
	l.Wrapping = fyne.TextWrapWord
	return l
}
