package ui

import (
	"slices"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/assessment"
)

// synthesisView is the recommendation page: the group's recommendation, its conditions, dissent
// and open questions, with the domains' knock-out flags as a reminder. Every change is written
// to the case at once (UpdateSynthesis).
type synthesisView struct {
	widget.BaseWidget
	s *caseScreen

	knockOuts      []*widget.Hyperlink // one per knock-out flag, in domain order
	recommendation *widget.RadioGroup
	recIDs         []string // the recommendation IDs, in the order of recommendation.Options
	recHelp        *widget.Label
	needsQuestions *callout // shown while the recommendation needs open questions and has none
	conditions     *lineList
	dissent        *growEntry
	openQuestions  *lineList

	content *fyne.Container
}

func newSynthesisView(s *caseScreen) *synthesisView {
	v := &synthesisView{s: s}
	c, lang := s.c, s.lang
	v.content = container.NewVBox(wholeCaseHeading(tr("synthesis.title")), helpLabel(tr("synthesis.intro")))

	// Knock-out flags first: they can decide the recommendation whatever the rest says.
	v.content.Add(sectionTitle(tr("synthesis.knockOuts")))
	for i := range c.Framework.Domains {
		d := &c.Framework.Domains[i]
		for _, k := range c.KnockOutsFor(d.ID) {
			link := widget.NewHyperlink(tr("synthesis.knockOut", domainTitle(d, lang), knockOutTitle(c, k, lang)), nil)
			link.Wrapping = fyne.TextWrapWord
			link.OnTapped = func() { s.Select(i) }
			v.knockOuts = append(v.knockOuts, link)
			flag := container.New(&tightVBox{}, link)
			if reason := strings.TrimSpace(k.Reason); reason != "" {
				flag.Add(wrapped(reason))
			}
			v.content.Add(container.NewBorder(nil, nil,
				container.NewVBox(widget.NewIcon(theme.NewWarningThemedResource(theme.WarningIcon()))), nil, flag))
		}
	}
	if len(v.knockOuts) == 0 {
		v.content.Add(wrapped(tr("synthesis.noKnockOuts")))
	}

	// The recommendation: one of the framework's categories.
	v.content.Add(sectionTitle(tr("synthesis.recommendation")))
	var labels []string
	for _, r := range c.Framework.Recommendations {
		v.recIDs = append(v.recIDs, r.ID)
		labels = append(labels, r.Label.In(lang))
	}
	v.recommendation = widget.NewRadioGroup(labels, nil)
	if i := slices.Index(v.recIDs, c.Synthesis.Recommendation); i >= 0 {
		v.recommendation.Selected = labels[i]
	}
	v.recommendation.OnChanged = func(label string) {
		id := ""
		if i := slices.Index(labels, label); i >= 0 && label != "" {
			id = v.recIDs[i]
		}
		v.update(func(syn *assessment.Synthesis) { syn.Recommendation = id })
	}
	v.recHelp = helpLabel("")
	v.needsQuestions = newCallout(theme.ColorNameWarning, theme.WarningIcon(), tr("synthesis.needsQuestions"))
	v.content.Add(helpLabel(tr("synthesis.recommendationHelp")))
	v.content.Add(v.recommendation)
	v.content.Add(v.recHelp)
	v.content.Add(v.needsQuestions)

	// Conditions, dissent, open questions.
	v.conditions = newLineList(s, func(syn *assessment.Synthesis) *[]string { return &syn.Conditions },
		tr("synthesis.conditionHint"), tr("synthesis.addCondition"), v.showState)
	v.content.Add(sectionTitle(tr("synthesis.conditions")))
	v.content.Add(helpLabel(tr("synthesis.conditionsHelp")))
	v.content.Add(v.conditions.content)

	v.dissent = newGrowEntry(3)
	v.dissent.SetPlaceHolder(tr("synthesis.dissentHint"))
	v.dissent.SetText(c.Synthesis.Dissent)
	v.dissent.OnChanged = func(text string) {
		v.update(func(syn *assessment.Synthesis) { syn.Dissent = text })
	}
	v.content.Add(sectionTitle(tr("synthesis.dissent")))
	v.content.Add(helpLabel(tr("synthesis.dissentHelp")))
	v.content.Add(passWheel(v.dissent, s.scroll.Scrolled))

	v.openQuestions = newLineList(s, func(syn *assessment.Synthesis) *[]string { return &syn.OpenQuestions },
		tr("synthesis.openQuestionHint"), tr("synthesis.addOpenQuestion"), v.showState)
	v.content.Add(sectionTitle(tr("synthesis.openQuestions")))
	v.content.Add(helpLabel(tr("synthesis.openQuestionsHelp")))
	v.content.Add(v.openQuestions.content)

	v.showState()
	v.ExtendBaseWidget(v)
	return v
}

func (v *synthesisView) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(v.content)
}

// update changes the synthesis and shows what follows from it.
func (v *synthesisView) update(fn func(*assessment.Synthesis)) {
	v.s.c.UpdateSynthesis(v.s.edit(), fn)
	v.s.changed()
	v.showState()
}

// showState shows the chosen recommendation's help and, where it needs named open questions and
// has none, the warning.
func (v *synthesisView) showState() {
	syn := v.s.c.Synthesis
	rec, ok := v.s.c.Framework.Recommendation(syn.Recommendation)
	help := ""
	if ok {
		help = rec.Help.In(v.s.lang)
	}
	v.recHelp.SetText(help)
	if help == "" {
		v.recHelp.Hide()
	} else {
		v.recHelp.Show()
	}
	named := slices.ContainsFunc(syn.OpenQuestions, func(q string) bool { return strings.TrimSpace(q) != "" })
	if ok && rec.NeedsQuestions && !named {
		v.needsQuestions.Show()
	} else {
		v.needsQuestions.Hide()
	}
}

// knockOutTitle is a knock-out flag's title: the group's, or else the framework criterion's.
func knockOutTitle(c *assessment.Case, k assessment.KnockOut, lang string) string {
	if title := strings.TrimSpace(k.Title); title != "" {
		return title
	}
	for _, fk := range c.Framework.KnockOuts {
		if fk.ID == k.CriterionID && k.CriterionID != "" {
			return fk.Label.In(lang)
		}
	}
	return tr("synthesis.knockOutUntitled")
}

// lineList edits a list of lines of the synthesis (conditions, open questions): an entry per
// line with a button to remove it, and a button to add one. The case holds the lines; the list
// only shows them.
type lineList struct {
	s        *caseScreen
	field    func(*assessment.Synthesis) *[]string
	hint     string
	onChange func() // after every change, for what depends on the lines

	entries []*growEntry
	removes []*widget.Button
	add     *widget.Button
	empty   *widget.Label
	rows    *fyne.Container
	content *fyne.Container
}

func newLineList(s *caseScreen, field func(*assessment.Synthesis) *[]string, hint, addLabel string,
	onChange func()) *lineList {
	l := &lineList{s: s, field: field, hint: hint, onChange: onChange}
	l.empty = wrapped(tr("synthesis.noneYet"))
	l.rows = container.NewVBox()
	l.add = widget.NewButtonWithIcon(addLabel, theme.ContentAddIcon(), l.addLine)
	l.content = container.NewVBox(l.rows, container.NewHBox(l.add))
	l.rebuild()
	return l
}

// lines are the case's lines; the caller must not change them in place.
func (l *lineList) lines() []string { return *l.field(&l.s.c.Synthesis) }

// write stores lines in the case.
func (l *lineList) write(lines []string) {
	l.s.c.UpdateSynthesis(l.s.edit(), func(syn *assessment.Synthesis) { *l.field(syn) = lines })
	l.s.changed()
	if l.onChange != nil {
		l.onChange()
	}
}

// rebuild shows the case's lines.
func (l *lineList) rebuild() {
	l.rows.RemoveAll()
	l.entries, l.removes = nil, nil
	for i, text := range l.lines() {
		e := newGrowEntry(1)
		e.SetPlaceHolder(l.hint)
		e.SetText(text)
		e.OnChanged = func(text string) {
			lines := slices.Clone(l.lines())
			if i < len(lines) {
				lines[i] = text
				l.write(lines)
			}
		}
		remove := widget.NewButtonWithIcon(tr("synthesis.remove"), theme.DeleteIcon(), func() { l.removeLine(i) })
		remove.Importance = widget.LowImportance
		number := widget.NewLabel(tr("synthesis.lineNumber", i+1))
		l.entries = append(l.entries, e)
		l.removes = append(l.removes, remove)
		l.rows.Add(container.NewBorder(nil, nil, number, remove, passWheel(e, l.s.scroll.Scrolled)))
	}
	if len(l.entries) == 0 {
		l.rows.Add(l.empty)
	}
	l.rows.Refresh()
}

// addLine adds an empty line and puts the cursor in it.
func (l *lineList) addLine() {
	l.write(append(slices.Clone(l.lines()), ""))
	l.rebuild()
	if w := windowFor(l.content); w != nil && len(l.entries) > 0 {
		w.Canvas().Focus(l.entries[len(l.entries)-1])
	}
}

// removeLine removes line i.
func (l *lineList) removeLine(i int) {
	lines := slices.Clone(l.lines())
	if i >= len(lines) {
		return
	}
	l.write(slices.Delete(lines, i, i+1))
	l.rebuild()
}
