package ui

import (
	"slices"
	"strings"

	"github.com/google/uuid"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/assessment"
)

// keyboardMember is the member at the keyboard: every change to the case is stamped with
// them. It is chosen once per session (asked when a case with members opens) and can be changed
// at any time in the bar at the bottom of the window.
type keyboardMember struct {
	c  *assessment.Case
	id uuid.UUID // uuid.Nil: nobody chosen

	members []assessment.Member // the live members, in the order the select lists them after "nobody"
	choose  *widget.Select
	setting bool // choose is being set by the program, not the user

	content fyne.CanvasObject // "At the keyboard: [Mette (sygeplejerske)]"
}

// editAtKeyboard is the edit stamped on a change to the open case: by the member at the
// keyboard (if one is chosen), at the time m.edit gives, in the open case's session.
func (m *mainWindow) editAtKeyboard() assessment.Edit {
	e := m.edit().In(m.session)
	if m.keyboard != nil && m.keyboard.id != uuid.Nil {
		e.By = m.keyboard.id
	}
	return e
}

// keyboardBar is the "At the keyboard" choice for case c, shown at the bottom of the window.
// The member chosen for an earlier case stays chosen if they are in c too.
func (m *mainWindow) keyboardBar(c *assessment.Case) fyne.CanvasObject {
	if m.keyboard == nil {
		m.keyboard = &keyboardMember{}
	}
	k := m.keyboard
	k.c, k.members = c, nil
	k.choose = widget.NewSelect(nil, nil)
	k.choose.OnChanged = func(string) {
		if k.setting {
			return
		}
		if i := k.choose.SelectedIndex(); i > 0 && i <= len(k.members) {
			k.id = k.members[i-1].ID
		} else {
			k.id = uuid.Nil
		}
	}
	// Wide enough for a name and a profession; a long one is cut here and whole in the list.
	width := fyne.MeasureText(strings.Repeat("m", 28), theme.TextSize(), fyne.TextStyle{}).Width
	k.content = container.NewHBox(widget.NewLabel(tr("keyboard.label")),
		container.New(&selectWidthLayout{s: k.choose, max: width}, k.choose))
	k.refresh()
	return k.content
}

// caseShown is called when case c has been shown from path ("" for an unsaved copy): it
// remembers the file and asks who is at the keyboard.
func (m *mainWindow) caseShown(path string) {
	if path != "" {
		appSettings().AddRecentFile(path)
	}
	if m.screen == nil || m.keyboard == nil {
		return
	}
	// Members can change on the case page: the bar follows every change.
	if edited := m.screen.onEdit; edited != nil {
		m.screen.onEdit = func() { edited(); m.keyboard.refresh() }
	} else {
		m.screen.onEdit = m.keyboard.refresh
	}
	if m.keyboard.id == uuid.Nil && len(m.keyboard.members) > 0 {
		m.askKeyboard()
	}
}

// refresh lists the case's live members and shows the chosen one; a member who has left the
// group is no longer at the keyboard. The bar hides while the group has no members.
func (k *keyboardMember) refresh() {
	if k.c == nil || k.choose == nil {
		return
	}
	members := k.c.LiveMembers()
	options := []string{tr("keyboard.nobody")}
	selected := 0
	for i, mb := range members {
		options = append(options, memberLabel(mb))
		if mb.ID == k.id {
			selected = i + 1
		}
	}
	if selected == 0 {
		k.id = uuid.Nil
	}
	k.members = members
	k.setting = true
	if !slices.Equal(options, k.choose.Options) {
		k.choose.SetOptions(options)
	}
	if k.choose.SelectedIndex() != selected {
		k.choose.SetSelectedIndex(selected)
	}
	k.setting = false
	if len(members) == 0 {
		k.content.Hide()
	} else {
		k.content.Show()
	}
}

// set makes member id the member at the keyboard.
func (k *keyboardMember) set(id uuid.UUID) {
	k.id = id
	k.refresh()
}

// askKeyboard asks who is at the keyboard, with a button per member and one to skip.
func (m *mainWindow) askKeyboard() {
	k := m.keyboard
	var d *dialog.CustomDialog
	text := wrapped(tr("keyboard.askText"))
	width := fyne.MeasureText(strings.Repeat("m", 30), theme.TextSize(), fyne.TextStyle{}).Width
	box := container.NewVBox(container.New(&minWidthLayout{width: width}, text))
	for _, mb := range k.members {
		id := mb.ID
		b := widget.NewButton(memberLabel(mb), func() { d.Hide(); k.set(id) })
		b.Alignment = widget.ButtonAlignLeading
		box.Add(b)
	}
	skip := widget.NewButton(tr("keyboard.skip"), func() { d.Hide(); k.set(uuid.Nil) })
	d = dialog.NewCustomWithoutButtons(tr("keyboard.askTitle"), box, m.win)
	d.SetButtons([]fyne.CanvasObject{skip})
	d.Show()
}
