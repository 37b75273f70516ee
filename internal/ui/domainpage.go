package ui

import (
	"fmt"
	"strings"

	"github.com/google/uuid"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
)

// domainPage is one domain: its purpose, a questionView per guiding question, the knock-out
// flags, the members' and the group's rating (for a rated domain) and the group's conclusion.
// Every widget writes to the case as it changes.
//
// Answers show as previews; at most one answer's editor is open on a page, so a page with many
// long answers builds and types quickly.
type domainPage struct {
	c       *assessment.Case
	domain  *framework.Domain
	lang    string
	edit    func() assessment.Edit
	changed func()                  // called after every change to the case
	wheel   func(*fyne.ScrollEvent) // scrolls the page; entries pass the mouse wheel to it
	// openGlossary opens the Glossary dialog (set by the case screen; nil in some tests).
	openGlossary func(search string)

	heading    *widget.Label
	purpose    *widget.Label
	questions  []*questionView
	editing    *questionView  // the question whose answer editor is open, or nil
	built      bool           // the page is built; until then widgets are set without refreshing
	knockOuts  *knockOutsView // the knock-out flags
	ratings    *ratingsView   // nil for a domain that is not rated
	tables     []*tableView   // an editor per instrument of the domain
	conclusion *growEntry

	box     *fyne.Container // the parts of the page, one below the other
	content *pageView       // box, as the page the case screen shows
}

func newDomainPage(c *assessment.Case, d *framework.Domain, lang string, edit func() assessment.Edit,
	changed func(), wheel func(*fyne.ScrollEvent)) *domainPage {
	p := &domainPage{c: c, domain: d, lang: lang, edit: edit, changed: changed, wheel: wheel}
	p.heading = widget.NewLabel(fmt.Sprintf("%d. %s", d.Number, d.Title.In(lang)))
	p.heading.SizeName = theme.SizeNameHeadingText
	p.heading.TextStyle.Bold = true
	p.heading.Wrapping = fyne.TextWrapWord
	p.purpose = wrapped(d.Purpose.In(lang))

	// The parts are collected first and put in the page at once: every Add lays a container
	// out again.
	p.box = container.NewVBox()
	p.content = newPageView(p.box)
	parts := []fyne.CanvasObject{p.heading, p.purpose}
	for j := range d.Questions {
		q := newQuestionView(p, &d.Questions[j], fmt.Sprintf("%d.%d", d.Number, j+1))
		p.questions = append(p.questions, q)
		parts = append(parts, widget.NewSeparator(), q.content)
	}

	p.tables, parts = tableViews(p, parts)
	p.knockOuts = newKnockOutsView(p)
	parts = append(parts, widget.NewSeparator(), p.knockOuts.content)

	if d.Rated {
		p.ratings = newRatingsView(p)
		parts = append(parts, widget.NewSeparator(), p.ratings.content)
	}

	p.conclusion = newGrowEntry(3)
	p.conclusion.PlaceHolder = tr("page.conclusionHint")
	p.conclusion.Text = c.ConclusionFor(d.ID)
	p.conclusion.OnChanged = func(text string) {
		p.c.SetConclusion(p.edit(), p.domain.ID, text)
		p.changed()
	}
	parts = append(parts, widget.NewSeparator(), subHeading(tr("page.conclusion")), helpLabel(tr("page.conclusionHelp")),
		passWheel(p.conclusion, p.wheel))
	p.box.Objects = parts
	p.built = true
	return p
}

// setAnswer changes the answer to question qid and returns it as it now is.
func (p *domainPage) setAnswer(qid string, fn func(*assessment.Answer)) assessment.Answer {
	a := *p.c.SetAnswer(p.edit(), qid, fn)
	p.changed()
	return a
}

// relayout lays the page out again after a part of it was shown, hidden or changed height.
// The desktop driver does this on its next frame by itself; the test driver does not.
func (p *domainPage) relayout() {
	size := p.content.Size()
	if size.Width <= 0 {
		return // not on screen yet
	}
	if h := p.box.MinSize().Height; h != size.Height {
		p.content.Resize(fyne.NewSize(size.Width, h))
	}
	p.content.Refresh()
}

// pageView shows a page's parts. It is a widget rather than a container so that refreshing it
// lays the page out again instead of refreshing every widget on it: the scroll around a page
// refreshes it when it is shown, and a page of the large case has hundreds of widgets, each of
// which would measure and wrap its text again. Theme changes still reach every widget: Fyne
// walks the renderers' objects for those.
type pageView struct {
	widget.BaseWidget
	box *fyne.Container
}

func newPageView(box *fyne.Container) *pageView {
	v := &pageView{box: box}
	v.ExtendBaseWidget(v)
	return v
}

func (v *pageView) CreateRenderer() fyne.WidgetRenderer { return &pageRenderer{v: v} }

type pageRenderer struct{ v *pageView }

// Layout lays the parts out even when the size has not changed: a second pass after the first
// measures wrapped texts at their final widths.
func (r *pageRenderer) Layout(size fyne.Size) {
	r.v.box.Resize(size)
	r.v.box.Layout.Layout(r.v.box.Objects, size)
}

func (r *pageRenderer) MinSize() fyne.Size { return r.v.box.MinSize() }

func (r *pageRenderer) Refresh() { r.Layout(r.v.Size()) }

func (r *pageRenderer) Objects() []fyne.CanvasObject { return []fyne.CanvasObject{r.v.box} }

func (r *pageRenderer) Destroy() {}

// setLabel changes a label's text. While the page is being built it only sets the field, so
// that the text is laid out once, when the page is.
func (p *domainPage) setLabel(l *widget.Label, text string) {
	switch {
	case l.Text == text:
	case p.built:
		l.SetText(text)
	default:
		l.Text = text
	}
}

// setButton changes a button's text, as setLabel does a label's.
func (p *domainPage) setButton(b *widget.Button, text string) {
	switch {
	case b.Text == text:
	case p.built:
		b.SetText(text)
	default:
		b.Text = text
	}
}

// canvas returns the canvas the page is on, or nil before it shows.
func (p *domainPage) canvas() fyne.Canvas {
	return fyne.CurrentApp().Driver().CanvasForObject(p.content)
}

// focus gives obj, a widget of the page, the keyboard focus. (A widget that was hidden until now
// may not be known to the driver yet; the page is.)
func (p *domainPage) focus(obj fyne.Focusable) {
	if c := p.canvas(); c != nil {
		c.Focus(obj)
	}
}

// questionView is one guiding question with the group's answer, "not relevant" and sources.
type questionView struct {
	p        *domainPage
	id       string
	number   string        // "6.2": the domain's number and the question's place in it
	text     *widget.Label // number and question
	help     *widget.Label // nil when the question has no help
	q        *framework.Question
	terms    *widget.Accordion // the glossary terms it uses; nil when none
	termsBox *fyne.Container   // holds terms, so that it can be made again (showTerms)

	// The answer shows as a preview (its first lines, or all of it after "Show all"); Edit
	// opens the editor in its place. The editor holds the text only while it is open.
	preview    *widget.Label
	previewBox *fyne.Container // preview under a layer that opens the editor when tapped
	full       bool            // the preview shows the whole answer
	showAll    *widget.Button
	editButton *widget.Button // "Write an answer" or "Edit answer"; hidden while editing
	done       *widget.Button // closes the editor; shown while editing
	answer     *growEntry
	editor     fyne.CanvasObject // answer, passing the mouse wheel to the page
	editing    bool
	loading    bool          // the editor's text is being set by the page, not typed
	changedBy  *widget.Label // who last changed the answer, and when

	notRelevant   *widget.Check
	reason        *widget.Entry // shown while notRelevant is ticked
	reasonMissing *callout      // shown while notRelevant is ticked and reason is blank

	sources *sourcesView

	content *fyne.Container
}

func newQuestionView(p *domainPage, q *framework.Question, number string) *questionView {
	v := &questionView{p: p, id: q.ID, number: number, q: q}
	v.text = wrapped(tr("page.question", number, q.Text.In(p.lang)))
	v.text.TextStyle.Bold = true
	parts := []fyne.CanvasObject{v.text}
	if help := q.Help.In(p.lang); help != "" {
		v.help = helpLabel(help)
		parts = append(parts, v.help)
	}
	v.termsBox = container.NewVBox()
	v.showTerms()
	parts = append(parts, v.termsBox)

	a, _ := p.c.Answer(q.ID)
	v.preview = wrapped("")
	v.previewBox = container.NewStack(v.preview, newTapLayer(v.edit))
	v.showAll = widget.NewButton(tr("domain.showAll"), v.toggleFull)
	v.showAll.Importance = widget.LowImportance
	// Buttons repeated per question have no icon: every icon is an SVG decoded when the page
	// is built, and a page has many.
	v.editButton = widget.NewButton(tr("domain.write"), v.edit)
	v.done = widget.NewButton(tr("domain.done"), v.closeEditor)
	v.done.Hide()
	v.changedBy = helpLabel("")

	// The editor is empty and hidden until it opens; the widgets get the stored values before
	// their OnChanged is set, so showing a page changes nothing.
	v.answer = newGrowEntry(3)
	v.answer.PlaceHolder = tr("page.answerHint")
	v.editor = passWheel(v.answer, p.wheel)
	v.editor.Hide()
	v.answer.onFocus = v.edit
	v.answer.onEscape = func() {
		v.closeEditor()
		v.p.focus(v.editButton)
	}
	v.answer.OnChanged = func(text string) {
		if v.loading {
			return
		}
		a := p.setAnswer(v.id, func(a *assessment.Answer) { a.Text = text })
		v.showChangedBy(a, true)
	}

	v.reason = widget.NewEntry()
	v.reason.PlaceHolder = tr("page.reasonHint")
	v.reason.Text = a.NotRelevantReason
	v.reason.OnChanged = func(text string) {
		a := p.setAnswer(v.id, func(a *assessment.Answer) { a.NotRelevantReason = text })
		v.showReason(a)
		v.showChangedBy(a, true)
	}
	v.reasonMissing = warningCallout(tr("domain.reasonMissing"))

	v.notRelevant = widget.NewCheck(tr("page.notRelevant"), nil)
	v.notRelevant.Checked = a.NotRelevant
	v.notRelevant.OnChanged = func(on bool) {
		a := p.setAnswer(v.id, func(a *assessment.Answer) { a.NotRelevant = on })
		v.showReason(a)
		v.showChangedBy(a, true)
	}
	v.showAnswer()
	v.showReason(a)

	buttons := container.NewHBox(v.editButton, v.done, v.showAll)
	v.sources = newSourcesView(p, q.ID)
	v.content = container.NewVBox(append(parts, v.previewBox, v.editor,
		container.NewBorder(nil, nil, buttons, nil, v.changedBy),
		container.NewBorder(nil, nil, v.notRelevant, nil, passWheel(v.reason, p.wheel)),
		v.reasonMissing, v.sources.content)...)
	return v
}

// edit opens the answer's editor, closing the page's other one, and gives it the focus.
func (v *questionView) edit() {
	if v.editing {
		return
	}
	if o := v.p.editing; o != nil {
		o.closeEditor()
	}
	v.p.editing, v.editing = v, true
	a, _ := v.p.c.Answer(v.id)
	v.loading = true
	v.answer.SetText(a.Text)
	v.loading = false
	v.previewBox.Hide()
	v.showAll.Hide()
	v.editButton.Hide()
	v.done.Show()
	v.editor.Show()
	v.p.relayout()
	// The cursor goes to the end: most edits add to an answer. The entry counts its cursor in
	// wrapped rows, which it knows once it has its width (relayout gave it): Page Down puts the
	// cursor at the end of the last one.
	v.answer.TypedKey(&fyne.KeyEvent{Name: fyne.KeyPageDown})
	v.p.focus(v.answer)
}

// closeEditor shows the answer as a preview again. Every keystroke is already in the case.
func (v *questionView) closeEditor() {
	if !v.editing {
		return
	}
	refocus := false
	if c := v.p.canvas(); c != nil && c.Focused() == v.answer {
		c.Unfocus()
		refocus = true
	}
	v.editing = false
	if v.p.editing == v {
		v.p.editing = nil
	}
	v.editor.Hide()
	v.loading = true
	v.answer.SetText("")
	v.loading = false
	v.done.Hide()
	v.editButton.Show()
	v.showAnswer()
	v.p.relayout()
	if refocus {
		v.p.focus(v.editButton)
	}
}

// toggleFull shows the whole answer or only its first lines.
func (v *questionView) toggleFull() {
	v.full = !v.full
	v.showAnswer()
	v.p.relayout()
}

// previewLines and previewRunes bound an answer's preview: about eight lines on a page.
const (
	previewLines = 8
	previewRunes = 600
)

// previewOf returns the first lines of text, cut at a word, and whether it cut anything.
func previewOf(text string) (string, bool) {
	text = strings.TrimRight(text, " \t\n")
	cut, lines, runes := len(text), 0, 0
	for i, r := range text {
		if r == '\n' {
			if lines++; lines == previewLines {
				cut = i
				break
			}
		}
		if runes++; runes > previewRunes {
			cut = i
			break
		}
	}
	if cut == len(text) {
		return text, false
	}
	if j := strings.LastIndexAny(text[:cut], " \n"); j > cut/2 {
		cut = j
	}
	return strings.TrimRight(text[:cut], " \t\n") + " …", true
}

// showAnswer shows the stored answer in the preview.
func (v *questionView) showAnswer() {
	a, ok := v.p.c.Answer(v.id)
	if strings.TrimSpace(a.Text) == "" {
		v.previewBox.Hide()
		v.showAll.Hide()
		v.p.setButton(v.editButton, tr("domain.write"))
	} else {
		shown, cut := previewOf(a.Text)
		if v.full {
			shown = a.Text
		}
		v.p.setLabel(v.preview, shown)
		v.previewBox.Show()
		if cut {
			if v.full {
				v.p.setButton(v.showAll, tr("domain.showLess"))
			} else {
				v.p.setButton(v.showAll, tr("domain.showAll"))
			}
			v.showAll.Show()
		} else {
			v.showAll.Hide()
		}
		v.p.setButton(v.editButton, tr("domain.edit"))
	}
	v.showChangedBy(a, ok)
}

// showChangedBy names the member who last changed the answer, and when; nothing when nobody
// was chosen at the keyboard.
func (v *questionView) showChangedBy(a assessment.Answer, ok bool) {
	text := ""
	if ok && a.ChangedBy != uuid.Nil {
		if m, known := v.p.c.Member(a.ChangedBy); known {
			text = tr("domain.changedBy", m.Name, a.ChangedAt.Local().Format("2006-01-02"))
		}
	}
	v.p.setLabel(v.changedBy, text)
}

// showReason shows the reason entry while the question is marked not relevant, and a warning
// while its reason is blank.
func (v *questionView) showReason(a assessment.Answer) {
	changed := setVisible(v.reason, a.NotRelevant)
	if setVisible(v.reasonMissing, a.NotRelevant && strings.TrimSpace(a.NotRelevantReason) == "") || changed {
		v.p.relayout()
	}
}

// setVisible shows or hides o, and reports whether that changed anything.
func setVisible(o fyne.CanvasObject, on bool) bool {
	if on == o.Visible() {
		return false
	}
	if on {
		o.Show()
	} else {
		o.Hide()
	}
	return true
}

// tapLayer is a transparent widget that calls onTap when tapped: laid over an answer's
// preview, it opens the editor.
type tapLayer struct {
	widget.BaseWidget
	onTap func()
}

func newTapLayer(onTap func()) *tapLayer {
	l := &tapLayer{onTap: onTap}
	l.ExtendBaseWidget(l)
	return l
}

func (l *tapLayer) Tapped(*fyne.PointEvent) { l.onTap() }

func (l *tapLayer) Cursor() desktop.Cursor { return desktop.TextCursor }

func (l *tapLayer) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewWithoutLayout())
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
