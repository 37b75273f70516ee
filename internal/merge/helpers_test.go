package merge

import (
	"encoding/json"
	"fmt"
	"maps"
	"math/rand"
	"reflect"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/testcase"
)

// clone is a member's copy of c: the same case, through JSON as through a file.
func clone(t testing.TB, c *assessment.Case) *assessment.Case {
	t.Helper()
	out, err := deepCopy(c)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func encode(t testing.TB, c *assessment.Case) string {
	t.Helper()
	data, err := json.MarshalIndent(c, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

func mustMerge(t testing.TB, group *assessment.Case, copies ...*assessment.Case) *Result {
	t.Helper()
	var cs []Copy
	for i, c := range copies {
		cs = append(cs, Copy{Name: fmt.Sprintf("copy%d.mtv", i+1), Case: c})
	}
	res, err := Merge(group, cs)
	if err != nil {
		t.Fatal(err)
	}
	return res
}

// member returns the ID of the group's n-th member.
func member(c *assessment.Case, n int) uuid.UUID { return c.Members[n].ID }

// editor makes random edits to a member's copy, as a member at the keyboard would.
type editor struct {
	rng *rand.Rand
	c   *assessment.Case
	by  uuid.UUID
	at  time.Time
	// session is the editing session: every copy is edited in its own, as the window does.
	session uuid.UUID
	// truth, when not nil, records what truly happens to c's records; each change is named
	// name.1, name.2, ...
	truth history
	name  string
	steps int
}

// history is what truly happened to the records of one case: per record ID, the changes its
// current version includes. The test keeps it beside the version vectors, which it checks and
// so may not trust.
type history map[uuid.UUID]map[string]bool

func (h history) clone() history {
	out := make(history, len(h))
	for id, changes := range h {
		out[id] = maps.Clone(changes)
	}
	return out
}

// recordMetas is the Meta of every record of c, by ID.
func recordMetas(c *assessment.Case) map[uuid.UUID]assessment.Meta {
	out := map[uuid.UUID]assessment.Meta{}
	add := func(x reflect.Value) {
		if r, ok := x.Addr().Interface().(interface{ RecordMeta() *assessment.Meta }); ok {
			m := r.RecordMeta()
			out[m.ID] = *m
		}
	}
	v := reflect.ValueOf(c).Elem()
	for i := range v.NumField() {
		switch f := v.Field(i); f.Kind() {
		case reflect.Struct:
			add(f)
		case reflect.Slice:
			for j := range f.Len() {
				if f.Index(j).Kind() == reflect.Struct {
					add(f.Index(j))
				}
			}
		}
	}
	return out
}

// do makes a change and records in truth which records it changed.
func (ed *editor) do(change func()) {
	if ed.truth == nil {
		change()
		return
	}
	before := recordMetas(ed.c)
	change()
	ed.steps++
	name := fmt.Sprintf("%s.%d", ed.name, ed.steps)
	for id, m := range recordMetas(ed.c) {
		if b, ok := before[id]; !ok || b != m {
			if ed.truth[id] == nil {
				ed.truth[id] = map[string]bool{}
			}
			ed.truth[id][name] = true
		}
	}
}

// typeAnswer types text into the answer to q, letter by letter.
func (ed *editor) typeAnswer(q, text string) {
	ed.do(func() {
		for i := 0; i <= len(text); i++ {
			ed.c.SetAnswer(ed.edit(), q, func(a *assessment.Answer) { a.Text = text[:i] })
		}
	})
}

var texts = []string{"Ja.", "Nej.", "Måske – det afhænger af nattevagten.", "Fald opdages hurtigere.", ""}
var questions = []string{"scope.decision", "scope.comparator", "need.problem", "need.ce", "need.data", "economy.cost", "economy.time"}

func (ed *editor) edit() assessment.Edit {
	ed.at = ed.at.Add(time.Minute)
	return assessment.Edit{By: ed.by, At: ed.at, Session: ed.session}
}

func (ed *editor) pick(xs []string) string { return xs[ed.rng.Intn(len(xs))] }

// step makes one random change.
func (ed *editor) step() { ed.do(ed.change) }

func (ed *editor) change() {
	c, r := ed.c, ed.rng
	switch r.Intn(14) {
	case 0, 1, 2: // type an answer, letter by letter
		q, text := ed.pick(questions), ed.pick(texts)
		for i := 0; i <= len(text); i++ {
			c.SetAnswer(ed.edit(), q, func(a *assessment.Answer) { a.Text = text[:i] })
		}
	case 3:
		c.AddSource(ed.edit(), ed.pick(questions), assessment.Source{Citation: ed.pick(texts) + " 2025", Kind: "study"})
	case 4:
		if live := liveIDs(c.Sources); len(live) > 0 {
			_ = c.DeleteSource(ed.edit(), live[r.Intn(len(live))])
		}
	case 5:
		if live := liveIDs(c.Sources); len(live) > 0 {
			_ = c.UpdateSource(ed.edit(), live[r.Intn(len(live))], func(s *assessment.Source) { s.Appraisal = ed.pick(texts) })
		}
	case 6:
		d := []string{"need", "economy"}[r.Intn(2)]
		m := c.Members[r.Intn(len(c.Members))].ID
		c.SetRating(ed.edit(), d, m, func(x *assessment.Rating) {
			x.Consequence = r.Intn(5) - 2
			x.Certainty = "low"
			x.Complexity = "simple"
		})
	case 7:
		c.SetConclusion(ed.edit(), []string{"need", "economy"}[r.Intn(2)], ed.pick(texts))
	case 8:
		if _, err := c.AddRow(ed.edit(), "log", map[string]string{"what": ed.pick(texts) + "x", "status": "open"}); err != nil {
			panic(err)
		}
	case 9:
		if rows := c.RowsOf("log"); len(rows) > 0 {
			row := rows[r.Intn(len(rows))]
			switch r.Intn(3) {
			case 0:
				_ = c.SetCell(ed.edit(), row.ID, "what", ed.pick(texts)+"y")
			case 1:
				_ = c.MoveRow(ed.edit(), row.ID, r.Intn(len(rows)))
			default:
				_ = c.DeleteRow(ed.edit(), row.ID)
			}
		}
	case 10:
		c.UpdateInfo(ed.edit(), func(i *assessment.Info) { i.Description = ed.pick(texts) })
	case 12: // the kinds other helpers added: a discussion note, the group's glossary
		if _, err := c.SetDiscussion(ed.edit(), []string{"need", "economy"}[r.Intn(2)], "consequence", ed.pick(texts)); err != nil {
			panic(err)
		}
	case 13:
		if live := liveIDs(c.Terms); len(live) > 0 && r.Intn(2) == 0 {
			_ = c.UpdateTerm(ed.edit(), live[r.Intn(len(live))], func(x *assessment.Term) { x.Definition = ed.pick(texts) })
		} else {
			c.AddTerm(ed.edit(), "Faldsensor", ed.pick(texts))
		}
	case 11:
		if r.Intn(2) == 0 {
			c.UpdateSynthesis(ed.edit(), func(s *assessment.Synthesis) { s.Dissent = ed.pick(texts) })
		} else {
			_ = c.SetSetting(ed.edit(), "budget", "horizon", fmt.Sprint(r.Intn(3)+1))
		}
	}
}

func liveIDs[T any, P rec[T]](xs []T) []uuid.UUID {
	var out []uuid.UUID
	for i := range xs {
		if m := P(&xs[i]).RecordMeta(); !m.Deleted {
			out = append(out, m.ID)
		}
	}
	return out
}

// scenario is a group's case and members' copies made from it (and from each other), with
// random edits in each.
func scenario(seed int64, nCopies int) (*assessment.Case, []*assessment.Case) {
	group, copies, _ := scenarioWithTruth(seed, nCopies)
	return group, copies
}

// scenarioWithTruth is scenario with what truly happened in each case: the group's, then each
// copy's. Mostly each member works on their own laptop; sometimes one member works on two,
// in copies taken from the same case, and types a different number of letters into the same
// answer on each.
func scenarioWithTruth(seed int64, nCopies int) (*assessment.Case, []*assessment.Case, []history) {
	r := rand.New(rand.NewSource(seed))
	uuid.SetRand(rand.New(rand.NewSource(seed))) // the same IDs in every run, to reproduce a failure
	defer uuid.SetRand(nil)
	group := testcase.Case()
	start := testcase.At.Add(time.Hour)
	var copies []*assessment.Case
	truths := []history{{}}
	for len(copies) < nCopies {
		from, fromTruth := group, truths[0]
		if len(copies) > 0 && r.Intn(3) == 0 {
			k := r.Intn(len(copies)) // a copy of a copy
			from, fromTruth = copies[k], truths[k+1]
		}
		by := member(group, len(copies)%len(group.Members))
		if r.Intn(5) == 0 {
			by = member(group, 0)
		}
		laptops := 1
		if len(copies)+1 < nCopies && r.Intn(3) == 0 {
			laptops = 2
		}
		q, lengths := questions[r.Intn(len(questions))], r.Perm(4) // texts[0:4] differ in length
		for l := 0; l < laptops; l++ {
			c, _ := deepCopy(from)
			ed := &editor{rng: r, c: c, by: by, at: start.Add(time.Duration(r.Intn(60)) * time.Second),
				session: assessment.NewSession(), truth: fromTruth.clone(), name: fmt.Sprintf("copy%d", len(copies)+1)}
			if laptops == 2 {
				ed.typeAnswer(q, texts[lengths[l]])
			}
			for n := r.Intn(8); n > 0; n-- {
				ed.step()
			}
			copies = append(copies, c)
			truths = append(truths, ed.truth)
		}
	}
	ged := &editor{rng: r, c: group, by: member(group, 0), at: start, session: assessment.NewSession(), truth: truths[0], name: "group"}
	for n := r.Intn(4); n > 0; n-- {
		ged.step()
	}
	return group, copies, truths
}
