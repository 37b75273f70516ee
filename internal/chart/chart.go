// Package chart lays out the rating profile of a case as diverging bars: one row per rated
// domain, the group's consensus on consequence (−2 … +2) as a bar from a zero line, its
// certainty as the bar's shade, the members' range as a whisker line, and rows where members
// disagree (spread ≥ 2) on a highlighted band.
//
// The result is plain geometry (rectangles, lines and texts with positions and colours in
// abstract units) and no drawing: the window draws it with Fyne and the PDF report with gofpdf,
// so both show the same chart. The origin is the top left corner, y grows downwards, as in both.
// A radar chart is deliberately not offered: its area depends on the order of the axes.
package chart

import (
	"fmt"
	"image/color"
	"strings"
	"unicode/utf8"

	"github.com/helhed/helhed/internal/analysis"
	"github.com/helhed/helhed/internal/assessment"
)

// Options choose the box, the language and the look of a chart.
type Options struct {
	// Lang is the language of the chart's own labels and the domains' titles: "da" or "en".
	Lang string
	// Width of the box. Required.
	Width float64
	// Height of the box, or 0 for as tall as the rows need. When the chart needs more, its text
	// size (and with it every row) is scaled down to fit.
	Height float64
	// TextSize is the size of the domains' titles (the height of the font's em square), in the
	// same units; 0 picks Width/50. Every other size is a multiple of it.
	TextSize float64
	// Measure returns the width of text at a font size. nil estimates it; the window and the
	// report pass their fonts' real measure so labels are shortened only where needed.
	Measure func(text string, size float64, bold bool) float64
	// Dark picks colours for a dark background.
	Dark bool
	// Minus is the minus sign printed before negative consequences; "" means U+2212 (−). A
	// renderer whose font lacks that sign passes one it has, such as the en dash (–).
	Minus string
}

// Align is where a Text stands relative to its X.
type Align int

// Alignments.
const (
	Left   Align = iota // the text starts at X
	Center              // the text is centred on X
	Right               // the text ends at X
)

// Role says what a shape shows, for renderers that treat some differently and for tests.
type Role string

// Roles of the shapes.
const (
	RoleBackground   Role = "background"   // the whole box
	RoleStripe       Role = "stripe"       // every other row, for the eye to follow
	RoleDisagreement Role = "disagreement" // the band behind a row where members disagree
	RoleMarker       Role = "marker"       // the strip at the left end of a disagreement row
	RoleGrid         Role = "grid"         // the lines at −2, −1, +1, +2
	RoleZero         Role = "zero"         // the zero line
	RoleBar          Role = "bar"          // the consensus
	RoleRange        Role = "range"        // the members' range: a line with end ticks
	RoleLabel        Role = "label"        // a domain's title
	RoleStatus       Role = "status"       // the consensus in words, right of the bars
	RoleAxis         Role = "axis"         // scale numbers and captions
	RoleLegend       Role = "legend"       // the legend's swatches and texts
	RoleEmpty        Role = "empty"        // the message of a chart without rated domains
)

// Rect is a filled rectangle. A StrokeWidth of 0 means no outline.
type Rect struct {
	X, Y, W, H  float64
	Fill        color.RGBA
	Stroke      color.RGBA
	StrokeWidth float64
	Role        Role
	Row         int // index in Chart.Rows, or -1
}

// Line is a straight line.
type Line struct {
	X1, Y1, X2, Y2 float64
	Color          color.RGBA
	Width          float64
	Role           Role
	Row            int // index in Chart.Rows, or -1
}

// Text is one line of text, already shortened to fit (with "…") where needed. Y is the
// vertical middle of the line.
type Text struct {
	X, Y  float64
	Text  string
	Size  float64 // the font size: the height of the em square
	Bold  bool
	Align Align
	Color color.RGBA
	Role  Role
	Row   int // index in Chart.Rows, or -1
}

// Row is one rated domain's row.
type Row struct {
	Domain       int    // index in the case's framework
	DomainID     string // the domain's ID
	Label        string // "5. Workflow and work environment", as written before shortening
	Status       string // the consensus in words: "+1 · moderate", "no consensus yet", ...
	Y, H         float64
	Consensus    bool // the group has a consensus on this domain
	Disagreement bool // members' consequences are 2 or more apart
	// KnockOut: the domain has a knock-out flag, named in the status (in bold), so that a
	// reader of the profile alone does not miss the domain that can stop the technology.
	KnockOut bool
}

// emphasis tells whether the row's status is printed in bold.
func (r Row) emphasis() bool { return r.Disagreement || r.KnockOut }

// LegendEntry is one entry of the legend, drawn in the chart and listed here for renderers
// that want to show the legend elsewhere.
type LegendEntry struct {
	Label     string
	Role      Role   // what the swatch shows: RoleBar, RoleRange or RoleDisagreement
	Certainty string // for RoleBar: the certainty whose shade the swatch shows
}

// Chart is the laid-out profile. Draw Rects first, then Lines, then Texts, each in order.
type Chart struct {
	Width, Height float64
	TextSize      float64 // the text size used, after any scaling to fit the height
	Background    color.RGBA
	Rects         []Rect
	Lines         []Line
	Texts         []Text
	Rows          []Row
	Legend        []LegendEntry
	// ZeroX is where consequence 0 lies and Unit the width of one step of consequence.
	ZeroX, Unit float64
}

// X is the horizontal position of consequence v.
func (c *Chart) X(v int) float64 { return c.ZeroX + float64(v)*c.Unit }

// RowAt returns the index in Rows of the row at height y, or -1.
func (c *Chart) RowAt(y float64) int {
	for i, r := range c.Rows {
		if y >= r.Y && y < r.Y+r.H {
			return i
		}
	}
	return -1
}

// Proportions of the layout, as multiples of the text size T.
const (
	headerH    = 2.6  // the scale above the rows: captions, then numbers
	captionY   = 0.7  // centre of the captions "negative" / "positive"
	scaleY     = 1.9  // centre of the scale numbers
	rowH       = 2.4  // one domain
	labelX     = 0.6  // where domain titles start, right of the disagreement marker
	rightPad   = 0.6  // right of the status column, clear of a scroll bar over the edge
	markerW    = 0.3  // the disagreement marker strip
	gap        = 1.5  // between the titles, the bars and the status column
	smallSize  = 0.85 // captions, status and legend text
	legendGap  = 1.2  // between the last row and the legend
	legendLine = 1.7  // one line of the legend
	swatchW    = 1.6
	swatchH    = 0.9
	entryGap   = 1.2 // between legend entries on a line
	zeroW      = 0.15
	gridW      = 0.06
	rangeW     = 0.12
	strokeW    = 0.08
	neutralW   = 0.5 // the width of a bar for consequence 0
)

// Within a row, as fractions of its height.
const (
	barTop    = 0.2
	barBottom = 0.6
	rangeY    = 0.8
	tickHalf  = 0.1
)

// Column limits, as fractions of the width.
const (
	maxLabelShare  = 0.36
	maxStatusShare = 0.26
)

// Profile lays out the rating profile of c.
func Profile(c *assessment.Case, opt Options) *Chart {
	t := opt.TextSize
	if t <= 0 {
		t = opt.Width / 50
	}
	ch := layout(c, opt, t)
	// Scale down to fit a given height; the legend's lines can change with the size, so fit again.
	for i := 0; i < 4 && opt.Height > 0 && ch.Height > opt.Height*1.0001; i++ {
		t *= opt.Height / ch.Height
		ch = layout(c, opt, t)
	}
	return ch
}

func layout(c *assessment.Case, opt Options, t float64) *Chart {
	lang := opt.Lang
	measure := opt.Measure
	if measure == nil {
		measure = estimate
	}
	p := palettes[opt.Dark]
	minus := opt.Minus
	if minus == "" {
		minus = "−"
	}
	w := opt.Width
	ch := &Chart{Width: w, TextSize: t, Background: p.background}
	ch.Rects = append(ch.Rects, Rect{W: w, Fill: p.background, Role: RoleBackground, Row: -1})

	// The rows, with their labels and status texts.
	var profiles []analysis.DomainProfile
	for i, dp := range analysis.Profile(c) {
		if !dp.Rated {
			continue
		}
		d := &c.Framework.Domains[i]
		knockOut := len(c.KnockOutsFor(d.ID)) > 0
		st := status(dp, lang, minus)
		if knockOut {
			st += " · " + word("knockOut", lang)
		}
		ch.Rows = append(ch.Rows, Row{
			Domain: i, DomainID: d.ID,
			Label:        fmt.Sprintf("%d. %s", d.Number, d.Title.In(lang)),
			Status:       st,
			Consensus:    dp.Consensus != nil,
			Disagreement: dp.Disagreement(),
			KnockOut:     knockOut,
		})
		profiles = append(profiles, dp)
	}
	if len(ch.Rows) == 0 {
		ch.Texts = append(ch.Texts, Text{X: 0, Y: t, Text: truncate(word("noRated", lang), w, t, false, measure),
			Size: t, Color: p.muted, Role: RoleEmpty, Row: -1})
		ch.Height = 2 * t
		ch.Rects[0].H = ch.Height
		return ch
	}

	// Columns: titles | gap | bars | gap | status.
	labelW, statusW := 0.0, 0.0
	for _, r := range ch.Rows {
		labelW = max(labelW, measure(r.Label, t, false))
		statusW = max(statusW, measure(r.Status, smallSize*t, r.emphasis())) // bold where members disagree or a knock-out
	}
	labelW = min(labelW, maxLabelShare*w)
	statusW = min(statusW, maxStatusShare*w)
	plotL := labelX*t + labelW + gap*t
	statusX := w - rightPad*t - statusW
	plotR := statusX - gap*t
	ch.Unit = max(0, (plotR-plotL)/4)
	ch.ZeroX = plotL + 2*ch.Unit

	// The scale.
	top := headerH * t
	bottom := top + float64(len(ch.Rows))*rowH*t
	neg, pos := word("negative", lang), word("positive", lang)
	if measure(neg, smallSize*t, false)+measure(pos, smallSize*t, false)+t <= plotR-plotL {
		ch.Texts = append(ch.Texts,
			Text{X: plotL, Y: captionY * t, Text: neg, Size: smallSize * t, Align: Left, Color: p.muted, Role: RoleAxis, Row: -1},
			Text{X: plotR, Y: captionY * t, Text: pos, Size: smallSize * t, Align: Right, Color: p.muted, Role: RoleAxis, Row: -1})
	}
	for v := assessment.MinConsequence; v <= assessment.MaxConsequence; v++ {
		ch.Texts = append(ch.Texts, Text{X: ch.X(v), Y: scaleY * t, Text: SignedWith(v, minus), Size: smallSize * t,
			Bold: v == 0, Align: Center, Color: p.ink, Role: RoleAxis, Row: -1})
	}

	// Row backgrounds first, then the grid over them, then the bars.
	for i := range ch.Rows {
		r := &ch.Rows[i]
		r.Y, r.H = top+float64(i)*rowH*t, rowH*t
		switch {
		case r.Disagreement:
			ch.Rects = append(ch.Rects,
				Rect{Y: r.Y, W: w, H: r.H, Fill: p.disagreement, Role: RoleDisagreement, Row: i},
				Rect{Y: r.Y, W: markerW * t, H: r.H, Fill: p.marker, Role: RoleMarker, Row: i})
		case i%2 == 1:
			ch.Rects = append(ch.Rects, Rect{Y: r.Y, W: w, H: r.H, Fill: p.stripe, Role: RoleStripe, Row: i})
		}
	}
	for _, v := range []int{-2, -1, 1, 2} {
		ch.Rects = append(ch.Rects, Rect{X: ch.X(v) - gridW*t/2, Y: top, W: gridW * t, H: bottom - top,
			Fill: p.grid, Role: RoleGrid, Row: -1})
	}
	for i, dp := range profiles {
		r := ch.Rows[i]
		if dp.Consensus != nil {
			ch.Rects = append(ch.Rects, bar(ch, p, t, r, i, *dp.Consensus))
		}
	}

	// Lines: the zero line over the bars, then the members' ranges.
	ch.Lines = append(ch.Lines, Line{X1: ch.ZeroX, Y1: top - 0.3*t, X2: ch.ZeroX, Y2: bottom,
		Color: p.ink, Width: zeroW * t, Role: RoleZero, Row: -1})
	for i, dp := range profiles {
		if dp.Range == nil {
			continue
		}
		r := ch.Rows[i]
		ch.Lines = append(ch.Lines, whisker(ch.X(dp.Range.Min), ch.X(dp.Range.Max), r.Y+rangeY*r.H, tickHalf*r.H,
			rangeW*t, p.ink, RoleRange, i)...)
	}

	// Texts: titles and status, centred on the bar.
	for i, r := range ch.Rows {
		y := r.Y + (barTop+barBottom)/2*r.H
		statusText := truncate(r.Status, statusW, smallSize*t, r.emphasis(), measure)
		if suffix := " · " + word("knockOut", lang); r.KnockOut && statusText != r.Status {
			// Shortened, the status keeps its knock-out: the consensus before it gives way.
			// (Where even the word does not fit, the plain shortening stands.)
			base := strings.TrimSuffix(r.Status, suffix)
			kept := truncate(base, statusW-measure(suffix, smallSize*t, true), smallSize*t, true, measure) + suffix
			if measure(kept, smallSize*t, true) <= statusW {
				statusText = kept
			}
		}
		ch.Texts = append(ch.Texts,
			Text{X: labelX * t, Y: y, Text: truncate(r.Label, labelW, t, false, measure), Size: t,
				Align: Left, Color: p.ink, Role: RoleLabel, Row: i},
			Text{X: statusX, Y: y, Text: statusText, Size: smallSize * t,
				Bold: r.emphasis(), Align: Left, Color: p.ink, Role: RoleStatus, Row: i})
	}

	ch.legend(p, t, bottom+legendGap*t, lang, minus, measure)
	ch.Rects[0].H = ch.Height
	return ch
}

// bar is the consensus bar of row i: from the zero line to the consequence, shaded by certainty,
// or a narrow neutral block for 0.
func bar(ch *Chart, p palette, t float64, r Row, i int, s assessment.Scores) Rect {
	hue := p.neutral
	x1, x2 := ch.ZeroX, ch.X(s.Consequence)
	switch {
	case s.Consequence < 0:
		hue = p.negative
	case s.Consequence > 0:
		hue = p.positive
	default:
		x1, x2 = ch.ZeroX-neutralW*t/2, ch.ZeroX+neutralW*t/2
	}
	if x2 < x1 {
		x1, x2 = x2, x1
	}
	return Rect{X: x1, Y: r.Y + barTop*r.H, W: x2 - x1, H: (barBottom - barTop) * r.H,
		Fill: shade(hue, p.background, s.Certainty), Stroke: hue, StrokeWidth: strokeW * t, Role: RoleBar, Row: i}
}

// whisker is a horizontal line from x1 to x2 at y with upright ticks at both ends (one tick
// where they meet).
func whisker(x1, x2, y, half, width float64, col color.RGBA, role Role, row int) []Line {
	tick := func(x float64) Line {
		return Line{X1: x, Y1: y - half, X2: x, Y2: y + half, Color: col, Width: width, Role: role, Row: row}
	}
	if x1 == x2 { // a single value: the tick alone shows it
		return []Line{tick(x1)}
	}
	return []Line{{X1: x1, Y1: y, X2: x2, Y2: y, Color: col, Width: width, Role: role, Row: row}, tick(x1), tick(x2)}
}

// legend lays out the legend from y down: a line that explains the bars, then the entries,
// flowing onto as many lines as the width needs. It sets the chart's height.
func (ch *Chart) legend(p palette, t, y float64, lang, minus string, measure func(string, float64, bool) float64) {
	size := smallSize * t
	for _, line := range wrap(strings.ReplaceAll(word("explain", lang), "−", minus), ch.Width, size, measure) {
		ch.Texts = append(ch.Texts, Text{X: 0, Y: y + legendLine*t/2, Text: line, Size: size, Color: p.muted,
			Role: RoleLegend, Row: -1})
		y += legendLine * t
	}
	ch.Legend = []LegendEntry{
		{Label: word("low", lang), Role: RoleBar, Certainty: "low"},
		{Label: word("moderate", lang), Role: RoleBar, Certainty: "moderate"},
		{Label: word("high", lang), Role: RoleBar, Certainty: "high"},
		{Label: word("range", lang), Role: RoleRange},
		{Label: word("disagree", lang), Role: RoleDisagreement},
	}
	x := 0.0
	for _, e := range ch.Legend {
		label := truncate(e.Label, ch.Width-(swatchW+0.4)*t, size, false, measure)
		ew := (swatchW+0.4)*t + measure(label, size, false)
		if x > 0 && x+ew > ch.Width {
			x, y = 0, y+legendLine*t
		}
		mid := y + legendLine*t/2
		sy := mid - swatchH*t/2
		switch e.Role {
		case RoleBar: // half the swatch in each direction's colour, at that certainty
			half := swatchW * t / 2
			ch.Rects = append(ch.Rects,
				Rect{X: x, Y: sy, W: half, H: swatchH * t, Fill: shade(p.negative, p.background, e.Certainty),
					Stroke: p.negative, StrokeWidth: strokeW * t, Role: RoleLegend, Row: -1},
				Rect{X: x + half, Y: sy, W: half, H: swatchH * t, Fill: shade(p.positive, p.background, e.Certainty),
					Stroke: p.positive, StrokeWidth: strokeW * t, Role: RoleLegend, Row: -1})
		case RoleRange:
			ch.Lines = append(ch.Lines, whisker(x+0.1*t, x+(swatchW-0.1)*t, mid, swatchH*t/2, rangeW*t, p.ink, RoleLegend, -1)...)
		case RoleDisagreement:
			ch.Rects = append(ch.Rects,
				Rect{X: x, Y: sy, W: swatchW * t, H: swatchH * t, Fill: p.disagreement, Role: RoleLegend, Row: -1},
				Rect{X: x, Y: sy, W: markerW * t, H: swatchH * t, Fill: p.marker, Role: RoleLegend, Row: -1})
		}
		ch.Texts = append(ch.Texts, Text{X: x + (swatchW+0.4)*t, Y: mid, Text: label, Size: size, Color: p.ink,
			Role: RoleLegend, Row: -1})
		x += ew + entryGap*t
	}
	ch.Height = y + legendLine*t
}

// status is a domain's consensus in words: "+1 · moderate", or why there is none.
func status(dp analysis.DomainProfile, lang, minus string) string {
	switch {
	case dp.Consensus != nil:
		s := SignedWith(dp.Consensus.Consequence, minus)
		if _, ok := assessment.Find(assessment.Certainties, dp.Consensus.Certainty); ok {
			s += " · " + strings.ToLower(assessment.Label(assessment.Certainties, dp.Consensus.Certainty, lang))
		}
		return s
	case dp.Range != nil:
		return word("noConsensus", lang)
	}
	return word("notRated", lang)
}

// Signed formats a consequence with its sign: "+1", "0", "−2" (with a minus sign, not a hyphen).
func Signed(v int) string { return SignedWith(v, "−") }

// SignedWith formats a consequence with its sign, with minus as the minus sign.
func SignedWith(v int, minus string) string {
	switch {
	case v > 0:
		return fmt.Sprintf("+%d", v)
	case v < 0:
		return fmt.Sprintf("%s%d", minus, -v)
	}
	return "0"
}

// estimate is the measure used without a real one: an average glyph width.
func estimate(text string, size float64, bold bool) float64 {
	f := 0.55
	if bold {
		f = 0.6
	}
	return f * size * float64(utf8.RuneCountInString(text))
}

// truncate shortens text with "…" until it fits in width.
func truncate(text string, width, size float64, bold bool, measure func(string, float64, bool) float64) string {
	if measure(text, size, bold) <= width {
		return text
	}
	r := []rune(text)
	for n := len(r) - 1; n > 0; n-- {
		s := strings.TrimRight(string(r[:n]), " ") + "…"
		if measure(s, size, bold) <= width {
			return s
		}
	}
	return "…"
}

// wrap breaks text into lines of at most width at spaces; a word longer than width is shortened.
func wrap(text string, width, size float64, measure func(string, float64, bool) float64) []string {
	var lines []string
	line := ""
	for _, w := range strings.Fields(text) {
		try := w
		if line != "" {
			try = line + " " + w
		}
		if line != "" && measure(try, size, false) > width {
			lines = append(lines, truncate(line, width, size, false, measure))
			try = w
		}
		line = try
	}
	if line != "" {
		lines = append(lines, truncate(line, width, size, false, measure))
	}
	return lines
}
