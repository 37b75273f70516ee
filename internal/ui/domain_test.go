package ui

import (
	"strings"
	"testing"

	"github.com/google/uuid"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
)

// domainScreen shows case c in a test window with the member at the keyboard given by *by,
// on the domain with index i in the framework.
func domainScreen(t *testing.T, c *assessment.Case, i int, by *uuid.UUID) (*caseScreen, fyne.Window) {
	t.Helper()
	setup(t)
	edit := func() assessment.Edit {
		e := testEdit()
		if by != nil {
			e.By = *by
		}
		return e
	}
	s := newCaseScreen(c, edit, func() {})
	w := test.NewWindow(s.content)
	w.Resize(fyne.NewSize(1100, 760))
	s.Select(i)
	if s.page == nil {
		t.Fatalf("no domain page for domain %d", i)
	}
	return s, w
}

// choose picks option in select s as a user does: tap it, then tap the option in its pop-up.
func choose(t *testing.T, s *widget.Select, option string) {
	t.Helper()
	test.Tap(s)
	c := fyne.CurrentApp().Driver().CanvasForObject(s)
	top := c.Overlays().Top()
	if top == nil {
		t.Fatalf("select %q shows no pop-up", s.PlaceHolder)
	}
	// The menu item is the innermost tappable object that shows the option.
	var item fyne.Tappable
	for _, o := range objects(top) {
		tap, ok := o.(fyne.Tappable)
		if !ok {
			continue
		}
		for _, x := range objects(o) {
			if txt, ok := x.(*canvas.Text); ok && txt.Text == option {
				item = tap
			}
		}
	}
	if item == nil {
		t.Fatalf("select %q has no option %q", s.PlaceHolder, option)
	}
	item.Tapped(&fyne.PointEvent{})
	if s.Selected != option {
		t.Fatalf("select shows %q after choosing %q", s.Selected, option)
	}
}

// twoMembers adds Anna and Bo to c and returns their IDs.
func twoMembers(c *assessment.Case) (anna, bo uuid.UUID) {
	anna = c.AddMember(testEdit(), "Anna Ærø", "sygeplejerske", "").ID
	bo = c.AddMember(testEdit(), "Bo Øster", "fysioterapeut", "").ID
	return anna, bo
}

func TestAnswersShowAsPreviewsWithOneEditorOpen(t *testing.T) {
	c := testCase(t)
	long := strings.Repeat("Falls at night go unnoticed for hours. ", 60)
	c.SetAnswer(testEdit(), "need.problem", func(a *assessment.Answer) { a.Text = long })
	c.SetAnswer(testEdit(), "need.new", func(a *assessment.Answer) { a.Text = "Sensors in every flat." })
	s, _ := domainScreen(t, c, 0, nil)
	q0, q1 := s.page.questions[0], s.page.questions[1]

	if !q0.previewBox.Visible() || !strings.HasSuffix(q0.preview.Text, "…") || len(q0.preview.Text) > 700 {
		t.Errorf("long answer's preview = %d characters %q, want its first lines and …", len(q0.preview.Text), q0.preview.Text)
	}
	if !q0.showAll.Visible() || q1.showAll.Visible() {
		t.Error("Show all should show for the long answer only")
	}
	test.Tap(q0.showAll)
	if q0.preview.Text != strings.TrimSpace(long) && q0.preview.Text != long {
		t.Error("Show all does not show the whole answer")
	}
	test.Tap(q0.showAll)
	if !strings.HasSuffix(q0.preview.Text, "…") {
		t.Error("Show less does not go back to the first lines")
	}
	if q1.preview.Text != "Sensors in every flat." || q1.editButton.Text != "Edit answer" {
		t.Errorf("short answer shows %q with button %q", q1.preview.Text, q1.editButton.Text)
	}
	if q0.editor.Visible() || q1.editor.Visible() || q0.answer.Text != "" {
		t.Fatal("an editor is open, or holds text, before anyone edits")
	}

	test.Tap(q0.editButton)
	if !q0.editor.Visible() || q0.previewBox.Visible() || q0.answer.Text != long || !q0.done.Visible() {
		t.Fatal("Edit answer did not open the editor with the whole answer")
	}
	if f := fyne.CurrentApp().Driver().CanvasForObject(q0.answer).Focused(); f != q0.answer {
		t.Errorf("the focus is on %T, want the opened editor", f)
	}

	test.Tap(q1.editButton) // opening the second closes the first
	if q0.editor.Visible() || !q0.previewBox.Visible() || s.page.editing != q1 {
		t.Error("opening a second editor left the first open")
	}
	test.Type(q1.answer, " And in the corridors.")
	if a, _ := c.Answer("need.new"); a.Text != "Sensors in every flat. And in the corridors." {
		t.Errorf("answer in the case = %q, want the typing added at the end", a.Text)
	}
	test.Tap(q1.done)
	if q1.editor.Visible() || q1.preview.Text != "Sensors in every flat. And in the corridors." {
		t.Errorf("after Done: editor %v, preview %q", q1.editor.Visible(), q1.preview.Text)
	}

	test.Tap(q1.previewBox.Objects[1].(fyne.Tappable)) // tapping the preview opens the editor too
	if !q1.editor.Visible() {
		t.Fatal("tapping the preview did not open the editor")
	}
	q1.answer.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if q1.editor.Visible() || s.page.editing != nil {
		t.Error("Escape did not close the editor")
	}
}

func TestTypingInAnOpenedAnswerAddsAtTheEnd(t *testing.T) {
	c := testCase(t)
	long := strings.Repeat("One long paragraph that wraps over many rows of the editor. ", 30) + "Last words."
	c.SetAnswer(testEdit(), "need.problem", func(a *assessment.Answer) { a.Text = long })
	s, _ := domainScreen(t, c, 0, nil)
	q := s.page.questions[0]
	test.Tap(q.editButton)
	test.Type(q.answer, " Added.")
	if a, _ := c.Answer("need.problem"); a.Text != long+" Added." {
		t.Errorf("the typing went elsewhere than the end: …%q", a.Text[len(a.Text)-40:])
	}
}

func TestAnswerShowsWhoChangedItLast(t *testing.T) {
	c := testCase(t)
	anna, _ := twoMembers(c)
	by := uuid.Nil
	s, _ := domainScreen(t, c, 0, &by)
	q := s.page.questions[0]

	test.Type(q.answer, "Typed with nobody chosen")
	if q.changedBy.Text != "" {
		t.Errorf("with nobody at the keyboard the answer says %q, want nothing", q.changedBy.Text)
	}
	by = anna
	test.Type(q.answer, ", then by Anna")
	if want := "Last changed by Anna Ærø, 2026-03-02"; q.changedBy.Text != want {
		t.Errorf("answer says %q, want %q", q.changedBy.Text, want)
	}
	if a, _ := c.Answer(q.id); a.ChangedBy != anna || a.Text != "Typed with nobody chosen, then by Anna" {
		t.Errorf("answer in the case: %q by %v", a.Text, a.ChangedBy)
	}
	test.Tap(q.done)
	if !containsText(labelsIn(s.page.content), "Last changed by Anna Ærø") {
		t.Error("the closed answer does not say who changed it")
	}
}

func TestNotRelevantRequiresAReason(t *testing.T) {
	c := testCase(t)
	s, _ := domainScreen(t, c, 0, nil)
	q := s.page.questions[0]
	if q.reasonMissing.Visible() {
		t.Fatal("the reason warning shows before the question is marked not relevant")
	}

	test.Tap(q.notRelevant)
	a, _ := c.Answer(q.id)
	if !a.NotRelevant || a.NotRelevantReason != "" {
		t.Fatalf("after ticking: %+v", a)
	}
	if !q.reasonMissing.Visible() || !strings.Contains(q.reasonMissing.label.Text, "needs the reason") {
		t.Error("no warning while the reason is blank")
	}

	test.Type(q.reason, "Decided by the region")
	if a, _ := c.Answer(q.id); !a.NotRelevant || a.NotRelevantReason != "Decided by the region" {
		t.Errorf("after the reason: %+v", a)
	}
	if q.reasonMissing.Visible() {
		t.Error("the warning still shows with a reason")
	}

	q.reason.SetText("   ")
	if !q.reasonMissing.Visible() {
		t.Error("a blank reason (spaces) does not warn")
	}
	test.Tap(q.notRelevant)
	if q.reasonMissing.Visible() || q.reason.Visible() {
		t.Error("unticking leaves the reason or its warning")
	}
	if a, _ := c.Answer(q.id); a.NotRelevant {
		t.Error("unticking left the question not relevant")
	}
}

func TestSourcesAddEditDeleteAndUndo(t *testing.T) {
	c := testCase(t)
	s, _ := domainScreen(t, c, 0, nil)
	v := s.page.questions[0].sources
	if v.heading.Visible() || len(v.rows) != 0 {
		t.Fatal("a question without sources shows a list")
	}

	test.Tap(v.add)
	f := v.form
	if f == nil || !f.content.Visible() || v.add.Visible() {
		t.Fatal("Add a source does not open the form")
	}
	if !f.save.Disabled() {
		t.Error("Add source is enabled on an empty form")
	}
	test.Type(f.citation, "Hansen L, et al. Fall sensors in nursing homes. 2024")
	choose(t, f.kind, "Study")
	if !f.design.Visible() {
		t.Fatal("choosing Study does not ask for the study design")
	}
	choose(t, f.design, "Cohort study")
	test.Type(f.appraisal, "Small, one site")
	test.Type(f.link, "https://doi.org/10.1000/fall")
	test.Tap(f.save)

	list := c.SourcesFor("need.problem")
	if len(list) != 1 {
		t.Fatalf("%d sources in the case, want 1", len(list))
	}
	want := assessment.Source{Citation: "Hansen L, et al. Fall sensors in nursing homes. 2024", Kind: "study",
		StudyDesign: "cohort", Appraisal: "Small, one site", Link: "https://doi.org/10.1000/fall"}
	if got := list[0]; got.Citation != want.Citation || got.Kind != want.Kind || got.StudyDesign != want.StudyDesign ||
		got.Appraisal != want.Appraisal || got.Link != want.Link {
		t.Errorf("source in the case = %+v", got)
	}
	if f.content.Visible() || len(v.rows) != 1 || v.heading.Text != "Sources (1)" {
		t.Fatal("the form stays open or the list does not show the source")
	}
	if d := v.rows[0].details.Text; d != "Study · Cohort study · Appraisal: Small, one site" {
		t.Errorf("source details = %q", d)
	}
	if _, ok := v.rows[0].link.(*widget.Hyperlink); !ok {
		t.Errorf("the link shows as %T, want a hyperlink", v.rows[0].link)
	}

	test.Tap(v.rows[0].edit)
	if f.citation.Text != want.Citation || f.kind.Selected != "Study" || f.design.Selected != "Cohort study" {
		t.Fatalf("edit form shows %q %q %q", f.citation.Text, f.kind.Selected, f.design.Selected)
	}
	choose(t, f.kind, "Guideline")
	if f.design.Visible() {
		t.Error("the study design shows for a guideline")
	}
	test.Type(f.citation, " (updated)")
	test.Tap(f.save)
	got := c.SourcesFor("need.problem")
	if len(got) != 1 || got[0].Kind != "guideline" || got[0].StudyDesign != "" ||
		got[0].Citation != want.Citation+" (updated)" || got[0].ID != list[0].ID {
		t.Fatalf("after editing: %+v", got)
	}

	test.Tap(v.rows[0].delete)
	if len(c.SourcesFor("need.problem")) != 0 || len(c.Sources) != 1 || !c.Sources[0].Deleted {
		t.Fatalf("delete did not leave a tombstone: %+v", c.Sources)
	}
	if !v.undoBar.Visible() || len(v.rows) != 0 || v.heading.Visible() {
		t.Error("after deleting: no Undo, or the row still shows")
	}
	test.Tap(v.undo)
	back := c.SourcesFor("need.problem")
	if len(back) != 1 || back[0].Citation != want.Citation+" (updated)" || back[0].Kind != "guideline" {
		t.Fatalf("after Undo: %+v", back)
	}
	if v.undoBar.Visible() || len(v.rows) != 1 {
		t.Error("after Undo the list does not show the source again")
	}
}

func TestRatingAsTwoMembersHighlightsTheSpread(t *testing.T) {
	c := testCase(t)
	anna, bo := twoMembers(c)
	carl := c.AddMember(testEdit(), "Carl Å", "leder", "").ID
	s, _ := domainScreen(t, c, 0, nil)
	r := s.page.ratings
	if r == nil || len(r.members) != 3 {
		t.Fatal("the rated domain does not show a row per member")
	}
	if r.members[0].shownConsequence.Text != "Not rated yet" || r.members[0].rate.Text != "Rate" {
		t.Errorf("an unrated member shows %q and %q", r.members[0].shownConsequence.Text, r.members[0].rate.Text)
	}
	if r.disagreement.Visible() || !strings.Contains(r.summary.Text, "No member has rated") {
		t.Errorf("before rating: summary %q, disagreement %v", r.summary.Text, r.disagreement.Visible())
	}

	a := r.members[0]
	test.Tap(a.rate)
	if !a.editor.Visible() || a.summary.Visible() {
		t.Fatal("Rate does not open the member's row")
	}
	if !a.certainty.Disabled() || !a.rationale.Disabled() {
		t.Error("certainty and rationale can be set before the member has chosen a consequence")
	}
	choose(t, a.consequence, "+2  Clearly positive")
	choose(t, a.certainty, "Moderate")
	choose(t, a.complexity, "Complicated")
	test.Type(a.rationale, "Fewer late finds")

	b := r.members[1]
	test.Tap(b.rate) // closes Anna's row
	if a.editor.Visible() || !a.summary.Visible() || r.editing != b {
		t.Error("opening Bo's row left Anna's open")
	}
	if a.shownConsequence.Text != "+2  Clearly positive" || a.shownCertainty.Text != "Moderate" ||
		a.shownComplexity.Text != "Complicated" || a.shownRationale.Text != "“Fewer late finds”" || a.rate.Text != "Change" {
		t.Errorf("Anna's row shows %q %q %q %q", a.shownConsequence.Text, a.shownCertainty.Text, a.shownComplexity.Text, a.shownRationale.Text)
	}
	choose(t, b.consequence, "–1  Mostly negative")
	test.Tap(r.members[2].rate)
	test.Tap(r.members[2].abstain)
	if !r.members[2].consequence.Disabled() || r.members[2].rationale.Disabled() {
		t.Error("an abstaining member can still choose a consequence, or cannot say why")
	}
	test.Tap(r.members[2].done)

	ratings := map[uuid.UUID]assessment.Rating{}
	for _, x := range c.RatingsFor("need") {
		ratings[x.MemberID] = x
	}
	if x := ratings[anna]; x.Consequence != 2 || x.Certainty != "moderate" || x.Complexity != "complicated" ||
		x.Rationale != "Fewer late finds" || x.Abstain {
		t.Errorf("Anna's rating = %+v", x)
	}
	if x := ratings[bo]; x.Consequence != -1 || x.Abstain {
		t.Errorf("Bo's rating = %+v", x)
	}
	if x, ok := ratings[carl]; !ok || !x.Abstain {
		t.Errorf("Carl's rating = %+v, want an abstention", x)
	}
	if r.members[2].shownConsequence.Text != "Abstains" {
		t.Errorf("Carl's row shows %q", r.members[2].shownConsequence.Text)
	}
	if !r.disagreement.Visible() || !strings.Contains(r.disagreement.label.Text, "3 points apart") {
		t.Errorf("spread 3 is not highlighted: %v %q", r.disagreement.Visible(), r.disagreement.label.Text)
	}
	if want := "Members' range: –1 to +2 (spread 3) · 2 rated, 1 abstained, 0 not yet"; r.summary.Text != want {
		t.Errorf("summary = %q, want %q", r.summary.Text, want)
	}

	test.Tap(b.rate)
	choose(t, b.consequence, "+1  Mostly positive")
	if r.disagreement.Visible() {
		t.Error("a spread of 1 is still highlighted")
	}

	// The page shows stored ratings when it is built again.
	s.Select(1)
	s.Select(0)
	r = s.page.ratings
	if r.members[0].shownConsequence.Text != "+2  Clearly positive" || r.members[1].shownConsequence.Text != "+1  Mostly positive" ||
		r.members[2].shownConsequence.Text != "Abstains" {
		t.Error("the rebuilt page does not show the stored ratings")
	}
	test.Tap(r.members[0].rate)
	if x := r.members[0]; x.consequence.Selected != "+2  Clearly positive" || x.certainty.Selected != "Moderate" ||
		x.rationale.Text != "Fewer late finds" || x.certainty.Disabled() {
		t.Error("the opened row does not show the stored rating")
	}
}

func TestConsensusSetAndClear(t *testing.T) {
	c := testCase(t)
	twoMembers(c)
	s, _ := domainScreen(t, c, 0, nil)
	r := s.page.ratings
	g := r.group
	if !r.noConsensus.Visible() || !r.clear.Disabled() || !g.certainty.Disabled() {
		t.Fatal("without a consensus: want 'no consensus yet', Clear disabled, certainty not yet")
	}
	choose(t, g.consequence, "+1  Mostly positive")
	choose(t, g.certainty, "Low")
	choose(t, g.complexity, "Complex")
	test.Type(g.rationale, "Agreed after the pilot visit")
	cons, ok := c.ConsensusFor("need")
	want := assessment.Scores{Consequence: 1, Certainty: "low", Complexity: "complex"}
	if !ok || cons.Scores != want || cons.Rationale != "Agreed after the pilot visit" {
		t.Fatalf("consensus in the case = %+v %v", cons, ok)
	}
	if r.noConsensus.Visible() || r.clear.Disabled() {
		t.Error("'no consensus yet' shows with a consensus")
	}

	test.Tap(r.clear)
	if _, ok := c.ConsensusFor("need"); ok {
		t.Fatal("Clear left the consensus")
	}
	if !r.noConsensus.Visible() || g.consequence.Selected != "" || g.rationale.Text != "" || !g.certainty.Disabled() {
		t.Error("after Clear the row still shows the old consensus")
	}
}

func TestRatingWithoutMembersSaysWhereToAddThem(t *testing.T) {
	s, _ := domainScreen(t, testCase(t), 0, nil)
	if !containsText(labelsIn(s.page.content), "Add them on the page “The case”") {
		t.Errorf("page shows %q", labelsIn(s.page.content))
	}
	if s.page.ratings.group == nil {
		t.Error("the group's consensus should be possible without members")
	}
}

func TestKnockOutFlagsAddAndDelete(t *testing.T) {
	c := testCase(t)
	c.Framework.KnockOuts = []framework.KnockOut{
		{ID: "no-ce", Domain: "need", Label: framework.Text{"da": "Ingen CE-mærkning", "en": "No CE marking"},
			Help: framework.Text{"da": "Medicinsk udstyr skal være CE-mærket.", "en": "A medical device must be CE marked."}},
		{ID: "no-budget", Domain: "economy", Label: framework.Text{"da": "Intet budget", "en": "No budget"}},
	}
	s, _ := domainScreen(t, c, 0, nil)
	k := s.page.knockOuts
	if !k.none.Visible() {
		t.Error("no 'no flags' line for a domain without flags")
	}

	test.Tap(k.add)
	f := k.form
	if f == nil || f.criterion == nil || len(f.criterion.Options) != 2 {
		t.Fatalf("want the need domain's one criterion and 'our own': %+v", f.criterion)
	}
	choose(t, f.criterion, "No CE marking")
	if !f.help.Visible() || f.help.Text != "A medical device must be CE marked." || f.title.Visible() {
		t.Error("choosing a criterion does not explain it, or still asks for a title")
	}
	if !f.save.Disabled() {
		t.Error("a flag can be added without a reason")
	}
	test.Type(f.reason, "The supplier has no CE marking for home use")
	test.Tap(f.save)

	flags := c.KnockOutsFor("need")
	if len(flags) != 1 || flags[0].CriterionID != "no-ce" || flags[0].Title != "No CE marking" ||
		flags[0].Reason != "The supplier has no CE marking for home use" {
		t.Fatalf("flags in the case = %+v", flags)
	}
	if e := navShown(t, s)["1. Need and technology"]; !e.KnockOut {
		t.Error("the navigation does not mark the knock-out")
	}

	test.Tap(k.add)
	choose(t, f.criterion, "Our own criterion…")
	if !f.title.Visible() {
		t.Fatal("our own criterion does not ask for a title")
	}
	test.Type(f.reason, "No night staff to answer alarms")
	if !f.save.Disabled() {
		t.Error("our own flag can be added without a title")
	}
	test.Type(f.title, "Alarms unanswered")
	test.Tap(f.save)
	if flags = c.KnockOutsFor("need"); len(flags) != 2 || flags[1].CriterionID != "" || flags[1].Title != "Alarms unanswered" {
		t.Fatalf("flags after adding our own = %+v", flags)
	}
	if len(k.rows) != 2 || k.none.Visible() {
		t.Error("the list does not show both flags")
	}

	test.Tap(k.rows[0].delete)
	flags = c.KnockOutsFor("need")
	if len(flags) != 1 || flags[0].Title != "Alarms unanswered" {
		t.Fatalf("after deleting: %+v", flags)
	}
	deleted := 0
	for _, x := range c.KnockOuts {
		if x.Deleted {
			deleted++
		}
	}
	if deleted != 1 || len(k.rows) != 1 {
		t.Errorf("%d tombstones, %d rows", deleted, len(k.rows))
	}
}

// TestKnockOutFlagsAreEditedAndDeletionsUndone: a flag's reason changes as the case goes on
// (the supplier answers, the lawyer approves), so it is edited in place; a deletion can be undone.
func TestKnockOutFlagsAreEditedAndDeletionsUndone(t *testing.T) {
	c := testCase(t)
	c.Framework.KnockOuts = []framework.KnockOut{
		{ID: "no-ce", Domain: "need", Label: framework.Text{"da": "Ingen CE-mærkning", "en": "No CE marking"}},
	}
	// A flag on a framework criterion may carry a title of its own.
	flag := c.AddKnockOut(testEdit(), "need", "no-ce", "The sensor lacks CE marking for home use", "No CE marking for home use")
	own := c.AddKnockOut(testEdit(), "need", "", "Alarms unanswered", "No night staff")
	flagID, ownID := flag.ID, own.ID
	s, _ := domainScreen(t, c, 0, nil)
	k := s.page.knockOuts
	if len(k.rows) != 2 {
		t.Fatalf("%d rows, want 2", len(k.rows))
	}

	// Edit the framework criterion's flag: the form opens filled, saving changes the same record.
	test.Tap(k.rows[0].edit)
	f := k.form
	if !f.content.Visible() || f.heading.Text != "Change the knock-out flag" || f.save.Text != "Save changes" ||
		f.criterion.Selected != "No CE marking" || f.title.Visible() || f.reason.Text != "No CE marking for home use" {
		t.Fatalf("edit form: heading %q, save %q, criterion %q, title shown %v, reason %q",
			f.heading.Text, f.save.Text, f.criterion.Selected, f.title.Visible(), f.reason.Text)
	}
	f.reason.SetText("")
	test.Type(f.reason, "CE marked since May; the lawyer checks the declaration")
	test.Tap(f.save)
	got, ok := knockOutByID(c, flagID)
	if !ok || got.Reason != "CE marked since May; the lawyer checks the declaration" || got.CriterionID != "no-ce" ||
		got.Title != "The sensor lacks CE marking for home use" || got.Rev < 2 {
		t.Fatalf("edited flag = %+v (found %v)", got, ok)
	}
	if n := len(c.KnockOutsFor("need")); n != 2 {
		t.Errorf("%d flags after editing, want still 2", n)
	}
	if f.content.Visible() || k.rows[0].reason.Text != got.Reason {
		t.Error("the form stays open, or the list shows the old reason")
	}

	// The group's own flag opens with its title; Cancel changes nothing.
	test.Tap(k.rows[1].edit)
	if f.criterion.Selected != "Our own criterion…" || !f.title.Visible() || f.title.Text != "Alarms unanswered" {
		t.Fatalf("own flag in the form: criterion %q, title %q", f.criterion.Selected, f.title.Text)
	}
	test.Type(f.title, " at night")
	test.Tap(f.cancel)
	if got, _ := knockOutByID(c, ownID); got.Title != "Alarms unanswered" {
		t.Errorf("Cancel changed the flag: %+v", got)
	}
	// A new flag after an edit starts empty again.
	test.Tap(k.add)
	if f.heading.Text != "New knock-out flag" || f.reason.Text != "" || f.save.Text != "Add flag" {
		t.Errorf("the new-flag form keeps the edit: heading %q, reason %q", f.heading.Text, f.reason.Text)
	}
	test.Tap(f.cancel)

	// Delete, then Undo: the flag is back with its reason; the tombstone stays for merging.
	test.Tap(k.rows[1].delete)
	if !k.undoBar.Visible() || k.undoLabel.Text != "Deleted the knock-out flag “Alarms unanswered”." {
		t.Fatalf("no undo after deleting: %q", k.undoLabel.Text)
	}
	if n := len(c.KnockOutsFor("need")); n != 1 {
		t.Fatalf("%d flags after deleting, want 1", n)
	}
	test.Tap(k.undo)
	flags := c.KnockOutsFor("need")
	if len(flags) != 2 || flags[1].Title != "Alarms unanswered" || flags[1].Reason != "No night staff" || k.undoBar.Visible() {
		t.Fatalf("after Undo: %+v", flags)
	}
	if got, _ := knockOutByID(c, ownID); !got.Deleted {
		t.Error("Undo revived the tombstone instead of adding the flag again")
	}
}

// knockOutByID is the flag with the given ID, a tombstone included.
func knockOutByID(c *assessment.Case, id uuid.UUID) (assessment.KnockOut, bool) {
	for _, k := range c.KnockOuts {
		if k.ID == id {
			return k, true
		}
	}
	return assessment.KnockOut{}, false
}

func TestTermsExplainTheQuestion(t *testing.T) {
	c := testCase(t)
	c.Framework.Glossary = []framework.Term{{ID: "comparator",
		Term:       framework.Text{"da": "Komparator", "en": "Comparator"},
		Definition: framework.Text{"da": "Nuværende praksis.", "en": "Current practice the technology is compared with."}}}
	c.Framework.Domains[0].Questions[1].Terms = []string{"comparator", "unknown-term"}
	s, _ := domainScreen(t, c, 0, nil)
	if s.page.questions[0].terms != nil {
		t.Error("a question without terms shows a terms line")
	}
	acc := s.page.questions[1].terms
	if acc == nil || acc.Items[0].Title != "Terms: Comparator" {
		t.Fatalf("terms line = %+v", acc)
	}
	acc.Open(0)
	found := false
	for _, o := range objects(acc) {
		if rt, ok := o.(*widget.RichText); ok && rt.Visible() && strings.Contains(rt.String(), "Current practice the technology is compared with.") {
			found = true
		}
	}
	if !found {
		t.Error("opening the terms does not show the definition")
	}
}

// TestTabFollowsThePage walks the focus with Tab from the first answer's button and checks that
// it meets the page's parts in the order they show.
func TestTabFollowsThePage(t *testing.T) {
	c := testCase(t)
	twoMembers(c)
	c.AddSource(testEdit(), "need.problem", assessment.Source{Citation: "Hansen 2024", Kind: "guideline"})
	s, w := domainScreen(t, c, 0, nil)
	p := s.page
	want := []fyne.Focusable{
		p.questions[0].editButton, p.questions[0].notRelevant, p.questions[0].sources.rows[0].edit,
		p.questions[0].sources.rows[0].delete, p.questions[0].sources.add,
		p.questions[1].editButton, p.questions[1].notRelevant, p.questions[1].sources.add,
		p.knockOuts.add,
		p.ratings.members[0].rate, p.ratings.members[1].rate, p.ratings.group.consequence,
		p.conclusion,
	}
	cv := w.Canvas()
	cv.Focus(want[0])
	next := 1
	for range 60 {
		cv.FocusNext()
		if next < len(want) && cv.Focused() == want[next] {
			next++
		}
	}
	if next != len(want) {
		t.Errorf("Tab reached %d of the %d parts in order; stuck before %T", next, len(want), want[next])
	}

	// Tab leaves an open answer editor rather than typing a tab into it.
	test.Tap(p.questions[0].editButton)
	if cv.Focused() != p.questions[0].answer {
		t.Fatal("the opened editor does not have the focus")
	}
	cv.FocusNext()
	if cv.Focused() != p.questions[0].done {
		t.Errorf("Tab from the editor goes to %T, want the Done button", cv.Focused())
	}
}

func TestFormerMembersRatingsStayVisible(t *testing.T) {
	c := testCase(t)
	anna, bo := twoMembers(c)
	c.SetRating(testEdit(), "need", anna, func(r *assessment.Rating) { r.Consequence = 1 })
	c.SetRating(testEdit(), "need", bo, func(r *assessment.Rating) { r.Consequence = -1 })
	if err := c.DeleteMember(testEdit(), bo); err != nil {
		t.Fatal(err)
	}
	s, _ := domainScreen(t, c, 0, nil)
	r := s.page.ratings
	if len(r.members) != 1 || len(r.former) != 1 {
		t.Fatalf("%d member rows and %d former, want 1 and 1", len(r.members), len(r.former))
	}
	if f := r.former[0]; f.rate.Visible() || f.shownConsequence.Text != "–1  Mostly negative" ||
		!containsText(labelsIn(f.cells), "Bo Øster (former member)") {
		t.Errorf("the former member's row shows %q, Rate %v", labelsIn(f.cells), f.rate.Visible())
	}
	if want := "Members' range: –1 to +1 (spread 2) · 2 rated, 0 abstained, 0 not yet"; r.summary.Text != want {
		t.Errorf("summary = %q, want %q", r.summary.Text, want)
	}
}
