package merge

import (
	"fmt"
	"testing"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/testcase"
)

// BenchmarkMergeSixCopiesOfLarge merges six members' copies of the large synthetic case, each
// with its own changes (an answer, a source, a rating) and two changing the same answer.
// docs/performance.md holds the figure.
func BenchmarkMergeSixCopiesOfLarge(b *testing.B) {
	group := testcase.Large()
	var copies []Copy
	for i := 0; i < 6; i++ {
		c := clone(b, group)
		m := c.Members[i].ID
		e := assessment.Edit{By: m, At: testcase.At.Add(1e9 * 60)}
		q := fmt.Sprintf("d%02d.q%d", i+1, i)
		if i >= 4 {
			q = "d01.q1" // two copies change the same answer: a conflict
		}
		c.SetAnswer(e, q, func(a *assessment.Answer) { a.Text = fmt.Sprintf("Medlem %d skrev om.", i) })
		c.AddSource(e, q, assessment.Source{Citation: fmt.Sprintf("Kilde fra medlem %d", i), Kind: "study"})
		c.SetRating(e, "d02", m, func(r *assessment.Rating) { r.Consequence = 1 })
		copies = append(copies, Copy{Name: fmt.Sprintf("medlem%d.mtv", i), Case: c})
	}
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		res, err := Merge(group, copies)
		if err != nil || len(res.Conflicts) != 1 {
			b.Fatal(err, len(res.Conflicts))
		}
	}
}
