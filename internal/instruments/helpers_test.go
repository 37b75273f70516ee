package instruments

import (
	"math"
	"testing"
)

// near compares computed money, hours and kilograms to hand-worked figures.
func near(got, want float64) bool { return math.Abs(got-want) <= 1e-6*math.Max(1, math.Abs(want)) }

func checkNear(t *testing.T, what string, got, want float64) {
	t.Helper()
	if !near(got, want) {
		t.Errorf("%s = %v; want %v", what, got, want)
	}
}

// checkProblems fails unless the problems are exactly at these "row/field" places, in order.
func checkProblems(t *testing.T, ps Problems, want ...Problem) {
	t.Helper()
	if len(ps) != len(want) {
		t.Fatalf("problems %v; want %d at %v", ps, len(want), want)
	}
	for i, p := range ps {
		if p.Row != want[i].Row || p.Field != want[i].Field {
			t.Errorf("problem %d at row %d %q (%s); want row %d %q", i, p.Row, p.Field, p.Message.En, want[i].Row, want[i].Field)
		}
		if p.Message.Da == "" || p.Message.En == "" {
			t.Errorf("problem %d lacks a reason in a language: %+v", i, p)
		}
	}
}

func at(row int, field string) Problem { return Problem{Row: row, Field: field} }
