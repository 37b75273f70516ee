package analysis

import (
	"fmt"
	"strings"
	"time"

	"github.com/helhed/helhed/internal/framework"
	"github.com/helhed/helhed/internal/instruments"
)

// CellProblems checks every cell of an instrument's rows (in the order of
// assessment.Case.RowsOf) and every setting by its column's type, as the GUI marks them at the
// field: a number that cannot be read or is out of the column's bounds, a date not written as
// YYYY-MM-DD, a choice that is not in the column's list (shown as "unknown choice", never as
// the raw ID) and a required cell left empty. It applies to plain tables and calculators
// alike; a calculator's own problems (Inputs.Problems) come on top.
func CellProblems(in *framework.Instrument, rows []map[string]string, settings map[string]string) instruments.Problems {
	var ps instruments.Problems
	add := func(row int, field string, msg instruments.Text) {
		ps = append(ps, instruments.Problem{Row: row, Field: field, Message: msg})
	}
	for i, cells := range rows {
		for c := range in.Columns {
			col := &in.Columns[c]
			if msg, bad := CellProblem(col, cells[col.ID]); bad {
				add(i, col.ID, msg)
			} else if col.Required && strings.TrimSpace(cells[col.ID]) == "" {
				add(i, col.ID, instruments.Text{Da: "skal udfyldes", En: "required"})
			}
		}
	}
	for c := range in.Settings {
		col := &in.Settings[c]
		if msg, bad := CellProblem(col, settings[col.ID]); bad {
			add(instruments.SettingsRow, col.ID, msg)
		}
	}
	return ps
}

// CellProblem says why value cannot be a cell of column col, by the column's type; an empty
// value is no problem here.
func CellProblem(col *framework.Column, value string) (instruments.Text, bool) {
	v := strings.TrimSpace(value)
	if v == "" {
		return instruments.Text{}, false
	}
	switch col.Type {
	case framework.TypeNumber:
		parse := instruments.ParseNumber
		if col.Unit == "%" {
			parse = instruments.ParsePercent
		}
		n, err := parse(v)
		if err != nil {
			return instruments.ErrorText(err), true
		}
		num := func(x float64) (string, string) {
			return instruments.FormatNumber(x, "da", -1), instruments.FormatNumber(x, "en", -1)
		}
		switch {
		case col.Min != nil && col.Max != nil && (n < *col.Min || n > *col.Max):
			loDa, loEn := num(*col.Min)
			hiDa, hiEn := num(*col.Max)
			return instruments.Text{Da: fmt.Sprintf("skal være fra %s til %s", loDa, hiDa), En: fmt.Sprintf("must be from %s to %s", loEn, hiEn)}, true
		case col.Min != nil && n < *col.Min:
			da, en := num(*col.Min)
			return instruments.Text{Da: "skal være mindst " + da, En: "must be at least " + en}, true
		case col.Max != nil && n > *col.Max:
			da, en := num(*col.Max)
			return instruments.Text{Da: "må højst være " + da, En: "must be at most " + en}, true
		}
	case framework.TypeDate:
		if _, err := time.Parse("2006-01-02", v); err != nil {
			return instruments.Text{
				Da: fmt.Sprintf("%q er ikke en dato: skriv ÅÅÅÅ-MM-DD", v),
				En: fmt.Sprintf("%q is not a date: type YYYY-MM-DD", v),
			}, true
		}
	case framework.TypeChoice:
		if _, ok := col.Choice(v); !ok {
			return UnknownChoice(v), true
		}
	}
	return instruments.Text{}, false
}

// UnknownChoice is how a choice cell whose ID is not in its column's list is shown, in place
// of the raw ID: "unknown choice 'x'".
func UnknownChoice(id string) instruments.Text {
	return instruments.Text{Da: fmt.Sprintf("ukendt valg »%s«", id), En: fmt.Sprintf("unknown choice '%s'", id)}
}
