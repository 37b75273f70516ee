package instruments

import "fmt"

// LineType is what an inventory line counts.
type LineType string

// The line types.
const (
	Electricity LineType = "electricity" // kWh
	Transport   LineType = "transport"   // km, one line per mode
	Consumables LineType = "consumables" // pieces or kg, single-use or reusable
	Waste       LineType = "waste"       // kg, one line per stream
)

// LineTypes are the line types with their labels, in the order results list them.
var LineTypes = []Choice{
	{string(Electricity), Text{"El", "Electricity"}},
	{string(Transport), Text{"Transport", "Transport"}},
	{string(Consumables), Text{"Forbrugsvarer", "Consumables"}},
	{string(Waste), Text{"Affald", "Waste"}},
}

// Answer is a yes or no; "" is not answered yet.
type Answer string

// The answers.
const (
	Yes Answer = "yes"
	No  Answer = "no"
)

// Answers are the answers with their labels.
var Answers = []Choice{
	{string(Yes), Text{"Ja", "Yes"}},
	{string(No), Text{"Nej", "No"}},
}

// Triage is the first question of the environment: is a deeper assessment warranted, and why.
type Triage struct {
	Warranted Answer // setting "triage"
	Reason    string // setting "triage-reason"
}

// EnvLine is one inventory line: a quantity per year times an emission factor in kg CO2e per
// unit of that quantity. A factor is data: its value, unit, source and year are all required.
type EnvLine struct {
	Phase        Phase    // field "phase"
	Type         LineType // field "line-type"
	Description  string   // field "description": optional, such as the transport mode
	Quantity     float64  // field "quantity": per year, ≥ 0
	Unit         string   // field "unit": of the quantity; the factor is kg CO2e per this unit
	Factor       float64  // field "factor": kg CO2e per unit, ≥ 0
	FactorSource string   // field "factor-source"
	FactorYear   int      // field "factor-year": the year the factor is for, 1900 … 2100
}

// EnvironmentInput is the triage and the inventory.
type EnvironmentInput struct {
	Triage Triage
	Lines  []EnvLine
}

// EnvTotals are kg CO2e per year. Difference is After − Before: negative is avoided.
type EnvTotals struct {
	Before, After, Difference float64
}

func (t *EnvTotals) add(p Phase, kg float64) {
	if p == Before {
		t.Before += kg
	} else {
		t.After += kg
	}
	t.Difference = t.After - t.Before
}

// EnvironmentResult holds the computed figures.
type EnvironmentResult struct {
	Triage   Triage
	LineKg   []float64 // per input line, kg CO2e per year; 0 for a line with a problem
	Types    map[LineType]EnvTotals
	Total    EnvTotals
	Problems Problems
}

// Environment computes kg CO2e per year before and after, by line type. The triage is checked
// (an answer and a reason) but does not gate the figures. A line with a problem is left out.
func Environment(in EnvironmentInput) EnvironmentResult {
	res := EnvironmentResult{Triage: in.Triage, LineKg: make([]float64, len(in.Lines)), Types: map[LineType]EnvTotals{}}
	triage := rowProblems{ps: &res.Problems, row: SettingsRow}
	triage.choice("triage", string(in.Triage.Warranted), Answers)
	triage.required("triage-reason", in.Triage.Reason)
	for i, l := range in.Lines {
		r := rowProblems{ps: &res.Problems, row: i}
		r.choice("phase", string(l.Phase), Phases)
		r.choice("line-type", string(l.Type), LineTypes)
		r.number("quantity", l.Quantity, true)
		r.required("unit", l.Unit)
		r.number("factor", l.Factor, true)
		r.required("factor-source", l.FactorSource)
		if l.FactorYear < 1900 || l.FactorYear > 2100 {
			r.add("factor-year", Text{
				fmt.Sprintf("angiv det år faktoren gælder for (1900-2100), ikke %d", l.FactorYear),
				fmt.Sprintf("give the year the factor is for (1900-2100), not %d", l.FactorYear),
			})
		}
		if r.bad {
			continue
		}
		kg := l.Quantity * l.Factor
		res.LineKg[i] = kg
		t := res.Types[l.Type]
		t.add(l.Phase, kg)
		res.Types[l.Type] = t
		res.Total.add(l.Phase, kg)
	}
	return res
}
