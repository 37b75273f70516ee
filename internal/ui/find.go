package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/analysis"
)

// findPanel is the Find dialog (Ctrl+F): a search entry and the list of every place in the case
// where the text occurs (analysis.Find); choosing one shows that page.
type findPanel struct {
	m       *mainWindow
	entry   *widget.Entry
	summary *widget.Label
	list    *widget.List
	matches []analysis.Match
	dialog  *dialog.CustomDialog
}

// showFind opens the Find dialog over the open case.
func (m *mainWindow) showFind() {
	if m.screen == nil || m.screen.nav == nil {
		return
	}
	f := &findPanel{m: m}
	f.entry = widget.NewEntry()
	f.entry.SetPlaceHolder(tr("find.hint"))
	f.entry.OnChanged = f.search
	f.entry.OnSubmitted = func(string) { // Enter goes to the first place
		if len(f.matches) > 0 {
			f.list.Select(0)
		}
	}
	f.summary = widget.NewLabel("")
	f.summary.Wrapping = fyne.TextWrapWord
	f.list = widget.NewList(
		func() int { return len(f.matches) },
		func() fyne.CanvasObject { return newFindRow() },
		func(id widget.ListItemID, o fyne.CanvasObject) {
			if id >= 0 && id < len(f.matches) {
				o.(*findRow).set(m.screen.matchPlace(f.matches[id]), f.matches[id])
			}
		},
	)
	f.list.OnSelected = func(id widget.ListItemID) {
		if id < 0 || id >= len(f.matches) {
			return
		}
		match := f.matches[id]
		f.dialog.Hide()
		m.screen.showMatch(match)
	}
	top := container.NewVBox(f.entry, f.summary)
	content := container.NewBorder(top, nil, nil, nil, f.list)
	f.dialog = dialog.NewCustomWithoutButtons(tr("find.title"), content, m.win)
	f.dialog.SetButtons([]fyne.CanvasObject{widget.NewButton(tr("find.close"), func() { f.dialog.Hide() })})
	f.dialog.Resize(fyne.NewSize(720, 520))
	f.dialog.Show()
	m.win.Canvas().Focus(f.entry)
	m.find = f
}

// search lists the places where text occurs.
func (f *findPanel) search(text string) {
	s := f.m.screen
	f.matches = analysis.Find(s.c, text, s.lang)
	f.list.UnselectAll()
	f.list.Refresh()
	f.list.ScrollToTop()
	switch {
	case len(f.matches) == 0 && text == "":
		f.summary.SetText("")
	case len(f.matches) == 0:
		f.summary.SetText(tr("find.none", text))
	case len(f.matches) == 1:
		f.summary.SetText(tr("find.one"))
	default:
		f.summary.SetText(tr("find.count", len(f.matches)))
	}
}

// findRow is one place in the Find list: where it is, and the text around the match with the
// match in bold.
type findRow struct {
	widget.BaseWidget
	where   *widget.Label
	snippet *widget.RichText
}

func newFindRow() *findRow {
	r := &findRow{where: widget.NewLabel(""), snippet: widget.NewRichText()}
	r.where.TextStyle.Bold = true
	r.where.Truncation = fyne.TextTruncateEllipsis
	r.snippet.Truncation = fyne.TextTruncateEllipsis
	r.ExtendBaseWidget(r)
	return r
}

func (r *findRow) set(where string, m analysis.Match) {
	r.where.SetText(where)
	before, hit, after := m.Snippet(60)
	r.snippet.Segments = []widget.RichTextSegment{
		&widget.TextSegment{Text: before, Style: widget.RichTextStyleInline},
		&widget.TextSegment{Text: hit, Style: widget.RichTextStyleStrong},
		&widget.TextSegment{Text: after, Style: widget.RichTextStyleInline},
	}
	r.snippet.Refresh()
}

func (r *findRow) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.New(&tightVBox{}, r.where, r.snippet))
}

// matchPlace says where a match is, as the navigation names it: "3. Patient › Answer to 3.2".
func (s *caseScreen) matchPlace(mt analysis.Match) string {
	field := findFieldLabel(mt.Field)
	switch mt.Place {
	case analysis.PlaceCase:
		if mt.Field == analysis.FieldInfo && mt.Part != "" {
			field = findInfoLabel(mt.Part)
		}
		return tr("find.inCase") + " › " + field
	case analysis.PlaceSynthesis:
		return tr("find.inSynthesis") + " › " + field
	case analysis.PlaceGlossary:
		return tr("glossary.title") + " › " + field
	case analysis.PlacePerspectives:
		where := tr("nav.perspectives")
		if i := s.domainIndex(mt.DomainID); i >= 0 {
			where += " › " + domainTitle(&s.c.Framework.Domains[i], s.lang)
		}
		return where + " › " + tr("find.field.discussion", strings.ToLower(perspScaleName(mt.Part)))
	}
	i := s.domainIndex(mt.DomainID)
	if i < 0 {
		return field
	}
	d := &s.c.Framework.Domains[i]
	if mt.Field == analysis.FieldRating {
		field = tr("find.field.rating", s.memberName(mt))
	}
	where := fmt.Sprintf("%d. %s › %s", d.Number, d.Title.In(s.lang), field)
	for j, q := range d.Questions {
		if q.ID == mt.QuestionID {
			where = tr("find.question", where, fmt.Sprintf("%d.%d", d.Number, j+1))
		}
	}
	return where
}

// findFieldLabel names a kind of text of the case.
func findFieldLabel(f analysis.Field) string {
	switch f {
	case analysis.FieldInfo:
		return tr("find.field.info")
	case analysis.FieldMember:
		return tr("find.field.member")
	case analysis.FieldDomain:
		return tr("find.field.domain")
	case analysis.FieldQuestion:
		return tr("find.field.question")
	case analysis.FieldHelp:
		return tr("find.field.help")
	case analysis.FieldAnswer:
		return tr("find.field.answer")
	case analysis.FieldReason:
		return tr("find.field.reason")
	case analysis.FieldSource:
		return tr("find.field.source")
	case analysis.FieldConsensus:
		return tr("find.field.consensus")
	case analysis.FieldConclusion:
		return tr("find.field.conclusion")
	case analysis.FieldKnockOut:
		return tr("find.field.knockOut")
	case analysis.FieldRecommendation:
		return tr("find.field.recommendation")
	case analysis.FieldCondition:
		return tr("find.field.condition")
	case analysis.FieldDissent:
		return tr("find.field.dissent")
	case analysis.FieldOpenQuestion:
		return tr("find.field.openQuestion")
	case analysis.FieldTerm:
		return tr("find.field.term")
	}
	return string(f)
}

// findInfoLabel names a field of the case's information (analysis.Match.Part).
func findInfoLabel(part string) string {
	switch part {
	case "title":
		return tr("find.info.title")
	case "groupName":
		return tr("find.info.groupName")
	case "technology":
		return tr("find.info.technology")
	case "description":
		return tr("find.info.description")
	case "setting":
		return tr("find.info.setting")
	case "decision":
		return tr("find.info.decision")
	case "comparator":
		return tr("find.info.comparator")
	}
	return tr("find.field.info")
}

func (s *caseScreen) memberName(mt analysis.Match) string {
	if mem, ok := s.c.Member(mt.MemberID); ok && mem.Name != "" {
		return mem.Name
	}
	return tr("find.someone")
}

// domainIndex is the index of domain id in the framework, or -1.
func (s *caseScreen) domainIndex(id string) int {
	for i, d := range s.c.Framework.Domains {
		if d.ID == id {
			return i
		}
	}
	return -1
}

// showMatch shows the page a match is on and, for a question, scrolls to it.
func (s *caseScreen) showMatch(mt analysis.Match) {
	switch mt.Place {
	case analysis.PlaceCase:
		s.SelectPage(s.pageTitled(tr("nav.case"), 0))
	case analysis.PlaceSynthesis:
		s.SelectPage(s.pageTitled(tr("nav.synthesis"), len(s.pages)-2))
	case analysis.PlacePerspectives:
		s.showDiscussion(mt.DomainID, mt.Part)
	case analysis.PlaceGlossary:
		s.showTerm(mt.TermID)
	default:
		s.Select(s.domainIndex(mt.DomainID))
		if mt.QuestionID != "" {
			s.scrollToQuestion(mt.QuestionID)
		}
	}
}

// pageTitled is the navigation entry titled title; fallback where none is (a page renamed).
func (s *caseScreen) pageTitled(title string, fallback int) int {
	for i, p := range s.pages {
		if p.domain < 0 && p.entry().Title == title {
			return i
		}
	}
	return fallback
}

// scrollToQuestion scrolls the shown domain page to question qid.
func (s *caseScreen) scrollToQuestion(qid string) {
	if s.page == nil {
		return
	}
	for _, q := range s.page.questions {
		if q.id == qid {
			s.scroll.Refresh() // lays the new page out
			if y, ok := offsetIn(s.page.box, q.content); ok {
				s.scroll.ScrollToOffset(fyne.NewPos(0, max(0, y-theme.Padding())))
			}
			return
		}
	}
}

// offsetIn is how far below the top of root object o is, where o sits in containers inside root.
func offsetIn(root, o fyne.CanvasObject) (float32, bool) {
	if root == o {
		return 0, true
	}
	c, ok := root.(*fyne.Container)
	if !ok {
		return 0, false
	}
	for _, child := range c.Objects {
		if y, ok := offsetIn(child, o); ok {
			return child.Position().Y + y, true
		}
	}
	return 0, false
}

// showReport shows the report page (Ctrl+P).
func (m *mainWindow) showReport() {
	if m.screen == nil || m.screen.nav == nil {
		return
	}
	m.screen.SelectPage(m.screen.pageTitled(tr("nav.report"), len(m.screen.pages)-1))
}

// stepPage shows the next (+1) or previous (-1) page of the navigation (Ctrl+PgDn, Ctrl+PgUp).
func (m *mainWindow) stepPage(step int) {
	if m.screen == nil || m.screen.nav == nil {
		return
	}
	s := m.screen
	p := s.selected + step
	if p < 0 || p >= len(s.pages) {
		return
	}
	s.SelectPage(p)
}
