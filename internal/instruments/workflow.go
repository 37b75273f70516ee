package instruments

import "fmt"

// Phase tells whether a row describes the way things are done now or with the technology.
type Phase string

// The phases.
const (
	Before Phase = "before"
	After  Phase = "after"
)

// Phases are the phases with their labels.
var Phases = []Choice{
	{string(Before), Text{"Før", "Before"}},
	{string(After), Text{"Efter", "After"}},
}

// Per is the period a step's frequency counts in.
type Per string

// The periods.
const (
	PerDay   Per = "day"
	PerWeek  Per = "week"
	PerMonth Per = "month"
)

// Periods are the periods with their labels.
var Periods = []Choice{
	{string(PerDay), Text{"pr. dag", "per day"}},
	{string(PerWeek), Text{"pr. uge", "per week"}},
	{string(PerMonth), Text{"pr. måned", "per month"}},
}

// Suggested days per year: a ward works every day, a clinic about 220 weekdays.
const (
	DaysPerYearWard   = 365
	DaysPerYearClinic = 220
)

// A step per week happens WeeksPerYear times a year and a step per month MonthsPerYear times,
// whatever the days per year: a clinic open 220 days is still open every week. A step that
// stops in holiday weeks is entered with a lower frequency.
const (
	WeeksPerYear  = 52
	MonthsPerYear = 12
)

// Step is one row of the workflow: a step of the work, before or after, done by a role.
type Step struct {
	Phase     Phase   // field "phase"
	Step      string  // field "step": its name, which links the same task before and after
	Role      string  // field "role": the profession doing it
	Minutes   float64 // field "minutes": per occurrence, ≥ 0
	Frequency float64 // field "frequency": occurrences per Per, ≥ 0
	Per       Per     // field "per"
}

// WorkflowInput is the workflow table and its setting.
type WorkflowInput struct {
	Steps       []Step
	DaysPerYear float64 // setting "days-per-year": 1 … 366
}

// RoleHours are one role's hours per year. Difference is After − Before: negative is time freed.
type RoleHours struct {
	Role                      string
	Before, After, Difference float64
}

// Move is a task that changes hands: a step of the same name done before and after, by
// different roles. From are the roles that did it before but not after, To the reverse; one of
// them may be empty when a role joins or leaves a shared task.
type Move struct {
	Step                    string
	From, To                []string
	HoursBefore, HoursAfter float64 // the step's hours per year, all roles
}

// WorkflowResult holds the computed figures.
type WorkflowResult struct {
	Roles     []RoleHours // in the order the roles first appear
	Total     RoleHours   // all roles; Role is empty
	StepHours []float64   // per input row, hours per year; 0 for a row with a problem
	Moves     []Move      // in the order the steps first appear
	Problems  Problems
}

// Hours returns the hours per year of one occurrence pattern:
// minutes × frequency × occurrences of the period per year / 60.
func Hours(minutes, frequency float64, per Per, daysPerYear float64) float64 {
	var periods float64
	switch per {
	case PerDay:
		periods = daysPerYear
	case PerWeek:
		periods = WeeksPerYear
	case PerMonth:
		periods = MonthsPerYear
	}
	return minutes * frequency * periods / 60
}

// Workflow computes the hours per role per year before and after, and the tasks that move.
// A row with a problem is left out; so are rows per day when the days per year are invalid.
func Workflow(in WorkflowInput) WorkflowResult {
	res := WorkflowResult{StepHours: make([]float64, len(in.Steps))}
	daysOK := in.DaysPerYear >= 1 && in.DaysPerYear <= 366
	if !daysOK {
		res.Problems.add(SettingsRow, "days-per-year", Text{
			fmt.Sprintf("dage pr. år skal være 1-366 (365 på en sengeafdeling, ca. 220 i et ambulatorium), ikke %v", in.DaysPerYear),
			fmt.Sprintf("days per year must be 1-366 (365 on a ward, about 220 in a clinic), not %v", in.DaysPerYear),
		})
	}
	roles := map[string]int{} // key → index in res.Roles
	type stepRoles struct {
		name          string
		roles         [2][]string // before, after
		seen          [2]map[string]bool
		before, after float64
	}
	var steps []*stepRoles
	byStep := map[string]*stepRoles{}
	for i, s := range in.Steps {
		r := rowProblems{ps: &res.Problems, row: i}
		r.choice("phase", string(s.Phase), Phases)
		r.required("step", s.Step)
		r.required("role", s.Role)
		r.number("minutes", s.Minutes, true)
		r.number("frequency", s.Frequency, true)
		r.choice("per", string(s.Per), Periods)
		if r.bad || (s.Per == PerDay && !daysOK) {
			continue
		}
		h := Hours(s.Minutes, s.Frequency, s.Per, in.DaysPerYear)
		res.StepHours[i] = h
		rk, sk := key(s.Role), key(s.Step)
		k, ok := roles[rk]
		if !ok {
			k = len(res.Roles)
			roles[rk] = k
			res.Roles = append(res.Roles, RoleHours{Role: s.Role})
		}
		rh := &res.Roles[k]
		st := byStep[sk]
		if st == nil {
			st = &stepRoles{name: s.Step, seen: [2]map[string]bool{{}, {}}}
			byStep[sk] = st
			steps = append(steps, st)
		}
		p := 0
		if s.Phase == Before {
			rh.Before += h
			res.Total.Before += h
			st.before += h
		} else {
			p = 1
			rh.After += h
			res.Total.After += h
			st.after += h
		}
		if !st.seen[p][rk] {
			st.seen[p][rk] = true
			st.roles[p] = append(st.roles[p], res.Roles[k].Role)
		}
	}
	for i := range res.Roles {
		res.Roles[i].Difference = res.Roles[i].After - res.Roles[i].Before
	}
	res.Total.Difference = res.Total.After - res.Total.Before
	for _, st := range steps {
		if len(st.roles[0]) == 0 || len(st.roles[1]) == 0 {
			continue // only before or only after: a step dropped or added, not moved
		}
		m := Move{Step: st.name, HoursBefore: st.before, HoursAfter: st.after}
		for _, r := range st.roles[0] {
			if !st.seen[1][key(r)] {
				m.From = append(m.From, r)
			}
		}
		for _, r := range st.roles[1] {
			if !st.seen[0][key(r)] {
				m.To = append(m.To, r)
			}
		}
		if len(m.From)+len(m.To) > 0 {
			res.Moves = append(res.Moves, m)
		}
	}
	return res
}
