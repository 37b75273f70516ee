package ui

import (
	"strings"

	"github.com/google/uuid"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/assessment"
)

// memberLabel is how a member is named in lists: "Mette (sygeplejerske)".
func memberLabel(m assessment.Member) string {
	name := strings.TrimSpace(m.Name)
	if name == "" {
		name = tr("members.noName")
	}
	if p := strings.TrimSpace(m.Profession); p != "" {
		return tr("members.label", name, p)
	}
	return name
}

// professions are the suggestions for a member's profession, in the UI language.
func professions() []string { return strings.Split(tr("members.professions"), "|") }

// memberRow is one member's name, profession and role, with a button that removes the row.
type memberRow struct {
	id         uuid.UUID // the member's, or uuid.Nil in the wizard before the case exists
	name       *widget.Entry
	profession *widget.SelectEntry
	role       *widget.Entry
	remove     *widget.Button

	content fyne.CanvasObject
}

func newMemberRow(m assessment.Member, onRemove func()) *memberRow {
	r := &memberRow{id: m.ID}
	r.name = widget.NewEntry()
	r.name.SetPlaceHolder(tr("members.nameHint"))
	r.name.SetText(m.Name)
	r.profession = widget.NewSelectEntry(professions())
	r.profession.SetPlaceHolder(tr("members.professionHint"))
	r.profession.SetText(m.Profession)
	r.role = widget.NewEntry()
	r.role.SetPlaceHolder(tr("members.roleHint"))
	r.role.SetText(m.Role)
	r.remove = widget.NewButtonWithIcon("", theme.DeleteIcon(), onRemove)
	r.remove.Importance = widget.LowImportance
	r.content = container.NewBorder(nil, nil, nil, memberAction(r.remove),
		container.NewGridWithColumns(3, r.name, r.profession, r.role))
	return r
}

// memberAction puts a row's button in a column as wide as the Add button, so that the
// columns of the rows, the header and the row that adds line up.
func memberAction(b fyne.CanvasObject) fyne.CanvasObject {
	add := widget.NewButtonWithIcon(tr("members.add"), theme.ContentAddIcon(), nil)
	return container.New(&minWidthLayout{width: add.MinSize().Width}, b)
}

// member is the row's values as a member.
func (r *memberRow) member() assessment.Member {
	return assessment.Member{Meta: assessment.Meta{ID: r.id}, Name: strings.TrimSpace(r.name.Text),
		Profession: strings.TrimSpace(r.profession.Text), Role: strings.TrimSpace(r.role.Text)}
}

// memberHeader names the columns of member rows.
func memberHeader() fyne.CanvasObject {
	col := func(id string) fyne.CanvasObject {
		l := widget.NewLabel(tr(id))
		l.TextStyle.Bold = true
		return l
	}
	// The same layout as a row, with an empty column for the buttons.
	return container.NewBorder(nil, nil, nil, memberAction(layout.NewSpacer()),
		container.NewGridWithColumns(3, col("members.name"), col("members.profession"), col("members.role")))
}

// memberAdder is the row under the members where another one is written and added.
type memberAdder struct {
	row *memberRow // the entries; its remove button is not shown
	add *widget.Button

	content fyne.CanvasObject
}

// newMemberAdder calls onAdd with the written member when Add is tapped or Enter pressed in
// the name, and then empties the row for the next one.
func newMemberAdder(onAdd func(assessment.Member)) *memberAdder {
	a := &memberAdder{row: newMemberRow(assessment.Member{}, nil)}
	a.row.name.SetPlaceHolder(tr("members.newNameHint"))
	a.add = widget.NewButtonWithIcon(tr("members.add"), theme.ContentAddIcon(), nil)
	a.add.Disable()
	a.add.OnTapped = func() {
		m := a.row.member()
		if m.Name == "" {
			return
		}
		a.row.name.SetText("")
		a.row.profession.SetText("")
		a.row.role.SetText("")
		onAdd(m)
		if c := fyne.CurrentApp().Driver().CanvasForObject(a.row.name); c != nil {
			c.Focus(a.row.name) // ready for the next member
		}
	}
	a.row.name.OnChanged = func(text string) {
		if strings.TrimSpace(text) == "" {
			a.add.Disable()
		} else {
			a.add.Enable()
		}
	}
	submit := func(string) { a.add.OnTapped() }
	a.row.name.OnSubmitted = submit
	a.row.profession.OnSubmitted = submit
	a.row.role.OnSubmitted = submit
	a.content = container.NewBorder(nil, nil, nil, memberAction(a.add),
		container.NewGridWithColumns(3, a.row.name, a.row.profession, a.row.role))
	return a
}

// memberEditor edits the members of a case: each live member's row writes to the case as it
// changes; a removed member becomes a tombstone (their ratings stay, by a former member).
type memberEditor struct {
	c       *assessment.Case
	edit    func() assessment.Edit
	changed func()

	rows  []*memberRow
	list  *fyne.Container
	adder *memberAdder
	empty *widget.Label // shown while the group has no members

	content fyne.CanvasObject
}

func newMemberEditor(c *assessment.Case, edit func() assessment.Edit, changed func()) *memberEditor {
	e := &memberEditor{c: c, edit: edit, changed: changed}
	e.list = container.NewVBox()
	e.empty = helpLabel(tr("members.none"))
	e.adder = newMemberAdder(func(m assessment.Member) {
		added := e.c.AddMember(e.edit(), m.Name, m.Profession, m.Role)
		e.addRow(*added)
		e.showEmpty()
		e.changed()
	})
	for _, m := range c.LiveMembers() {
		e.addRow(m)
	}
	e.showEmpty()
	e.content = container.NewVBox(memberHeader(), e.list, e.empty, e.adder.content)
	return e
}

func (e *memberEditor) showEmpty() {
	if len(e.rows) == 0 {
		e.empty.Show()
	} else {
		e.empty.Hide()
	}
}

// addRow shows member m, bound to the case.
func (e *memberEditor) addRow(m assessment.Member) {
	var r *memberRow
	r = newMemberRow(m, func() { e.confirmRemove(r) })
	update := func(fn func(*assessment.Member)) {
		if err := e.c.UpdateMember(e.edit(), r.id, fn); err == nil {
			e.changed()
		}
	}
	r.name.OnChanged = func(s string) { update(func(m *assessment.Member) { m.Name = s }) }
	r.profession.OnChanged = func(s string) { update(func(m *assessment.Member) { m.Profession = s }) }
	r.role.OnChanged = func(s string) { update(func(m *assessment.Member) { m.Role = s }) }
	e.rows = append(e.rows, r)
	e.list.Add(r.content)
}

// confirmRemove asks before removing a member from the group.
func (e *memberEditor) confirmRemove(r *memberRow) {
	m, _ := e.c.Member(r.id)
	d := dialog.NewConfirm(tr("members.removeTitle"), tr("members.removeQuestion", memberLabel(m)),
		func(ok bool) {
			if ok {
				e.removeRow(r)
			}
		}, windowFor(e.content))
	d.SetConfirmText(tr("members.removeConfirm"))
	d.SetDismissText(tr("members.removeKeep"))
	d.Show()
}

// removeRow removes the member of row r from the case and the row from the list.
func (e *memberEditor) removeRow(r *memberRow) {
	if err := e.c.DeleteMember(e.edit(), r.id); err != nil {
		return
	}
	for i, x := range e.rows {
		if x == r {
			e.rows = append(e.rows[:i], e.rows[i+1:]...)
			break
		}
	}
	e.list.Remove(r.content)
	e.showEmpty()
	e.changed()
}

// windowFor is the window that shows o, for a dialog about it; the first window when o is not
// shown.
func windowFor(o fyne.CanvasObject) fyne.Window {
	windows := fyne.CurrentApp().Driver().AllWindows()
	if c := fyne.CurrentApp().Driver().CanvasForObject(o); c != nil {
		for _, w := range windows {
			if w.Canvas() == c {
				return w
			}
		}
	}
	if len(windows) > 0 {
		return windows[0]
	}
	return nil
}
