package instruments

import "fmt"

// HourlyCost is what an hour of a role costs, in kroner.
type HourlyCost struct {
	Role      string  // field "role"
	KrPerHour float64 // field "kr-per-hour": ≥ 0
}

// StaffTimeLine is a role's change in working time per year, after − before, in hours and
// priced in kroner: negative is time freed, positive time spent.
type StaffTimeLine struct {
	Role      string
	Hours     float64
	KrPerHour float64
	Kr        float64
	Priced    bool // false when the role has no hourly cost: Kr is then unknown, not 0
}

// Freed tells whether the line frees time (rather than spends it).
func (l StaffTimeLine) Freed() bool { return l.Hours < 0 }

// Labels of a staff time line by its sign.
var (
	TimeFreed = Text{"Tid frigjort", "Time freed"}
	TimeSpent = Text{"Tid brugt", "Time spent"}
)

// StaffTimeResult is the workflow's time priced per role. It is time, not cash: freed hours
// save money only if the budget changes (fewer hours paid); such a change goes into the
// economy as a cash line of category "staff-time". This result is never added to the budget.
type StaffTimeResult struct {
	Roles    []StaffTimeLine // in the workflow's order of roles
	Hours    float64         // all roles
	Kr       float64         // the priced roles
	Problems Problems        // rows of the hourly costs, and SettingsRow "hourly-cost" per role without one
}

// PriceStaffTime prices the difference in hours per role (from Workflow) at an hourly cost per
// role; roles are matched ignoring case and repeated spaces.
func PriceStaffTime(hours []RoleHours, costs []HourlyCost) StaffTimeResult {
	var res StaffTimeResult
	rate := map[string]float64{}
	rowOf := map[string]int{}
	for i, c := range costs {
		r := rowProblems{ps: &res.Problems, row: i}
		r.required("role", c.Role)
		r.number("kr-per-hour", c.KrPerHour, true)
		if j, dup := rowOf[key(c.Role)]; dup && !isBlank(c.Role) {
			r.add("role", Text{
				fmt.Sprintf("%s har allerede en timepris i række %d", c.Role, j+1),
				fmt.Sprintf("%s already has an hourly cost in row %d", c.Role, j+1),
			})
		}
		if !r.bad {
			rate[key(c.Role)] = c.KrPerHour
			rowOf[key(c.Role)] = i
		}
	}
	for _, h := range hours {
		l := StaffTimeLine{Role: h.Role, Hours: h.Difference}
		l.KrPerHour, l.Priced = rate[key(h.Role)]
		res.Hours += l.Hours
		if l.Priced {
			l.Kr = l.Hours * l.KrPerHour
			res.Kr += l.Kr
		} else {
			res.Problems.add(SettingsRow, "hourly-cost", Text{
				fmt.Sprintf("ingen timepris for %s", h.Role),
				fmt.Sprintf("no hourly cost for %s", h.Role),
			})
		}
		res.Roles = append(res.Roles, l)
	}
	return res
}
