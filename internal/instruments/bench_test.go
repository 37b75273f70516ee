package instruments

import (
	"fmt"
	"testing"
)

// The figures are recomputed as the user types, so a large table must stay well under a frame.

func BenchmarkParseNumber(b *testing.B) {
	in := []string{"1,5", "1.500,5", "1 500", "−2", "12 kr", "1.500"}
	for i := 0; b.Loop(); i++ {
		ParseNumber(in[i%len(in)])
	}
}

func BenchmarkWorkflow1000(b *testing.B) {
	steps := make([]Step, 1000)
	for i := range steps {
		p := Before
		if i%2 == 1 {
			p = After
		}
		steps[i] = Step{p, fmt.Sprint("Trin ", i/2), fmt.Sprint("Rolle ", i%7), 10, 3, PerDay}
	}
	in := WorkflowInput{Steps: steps, DaysPerYear: 365}
	for b.Loop() {
		Workflow(in)
	}
}

func BenchmarkEconomy1000(b *testing.B) {
	lines := make([]CostLine, 1000)
	for i := range lines {
		lines[i] = CostLine{1 + i%10, Licence, Sector(Sectors[i%4].ID), "", 90, 100, 120}
	}
	in := EconomyInput{Lines: lines, Horizon: 10, DiscountRate: 3.5}
	for b.Loop() {
		Economy(in)
	}
}
