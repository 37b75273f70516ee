package ui

import (
	"image/color"
	"strings"
	"unicode"
	"unicode/utf8"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
)

// usedTerm is a glossary term a question uses, with its definition in the case's language.
type usedTerm struct {
	term, definition string
	own              bool // the group's own term (assessment.Term), not the framework's
}

// questionTerms are the glossary terms question q uses: the framework's terms it names, then
// the group's own terms whose word appears in the question or its help (at the start of a word,
// so that "natrunde" also finds "natrunden").
func questionTerms(c *assessment.Case, q *framework.Question, lang string) []usedTerm {
	var out []usedTerm
	seen := map[string]bool{}
	if c.Framework != nil {
		for _, id := range q.Terms {
			if t, ok := c.Framework.Term(id); ok {
				out = append(out, usedTerm{term: t.Term.In(lang), definition: t.Definition.In(lang)})
				seen[strings.ToLower(t.Term.In(lang))] = true
			}
		}
	}
	text := strings.ToLower(q.Text.In(lang) + "\n" + q.Help.In(lang))
	for _, t := range c.LiveTerms() {
		word := strings.ToLower(strings.TrimSpace(t.Term))
		if word == "" || seen[word] || !mentions(text, word) {
			continue
		}
		seen[word] = true
		out = append(out, usedTerm{term: strings.TrimSpace(t.Term), definition: t.Definition, own: true})
	}
	return out
}

// mentions reports whether word occurs in text at the start of a word (both in lower case).
func mentions(text, word string) bool {
	for from := 0; ; {
		i := strings.Index(text[from:], word)
		if i < 0 {
			return false
		}
		at := from + i
		before, _ := utf8.DecodeLastRuneInString(text[:at])
		if at == 0 || !unicode.IsLetter(before) && !unicode.IsDigit(before) {
			return true
		}
		from = at + len(word)
	}
}

// termsView is the glossary explanations of a question's terms (questionTerms): one compact
// line, "Terms: Comparator, PICO", that opens to show each term's definition, the group's own
// marked as such, and a button that opens the whole glossary. It returns nil when the question
// uses no term.
func termsView(c *assessment.Case, q *framework.Question, lang string, openGlossary func()) *widget.Accordion {
	terms := questionTerms(c, q, lang)
	if len(terms) == 0 {
		return nil
	}
	var names []string
	var defs []fyne.CanvasObject
	for _, t := range terms {
		names = append(names, t.term)
		segments := []widget.RichTextSegment{&widget.TextSegment{Style: widget.RichTextStyleStrong, Text: t.term}}
		if t.own {
			segments = append(segments, &widget.TextSegment{Style: widget.RichTextStyleEmphasis, Text: " (" + tr("glossary.own") + ")"})
		}
		// Italic, like the help text, so that it does not read as part of the answer below.
		segments = append(segments, &widget.TextSegment{Style: widget.RichTextStyleEmphasis, Text: " — " + t.definition})
		def := widget.NewRichText(segments...)
		def.Wrapping = fyne.TextWrapWord
		defs = append(defs, def)
	}
	if openGlossary != nil {
		b := widget.NewButtonWithIcon(tr("terms.openGlossary"), theme.SearchIcon(), openGlossary)
		b.Importance = widget.LowImportance
		defs = append(defs, container.NewHBox(b))
	}
	return widget.NewAccordion(widget.NewAccordionItem(tr("domain.terms", strings.Join(names, ", ")), container.NewVBox(defs...)))
}

// refreshTerms shows the questions' terms again after the group changed its glossary.
func (p *domainPage) refreshTerms() {
	for _, v := range p.questions {
		v.showTerms()
	}
	p.relayout()
}

// showTerms (re)makes the question's terms line.
func (v *questionView) showTerms() {
	v.terms = termsView(v.p.c, v.q, v.p.lang, v.p.glossary)
	if v.terms == nil {
		v.termsBox.Objects = nil
		v.termsBox.Hide()
	} else {
		v.termsBox.Objects = []fyne.CanvasObject{v.terms}
		v.termsBox.Show()
	}
	if v.p.built {
		v.termsBox.Refresh()
	}
}

// glossary opens the Glossary dialog, where the window offers one (not in some tests).
func (p *domainPage) glossary() {
	if p.openGlossary != nil {
		p.openGlossary("")
	}
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
