package ui

import (
	"strings"
	"time"

	"github.com/google/uuid"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
	"github.com/helhed/helhed/internal/instruments"
)

// cellField is the input for one column of an instrument's table, or one of its settings: an
// entry for text, number, date and role, a select for choice and member. It holds the text as
// typed and shows below it why a number or date cannot be read; the typed text is stored all the
// same (the model keeps what was typed).
type cellField struct {
	col   *framework.Column
	label *widget.Label // the column's label, its unit, and "*" when required

	entry *widget.Entry  // text, number, date, role; nil for a select
	sel   *widget.Select // choice, member; nil for an entry
	ids   []string       // the value of each of sel's options ("" for none)
	// unknown is a stored choice that is not in the column's list (from a file made with
	// another version of the framework): kept as the value, and marked, until one is chosen.
	unknown string

	problem *widget.Label // why the value cannot be used; hidden when it can
	loading bool          // the value is being set by the page, not typed or chosen

	input   fyne.CanvasObject // entry or sel, with problem below
	changed func(value string)
}

// columnLabel is a column's label with its unit and, when the column is required, a "*".
func columnLabel(col *framework.Column, lang string) string {
	s := col.Label.In(lang)
	if col.Unit != "" {
		s += " (" + col.Unit + ")"
	}
	if col.Required {
		s += " *"
	}
	return s
}

func newCellField(p *domainPage, col *framework.Column, changed func(string)) *cellField {
	f := &cellField{col: col, changed: changed}
	f.label = widget.NewLabel(columnLabel(col, p.lang))
	f.problem = wrapped("")
	f.problem.Importance = widget.DangerImportance
	f.problem.Hide()
	switch col.Type {
	case framework.TypeChoice, framework.TypeMember:
		f.sel = widget.NewSelect(nil, func(string) {
			if !f.loading {
				f.unknown = ""
				f.changed(f.value())
			}
		})
		f.sel.PlaceHolder = tr("tables.choose")
		f.options(p, "")
		f.input = container.New(&tightVBox{}, f.sel, f.problem)
	default:
		f.entry = widget.NewEntry()
		switch col.Type {
		case framework.TypeNumber:
			f.entry.PlaceHolder = tr("tables.numberHint")
			if col.Unit != "" {
				f.entry.PlaceHolder = tr("tables.numberUnitHint", col.Unit)
			}
		case framework.TypeDate:
			f.entry.PlaceHolder = tr("tables.dateHint")
		case framework.TypeRole:
			f.entry.PlaceHolder = tr("tables.roleHint")
		}
		if help := col.Help.In(p.lang); help != "" && col.Type == framework.TypeText {
			f.entry.PlaceHolder = help
		}
		f.entry.OnChanged = func(text string) {
			if !f.loading {
				f.changed(text)
			}
		}
		f.input = container.New(&tightVBox{}, f.entry, f.problem)
	}
	return f
}

// options fills the select with the column's choices (or the group's members), keeping the
// member with ID keep even when they have left the group.
func (f *cellField) options(p *domainPage, keep string) {
	var labels []string
	f.ids = f.ids[:0]
	if !f.col.Required {
		labels, f.ids = append(labels, tr("tables.none")), append(f.ids, "")
	}
	switch f.col.Type {
	case framework.TypeChoice:
		for _, ch := range f.col.Choices {
			labels, f.ids = append(labels, ch.Label.In(p.lang)), append(f.ids, ch.ID)
		}
	case framework.TypeMember:
		kept := keep == ""
		for _, m := range p.c.LiveMembers() {
			labels, f.ids = append(labels, m.Name), append(f.ids, m.ID.String())
			kept = kept || m.ID.String() == keep
		}
		if !kept {
			labels, f.ids = append(labels, memberName(p.c, keep)), append(f.ids, keep)
		}
	}
	f.sel.Options = labels
}

// value is the text the field holds: as typed, or the chosen option's ID.
func (f *cellField) value() string {
	if f.entry != nil {
		return f.entry.Text
	}
	if i := f.sel.SelectedIndex(); i >= 0 && i < len(f.ids) {
		return f.ids[i]
	}
	return f.unknown
}

// set shows value without calling changed.
func (f *cellField) set(p *domainPage, value string) {
	f.loading = true
	defer func() { f.loading = false }()
	if f.entry != nil {
		if f.entry.Text != value {
			f.entry.SetText(value)
		}
		return
	}
	if f.col.Type == framework.TypeMember {
		f.options(p, value)
	}
	f.unknown = ""
	for i, id := range f.ids {
		if id == value && value != "" {
			f.sel.SetSelectedIndex(i)
			return
		}
	}
	f.sel.ClearSelected()
	if f.col.Type == framework.TypeChoice {
		f.unknown = value
	}
}

// check shows why the field's value cannot be read, or hides the reason; it reports whether
// the field changed height.
func (f *cellField) check(p *domainPage) bool {
	return f.showProblem(p, valueProblem(f.col, f.value()))
}

// showProblem shows reason below the field, or hides it when it is ""; it reports whether the
// field changed height.
func (f *cellField) showProblem(p *domainPage, reason string) bool {
	if reason != "" {
		p.setLabel(f.problem, reason)
	}
	return setVisible(f.problem, reason != "")
}

// valueProblem says, in the UI language, why a typed value of column col cannot be used, or "".
// An empty value is no problem here: a required column is marked at its label.
func valueProblem(col *framework.Column, value string) string {
	if strings.TrimSpace(value) == "" {
		return ""
	}
	switch col.Type {
	case framework.TypeNumber:
		v, err := parseCell(col, value)
		if err != nil {
			return instruments.ErrorText(err).In(uiLanguage())
		}
		if col.Min != nil && v < *col.Min || col.Max != nil && v > *col.Max {
			lang := uiLanguage()
			switch {
			case col.Min != nil && col.Max != nil:
				return tr("tables.between", instruments.FormatNumber(*col.Min, lang, -1), instruments.FormatNumber(*col.Max, lang, -1))
			case col.Min != nil:
				return tr("tables.atLeast", instruments.FormatNumber(*col.Min, lang, -1))
			default:
				return tr("tables.atMost", instruments.FormatNumber(*col.Max, lang, -1))
			}
		}
	case framework.TypeDate:
		if _, err := time.Parse("2006-01-02", strings.TrimSpace(value)); err != nil {
			return tr("tables.badDate", value)
		}
	case framework.TypeChoice:
		if _, ok := col.Choice(value); !ok {
			return tr("tables.unknownChoice", value)
		}
	}
	return ""
}

// parseCell reads a number cell as typed; a column in percent takes a trailing "%".
func parseCell(col *framework.Column, value string) (float64, error) {
	if col.Unit == "%" {
		return instruments.ParsePercent(value)
	}
	return instruments.ParseNumber(value)
}

// cellText is how a cell shows in the table: a choice's label in the case language, a member's
// name, anything else as typed.
func cellText(c *assessment.Case, col *framework.Column, value, lang string) string {
	if value == "" {
		return ""
	}
	switch col.Type {
	case framework.TypeChoice:
		if ch, ok := col.Choice(value); ok {
			return ch.Label.In(lang)
		}
		return tr("tables.unknownChoice", value)
	case framework.TypeMember:
		return memberName(c, value)
	}
	return value
}

// memberName is the name of the member with ID id, marked when they have left the group.
func memberName(c *assessment.Case, id string) string {
	uid, err := uuid.Parse(id)
	if err != nil {
		return id
	}
	m, ok := c.Member(uid)
	switch {
	case !ok:
		return id
	case !m.Live():
		return tr("domain.formerMember", m.Name)
	}
	return m.Name
}
