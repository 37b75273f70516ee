package merge

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/testcase"
)

func at(minutes int) time.Time { return testcase.At.Add(time.Duration(minutes) * time.Minute) }

// typeAnswer types text into the answer of q letter by letter, as the window does.
func typeAnswer(c *assessment.Case, by uuid.UUID, q, text string, start int) {
	for i := range len(text) + 1 {
		c.SetAnswer(assessment.Edit{By: by, At: at(start + i)}, q, func(a *assessment.Answer) { a.Text = text[:i] })
	}
}

func answer(c *assessment.Case, q string) string { a, _ := c.Answer(q); return a.Text }

func TestOneSideNewerComesInWithoutConflict(t *testing.T) {
	group := testcase.Case()
	anna, bo := member(group, 0), member(group, 1)
	a := clone(t, group)
	typeAnswer(a, anna, "need.data", "Data fra tre plejecentre i Norge.", 10) // many keystrokes
	b := clone(t, group)
	b.SetConclusion(assessment.Edit{By: bo, At: at(5)}, "need", "Behovet er tydeligt.") // one change elsewhere
	res := mustMerge(t, group, a, b)
	if len(res.Conflicts) != 0 {
		t.Fatalf("conflicts where only one copy changed each record: %+v", res.Conflicts)
	}
	if got := answer(res.Case, "need.data"); got != "Data fra tre plejecentre i Norge." {
		t.Errorf("answer %q did not come in", got)
	}
	if got := res.Case.ConclusionFor("need"); got != "Behovet er tydeligt." {
		t.Errorf("conclusion %q did not come in", got)
	}
	want := []Counts{{Kind: "answers", Changed: 1}, {Kind: "conclusions", Changed: 1}}
	if len(res.Counts) != 2 || res.Counts[0] != want[0] || res.Counts[1] != want[1] {
		t.Errorf("counts %+v, want %+v", res.Counts, want)
	}
	// Retyping the same text in the group's case is no change, so no conflict either.
	res.Case.SetAnswer(assessment.Edit{By: bo, At: at(99)}, "need.data", func(x *assessment.Answer) { x.Text = "Data fra tre plejecentre i Norge." })
	if again := mustMerge(t, res.Case, a); again.Changed() {
		t.Errorf("an unchanged retype made the copy merge again: %+v", again.Counts)
	}
}

func TestBothChangedIsAConflictWithBothVersions(t *testing.T) {
	group := testcase.Case()
	anna, bo := member(group, 0), member(group, 1)
	a := clone(t, group)
	typeAnswer(a, anna, "need.problem", "Fald om natten opdages for sent, ofte efter timer.", 10)
	b := clone(t, group)
	typeAnswer(b, bo, "need.problem", "Fald opdages sent.", 20)
	res := mustMerge(t, group, b, a)
	if len(res.Conflicts) != 1 {
		t.Fatalf("%d conflicts, want 1", len(res.Conflicts))
	}
	k := res.Conflicts[0]
	if k.Kind != "answers" || k.Slot != "need.problem" || len(k.Versions) != 2 {
		t.Fatalf("conflict %s %s with %d versions", k.Kind, k.Slot, len(k.Versions))
	}
	// Fixed order: by author's ID.
	first, second := anna, bo
	if bo.String() < anna.String() {
		first, second = bo, anna
	}
	if k.Versions[0].Author != first || k.Versions[1].Author != second {
		t.Errorf("authors %v, want %v then %v", []uuid.UUID{k.Versions[0].Author, k.Versions[1].Author}, first, second)
	}
	texts := Text(k, 0) + "|" + Text(k, 1)
	for _, want := range []string{"ofte efter timer", "Fald opdages sent."} {
		if !strings.Contains(texts, want) {
			t.Errorf("versions %q lack %q", texts, want)
		}
	}
	// Meanwhile the case shows the first version (the group's own had both copies changed).
	if got := answer(res.Case, "need.problem"); got != Text(k, 0) {
		t.Errorf("the case shows %q while in conflict, want %q", got, Text(k, 0))
	}

	// The group combines both; the result supersedes both versions.
	combined, err := WithText(k, 0, Text(k, 0)+"\n"+Text(k, 1))
	if err != nil {
		t.Fatal(err)
	}
	if err := Resolve(res.Case, assessment.Edit{By: anna, At: at(200)}, k.ID, combined); err != nil {
		t.Fatal(err)
	}
	if n := len(res.Case.OpenConflicts()); n != 0 {
		t.Fatalf("%d open conflicts after resolving", n)
	}
	if got := answer(res.Case, "need.problem"); !strings.Contains(got, "ofte efter timer") || !strings.Contains(got, "Fald opdages sent.") {
		t.Errorf("combined answer %q", got)
	}
	if again := mustMerge(t, res.Case, a, b); again.Changed() {
		t.Errorf("merging the copies again after resolving changed the case: %+v", again.Counts)
	}
	if err := Resolve(res.Case, assessment.Edit{By: anna, At: at(201)}, k.ID, combined); err == nil {
		t.Error("a resolved conflict was resolved again")
	}
}

func TestDeleteAgainstEditIsAConflict(t *testing.T) {
	group := testcase.Case()
	anna, bo := member(group, 0), member(group, 1)
	src := group.Sources[0].ID
	a := clone(t, group)
	if err := a.DeleteSource(assessment.Edit{By: anna, At: at(1)}, src); err != nil {
		t.Fatal(err)
	}
	b := clone(t, group)
	if err := b.UpdateSource(assessment.Edit{By: bo, At: at(2)}, src, func(s *assessment.Source) { s.Appraisal = "God kvalitet" }); err != nil {
		t.Fatal(err)
	}
	res := mustMerge(t, group, a, b)
	if len(res.Conflicts) != 1 || res.Conflicts[0].Kind != "sources" {
		t.Fatalf("conflicts %+v, want one on sources", res.Conflicts)
	}
	// Only a deletion: it comes in as a tombstone.
	only := mustMerge(t, group, a)
	if len(only.Conflicts) != 0 || only.Counts[0] != (Counts{Kind: "sources", Deleted: 1}) {
		t.Fatalf("deletion alone: %+v, conflicts %d", only.Counts, len(only.Conflicts))
	}
	if s := only.Case.Sources[0]; !s.Deleted {
		t.Error("the deletion did not come in")
	}
}

// TestSameMemberOnTwoLaptopsIsAConflict: changes counted under the member alone (no session,
// as version 3 files first counted them) with equal counts and different content are still a
// conflict.
func TestSameMemberOnTwoLaptopsIsAConflict(t *testing.T) {
	group := testcase.Case()
	anna := member(group, 0)
	a, b := clone(t, group), clone(t, group)
	a.SetConclusion(assessment.Edit{By: anna, At: at(1)}, "need", "Version fra den bærbare")
	b.SetConclusion(assessment.Edit{By: anna, At: at(2)}, "need", "Version fra arbejdscomputeren")
	if res := mustMerge(t, group, a, b); len(res.Conflicts) != 1 {
		t.Fatalf("%d conflicts for equal version vectors with different content, want 1", len(res.Conflicts))
	}
	// The same text reached in two copies is no conflict.
	b.SetConclusion(assessment.Edit{By: anna, At: at(3)}, "need", "Version fra den bærbare")
	c := clone(t, group)
	c.SetConclusion(assessment.Edit{By: member(group, 1), At: at(4)}, "need", "Version fra den bærbare")
	if res := mustMerge(t, group, a, c); len(res.Conflicts) != 0 {
		t.Fatalf("conflict between two copies that say the same")
	}
}

// TestOneMemberOnTwoLaptopsWithDifferentCountsIsAConflict: Anna types a short answer on her
// laptop and a long one on the group's laptop, each copy taken from the same case and opened
// in its own session. The long one counts more changes, but has not seen the short one: a
// conflict, not a silent replacement. The case's records come from before sessions (counted
// under members alone, as in a version 3 file); the sessions' keys go beside them.
func TestOneMemberOnTwoLaptopsWithDifferentCountsIsAConflict(t *testing.T) {
	group := testcase.Case()
	anna := member(group, 0)
	group.SetAnswer(assessment.Edit{By: anna, At: at(0)}, "need.problem", func(a *assessment.Answer) { a.Text = "Udkast" })
	laptop, groupLaptop := clone(t, group), clone(t, group)
	typeAnswerIn(laptop, assessment.Edit{By: anna, Session: uuid.New()}, "need.problem", "Ja.", 10)
	typeAnswerIn(groupLaptop, assessment.Edit{By: anna, Session: uuid.New()}, "need.problem", "Fald om natten opdages for sent.", 20)
	res := mustMerge(t, group, laptop, groupLaptop)
	if len(res.Conflicts) != 1 || res.Conflicts[0].Slot != "need.problem" || len(res.Conflicts[0].Versions) != 2 {
		t.Fatalf("conflicts %+v, want one on need.problem with both versions", res.Conflicts)
	}
	k := res.Conflicts[0]
	if texts := []string{Text(k, 0), Text(k, 1)}; !slices.Contains(texts, "Ja.") || !slices.Contains(texts, "Fald om natten opdages for sent.") {
		t.Fatalf("versions %q", texts)
	}
	if other := mustMerge(t, group, groupLaptop, laptop); encode(t, other.Case) != encode(t, res.Case) {
		t.Error("the order of the copies changes the merged case")
	}
	if again := mustMerge(t, res.Case, laptop, groupLaptop); again.Changed() {
		t.Errorf("merging the copies again changed the case: %+v", again.Counts)
	}

	// Anna takes the group laptop's copy home and types on in a session of her own: that
	// version has seen the group laptop's, so it comes in without a conflict.
	home := clone(t, groupLaptop)
	typeAnswerIn(home, assessment.Edit{By: anna, Session: uuid.New()}, "need.problem", "Fald om natten opdages for sent, ofte efter timer.", 60)
	if res := mustMerge(t, group, groupLaptop, home); len(res.Conflicts) != 0 || answer(res.Case, "need.problem") != "Fald om natten opdages for sent, ofte efter timer." {
		t.Fatalf("typing on in a later copy: %d conflicts, answer %q", len(res.Conflicts), answer(res.Case, "need.problem"))
	}
}

// typeAnswerIn types text into the answer of q letter by letter, with e's member and session.
func typeAnswerIn(c *assessment.Case, e assessment.Edit, q, text string, start int) {
	for i := range len(text) + 1 {
		e.At = at(start + i)
		c.SetAnswer(e, q, func(a *assessment.Answer) { a.Text = text[:i] })
	}
}

func TestTwoNewAnswersToOneQuestionAreAConflict(t *testing.T) {
	group := testcase.Case()
	a, b := clone(t, group), clone(t, group)
	typeAnswer(a, member(group, 0), "economy.cost", "200.000 kr.", 1)
	typeAnswer(b, member(group, 1), "economy.cost", "Ukendt.", 1)
	res := mustMerge(t, group, a, b)
	if len(res.Conflicts) != 1 || res.Conflicts[0].Slot != "economy.cost" || len(res.Conflicts[0].Versions) != 2 {
		t.Fatalf("conflicts %+v", res.Conflicts)
	}
	if issues := res.Case.Check(); len(issues) > 0 {
		t.Fatalf("two answers to one question in an open conflict are reported: %v", issues)
	}
	k := res.Conflicts[0]
	if err := Resolve(res.Case, assessment.Edit{By: member(group, 2), At: at(50)}, k.ID, Keep(k, 1)); err != nil {
		t.Fatal(err)
	}
	live := 0
	for _, x := range res.Case.Answers {
		if x.QuestionID == "economy.cost" && x.Live() {
			live++
		}
	}
	if live != 1 || answer(res.Case, "economy.cost") != Text(k, 1) {
		t.Fatalf("%d live answers, shown %q, want only %q", live, answer(res.Case, "economy.cost"), Text(k, 1))
	}
	if issues := res.Case.Check(); len(issues) > 0 {
		t.Fatal(issues)
	}
	if again := mustMerge(t, res.Case, b, a); again.Changed() {
		t.Errorf("merging again after resolving changed the case: %+v", again.Counts)
	}
}

func TestNewRecordsAndMembersComeIn(t *testing.T) {
	group := testcase.Case()
	a := clone(t, group)
	e := assessment.Edit{By: member(group, 0), At: at(1)}
	dora := a.AddMember(e, "Dora Ødegaard", "radiograf", "")
	a.AddSource(e, "need.data", assessment.Source{Citation: "Sundhedsstyrelsen 2025", Kind: "guideline"})
	if _, err := a.AddRow(e, "log", map[string]string{"what": "Møde med leverandør", "who": dora.ID.String()}); err != nil {
		t.Fatal(err)
	}
	res := mustMerge(t, group, a)
	got := map[string]int{}
	for _, c := range res.Counts {
		got[c.Kind] = c.New
	}
	if got["members"] != 1 || got["sources"] != 1 || got["rows"] != 1 {
		t.Fatalf("counts %+v", res.Counts)
	}
	if issues := res.Case.Check(); len(issues) > 0 {
		t.Fatal(issues)
	}
}

func TestAChangeMadeAfterTheMergeIsShownAndSuperseded(t *testing.T) {
	group := testcase.Case()
	anna, bo := member(group, 0), member(group, 1)
	a, b := clone(t, group), clone(t, group)
	a.SetConclusion(assessment.Edit{By: anna, At: at(1)}, "need", "Annas konklusion")
	b.SetConclusion(assessment.Edit{By: bo, At: at(2)}, "need", "Bos konklusion")
	res := mustMerge(t, group, a, b)
	k := res.Case.OpenConflicts()[0]
	if cur := Current(res.Case, k); len(cur) != 0 {
		t.Fatalf("right after the merge the case says nothing new, got %s", cur)
	}
	res.Case.SetConclusion(assessment.Edit{By: anna, At: at(3)}, "need", "Skrevet på mødet")
	cur := Current(res.Case, k)
	if len(cur) != 1 || !strings.Contains(string(cur[0]), "Skrevet på mødet") {
		t.Fatalf("the change made since the merge is not offered: %s", cur)
	}
	if err := Resolve(res.Case, assessment.Edit{By: bo, At: at(4)}, k.ID, cur[0]); err != nil {
		t.Fatal(err)
	}
	if got := res.Case.ConclusionFor("need"); got != "Skrevet på mødet" {
		t.Errorf("conclusion %q", got)
	}
	if again := mustMerge(t, res.Case, a, b); again.Changed() {
		t.Errorf("merging again changed the case: %+v", again.Counts)
	}
}
