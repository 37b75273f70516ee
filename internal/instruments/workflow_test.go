package instruments

import (
	"slices"
	"testing"
)

// woundCare is wound care on a ward before and after photo documentation with remote review.
var woundCare = []Step{
	// Before.
	{Before, "Sårvurdering", "Sygeplejerske", 20, 3, PerDay}, // 0
	{Before, "Foto af sår", "Sygeplejerske", 10, 2, PerWeek}, // 1
	{Before, "Sårkonference", "Læge", 30, 1, PerWeek},        // 2
	{Before, "Booking", "Sygeplejerske", 5, 4, PerDay},       // 3
	// After.
	{After, "Sårvurdering", "Sygeplejerske", 12, 3, PerDay}, // 4
	{After, "Foto af sår", "sygeplejerske", 10, 2, PerWeek}, // 5: case does not matter
	{After, "Sårkonference", "Læge", 30, 2, PerMonth},       // 6
	{After, "booking", "Lægesekretær", 5, 4, PerDay},        // 7: moves to the secretary
}

func TestWorkflowWard(t *testing.T) {
	res := Workflow(WorkflowInput{Steps: woundCare, DaysPerYear: DaysPerYearWard})
	checkProblems(t, res.Problems)
	// Hours per year = minutes × frequency × periods per year / 60, on a ward of 365 days:
	//   0 Sårvurdering   20 min × 3/day   × 365 / 60 = 21 900 / 60 = 365 h
	//   1 Foto af sår    10 min × 2/week  ×  52 / 60 =  1 040 / 60 = 17.333… h
	//   2 Sårkonference  30 min × 1/week  ×  52 / 60 =  1 560 / 60 = 26 h
	//   3 Booking         5 min × 4/day   × 365 / 60 =  7 300 / 60 = 121.666… h
	//   4 Sårvurdering   12 min × 3/day   × 365 / 60 = 13 140 / 60 = 219 h
	//   5 Foto af sår    as row 1                                  = 17.333… h
	//   6 Sårkonference  30 min × 2/month ×  12 / 60 =    720 / 60 = 12 h
	//   7 Booking        as row 3                                  = 121.666… h
	want := []float64{365, 1040.0 / 60, 26, 7300.0 / 60, 219, 1040.0 / 60, 12, 7300.0 / 60}
	for i, w := range want {
		checkNear(t, "step hours "+woundCare[i].Step, res.StepHours[i], w)
	}
	// Per role, after − before:
	//   Sygeplejerske: before 365 + 17.333 + 121.667 = 504; after 219 + 17.333 = 236.333;
	//                  difference −267.667 (146 h less assessment, 121.667 h of booking gone)
	//   Læge:          before 26, after 12, difference −14
	//   Lægesekretær:  before 0, after 121.667, difference +121.667
	//   Total:         before 530, after 370, difference −160
	wantRoles := []RoleHours{
		{"Sygeplejerske", 504, 236 + 1.0/3, -267 - 2.0/3},
		{"Læge", 26, 12, -14},
		{"Lægesekretær", 0, 7300.0 / 60, 7300.0 / 60},
	}
	if len(res.Roles) != len(wantRoles) {
		t.Fatalf("roles %+v", res.Roles)
	}
	for i, w := range wantRoles {
		g := res.Roles[i]
		if g.Role != w.Role {
			t.Errorf("role %d = %q; want %q", i, g.Role, w.Role)
		}
		checkNear(t, w.Role+" before", g.Before, w.Before)
		checkNear(t, w.Role+" after", g.After, w.After)
		checkNear(t, w.Role+" difference", g.Difference, w.Difference)
	}
	checkNear(t, "total before", res.Total.Before, 530)
	checkNear(t, "total after", res.Total.After, 370)
	checkNear(t, "total difference", res.Total.Difference, -160)
	// Booking moves from the nurse to the secretary; the other steps keep their roles.
	if len(res.Moves) != 1 {
		t.Fatalf("moves %+v", res.Moves)
	}
	m := res.Moves[0]
	if m.Step != "Booking" || !slices.Equal(m.From, []string{"Sygeplejerske"}) || !slices.Equal(m.To, []string{"Lægesekretær"}) {
		t.Errorf("move %+v", m)
	}
	checkNear(t, "booking before", m.HoursBefore, 7300.0/60)
	checkNear(t, "booking after", m.HoursAfter, 7300.0/60)
}

func TestWorkflowClinic(t *testing.T) {
	// In a clinic of 220 days only the steps per day change:
	//   0  20 × 3 × 220 / 60 = 13 200 / 60 = 220 h
	//   3   5 × 4 × 220 / 60 =  4 400 / 60 = 73.333… h
	//   nurse before = 220 + 17.333 + 73.333 = 310.667
	// Steps per week still count 52 weeks: row 2 stays 26 h.
	res := Workflow(WorkflowInput{Steps: woundCare, DaysPerYear: DaysPerYearClinic})
	checkNear(t, "row 0", res.StepHours[0], 220)
	checkNear(t, "row 2", res.StepHours[2], 26)
	checkNear(t, "nurse before", res.Roles[0].Before, 220+1040.0/60+4400.0/60)
}

func TestWorkflowShared(t *testing.T) {
	// A task shared before and after, with a role joining: reported with From empty.
	res := Workflow(WorkflowInput{DaysPerYear: 365, Steps: []Step{
		{Before, "Medicindosering", "Sygeplejerske", 6, 10, PerDay},
		{After, "Medicindosering", "Sygeplejerske", 3, 10, PerDay},
		{After, "Medicindosering", "Farmakonom", 3, 10, PerDay},
		{After, "Ny opgave", "Portør", 1, 1, PerDay}, // only after: added, not moved
	}})
	if len(res.Moves) != 1 || len(res.Moves[0].From) != 0 || !slices.Equal(res.Moves[0].To, []string{"Farmakonom"}) {
		t.Errorf("moves %+v", res.Moves)
	}
	// 6 × 10 × 365 / 60 = 365 h before; 2 × 3 × 10 × 365 / 60 = 365 h after.
	checkNear(t, "before", res.Moves[0].HoursBefore, 365)
	checkNear(t, "after", res.Moves[0].HoursAfter, 365)
}

func TestWorkflowProblems(t *testing.T) {
	res := Workflow(WorkflowInput{DaysPerYear: 365, Steps: []Step{
		{Before, "A", "Sygeplejerske", -5, 1, PerDay}, // 0: negative minutes
		{Before, "B", "Sygeplejerske", 10, 1, "year"}, // 1: unknown period
		{"", "C", "", 10, 1, PerWeek},                 // 2: no phase, no role
		{After, "D", "Sygeplejerske", 60, 1, PerWeek}, // 3: fine, 52 h
	}})
	checkProblems(t, res.Problems, at(0, "minutes"), at(1, "per"), at(2, "phase"), at(2, "role"))
	// The bad rows are left out, never counted as zero hours of something.
	checkNear(t, "after", res.Total.After, 52)
	checkNear(t, "before", res.Total.Before, 0)
	if res.Roles[0].Role != "Sygeplejerske" || len(res.Roles) != 1 {
		t.Errorf("roles %+v", res.Roles)
	}

	// Without valid days per year, steps per day cannot be counted; steps per week still can.
	res = Workflow(WorkflowInput{Steps: woundCare})
	checkProblems(t, res.Problems, at(SettingsRow, "days-per-year"))
	checkNear(t, "before, weekly steps only", res.Total.Before, 1040.0/60+26)
}
