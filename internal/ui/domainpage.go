package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
)

// domainPage is one domain: its purpose, a questionView per guiding question and the group's
// conclusion. Every widget writes to the case as it changes.
type domainPage struct {
	c       *assessment.Case
	domain  *framework.Domain
	edit    func() assessment.Edit
	changed func()                  // called after every change to the case
	wheel   func(*fyne.ScrollEvent) // scrolls the page; entries pass the mouse wheel to it

	heading    *widget.Label
	purpose    *widget.Label
	questions  []*questionView
	conclusion *growEntry

	content *fyne.Container
}

func newDomainPage(c *assessment.Case, d *framework.Domain, lang string, edit func() assessment.Edit,
	changed func(), wheel func(*fyne.ScrollEvent)) *domainPage {
	p := &domainPage{c: c, domain: d, edit: edit, changed: changed, wheel: wheel}
	p.heading = widget.NewLabel(fmt.Sprintf("%d. %s", d.Number, d.Title.In(lang)))
	p.heading.SizeName = theme.SizeNameHeadingText
	p.heading.TextStyle.Bold = true
	p.heading.Wrapping = fyne.TextWrapWord
	p.purpose = wrapped(d.Purpose.In(lang))

	p.content = container.NewVBox(p.heading, p.purpose)
	for j := range d.Questions {
		q := newQuestionView(p, &d.Questions[j], fmt.Sprintf("%d.%d", d.Number, j+1), lang)
		p.questions = append(p.questions, q)
		p.content.Add(widget.NewSeparator())
		p.content.Add(q.content)
	}

	p.conclusion = newGrowEntry(3)
	p.conclusion.SetPlaceHolder(tr("page.conclusionHint"))
	p.conclusion.SetText(c.ConclusionFor(d.ID))
	p.conclusion.OnChanged = func(text string) {
		p.c.SetConclusion(p.edit(), p.domain.ID, text)
		p.changed()
	}
	title := widget.NewLabel(tr("page.conclusion"))
	title.TextStyle.Bold = true
	title.SizeName = theme.SizeNameSubHeadingText
	p.content.Add(widget.NewSeparator())
	p.content.Add(title)
	p.content.Add(helpLabel(tr("page.conclusionHelp")))
	p.content.Add(passWheel(p.conclusion, p.wheel))
	return p
}

// setAnswer changes the answer to question qid.
func (p *domainPage) setAnswer(qid string, fn func(*assessment.Answer)) {
	p.c.SetAnswer(p.edit(), qid, fn)
	p.changed()
}

// questionView is one guiding question with the group's answer.
type questionView struct {
	id          string
	number      string        // "6.2": the domain's number and the question's place in it
	text        *widget.Label // number and question
	help        *widget.Label // nil when the question has no help
	answer      *growEntry
	notRelevant *widget.Check
	reason      *widget.Entry // shown while notRelevant is ticked

	content *fyne.Container
}

func newQuestionView(p *domainPage, q *framework.Question, number, lang string) *questionView {
	v := &questionView{id: q.ID, number: number}
	v.text = wrapped(tr("page.question", number, q.Text.In(lang)))
	v.text.TextStyle.Bold = true
	v.content = container.NewVBox(v.text)
	if help := q.Help.In(lang); help != "" {
		v.help = helpLabel(help)
		v.content.Add(v.help)
	}

	a, _ := p.c.Answer(q.ID)
	// The widgets get the stored values before their OnChanged is set, so showing a page
	// changes nothing.
	v.answer = newGrowEntry(3)
	v.answer.SetPlaceHolder(tr("page.answerHint"))
	v.answer.SetText(a.Text)
	v.answer.OnChanged = func(text string) {
		p.setAnswer(v.id, func(a *assessment.Answer) { a.Text = text })
	}

	v.reason = widget.NewEntry()
	v.reason.SetPlaceHolder(tr("page.reasonHint"))
	v.reason.SetText(a.NotRelevantReason)
	v.reason.OnChanged = func(text string) {
		p.setAnswer(v.id, func(a *assessment.Answer) { a.NotRelevantReason = text })
	}

	v.notRelevant = widget.NewCheck(tr("page.notRelevant"), nil)
	v.notRelevant.Checked = a.NotRelevant
	v.showReason(a.NotRelevant)
	v.notRelevant.OnChanged = func(on bool) {
		p.setAnswer(v.id, func(a *assessment.Answer) { a.NotRelevant = on })
		v.showReason(on)
	}

	v.content.Add(passWheel(v.answer, p.wheel))
	v.content.Add(container.NewBorder(nil, nil, v.notRelevant, nil, passWheel(v.reason, p.wheel)))
	return v
}

func (v *questionView) showReason(on bool) {
	if on {
		v.reason.Show()
	} else {
		v.reason.Hide()
	}
}

// wrapped is a label that wraps at word boundaries.
func wrapped(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.Wrapping = fyne.TextWrapWord
	return l
}

// helpLabel is explanatory text: italic and wrapped, in the normal text colour and size so that
// it stays readable (caption size or a subdued colour made it too faint to read).
func helpLabel(text string) *widget.Label {
	l := wrapped(text)
	l.TextStyle.Italic = true
	return l
}
