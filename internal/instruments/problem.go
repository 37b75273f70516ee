package instruments

import (
	"fmt"
	"math"
	"strings"
)

// SettingsRow is the Row of a Problem about a setting of the instrument rather than a table row.
const SettingsRow = -1

// Text is a text in Danish and English.
type Text struct {
	Da, En string
}

// In returns the text in lang: Danish for "da", English otherwise (as framework texts fall back
// to English).
func (t Text) In(lang string) string {
	if lang == "da" {
		return t.Da
	}
	return t.En
}

// Choice is one value of a closed list, with its labels.
type Choice struct {
	ID    string
	Label Text
}

// Label returns the label of id in list in lang, or id itself when it is not in the list.
func Label(list []Choice, id, lang string) string {
	for _, c := range list {
		if c.ID == id {
			return c.Label.In(lang)
		}
	}
	return id
}

func inList(list []Choice, id string) bool {
	for _, c := range list {
		if c.ID == id {
			return true
		}
	}
	return false
}

// Problem is an invalid or missing input value: the row (an index into the input slice, or
// SettingsRow), the field (named as the framework names the column or setting, such as
// "minutes" or "days-per-year") and the reason.
type Problem struct {
	Row     int
	Field   string
	Message Text
}

// Error describes the problem in English.
func (p Problem) Error() string {
	if p.Row == SettingsRow {
		return fmt.Sprintf("%s: %s", p.Field, p.Message.En)
	}
	return fmt.Sprintf("row %d, %s: %s", p.Row+1, p.Field, p.Message.En)
}

// Problems is a list of problems, in the order they were found.
type Problems []Problem

// At returns the problems of one row and field, for marking that field.
func (ps Problems) At(row int, field string) []Problem {
	var out []Problem
	for _, p := range ps {
		if p.Row == row && p.Field == field {
			out = append(out, p)
		}
	}
	return out
}

// Number parses s with ParseNumber for an adapter reading a table cell. On failure it records a
// problem at row and field and returns false.
func (ps *Problems) Number(row int, field, s string) (float64, bool) {
	v, err := ParseNumber(s)
	if err != nil {
		ps.add(row, field, ErrorText(err))
		return 0, false
	}
	return v, true
}

// Integer is Number for a whole number, such as a year or a level: "2,5" is refused.
func (ps *Problems) Integer(row int, field, s string) (int, bool) {
	v, ok := ps.Number(row, field, s)
	if !ok {
		return 0, false
	}
	if v != math.Trunc(v) || math.Abs(v) > 1e9 {
		ps.add(row, field, Text{
			fmt.Sprintf("%q: skriv et helt tal", s),
			fmt.Sprintf("%q: type a whole number", s),
		})
		return 0, false
	}
	return int(v), true
}

func (ps *Problems) add(row int, field string, msg Text) {
	*ps = append(*ps, Problem{Row: row, Field: field, Message: msg})
}

// rowProblems collects the problems of one row and tells whether it had any.
type rowProblems struct {
	ps  *Problems
	row int
	bad bool
}

func (r *rowProblems) add(field string, msg Text) {
	r.ps.add(r.row, field, msg)
	r.bad = true
}

// finite checks that v is a finite number, ≥ 0 when nonNegative.
func (r *rowProblems) number(field string, v float64, nonNegative bool) {
	switch {
	case math.IsNaN(v) || math.IsInf(v, 0):
		r.add(field, Text{"ikke et endeligt tal", "not a finite number"})
	case nonNegative && v < 0:
		r.add(field, Text{"må ikke være negativ", "must not be negative"})
	}
}

func (r *rowProblems) required(field, s string) {
	if isBlank(s) {
		r.add(field, Text{"skal udfyldes", "required"})
	}
}

func (r *rowProblems) choice(field, id string, list []Choice) {
	if isBlank(id) {
		r.add(field, Text{"vælg en værdi", "choose a value"})
		return
	}
	if !inList(list, id) {
		r.add(field, Text{
			fmt.Sprintf("ukendt værdi %q; vælg %s", id, ids(list)),
			fmt.Sprintf("unknown value %q; choose %s", id, ids(list)),
		})
	}
}

func ids(list []Choice) string {
	s := ""
	for i, c := range list {
		if i > 0 {
			s += ", "
		}
		s += c.ID
	}
	return s
}

func isBlank(s string) bool { return strings.TrimSpace(s) == "" }

// key is how names (roles, steps) are compared: case and repeated spaces do not matter.
func key(s string) string {
	if f := strings.Fields(s); len(f) != 1 {
		s = strings.Join(f, " ")
	} else {
		s = f[0]
	}
	return strings.ToLower(s)
}
