package merge

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/testcase"
)

// BenchmarkMergeSixCopiesOfLarge merges six members' copies of the large synthetic case, each
// edited in a session of its own with its own changes (an answer, a source, a rating) and two
// changing the same answer. docs/performance.md holds the figure.
func BenchmarkMergeSixCopiesOfLarge(b *testing.B) { benchmarkSixCopies(b, testcase.Large()) }

// BenchmarkMergeSixCopiesOfLargeAfterManySessions is the same with every record of the case
// changed in 12 sessions before (4 members, 3 sessions each): the version vectors a term of
// group work leaves, one entry per member and session.
func BenchmarkMergeSixCopiesOfLargeAfterManySessions(b *testing.B) {
	group := testcase.Large()
	countedInSessions(group, 4, 3)
	benchmarkSixCopies(b, group)
}

func benchmarkSixCopies(b *testing.B, group *assessment.Case) {
	var copies []Copy
	for i := 0; i < 6; i++ {
		c := clone(b, group)
		m := c.Members[i].ID
		e := assessment.Edit{By: m, At: testcase.At.Add(1e9 * 60), Session: uuid.New()}
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

// countedInSessions gives every record of c the vector of changes made by its first members
// in sessions each: 2 changes per member and session.
func countedInSessions(c *assessment.Case, members, sessions int) {
	v := assessment.Vector{}
	for i := range members {
		for range sessions {
			v[assessment.VersionKey(c.Members[i].ID, uuid.New())] = 2
		}
	}
	set := func(x reflect.Value) {
		if r, ok := x.Addr().Interface().(interface{ RecordMeta() *assessment.Meta }); ok {
			m := r.RecordMeta()
			m.Versions, m.Rev = assessment.VersionsOf(v), v.Total()
		}
	}
	s := reflect.ValueOf(c).Elem()
	for i := range s.NumField() {
		switch f := s.Field(i); f.Kind() {
		case reflect.Struct:
			set(f)
		case reflect.Slice:
			for j := range f.Len() {
				if f.Index(j).Kind() == reflect.Struct {
					set(f.Index(j))
				}
			}
		}
	}
}
