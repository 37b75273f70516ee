package instruments

import "fmt"

// HourlyCost is what an hour of a role costs, in kroner.
type HourlyCost struct {
	Role      string  // field "role"
	KrPerHour float64 // field "kr-per-hour": ≥ 0
}

// StaffTimeLine is a role's working time per year before and after, in hours and valued in
// kroner at the role's hourly cost. Hours and Kr are the difference, after − before: negative
// is time freed, positive time spent.
type StaffTimeLine struct {
	Role                    string
	HoursBefore, HoursAfter float64
	Hours                   float64 // after − before
	KrPerHour               float64
	KrBefore, KrAfter, Kr   float64 // Kr is after − before; all three 0 when not Priced
	Priced                  bool    // false when the role has no hourly cost: its kroner are unknown, not 0
}

// Freed tells whether the line frees time (rather than spends it).
func (l StaffTimeLine) Freed() bool { return l.Hours < 0 }

// Labels of a staff time line by its sign.
var (
	TimeFreed = Text{"Tid frigjort", "Time freed"}
	TimeSpent = Text{"Tid brugt", "Time spent"}
)

// StaffTimeResult is the workflow's time valued per role. It is time, not cash: freed hours
// save money only if the budget changes (fewer hours paid); such a change goes into the
// economy as a cash line of category "staff-time". This result is never added to the budget.
type StaffTimeResult struct {
	Roles []StaffTimeLine // in the workflow's order of roles
	Hours float64         // difference, all roles
	// KrBefore, KrAfter and Kr (the difference) sum the priced roles only.
	KrBefore, KrAfter, Kr float64
	// Unpriced are the workflow's roles without an hourly cost, in the workflow's order.
	Unpriced []string
	// Problems are at the rows of the hourly costs: a role or cost missing or invalid, a role
	// priced twice, or (when the workflow has roles) a role the workflow does not have.
	Problems Problems
}

// PriceStaffTime values the hours per role (from Workflow) before, after and their difference
// at an hourly cost per role; roles are matched ignoring case and repeated spaces. A row with a
// problem is left out: its role then counts as unpriced.
func PriceStaffTime(hours []RoleHours, costs []HourlyCost) StaffTimeResult {
	var res StaffTimeResult
	inWorkflow := map[string]bool{}
	var names []string
	for _, h := range hours {
		inWorkflow[key(h.Role)] = true
		names = append(names, h.Role)
	}
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
		} else if len(hours) > 0 && !isBlank(c.Role) && !inWorkflow[key(c.Role)] {
			r.add("role", Text{
				fmt.Sprintf("%s er ikke en faggruppe i arbejdsgangene; de er: %s", c.Role, joinNames(names)),
				fmt.Sprintf("%s is not a role in the workflow; its roles are: %s", c.Role, joinNames(names)),
			})
		}
		if !r.bad {
			rate[key(c.Role)] = c.KrPerHour
			rowOf[key(c.Role)] = i
		}
	}
	for _, h := range hours {
		l := StaffTimeLine{Role: h.Role, HoursBefore: h.Before, HoursAfter: h.After, Hours: h.Difference}
		l.KrPerHour, l.Priced = rate[key(h.Role)]
		res.Hours += l.Hours
		if l.Priced {
			l.KrBefore, l.KrAfter, l.Kr = h.Before*l.KrPerHour, h.After*l.KrPerHour, h.Difference*l.KrPerHour
			res.KrBefore += l.KrBefore
			res.KrAfter += l.KrAfter
			res.Kr += l.Kr
		} else {
			res.Unpriced = append(res.Unpriced, h.Role)
		}
		res.Roles = append(res.Roles, l)
	}
	return res
}

func joinNames(names []string) string {
	s := ""
	for i, n := range names {
		if i > 0 {
			s += ", "
		}
		s += n
	}
	return s
}
