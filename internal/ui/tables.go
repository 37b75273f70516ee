package ui

import (
	"cmp"
	"image/color"
	"slices"
	"strings"

	"github.com/google/uuid"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
	"github.com/helhed/helhed/internal/instruments"
)

// tableViews makes an editor per instrument of the page's domain and appends them to parts.
func tableViews(p *domainPage, parts []fyne.CanvasObject) ([]*tableView, []fyne.CanvasObject) {
	var views []*tableView
	for i := range p.domain.Instruments {
		v := newTableView(p, &p.domain.Instruments[i])
		views = append(views, v)
		parts = append(parts, widget.NewSeparator(), v.content)
	}
	return views, parts
}

// tableView edits one instrument of the domain (framework.Instrument): its settings as fields,
// its rows as a table with Edit, Move up/down and Delete (with Undo), a form that edits one row
// at a time, and the figures computed from it. Every change goes to the case as it is typed.
type tableView struct {
	p  *domainPage
	in *framework.Instrument

	settings []*cellField
	header   fyne.CanvasObject
	list     *fyne.Container
	rows     []*tableRow
	empty    *widget.Label // "No rows yet", when there are none
	leftOut  *widget.Label // names the columns the row view leaves out for lack of width

	deleted   uuid.UUID // the row deleted last, for Undo; uuid.Nil for none
	undoLabel *widget.Label
	undo      *widget.Button
	undoBar   *fyne.Container

	add  *widget.Button
	form *rowForm // made when first needed

	figures    *fyne.Container      // the figures computed from the table: titles, grids and lines
	figuresBox *fyne.Container      // figures under a heading; hidden when there are none
	columns    *tableLayout         // the header's and every row's columns, so that they line up
	widths     map[widthKey]float32 // measured texts, so that typing does not measure every cell again
	problems   instruments.Problems // what analysis could not use, by row index and column ID

	content *fyne.Container
}

// tableWeights are the widths of a table's columns relative to each other, by column type.
var tableWeights = map[string]float32{
	framework.TypeText: 1.6, framework.TypeNumber: 0.9, framework.TypeChoice: 1.1,
	framework.TypeDate: 1.1, framework.TypeMember: 1.2, framework.TypeRole: 1.2,
}

func newTableView(p *domainPage, in *framework.Instrument) *tableView {
	v := &tableView{p: p, in: in}
	parts := []fyne.CanvasObject{subHeading(in.Title.In(p.lang))}
	if help := in.Help.In(p.lang); help != "" {
		parts = append(parts, helpLabel(help))
	}

	if len(in.Settings) > 0 {
		values := p.c.SettingValues(in.ID)
		var form []fyne.CanvasObject
		for i := range in.Settings {
			col := &in.Settings[i]
			var f *cellField
			f = newCellField(p, col, func(value string) { v.setSetting(f, value) })
			f.set(p, values[col.ID])
			v.settings = append(v.settings, f)
			form = append(form, f.label, passWheel(f.input, p.wheel))
		}
		parts = append(parts, container.New(layout.NewFormLayout(), form...))
	}

	v.columns = &tableLayout{changed: v.showLeftOut}
	heads := make([]fyne.CanvasObject, len(in.Columns))
	for i := range in.Columns {
		l := wrapped(columnLabel(&in.Columns[i], p.lang))
		l.TextStyle.Bold = true
		heads[i] = l
	}
	v.header = container.NewBorder(nil, nil, nil, rowActionsSpace(), container.New(v.columns, heads...))
	v.list = container.NewVBox()
	v.empty = helpLabel(tr("tables.noRows"))
	v.leftOut = helpLabel("")
	v.leftOut.Hide()
	v.undoLabel = wrapped("")
	v.undo = widget.NewButtonWithIcon(tr("domain.undo"), theme.ContentUndoIcon(), v.undoDelete)
	v.undoBar = container.NewBorder(nil, nil, nil, v.undo, v.undoLabel)
	v.undoBar.Hide()
	v.add = widget.NewButtonWithIcon(tr("tables.addRow"), theme.ContentAddIcon(), v.addRow)
	v.figures = container.NewVBox()
	v.figuresBox = container.NewVBox(subHeadingSmall(tr("tables.figures")), v.figures)
	v.figuresBox.Hide()

	parts = append(parts, v.header, v.list, v.leftOut, v.empty, v.undoBar, container.NewHBox(v.add), v.figuresBox)
	if v.hasRequired() {
		parts = append(parts, helpLabel(tr("tables.requiredNote")))
	}
	v.content = container.NewVBox(parts...)
	v.showRows()
	v.showFigures()
	return v
}

func (v *tableView) hasRequired() bool {
	for _, c := range v.in.Columns {
		if c.Required {
			return true
		}
	}
	return false
}

// setSetting writes a setting as typed and shows whether it can be read.
func (v *tableView) setSetting(f *cellField, value string) {
	if err := v.p.c.SetSetting(v.p.edit(), v.in.ID, f.col.ID, value); err != nil {
		return
	}
	v.showFigures() // marks the field
	v.p.changed()
}

// showRows shows the instrument's live rows.
func (v *tableView) showRows() {
	rows := v.p.c.RowsOf(v.in.ID)
	v.rows = v.rows[:0]
	objs := make([]fyne.CanvasObject, 0, len(rows))
	for i, r := range rows {
		row := newTableRow(v, r, i, len(rows))
		v.rows = append(v.rows, row)
		objs = append(objs, row.content)
	}
	v.list.Objects = objs
	v.fitColumns(false)
	v.list.Refresh()
	setVisible(v.header, len(rows) > 0)
	setVisible(v.empty, len(rows) == 0)
	v.showLeftOut()
	if v.form != nil {
		v.form.showPlace()
	}
	v.p.relayout()
}

// rowOf returns the shown row with the given ID, or nil.
func (v *tableView) rowOf(id uuid.UUID) *tableRow {
	for _, r := range v.rows {
		if r.id == id {
			return r
		}
	}
	return nil
}

// addRow opens the form for a new row; the row is added with the first value typed or chosen.
func (v *tableView) addRow() { v.openForm(uuid.Nil) }

// openForm opens the form on row id, or on a new row for uuid.Nil.
func (v *tableView) openForm(id uuid.UUID) {
	if v.form == nil {
		v.form = newRowForm(v)
		// The form goes after the Add button.
		at := len(v.content.Objects)
		for i, o := range v.content.Objects {
			if o == v.figuresBox {
				at = i
			}
		}
		v.content.Objects = append(v.content.Objects[:at], append([]fyne.CanvasObject{v.form.content}, v.content.Objects[at:]...)...)
	}
	v.form.load(id)
	v.form.content.Show()
	v.add.Hide()
	v.showFigures() // marks the fields with what analysis found
	v.content.Refresh()
	v.p.relayout()
	v.form.focusFirst()
}

// closeForm hides the form.
func (v *tableView) closeForm() {
	if v.form == nil || !v.form.content.Visible() {
		return
	}
	v.form.editing = uuid.Nil
	v.form.content.Hide()
	v.add.Show()
	for _, r := range v.rows {
		r.highlight(false)
		for i := range r.cells {
			r.show(v, i, r.values[i])
		}
	}
	v.refit(false) // empty required cells are marked now
	v.content.Refresh()
	v.p.relayout()
}

// moveRow moves row id to position to.
func (v *tableView) moveRow(id uuid.UUID, to int) {
	if err := v.p.c.MoveRow(v.p.edit(), id, to); err != nil {
		return
	}
	v.showRows()
	v.p.changed()
	v.showFigures()
}

// deleteRow deletes row id and offers to undo it.
func (v *tableView) deleteRow(id uuid.UUID) {
	r, _ := v.p.c.Row(id)
	at := 0
	if row := v.rowOf(id); row != nil {
		at = row.index
	}
	if err := v.p.c.DeleteRow(v.p.edit(), id); err != nil {
		return
	}
	if v.form != nil && v.form.editing == id {
		v.closeForm()
	}
	v.deleted = id
	v.p.setLabel(v.undoLabel, tr("tables.rowDeleted", at+1, v.rowSummary(r)))
	v.undoBar.Show()
	v.showRows()
	v.showFigures()
	v.p.changed()
	v.p.focus(v.undo)
}

// undoDelete brings the deleted row back, at its old place.
func (v *tableView) undoDelete() {
	if v.deleted == uuid.Nil {
		return
	}
	id := v.deleted
	v.deleted = uuid.Nil
	v.undoBar.Hide()
	if err := v.p.c.UndeleteRow(v.p.edit(), id); err != nil {
		v.p.relayout()
		return
	}
	v.showRows()
	v.showFigures()
	v.p.changed()
	v.p.focus(v.add)
}

// rowSummary names a row by its first filled text cells, for the Undo line.
func (v *tableView) rowSummary(r assessment.TableRow) string {
	var parts []string
	for i := range v.in.Columns {
		col := &v.in.Columns[i]
		if s := cellText(v.p.c, col, r.Cells[col.ID], v.p.lang); s != "" {
			parts = append(parts, s)
		}
		if len(parts) == 3 {
			break
		}
	}
	return strings.Join(parts, " · ")
}

// showFigures shows the figures computed from the instrument, where there are any.
func (v *tableView) showFigures() {
	blocks, problems := tableFigures(v.p.c, v.in, v.p.lang)
	v.problems = problems
	if len(blocks) > 0 {
		v.figures.Objects = figureObjects(blocks)
		if v.p.built {
			v.figures.Refresh()
		}
	}
	changed := setVisible(v.figuresBox, len(blocks) > 0) || len(blocks) > 0
	// The marks follow: a value may be readable and still unusable (a level given twice, a
	// required cell left empty).
	for _, row := range v.rows {
		for i := range row.cells {
			row.show(v, i, row.values[i])
		}
	}
	v.refit(true)
	for _, f := range v.settings {
		changed = f.showProblem(v.p, v.problemAt(instruments.SettingsRow, f.col, f.value(), true)) || changed
	}
	if v.form != nil && v.form.content.Visible() {
		at := noRow
		if row := v.rowOf(v.form.editing); row != nil {
			at = row.index
		}
		for _, f := range v.form.fields {
			changed = f.showProblem(v.p, v.problemAt(at, f.col, f.value(), false)) || changed
		}
	}
	if changed {
		v.p.relayout()
	}
}

// noRow is the row index of a row not yet added.
const noRow = instruments.SettingsRow - 1

// problemAt says why value of column col in row (instruments.SettingsRow for a setting, noRow
// for a row not yet added) cannot be used, or "". Reading problems come first; then those the
// calculator found. An empty cell is marked only where empty counts (the table, a setting):
// in the form, a field not yet filled in is not an error.
func (v *tableView) problemAt(row int, col *framework.Column, value string, empty bool) string {
	if reason := valueProblem(col, value); reason != "" {
		return reason
	}
	blank := strings.TrimSpace(value) == ""
	if blank && !empty {
		return ""
	}
	ps := v.problems.At(row, col.ID)
	if row == noRow {
		ps = nil
	}
	switch {
	case blank && row == instruments.SettingsRow && len(ps) > 0:
		return tr("tables.needed")
	case blank && (len(ps) > 0 || row >= 0 && col.Required):
		return tr("tables.missing")
	case len(ps) > 0:
		return ps[0].Message.In(uiLanguage())
	}
	return ""
}

// tableRow is one row of the table: a label per cell and the row's buttons.
type tableRow struct {
	id     uuid.UUID
	index  int
	cells  []*widget.Label // by column
	values []string        // the cells as typed, by column
	bg     *canvas.Rectangle

	edit, up, down, delete *widget.Button
	content                fyne.CanvasObject
}

// rowActions lays a row's buttons out two by two, each with its icon and a word saying what it
// does (Fyne has no tooltips): Edit and Delete over Up and Down.
func rowActions(edit, del, up, down *widget.Button) *fyne.Container {
	return container.NewGridWithColumns(2, edit, del, up, down)
}

// rowButtons makes a row's buttons, calling the functions given.
func rowButtons(edit, up, down, del func()) (e, u, dn, dl *widget.Button) {
	e = widget.NewButtonWithIcon(tr("tables.edit"), theme.DocumentCreateIcon(), edit)
	u = widget.NewButtonWithIcon(tr("tables.up"), theme.MoveUpIcon(), up)
	dn = widget.NewButtonWithIcon(tr("tables.down"), theme.MoveDownIcon(), down)
	dl = widget.NewButtonWithIcon(tr("tables.delete"), theme.DeleteIcon(), del)
	for _, b := range []*widget.Button{e, u, dn, dl} {
		b.Importance = widget.LowImportance
	}
	return e, u, dn, dl
}

// rowActionsSpace is an empty space as wide as a row's buttons, to the right of the header.
func rowActionsSpace() fyne.CanvasObject {
	e, u, dn, dl := rowButtons(nil, nil, nil, nil)
	r := canvas.NewRectangle(color.Transparent)
	r.SetMinSize(fyne.NewSize(rowActions(e, dl, u, dn).MinSize().Width, 1))
	return r
}

func newTableRow(v *tableView, r assessment.TableRow, index, n int) *tableRow {
	row := &tableRow{id: r.ID, index: index, values: make([]string, len(v.in.Columns))}
	objs := make([]fyne.CanvasObject, len(v.in.Columns))
	for i := range v.in.Columns {
		col := &v.in.Columns[i]
		l := wrapped("")
		row.cells = append(row.cells, l)
		row.show(v, i, r.Cells[col.ID])
		objs[i] = l
	}
	id := r.ID
	row.edit, row.up, row.down, row.delete = rowButtons(func() { v.openForm(id) },
		func() { v.moveRow(id, row.index-1) }, func() { v.moveRow(id, row.index+1) }, func() { v.deleteRow(id) })
	if index == 0 {
		row.up.Disable()
	}
	if index == n-1 {
		row.down.Disable()
	}
	row.bg = canvas.NewRectangle(theme.Color(theme.ColorNameSelection))
	row.bg.Hide()
	row.content = container.NewStack(row.bg, container.NewBorder(nil, nil, nil,
		container.NewVBox(rowActions(row.edit, row.delete, row.up, row.down)),
		container.New(v.columns, objs...)))
	if v.form != nil && v.form.content.Visible() && v.form.editing == id {
		row.highlight(true)
	}
	return row
}

// show shows value in cell i, marked when it cannot be used.
func (row *tableRow) show(v *tableView, i int, value string) {
	col := &v.in.Columns[i]
	l := row.cells[i]
	row.values[i] = value
	imp := widget.MediumImportance
	text := cellText(v.p.c, col, value, v.p.lang)
	// The row being filled in shows no empty cell as missing until the form closes.
	editing := v.form != nil && v.form.content.Visible() && v.form.editing == row.id
	if reason := v.problemAt(row.index, col, value, !editing); reason != "" {
		imp = widget.DangerImportance
		text = "⚠ " + cmp.Or(text, reason)
	}
	if l.Importance != imp {
		l.Importance = imp
		if v.p.built {
			l.Refresh()
		}
	}
	v.p.setLabel(l, text)
}

// highlight marks the row while the form edits it.
func (row *tableRow) highlight(on bool) {
	if on {
		row.bg.FillColor = theme.Color(theme.ColorNameSelection) // the theme may have changed
		row.bg.Refresh()
	}
	setVisible(row.bg, on)
}

// fitColumns measures each column's minimum width: its label's or a shown cell's longest word,
// so that words wrap between them rather than inside them. A column whose cells show nothing is
// marked empty: it is the first left out of the row view when the columns do not fit. It
// reports whether anything changed. With emptyOnly (while a value is typed) nothing changes
// unless a column became empty or filled: the widths follow when the form closes, as laying out
// every row at each keystroke would slow the typing down.
func (v *tableView) fitColumns(emptyOnly bool) bool {
	n := len(v.in.Columns)
	mins, empty, weights := make([]float32, n), make([]bool, n), make([]float32, n)
	marked := make([]bool, n)
	pad := 2 * theme.InnerPadding()
	for i := range v.in.Columns {
		col := &v.in.Columns[i]
		w := v.measure(columnLabel(col, v.p.lang), true, false)
		// "576 000" and "-400 000" must not break at their spaces.
		whole := col.Type == framework.TypeNumber || col.Type == framework.TypeDate
		filled := false
		for _, r := range v.rows {
			text := r.cells[i].Text // as shown: a value, or the mark of a missing one
			if text != "" {
				w = max(w, v.measure(text, false, whole))
				filled = true
			}
			marked[i] = marked[i] || r.cells[i].Importance == widget.DangerImportance
		}
		mins[i] = min(w+pad, 220)
		empty[i] = !filled
		// A column nobody has filled in gives most of its share of the width to the others.
		weights[i] = tableWeights[col.Type]
		if !filled {
			weights[i] /= 4
		}
	}
	l := v.columns
	if slices.Equal(empty, l.empty) && slices.Equal(marked, l.marked) &&
		(emptyOnly || slices.Equal(mins, l.mins) && slices.Equal(weights, l.weights)) {
		return false
	}
	l.mins, l.empty, l.marked, l.weights = mins, empty, marked, weights
	l.required = l.required[:0]
	for _, col := range v.in.Columns {
		l.required = append(l.required, col.Required)
	}
	return true
}

// refit measures the columns again after cells changed what they show, and lays the header and
// the rows out again when that changes the columns (see fitColumns for emptyOnly).
func (v *tableView) refit(emptyOnly bool) {
	if !v.fitColumns(emptyOnly) {
		return
	}
	if v.p.built {
		v.header.Refresh()
		v.list.Refresh()
	}
	v.showLeftOut() // a column left out may now be filled: left out for lack of room instead

}

// widthKey is a text measured for a column's width: bold for a heading, whole for a number.
type widthKey struct {
	text        string
	bold, whole bool
	size        float32
}

// measure is the width of text's longest word (of all of it when whole), remembered.
func (v *tableView) measure(text string, bold, whole bool) float32 {
	k := widthKey{text, bold, whole, theme.TextSize()}
	if w, ok := v.widths[k]; ok {
		return w
	}
	if v.widths == nil || len(v.widths) > 4096 {
		v.widths = map[widthKey]float32{} // a long session of typing: start again
	}
	style := fyne.TextStyle{Bold: bold}
	var w float32
	if whole {
		w = fyne.MeasureText(text, k.size, style).Width
	} else {
		w = longestWord(text, style)
	}
	v.widths[k] = w
	return w
}

// longestWord is the width of the widest word of text.
func longestWord(text string, style fyne.TextStyle) float32 {
	w := float32(0)
	for _, word := range strings.Fields(text) {
		w = max(w, fyne.MeasureText(word, theme.TextSize(), style).Width)
	}
	return w
}

// showLeftOut names, under the table, the columns the row view leaves out for lack of width.
func (v *tableView) showLeftOut() {
	var empty, noRoom []string
	if len(v.rows) > 0 {
		for i, out := range v.columns.hidden {
			if !out || i >= len(v.in.Columns) {
				continue
			}
			name := v.in.Columns[i].Label.In(v.p.lang)
			if v.columns.isEmpty(i) {
				empty = append(empty, name)
			} else {
				noRoom = append(noRoom, name)
			}
		}
	}
	var lines []string
	if len(empty) > 0 {
		lines = append(lines, tr("tables.leftOutEmpty", strings.Join(empty, ", ")))
	}
	if len(noRoom) > 0 {
		lines = append(lines, tr("tables.leftOutNoRoom", strings.Join(noRoom, ", ")))
	}
	v.p.setLabel(v.leftOut, strings.Join(lines, "\n"))
	setVisible(v.leftOut, len(lines) > 0)
}

// tableLayout lays a table's cells out side by side: each column gets at least its minimum
// width (its longest word), and the width left over is shared by weight. Headings never break
// inside a word: when the minimums do not fit, columns are left out of the row view, first those
// nobody has filled in, then filled ones from the right: optional before required, and those
// without a value marked in red before those with one, so that a mark stays in sight as long
// as it can. The table names them underneath (see showLeftOut); the row's form shows every
// column.
type tableLayout struct {
	weights  []float32
	mins     []float32
	empty    []bool // the column shows nothing in any row
	marked   []bool // a cell of the column shows a value marked in red
	required []bool // the column must be filled in: left out last

	hidden  []bool // the columns left out at the width laid out last
	changed func() // called when hidden changes
}

func (l *tableLayout) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	n := 0
	for _, o := range objects {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		s.Width += m.Width
		s.Height = max(s.Height, m.Height)
		n++
	}
	return s.AddWidthHeight(theme.Padding()*float32(max(0, n-1)), 0)
}

func (l *tableLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	shown := l.fit(len(objects), size.Width)
	l.remember(shown, size.Width)
	pad := theme.Padding()
	var sumMin, sumWeight float32
	count := 0
	for i, o := range objects {
		if !shown[i] {
			o.Hide()
			continue
		}
		o.Show()
		sumMin += l.min(i)
		sumWeight += l.weight(i)
		count++
	}
	free := max(0, size.Width-pad*float32(max(0, count-1)))
	scale, extra := float32(1), free-sumMin
	if extra < 0 { // even one column does not fit: a window narrower than any sensible use
		scale, extra = free/max(sumMin, 1), 0
	}
	x := float32(0)
	for i, o := range objects {
		if !shown[i] {
			continue
		}
		w := l.min(i)*scale + extra*l.weight(i)/sumWeight
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w + pad
	}
}

// fit decides which of n columns a width shows: all when their minimums fit; else without the
// empty ones; then without filled ones from the right, optional before required, unmarked
// before marked, keeping one.
func (l *tableLayout) fit(n int, width float32) []bool {
	shown := make([]bool, n)
	for i := range shown {
		shown[i] = true
	}
	fits := func() bool {
		sum, count := float32(0), 0
		for i, on := range shown {
			if on {
				sum += l.min(i)
				count++
			}
		}
		return sum+theme.Padding()*float32(max(0, count-1)) <= width
	}
	if fits() {
		return shown
	}
	for i := range shown {
		if l.isEmpty(i) {
			shown[i] = false
		}
	}
	for _, required := range []bool{false, true} {
		for _, marked := range []bool{false, true} {
			for i := n - 1; i >= 0 && !fits(); i-- {
				if shown[i] && l.isRequired(i) == required && l.isMarked(i) == marked && visibleCount(shown) > 1 {
					shown[i] = false
				}
			}
		}
	}
	return shown
}

func visibleCount(shown []bool) int {
	n := 0
	for _, on := range shown {
		if on {
			n++
		}
	}
	return n
}

// remember keeps the columns left out at a real width and says when they change. The header
// and every row share the layout and their width, so it changes once.
func (l *tableLayout) remember(shown []bool, width float32) {
	if width <= 1 {
		return // not laid out on screen yet
	}
	hidden := make([]bool, len(shown))
	for i, on := range shown {
		hidden[i] = !on
	}
	if slices.Equal(hidden, l.hidden) {
		return
	}
	l.hidden = hidden
	if l.changed != nil {
		l.changed()
	}
}

func (l *tableLayout) isEmpty(i int) bool    { return i < len(l.empty) && l.empty[i] }
func (l *tableLayout) isRequired(i int) bool { return i < len(l.required) && l.required[i] }
func (l *tableLayout) isMarked(i int) bool   { return i < len(l.marked) && l.marked[i] }

func (l *tableLayout) min(i int) float32 {
	if i < len(l.mins) {
		return l.mins[i]
	}
	return 0
}

func (l *tableLayout) weight(i int) float32 {
	if i < len(l.weights) && l.weights[i] > 0 {
		return l.weights[i]
	}
	return 1
}
