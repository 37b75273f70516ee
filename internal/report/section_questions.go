package report

import (
	"fmt"
	"strings"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
)

// Indents in millimetres.
const (
	numberW = 12.0 // a question's number, "6.10"
	bulletW = 5.0  // a bullet
)

// questions prints every guiding question of the domain, numbered "6.1", "6.2", with the
// group's answer or why there is none, and the sources behind it.
func (d *doc) questions(dm *framework.Domain) {
	if len(dm.Questions) == 0 {
		return
	}
	d.heading(h3, d.t.Questions, 3, 3*body.lineH, -1)
	for i, q := range dm.Questions {
		d.question(fmt.Sprintf("%d.%d", dm.Number, i+1), &q)
		d.gap(2.5)
	}
}

// question prints one question, its answer and sources.
func (d *doc) question(number string, q *framework.Question) {
	d.hanging(bodyBold, bodyBold, marginL, numberW, number, q.Text.In(d.lang), 2*body.lineH)
	d.gap(0.8)
	a, ok := d.c.Answer(q.ID)
	switch {
	case ok && a.NotRelevant:
		text := d.t.NotRelevantNoReason
		if strings.TrimSpace(a.NotRelevantReason) != "" {
			text = fmt.Sprintf(d.t.NotRelevant, a.NotRelevantReason)
		}
		d.para(note, numberW, text)
	case ok && strings.TrimSpace(a.Text) != "":
		d.para(body, numberW, a.Text)
	default:
		d.para(note, numberW, d.t.NotAnswered)
	}
	if srcs := d.c.SourcesFor(q.ID); len(srcs) > 0 {
		d.sources(srcs)
	}
}

// sources prints a question's sources as a list: citation, then kind, study design and
// appraisal, then the link. Each source stays on one page where it fits on one, and the list's
// title stays with the first.
func (d *doc) sources(srcs []assessment.Source) {
	x := marginL + numberW
	inner := x + bulletW
	w := pageW - marginR - inner
	for i, s := range srcs {
		var about []string
		if s.Kind != "" {
			about = append(about, assessment.Label(assessment.SourceKinds, s.Kind, d.lang))
		}
		if s.StudyDesign != "" {
			about = append(about, assessment.Label(assessment.StudyDesigns, s.StudyDesign, d.lang))
		}
		if strings.TrimSpace(s.Appraisal) != "" {
			about = append(about, d.t.Appraisal+": "+s.Appraisal)
		}
		link := strings.TrimSpace(s.Link)

		d.use(small)
		h := float64(len(d.split(s.Citation, w))+len(d.split(link, w))) * small.lineH
		d.use(smallNote)
		h += float64(len(d.split(strings.Join(about, " · "), w))) * smallNote.lineH
		if i == 0 {
			h += smallBold.lineH
		}
		d.ensure(min(h, bodyBottom-bodyTop))
		if i == 0 {
			d.use(smallBold)
			d.lines(smallBold, x, contentW-numberW, d.split(d.t.Sources, contentW-numberW))
		}

		d.hanging(small, small, x, bulletW, "•", s.Citation, 0)
		if len(about) > 0 {
			d.use(smallNote)
			d.lines(smallNote, inner, w, d.split(strings.Join(about, " · "), w))
		}
		if link != "" {
			d.link(smallLink, inner, w, link)
		}
		d.gap(1)
	}
}

// link prints a web address, clickable where it is one.
func (d *doc) link(st style, x, w float64, url string) {
	if d.capture != nil {
		d.capture.link(x, url)
		return
	}
	d.use(st)
	clickable := (strings.HasPrefix(url, "https://") || strings.HasPrefix(url, "http://")) && plain(url, false)
	for _, line := range d.split(url, w) {
		d.ensure(st.lineH)
		y := d.pdf.GetY()
		d.pdf.SetXY(x, y)
		d.cell(w, st.lineH, line, "L")
		if clickable && !d.dry {
			d.pdf.LinkString(x, y, d.pdf.GetStringWidth(line), st.lineH, url)
		}
		d.pdf.SetXY(marginL, y+st.lineH)
	}
}
