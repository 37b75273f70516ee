package ui

import (
	"net/url"
	"strings"

	"github.com/google/uuid"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/assessment"
)

// sourcesView is the sources of one question: a row per source with its citation, kind, study
// design, appraisal and link; a form to add or edit one; deleting leaves an Undo.
type sourcesView struct {
	p   *domainPage
	qid string

	heading *widget.Label // "Sources (2)"; hidden when there are none
	list    *fyne.Container
	rows    []*sourceRow

	deleted   *assessment.Source // the source deleted last, for Undo
	undoLabel *widget.Label
	undo      *widget.Button
	undoBar   *fyne.Container

	add  *widget.Button
	form *sourceForm // made when first needed

	content *fyne.Container
}

func newSourcesView(p *domainPage, qid string) *sourcesView {
	v := &sourcesView{p: p, qid: qid}
	v.heading = widget.NewLabel("")
	v.heading.TextStyle.Bold = true
	v.list = container.NewVBox()
	v.undoLabel = wrapped("")
	v.undo = widget.NewButtonWithIcon(tr("domain.undo"), theme.ContentUndoIcon(), v.undoDelete)
	v.undoBar = container.NewBorder(nil, nil, nil, v.undo, v.undoLabel)
	v.undoBar.Hide()
	v.add = widget.NewButton(tr("domain.addSource"), func() { v.openForm(nil) })
	v.add.Importance = widget.LowImportance
	v.content = container.NewVBox(v.heading, v.list, v.undoBar, container.NewHBox(v.add))
	v.showList()
	return v
}

// showList shows the question's live sources.
func (v *sourcesView) showList() {
	sources := v.p.c.SourcesFor(v.qid)
	v.rows = v.rows[:0]
	objs := make([]fyne.CanvasObject, 0, len(sources))
	for _, s := range sources {
		r := newSourceRow(v, s)
		v.rows = append(v.rows, r)
		objs = append(objs, r.content)
	}
	v.list.Objects = objs
	v.list.Refresh()
	v.heading.Text = tr("domain.sources", len(sources))
	v.heading.Refresh()
	setVisible(v.heading, len(sources) > 0)
	v.p.relayout()
}

// openForm opens the form to add a source (s nil) or edit s.
func (v *sourcesView) openForm(s *assessment.Source) {
	if v.form == nil {
		v.form = newSourceForm(v)
		v.content.Objects = append(v.content.Objects[:len(v.content.Objects)-1], v.form.content,
			v.content.Objects[len(v.content.Objects)-1])
	}
	v.form.load(s)
	v.form.content.Show()
	v.add.Hide()
	v.content.Refresh()
	v.p.relayout()
	v.p.focus(v.form.citation)
}

// closeForm hides the form.
func (v *sourcesView) closeForm() {
	if v.form != nil {
		v.form.content.Hide()
	}
	v.add.Show()
	v.content.Refresh()
	v.p.relayout()
}

// deleteSource tombstones source id and offers to undo it.
func (v *sourcesView) deleteSource(s assessment.Source) {
	if err := v.p.c.DeleteSource(v.p.edit(), s.ID); err != nil {
		return
	}
	if v.form != nil && v.form.editing == s.ID {
		v.closeForm()
	}
	v.deleted = &s
	v.undoLabel.SetText(tr("domain.sourceDeleted", s.Citation))
	v.undoBar.Show()
	v.showList() // lays the page out again
	v.p.changed()
	v.p.focus(v.undo)
}

// undoDelete brings the deleted source back, as a new record: the tombstone stays, so a merge
// of two copies still sees the deletion.
func (v *sourcesView) undoDelete() {
	if v.deleted == nil {
		return
	}
	s := *v.deleted
	v.p.c.AddSource(v.p.edit(), v.qid, assessment.Source{Citation: s.Citation, Link: s.Link, Kind: s.Kind,
		StudyDesign: s.StudyDesign, Appraisal: s.Appraisal})
	v.deleted = nil
	v.undoBar.Hide()
	v.showList()
	v.p.changed()
}

// sourceRow is one source in the list.
type sourceRow struct {
	id       uuid.UUID
	citation *widget.Label
	details  *widget.Label // kind · study design · appraisal
	link     fyne.CanvasObject
	edit     *widget.Button
	delete   *widget.Button
	content  fyne.CanvasObject
}

func newSourceRow(v *sourcesView, s assessment.Source) *sourceRow {
	lang := v.p.lang
	r := &sourceRow{id: s.ID}
	r.citation = wrapped("• " + s.Citation)
	details := []string{assessment.Label(assessment.SourceKinds, s.Kind, lang)}
	if s.Kind == "study" && s.StudyDesign != "" {
		details = append(details, assessment.Label(assessment.StudyDesigns, s.StudyDesign, lang))
	}
	if s.Appraisal != "" {
		details = append(details, tr("domain.sourceAppraised", s.Appraisal))
	}
	r.details = helpLabel(strings.Join(details, " · "))
	lines := []fyne.CanvasObject{r.citation, r.details}
	if s.Link != "" {
		if u, err := url.Parse(s.Link); err == nil && u.Scheme != "" && u.Host != "" {
			h := widget.NewHyperlink(s.Link, u)
			h.Truncation = fyne.TextTruncateEllipsis
			r.link = h
		} else {
			l := widget.NewLabel(s.Link)
			l.Truncation = fyne.TextTruncateEllipsis
			r.link = l
		}
		lines = append(lines, r.link)
	}
	// No icons: a page has many sources, and every icon is an SVG decoded when it is built.
	r.edit = widget.NewButton(tr("domain.sourceEdit"), func() { v.openForm(&s) })
	r.edit.Importance = widget.LowImportance
	r.delete = widget.NewButton(tr("domain.sourceDelete"), func() { v.deleteSource(s) })
	r.delete.Importance = widget.LowImportance
	r.content = container.NewBorder(nil, nil, nil, container.NewHBox(r.edit, r.delete),
		container.New(&tightVBox{}, lines...))
	return r
}

// sourceForm adds or edits a source.
type sourceForm struct {
	v       *sourcesView
	editing uuid.UUID // the source being edited; uuid.Nil for a new one

	title       *widget.Label
	citation    *widget.Entry
	kind        *widget.Select
	designLabel *widget.Label
	design      *widget.Select
	appraisal   *widget.Entry
	link        *widget.Entry
	missing     *widget.Label // says what is missing before the source can be saved
	save        *widget.Button
	cancel      *widget.Button

	content *fyne.Container
}

// labels returns the labels of list in lang.
func labels(list []assessment.Choice, lang string) []string {
	out := make([]string, len(list))
	for i, c := range list {
		out[i] = c.Label.In(lang)
	}
	return out
}

// choiceID returns the ID of the choice a select shows, or "".
func choiceID(list []assessment.Choice, s *widget.Select) string {
	if i := s.SelectedIndex(); i >= 0 && i < len(list) {
		return list[i].ID
	}
	return ""
}

// selectChoice shows choice id in s, or nothing when id is not in list.
func selectChoice(list []assessment.Choice, s *widget.Select, id string) {
	for i, c := range list {
		if c.ID == id {
			s.SetSelectedIndex(i)
			return
		}
	}
	s.ClearSelected()
}

func newSourceForm(v *sourcesView) *sourceForm {
	lang := v.p.lang
	f := &sourceForm{v: v}
	f.title = widget.NewLabel("")
	f.title.TextStyle.Bold = true
	f.citation = widget.NewEntry()
	f.citation.PlaceHolder = tr("domain.sourceCitationHint")
	f.kind = widget.NewSelect(labels(assessment.SourceKinds, lang), nil)
	f.kind.PlaceHolder = tr("domain.sourceKindHint")
	f.designLabel = widget.NewLabel(tr("domain.sourceDesign"))
	f.design = widget.NewSelect(labels(assessment.StudyDesigns, lang), nil)
	f.design.PlaceHolder = tr("domain.sourceDesignHint")
	f.appraisal = widget.NewEntry()
	f.appraisal.PlaceHolder = tr("domain.sourceAppraisalHint")
	f.link = widget.NewEntry()
	f.link.PlaceHolder = tr("domain.sourceLinkHint")
	f.missing = helpLabel(tr("domain.citationMissing"))
	f.save = widget.NewButtonWithIcon(tr("domain.sourceAdd"), theme.ConfirmIcon(), f.submit)
	f.save.Importance = widget.HighImportance
	f.cancel = widget.NewButtonWithIcon(tr("domain.cancel"), theme.CancelIcon(), v.closeForm)

	f.citation.OnChanged = func(string) { f.check() }
	f.kind.OnChanged = func(string) { f.check() }
	f.citation.OnSubmitted = func(string) { f.submit() }
	f.appraisal.OnSubmitted = func(string) { f.submit() }
	f.link.OnSubmitted = func(string) { f.submit() }

	fields := container.New(layout.NewFormLayout(),
		widget.NewLabel(tr("domain.sourceCitation")), f.citation,
		widget.NewLabel(tr("domain.sourceKind")), f.kind,
		f.designLabel, f.design,
		widget.NewLabel(tr("domain.sourceAppraisal")), f.appraisal,
		widget.NewLabel(tr("domain.sourceLink")), f.link,
	)
	f.content = container.NewVBox(f.title, fields, f.missing, container.NewHBox(f.save, f.cancel))
	return f
}

// load fills the form with s, or empties it for a new source.
func (f *sourceForm) load(s *assessment.Source) {
	if s == nil {
		s = &assessment.Source{}
		f.title.SetText(tr("domain.sourceNew"))
		f.save.SetText(tr("domain.sourceAdd"))
	} else {
		f.title.SetText(tr("domain.sourceEditing"))
		f.save.SetText(tr("domain.sourceSave"))
	}
	f.editing = s.ID
	f.citation.SetText(s.Citation)
	selectChoice(assessment.SourceKinds, f.kind, s.Kind)
	selectChoice(assessment.StudyDesigns, f.design, s.StudyDesign)
	f.appraisal.SetText(s.Appraisal)
	f.link.SetText(s.Link)
	f.check()
}

// check shows the study design only for a study, and enables Save once the source has a
// citation and a kind.
func (f *sourceForm) check() {
	study := choiceID(assessment.SourceKinds, f.kind) == "study"
	changed := setVisible(f.designLabel, study)
	changed = setVisible(f.design, study) || changed
	ready := strings.TrimSpace(f.citation.Text) != "" && f.kind.SelectedIndex() >= 0
	if setVisible(f.missing, !ready) || changed {
		f.v.p.relayout()
	}
	if ready {
		f.save.Enable()
	} else {
		f.save.Disable()
	}
}

// submit adds or updates the source and closes the form.
func (f *sourceForm) submit() {
	if f.save.Disabled() {
		return
	}
	v := f.v
	kind := choiceID(assessment.SourceKinds, f.kind)
	design := ""
	if kind == "study" {
		design = choiceID(assessment.StudyDesigns, f.design)
	}
	fill := func(s *assessment.Source) {
		s.Citation = strings.TrimSpace(f.citation.Text)
		s.Kind, s.StudyDesign = kind, design
		s.Appraisal = strings.TrimSpace(f.appraisal.Text)
		s.Link = strings.TrimSpace(f.link.Text)
	}
	if f.editing == uuid.Nil {
		var s assessment.Source
		fill(&s)
		v.p.c.AddSource(v.p.edit(), v.qid, s)
	} else if err := v.p.c.UpdateSource(v.p.edit(), f.editing, fill); err != nil {
		return
	}
	v.closeForm()
	v.showList()
	v.p.changed()
	v.p.focus(v.add)
}
