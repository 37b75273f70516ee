package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
)

// knockOutsView is the domain's knock-out flags: a list, each with its reason, Edit and Delete
// (with an Undo), and a form to add or change one: a criterion of the framework for this domain,
// or the group's own. A flag's reason is often updated as the case goes on (the supplier answers,
// the lawyer approves), so it is edited in place rather than deleted and written again.
type knockOutsView struct {
	p *domainPage

	list *fyne.Container
	rows []*knockOutRow
	none *widget.Label // "No knock-out flags", when there are none
	add  *widget.Button
	form *knockOutForm // made when first needed

	deleted   *assessment.KnockOut // the flag deleted last, for Undo
	undoLabel *widget.Label
	undo      *widget.Button
	undoBar   *fyne.Container

	content *fyne.Container
}

func newKnockOutsView(p *domainPage) *knockOutsView {
	v := &knockOutsView{p: p}
	v.list = container.NewVBox()
	v.none = wrapped(tr("domain.noKnockOuts"))
	v.add = widget.NewButtonWithIcon(tr("domain.addKnockOut"), theme.ContentAddIcon(), v.openForm)
	v.add.Importance = widget.LowImportance
	v.undoLabel = wrapped("")
	v.undo = widget.NewButtonWithIcon(tr("domain.undo"), theme.ContentUndoIcon(), v.undoDelete)
	v.undoBar = container.NewBorder(nil, nil, nil, v.undo, v.undoLabel)
	v.undoBar.Hide()
	v.content = container.NewVBox(subHeading(tr("domain.knockOuts")), helpLabel(tr("domain.knockOutsHelp")),
		v.none, v.list, v.undoBar, container.NewHBox(v.add))
	v.showList()
	return v
}

// showList shows the domain's live flags.
func (v *knockOutsView) showList() {
	flags := v.p.c.KnockOutsFor(v.p.domain.ID)
	v.rows = v.rows[:0]
	objs := make([]fyne.CanvasObject, 0, len(flags))
	for _, k := range flags {
		r := newKnockOutRow(v, k)
		v.rows = append(v.rows, r)
		objs = append(objs, r.content)
	}
	v.list.Objects = objs
	v.list.Refresh()
	setVisible(v.none, len(flags) == 0)
	v.p.relayout()
}

// flag is the domain's live flag with the given ID.
func (v *knockOutsView) flag(id uuid.UUID) (assessment.KnockOut, bool) {
	for _, k := range v.p.c.KnockOutsFor(v.p.domain.ID) {
		if k.ID == id {
			return k, true
		}
	}
	return assessment.KnockOut{}, false
}

// criteria are the framework's knock-out criteria for this domain.
func (v *knockOutsView) criteria() []framework.KnockOut {
	var out []framework.KnockOut
	if v.p.c.Framework == nil {
		return nil
	}
	for _, k := range v.p.c.Framework.KnockOuts {
		if k.Domain == v.p.domain.ID {
			out = append(out, k)
		}
	}
	return out
}

// openForm opens the form for a new flag.
func (v *knockOutsView) openForm() { v.showForm(nil) }

// openEditForm opens the form on flag k, to change its criterion, title or reason.
func (v *knockOutsView) openEditForm(k assessment.KnockOut) { v.showForm(&k) }

// showForm opens the form empty (k nil) or filled with flag k.
func (v *knockOutsView) showForm(k *assessment.KnockOut) {
	if v.form == nil {
		v.form = newKnockOutForm(v)
		v.content.Objects = append(v.content.Objects[:len(v.content.Objects)-1], v.form.content,
			v.content.Objects[len(v.content.Objects)-1])
	}
	v.form.clear()
	if k != nil {
		v.form.fill(*k)
	}
	v.form.content.Show()
	v.add.Hide()
	v.content.Refresh()
	v.p.relayout()
	if v.form.criterion != nil {
		v.p.focus(v.form.criterion)
	} else {
		v.p.focus(v.form.title)
	}
}

func (v *knockOutsView) closeForm() {
	if v.form != nil {
		v.form.content.Hide()
	}
	v.add.Show()
	v.content.Refresh()
	v.p.relayout()
}

// deleteFlag tombstones flag k and offers to undo it.
func (v *knockOutsView) deleteFlag(k assessment.KnockOut) {
	if err := v.p.c.DeleteKnockOut(v.p.edit(), k.ID); err != nil {
		return
	}
	if v.form != nil && v.form.editing == k.ID {
		v.closeForm()
	}
	v.deleted = &k
	v.undoLabel.SetText(tr("domain.knockOutDeleted", k.Title))
	v.undoBar.Show()
	v.showList()
	v.p.changed()
	v.p.focus(v.undo)
}

// undoDelete brings the deleted flag back, as a new record: the tombstone stays, so a merge of
// two copies still sees the deletion.
func (v *knockOutsView) undoDelete() {
	if v.deleted == nil {
		return
	}
	k := *v.deleted
	v.p.c.AddKnockOut(v.p.edit(), k.DomainID, k.CriterionID, k.Title, k.Reason)
	v.deleted = nil
	v.undoBar.Hide()
	v.showList()
	v.p.changed()
	v.p.focus(v.add)
}

// knockOutRow is one flag.
type knockOutRow struct {
	title   *widget.Label
	reason  *widget.Label
	edit    *widget.Button
	delete  *widget.Button
	content fyne.CanvasObject
}

func newKnockOutRow(v *knockOutsView, k assessment.KnockOut) *knockOutRow {
	r := &knockOutRow{title: wrapped(k.Title), reason: wrapped(k.Reason)}
	r.title.TextStyle.Bold = true
	r.delete = widget.NewButtonWithIcon(tr("domain.knockOutDelete"), theme.DeleteIcon(), func() { v.deleteFlag(k) })
	r.delete.Importance = widget.LowImportance
	r.edit = widget.NewButtonWithIcon(tr("domain.knockOutEdit"), theme.DocumentCreateIcon(), func() { v.openEditForm(k) })
	r.edit.Importance = widget.LowImportance
	icon := widget.NewIcon(theme.NewWarningThemedResource(theme.WarningIcon()))
	r.content = container.NewBorder(nil, nil, container.NewVBox(icon), container.NewVBox(container.NewHBox(r.edit, r.delete)),
		container.New(&tightVBox{}, r.title, r.reason))
	return r
}

// knockOutForm adds a flag, or changes one.
type knockOutForm struct {
	v        *knockOutsView
	criteria []framework.KnockOut
	editing  uuid.UUID // the flag being changed; uuid.Nil for a new one

	heading    *widget.Label
	criterion  *widget.Select // the framework's criteria and "our own"; nil when it has none here
	help       *widget.Label  // the chosen criterion's explanation
	titleLabel *widget.Label
	title      *widget.Entry // the group's own criterion
	reason     *growEntry
	missing    *widget.Label
	save       *widget.Button
	cancel     *widget.Button

	content *fyne.Container
}

func newKnockOutForm(v *knockOutsView) *knockOutForm {
	lang := v.p.lang
	f := &knockOutForm{v: v, criteria: v.criteria()}
	f.help = helpLabel("")
	f.titleLabel = widget.NewLabel(tr("domain.knockOutTitle"))
	f.title = widget.NewEntry()
	f.title.PlaceHolder = tr("domain.knockOutTitleHint")
	f.reason = newGrowEntry(2)
	f.reason.PlaceHolder = tr("domain.knockOutReasonHint")
	f.missing = helpLabel(tr("domain.knockOutNeeds"))
	f.heading = subHeadingSmall(tr("domain.knockOutNew"))
	f.save = widget.NewButtonWithIcon(tr("domain.knockOutAdd"), theme.ConfirmIcon(), f.submit)
	f.save.Importance = widget.HighImportance
	f.cancel = widget.NewButtonWithIcon(tr("domain.cancel"), theme.CancelIcon(), v.closeForm)
	f.title.OnChanged = func(string) { f.check() }
	f.reason.OnChanged = func(string) { f.check() }
	f.title.OnSubmitted = func(string) { v.p.focus(f.reason) }

	var fields []fyne.CanvasObject
	if len(f.criteria) > 0 {
		options := make([]string, 0, len(f.criteria)+1)
		for _, k := range f.criteria {
			options = append(options, k.Label.In(lang))
		}
		f.criterion = widget.NewSelect(append(options, tr("domain.knockOutOwn")), func(string) { f.check() })
		f.criterion.PlaceHolder = tr("domain.knockOutChoose")
		fields = append(fields, widget.NewLabel(tr("domain.knockOutCriterion")), container.NewVBox(f.criterion, f.help))
	}
	fields = append(fields, f.titleLabel, f.title, widget.NewLabel(tr("domain.knockOutReason")), passWheel(f.reason, v.p.wheel))
	f.content = container.NewVBox(f.heading, container.New(layout.NewFormLayout(), fields...), f.missing,
		container.NewHBox(f.save, f.cancel))
	return f
}

// subHeadingSmall is a bold line that starts a group of fields.
func subHeadingSmall(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.TextStyle.Bold = true
	return l
}

// chosen returns the framework criterion chosen, and whether the group's own is chosen.
func (f *knockOutForm) chosen() (*framework.KnockOut, bool) {
	if f.criterion == nil {
		return nil, true
	}
	i := f.criterion.SelectedIndex()
	switch {
	case i >= 0 && i < len(f.criteria):
		return &f.criteria[i], false
	case i == len(f.criteria):
		return nil, true
	}
	return nil, false
}

// clear empties the form, for a new flag.
func (f *knockOutForm) clear() {
	f.editing = uuid.Nil
	f.heading.SetText(tr("domain.knockOutNew"))
	f.save.SetText(tr("domain.knockOutAdd"))
	if f.criterion != nil {
		f.criterion.ClearSelected()
	}
	f.title.SetText("")
	f.reason.SetText("")
	f.check()
}

// fill puts flag k in the form, to change it. A flag whose criterion the framework no longer
// has (a file from another framework version) is shown as the group's own, title kept.
func (f *knockOutForm) fill(k assessment.KnockOut) {
	f.editing = k.ID
	f.heading.SetText(tr("domain.knockOutEditing"))
	f.save.SetText(tr("domain.knockOutSave"))
	own := true
	if f.criterion != nil {
		for i, c := range f.criteria {
			if k.CriterionID != "" && c.ID == k.CriterionID {
				f.criterion.SetSelectedIndex(i)
				own = false
			}
		}
		if own {
			f.criterion.SetSelectedIndex(len(f.criteria))
		}
	}
	f.title.SetText(k.Title) // shown when the group's own criterion is chosen
	f.reason.SetText(k.Reason)
	f.check()
}

// check shows the title entry for the group's own criterion and the chosen criterion's help,
// and enables Add once the flag has a title and a reason.
func (f *knockOutForm) check() {
	k, own := f.chosen()
	changed := setVisible(f.titleLabel, own)
	changed = setVisible(f.title, own) || changed
	help := ""
	if k != nil {
		help = k.Help.In(f.v.p.lang)
	}
	if help != f.help.Text {
		f.help.SetText(help)
	}
	changed = setVisible(f.help, help != "") || changed
	ready := strings.TrimSpace(f.reason.Text) != "" && (k != nil || own && strings.TrimSpace(f.title.Text) != "")
	if setVisible(f.missing, !ready) || changed {
		f.v.p.relayout()
	}
	if ready {
		f.save.Enable()
	} else {
		f.save.Disable()
	}
}

// submit adds the flag and closes the form.
func (f *knockOutForm) submit() {
	if f.save.Disabled() {
		return
	}
	v := f.v
	id, title := "", strings.TrimSpace(f.title.Text)
	if k, _ := f.chosen(); k != nil {
		id, title = k.ID, k.Label.In(v.p.lang)
		// A flag may carry a title of its own beside a framework criterion: kept while the
		// criterion stays.
		if old, ok := v.flag(f.editing); ok && k.ID == old.CriterionID && strings.TrimSpace(old.Title) != "" {
			title = old.Title
		}
	}
	reason := strings.TrimSpace(f.reason.Text)
	if f.editing != uuid.Nil {
		err := v.p.c.UpdateKnockOut(v.p.edit(), f.editing, func(k *assessment.KnockOut) {
			k.CriterionID, k.Title, k.Reason = id, title, reason
		})
		if err != nil { // deleted meanwhile (a merge): keep what was typed as a new flag
			v.p.c.AddKnockOut(v.p.edit(), v.p.domain.ID, id, title, reason)
		}
	} else {
		v.p.c.AddKnockOut(v.p.edit(), v.p.domain.ID, id, title, reason)
	}
	v.closeForm()
	v.showList()
	v.p.changed()
	v.p.focus(v.add)
}
