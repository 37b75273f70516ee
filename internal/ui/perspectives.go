package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/assessment"
)

// perspectivesView is the Perspectives page: every profession's view of the case, in three
// modes chosen by the buttons at the top. "Where we disagree" lists the domains and scales
// where members are far apart, with a discussion note each and the group's decision;
// "Side by side" shows one card per member for a domain; "By member" shows only what one
// member rated and wrote. Each mode is built from the case when it is chosen; only the
// discussion notes write to the case.
type perspectivesView struct {
	widget.BaseWidget
	s *caseScreen

	modes []*widget.Button
	mode  int // index in modes

	disagree *disagreeView   // while "Where we disagree" is shown
	side     *sideBySideView // while "Side by side" is shown
	member   *memberFilter   // while "By member" is shown

	body    *fyne.Container // the chosen mode's part
	content *fyne.Container
}

// The modes of the page, in the order of the buttons.
const (
	perspDisagree = iota
	perspSide
	perspMember
)

// perspectivesPage is the navigation entry of the Perspectives page.
func (s *caseScreen) perspectivesPage() navPage {
	return navPage{domain: -1,
		entry: func() navEntry { return navEntry{Title: tr("nav.perspectives"), Progress: tr("nav.perspectivesHint")} },
		build: func() fyne.CanvasObject { return newPerspectivesView(s) },
	}
}

func newPerspectivesView(s *caseScreen) *perspectivesView {
	v := &perspectivesView{s: s}
	for i, key := range []string{"persp.modeDisagree", "persp.modeSide", "persp.modeMember"} {
		v.modes = append(v.modes, widget.NewButton(tr(key), func() { v.showMode(i) }))
	}
	v.body = container.NewVBox()
	v.content = container.NewVBox(wholeCaseHeading(tr("persp.title")), helpLabel(tr("persp.intro")),
		container.NewHBox(v.modes[0], v.modes[1], v.modes[2]), v.body)
	v.ExtendBaseWidget(v)
	v.showMode(perspDisagree)
	return v
}

func (v *perspectivesView) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(v.content)
}

// showMode builds mode m's part from the case as it is now.
func (v *perspectivesView) showMode(m int) {
	v.mode = m
	for i, b := range v.modes {
		if i == m {
			b.Importance = widget.HighImportance
		} else {
			b.Importance = widget.MediumImportance
		}
		b.Refresh()
	}
	v.disagree, v.side, v.member = nil, nil, nil
	var part fyne.CanvasObject
	switch m {
	case perspDisagree:
		v.disagree = newDisagreeView(v.s)
		part = v.disagree.content
	case perspSide:
		v.side = newSideBySideView(v.s)
		part = v.side.content
	default:
		v.member = newMemberFilter(v.s)
		part = v.member.content
	}
	v.body.Objects = []fyne.CanvasObject{part}
	v.body.Refresh()
	v.s.scroll.Refresh()
}

// selectPerspectives shows the Perspectives page and returns it (nil if it is not in the
// navigation).
func (s *caseScreen) selectPerspectives() *perspectivesView {
	for p, page := range s.pages {
		if page.domain < 0 && page.entry().Title == tr("nav.perspectives") {
			s.SelectPage(p)
			v, _ := s.scroll.Content.(*perspectivesView)
			return v
		}
	}
	return nil
}

// showPerspectives shows the Perspectives page side by side for domain i (its index in the
// framework).
func (s *caseScreen) showPerspectives(i int) {
	if v := s.selectPerspectives(); v != nil {
		v.showMode(perspSide)
		v.side.showDomain(i)
	}
}

// perspectivesButton opens the Perspectives page, where the group discusses its disagreements.
func (s *caseScreen) perspectivesButton() fyne.CanvasObject {
	b := widget.NewButtonWithIcon(tr("persp.discussThem"), theme.NavigateNextIcon(), func() { s.selectPerspectives() })
	b.Importance = widget.LowImportance
	return container.NewHBox(b)
}

// showRatings shows domain i's page scrolled to the members' ratings and the consensus.
func (s *caseScreen) showRatings(i int) {
	s.Select(i)
	if s.page == nil || s.page.ratings == nil {
		return
	}
	s.scroll.Refresh()
	if y, ok := offsetIn(s.page.box, s.page.ratings.content); ok {
		s.scroll.ScrollToOffset(fyne.NewPos(0, max(0, y-theme.Padding())))
	}
}

// addPerspectivesLink puts a button that opens the members side by side under the members'
// ratings of the shown domain page, beside the range and any disagreement.
func (s *caseScreen) addPerspectivesLink(i int) {
	if s.page == nil || s.page.ratings == nil {
		return
	}
	r := s.page.ratings
	b := widget.NewButtonWithIcon(tr("persp.openSide"), theme.NavigateNextIcon(), func() { s.showPerspectives(i) })
	b.Importance = widget.LowImportance
	objs := r.content.Objects
	for j, o := range objs {
		if o == r.disagreement {
			r.content.Objects = append(objs[:j+1:j+1], append([]fyne.CanvasObject{container.NewHBox(b)}, objs[j+1:]...)...)
			return
		}
	}
}

// perspMemberName is a member's name as the page shows it: marked when they have left the group.
func perspMemberName(m assessment.Member) string {
	name := strings.TrimSpace(m.Name)
	if name == "" {
		name = tr("persp.unknownMember")
	}
	if m.Deleted {
		name = tr("persp.formerMember", name)
	}
	return name
}

// perspWho is a member with their profession: "Bo Øster (fysioterapeut)", "Eva Eg (leder,
// former member)".
func perspWho(m assessment.Member) string {
	p := strings.TrimSpace(m.Profession)
	switch {
	case p == "":
		return perspMemberName(m)
	case m.Deleted:
		return tr("persp.formerWithProf", perspMemberName(assessment.Member{Name: m.Name}), p)
	}
	return tr("persp.nameProfession", perspMemberName(m), p)
}

// perspProfessionName is a profession as the page shows it.
func perspProfessionName(p string) string {
	if strings.TrimSpace(p) == "" {
		return tr("persp.noProfession")
	}
	return strings.TrimSpace(p)
}

// perspScaleName is the name of a rating scale, as the rating table heads it.
func perspScaleName(scale string) string {
	switch scale {
	case assessment.ScaleCertainty:
		return tr("domain.certainty")
	case assessment.ScaleComplexity:
		return tr("domain.complexity")
	}
	return tr("domain.consequence")
}

// perspScaleValue is scores' value on scale in words: "+1 Mostly positive", "High".
func perspScaleValue(s assessment.Scores, scale, lang string) string {
	switch scale {
	case assessment.ScaleCertainty:
		return assessment.Label(assessment.Certainties, s.Certainty, lang)
	case assessment.ScaleComplexity:
		return assessment.Label(assessment.Complexities, s.Complexity, lang)
	}
	return screenSigned(s.Consequence) + " " + assessment.ConsequenceLabel(s.Consequence, lang)
}

// perspScoresText is all three scales: "+1 Mostly positive · Certainty: Moderate · Complexity: Complex".
func perspScoresText(s assessment.Scores, lang string) string {
	return perspScaleValue(s, assessment.ScaleConsequence, lang) +
		" · " + tr("persp.certainty", perspScaleValue(s, assessment.ScaleCertainty, lang)) +
		" · " + tr("persp.complexity", perspScaleValue(s, assessment.ScaleComplexity, lang))
}

// perspShortText is the start of text on one line, cut at a word after about n characters.
func perspShortText(text string, n int) string {
	text = strings.Join(strings.Fields(text), " ")
	if len([]rune(text)) <= n {
		return text
	}
	cut := string([]rune(text)[:n])
	if j := strings.LastIndex(cut, " "); j > n/2 {
		cut = cut[:j]
	}
	return cut + " …"
}
