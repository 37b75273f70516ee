package assessment

import (
	"errors"
	"fmt"
	"maps"
	"sort"
	"strings"

	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/framework"
)

// TableRow is one row of an instrument's table (framework.Instrument). Cells are keyed by
// column ID and hold what the user typed or chose, never a parsed value: a number as typed
// ("1,5"), a choice's ID, a date, a member's UUID. An empty cell is absent. Each row is a record
// of its own, so two members' copies merge row by row.
type TableRow struct {
	Meta
	InstrumentID string `json:"instrumentId"`
	// Order places the row among its instrument's rows (ascending). A moved row gets a value
	// between its new neighbours, so a move changes only the moved row.
	Order float64           `json:"order"`
	Cells map[string]string `json:"cells"`
}

// InstrumentSetting holds an instrument's case-level values (framework.Instrument.Settings),
// keyed by setting ID, as typed. A case has at most one live setting record per instrument.
type InstrumentSetting struct {
	Meta
	InstrumentID string            `json:"instrumentId"`
	Values       map[string]string `json:"values"`
}

// instrument returns the instrument of the case's framework, or an error naming it.
func (c *Case) instrument(id string) (*framework.Instrument, error) {
	if c.Framework != nil {
		if in, _, ok := c.Framework.Instrument(id); ok {
			return in, nil
		}
	}
	return nil, fmt.Errorf("%q is not an instrument of the framework", id)
}

// cellProblem says what is wrong with value in column col, or "". Only references are checked
// (a choice's ID, a member's ID); numbers and dates are kept as typed and judged where they are
// used and shown.
func (c *Case) cellProblem(col *framework.Column, value string) string {
	if value == "" {
		return ""
	}
	switch col.Type {
	case framework.TypeChoice:
		if _, ok := col.Choice(value); !ok {
			return fmt.Sprintf("%q is not a choice of %q", value, col.ID)
		}
	case framework.TypeMember:
		id, err := uuid.Parse(value)
		if err != nil || id.String() != value || byID(c.Members, id) == nil {
			return fmt.Sprintf("%q is not a member of the group", value)
		}
	}
	return ""
}

// checkCells checks that every key of values is a column (setting) of cols and every value
// fits it, as Check does.
func (c *Case) checkCells(instrumentID string, cols []framework.Column, values map[string]string, what string) error {
	var problems []string
	c.checkValues(instrumentID, cols, values, what, func(format string, args ...any) {
		problems = append(problems, fmt.Sprintf(format, args...))
	})
	if len(problems) > 0 {
		return errors.New(strings.Join(problems, "; "))
	}
	return nil
}

func findColumn(cols []framework.Column, id string) (*framework.Column, bool) {
	for i := range cols {
		if cols[i].ID == id {
			return &cols[i], true
		}
	}
	return nil, false
}

func sortedKeys(m map[string]string) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// withoutBlanks copies m without empty values (an empty cell is absent).
func withoutBlanks(m map[string]string) map[string]string {
	out := make(map[string]string, len(m))
	for k, v := range m {
		if v != "" {
			out[k] = v
		}
	}
	return out
}

// apply sets each value of changes in target (deleting it where the value is empty) and
// reports whether anything changed.
func apply(target map[string]string, changes map[string]string) bool {
	changed := false
	for k, v := range changes {
		old, had := target[k]
		switch {
		case v == "" && had:
			delete(target, k)
			changed = true
		case v != "" && old != v:
			target[k] = v
			changed = true
		}
	}
	return changed
}

// AddRow adds a row to the instrument's table, after its last row (deleted rows included, so
// that undoing a deletion puts a row back where it was). cells may be nil; empty values are
// left out. It refuses an unknown instrument or column, a choice that is not one of
// the column's choices and a member who is not in the group.
func (c *Case) AddRow(e Edit, instrumentID string, cells map[string]string) (*TableRow, error) {
	in, err := c.instrument(instrumentID)
	if err != nil {
		return nil, err
	}
	if err := c.checkCells(instrumentID, in.Columns, cells, "column"); err != nil {
		return nil, err
	}
	order := 1.0
	for _, r := range c.Rows {
		if r.InstrumentID == instrumentID && r.Order >= order {
			order = r.Order + 1
		}
	}
	c.Rows = append(c.Rows, TableRow{Meta: newMeta(e), InstrumentID: instrumentID, Order: order, Cells: withoutBlanks(cells)})
	return &c.Rows[len(c.Rows)-1], nil
}

// UpdateRow sets the given cells of a live row; an empty value clears the cell, cells not named
// are kept. A change that changes nothing does not count as an edit.
func (c *Case) UpdateRow(e Edit, id uuid.UUID, cells map[string]string) error {
	r := byID(c.Rows, id)
	if r == nil || r.Deleted {
		return fmt.Errorf("no row %s", id)
	}
	in, err := c.instrument(r.InstrumentID)
	if err != nil {
		return err
	}
	if err := c.checkCells(r.InstrumentID, in.Columns, cells, "column"); err != nil {
		return err
	}
	if r.Cells == nil {
		r.Cells = map[string]string{}
	}
	if apply(r.Cells, cells) {
		r.touch(e)
	}
	return nil
}

// SetCell sets one cell of a live row, as UpdateRow.
func (c *Case) SetCell(e Edit, id uuid.UUID, column, value string) error {
	return c.UpdateRow(e, id, map[string]string{column: value})
}

// MoveRow moves a live row to position to among its instrument's live rows (as RowsOf lists
// them; 0 is first, beyond the end is last). Only the moved row changes: its Order becomes a
// value between its new neighbours. Where no such value is left (after very many moves into
// the same gap), the instrument's live rows are renumbered 1, 2, 3, ...
func (c *Case) MoveRow(e Edit, id uuid.UUID, to int) error {
	r := byID(c.Rows, id)
	if r == nil || r.Deleted {
		return fmt.Errorf("no row %s", id)
	}
	var others []*TableRow
	at := 0
	for i, o := range c.rowsOf(r.InstrumentID) {
		if o.ID == id {
			at = i
		} else {
			others = append(others, o)
		}
	}
	to = max(0, min(to, len(others)))
	if to == at {
		return nil
	}
	var order float64
	switch {
	case to == 0:
		order = others[0].Order - 1
	case to == len(others):
		order = others[len(others)-1].Order + 1
	default:
		lo, hi := others[to-1].Order, others[to].Order
		order = lo + (hi-lo)/2
		if !(lo < order && order < hi) { // no room left between them
			others = append(others[:to], append([]*TableRow{r}, others[to:]...)...)
			for i, o := range others {
				if o.Order != float64(i+1) {
					o.Order = float64(i + 1)
					o.touch(e)
				}
			}
			return nil
		}
	}
	if order != r.Order {
		r.Order = order
		r.touch(e)
	}
	return nil
}

// DeleteRow removes a row, leaving a tombstone that keeps its cells (for UndeleteRow).
func (c *Case) DeleteRow(e Edit, id uuid.UUID) error { return tombstone(c.Rows, id, e) }

// UndeleteRow brings back a deleted row with its cells, at its old place: the undo of DeleteRow.
func (c *Case) UndeleteRow(e Edit, id uuid.UUID) error {
	r := byID(c.Rows, id)
	if r == nil || !r.Deleted {
		return fmt.Errorf("no deleted row %s", id)
	}
	r.Deleted = false
	r.touch(e)
	return nil
}

// SetSetting sets one setting of an instrument (an empty value clears it), creating the
// instrument's setting record if it has none. A value that changes nothing is not an edit.
func (c *Case) SetSetting(e Edit, instrumentID, key, value string) error {
	in, err := c.instrument(instrumentID)
	if err != nil {
		return err
	}
	change := map[string]string{key: value}
	if err := c.checkCells(instrumentID, in.Settings, change, "setting"); err != nil {
		return err
	}
	s := live(c.Settings, func(s *InstrumentSetting) bool { return s.InstrumentID == instrumentID })
	if s == nil {
		if value == "" {
			return nil
		}
		c.Settings = append(c.Settings, InstrumentSetting{Meta: newMeta(e), InstrumentID: instrumentID,
			Values: map[string]string{key: value}})
		return nil
	}
	if s.Values == nil {
		s.Values = map[string]string{}
	}
	if apply(s.Values, change) {
		s.touch(e)
	}
	return nil
}

// rowsOf returns pointers to the instrument's live rows in order (ties keep file order).
func (c *Case) rowsOf(instrumentID string) []*TableRow {
	var out []*TableRow
	for i := range c.Rows {
		if r := &c.Rows[i]; r.Live() && r.InstrumentID == instrumentID {
			out = append(out, r)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Order < out[j].Order })
	return out
}

// RowsOf returns the instrument's live rows in order. The rows are copies (their cells too):
// change them through UpdateRow.
func (c *Case) RowsOf(instrumentID string) []TableRow {
	rows := c.rowsOf(instrumentID)
	out := make([]TableRow, len(rows))
	for i, r := range rows {
		out[i] = *r
		out[i].Cells = maps.Clone(r.Cells)
		if out[i].Cells == nil {
			out[i].Cells = map[string]string{}
		}
	}
	return out
}

// Row returns the row with the given ID, deleted or not, as a copy.
func (c *Case) Row(id uuid.UUID) (TableRow, bool) {
	r := byID(c.Rows, id)
	if r == nil {
		return TableRow{}, false
	}
	out := *r
	out.Cells = maps.Clone(r.Cells)
	return out, true
}

// SettingOf returns the instrument's live setting record, as a copy.
func (c *Case) SettingOf(instrumentID string) (InstrumentSetting, bool) {
	s := live(c.Settings, func(s *InstrumentSetting) bool { return s.InstrumentID == instrumentID })
	if s == nil {
		return InstrumentSetting{}, false
	}
	out := *s
	out.Values = maps.Clone(s.Values)
	return out, true
}

// SettingValues returns the instrument's settings as typed, keyed by setting ID; an empty map
// when none is set.
func (c *Case) SettingValues(instrumentID string) map[string]string {
	s, _ := c.SettingOf(instrumentID)
	if s.Values == nil {
		return map[string]string{}
	}
	return s.Values
}
