package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/analysis"
	"github.com/helhed/helhed/internal/assessment"
)

// disagreeView is "Where we disagree": every domain and scale where members are two or more
// steps apart, most disagreement first (analysis.WhereWeDisagree), each with the members'
// positions, a discussion note the group writes, and the group's decision.
type disagreeView struct {
	s       *caseScreen
	items   []*disagreeItem
	content *fyne.Container
}

// disagreeItem is one domain and scale on the list.
type disagreeItem struct {
	sd        analysis.ScaleDisagreement
	title     *widget.Label
	spread    *widget.Label
	positions []*widget.Label // one per member who rated, lowest first
	note      *growEntry      // the discussion note, written to the case as it is typed
	decision  *widget.Label
	goTo      *widget.Button // to the domain's ratings and consensus
	content   *fyne.Container
}

func newDisagreeView(s *caseScreen) *disagreeView {
	v := &disagreeView{s: s}
	v.content = container.NewVBox(sectionTitle(tr("persp.modeDisagree")))
	list := analysis.WhereWeDisagree(s.c)
	if len(list) == 0 {
		v.content.Add(wrapped(tr("persp.noDisagree")))
		return v
	}
	v.content.Add(helpLabel(tr("persp.disagreeHelp")))
	for _, sd := range list {
		it := v.newItem(sd)
		v.items = append(v.items, it)
		v.content.Add(it.content)
	}
	return v
}

func (v *disagreeView) newItem(sd analysis.ScaleDisagreement) *disagreeItem {
	s := v.s
	d := &s.c.Framework.Domains[sd.Domain]
	it := &disagreeItem{sd: sd}
	it.title = subHeading(tr("persp.item", domainTitle(d, s.lang), perspScaleName(sd.Scale)))
	key := "persp.withinProf"
	if sd.AcrossProfessions {
		key = "persp.acrossProf"
	}
	it.spread = widget.NewLabel(tr(key, sd.Spread()))
	it.spread.Importance = widget.WarningImportance
	it.spread.TextStyle.Bold = true

	parts := []fyne.CanvasObject{widget.NewSeparator(), it.title, it.spread}
	for _, p := range sd.Positions {
		who := perspWho(assessment.Member{Name: p.Name, Profession: p.Profession, Meta: assessment.Meta{Deleted: p.Former}})
		text := tr("persp.position", who, perspScaleValue(p.Rating.Scores, sd.Scale, s.lang))
		if r := strings.TrimSpace(p.Rating.Rationale); r != "" {
			text += "  " + tr("persp.rationale", r)
		}
		l := wrapped(text)
		it.positions = append(it.positions, l)
		parts = append(parts, l)
	}

	noteTitle := widget.NewLabel(tr("persp.note"))
	noteTitle.TextStyle.Bold = true
	it.note = newGrowEntry(2)
	it.note.PlaceHolder = tr("persp.noteHint")
	if sd.Discussion != nil {
		it.note.Text = sd.Discussion.Note
	}
	it.note.OnChanged = func(text string) {
		if _, err := s.c.SetDiscussion(s.edit(), sd.DomainID, sd.Scale, text); err == nil {
			s.changed()
		}
	}

	var whole *widget.Label // the consensus on all three scales, below the decision on this one
	if sd.Consensus != nil {
		it.decision = wrapped(tr("persp.decision", strings.ToLower(perspScaleName(sd.Scale)),
			perspScaleValue(sd.Consensus.Scores, sd.Scale, s.lang)))
		it.decision.TextStyle.Bold = true
		text := tr("persp.decisionAll", perspScoresText(sd.Consensus.Scores, s.lang))
		if r := strings.TrimSpace(sd.Consensus.Rationale); r != "" {
			text += "  " + tr("persp.rationale", r)
		}
		whole = helpLabel(text)
		it.goTo = widget.NewButtonWithIcon(tr("persp.goSee"), theme.NavigateNextIcon(), func() { s.showRatings(sd.Domain) })
	} else {
		it.decision = wrapped(tr("persp.noDecision"))
		it.goTo = widget.NewButtonWithIcon(tr("persp.goDecide"), theme.NavigateNextIcon(), func() { s.showRatings(sd.Domain) })
	}
	it.goTo.Importance = widget.LowImportance
	parts = append(parts, noteTitle, passWheel(it.note, s.scroll.Scrolled), it.decision)
	if whole != nil {
		parts = append(parts, whole)
	}
	parts = append(parts, container.NewHBox(it.goTo))
	it.content = container.NewVBox(parts...)
	return it
}
