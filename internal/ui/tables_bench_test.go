//go:build unix

package ui

import (
	"fmt"
	"testing"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
	"github.com/helhed/helhed/resources"
)

// BenchmarkTypeIntoTableCell types one character per iteration into a cell of a workflow table
// of 60 rows on the real MTV 2.0 framework: the cell, its mark and the figures change, the table
// is not built again.
func BenchmarkTypeIntoTableCell(b *testing.B) {
	data, err := resources.Framework("mtv2")
	if err != nil {
		b.Fatal(err)
	}
	fw, err := framework.Parse(data)
	if err != nil {
		b.Fatal(err)
	}
	c := assessment.New(fw, "Bench", testEdit())
	for i := range 60 {
		c.AddRow(testEdit(), "workflow", map[string]string{"phase": "before", "step": fmt.Sprintf("Trin %d", i),
			"role": "sygeplejerske", "minutes": "4", "frequency": "6", "per": "day"})
	}
	s, _ := benchScreen(b, c)
	for i, d := range fw.Domains {
		if d.ID == "workflow" {
			s.Select(i)
		}
	}
	v := s.page.tables[0]
	v.openForm(v.rows[30].id)
	frame(s)
	e := v.form.fields[1].entry
	loop(b, func() {
		e.TypedRune('x')
		frame(s)
	})
	if r, _ := c.Row(v.rows[30].id); len(r.Cells["step"]) <= len("Trin 30") {
		b.Fatal("typing did not reach the case")
	}
}
