package ui

import (
	"github.com/google/uuid"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// rowForm edits one row of a table: a field per column. Every value goes to the case as it is
// typed or chosen; a new row is added with its first value, so an opened and closed form leaves
// no empty row behind.
type rowForm struct {
	v       *tableView
	editing uuid.UUID // the row edited; uuid.Nil until a new row has its first value

	title  *widget.Label
	fields []*cellField // by column
	done   *widget.Button

	content *fyne.Container
}

func newRowForm(v *tableView) *rowForm {
	f := &rowForm{v: v}
	f.title = subHeadingSmall("")
	var form []fyne.CanvasObject
	for i := range v.in.Columns {
		col := &v.in.Columns[i]
		var fld *cellField
		fld = newCellField(v.p, col, func(value string) { f.setCell(fld, i, value) })
		if fld.entry != nil {
			fld.entry.OnSubmitted = func(string) { f.next(i) }
		}
		f.fields = append(f.fields, fld)
		form = append(form, fld.label, passWheel(fld.input, v.p.wheel))
	}
	f.done = widget.NewButtonWithIcon(tr("tables.done"), theme.ConfirmIcon(), f.close)
	f.done.Importance = widget.HighImportance
	f.content = container.NewVBox(f.title, container.New(layout.NewFormLayout(), form...),
		helpLabel(tr("tables.formHelp")), container.NewHBox(f.done))
	return f
}

// load shows row id in the form, or empties it for a new row.
func (f *rowForm) load(id uuid.UUID) {
	f.editing = id
	cells := map[string]string{}
	if id != uuid.Nil {
		if r, ok := f.v.p.c.Row(id); ok {
			cells = r.Cells
		}
	}
	for i, fld := range f.fields {
		fld.set(f.v.p, cells[f.v.in.Columns[i].ID])
		fld.check(f.v.p)
	}
	f.showPlace()
}

// showPlace names the row edited and highlights it in the table.
func (f *rowForm) showPlace() {
	v := f.v
	title := tr("tables.newRow")
	for _, r := range v.rows {
		on := f.editing != uuid.Nil && r.id == f.editing
		if on {
			title = tr("tables.editingRow", r.index+1)
		}
		r.highlight(on && f.content != nil && (f.content.Visible() || !v.p.built))
	}
	v.p.setLabel(f.title, title)
}

// focusFirst gives the first field the keyboard focus.
func (f *rowForm) focusFirst() {
	if len(f.fields) == 0 {
		return
	}
	if e := f.fields[0].entry; e != nil {
		f.v.p.focus(e)
	} else {
		f.v.p.focus(f.fields[0].sel)
	}
}

// next moves the focus to the field after field i, or closes the form after the last.
func (f *rowForm) next(i int) {
	if i+1 >= len(f.fields) {
		f.close()
		return
	}
	if e := f.fields[i+1].entry; e != nil {
		f.v.p.focus(e)
	} else {
		f.v.p.focus(f.fields[i+1].sel)
	}
}

// setCell writes the value of column i of the edited row, adding the row first when it is new.
func (f *rowForm) setCell(fld *cellField, i int, value string) {
	v := f.v
	col := v.in.Columns[i].ID
	if f.editing == uuid.Nil {
		if value == "" {
			return
		}
		r, err := v.p.c.AddRow(v.p.edit(), v.in.ID, map[string]string{col: value})
		if err != nil {
			return
		}
		f.editing = r.ID
		v.showRows() // shows the new row, highlighted
	} else {
		if err := v.p.c.SetCell(v.p.edit(), f.editing, col, value); err != nil {
			return
		}
		if row := v.rowOf(f.editing); row != nil {
			row.show(v, i, value)
		}
	}
	v.showFigures() // marks the fields and cells
	v.p.changed()
}

// close closes the form: every value is already in the case.
func (f *rowForm) close() {
	v := f.v
	refocus := false
	if c := v.p.canvas(); c != nil && c.Focused() != nil {
		c.Unfocus()
		refocus = true
	}
	v.closeForm()
	if refocus {
		v.p.focus(v.add)
	}
}
