package ui

import (
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/casefile"
)

// mergeFixture is a group's case saved to a file, with two members, and a window on it.
type mergeFixture struct {
	dir      string
	path     string
	anna, bo assessment.Member
	m        *mainWindow
}

func newMergeFixture(t *testing.T, c *assessment.Case) *mergeFixture {
	t.Helper()
	f := &mergeFixture{dir: t.TempDir()}
	f.anna = *c.AddMember(testEdit(), "Anna Ærø", "sygeplejerske", "formand")
	f.bo = *c.AddMember(testEdit(), "Bo Øster", "fysioterapeut", "")
	f.path = filepath.Join(f.dir, "gruppe.mtv")
	if err := casefile.Save(f.path, c); err != nil {
		t.Fatal(err)
	}
	loaded, err := casefile.Load(f.path)
	if err != nil {
		t.Fatal(err)
	}
	f.m = newTestWindow(t, Options{Case: loaded, Path: f.path})
	tapButton(t, topDialog(t, f.m), memberLabel(f.anna)) // Anna is at the keyboard
	return f
}

// memberCopy writes a copy of the group's file changed by member: their answer to qid.
func (f *mergeFixture) memberCopy(t *testing.T, name string, member assessment.Member, qid, text string) string {
	t.Helper()
	c, err := casefile.Load(f.path)
	if err != nil {
		t.Fatal(err)
	}
	for i := range len(text) + 1 { // typed, a revision per keystroke
		c.SetAnswer(assessment.Edit{By: member.ID, At: testClock.Add(time.Duration(i) * time.Second)}, qid,
			func(a *assessment.Answer) { a.Text = text[:i] })
	}
	path := filepath.Join(f.dir, name)
	if err := casefile.Save(path, c); err != nil {
		t.Fatal(err)
	}
	return path
}

// merge runs File → Merge a member's copy… with path chosen in the file dialog.
func (f *mergeFixture) merge(t *testing.T, path string) {
	t.Helper()
	f.m.chooseOpenPath = func(done func(string)) { done(path) }
	for _, menu := range f.m.win.MainMenu().Items {
		for _, it := range menu.Items {
			if it.Label == tr("merge.menu") {
				it.Action()
				return
			}
		}
	}
	t.Fatal("the File menu has no merge item")
}

func buttonsLabelled(o fyne.CanvasObject, text string) []*widget.Button {
	var out []*widget.Button
	for _, x := range objects(o) {
		if b, ok := x.(*widget.Button); ok && b.Text == text && b.Visible() {
			out = append(out, b)
		}
	}
	return out
}

func answerText(c *assessment.Case, qid string) string { a, _ := c.Answer(qid); return a.Text }

func TestMergeACopyAndResolveTheConflictByTapping(t *testing.T) {
	f := newMergeFixture(t, testCase(t))
	annaCopy := f.memberCopy(t, "anna.mtv", f.anna, "need.problem", "Fald om natten opdages for sent.")
	boCopy := f.memberCopy(t, "bo.mtv", f.bo, "need.problem", "Borgerne ligger længe på gulvet.")

	f.merge(t, annaCopy)
	d := topDialog(t, f.m)
	if got := labelsIn(d); !containsText(got, "Answers: 1 new") || !containsText(got, "No conflicts.") {
		t.Fatalf("result dialog after the first copy shows %q", got)
	}
	if got := answerText(f.m.screen.c, "need.problem"); got != "Fald om natten opdages for sent." {
		t.Fatalf("Anna's answer did not come in: %q", got)
	}
	if !f.m.dirty {
		t.Error("the merged case is not marked unsaved")
	}
	tapButton(t, d, tr("merge.close"))

	f.merge(t, boCopy)
	d = topDialog(t, f.m)
	if got := labelsIn(d); !containsText(got, "1 conflict to resolve") {
		t.Fatalf("result dialog after the second copy shows %q", got)
	}
	if !containsText(labelsIn(f.m.win.Content()), "1 conflict from members' copies to resolve") {
		t.Error("no conflicts banner above the case")
	}
	tapButton(t, d, tr("merge.show"))

	d = topDialog(t, f.m)
	shown := labelsIn(d)
	for _, want := range []string{"Answer to 1.1 What problem, for whom?", "Anna Ærø", "Bo Øster",
		"Fald om natten opdages for sent.", "Borgerne ligger længe på gulvet."} {
		if !containsText(shown, want) {
			t.Errorf("the conflicts view does not show %q: %q", want, shown)
		}
	}
	k := f.m.screen.c.OpenConflicts()[0]
	bo := 0
	if k.Versions[1].Author == f.bo.ID {
		bo = 1
	}
	keep := buttonsLabelled(d, tr("conflicts.keep"))
	if len(keep) != 2 {
		t.Fatalf("%d Keep buttons, want one per version", len(keep))
	}
	// The question can be looked at in its page first, and the conflicts opened again.
	tapButton(t, d, tr("conflicts.showInCase"))
	if f.m.screen.page == nil || f.m.screen.page.domain.ID != "need" {
		t.Fatal("Show in the case did not show the question's domain")
	}
	tapButton(t, f.m.win.Content(), tr("conflicts.open")) // the banner
	d = topDialog(t, f.m)
	keep = buttonsLabelled(d, tr("conflicts.keep"))
	test.Tap(keep[bo])

	c := f.m.screen.c
	if got := answerText(c, "need.problem"); got != "Borgerne ligger længe på gulvet." {
		t.Errorf("after keeping Bo's version the answer is %q", got)
	}
	if n := len(c.OpenConflicts()); n != 0 {
		t.Errorf("%d conflicts open after resolving", n)
	}
	if a, _ := c.Answer("need.problem"); a.ChangedBy != f.anna.ID {
		t.Errorf("the resolution is recorded as by %s, not by Anna at the keyboard", a.ChangedBy)
	}
	if !containsText(labelsIn(topDialog(t, f.m)), "All conflicts are resolved") {
		t.Error("the conflicts view does not say all are resolved")
	}
	if containsText(labelsIn(f.m.win.Content()), "from members' copies to resolve") {
		t.Error("the banner still shows after resolving")
	}
	// Merging Anna's copy again brings nothing back.
	before := answerText(c, "need.problem")
	f.merge(t, annaCopy)
	if !containsText(labelsIn(topDialog(t, f.m)), "Nothing new came in") || answerText(f.m.screen.c, "need.problem") != before {
		t.Error("merging an already merged copy changed the case")
	}
}

func TestCombineTwoVersionsByTyping(t *testing.T) {
	f := newMergeFixture(t, testCase(t))
	a := f.memberCopy(t, "anna.mtv", f.anna, "economy.start", "Licens 40.000 kr.")
	b := f.memberCopy(t, "bo.mtv", f.bo, "economy.start", "Oplæring 2 dage.")
	f.merge(t, a)
	f.merge(t, b)
	tapButton(t, topDialog(t, f.m), tr("merge.show"))
	d := topDialog(t, f.m)
	tapButton(t, d, tr("conflicts.combine"))
	var entry *widget.Entry
	for _, o := range objects(d) {
		if e, ok := o.(*widget.Entry); ok && e.Visible() && e.MultiLine {
			entry = e
		}
	}
	if entry == nil {
		t.Fatal("no entry to combine the versions in")
	}
	if !strings.Contains(entry.Text, "Licens 40.000 kr.") || !strings.Contains(entry.Text, "Oplæring 2 dage.") {
		t.Errorf("the entry is not prefilled with both versions: %q", entry.Text)
	}
	entry.SetText("")
	test.Type(entry, "Licens 40.000 kr. og oplæring 2 dage.")
	tapButton(t, d, tr("conflicts.useText"))
	if got := answerText(f.m.screen.c, "economy.start"); got != "Licens 40.000 kr. og oplæring 2 dage." {
		t.Errorf("combined answer %q", got)
	}
	if n := len(f.m.screen.c.OpenConflicts()); n != 0 {
		t.Errorf("%d conflicts open", n)
	}
}

func TestMergeRefusesACopyOfAnotherCase(t *testing.T) {
	f := newMergeFixture(t, testCase(t))
	other := filepath.Join(f.dir, "anden.mtv")
	if err := casefile.Save(other, testCase(t)); err != nil {
		t.Fatal(err)
	}
	before := f.m.screen.c
	f.merge(t, other)
	if got := labelsIn(topDialog(t, f.m)); !containsText(got, "anden.mtv is not a copy of this case") {
		t.Errorf("refusal shows %q", got)
	}
	if f.m.screen.c != before || f.m.dirty {
		t.Error("a refused copy changed the open case")
	}
}

// TestMergeScreenshots writes the merge result and the conflicts view, light and dark, to
// $HELHED_UI_SHOTS (or a temporary folder) for a person to look at.
func TestMergeScreenshots(t *testing.T) {
	dir := os.Getenv("HELHED_UI_SHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	for _, run := range []struct {
		name    string
		variant fyne.ThemeVariant
		lang    string
	}{{"light", theme.VariantLight, "en"}, {"dark", theme.VariantDark, "en"}, {"light-da", theme.VariantLight, "da"}} {
		name, variant := run.name, run.variant
		f := newMergeFixture(t, exampleCase(t))
		if run.lang == "da" {
			t.Setenv("LANGUAGE", "")
			t.Setenv("LC_ALL", "")
			t.Setenv("LC_MESSAGES", "")
			if err := loadTranslations("da"); err != nil {
				t.Fatal(err)
			}
			defer func() {
				if err := loadTranslations("en"); err != nil {
					t.Error(err)
				}
			}()
			f.m.win.SetMainMenu(f.m.mainMenu()) // in Danish
		}
		fyne.CurrentApp().Settings().SetTheme(fixedVariant{theme.DefaultTheme(), variant})
		f.m.win.Resize(fyne.NewSize(1100, 760))
		a := f.memberCopy(t, "anna.mtv", f.anna, "need.problem", "Fald om natten opdages for sent, og borgerne ligger længe.")
		b := f.memberCopy(t, "bo.mtv", f.bo, "need.problem", "Nattevagten kan ikke nå at se til alle borgere hver time.")
		f.merge(t, a)
		tapButton(t, topDialog(t, f.m), tr("merge.close"))
		f.merge(t, b)
		capture(t, f.m, filepath.Join(dir, "merge-result-"+name+".png"))
		tapButton(t, topDialog(t, f.m), tr("merge.show"))
		tapButton(t, topDialog(t, f.m), tr("conflicts.combine"))
		capture(t, f.m, filepath.Join(dir, "merge-conflicts-"+name+".png"))
	}
}

func capture(t *testing.T, m *mainWindow, path string) {
	t.Helper()
	out, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer out.Close()
	if err := png.Encode(out, m.win.Canvas().Capture()); err != nil {
		t.Fatal(err)
	}
}

func TestAChangeSinceTheMergeIsOfferedBesideTheVersions(t *testing.T) {
	f := newMergeFixture(t, testCase(t))
	f.merge(t, f.memberCopy(t, "anna.mtv", f.anna, "need.new", "Sensoren er ny."))
	f.merge(t, f.memberCopy(t, "bo.mtv", f.bo, "need.new", "Alarmen er ny."))
	tapButton(t, topDialog(t, f.m), tr("merge.close"))
	c := f.m.screen.c
	c.SetAnswer(f.m.editAtKeyboard(), "need.new", func(a *assessment.Answer) { a.Text = "Skrevet på mødet." })
	f.m.showConflicts()
	d := topDialog(t, f.m)
	if !containsText(labelsIn(d), "In the case now (changed since the merge)") || !containsText(labelsIn(d), "Skrevet på mødet.") {
		t.Fatalf("the change since the merge is not shown: %q", labelsIn(d))
	}
	keep := buttonsLabelled(d, tr("conflicts.keep"))
	test.Tap(keep[len(keep)-1])
	if got := answerText(c, "need.new"); got != "Skrevet på mødet." || len(c.OpenConflicts()) != 0 {
		t.Errorf("answer %q, %d conflicts", got, len(c.OpenConflicts()))
	}
}

// TestMergeScreenshotOfASourceConflict pictures a conflict of a record without a question: a
// source one member deleted and another changed.
func TestMergeScreenshotOfASourceConflict(t *testing.T) {
	dir := os.Getenv("HELHED_UI_SHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	c := exampleCase(t)
	src := c.AddSource(testEdit(), "need.problem", assessment.Source{Citation: "Hansen et al. 2024, Ugeskrift for Læger", Kind: "study", Appraisal: "Lille studie"}).ID
	f := newMergeFixture(t, c)
	edit := func(name string, m assessment.Member, fn func(*assessment.Case, assessment.Edit)) string {
		cc, err := casefile.Load(f.path)
		if err != nil {
			t.Fatal(err)
		}
		fn(cc, assessment.Edit{By: m.ID, At: testClock.Add(time.Hour)})
		path := filepath.Join(f.dir, name)
		if err := casefile.Save(path, cc); err != nil {
			t.Fatal(err)
		}
		return path
	}
	a := edit("anna.mtv", f.anna, func(cc *assessment.Case, e assessment.Edit) { _ = cc.DeleteSource(e, src) })
	b := edit("bo.mtv", f.bo, func(cc *assessment.Case, e assessment.Edit) {
		_ = cc.UpdateSource(e, src, func(s *assessment.Source) { s.Appraisal = "Godt studie, 400 borgere" })
	})
	f.merge(t, a)
	f.merge(t, b)
	tapButton(t, topDialog(t, f.m), tr("merge.show"))
	d := topDialog(t, f.m)
	if got := labelsIn(d); !containsText(got, "Deleted") || !containsText(got, "Godt studie, 400 borgere") {
		t.Errorf("the source conflict shows %q", got)
	}
	capture(t, f.m, filepath.Join(dir, "merge-source-conflict.png"))
}
