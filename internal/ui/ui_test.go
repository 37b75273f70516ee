package ui

import (
	"errors"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/casefile"
)

// newTestScreen shows case c in a test window, as the calculator example tests its struct.
func newTestScreen(t *testing.T, c *assessment.Case) (*caseScreen, *int) {
	t.Helper()
	setup(t)
	edits := 0
	s := newCaseScreen(c, testEdit, func() { edits++ })
	w := test.NewWindow(s.content)
	w.Resize(fyne.NewSize(1000, 700))
	s.Select(0)
	return s, &edits
}

func TestTypingAnAnswerWritesTheCaseAndUpdatesProgress(t *testing.T) {
	c := testCase(t)
	s, edits := newTestScreen(t, c)

	if got := navShown(t, s)["1. Need and technology"].Progress; got != "0 of 2 done · not rated" {
		t.Fatalf("progress before typing = %q", got)
	}
	q := s.page.questions[0]
	if q.id != "need.problem" || q.number != "1.1" {
		t.Fatalf("first question = %s %s", q.number, q.id)
	}
	test.Type(q.answer, "Falls at night go unnoticed")

	a, ok := c.Answer("need.problem")
	if !ok || a.Text != "Falls at night go unnoticed" {
		t.Fatalf("answer in the case = %q, %v", a.Text, ok)
	}
	if got := navShown(t, s)["1. Need and technology"].Progress; got != "1 of 2 done · not rated" {
		t.Errorf("progress after typing = %q, want 1 of 2 done · not rated", got)
	}
	if *edits == 0 {
		t.Error("the screen did not report the edit")
	}
}

func TestNotRelevantCountsAsDoneAndAsksWhy(t *testing.T) {
	c := testCase(t)
	s, _ := newTestScreen(t, c)
	q := s.page.questions[1]
	if q.reason.Visible() {
		t.Fatal("the reason entry shows before the question is marked not relevant")
	}

	test.Tap(q.notRelevant)
	if a, _ := c.Answer(q.id); !a.NotRelevant {
		t.Fatal("ticking Not relevant did not mark the answer")
	}
	if !q.reason.Visible() {
		t.Error("the reason entry is hidden after ticking Not relevant")
	}
	test.Type(q.reason, "No current practice to compare with")
	if a, _ := c.Answer(q.id); a.NotRelevantReason != "No current practice to compare with" {
		t.Errorf("reason in the case = %q", a.NotRelevantReason)
	}
	if got := navShown(t, s)["1. Need and technology"].Progress; got != "1 of 2 done · not rated" {
		t.Errorf("progress = %q, want not relevant counted: 1 of 2 done · not rated", got)
	}

	test.Tap(q.notRelevant)
	if a, _ := c.Answer(q.id); a.NotRelevant {
		t.Error("unticking left the answer marked not relevant")
	}
	if q.reason.Visible() {
		t.Error("the reason entry still shows after unticking")
	}
	if got := navShown(t, s)["1. Need and technology"].Progress; got != "0 of 2 done · not rated" {
		t.Errorf("progress after unticking = %q", got)
	}
}

func TestSelectingADomainShowsItsQuestions(t *testing.T) {
	c := testCase(t)
	s, _ := newTestScreen(t, c)

	s.nav.Select(2) // entry 0 is the case page, then the domains
	if s.page == nil || s.page.domain.ID != "economy" {
		t.Fatalf("page after selecting the second domain: %+v", s.page)
	}
	shown := labelsIn(s.scroll.Content)
	for _, want := range []string{"6. Economy", "What does it cost?", "6.1  What are the start-up costs?",
		"6.3  How much staff time is freed or spent?", "Conclusion on this domain"} {
		if !containsText(shown, want) {
			t.Errorf("page does not show %q; it shows %q", want, shown)
		}
	}
	if containsText(shown, "What problem, for whom?") {
		t.Error("the page still shows the first domain's questions")
	}
	if len(s.page.questions) != 3 {
		t.Errorf("%d question views, want 3", len(s.page.questions))
	}
}

func TestShowingAPageChangesNothingAndShowsStoredAnswers(t *testing.T) {
	c := testCase(t)
	c.SetAnswer(testEdit(), "economy.run", func(a *assessment.Answer) { a.Text = "About 40,000 kr a year" })
	c.SetAnswer(testEdit(), "economy.staff", func(a *assessment.Answer) {
		a.NotRelevant, a.NotRelevantReason = true, "Covered by the workflow domain"
	})
	c.SetConclusion(testEdit(), "economy", "Affordable")
	before, _ := casefile.Encode(c)

	s, edits := newTestScreen(t, c)
	s.Select(1)
	p := s.page
	if got := p.questions[1].preview.Text; got != "About 40,000 kr a year" {
		t.Errorf("answer shown = %q", got)
	}
	if q := p.questions[2]; !q.notRelevant.Checked || !q.reason.Visible() || q.reason.Text != "Covered by the workflow domain" {
		t.Errorf("not relevant shown = %v %v %q", q.notRelevant.Checked, q.reason.Visible(), q.reason.Text)
	}
	if p.conclusion.Text != "Affordable" {
		t.Errorf("conclusion shown = %q", p.conclusion.Text)
	}
	if got := navShown(t, s)["6. Economy"].Progress; got != "2 of 3 done · not rated" {
		t.Errorf("progress = %q, want 2 of 3 done · not rated", got)
	}
	after, _ := casefile.Encode(c)
	if *edits != 0 || string(before) != string(after) {
		t.Errorf("showing the pages changed the case (%d edits reported)", *edits)
	}
}

func TestConclusionWritesTheCase(t *testing.T) {
	c := testCase(t)
	s, _ := newTestScreen(t, c)
	test.Type(s.page.conclusion, "Worth a pilot")
	if got := c.ConclusionFor("need"); got != "Worth a pilot" {
		t.Errorf("conclusion in the case = %q", got)
	}
}

func TestNavigationMarksKnockOuts(t *testing.T) {
	c := testCase(t)
	c.AddKnockOut(testEdit(), "economy", "", "No budget", "Not in next year's budget")
	s, _ := newTestScreen(t, c)
	nav := navShown(t, s)
	if e := nav["6. Economy"]; !e.KnockOut || !strings.Contains(e.Progress, "knock-out") {
		t.Errorf("economy entry = %+v, want a knock-out marker", e)
	}
	if e := nav["1. Need and technology"]; e.KnockOut {
		t.Errorf("need entry = %+v, want no knock-out marker", e)
	}
}

func TestFrameworkTextsAreInTheCaseLanguage(t *testing.T) {
	c := testCase(t)
	c.UpdateInfo(testEdit(), func(i *assessment.Info) { i.Language = "da" })
	s, _ := newTestScreen(t, c)
	if _, ok := navShown(t, s)["6. Økonomi"]; !ok {
		t.Errorf("navigation = %v, want Danish domain titles", navShown(t, s))
	}
	if shown := labelsIn(s.scroll.Content); !containsText(shown, "1.1  Hvilket problem, for hvem?") ||
		!containsText(shown, "Beskriv behovet før løsningen.") {
		t.Errorf("page shows %q, want Danish questions and help", shown)
	}
}

func TestTitleMarksUnsavedChangesAndSaveClearsThem(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fall.mtv")
	c := testCase(t)
	if err := casefile.Save(path, c); err != nil {
		t.Fatal(err)
	}
	m := newTestWindow(t, Options{Case: c, Path: path})
	if got := m.win.Title(); got != "Helhed — Fall sensor" {
		t.Fatalf("title = %q", got)
	}

	test.Type(m.screen.page.questions[0].answer, "Falls at night")
	if got := m.win.Title(); got != "Helhed — Fall sensor *" {
		t.Errorf("title after an edit = %q, want a *", got)
	}
	if !strings.Contains(m.status.Text, "Unsaved changes") {
		t.Errorf("status = %q", m.status.Text)
	}

	press(t, m, ctrl(fyne.KeyS))
	if got := m.win.Title(); got != "Helhed — Fall sensor" {
		t.Errorf("title after Ctrl+S = %q, want no *", got)
	}
	saved, err := casefile.Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if a, _ := saved.Answer("need.problem"); a.Text != "Falls at night" {
		t.Errorf("saved answer = %q", a.Text)
	}
}

func TestSaveWithoutAFileAsksWhere(t *testing.T) {
	dir := t.TempDir()
	m := newTestWindow(t, Options{Case: testCase(t)})
	var suggested string
	m.chooseSavePath = func(name string, done func(string)) {
		suggested = name
		done(filepath.Join(dir, name))
	}
	test.Type(m.screen.page.questions[0].answer, "x")
	press(t, m, ctrl(fyne.KeyS))

	if suggested != "Fall sensor.mtv" {
		t.Errorf("suggested file name = %q", suggested)
	}
	want := filepath.Join(dir, "Fall sensor.mtv")
	if m.path != want || m.dirty {
		t.Errorf("after saving: path %q, dirty %v", m.path, m.dirty)
	}
	if _, err := casefile.Load(want); err != nil {
		t.Error(err)
	}
}

func TestSaveErrorShowsAndKeepsTheChanges(t *testing.T) {
	m := newTestWindow(t, Options{Case: testCase(t), Path: filepath.Join(t.TempDir(), "no-such-folder", "x.mtv")})
	test.Type(m.screen.page.questions[0].answer, "x")
	m.save(nil)
	if !containsText(labelsIn(topDialog(t, m)), "cannot be saved") {
		t.Errorf("dialog shows %q", labelsIn(topDialog(t, m)))
	}
	if !m.dirty || !strings.HasSuffix(m.win.Title(), "*") {
		t.Error("a failed save cleared the unsaved mark")
	}
}

func TestOpeningABadFileShowsWhyAndChangesNothing(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "broken.mtv")
	if err := os.WriteFile(bad, []byte(`{"format": "helhed-case", "schemaVersion": 1, "case": {`), 0o600); err != nil {
		t.Fatal(err)
	}
	c := testCase(t)
	m := newTestWindow(t, Options{Case: c})
	test.Type(m.screen.page.questions[0].answer, "kept")
	m.chooseOpenPath = func(done func(string)) { done(bad) }

	press(t, m, ctrl(fyne.KeyO))

	shown := labelsIn(topDialog(t, m))
	if !containsText(shown, "The case could not be opened") || !containsText(shown, "broken.mtv is incomplete") {
		t.Errorf("dialog shows %q", shown)
	}
	if m.screen.c != c || !m.dirty || m.path != "" {
		t.Error("opening a bad file changed the open case")
	}
}

func TestOpeningAFileAsksAboutUnsavedChangesFirst(t *testing.T) {
	other := testCase(t)
	other.UpdateInfo(testEdit(), func(i *assessment.Info) { i.Title = "Video consultation" })
	path := filepath.Join(t.TempDir(), "video.mtv")
	if err := casefile.Save(path, other); err != nil {
		t.Fatal(err)
	}
	m := newTestWindow(t, Options{Case: testCase(t)})
	test.Type(m.screen.page.questions[0].answer, "x")
	m.chooseOpenPath = func(done func(string)) { done(path) }
	m.open()

	d := topDialog(t, m)
	if !containsText(labelsIn(d), "Save the changes to “Fall sensor” first?") {
		t.Fatalf("dialog shows %q", labelsIn(d))
	}
	tapButton(t, d, "Don't save")
	if m.caseTitle() != "Video consultation" || m.path != path || m.dirty {
		t.Errorf("after opening: %q %q %v", m.caseTitle(), m.path, m.dirty)
	}
	if got := m.win.Title(); got != "Helhed — Video consultation" {
		t.Errorf("title = %q", got)
	}
}

func TestClosingWithUnsavedChangesAsks(t *testing.T) {
	m := newTestWindow(t, Options{Case: testCase(t)})
	closed := false
	m.win.SetOnClosed(func() { closed = true })

	m.requestClose() // what the window's close button runs
	if !closed {
		t.Fatal("a window without changes did not close")
	}

	m = newTestWindow(t, Options{Case: testCase(t)})
	closed = false
	m.win.SetOnClosed(func() { closed = true })
	test.Type(m.screen.page.questions[0].answer, "x")
	m.requestClose()
	if closed {
		t.Fatal("the window closed without asking")
	}
	tapButton(t, topDialog(t, m), "Cancel")
	if closed || m.screen.c.Answers[0].Text != "x" {
		t.Fatal("Cancel closed the window or lost the change")
	}
	m.requestClose()
	tapButton(t, topDialog(t, m), "Don't save")
	if !closed {
		t.Error("Don't save did not close the window")
	}
}

func TestStartScreenOffersNewOpenAndExamples(t *testing.T) {
	example := testCase(t)
	m := newTestWindow(t, Options{
		Examples: []string{"AI triage", "Fall sensor"},
		LoadExample: func(name string) (*assessment.Case, error) {
			if name == "Fall sensor" {
				return example, nil
			}
			return nil, errors.New("no such example")
		},
		NewCase: func() *assessment.Case { return testCase(t) },
	})
	if m.start == nil || m.screen != nil {
		t.Fatal("no start screen without a case")
	}
	if m.win.Title() != "Helhed" {
		t.Errorf("title = %q", m.win.Title())
	}
	var buttons []string
	for _, b := range append([]*widget.Button{m.start.newCase, m.start.open}, m.start.examples...) {
		buttons = append(buttons, b.Text)
	}
	want := []string{"New case", "Open a case…", "Open example: AI triage", "Open example: Fall sensor"}
	if strings.Join(buttons, "|") != strings.Join(want, "|") {
		t.Errorf("buttons = %q, want %q", buttons, want)
	}

	test.Tap(m.start.examples[0])
	if !containsText(labelsIn(topDialog(t, m)), "no such example") || m.screen != nil {
		t.Error("a failing example did not show its error on the start screen")
	}

	test.Tap(m.start.examples[1])
	if m.screen == nil || m.screen.c != example || m.path != "" {
		t.Fatal("the example did not open as an unsaved copy")
	}
	if !strings.Contains(m.status.Text, "Not saved yet") {
		t.Errorf("status = %q", m.status.Text)
	}
}

func TestNewCaseFromTheStartScreen(t *testing.T) {
	m := newTestWindow(t, Options{NewCase: func() *assessment.Case {
		return assessment.New(testFramework(t), "", testEdit())
	}})
	test.Tap(m.start.newCase)
	finishWizard(t, m, "Fall sensor") // start_test.go
	if m.screen == nil || m.screen.page == nil {
		t.Fatal("New case shows no case")
	}
	if got := m.win.Title(); got != "Helhed — Fall sensor *" { // not saved yet
		t.Errorf("title = %q", got)
	}
}

// TestEveryUITextIsDefined checks that every tr("id") in the package has an English text, so
// that the translation files a later issue adds can be made from the english map.
func TestEveryUITextIsDefined(t *testing.T) {
	files, _ := filepath.Glob("*.go")
	call := regexp.MustCompile(`\btr\("([^"]+)"`)
	used := 0
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range call.FindAllStringSubmatch(string(src), -1) {
			used++
			if _, ok := english[m[1]]; !ok {
				t.Errorf("%s: tr(%q) has no English text", f, m[1])
			}
		}
	}
	if used == 0 {
		t.Fatal("found no tr calls")
	}
}

// TestFileDialogsShow runs the real file dialogs (not the tests' stand-ins) far enough to show
// them: a dialog that panics before it shows is found here, not by a user pressing Ctrl+S.
func TestFileDialogsShow(t *testing.T) {
	path := filepath.Join(t.TempDir(), "fall.mtv")
	m := newTestWindow(t, Options{Case: testCase(t), Path: path})
	m.saveDialog("Fall sensor.mtv", func(string) { t.Error("save dialog chose a file by itself") })
	topDialog(t, m)
	m.openDialog(func(string) { t.Error("open dialog chose a file by itself") })
	topDialog(t, m)
}

func TestAnswerEntriesGrowWithTheirText(t *testing.T) {
	setup(t)
	e := newGrowEntry(3)
	e.Resize(fyne.NewSize(400, e.MinSize().Height))
	empty := e.MinSize().Height
	e.SetText("Short answer.")
	if got := e.MinSize().Height; got != empty {
		t.Errorf("a one-line answer is %v high, an empty one %v: want the same", got, empty)
	}
	e.SetText(strings.Repeat("Falls at night go unnoticed for hours. ", 30))
	long := e.MinSize().Height
	if long < 3*empty {
		t.Errorf("a long answer is %v high at width 400, an empty one %v: want it to grow", long, empty)
	}
	e.Resize(fyne.NewSize(800, long))
	if wide := e.MinSize().Height; wide >= long {
		t.Errorf("the long answer is %v high at width 800 and %v at 400: want it lower when wider", wide, long)
	}
}

func TestMouseWheelOverAnAnswerScrollsThePage(t *testing.T) {
	c := testCase(t)
	for _, q := range []string{"need.problem", "need.new"} {
		c.SetAnswer(testEdit(), q, func(a *assessment.Answer) { a.Text = strings.Repeat("A long answer. ", 200) })
	}
	s, _ := newTestScreen(t, c)
	s.page.questions[0].edit()
	s.scroll.Refresh()
	if s.scroll.Content.MinSize().Height <= s.scroll.Size().Height {
		t.Fatalf("the page (%v) fits its window (%v); the test needs it to scroll", s.scroll.Content.MinSize(), s.scroll.Size())
	}
	canvas := fyne.CurrentApp().Driver().CanvasForObject(s.content)
	at := fyne.CurrentApp().Driver().AbsolutePositionForObject(s.page.questions[0].answer).AddXY(20, 20)
	test.Scroll(canvas, at, 0, -120)
	if s.scroll.Offset.Y <= 0 {
		t.Error("the mouse wheel over an answer did not scroll the page")
	}
}

func TestExamplesShowTheirTitles(t *testing.T) {
	m := newTestWindow(t, Options{
		Examples: []string{"faldsensor", "nameless"},
		ExampleTitle: func(name string) string {
			return map[string]string{"faldsensor": "AI-faldsensorer i hjemmeplejen"}[name]
		},
		LoadExample: func(string) (*assessment.Case, error) { return testCase(t), nil },
	})
	if got := m.start.examples[0].Text; got != "Open example: AI-faldsensorer i hjemmeplejen" {
		t.Errorf("first example button %q", got)
	}
	if got := m.start.examples[1].Text; got != "Open example: nameless" {
		t.Errorf("an example without a title shows %q, want its name", got)
	}
	// Two examples are "Examples"; one would be "Example".
	if !containsText(labelsIn(m.win.Content()), "Examples") {
		t.Errorf("no heading 'Examples' over two examples: %q", labelsIn(m.win.Content()))
	}
}

func TestNavigationShowsWhetherADomainIsRated(t *testing.T) {
	c := testCase(t)
	anna := c.AddMember(testEdit(), "Anna", "Nurse", "").ID
	s, _ := newTestScreen(t, c)
	progress := func() string { return navShown(t, s)["1. Need and technology"].Progress }
	if got := progress(); got != "0 of 2 done · not rated" {
		t.Errorf("before any rating: %q", got)
	}
	c.SetRating(testEdit(), "need", anna, func(r *assessment.Rating) {
		r.Scores = assessment.Scores{Consequence: -1, Certainty: "low", Complexity: "simple"}
	})
	s.changed()
	if got := progress(); got != "0 of 2 done · no consensus yet" {
		t.Errorf("rated by a member: %q", got)
	}
	c.SetConsensus(testEdit(), "need", assessment.Scores{Consequence: -1, Certainty: "low", Complexity: "simple"}, "")
	s.changed()
	if got := progress(); got != "0 of 2 done · rated –1" {
		t.Errorf("with a consensus: %q", got)
	}
}
