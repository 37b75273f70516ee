package ui

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/google/uuid"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/casefile"
	"github.com/helhed/helhed/resources"
)

// newCaseOption is an Options.NewCase that counts the cases it makes.
func newCaseOption(t *testing.T, made *int) func() *assessment.Case {
	return func() *assessment.Case {
		*made++
		return assessment.New(testFramework(t), "", testEdit())
	}
}

// chooseInSelect taps s and then the item labelled label in the list that opens.
func chooseInSelect(t *testing.T, w fyne.Window, s *widget.Select, label string) {
	t.Helper()
	test.Tap(s)
	top := w.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("the select opened no list")
	}
	if item := tappableWithText(top, nil, label); item != nil {
		test.Tap(item)
		return
	}
	t.Fatalf("the list has no item %q", label)
}

// tappableWithText returns the innermost tappable object around a text reading label.
func tappableWithText(o fyne.CanvasObject, around fyne.Tappable, label string) fyne.Tappable {
	if tp, ok := o.(fyne.Tappable); ok {
		around = tp
	}
	if tx, ok := o.(*canvas.Text); ok && tx.Text == label && around != nil {
		return around
	}
	var children []fyne.CanvasObject
	switch v := o.(type) {
	case *fyne.Container:
		children = v.Objects
	case fyne.Widget:
		children = test.WidgetRenderer(v).Objects()
	}
	for _, c := range children {
		if tp := tappableWithText(c, around, label); tp != nil {
			return tp
		}
	}
	return nil
}

// entryWithHint finds the entry inside o whose placeholder is hint.
func entryWithHint(t *testing.T, o fyne.CanvasObject, hint string) *widget.Entry {
	t.Helper()
	for _, x := range objects(o) {
		switch e := x.(type) {
		case *widget.Entry:
			if e.PlaceHolder == hint {
				return e
			}
		case *growEntry:
			if e.PlaceHolder == hint {
				return &e.Entry
			}
		case *widget.SelectEntry:
			if e.PlaceHolder == hint {
				return &e.Entry
			}
		}
	}
	t.Fatalf("no entry with the hint %q", hint)
	return nil
}

// typeAtEnd types text after the text entry e holds, as a user who clicks at its end.
func typeAtEnd(e *widget.Entry, text string) {
	e.TypedShortcut(&fyne.ShortcutSelectAll{})
	e.TypedKey(&fyne.KeyEvent{Name: fyne.KeyEnd})
	test.Type(e, text)
}

// finishWizard goes through the new-case wizard the way a user does, with the fewest fields:
// title, technology, category and one member. Tests of other screens can use it after Ctrl+N.
func finishWizard(t *testing.T, m *mainWindow, title string) {
	t.Helper()
	w := m.wizard
	if w == nil {
		t.Fatal("the new-case wizard does not show")
	}
	test.Type(w.form.title, title)
	test.Type(w.form.technology, "Fall sensor")
	chooseInSelect(t, m.win, w.form.category, "Sensors and wearables")
	test.Tap(w.next)
	test.Tap(w.next)
	test.Type(w.adder.row.name, "Mette")
	test.Tap(w.adder.add)
	test.Tap(w.create)
}

func TestWizardCreatesTheCaseFromWhatIsTypedAndTapped(t *testing.T) {
	made := 0
	m := newTestWindow(t, Options{NewCase: newCaseOption(t, &made)})
	test.Tap(m.start.newCase)
	w := m.wizard
	if w == nil || m.win.Content() != w.content {
		t.Fatal("New case does not show the wizard")
	}
	if w.step != 0 || w.stepLabel.Text != "Step 1 of 3" {
		t.Errorf("first step = %d, %q", w.step, w.stepLabel.Text)
	}

	// Step 1: what is assessed. Next says what is missing.
	test.Tap(w.next)
	if !w.problem.Visible() || w.problem.Text != "Give the case a title." || w.step != 0 {
		t.Errorf("Next without a title: problem %q (shown %v), step %d", w.problem.Text, w.problem.Visible(), w.step)
	}
	test.Type(w.form.title, "Fall sensors at Solbakken")
	test.Type(w.form.technology, "Bed sensor that alerts staff")
	test.Tap(w.next)
	if w.problem.Text != "Choose the category that fits best (or “Other”)." {
		t.Errorf("Next without a category: %q", w.problem.Text)
	}
	chooseInSelect(t, m.win, w.form.category, "Sensors and wearables")
	test.Type(w.form.description, "A sensor under the mattress.")
	if got := w.form.language.Selected; got != "English" {
		t.Errorf("case language = %q, want the UI language", got)
	}
	test.Tap(w.next)
	if w.step != 1 || w.problem.Visible() {
		t.Fatalf("step = %d, problem %q", w.step, w.problem.Text)
	}

	// Step 2: the decision, with a deadline that must be a date.
	test.Type(w.form.decision, "Should Solbakken buy sensors for all 48 flats?")
	test.Type(w.form.deadline, "30.9.2026")
	if w.form.deadlineProblem.Text == "" {
		t.Error("a wrong date shows no message under the field")
	}
	test.Tap(w.next)
	if w.step != 1 || !strings.Contains(w.problem.Text, "year-month-day") {
		t.Errorf("Next with a wrong date: step %d, problem %q", w.step, w.problem.Text)
	}
	w.form.deadline.SetText("")
	test.Type(w.form.deadline, "2026-09-30")
	if w.form.deadlineProblem.Text != "" {
		t.Error("a right date still shows the message")
	}
	test.Type(w.form.setting, "Nursing home, nights")
	test.Type(w.form.comparator, "Rounds every two hours")
	test.Tap(w.next)

	// Step 3: the group and its members.
	if w.step != 2 || !w.create.Visible() || w.next.Visible() {
		t.Fatalf("step = %d; create shown %v", w.step, w.create.Visible())
	}
	test.Type(w.form.group, "Group 3")
	test.Tap(w.create)
	if w.problem.Text != "Add at least one member: write a name and press Add." || m.screen != nil {
		t.Fatalf("Create without members: %q", w.problem.Text)
	}
	test.Type(w.adder.row.name, "Mette")
	test.Type(w.adder.row.profession, "Nurse")
	test.Tap(w.adder.add)
	test.Type(w.adder.row.name, "Jonas")
	test.Type(w.adder.row.profession, "Physiotherapist")
	test.Type(w.adder.row.role, "Note-taker")
	test.Tap(w.adder.add)
	test.Type(w.adder.row.name, "Typo")
	test.Tap(w.adder.add)
	test.Tap(w.rows[2].remove)
	if len(w.rows) != 2 || w.adder.row.name.Text != "" {
		t.Fatalf("rows = %d, adder name %q", len(w.rows), w.adder.row.name.Text)
	}
	test.Tap(w.create)

	if m.screen == nil || m.wizard != nil {
		t.Fatal("Create the case shows no case")
	}
	c := m.screen.c
	i := c.Info
	want := assessment.Info{Meta: i.Meta, Title: "Fall sensors at Solbakken", GroupName: "Group 3",
		Technology: "Bed sensor that alerts staff", Category: "sensors-wearables",
		Description: "A sensor under the mattress.", Setting: "Nursing home, nights",
		Decision: "Should Solbakken buy sensors for all 48 flats?", Comparator: "Rounds every two hours",
		Deadline: "2026-09-30", Language: "en"}
	if i != want {
		t.Errorf("info =\n%+v\nwant\n%+v", i, want)
	}
	var members []string
	for _, mb := range c.LiveMembers() {
		members = append(members, mb.Name+"/"+mb.Profession+"/"+mb.Role)
	}
	if strings.Join(members, "|") != "Mette/Nurse/|Jonas/Physiotherapist/Note-taker" {
		t.Errorf("members = %q", members)
	}
	if len(c.Members) != 2 {
		t.Errorf("%d member records, want 2 (the removed row was never a member)", len(c.Members))
	}
	if problems := c.Check(); len(problems) > 0 {
		t.Errorf("the new case is inconsistent: %q", problems)
	}
	// Not saved yet: closing asks first.
	if m.path != "" || !m.dirty || m.win.Title() != "Helhed — Fall sensors at Solbakken *" {
		t.Errorf("path %q, dirty %v, title %q", m.path, m.dirty, m.win.Title())
	}
	// It asks who is at the keyboard, now that the case has members.
	if !containsText(labelsIn(topDialog(t, m)), "Helhed notes who writes") {
		t.Error("no question who is at the keyboard")
	}
}

func TestWizardCancelLeavesNothingBehind(t *testing.T) {
	made := 0
	m := newTestWindow(t, Options{NewCase: newCaseOption(t, &made)})
	start := m.win.Content()
	press(t, m, ctrl(fyne.KeyN))
	w := m.wizard
	test.Type(w.form.title, "Never mind")
	test.Tap(w.cancel)
	if m.wizard != nil || m.screen != nil || m.win.Content() != start {
		t.Error("Cancel did not bring back the start screen")
	}

	// With a case open, with unsaved changes: cancel brings it back as it was.
	c := testCase(t)
	m.showCase(c, "")
	m.edited()
	page := m.win.Content()
	press(t, m, ctrl(fyne.KeyN))
	test.Tap(m.wizard.cancel)
	if m.screen == nil || m.screen.c != c || !m.dirty || m.win.Content() != page {
		t.Error("Cancel did not bring back the open case")
	}
}

func TestWizardAsksAboutUnsavedChangesBeforeReplacingTheCase(t *testing.T) {
	made := 0
	m := newTestWindow(t, Options{Case: testCase(t), NewCase: newCaseOption(t, &made)})
	old := m.screen.c
	m.edited()
	press(t, m, ctrl(fyne.KeyN))
	finishWizard(t, m, "Second case")
	if m.screen.c != old {
		t.Fatal("the new case replaced one with unsaved changes without asking")
	}
	tapButton(t, topDialog(t, m), "Cancel")
	if m.screen.c != old || m.wizard == nil {
		t.Fatal("Cancel in the question left the wizard")
	}
	test.Tap(m.wizard.create)
	tapButton(t, topDialog(t, m), "Don't save")
	if m.screen.c == old || m.screen.c.Info.Title != "Second case" {
		t.Error("Don't save did not show the new case")
	}
}

func TestCasePageEditsTheInformation(t *testing.T) {
	c := testCase(t)
	s, edits := newTestScreen(t, c)
	s.SelectPage(0)
	page := s.scroll.Content
	hint := func(id string) *widget.Entry { return entryWithHint(t, page, tr(id)) }

	typeAtEnd(hint("case.titleHint"), " at night")
	test.Type(hint("case.groupHint"), "Group 3")
	test.Type(hint("case.technologyHint"), "Bed sensor")
	test.Type(hint("case.descriptionHint"), "Under the mattress")
	test.Type(hint("case.settingHint"), "Nursing home")
	test.Type(hint("case.decisionHint"), "Buy it?")
	test.Type(hint("case.comparatorHint"), "Rounds")
	deadline := hint("case.deadlineHint")
	test.Type(deadline, "2027-03-01")
	i := c.Info
	if i.Title != "Fall sensor at night" || i.GroupName != "Group 3" || i.Technology != "Bed sensor" ||
		i.Description != "Under the mattress" || i.Setting != "Nursing home" || i.Decision != "Buy it?" ||
		i.Comparator != "Rounds" || i.Deadline != "2027-03-01" {
		t.Errorf("info = %+v", i)
	}
	if *edits == 0 || s.title.Text != "Fall sensor at night" {
		t.Errorf("edits %d, title above the navigation %q", *edits, s.title.Text)
	}

	// A wrong date says so and leaves the case's date as it was.
	test.Type(deadline, "x")
	if c.Info.Deadline != "2027-03-01" || !containsText(labelsIn(page), "Write the date as year-month-day") {
		t.Errorf("deadline %q after a wrong date; labels %q", c.Info.Deadline, labelsIn(page))
	}
	deadline.SetText("")
	if c.Info.Deadline != "" {
		t.Errorf("an emptied deadline is %q", c.Info.Deadline)
	}

	var selects []*widget.Select
	for _, o := range objects(page) {
		if sel, ok := o.(*widget.Select); ok {
			selects = append(selects, sel)
		}
	}
	if len(selects) != 2 {
		t.Fatalf("%d selects on the case page, want category and language", len(selects))
	}
	w := windowFor(page)
	chooseInSelect(t, w, selects[0], "Telemedicine")
	if c.Info.Category != "telemedicine" {
		t.Errorf("category = %q", c.Info.Category)
	}
	// The language of the case: the framework's texts follow it.
	chooseInSelect(t, w, selects[1], "Danish")
	if c.Info.Language != "da" || s.lang != "da" {
		t.Errorf("language = %q, screen %q", c.Info.Language, s.lang)
	}
	if _, ok := navShown(t, s)["6. Økonomi"]; !ok {
		t.Errorf("the navigation is not in Danish: %v", navShown(t, s))
	}
}

func TestCasePageAddsEditsAndRemovesMembers(t *testing.T) {
	c := testCase(t)
	s, _ := newTestScreen(t, c)
	s.SelectPage(0)
	page := s.scroll.Content
	name := entryWithHint(t, page, tr("members.newNameHint"))
	test.Type(name, "Mette")
	var add *widget.Button
	for _, o := range objects(page) {
		if b, ok := o.(*widget.Button); ok && b.Text == "Add" {
			add = b
		}
	}
	test.Tap(add)
	test.Type(name, "Jonas")
	var professions []*widget.SelectEntry
	for _, o := range objects(page) {
		if e, ok := o.(*widget.SelectEntry); ok && e.PlaceHolder == tr("members.professionHint") {
			professions = append(professions, e)
		}
	}
	test.Type(professions[len(professions)-1], "x") // the adder's, after Mette's row
	name.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
	live := c.LiveMembers()
	if len(live) != 2 || live[0].Name != "Mette" || live[1].Name != "Jonas" {
		t.Fatalf("members = %+v", live)
	}

	// Rows edit the members in place.
	var rows []*widget.Entry
	for _, o := range objects(page) {
		if e, ok := o.(*widget.Entry); ok && e.PlaceHolder == tr("members.nameHint") {
			rows = append(rows, e)
		}
	}
	if len(rows) != 2 {
		t.Fatalf("%d member rows", len(rows))
	}
	typeAtEnd(rows[0], " H.")
	if m, _ := c.Member(live[0].ID); m.Name != "Mette H." || m.Rev < 2 {
		t.Errorf("member after editing: %+v", m)
	}

	// Removing asks first; Keep keeps, Remove leaves a tombstone.
	var removes []*widget.Button
	for _, o := range objects(page) {
		if b, ok := o.(*widget.Button); ok && b.Text == "" && b.Icon != nil && b.Icon.Name() == theme.DeleteIcon().Name() && b.OnTapped != nil {
			removes = append(removes, b)
		}
	}
	if len(removes) != 2 {
		t.Fatalf("%d remove buttons", len(removes))
	}
	w := windowFor(page)
	test.Tap(removes[1])
	tapButton(t, w.Canvas().Overlays().Top(), "Keep")
	if len(c.LiveMembers()) != 2 {
		t.Fatal("Keep removed the member")
	}
	test.Tap(removes[1])
	dlg := w.Canvas().Overlays().Top()
	if !containsText(labelsIn(dlg), "Remove Jonas (x) from the group?") {
		t.Errorf("question = %q", labelsIn(dlg))
	}
	tapButton(t, dlg, "Remove")
	if got := c.LiveMembers(); len(got) != 1 || got[0].Name != "Mette H." {
		t.Errorf("live members after removing = %+v", got)
	}
	if m, ok := c.Member(live[1].ID); !ok || !m.Deleted {
		t.Errorf("the removed member is not a tombstone: %+v", m)
	}
}

func TestTheMemberAtTheKeyboardSignsEveryEdit(t *testing.T) {
	c := testCase(t)
	mette := c.AddMember(testEdit(), "Mette", "Nurse", "").ID
	jonas := c.AddMember(testEdit(), "Jonas", "Physiotherapist", "").ID
	m := newTestWindow(t, Options{Case: c})

	ask := topDialog(t, m)
	if !containsText(labelsIn(ask), "Helhed notes who writes") {
		t.Fatalf("opening a case with members does not ask who is at the keyboard: %q", labelsIn(ask))
	}
	tapButton(t, ask, "Mette (Nurse)")
	if m.keyboard.choose.Selected != "Mette (Nurse)" || !m.keyboard.content.Visible() {
		t.Errorf("the bar shows %q", m.keyboard.choose.Selected)
	}

	m.screen.SelectPage(0)
	title := entryWithHint(t, m.screen.scroll.Content, tr("case.titleHint"))
	test.Type(title, "!")
	if c.Info.ChangedBy != mette {
		t.Errorf("changed by %v, want Mette %v", c.Info.ChangedBy, mette)
	}

	chooseInSelect(t, m.win, m.keyboard.choose, "Jonas (Physiotherapist)")
	test.Type(title, "!")
	if c.Info.ChangedBy != jonas {
		t.Errorf("changed by %v, want Jonas %v", c.Info.ChangedBy, jonas)
	}

	// The bar follows the members: a renamed member is renamed there; a removed one is no
	// longer at the keyboard.
	if err := c.UpdateMember(testEdit(), jonas, func(mb *assessment.Member) { mb.Name = "Jonas B." }); err != nil {
		t.Fatal(err)
	}
	m.screen.changed()
	if m.keyboard.choose.Selected != "Jonas B. (Physiotherapist)" {
		t.Errorf("after renaming the bar shows %q", m.keyboard.choose.Selected)
	}
	if err := c.DeleteMember(testEdit(), jonas); err != nil {
		t.Fatal(err)
	}
	m.screen.changed()
	test.Type(title, "!")
	if c.Info.ChangedBy != uuid.Nil || m.keyboard.choose.Selected != "Nobody chosen" {
		t.Errorf("after Jonas left: changed by %v, bar %q", c.Info.ChangedBy, m.keyboard.choose.Selected)
	}

	// The choice holds for the session: reopening a case with Mette does not ask again.
	chooseInSelect(t, m.win, m.keyboard.choose, "Mette (Nurse)")
	overlays := len(m.win.Canvas().Overlays().List())
	m.showCase(c, "")
	if len(m.win.Canvas().Overlays().List()) != overlays || m.keyboard.id != mette {
		t.Error("reopening a case with the same member asked again")
	}
}

func TestSkippingTheKeyboardQuestionSignsByNobody(t *testing.T) {
	c := testCase(t)
	c.AddMember(testEdit(), "Mette", "", "")
	m := newTestWindow(t, Options{Case: c})
	tapButton(t, topDialog(t, m), "Skip")
	if m.keyboard.id != uuid.Nil || m.keyboard.choose.Selected != "Nobody chosen" {
		t.Errorf("after Skip: %v, %q", m.keyboard.id, m.keyboard.choose.Selected)
	}
	if e := m.editAtKeyboard(); e.By != uuid.Nil {
		t.Errorf("edit by %v", e.By)
	}
	// A case without members asks nothing and hides the bar.
	m2 := newTestWindow(t, Options{Case: testCase(t)})
	if m2.win.Canvas().Overlays().Top() != nil || m2.keyboard.content.Visible() {
		t.Error("a case without members asks who is at the keyboard")
	}
}

func TestRecentFilesInThePreferences(t *testing.T) {
	setup(t)
	st := appSettings()
	if got := st.RecentFiles(); len(got) != 0 {
		t.Fatalf("fresh recent files = %q", got)
	}
	st.AddRecentFile("/a.mtv")
	st.AddRecentFile("/b.mtv")
	st.AddRecentFile("/a.mtv") // again: moves to the top, once
	if got := st.RecentFiles(); !slices.Equal(got, []string{"/a.mtv", "/b.mtv"}) {
		t.Errorf("recent = %q", got)
	}
	for i := range 12 {
		st.AddRecentFile(fmt.Sprintf("/%d.mtv", i))
	}
	got := st.RecentFiles()
	if len(got) != maxRecent || got[0] != "/11.mtv" || got[9] != "/2.mtv" {
		t.Errorf("recent after 14 files = %q", got)
	}
	st.RemoveRecentFile("/5.mtv")
	if slices.Contains(st.RecentFiles(), "/5.mtv") || len(st.RecentFiles()) != maxRecent-1 {
		t.Errorf("after removing: %q", st.RecentFiles())
	}
}

func TestStartScreenListsRecentCasesAndOpensThem(t *testing.T) {
	setup(t)
	dir := t.TempDir()
	saved := filepath.Join(dir, "Fall sensor.mtv")
	if err := casefile.Save(saved, testCase(t)); err != nil {
		t.Fatal(err)
	}
	gone := filepath.Join(dir, "Moved away.mtv")
	st := appSettings()
	st.AddRecentFile(gone)
	st.AddRecentFile(saved)

	m := newMainWindow(fyne.CurrentApp(), Options{NewCase: func() *assessment.Case { return testCase(t) }})
	m.edit = testEdit
	m.win.Show()
	rows := m.start.recent
	if len(rows) != 2 || rows[0].path != saved || rows[1].path != gone {
		t.Fatalf("recent rows = %+v", rows)
	}
	if rows[0].missing || rows[0].open.Disabled() || rows[0].open.Text != "Fall sensor" {
		t.Errorf("an existing file shows as %q, disabled %v", rows[0].open.Text, rows[0].open.Disabled())
	}
	if !rows[1].missing || !rows[1].open.Disabled() || !containsText(labelsIn(rows[1].content), "Not found") {
		t.Errorf("a missing file is not greyed with a note: %q", labelsIn(rows[1].content))
	}
	test.Tap(rows[1].forget)
	if slices.Contains(st.RecentFiles(), gone) || len(m.start.recent) != 1 {
		t.Errorf("Remove from the list kept it: %q", st.RecentFiles())
	}

	test.Tap(rows[0].open)
	if m.screen == nil || m.path != saved || m.screen.c.Info.Title != "Fall sensor" {
		t.Fatal("tapping a recent case did not open it")
	}
	// Opening puts the file first.
	st.AddRecentFile("/other.mtv")
	m.openPath(saved)
	if got := st.RecentFiles(); got[0] != saved {
		t.Errorf("after opening, recent = %q", got)
	}
}

func TestWindowSizeIsRemembered(t *testing.T) {
	a := setup(t)
	st := appSettings()
	if got := st.WindowSize(); got != fyne.NewSize(defaultWindowWidth, defaultWindowHeight) {
		t.Errorf("default size = %v", got)
	}
	w := a.NewWindow("x")
	save := rememberWindowSize(w, st)
	w.Resize(fyne.NewSize(1280, 900))
	save()
	if got := st.WindowSize(); got != fyne.NewSize(1280, 900) {
		t.Errorf("remembered %v", got)
	}
	w2 := a.NewWindow("y")
	rememberWindowSize(w2, st)
	if got := w2.Canvas().Size(); got != fyne.NewSize(1280, 900) {
		t.Errorf("the next window opens at %v", got)
	}
	// A window closed while tiny (minimised) does not shrink the next one.
	w2.Resize(fyne.NewSize(10, 10))
	st.SetWindowSize(w2.Canvas().Size())
	if got := st.WindowSize(); got != fyne.NewSize(1280, 900) {
		t.Errorf("after a tiny window: %v", got)
	}
}

func TestSettingsDialogPersistsAndAppliesTheChoices(t *testing.T) {
	m := newTestWindow(t, Options{})
	if m.start.settings == nil {
		t.Fatal("the start screen has no settings button")
	}
	test.Tap(m.start.settings)
	if !containsText(labelsIn(topDialog(t, m)), "applies the next time you start Helhed") {
		t.Error("the dialog does not say when a new language applies")
	}
	m.win.Canvas().Overlays().Top().Hide()

	d := m.openSettings()
	st := appSettings()
	if d.language.Selected != tr("settings.langSystem") || d.colours.Selected != "As the computer" ||
		d.textSize.Selected != "Normal" {
		t.Errorf("defaults shown: %q %q %q", d.language.Selected, d.colours.Selected, d.textSize.Selected)
	}
	test.Tap(radioItem(t, d.language, "Dansk"))
	test.Tap(radioItem(t, d.colours, "Dark"))
	test.Tap(radioItem(t, d.textSize, "Large (for a projector)"))
	if st.UILanguage() != "da" || st.Theme() != "dark" || st.TextSize() != "large" {
		t.Errorf("stored: %q %q %q", st.UILanguage(), st.Theme(), st.TextSize())
	}
	// Colours and text size apply at once.
	th := fyne.CurrentApp().Settings().Theme()
	if th.Color(theme.ColorNameBackground, theme.VariantLight) != theme.DefaultTheme().Color(theme.ColorNameBackground, theme.VariantDark) {
		t.Error("the dark theme does not apply")
	}
	if got, want := th.Size(theme.SizeNameText), theme.DefaultTheme().Size(theme.SizeNameText)*largeTextScale; got != want {
		t.Errorf("large text size = %v, want %v", got, want)
	}
	if th.Size(theme.SizeNamePadding) != theme.DefaultTheme().Size(theme.SizeNamePadding) {
		t.Error("large text changes the padding")
	}
	// A new dialog shows what is stored; bad stored values read as the defaults.
	d2 := m.openSettings()
	if d2.language.Selected != "Dansk" || d2.colours.Selected != "Dark" {
		t.Errorf("reopened: %q %q", d2.language.Selected, d2.colours.Selected)
	}
	fyne.CurrentApp().Preferences().SetString(prefTheme, "purple")
	if st.Theme() != themeSystem {
		t.Errorf("a bad stored theme reads as %q", st.Theme())
	}
}

// radioItem returns the option labelled label of radio group r, to tap.
func radioItem(t *testing.T, r *widget.RadioGroup, label string) fyne.Tappable {
	t.Helper()
	if tp := tappableWithText(r, nil, label); tp != nil {
		return tp
	}
	t.Fatalf("no option %q", label)
	return nil
}

func TestResolveUILanguage(t *testing.T) {
	for _, c := range []struct {
		choice string
		system fyne.Locale
		want   string
	}{
		{"system", "da-DK", "da"}, {"system", "da", "da"}, {"system", "en-US", "en"},
		{"system", "de-DE", "en"}, {"da", "en-US", "da"}, {"en", "da-DK", "en"}, {"", "da-DK", "da"},
	} {
		if got := resolveUILanguage(c.choice, c.system); got != c.want {
			t.Errorf("%s on %s = %s, want %s", c.choice, c.system, got, c.want)
		}
	}
}

// TestDanishUI loads the Danish translations as the app does at start, under the system
// locale's name (here en-US), and finds Helhed's and Fyne's texts in Danish.
func TestDanishUI(t *testing.T) {
	setup(t)
	t.Setenv("LANGUAGE", "") // the locale comes from LANG alone (set by setup)
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	if err := loadTranslations("da"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := loadTranslations("en"); err != nil {
			t.Error(err)
		}
	})
	if uiLanguage() != "da" {
		t.Fatalf("UI language = %q", uiLanguage())
	}
	m := newMainWindow(fyne.CurrentApp(), Options{NewCase: func() *assessment.Case { return testCase(t) }})
	m.win.Show()
	if got := m.start.newCase.Text; got != "Ny sag" {
		t.Errorf("New case in Danish = %q", got)
	}
	if got := tr("nav.progress", 2, 5); got != "2 af 5 færdige" {
		t.Errorf("progress in Danish = %q", got)
	}
	// Fyne's own texts, as in its dialogs.
	dialog.NewConfirm("?", "?", nil, m.win).Show()
	tapButton(t, topDialog(t, m), "Nej")
	if got := lang.L("Cancel"); got != "Annuller" {
		t.Errorf("Fyne's Cancel = %q", got)
	}
	// A new case is in the UI language.
	test.Tap(m.start.newCase)
	if got := m.wizard.form.language.Selected; got != "Dansk" {
		t.Errorf("a new case's language in the Danish UI = %q", got)
	}

	// Back to English, as the other tests expect.
	if err := loadTranslations("en"); err != nil {
		t.Fatal(err)
	}
	if got := tr("start.new"); got != "New case" || lang.L("Cancel") != "Cancel" {
		t.Errorf("after switching back: %q, %q", got, lang.L("Cancel"))
	}
}

// TestDanishTranslationIsComplete checks that da.json translates every UI text and every text
// of Fyne's own (en.json lists them), with the same formatting verbs as the English text, and
// holds nothing else.
func TestDanishTranslationIsComplete(t *testing.T) {
	read := func(name string) map[string]any {
		data, err := resources.Translation(name)
		if err != nil {
			t.Fatal(err)
		}
		out := map[string]any{}
		if err := json.Unmarshal(data, &out); err != nil {
			t.Fatalf("%s.json: %v", name, err)
		}
		return out
	}
	da, fyneTexts := read("da"), read("en")
	if len(fyneTexts) < 39 {
		t.Errorf("en.json lists %d of Fyne's texts; Fyne 2.8.1 has 39", len(fyneTexts))
	}
	verbs := regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[vTtbcdoOqxXUeEfFgGsp%]`)
	sortedVerbs := func(s string) string {
		v := verbs.FindAllString(regexp.MustCompile(`%\[\d+\]`).ReplaceAllString(s, "%"), -1)
		sort.Strings(v)
		return strings.Join(v, " ")
	}
	var missing []string
	for id, en := range english {
		d, ok := da[id].(string)
		if !ok || strings.TrimSpace(d) == "" {
			missing = append(missing, fmt.Sprintf("%q: %q", id, en))
			continue
		}
		if sortedVerbs(d) != sortedVerbs(en) {
			t.Errorf("%s: the Danish %q has other formatting verbs than %q", id, d, en)
		}
		if strings.Contains(en, "{{") || strings.Contains(d, "{{") {
			t.Errorf("%s: {{ would be read as a template", id)
		}
	}
	sort.Strings(missing)
	if len(missing) > 0 {
		t.Errorf("da.json lacks %d texts:\n%s", len(missing), strings.Join(missing, ",\n"))
	}
	for id := range fyneTexts {
		if _, ok := da[id]; !ok {
			t.Errorf("da.json lacks Fyne's text %q", id)
		}
	}
	for id := range da {
		_, ours := english[id]
		_, fynes := fyneTexts[id]
		if !ours && !fynes {
			t.Errorf("da.json has %q, which the UI no longer uses", id)
		}
	}
}

// TestSystemLanguageFollowsTheComputer: with the setting "system", a Danish computer gets the
// Danish UI.
func TestSystemLanguageFollowsTheComputer(t *testing.T) {
	setup(t)
	t.Setenv("LANGUAGE", "")
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	t.Setenv("LANG", "da_DK.UTF-8")
	if err := loadTranslations("system"); err != nil {
		t.Fatal(err)
	}
	got, cancel := tr("start.new"), lang.L("Cancel")
	t.Setenv("LANG", "en_US.UTF-8")
	if err := loadTranslations("en"); err != nil {
		t.Fatal(err)
	}
	if got != "Ny sag" || cancel != "Annuller" {
		t.Errorf("on a Danish computer: %q, %q", got, cancel)
	}
	if tr("start.new") != "New case" || lang.L("Cancel") != "Cancel" {
		t.Errorf("back in English: %q, %q", tr("start.new"), lang.L("Cancel"))
	}
}
