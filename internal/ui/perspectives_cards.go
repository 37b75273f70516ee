package ui

import (
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/analysis"
	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
)

// sideBySideView is "Side by side": for one domain, a card per member, grouped by profession,
// with the member's rating and rationale and what they wrote in the domain.
type sideBySideView struct {
	s       *caseScreen
	domain  *widget.Select
	domains []string // the choices of domain, in framework order
	shown   int      // index in the framework of the domain shown
	cards   []*memberCard
	grid    *fyne.Container
	content *fyne.Container
}

// perspColumns is how many member cards stand side by side at most: on a projector at
// 1024 pixels, three columns still have room for a rationale to read.
const perspColumns = 3

func newSideBySideView(s *caseScreen) *sideBySideView {
	v := &sideBySideView{s: s}
	first := -1
	for i := range s.c.Framework.Domains {
		d := &s.c.Framework.Domains[i]
		v.domains = append(v.domains, domainTitle(d, s.lang))
		if first < 0 && d.Rated {
			first = i
		}
	}
	v.domain = widget.NewSelect(v.domains, func(chosen string) {
		for i, title := range v.domains {
			if title == chosen && i != v.shown {
				v.showDomain(i)
			}
		}
	})
	v.grid = container.NewGridWithColumns(1)
	label := widget.NewLabel(tr("persp.domain"))
	label.TextStyle.Bold = true
	v.content = container.NewVBox(sectionTitle(tr("persp.modeSide")), helpLabel(tr("persp.sideHelp")),
		container.NewBorder(nil, nil, label, nil, v.domain), v.grid)
	v.shown = -1
	v.showDomain(max(first, 0))
	return v
}

// showDomain shows the cards of domain i.
func (v *sideBySideView) showDomain(i int) {
	if i < 0 || i >= len(v.domains) {
		return
	}
	v.shown = i
	if v.domain.Selected != v.domains[i] {
		v.domain.SetSelected(v.domains[i]) // calls back, but v.shown is already i
	}
	d := &v.s.c.Framework.Domains[i]
	v.cards = nil
	var objs []fyne.CanvasObject
	for _, g := range analysis.DomainPerspectives(v.s.c, d) {
		for _, m := range g.Members {
			card := v.card(d, m)
			v.cards = append(v.cards, card)
			objs = append(objs, card.card)
		}
	}
	if len(objs) == 0 {
		v.grid.Layout = container.NewGridWithColumns(1).Layout
		v.grid.Objects = []fyne.CanvasObject{wrapped(tr("persp.noMembers"))}
	} else {
		v.grid.Layout = container.NewGridWithColumns(min(len(objs), perspColumns)).Layout
		v.grid.Objects = objs
	}
	v.grid.Refresh()
	v.s.scroll.Refresh()
}

// memberCard is one member's perspective on a domain: a card headed by their name and
// profession. Both wrap (a card's own title and subtitle do not, and a long profession such as
// "Social- og sundhedsassistent, natholdet" would widen every column past the window).
type memberCard struct {
	name, profession *widget.Label
	card             *widget.Card
}

// card is one member's perspective on domain d.
func (v *sideBySideView) card(d *framework.Domain, m analysis.MemberView) *memberCard {
	lang := v.s.lang
	mc := &memberCard{name: wrapped(perspMemberName(m.Member)), profession: wrapped(perspProfessionName(m.Member.Profession))}
	mc.name.SizeName = theme.SizeNameSubHeadingText
	mc.name.TextStyle.Bold = true
	lines := []fyne.CanvasObject{container.New(&tightVBox{}, mc.name, mc.profession), widget.NewSeparator()}
	if d.Rated {
		lines = append(lines, perspRatingLines(m.Rating, lang)...)
	} else {
		lines = append(lines, helpLabel(tr("persp.notRatedHere")))
	}
	wrote := widget.NewLabel(tr("persp.wrote"))
	wrote.TextStyle.Bold = true
	lines = append(lines, widget.NewSeparator(), wrote)
	lines = append(lines, perspContributionLines(v.s.c, d, m.Wrote, lang)...)
	mc.card = widget.NewCard("", "", container.NewVBox(lines...))
	return mc
}

// perspRatingLines is a member's rating of a domain, a scale per line, then the rationale.
func perspRatingLines(r *assessment.Rating, lang string) []fyne.CanvasObject {
	switch {
	case r == nil:
		return []fyne.CanvasObject{helpLabel(tr("persp.notRated"))}
	case r.Abstain:
		out := []fyne.CanvasObject{wrapped(tr("persp.abstained"))}
		if why := strings.TrimSpace(r.Rationale); why != "" {
			out = append(out, helpLabel(tr("persp.rationale", why)))
		}
		return out
	}
	cons := wrapped(tr("persp.consequence", perspScaleValue(r.Scores, assessment.ScaleConsequence, lang)))
	cons.TextStyle.Bold = true
	out := []fyne.CanvasObject{cons,
		wrapped(tr("persp.certainty", perspScaleValue(r.Scores, assessment.ScaleCertainty, lang))),
		wrapped(tr("persp.complexity", perspScaleValue(r.Scores, assessment.ScaleComplexity, lang)))}
	if why := strings.TrimSpace(r.Rationale); why != "" {
		out = append(out, helpLabel(tr("persp.rationale", why)))
	}
	return out
}

// perspTextLen is how much of an answer or a note a card shows: enough to recognise it.
const perspTextLen = 160

// perspContributionLines are what a member wrote in domain d, one wrapped line per record.
func perspContributionLines(c *assessment.Case, d *framework.Domain, w analysis.Contributions, lang string) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	add := func(text string) { out = append(out, wrapped(text)) }
	number := func(qid string) string {
		_, n := questionNumber(d, qid)
		return n
	}
	for _, a := range w.Answers {
		if a.NotRelevant {
			add(tr("persp.notRelevant", number(a.QuestionID), perspShortText(a.NotRelevantReason, perspTextLen)))
		} else {
			add(tr("persp.answer", number(a.QuestionID), perspShortText(a.Text, perspTextLen)))
		}
	}
	for _, s := range w.Sources {
		add(tr("persp.source", number(s.QuestionID), perspShortText(s.Citation, perspTextLen)))
	}
	for _, r := range w.Rows {
		title := r.InstrumentID
		if in, _, ok := c.Framework.Instrument(r.InstrumentID); ok {
			title = in.Title.In(lang)
			add(tr("persp.row", title, perspShortText(perspRowText(in, r), perspTextLen)))
		} else {
			add(tr("persp.row", title, perspShortText(perspRowText(nil, r), perspTextLen)))
		}
	}
	if w.Conclusion != nil {
		add(tr("persp.conclusion", perspShortText(w.Conclusion.Text, perspTextLen)))
	}
	for _, n := range w.Discussions {
		add(tr("persp.discussion", perspScaleName(n.Scale), perspShortText(n.Note, perspTextLen)))
	}
	if len(out) == 0 {
		out = append(out, helpLabel(tr("persp.wroteNothing")))
	}
	return out
}

// perspRowText is a table row's text cells in column order, "Visit · nurse"; choices and members
// are left out, they say little without their column.
func perspRowText(in *framework.Instrument, r assessment.TableRow) string {
	var parts []string
	if in == nil {
		keys := make([]string, 0, len(r.Cells))
		for k := range r.Cells {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			parts = append(parts, r.Cells[k])
		}
		return strings.Join(parts, " · ")
	}
	for _, col := range in.Columns {
		v := strings.TrimSpace(r.Cells[col.ID])
		if v == "" || col.Type == framework.TypeChoice || col.Type == framework.TypeMember {
			continue
		}
		if col.Unit != "" {
			v = fmt.Sprintf("%s %s", v, col.Unit)
		}
		parts = append(parts, v)
	}
	return strings.Join(parts, " · ")
}
