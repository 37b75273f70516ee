package report

import (
	"strings"
)

// recommendationStyle is the group's recommendation, on a tinted band.
var recommendationStyle = style{bold, 12.5, 6, ink}

// synthesisSection prints the group's recommendation, its conditions, dissent and open
// questions.
func (d *doc) synthesisSection() {
	s := d.c.Synthesis
	d.heading(h2, d.t.Synthesis, 9, 3*body.lineH, 0)

	d.heading(h3, d.t.Recommendation, 3, 2*body.lineH, -1)
	if s.Recommendation == "" {
		d.para(note, 0, d.t.NoRecommendation)
	} else {
		label := s.Recommendation
		if r, ok := d.fw.Recommendation(s.Recommendation); ok {
			label = r.Label.In(d.lang)
		}
		d.band(recommendationStyle, label)
	}

	d.list(d.t.Conditions, s.Conditions)

	d.heading(h3, d.t.Dissent, 3, 2*body.lineH, -1)
	if strings.TrimSpace(s.Dissent) != "" {
		d.para(body, 0, s.Dissent)
	} else {
		d.para(note, 0, d.t.NoneRecorded)
	}

	d.list(d.t.OpenQuestions, s.OpenQuestions)
}

// list prints a heading and a bulleted list, or that there is nothing.
func (d *doc) list(heading string, items []string) {
	d.heading(h3, heading, 3, 2*body.lineH, -1)
	n := 0
	for _, item := range items {
		if strings.TrimSpace(item) == "" {
			continue
		}
		d.hanging(body, body, marginL, bulletW, "•", item, 0)
		d.gap(1)
		n++
	}
	if n == 0 {
		d.para(note, 0, d.t.NoneRecorded)
	}
}

// band prints short text on a tinted band across the body.
func (d *doc) band(st style, text string) {
	const padX, padY = 3.0, 2.2
	d.use(st)
	ls := d.split(text, contentW-2*padX)
	h := float64(len(ls))*st.lineH + 2*padY
	d.ensure(h)
	y := d.pdf.GetY()
	d.setFill(tableFill)
	d.pdf.Rect(marginL, y, contentW, h, "F")
	d.pdf.SetY(y + padY)
	d.lines(st, marginL+padX, contentW-2*padX, ls)
	d.pdf.SetY(y + h)
	d.gap(2)
}
