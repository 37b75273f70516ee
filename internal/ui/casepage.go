package ui

import (
	"strings"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/assessment"
)

// casePage is the first entry: what is assessed, for which decision, by whom (metadata and
// members). Every field writes to the case as it changes.
func (s *caseScreen) casePage() navPage {
	return navPage{domain: -1,
		entry: func() navEntry { return navEntry{Title: tr("nav.case"), Progress: tr("nav.caseHint")} },
		build: func() fyne.CanvasObject {
			p := newCaseInfoPage(s.c, s.edit, s.changed, func(lang string) {
				// The framework's texts follow the case's language.
				s.lang = lang
				s.nav.Refresh()
			})
			return p.content
		},
	}
}

// caseInfoPage is the case page: the case's information and its members.
type caseInfoPage struct {
	form    *infoForm
	members *memberEditor

	content fyne.CanvasObject
}

func newCaseInfoPage(c *assessment.Case, edit func() assessment.Edit, changed func(), langChanged func(string)) *caseInfoPage {
	p := &caseInfoPage{}
	p.form = newInfoForm(c.Info, func(apply func(*assessment.Info)) {
		before := c.Info.Language
		c.UpdateInfo(edit(), apply)
		if c.Info.Language != before && langChanged != nil {
			langChanged(c.Info.Language)
		}
		changed()
	})
	p.members = newMemberEditor(c, edit, changed)

	heading := widget.NewLabel(tr("nav.case"))
	heading.SizeName = theme.SizeNameHeadingText
	heading.TextStyle.Bold = true
	f := p.form
	p.content = container.NewPadded(container.NewVBox(
		heading,
		wrapped(tr("case.intro")),
		sectionTitle(tr("case.whatSection")),
		f.field("title"), f.field("technology"), f.field("category"), f.field("description"),
		sectionTitle(tr("case.decisionSection")),
		f.field("decision"), f.field("deadline"), f.field("setting"), f.field("comparator"),
		sectionTitle(tr("case.groupSection")),
		f.field("group"),
		fieldLabel(tr("case.members")), helpLabel(tr("case.membersHelp")), p.members.content,
		sectionTitle(tr("case.languageSection")),
		f.field("language"),
	))
	return p
}

// sectionTitle starts a part of a page.
func sectionTitle(text string) fyne.CanvasObject {
	l := widget.NewLabel(text)
	l.TextStyle.Bold = true
	l.SizeName = theme.SizeNameSubHeadingText
	return container.NewVBox(widget.NewSeparator(), l)
}

// fieldLabel names a field.
func fieldLabel(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.TextStyle.Bold = true
	return l
}

// infoForm holds a widget for each field of a case's Info. The case page writes each change
// to the case at once; the new-case wizard reads them all at the end.
type infoForm struct {
	title, group, technology, setting *widget.Entry
	description, decision, comparator *growEntry
	category                          *widget.Select
	deadline                          *widget.Entry
	deadlineProblem                   *widget.Label // says what is wrong with the deadline; empty when nothing
	language                          *widget.Select

	changed func(apply func(*assessment.Info)) // nil: the caller reads the fields itself
}

func newInfoForm(info assessment.Info, changed func(apply func(*assessment.Info))) *infoForm {
	f := &infoForm{}
	entry := func(text, hint string, set func(*assessment.Info, string)) *widget.Entry {
		e := widget.NewEntry()
		e.SetPlaceHolder(hint)
		e.SetText(text)
		e.OnChanged = func(s string) { f.apply(func(i *assessment.Info) { set(i, s) }) }
		return e
	}
	long := func(text, hint string, set func(*assessment.Info, string)) *growEntry {
		e := newGrowEntry(2)
		e.SetPlaceHolder(hint)
		e.SetText(text)
		e.OnChanged = func(s string) { f.apply(func(i *assessment.Info) { set(i, s) }) }
		return e
	}
	f.title = entry(info.Title, tr("case.titleHint"), func(i *assessment.Info, s string) { i.Title = s })
	f.group = entry(info.GroupName, tr("case.groupHint"), func(i *assessment.Info, s string) { i.GroupName = s })
	f.technology = entry(info.Technology, tr("case.technologyHint"), func(i *assessment.Info, s string) { i.Technology = s })
	f.setting = entry(info.Setting, tr("case.settingHint"), func(i *assessment.Info, s string) { i.Setting = s })
	f.description = long(info.Description, tr("case.descriptionHint"), func(i *assessment.Info, s string) { i.Description = s })
	f.decision = long(info.Decision, tr("case.decisionHint"), func(i *assessment.Info, s string) { i.Decision = s })
	f.comparator = long(info.Comparator, tr("case.comparatorHint"), func(i *assessment.Info, s string) { i.Comparator = s })

	f.category = choiceSelect(assessment.Categories, info.Category, func(id string) {
		f.apply(func(i *assessment.Info) { i.Category = id })
	})
	f.category.PlaceHolder = tr("case.categoryHint")
	f.language = choiceSelect(assessment.Languages, info.Language, func(id string) {
		f.apply(func(i *assessment.Info) { i.Language = id })
	})

	f.deadline = widget.NewEntry()
	f.deadline.SetPlaceHolder(tr("case.deadlineHint"))
	f.deadline.SetText(info.Deadline)
	f.deadlineProblem = widget.NewLabel("")
	f.deadlineProblem.Importance = widget.DangerImportance
	f.deadlineProblem.Wrapping = fyne.TextWrapWord
	f.deadline.OnChanged = func(s string) {
		s = strings.TrimSpace(s)
		if !validDeadline(s) {
			f.deadlineProblem.SetText(tr("case.deadlineWrong"))
			return // the case keeps the last valid date
		}
		f.deadlineProblem.SetText("")
		f.apply(func(i *assessment.Info) { i.Deadline = s })
	}
	f.changed = changed
	return f
}

// apply hands a change to the caller, if it wants changes as they happen.
func (f *infoForm) apply(fn func(*assessment.Info)) {
	if f.changed != nil {
		f.changed(fn)
	}
}

// validDeadline reports whether s is empty or a date written YYYY-MM-DD.
func validDeadline(s string) bool {
	if s == "" {
		return true
	}
	_, err := time.Parse(time.DateOnly, s)
	return err == nil
}

// fill writes the form's values into i.
func (f *infoForm) fill(i *assessment.Info) {
	i.Title = strings.TrimSpace(f.title.Text)
	i.GroupName = strings.TrimSpace(f.group.Text)
	i.Technology = strings.TrimSpace(f.technology.Text)
	i.Setting = strings.TrimSpace(f.setting.Text)
	i.Description = strings.TrimSpace(f.description.Text)
	i.Decision = strings.TrimSpace(f.decision.Text)
	i.Comparator = strings.TrimSpace(f.comparator.Text)
	i.Category = choiceAt(assessment.Categories, f.category)
	i.Language = choiceAt(assessment.Languages, f.language)
	if d := strings.TrimSpace(f.deadline.Text); validDeadline(d) {
		i.Deadline = d
	}
}

// field is the named field with its label and help, ready to stack on a page.
func (f *infoForm) field(name string) fyne.CanvasObject {
	var w fyne.CanvasObject
	switch name {
	case "title":
		w = f.title
	case "group":
		w = f.group
	case "technology":
		w = f.technology
	case "setting":
		w = f.setting
	case "description":
		w = f.description
	case "decision":
		w = f.decision
	case "comparator":
		w = f.comparator
	case "category":
		w = container.NewHBox(fitSelect(f.category))
	case "language":
		w = container.NewHBox(fitSelect(f.language))
	case "deadline":
		// The message goes beside the date, so that showing it moves nothing.
		date := container.New(&minWidthLayout{width: fyne.MeasureText("2026-09-30 MM", theme.TextSize(), fyne.TextStyle{}).Width + 4*theme.InnerPadding()}, f.deadline)
		w = container.NewBorder(nil, nil, date, nil, f.deadlineProblem)
	default:
		panic("ui: no info field " + name)
	}
	label, help := "case."+name, "case."+name+"Help"
	box := container.NewVBox(fieldLabel(tr(label)))
	if _, ok := english[help]; ok {
		box.Add(helpLabel(tr(help)))
	}
	box.Add(w)
	return box
}

// choiceSelect is a select of a closed list's labels in the UI language, showing id; onChange
// gets the chosen ID.
func choiceSelect(list []assessment.Choice, id string, onChange func(id string)) *widget.Select {
	labels := make([]string, len(list))
	selected := -1
	for i, c := range list {
		labels[i] = c.Label.In(uiLanguage())
		if c.ID == id {
			selected = i
		}
	}
	s := widget.NewSelect(labels, nil)
	if selected >= 0 {
		s.SetSelectedIndex(selected)
	}
	s.OnChanged = func(string) {
		if i := s.SelectedIndex(); i >= 0 && i < len(list) {
			onChange(list[i].ID)
		}
	}
	return s
}

// choiceAt is the ID of the choice a choiceSelect shows, or "".
func choiceAt(list []assessment.Choice, s *widget.Select) string {
	if i := s.SelectedIndex(); i >= 0 && i < len(list) {
		return list[i].ID
	}
	return ""
}

// fitSelect is s, as wide as its widest option, so that no choice is cut off.
func fitSelect(s *widget.Select) fyne.CanvasObject {
	return container.New(&selectWidthLayout{s: s}, s)
}

// selectWidthLayout makes its select as wide as the select's widest option needs, up to max
// (0: no limit).
type selectWidthLayout struct {
	s   *widget.Select
	max float32
}

func (l *selectWidthLayout) MinSize([]fyne.CanvasObject) fyne.Size {
	size := l.s.MinSize()
	widest := float32(0)
	for _, o := range append([]string{l.s.PlaceHolder}, l.s.Options...) {
		widest = max(widest, fyne.MeasureText(o, theme.TextSize(), fyne.TextStyle{}).Width)
	}
	width := widest + 4*theme.InnerPadding() + theme.IconInlineSize()
	if l.max > 0 {
		width = min(width, l.max)
	}
	size.Width = max(size.Width, width)
	return size
}

func (l *selectWidthLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

// minWidthLayout gives its objects at least width.
type minWidthLayout struct{ width float32 }

func (l *minWidthLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var min fyne.Size
	for _, o := range objects {
		min = min.Max(o.MinSize())
	}
	min.Width = max(min.Width, l.width)
	return min
}

func (l *minWidthLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}
