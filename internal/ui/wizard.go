package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/assessment"
)

// wizard sets up a new case in three short steps, over the whole window: what is assessed,
// which decision, who is in the group. Nothing is made until "Create the case": then the
// program's NewCase gives an empty case, and the wizard writes its fields into it with
// UpdateInfo and AddMember. Cancel brings back what the window showed before.
type wizard struct {
	m    *mainWindow
	prev fyne.CanvasObject // the window's content before the wizard

	form    *infoForm
	rows    []*memberRow // the members written so far
	list    *fyne.Container
	adder   *memberAdder
	noneYet *widget.Label

	frameworks *frameworkChooser // wizard_framework.go

	step      int
	steps     []wizardStep
	stepLabel *widget.Label // "Step 1 of 3"
	heading   *widget.Label // the step's question
	body      *container.Scroll
	problem   *widget.Label // what must be done before going on; hidden when nothing
	back      *widget.Button
	next      *widget.Button
	create    *widget.Button
	cancel    *widget.Button

	content fyne.CanvasObject
}

// wizardStep is one page of the wizard. check returns what must be done before going on, or
// "", and the field to do it in.
type wizardStep struct {
	title   string
	content fyne.CanvasObject
	first   fyne.Focusable // the field the keyboard starts in
	check   func() (string, fyne.Focusable)
}

// showWizard replaces the window's content with the new-case wizard.
func (m *mainWindow) showWizard() {
	if m.opt.NewCase == nil {
		return
	}
	if m.wizard != nil && m.win.Content() == m.wizard.content {
		m.win.Canvas().Focus(m.wizard.form.title) // it shows already
		return
	}
	w := newWizard(m)
	w.prev = m.win.Content()
	m.wizard = w
	m.win.SetContent(w.content)
	w.focus(w.form.title)
}

func newWizard(m *mainWindow) *wizard {
	w := &wizard{m: m}
	w.form = newInfoForm(assessment.Info{Language: uiLanguage()}, nil)
	f := w.form

	w.frameworks = newFrameworkChooser(m) // wizard_framework.go
	frameworkField := w.frameworks.content

	w.list = container.NewVBox()
	w.noneYet = helpLabel(tr("members.none"))
	w.adder = newMemberAdder(w.addMember)
	members := container.NewVBox(fieldLabel(tr("case.members")), helpLabel(tr("case.membersHelp")),
		memberHeader(), w.list, w.noneYet, w.adder.content)

	w.steps = []wizardStep{
		{title: tr("wizard.stepWhat"),
			content: container.NewVBox(f.field("title"), f.field("technology"), f.field("category"),
				f.field("description"), frameworkField, f.field("language")),
			first: f.title,
			check: func() (string, fyne.Focusable) {
				switch {
				case strings.TrimSpace(f.title.Text) == "":
					return tr("wizard.needTitle"), f.title
				case strings.TrimSpace(f.technology.Text) == "":
					return tr("wizard.needTech"), f.technology
				case f.category.SelectedIndex() < 0:
					return tr("wizard.needCategory"), f.category
				}
				return "", nil
			}},
		{title: tr("wizard.stepDecision"),
			content: container.NewVBox(f.field("decision"), f.field("deadline"), f.field("setting"),
				f.field("comparator")),
			first: f.decision,
			check: func() (string, fyne.Focusable) {
				if !validDeadline(strings.TrimSpace(f.deadline.Text)) {
					return tr("wizard.needDeadline"), f.deadline
				}
				return "", nil
			}},
		{title: tr("wizard.stepGroup"),
			content: container.NewVBox(f.field("group"), members),
			first:   f.group,
			check: func() (string, fyne.Focusable) {
				w.adder.add.OnTapped() // a name written but not added yet counts
				if len(w.rows) == 0 {
					return tr("wizard.needMember"), w.adder.row.name
				}
				return "", nil
			}},
	}

	title := widget.NewLabel(tr("wizard.title"))
	title.SizeName = theme.SizeNameHeadingText
	title.TextStyle.Bold = true
	w.stepLabel = widget.NewLabel("")
	w.heading = widget.NewLabel("")
	w.heading.SizeName = theme.SizeNameSubHeadingText
	w.heading.TextStyle.Bold = true
	w.problem = widget.NewLabel("")
	w.problem.Importance = widget.DangerImportance
	w.problem.Wrapping = fyne.TextWrapWord
	w.problem.Hide()
	later := helpLabel(tr("wizard.laterHint"))

	w.cancel = widget.NewButtonWithIcon(tr("wizard.cancel"), theme.CancelIcon(), w.close)
	w.back = widget.NewButtonWithIcon(tr("wizard.back"), theme.NavigateBackIcon(), func() { w.show(w.step - 1) })
	w.next = widget.NewButtonWithIcon(tr("wizard.next"), theme.NavigateNextIcon(), w.forward)
	w.next.IconPlacement = widget.ButtonIconTrailingText
	w.next.Importance = widget.HighImportance
	w.create = widget.NewButtonWithIcon(tr("wizard.create"), theme.ConfirmIcon(), w.finish)
	w.create.Importance = widget.HighImportance

	w.body = container.NewVScroll(widget.NewLabel(""))
	header := column(container.NewVBox(title, container.NewBorder(nil, nil, nil, w.stepLabel, w.heading),
		widget.NewSeparator()))
	footer := column(container.NewVBox(widget.NewSeparator(), w.problem,
		container.NewBorder(nil, nil, w.cancel, container.NewHBox(w.back, w.next, w.create), later)))
	w.content = container.NewBorder(header, footer, nil, nil, w.body)
	w.show(0)
	return w
}

// show shows step i.
func (w *wizard) show(i int) {
	if i < 0 || i >= len(w.steps) {
		return
	}
	w.step = i
	w.stepLabel.SetText(tr("wizard.step", i+1, len(w.steps)))
	w.heading.SetText(w.steps[i].title)
	w.body.Content = column(w.steps[i].content)
	w.body.Refresh()
	w.body.ScrollToTop()
	w.problem.Hide()
	w.focus(w.steps[i].first)
	if i == 0 {
		w.back.Disable()
	} else {
		w.back.Enable()
	}
	if i == len(w.steps)-1 {
		w.next.Hide()
		w.create.Show()
	} else {
		w.next.Show()
		w.create.Hide()
	}
	w.content.Refresh() // lays the buttons and the step out anew
}

// focus puts the keyboard focus in o, when the wizard shows.
func (w *wizard) focus(o fyne.Focusable) {
	if o != nil && w.m.win.Content() == w.content {
		w.m.win.Canvas().Focus(o)
	}
}

// ok checks the shown step and says what is missing.
func (w *wizard) ok() bool {
	msg, at := w.steps[w.step].check()
	if msg != "" {
		w.problem.SetText(msg)
		w.problem.Show()
		w.content.Refresh()
		w.focus(at)
		return false
	}
	w.problem.Hide()
	return true
}

// forward goes to the next step when the shown one is complete.
func (w *wizard) forward() {
	if w.ok() {
		w.show(w.step + 1)
	}
}

// addMember adds a member row to the group being set up.
func (w *wizard) addMember(mb assessment.Member) {
	var r *memberRow
	r = newMemberRow(mb, func() {
		for i, x := range w.rows {
			if x == r {
				w.rows = append(w.rows[:i], w.rows[i+1:]...)
				break
			}
		}
		w.list.Remove(r.content)
		w.showNoneYet()
	})
	w.rows = append(w.rows, r)
	w.list.Add(r.content)
	w.showNoneYet()
}

func (w *wizard) showNoneYet() {
	if len(w.rows) == 0 {
		w.noneYet.Show()
	} else {
		w.noneYet.Hide()
	}
}

// finish makes the case from the wizard's fields and shows it, after the unsaved changes of
// the case open before, if any, are saved or given up.
func (w *wizard) finish() {
	for i := range w.steps {
		if msg, _ := w.steps[i].check(); msg != "" {
			w.show(i)
			w.ok()
			return
		}
	}
	e := w.m.edit()
	c := w.frameworks.newCase(e)
	if c == nil {
		return
	}
	c.UpdateInfo(e, w.form.fill)
	for _, r := range w.rows {
		if mb := r.member(); mb.Name != "" {
			c.AddMember(e, mb.Name, mb.Profession, mb.Role)
		}
	}
	w.m.askUnsaved(func() {
		w.m.wizard = nil
		w.m.showCase(c, "")
		w.m.edited() // what the wizard wrote is not saved yet: closing asks, autosave keeps it
	})
}

// close leaves the wizard without making anything.
func (w *wizard) close() {
	w.m.wizard = nil
	w.m.win.SetContent(w.prev)
}

// column centres o in a column of readable width.
func column(o fyne.CanvasObject) fyne.CanvasObject {
	return container.New(&columnLayout{max: 820}, o)
}

// columnLayout gives its objects the full height and at most max width, centred.
type columnLayout struct{ max float32 }

func (l *columnLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objects {
		s = s.Max(o.MinSize())
	}
	return s.AddWidthHeight(2*theme.Padding(), 0)
}

func (l *columnLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	w := min(size.Width-2*theme.Padding(), l.max)
	x := (size.Width - w) / 2
	for _, o := range objects {
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
	}
}
