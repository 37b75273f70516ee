package chart

import (
	"image/color"
	"math"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
	"github.com/helhed/helhed/internal/testcase"
)

// half is a measure that makes hand-working easy: every character is half the font size wide.
func half(text string, size float64, _ bool) float64 {
	return 0.5 * size * float64(utf8.RuneCountInString(text))
}

func near(a, b float64) bool { return math.Abs(a-b) < 1e-9 }

func rectsOf(ch *Chart, role Role, row int) []Rect {
	var out []Rect
	for _, r := range ch.Rects {
		if r.Role == role && r.Row == row {
			out = append(out, r)
		}
	}
	return out
}

func linesOf(ch *Chart, role Role, row int) []Line {
	var out []Line
	for _, l := range ch.Lines {
		if l.Role == role && l.Row == row {
			out = append(out, l)
		}
	}
	return out
}

func textsOf(ch *Chart, role Role, row int) []Text {
	var out []Text
	for _, t := range ch.Texts {
		if t.Role == role && t.Row == row {
			out = append(out, t)
		}
	}
	return out
}

func wantRect(t *testing.T, what string, got Rect, x, y, w, h float64) {
	t.Helper()
	if !near(got.X, x) || !near(got.Y, y) || !near(got.W, w) || !near(got.H, h) {
		t.Errorf("%s at (%g, %g) size %g×%g, want (%g, %g) size %g×%g", what, got.X, got.Y, got.W, got.H, x, y, w, h)
	}
}

func wantLine(t *testing.T, what string, got Line, x1, y1, x2, y2 float64) {
	t.Helper()
	if !near(got.X1, x1) || !near(got.Y1, y1) || !near(got.X2, x2) || !near(got.Y2, y2) {
		t.Errorf("%s from (%g, %g) to (%g, %g), want (%g, %g) to (%g, %g)", what, got.X1, got.Y1, got.X2, got.Y2, x1, y1, x2, y2)
	}
}

// The small test case has two rated domains: need (consensus +1 moderate; Anna +2, Bo 0, Carl
// abstains: spread 2) and economy (no consensus; Anna −1, Bo −1). Text size 10, width 400,
// every character 5 units wide at size 10 (4.25 at the status size 8.5).
//
//	titles: "1. Need and technology" 22 chars = 110 (under 36 % of 400 = 144), "2. Economy" = 50
//	status: "+1 · moderate" 13 chars = 55.25, "no consensus yet" 16 chars = 68 (under 26 % = 104)
//	status: starts at 400 − 6 − 68 = 326, leaving 0.6·10 at the right edge
//	bars:   from 0.6·10 + 110 + 15 = 131 to 326 − 15 = 311; one step = 180 / 4 = 45;
//	        zero at 131 + 2·45 = 221
//	rows:   start below the scale at 2.6·10 = 26, each 24 high: need 26–50, economy 50–74
//
// withoutKnockOuts is the test case without its knock-out flag, whose word in a status would
// widen the status column of the hand-worked geometry.
func withoutKnockOuts(t *testing.T) *assessment.Case {
	t.Helper()
	c := testcase.Case()
	for _, k := range c.KnockOutsFor("need") {
		if err := c.DeleteKnockOut(assessment.Edit{At: testcase.At}, k.ID); err != nil {
			t.Fatal(err)
		}
	}
	return c
}

func TestProfileCoordinatesByHand(t *testing.T) {
	ch := Profile(withoutKnockOuts(t), Options{Lang: "en", Width: 400, TextSize: 10, Measure: half})

	if len(ch.Rows) != 2 || ch.Rows[0].DomainID != "need" || ch.Rows[1].DomainID != "economy" {
		t.Fatalf("rows %+v, want need and economy (scope is not rated)", ch.Rows)
	}
	need, eco := ch.Rows[0], ch.Rows[1]
	if need.Domain != 1 || eco.Domain != 2 || need.Label != "1. Need and technology" || eco.Label != "2. Economy" {
		t.Errorf("rows %+v", ch.Rows)
	}
	if !near(need.Y, 26) || !near(need.H, 24) || !near(eco.Y, 50) || !near(eco.H, 24) {
		t.Errorf("rows at %g+%g and %g+%g, want 26+24 and 50+24", need.Y, need.H, eco.Y, eco.H)
	}
	if !need.Disagreement || eco.Disagreement || !need.Consensus || eco.Consensus {
		t.Errorf("flags: need %+v, economy %+v", need, eco)
	}
	if !near(ch.ZeroX, 221) || !near(ch.Unit, 45) || !near(ch.X(-2), 131) || !near(ch.X(2), 311) {
		t.Errorf("zero %g, unit %g, −2 at %g, +2 at %g; want 221, 45, 131, 311", ch.ZeroX, ch.Unit, ch.X(-2), ch.X(2))
	}

	// need: a bar from 0 to +1, in the top part of the row (0.2 to 0.6 of 24: 4.8 to 14.4).
	bars := rectsOf(ch, RoleBar, 0)
	if len(bars) != 1 {
		t.Fatalf("need has %d bars, want 1", len(bars))
	}
	wantRect(t, "need's bar", bars[0], 221, 30.8, 45, 9.6)
	// Moderate certainty: 60 % of the blue (0, 114, 178) over white: 255 − 0.6·255 = 102,
	// 255 − 0.6·141 = 170.4, 255 − 0.6·77 = 208.8, rounded.
	if bars[0].Fill != (color.RGBA{102, 170, 209, 255}) || bars[0].Stroke != (color.RGBA{0, 0x72, 0xb2, 255}) {
		t.Errorf("need's bar is filled %v with outline %v", bars[0].Fill, bars[0].Stroke)
	}
	// economy: no consensus, so no bar.
	if n := len(rectsOf(ch, RoleBar, 1)); n != 0 {
		t.Errorf("economy has no consensus but %d bars", n)
	}

	// need's range 0 … +2 at 0.8 of the row (26 + 19.2) with ticks 2.4 up and down.
	r := linesOf(ch, RoleRange, 0)
	if len(r) != 3 {
		t.Fatalf("need's range has %d lines, want 3", len(r))
	}
	wantLine(t, "need's range", r[0], 221, 45.2, 311, 45.2)
	wantLine(t, "need's low tick", r[1], 221, 42.8, 221, 47.6)
	wantLine(t, "need's high tick", r[2], 311, 42.8, 311, 47.6)
	// economy: both members −1: a single tick at 131 + 45 = 176, at 50 + 19.2.
	r = linesOf(ch, RoleRange, 1)
	if len(r) != 1 {
		t.Fatalf("economy's range has %d lines, want 1 tick", len(r))
	}
	wantLine(t, "economy's tick", r[0], 176, 66.8, 176, 71.6)

	// The zero line runs from 3 above the rows to their bottom.
	z := linesOf(ch, RoleZero, -1)
	if len(z) != 1 {
		t.Fatalf("%d zero lines", len(z))
	}
	wantLine(t, "zero line", z[0], 221, 23, 221, 74)

	// Row backgrounds: need disagrees (band and marker), economy is the striped second row.
	if b := rectsOf(ch, RoleDisagreement, 0); len(b) != 1 {
		t.Errorf("need has %d disagreement bands", len(b))
	} else {
		wantRect(t, "need's band", b[0], 0, 26, 400, 24)
	}
	if m := rectsOf(ch, RoleMarker, 0); len(m) != 1 {
		t.Errorf("need has %d markers", len(m))
	} else {
		wantRect(t, "need's marker", m[0], 0, 26, 3, 24)
	}
	if s := rectsOf(ch, RoleStripe, 1); len(s) != 1 || len(rectsOf(ch, RoleDisagreement, 1)) != 0 {
		t.Errorf("economy: stripes %v", s)
	} else {
		wantRect(t, "economy's stripe", s[0], 0, 50, 400, 24)
	}

	// Grid lines at −2, −1, +1, +2, 0.6 wide, over the rows.
	grid := rectsOf(ch, RoleGrid, -1)
	if len(grid) != 4 {
		t.Fatalf("%d grid lines", len(grid))
	}
	for i, x := range []float64{131, 176, 266, 311} {
		wantRect(t, "grid line", grid[i], x-0.3, 26, 0.6, 48)
	}

	// Texts: titles at 6, status at 326, both centred on the bar (26 + 9.6).
	type pos struct {
		x, y float64
		text string
	}
	check := func(what string, got []Text, want ...pos) {
		t.Helper()
		if len(got) != len(want) {
			t.Errorf("%s: %d texts, want %d", what, len(got), len(want))
			return
		}
		for i := range want {
			if !near(got[i].X, want[i].x) || !near(got[i].Y, want[i].y) || got[i].Text != want[i].text {
				t.Errorf("%s: %q at (%g, %g), want %q at (%g, %g)", what, got[i].Text, got[i].X, got[i].Y,
					want[i].text, want[i].x, want[i].y)
			}
		}
	}
	check("need's title", textsOf(ch, RoleLabel, 0), pos{6, 35.6, "1. Need and technology"})
	check("economy's title", textsOf(ch, RoleLabel, 1), pos{6, 59.6, "2. Economy"})
	check("need's status", textsOf(ch, RoleStatus, 0), pos{326, 35.6, "+1 · moderate"})
	check("economy's status", textsOf(ch, RoleStatus, 1), pos{326, 59.6, "no consensus yet"})
	// The scale: captions at the ends of the bars (7 down), numbers at each step (19 down).
	check("scale", textsOf(ch, RoleAxis, -1),
		pos{131, 7, "negative"}, pos{311, 7, "positive"},
		pos{131, 19, "−2"}, pos{176, 19, "−1"}, pos{221, 19, "0"}, pos{266, 19, "+1"}, pos{311, 19, "+2"})

	// The legend starts 12 below the rows; its lines are 17 apart and end the chart.
	legend := textsOf(ch, RoleLegend, -1)
	if len(legend) < 6 || !near(legend[0].Y, 74+12+8.5) {
		t.Fatalf("legend texts %+v", legend)
	}
	last := legend[len(legend)-1]
	if !near(ch.Height, last.Y+8.5) || !near(ch.Rects[0].H, ch.Height) || ch.Rects[0].Role != RoleBackground {
		t.Errorf("height %g, last legend line at %g; background %+v", ch.Height, last.Y, ch.Rects[0])
	}
	for _, tx := range legend {
		if tx.X+half(tx.Text, tx.Size, false) > 400+1e-9 {
			t.Errorf("legend text %q runs past the width", tx.Text)
		}
	}
	if len(ch.Legend) != 5 {
		t.Errorf("legend entries %+v", ch.Legend)
	}
}

func TestNegativeAndNeutralBarsAndUnratedDomains(t *testing.T) {
	c := testcase.Case()
	e := assessment.Edit{At: testcase.At}
	c.SetConsensus(e, "economy", assessment.Scores{Consequence: -2, Certainty: "high"}, "")
	ch := Profile(c, Options{Lang: "en", Width: 400, TextSize: 10, Measure: half})
	bars := rectsOf(ch, RoleBar, 1)
	if len(bars) != 1 {
		t.Fatalf("economy bars %v", bars)
	}
	// From −2 to the zero line, in the full vermilion (high certainty).
	wantRect(t, "economy's bar", bars[0], ch.X(-2), 50+4.8, 2*ch.Unit, 9.6)
	if bars[0].Fill != (color.RGBA{0xd5, 0x5e, 0x00, 255}) {
		t.Errorf("high certainty negative bar filled %v", bars[0].Fill)
	}
	if s := textsOf(ch, RoleStatus, 1); s[0].Text != "−2 · high" {
		t.Errorf("status %q", s[0].Text)
	}

	// Consequence 0: a narrow grey block centred on the zero line (0.5 · 10 wide); low
	// certainty: 30 % of the grey.
	c.SetConsensus(e, "economy", assessment.Scores{Consequence: 0, Certainty: "low"}, "")
	ch = Profile(c, Options{Lang: "en", Width: 400, TextSize: 10, Measure: half})
	bars = rectsOf(ch, RoleBar, 1)
	wantRect(t, "neutral bar", bars[0], ch.ZeroX-2.5, 54.8, 5, 9.6)
	g := uint8(211) // 255 − 0.3·(255 − 107) = 210.6, rounded
	if bars[0].Fill != (color.RGBA{g, g, g, 255}) {
		t.Errorf("neutral low bar filled %v, want grey %d", bars[0].Fill, g)
	}

	// A rated domain nobody has rated: a row without bar or range that says so.
	for _, r := range c.RatingsFor("economy") {
		if err := c.DeleteRating(e, r.ID); err != nil {
			t.Fatal(err)
		}
	}
	c.ClearConsensus(e, "economy")
	ch = Profile(c, Options{Lang: "en", Width: 400, TextSize: 10, Measure: half})
	if len(rectsOf(ch, RoleBar, 1))+len(linesOf(ch, RoleRange, 1)) != 0 {
		t.Error("an unrated domain shows a bar or a range")
	}
	if s := textsOf(ch, RoleStatus, 1); s[0].Text != "not rated yet" {
		t.Errorf("status %q", s[0].Text)
	}
}

// TestAKnockOutIsNamedInTheProfile: the domain with a knock-out flag says so beside its
// consensus, in bold, so the profile alone does not hide what can stop the technology.
func TestAKnockOutIsNamedInTheProfile(t *testing.T) {
	c := withoutKnockOuts(t)
	e := assessment.Edit{At: testcase.At}
	c.SetConsensus(e, "economy", assessment.Scores{Consequence: -1, Certainty: "moderate"}, "")
	c.AddKnockOut(e, "economy", "", "No budget for running costs", "The budget ends with the pilot")
	for lang, want := range map[string]string{"en": "−1 · moderate · knock-out", "da": "−1 · moderat · knock-out"} {
		ch := Profile(c, Options{Lang: lang, Width: 600, TextSize: 10, Measure: half})
		s := textsOf(ch, RoleStatus, 1)
		if s[0].Text != want || !s[0].Bold || !ch.Rows[1].KnockOut {
			t.Errorf("%s: economy's status %q (bold %v), want %q in bold", lang, s[0].Text, s[0].Bold, want)
		}
		if other := textsOf(ch, RoleStatus, 0); strings.Contains(other[0].Text, "knock-out") {
			t.Errorf("%s: a domain without a flag says %q", lang, other[0].Text)
		}
	}
	// Without a consensus, in a narrow chart, the status is shortened but keeps its knock-out.
	c.ClearConsensus(e, "economy")
	ch := Profile(c, Options{Lang: "da", Width: 300, TextSize: 10, Measure: wide})
	s := textsOf(ch, RoleStatus, 1)[0]
	if !strings.HasSuffix(s.Text, "… · knock-out") {
		t.Errorf("narrow: economy's status %q, want the consensus shortened and the knock-out kept", s.Text)
	}
	if end := rightEdge(s, wide); end > 300+1e-9 {
		t.Errorf("narrow: the status ends at %g, past the width", end)
	}
}

func TestDanishLabels(t *testing.T) {
	ch := Profile(testcase.Case(), Options{Lang: "da", Width: 600, TextSize: 10, Measure: half})
	want := map[string]bool{"1. Behov og teknologi": true, "2. Økonomi": true, "+1 · moderat · knock-out": true,
		"ingen konsensus endnu": true, "negativ": true, "positiv": true, "Medlemmernes spænd": true}
	for _, tx := range ch.Texts {
		delete(want, tx.Text)
	}
	if len(want) > 0 {
		t.Errorf("Danish texts missing: %v", want)
	}
}

func TestMinusSign(t *testing.T) {
	c := testcase.Case()
	c.SetConsensus(assessment.Edit{At: testcase.At}, "economy", assessment.Scores{Consequence: -1, Certainty: "low"}, "")
	has := func(ch *Chart, text string) bool {
		for _, tx := range ch.Texts {
			if strings.Contains(tx.Text, text) {
				return true
			}
		}
		return false
	}
	ch := Profile(c, Options{Lang: "en", Width: 600, TextSize: 10, Measure: half})
	if !has(ch, "−1 · low") || !has(ch, "−2 (clearly negative)") || has(ch, "–") {
		t.Error("by default the minus sign is U+2212")
	}
	ch = Profile(c, Options{Lang: "en", Width: 600, TextSize: 10, Measure: half, Minus: "–"})
	if !has(ch, "–1 · low") || !has(ch, "–2 (clearly negative)") || has(ch, "−") {
		t.Error("a given minus sign replaces U+2212 everywhere")
	}
	if Signed(-2) != "−2" || Signed(0) != "0" || Signed(1) != "+1" || SignedWith(-1, "-") != "-1" {
		t.Error("Signed")
	}
}

func TestLongTitlesAreShortenedToTheirColumn(t *testing.T) {
	c := testcase.Case()
	c.Framework.Domains[1].Title = framework.Text{"en": strings.Repeat("Very long title ", 10)}
	ch := Profile(c, Options{Lang: "en", Width: 400, TextSize: 10, Measure: half})
	label := textsOf(ch, RoleLabel, 0)[0]
	// The column is at most 36 % of 400 = 144 wide, so the bars start at 6 + 144 + 15.
	if !strings.HasSuffix(label.Text, "…") || half(label.Text, 10, false) > 144 {
		t.Errorf("title %q (%g wide) is not shortened to 144", label.Text, half(label.Text, 10, false))
	}
	if !near(ch.X(-2), 165) {
		t.Errorf("bars start at %g, want 165", ch.X(-2))
	}
	if ch.Rows[0].Label != "1. "+strings.Repeat("Very long title ", 10) {
		t.Error("the row keeps the whole title")
	}
}

func TestAGivenHeightScalesTheChartDown(t *testing.T) {
	free := Profile(testcase.Case(), Options{Lang: "en", Width: 400, TextSize: 10, Measure: half})
	box := free.Height * 0.7
	ch := Profile(testcase.Case(), Options{Lang: "en", Width: 400, Height: box, TextSize: 10, Measure: half})
	if ch.Height > box+1e-6 || ch.TextSize >= 10 || ch.TextSize < 6 {
		t.Errorf("in a box %g high: height %g, text size %g", box, ch.Height, ch.TextSize)
	}
	if !near(ch.Rows[0].H, 2.4*ch.TextSize) {
		t.Errorf("rows are %g high at text size %g", ch.Rows[0].H, ch.TextSize)
	}
	// A roomy box leaves the chart as it is.
	ch = Profile(testcase.Case(), Options{Lang: "en", Width: 400, Height: 1000, TextSize: 10, Measure: half})
	if ch.TextSize != 10 || !near(ch.Height, free.Height) {
		t.Errorf("in a roomy box: size %g, height %g (free %g)", ch.TextSize, ch.Height, free.Height)
	}
	// Without a text size or a measure the chart still lays out, inside its width.
	ch = Profile(testcase.Case(), Options{Lang: "en", Width: 170})
	if ch.TextSize != 170.0/50 || ch.X(2) > 170 || ch.X(-2) < 0 || len(ch.Rows) != 2 {
		t.Errorf("defaults: size %g, scale %g to %g", ch.TextSize, ch.X(-2), ch.X(2))
	}
}

func TestRowAt(t *testing.T) {
	ch := Profile(testcase.Case(), Options{Lang: "en", Width: 400, TextSize: 10, Measure: half})
	for _, tc := range []struct {
		y    float64
		want int
	}{{10, -1}, {26, 0}, {49.9, 0}, {50, 1}, {73.9, 1}, {74, -1}} {
		if got := ch.RowAt(tc.y); got != tc.want {
			t.Errorf("RowAt(%g) = %d, want %d", tc.y, got, tc.want)
		}
	}
}

func TestNoRatedDomains(t *testing.T) {
	c := testcase.Case()
	for i := range c.Framework.Domains {
		c.Framework.Domains[i].Rated = false
	}
	ch := Profile(c, Options{Lang: "en", Width: 400, TextSize: 10, Measure: half})
	if len(ch.Rows) != 0 || len(textsOf(ch, RoleEmpty, -1)) != 1 || ch.Height != 20 {
		t.Errorf("empty chart: rows %d, texts %+v, height %g", len(ch.Rows), ch.Texts, ch.Height)
	}
}

// Text and bar outlines must stand out from the background in both palettes, on a projector too:
// WCAG contrast 4.5 for text, 3 for graphics.
func TestColoursContrastInBothThemes(t *testing.T) {
	for _, dark := range []bool{false, true} {
		p := palettes[dark]
		for name, want := range map[string]struct {
			c   color.RGBA
			min float64
		}{
			"ink": {p.ink, 4.5}, "muted": {p.muted, 4.5}, "negative": {p.negative, 3}, "positive": {p.positive, 3},
			"neutral": {p.neutral, 3}, "marker": {p.marker, 3},
		} {
			if got := contrast(want.c, p.background); got < want.min {
				t.Errorf("dark=%v: %s contrast %.2f, want ≥ %g", dark, name, got, want.min)
			}
		}
		// Text stays readable on the bands behind rows.
		for name, bg := range map[string]color.RGBA{"stripe": p.stripe, "disagreement": p.disagreement} {
			if got := contrast(p.ink, bg); got < 7 {
				t.Errorf("dark=%v: ink on %s contrast %.2f", dark, name, got)
			}
		}
		// The three certainties are visibly different steps.
		low, mod, high := shade(p.positive, p.background, "low"), shade(p.positive, p.background, "moderate"),
			shade(p.positive, p.background, "high")
		if contrast(low, mod) < 1.3 || contrast(mod, high) < 1.3 {
			t.Errorf("dark=%v: certainty shades too alike: %v %v %v", dark, low, mod, high)
		}
	}
}

func contrast(a, b color.RGBA) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

func luminance(c color.RGBA) float64 {
	ch := func(v uint8) float64 {
		s := float64(v) / 255
		if s <= 0.03928 {
			return s / 12.92
		}
		return math.Pow((s+0.055)/1.055, 2.4)
	}
	return 0.2126*ch(c.R) + 0.7152*ch(c.G) + 0.0722*ch(c.B)
}

// wide is half with bold text 30 % wider, as a real bold font is (a little) wider.
func wide(text string, size float64, bold bool) float64 {
	w := half(text, size, false)
	if bold {
		w *= 1.3
	}
	return w
}

// rightEdge is where a text ends, measured in its own weight.
func rightEdge(tx Text, measure func(string, float64, bool) float64) float64 {
	w := measure(tx.Text, tx.Size, tx.Bold)
	switch tx.Align {
	case Center:
		return tx.X + w/2
	case Right:
		return tx.X
	}
	return tx.X + w
}

// The status of a row where members disagree is drawn bold, so it is measured bold: its column
// is as wide as the bold text, which ends at the right padding, and is shortened in bold where
// the column is capped. Every text ends inside the box.
func TestBoldStatusMeasuredBold(t *testing.T) {
	// need disagrees: "+1 · moderate" is 13 characters at 8.5, 55.25 wide regular and 71.825
	// bold, wider than economy's regular "no consensus yet" (68). (Without need's knock-out
	// flag, which would lengthen the status: TestAKnockOutIsNamedInTheProfile.)
	ch := Profile(withoutKnockOuts(t), Options{Lang: "en", Width: 400, TextSize: 10, Measure: wide})
	st := textsOf(ch, RoleStatus, 0)
	if len(st) != 1 || !st[0].Bold || st[0].Text != "+1 · moderate" || !near(st[0].X, 400-6-71.825) {
		t.Fatalf("need's status %+v, want bold \"+1 · moderate\" at %g", st, 400-6-71.825)
	}
	if eco := textsOf(ch, RoleStatus, 1); len(eco) != 1 || eco[0].Bold || !near(eco[0].X, st[0].X) {
		t.Errorf("economy's status %+v, want regular in the same column", eco)
	}
	for _, w := range []float64{120, 200, 400, 600} {
		ch := Profile(testcase.Case(), Options{Lang: "da", Width: w, TextSize: 10, Measure: wide})
		for _, tx := range ch.Texts {
			if end := rightEdge(tx, wide); end > w+1e-9 {
				t.Errorf("width %g: %q (%s, bold %v) ends at %g", w, tx.Text, tx.Role, tx.Bold, end)
			}
		}
		// The status column is at most 26 % of the width: the bold status is shortened to it.
		st := textsOf(ch, RoleStatus, 0)[0]
		if wide(st.Text, st.Size, true) > 0.26*w+1e-9 || st.X+wide(st.Text, st.Size, true) > w-6+1e-9 {
			t.Errorf("width %g: the bold status %q at %g is %g wide", w, st.Text, st.X, wide(st.Text, st.Size, true))
		}
	}
}
