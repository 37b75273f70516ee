package framework

import (
	"fmt"
	"sort"
	"strings"
)

// Instrument is a table inside a domain: the group fills in rows (e.g. the steps of a workflow,
// the lines of a budget) and, once per case, the instrument's settings (e.g. days per year).
// A framework declares its instruments, so a teacher can add a table without code. Where
// Calculator names one of Calculators, Helhed computes figures from the table; the declaration
// must then have the columns and settings that calculator reads.
type Instrument struct {
	ID    string `json:"id"`
	Title Text   `json:"title"`
	Help  Text   `json:"help,omitempty"`
	// Calculator is "" for a plain table, or a key of Calculators.
	Calculator string   `json:"calculator,omitempty"`
	Columns    []Column `json:"columns"`
	// Settings are values of the whole case, not of a row: days per year, horizon, discount rate,
	// the environment triage answer and its reason.
	Settings []Column `json:"settings,omitempty"`
}

// Column is a column of an instrument's table, or one of its settings.
type Column struct {
	ID    string `json:"id"`
	Label Text   `json:"label"`
	Help  Text   `json:"help,omitempty"`
	// Type is one of ColumnTypes.
	Type string `json:"type"`
	// Unit is shown beside a number, e.g. "min", "kr", "kg CO2e/kWh". Only for numbers.
	Unit string `json:"unit,omitempty"`
	// Choices are the values of a choice column; a cell holds a choice's ID.
	Choices []Choice `json:"choices,omitempty"`
	// Required marks a cell the group should fill in; an empty one is marked at the field, not
	// refused by the model.
	Required bool `json:"required,omitempty"`
	// Min and Max bound a number, where set.
	Min *float64 `json:"min,omitempty"`
	Max *float64 `json:"max,omitempty"`
}

// Choice is one value of a choice column.
type Choice struct {
	ID    string `json:"id"`
	Label Text   `json:"label"`
}

// Column types. A cell always holds the text the user typed or chose: a number as typed
// ("1,5"), a choice's ID, a date as YYYY-MM-DD, a member's UUID, a role (profession) as text.
const (
	TypeText   = "text"
	TypeNumber = "number"
	TypeChoice = "choice"
	TypeDate   = "date"
	TypeMember = "member"
	TypeRole   = "role"
)

// ColumnTypes are the known column types.
var ColumnTypes = []string{TypeText, TypeNumber, TypeChoice, TypeDate, TypeMember, TypeRole}

// Calculator names.
const (
	CalcWorkflow    = "workflow"
	CalcEconomy     = "economy"
	CalcEnvironment = "environment"
	CalcCompetences = "competences"
	CalcRisks       = "risks"
	// CalcStaffCost values the workflow's hours per role at the group's hourly cost per role:
	// time freed or spent, shown apart from the cash budget.
	CalcStaffCost = "staff-cost"
)

// Need is a column or setting a calculator reads.
type Need struct {
	ID   string
	Type string
	// Choices are the choice IDs the calculation tells apart; the declaration must have them all.
	Choices []string
	// Closed is true where the calculation knows only Choices, so the declaration may add none.
	Closed bool
}

// CalculatorNeeds is what a calculator reads from its instrument.
type CalculatorNeeds struct {
	Columns  []Need
	Settings []Need
}

// Calculators lists, per calculator, the columns and settings its instrument must declare
// (with these IDs and types). An instrument may declare more; the calculator ignores them.
var Calculators = map[string]CalculatorNeeds{
	CalcWorkflow: {
		Columns: []Need{
			{ID: "phase", Type: TypeChoice, Choices: []string{"before", "after"}, Closed: true},
			{ID: "role", Type: TypeRole},
			{ID: "minutes", Type: TypeNumber},
			{ID: "frequency", Type: TypeNumber},
			{ID: "per", Type: TypeChoice, Choices: []string{"day", "week", "month"}, Closed: true},
		},
		Settings: []Need{{ID: "days-per-year", Type: TypeNumber}},
	},
	CalcEconomy: {
		Columns: []Need{
			{ID: "year", Type: TypeNumber},
			{ID: "category", Type: TypeChoice, Choices: []string{"investment", "licence", "training", "maintenance", "staff-time", "other"}},
			{ID: "sector", Type: TypeChoice, Choices: []string{"hospital", "municipality", "general-practice", "patient"}},
			{ID: "low", Type: TypeNumber},
			{ID: "base", Type: TypeNumber},
			{ID: "high", Type: TypeNumber},
		},
		Settings: []Need{
			{ID: "horizon", Type: TypeNumber},
			{ID: "discount-rate", Type: TypeNumber},
		},
	},
	CalcEnvironment: {
		Columns: []Need{
			{ID: "phase", Type: TypeChoice, Choices: []string{"before", "after"}, Closed: true},
			{ID: "line-type", Type: TypeChoice, Choices: []string{"electricity", "transport", "consumables", "waste"}},
			{ID: "quantity", Type: TypeNumber},
			{ID: "unit", Type: TypeText},
			{ID: "factor", Type: TypeNumber},
		},
		Settings: []Need{
			{ID: "triage", Type: TypeChoice, Choices: []string{"yes", "no"}, Closed: true},
			{ID: "triage-reason", Type: TypeText},
		},
	},
	CalcCompetences: {
		Columns: []Need{
			{ID: "role", Type: TypeRole},
			{ID: "dimension", Type: TypeChoice, Choices: []string{"technology-understanding", "use", "development-implementation", "communication"}, Closed: true},
			{ID: "current", Type: TypeNumber},
			{ID: "needed", Type: TypeNumber},
		},
	},
	CalcRisks: {
		Columns: []Need{
			{ID: "description", Type: TypeText},
			{ID: "likelihood", Type: TypeNumber},
			{ID: "impact", Type: TypeNumber},
		},
	},
	CalcStaffCost: {
		Columns: []Need{
			{ID: "role", Type: TypeRole},
			{ID: "kr-per-hour", Type: TypeNumber},
		},
	},
}

// CalculatorNames are the keys of Calculators, sorted.
func CalculatorNames() []string {
	names := make([]string, 0, len(Calculators))
	for n := range Calculators {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Instrument returns the instrument with the given ID and the domain that holds it.
func (f *Framework) Instrument(id string) (*Instrument, *Domain, bool) {
	for i := range f.Domains {
		d := &f.Domains[i]
		for j := range d.Instruments {
			if d.Instruments[j].ID == id {
				return &d.Instruments[j], d, true
			}
		}
	}
	return nil, nil, false
}

// InstrumentFor returns the instrument that uses the named calculator, if any.
func (f *Framework) InstrumentFor(calculator string) (*Instrument, bool) {
	for i := range f.Domains {
		d := &f.Domains[i]
		for j := range d.Instruments {
			if d.Instruments[j].Calculator == calculator {
				return &d.Instruments[j], true
			}
		}
	}
	return nil, false
}

// Column returns the table column with the given ID.
func (in *Instrument) Column(id string) (*Column, bool) { return findColumn(in.Columns, id) }

// Setting returns the setting with the given ID.
func (in *Instrument) Setting(id string) (*Column, bool) { return findColumn(in.Settings, id) }

func findColumn(list []Column, id string) (*Column, bool) {
	for i := range list {
		if list[i].ID == id {
			return &list[i], true
		}
	}
	return nil, false
}

// Choice returns the choice with the given ID.
func (c *Column) Choice(id string) (*Choice, bool) {
	for i := range c.Choices {
		if c.Choices[i].ID == id {
			return &c.Choices[i], true
		}
	}
	return nil, false
}

// validateInstruments checks the instruments of domain d (at field), reporting through bad.
// instruments collects instrument IDs and calculators collects calculator users across domains.
func validateInstruments(field string, d *Domain, instruments, calculators map[string]string,
	bad func(field, format string, args ...any), text func(string, Text, bool),
	id func(string, string, map[string]string)) {
	for i := range d.Instruments {
		in := &d.Instruments[i]
		f := fmt.Sprintf("%s.instruments[%d]", field, i)
		id(f+".id", in.ID, instruments)
		if _, named := Calculators[in.ID]; named && in.Calculator != in.ID {
			// The summary lists a calculator's instrument under the calculator's name and a
			// plain table under its ID, so the two must not meet.
			bad(f+".id", "%q is the name of a calculator: only an instrument with that calculator may use it", in.ID)
		}
		text(f+".title", in.Title, true)
		text(f+".help", in.Help, false)
		if len(in.Columns) == 0 {
			bad(f+".columns", "empty")
		}
		validateColumns(f+".columns", in.Columns, bad, text, id)
		validateColumns(f+".settings", in.Settings, bad, text, id)
		if in.Calculator == "" {
			continue
		}
		needs, ok := Calculators[in.Calculator]
		if !ok {
			bad(f+".calculator", "%q is not a calculator; known are %s", in.Calculator, strings.Join(CalculatorNames(), ", "))
			continue
		}
		if prev, dup := calculators[in.Calculator]; dup {
			bad(f+".calculator", "%q is already used by %s; a framework has one instrument per calculator", in.Calculator, prev)
		} else {
			calculators[in.Calculator] = f
		}
		checkNeeds(f+".columns", in.Calculator, in.Columns, needs.Columns, "column", bad)
		checkNeeds(f+".settings", in.Calculator, in.Settings, needs.Settings, "setting", bad)
	}
}

func validateColumns(field string, cols []Column, bad func(field, format string, args ...any),
	text func(string, Text, bool), id func(string, string, map[string]string)) {
	seen := map[string]string{}
	for j := range cols {
		c := &cols[j]
		f := fmt.Sprintf("%s[%d]", field, j)
		id(f+".id", c.ID, seen)
		text(f+".label", c.Label, true)
		text(f+".help", c.Help, false)
		known := false
		for _, t := range ColumnTypes {
			known = known || c.Type == t
		}
		if !known {
			bad(f+".type", "%q is not one of %s", c.Type, strings.Join(ColumnTypes, ", "))
		}
		if c.Type == TypeChoice && len(c.Choices) == 0 {
			bad(f+".choices", "a choice column needs choices")
		}
		if c.Type != TypeChoice && len(c.Choices) > 0 {
			bad(f+".choices", "only a choice column has choices (the type is %q)", c.Type)
		}
		if c.Type != TypeNumber {
			if c.Unit != "" {
				bad(f+".unit", "only a number column has a unit (the type is %q)", c.Type)
			}
			if c.Min != nil || c.Max != nil {
				bad(f+".min", "only a number column has bounds (the type is %q)", c.Type)
			}
		}
		if c.Min != nil && c.Max != nil && *c.Min > *c.Max {
			bad(f+".max", "%g is below min %g", *c.Max, *c.Min)
		}
		choices := map[string]string{}
		for k, ch := range c.Choices {
			cf := fmt.Sprintf("%s.choices[%d]", f, k)
			id(cf+".id", ch.ID, choices)
			text(cf+".label", ch.Label, true)
		}
	}
}

// checkNeeds reports where cols lack what the calculator reads.
func checkNeeds(field, calc string, cols []Column, needs []Need, what string, bad func(field, format string, args ...any)) {
	for _, n := range needs {
		at := -1
		for j := range cols {
			if cols[j].ID == n.ID {
				at = j
				break
			}
		}
		if at < 0 {
			bad(field, "the %s calculator needs a %s %s %q", calc, n.Type, what, n.ID)
			continue
		}
		c, f := &cols[at], fmt.Sprintf("%s[%d]", field, at)
		if c.Type != n.Type {
			bad(f+".type", "the %s calculator needs %s %q to be of type %s, not %q", calc, what, n.ID, n.Type, c.Type)
			continue
		}
		for _, want := range n.Choices {
			if _, ok := c.Choice(want); !ok {
				bad(f+".choices", "the %s calculator needs the choice %q", calc, want)
			}
		}
		if n.Closed {
			for k, ch := range c.Choices {
				known := false
				for _, want := range n.Choices {
					known = known || ch.ID == want
				}
				if !known {
					bad(fmt.Sprintf("%s.choices[%d].id", f, k), "the %s calculator knows only %s here, not %q", calc,
						strings.Join(n.Choices, ", "), ch.ID)
				}
			}
		}
	}
}
