package ui

import (
	"bytes"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"sync/atomic"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/casefile"
	"github.com/helhed/helhed/internal/framework"
	"github.com/helhed/helhed/internal/report"
	"github.com/helhed/helhed/internal/testcase"
)

// showCasePage shows the navigation entry titled title and returns what it shows.
func showCasePage(t *testing.T, s *caseScreen, title string) fyne.CanvasObject {
	t.Helper()
	for i, p := range s.pages {
		if p.domain < 0 && p.entry().Title == title {
			s.SelectPage(i)
			return s.scroll.Content
		}
	}
	t.Fatalf("no page %q in the navigation", title)
	return nil
}

// tapLink taps hyperlink h on its text (a hyperlink ignores taps beside its text).
func tapLink(h *widget.Hyperlink) {
	test.TapAt(h, fyne.NewPos(theme.InnerPadding()+4, h.Size().Height/2))
}

// shownDomain is the ID of the domain whose page shows, or "".
func shownDomain(s *caseScreen) string {
	if s.page == nil {
		return ""
	}
	return s.page.domain.ID
}

func TestOverviewShowsCompletenessProfileAndDisagreements(t *testing.T) {
	c := testcase.Case() // in Danish: the framework's texts show in Danish, the UI's in English
	s, edits := newTestScreen(t, c)
	before, _ := casefile.Encode(c)
	v := showCasePage(t, s, tr("nav.overview")).(*overviewView)

	// testcase.Case: scope 1 answered, 1 open; need 1 answered, 1 not relevant, 1 blank;
	// economy 0 of 2.
	if want := "All domains: 3 of 7 questions done (42 %): 2 answered, 1 not relevant, 4 open."; v.overall.Text != want {
		t.Errorf("overall %q, want %q", v.overall.Text, want)
	}
	type row struct {
		title, bar, counts string
		value, max         float64
	}
	want := []row{
		{"0. Afgrænsning", "1 of 2 done", "1 answered · 0 not relevant · 1 open", 1, 2},
		{"1. Behov og teknologi", "2 of 3 done", "1 answered · 1 not relevant · 1 open", 2, 3},
		{"2. Økonomi", "0 of 2 done", "0 answered · 0 not relevant · 2 open", 0, 2},
	}
	var got []row
	for _, r := range v.progress {
		got = append(got, row{r.title.Text, r.bar.TextFormatter(), r.counts.Text, r.bar.Value, r.bar.Max})
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("progress\n got %v\nwant %v", got, want)
	}

	// The profile: the rated domains, need with its disagreement.
	g := v.chart.geom
	if g == nil || len(g.Rows) != 2 || g.Rows[0].Label != "1. Behov og teknologi" || !g.Rows[0].Disagreement ||
		g.Rows[1].Status != "ingen konsensus endnu" {
		t.Fatalf("chart rows %+v", g)
	}
	// Complexity by consensus: need is complicated, economy has no consensus.
	if w := []string{"Complicated: 1. Behov og teknologi", "No consensus yet: 2. Økonomi"}; !reflect.DeepEqual(v.complexity, w) {
		t.Errorf("complexity %q, want %q", v.complexity, w)
	}

	// need: Anna +2, Bo 0, Carl abstains.
	if len(v.disagreements) != 1 {
		t.Fatalf("%d disagreements, want 1", len(v.disagreements))
	}
	if w := "1. Behov og teknologi: spread 2"; v.disagreements[0].Text != w {
		t.Errorf("disagreement %q, want %q", v.disagreements[0].Text, w)
	}
	if w := "Bo Øster 0 · Anna Ærø +2"; v.disagreementWho[0].Text != w {
		t.Errorf("who rated what: %q, want %q", v.disagreementWho[0].Text, w)
	}

	var open []string
	for _, l := range v.openDomains {
		open = append(open, l.Text)
	}
	for _, l := range v.openQuestions {
		open = append(open, l.Text)
	}
	if w := []string{"0. Afgrænsning (1 open)", "1. Behov og teknologi (1 open)", "2. Økonomi (2 open)",
		"0.2  Hvad sammenlignes med?", "1.3  Hvilke data er den trænet på?", "2.1  Hvad er udgifterne?",
		"2.2  Hvor meget tid frigøres?"}; !reflect.DeepEqual(open, w) {
		t.Errorf("open questions\n got %q\nwant %q", open, w)
	}

	// Each is one click from its domain.
	tapLink(v.disagreements[0])
	if shownDomain(s) != "need" {
		t.Errorf("the disagreement shows %q, want need", shownDomain(s))
	}
	v = showCasePage(t, s, tr("nav.overview")).(*overviewView)
	tapLink(v.openQuestions[3])
	if shownDomain(s) != "economy" {
		t.Errorf("the open question shows %q, want economy", shownDomain(s))
	}
	v = showCasePage(t, s, tr("nav.overview")).(*overviewView)
	tapLink(v.progress[0].title)
	if shownDomain(s) != "scope" {
		t.Errorf("the progress row shows %q, want scope", shownDomain(s))
	}
	// A tap on the chart's economy row.
	v = showCasePage(t, s, tr("nav.overview")).(*overviewView)
	eco := v.chart.geom.Rows[1]
	test.TapAt(v.chart, fyne.NewPos(20, float32(eco.Y+eco.H/2)))
	if shownDomain(s) != "economy" {
		t.Errorf("the chart's second row shows %q, want economy", shownDomain(s))
	}

	// Looking changes nothing.
	after, _ := casefile.Encode(c)
	if *edits != 0 || !bytes.Equal(before, after) {
		t.Errorf("the overview changed the case (%d edits)", *edits)
	}
}

func TestOverviewOfACompleteCaseSaysSo(t *testing.T) {
	c := testcase.Case()
	e := testEdit()
	for _, qid := range []string{"scope.comparator", "need.data", "economy.cost", "economy.time"} {
		c.SetAnswer(e, qid, func(a *assessment.Answer) { a.Text = "Svar" })
	}
	for _, r := range c.RatingsFor("need") {
		c.SetRating(e, "need", r.MemberID, func(r *assessment.Rating) { r.Consequence = 1 })
	}
	s, _ := newTestScreen(t, c)
	v := showCasePage(t, s, tr("nav.overview")).(*overviewView)
	labels := labelsIn(v)
	for _, want := range []string{"All domains: 7 of 7 questions done (100 %): 6 answered, 1 not relevant, 0 open.",
		tr("overview.noOpen"), tr("overview.noDisagreements")} {
		if !containsText(labels, want) {
			t.Errorf("the overview does not say %q", want)
		}
	}
	if len(v.disagreements)+len(v.openQuestions) != 0 {
		t.Error("links to disagreements or open questions remain")
	}
}

// synthesisCase is testcase.Case in English with a recommendation that needs open questions.
func synthesisCase() *assessment.Case {
	c := testcase.Case()
	c.UpdateInfo(testEdit(), func(i *assessment.Info) { i.Language = "en" })
	c.Framework.Recommendations = append(c.Framework.Recommendations, framework.Recommendation{
		ID: "postpone", Label: framework.Text{"da": "Udsæt", "en": "Postpone"},
		Help:           framework.Text{"da": "Udsæt, til spørgsmålene er besvaret.", "en": "Postpone until the questions are answered."},
		NeedsQuestions: true,
	})
	return c
}

func TestSynthesisWritesTheCase(t *testing.T) {
	c := synthesisCase()
	s, edits := newTestScreen(t, c)
	v := showCasePage(t, s, tr("nav.synthesis")).(*synthesisView)

	// The stored synthesis shows: pilot first, one condition, one open question.
	if v.recommendation.Selected != "Pilot first" || len(v.conditions.entries) != 1 ||
		v.conditions.entries[0].Text != "Integration med EOJ" || len(v.openQuestions.entries) != 1 {
		t.Fatalf("shown: %q, conditions %d, open questions %d", v.recommendation.Selected,
			len(v.conditions.entries), len(v.openQuestions.entries))
	}
	if *edits != 0 {
		t.Errorf("showing the page made %d edits", *edits)
	}

	// The recommendation.
	v.recommendation.SetSelected("Postpone")
	if c.Synthesis.Recommendation != "postpone" {
		t.Errorf("recommendation %q, want postpone", c.Synthesis.Recommendation)
	}
	if !v.recHelp.Visible() || v.recHelp.Text != "Postpone until the questions are answered." {
		t.Errorf("help %q", v.recHelp.Text)
	}
	if v.needsQuestions.Visible() {
		t.Error("warning shows though an open question is named")
	}

	// Open questions: remove the only one, and the warning shows; add one, and it goes.
	test.Tap(v.openQuestions.removes[0])
	if len(c.Synthesis.OpenQuestions) != 0 || !v.needsQuestions.Visible() {
		t.Errorf("after removing: %q, warning shown %v", c.Synthesis.OpenQuestions, v.needsQuestions.Visible())
	}
	test.Tap(v.openQuestions.add)
	if !reflect.DeepEqual(c.Synthesis.OpenQuestions, []string{""}) || !v.needsQuestions.Visible() {
		t.Errorf("after adding: %q; a blank question names nothing, warning %v", c.Synthesis.OpenQuestions,
			v.needsQuestions.Visible())
	}
	test.Type(v.openQuestions.entries[0], "Licence after year 2?")
	if !reflect.DeepEqual(c.Synthesis.OpenQuestions, []string{"Licence after year 2?"}) || v.needsQuestions.Visible() {
		t.Errorf("after typing: %q, warning %v", c.Synthesis.OpenQuestions, v.needsQuestions.Visible())
	}

	// Conditions: add a second, type it, edit the first, remove the first.
	test.Tap(v.conditions.add)
	test.Type(v.conditions.entries[1], "Training in every shift")
	windowFor(v).Canvas().Focus(v.conditions.entries[0])
	v.conditions.entries[0].TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnd})
	test.Type(v.conditions.entries[0], " tested")
	if w := []string{"Integration med EOJ tested", "Training in every shift"}; !reflect.DeepEqual(c.Synthesis.Conditions, w) {
		t.Errorf("conditions %q, want %q", c.Synthesis.Conditions, w)
	}
	test.Tap(v.conditions.removes[0])
	if w := []string{"Training in every shift"}; !reflect.DeepEqual(c.Synthesis.Conditions, w) {
		t.Errorf("after removing the first: %q, want %q", c.Synthesis.Conditions, w)
	}
	if len(v.conditions.entries) != 1 || v.conditions.entries[0].Text != "Training in every shift" {
		t.Error("the list does not show the remaining condition")
	}

	// Dissent.
	test.Type(v.dissent, "Bo: too early.")
	if c.Synthesis.Dissent != "Bo: too early." {
		t.Errorf("dissent %q", c.Synthesis.Dissent)
	}
	if c.Synthesis.ChangedAt != testClock || *edits == 0 {
		t.Errorf("bookkeeping: changed %v, %d edits", c.Synthesis.ChangedAt, *edits)
	}

	// Taking the recommendation back leaves none.
	v.recommendation.SetSelected("")
	if c.Synthesis.Recommendation != "" || v.recHelp.Visible() || v.needsQuestions.Visible() {
		t.Errorf("after deselecting: %q", c.Synthesis.Recommendation)
	}

	// Shown again, the page shows what the case holds.
	s.Select(0)
	v = showCasePage(t, s, tr("nav.synthesis")).(*synthesisView)
	if v.dissent.Text != "Bo: too early." || v.conditions.entries[0].Text != "Training in every shift" ||
		v.openQuestions.entries[0].Text != "Licence after year 2?" || v.recommendation.Selected != "" {
		t.Error("the page shown again does not show the case")
	}
}

func TestSynthesisRemindsOfKnockOuts(t *testing.T) {
	c := synthesisCase()
	c.AddKnockOut(testEdit(), "economy", "no-ce-marking", "", "") // a framework criterion, untitled
	s, _ := newTestScreen(t, c)
	v := showCasePage(t, s, tr("nav.synthesis")).(*synthesisView)
	if len(v.knockOuts) != 2 {
		t.Fatalf("%d knock-outs shown, want 2", len(v.knockOuts))
	}
	if w := "2. Economy: No CE marking"; v.knockOuts[1].Text != w {
		t.Errorf("knock-out %q, want %q (the criterion's label)", v.knockOuts[1].Text, w)
	}
	if w := "1. Need and technology: Ingen integration med EOJ"; v.knockOuts[0].Text != w {
		t.Errorf("knock-out %q, want %q", v.knockOuts[0].Text, w)
	}
	if !containsText(labelsIn(v), "Leverandøren kan ikke levere en integration.") {
		t.Error("the knock-out's reason does not show")
	}
	tapLink(v.knockOuts[0])
	if shownDomain(s) != "need" {
		t.Errorf("the knock-out shows %q, want need", shownDomain(s))
	}
}

// pdfText is the text of the PDF at path, by pdftotext (poppler-utils).
func pdfText(t *testing.T, path string) string {
	t.Helper()
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

func TestReportPageWritesThePDF(t *testing.T) {
	c := testcase.Case() // in Danish
	s, _ := newTestScreen(t, c)
	v := showCasePage(t, s, tr("nav.report")).(*reportView)
	if v.lang() != "da" || v.resultBox.Visible() {
		t.Fatalf("report language %q (want the case's, da); result shown %v", v.lang(), v.resultBox.Visible())
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "rapport.pdf")
	var suggested string
	v.choosePath = func(name string, done func(string)) { suggested = name; done(path) }
	var opened []string
	v.openURL = func(u *url.URL) error { opened = append(opened, u.String()); return nil }

	v.language.SetSelected("English")
	tapButton(t, v, tr("report.create"))
	// The group goes on working while the report is made: the worker has its own copy.
	c.SetAnswer(testEdit(), "economy.cost", func(a *assessment.Answer) { a.Text = "Added after the click" })
	v.working.Wait()

	if suggested != "Faldsensor på plejecenter Åbo.pdf" {
		t.Errorf("suggested %q", suggested)
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("%PDF")) {
		t.Fatalf("%s does not start with %%PDF", path)
	}
	text := pdfText(t, path)
	for _, want := range []string{"Need and technology", "Faldsensor på plejecenter Åbo"} {
		if !strings.Contains(text, want) {
			t.Errorf("the English report lacks %q", want)
		}
	}
	if strings.Contains(text, "Added after the click") {
		t.Error("the report holds an edit made after the click")
	}
	if !v.resultBox.Visible() || !strings.Contains(v.done.Text, path) || v.create.Disabled() {
		t.Errorf("after the report: result %v %q, button disabled %v", v.resultBox.Visible(), v.done.Text, v.create.Disabled())
	}
	if top := s.scroll.Content; top != v {
		t.Error("the page changed")
	}
	if windowFor(v).Canvas().Overlays().Top() != nil {
		t.Error("a dialog still shows after the report was made")
	}

	test.Tap(v.openPDF)
	test.Tap(v.openDir)
	wantPDF := "file://" + filepath.ToSlash(path)
	wantDir := "file://" + filepath.ToSlash(dir)
	if !reflect.DeepEqual(opened, []string{wantPDF, wantDir}) {
		t.Errorf("opened %q, want %q", opened, []string{wantPDF, wantDir})
	}

	// The Danish report, over the English one.
	v.language.SetSelected("Danish")
	tapButton(t, v, tr("report.create"))
	v.working.Wait()
	if text := pdfText(t, path); !strings.Contains(text, "Behov og teknologi") || !strings.Contains(text, "Added after the click") {
		t.Error("the Danish report lacks the domain's Danish title or the later answer")
	}
	if _, err := os.Stat(path + ".bak"); err == nil {
		t.Error("a report keeps a .bak")
	}
}

func TestReportErrorShowsAndCreatesNothing(t *testing.T) {
	c := testcase.Case()
	s, _ := newTestScreen(t, c)
	v := showCasePage(t, s, tr("nav.report")).(*reportView)
	path := filepath.Join(t.TempDir(), "no such folder", "rapport.pdf")
	v.choosePath = func(_ string, done func(string)) { done(path) }
	tapButton(t, v, tr("report.create"))
	v.working.Wait()
	top := windowFor(v).Canvas().Overlays().Top()
	if top == nil || !containsText(labelsIn(top), "rapport.pdf") {
		t.Fatalf("no error dialog naming the file: %v", top)
	}
	if v.resultBox.Visible() || v.create.Disabled() {
		t.Error("a failed report shows a result or leaves the button disabled")
	}
	if _, err := os.Stat(path); err == nil {
		t.Error("a file was made")
	}
}

func TestCancelledReportWritesNothing(t *testing.T) {
	data, err := casefile.Encode(testcase.Case())
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "rapport.pdf")
	var cancelled atomic.Bool
	cancelled.Store(true)
	if err := writeReport(data, report.Options{Lang: "da"}, path, &cancelled); err != errCancelled {
		t.Errorf("cancelled report: %v", err)
	}
	if _, err := os.Stat(path); err == nil {
		t.Error("a cancelled report wrote its file")
	}
}

func TestReportProgressDialogCancels(t *testing.T) {
	c := testcase.Case()
	s, _ := newTestScreen(t, c)
	v := showCasePage(t, s, tr("nav.report")).(*reportView)
	job := &reportJob{}
	v.job = job
	v.create.Disable()
	v.showProgress(job)
	w := windowFor(v)
	top := w.Canvas().Overlays().Top()
	if top == nil || !containsText(labelsIn(top), tr("report.working")) {
		t.Fatal("no progress dialog")
	}
	tapButton(t, top, tr("report.cancel"))
	if !job.cancelled.Load() || v.job != nil || v.create.Disabled() || w.Canvas().Overlays().Top() != nil {
		t.Error("cancel did not stop the job, close the dialog and enable the button")
	}
	// The worker's late result is ignored.
	path := filepath.Join(t.TempDir(), "late.pdf")
	v.finished(job, path, errCancelled)
	if v.resultBox.Visible() || w.Canvas().Overlays().Top() != nil {
		t.Error("a cancelled report shows a result or a dialog")
	}
}

func TestPDFFileName(t *testing.T) {
	for title, want := range map[string]string{
		"Faldsensor: plejecenter": "Faldsensor- plejecenter.pdf",
		"":                        tr("case.untitled") + ".pdf",
	} {
		if got := pdfFileName(title); got != want {
			t.Errorf("pdfFileName(%q) = %q, want %q", title, got, want)
		}
	}
}

// BenchmarkOverviewLarge shows the overview of the large synthetic case (every domain, 30 members
// rating) again and again: building the page, laying it out and a frame.
func BenchmarkOverviewLarge(b *testing.B) {
	s, _ := benchScreen(b, testcase.Large())
	overview, reportPage := -1, -1
	for i, p := range s.pages {
		switch p.entry().Title {
		case tr("nav.overview"):
			overview = i
		case tr("nav.report"):
			reportPage = i
		}
	}
	s.SelectPage(reportPage)
	frame(s)
	b.ReportAllocs()
	for b.Loop() {
		s.selected = -1 // build the page again
		s.SelectPage(overview)
		frame(s)
	}
	b.StopTimer()
	s.SelectPage(overview)
	if v, ok := s.scroll.Content.(*overviewView); !ok || len(v.chart.geom.Rows) == 0 {
		b.Fatal("the overview shows no profile")
	}
}

func TestReportPageMakesTheShortDecisionBasis(t *testing.T) {
	c := testcase.Case()
	s, _ := newTestScreen(t, c)
	v := showCasePage(t, s, tr("nav.report")).(*reportView)
	path := filepath.Join(t.TempDir(), "kort.pdf")
	var suggested string
	v.choosePath = func(name string, done func(string)) { suggested = name; done(path) }
	v.kind.SetSelected(tr("report.kindShort"))
	tapButton(t, v, tr("report.create"))
	v.working.Wait()
	if suggested != "Faldsensor på plejecenter Åbo-short.pdf" {
		t.Errorf("suggested %q", suggested)
	}
	short := pdfText(t, path)
	full, err := report.PDF(c, report.Options{Lang: "da"})
	if err != nil {
		t.Fatal(err)
	}
	want, err := report.PDF(c, report.Options{Lang: "da", Short: true})
	if err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(path)
	if !bytes.Equal(got, want) || bytes.Equal(got, full) {
		t.Errorf("the page did not write the short report (same as the CLI's --short); text:\n%.300s", short)
	}
}
