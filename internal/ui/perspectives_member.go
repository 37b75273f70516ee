package ui

import (
	"strings"

	"github.com/google/uuid"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/analysis"
	"github.com/helhed/helhed/internal/assessment"
)

// memberFilter is "By member": the case filtered to one member, domain by domain: their
// rating and the records they changed last (analysis.MemberWork).
type memberFilter struct {
	s       *caseScreen
	choose  *widget.Select
	names   []string    // the choices, in group order
	ids     []uuid.UUID // the member of each choice
	summary *widget.Label
	links   []*widget.Hyperlink // one per domain listed, to the domain
	lines   []fyne.CanvasObject // what is listed under the summary, for tests
	results *fyne.Container
	content *fyne.Container
}

func newMemberFilter(s *caseScreen) *memberFilter {
	v := &memberFilter{s: s}
	for _, m := range s.c.Members {
		if m.Deleted && len(analysis.MemberWork(s.c, m.ID)) == 0 {
			continue // a former member who left nothing behind
		}
		v.names = append(v.names, perspWho(m))
		v.ids = append(v.ids, m.ID)
	}
	v.choose = widget.NewSelect(v.names, func(chosen string) {
		for i, n := range v.names {
			if n == chosen {
				v.show(v.ids[i], n)
			}
		}
	})
	v.choose.PlaceHolder = tr("persp.member")
	v.summary = wrapped("")
	v.summary.TextStyle.Bold = true
	v.results = container.NewVBox()
	label := widget.NewLabel(tr("persp.member"))
	label.TextStyle.Bold = true
	v.content = container.NewVBox(sectionTitle(tr("persp.modeMember")), helpLabel(tr("persp.memberHelp")))
	if len(v.names) == 0 {
		v.content.Add(wrapped(tr("persp.noMembers")))
		return v
	}
	v.content.Add(container.NewBorder(nil, nil, label, nil, v.choose))
	v.content.Add(v.summary)
	v.content.Add(v.results)
	return v
}

// show lists what member id, shown as name, rated and wrote.
func (v *memberFilter) show(id uuid.UUID, name string) {
	c, lang := v.s.c, v.s.lang
	work := analysis.MemberWork(c, id)
	rated, records := 0, 0
	v.links, v.lines = nil, nil
	var objs []fyne.CanvasObject
	for _, w := range work {
		d := &c.Framework.Domains[w.Domain]
		if w.Rating != nil {
			rated++
		}
		records += w.Wrote.Count()
		link := widget.NewHyperlink(domainTitle(d, lang), nil)
		link.TextStyle.Bold = true
		link.OnTapped = func() { v.s.Select(w.Domain) }
		v.links = append(v.links, link)
		lines := []fyne.CanvasObject{}
		if w.Rating != nil {
			lines = append(lines, wrapped(tr("persp.memberRated", perspRatingText(w.Rating, lang))))
		}
		lines = append(lines, perspContributionLines(c, d, w.Wrote, lang)...)
		v.lines = append(v.lines, lines...)
		objs = append(objs, widget.NewSeparator(), link, container.NewPadded(container.NewVBox(lines...)))
	}
	if len(work) == 0 {
		v.summary.SetText(tr("persp.memberNothing", name))
	} else {
		v.summary.SetText(tr("persp.memberCount", name, rated, records))
	}
	v.results.Objects = objs
	v.results.Refresh()
	v.s.scroll.Refresh()
}

// perspRatingText is a rating on one line, with its rationale.
func perspRatingText(r *assessment.Rating, lang string) string {
	text := tr("persp.abstained")
	if !r.Abstain {
		text = perspScoresText(r.Scores, lang)
	}
	if why := strings.TrimSpace(r.Rationale); why != "" {
		text += "  " + tr("persp.rationale", why)
	}
	return text
}
