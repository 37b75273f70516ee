package ui

import (
	"bytes"
	"encoding/csv"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/casefile"
	"github.com/helhed/helhed/resources"
)

// groupFolder writes a teacher's folder: two groups' cases and a file cut off in the middle.
func groupFolder(t *testing.T) (dir, first, second string) {
	t.Helper()
	dir = t.TempDir()
	a := testCase(t) // "Fall sensor", nothing answered
	a.UpdateInfo(testEdit(), func(i *assessment.Info) { i.GroupName = "Group 2" })
	b := testCase(t)
	e := testEdit()
	b.UpdateInfo(e, func(i *assessment.Info) { i.Title, i.GroupName = "Video consultations", "Group 5" })
	b.SetAnswer(e, "need.problem", func(x *assessment.Answer) { x.Text = "Long journeys to the clinic." })
	b.SetAnswer(e, "need.new", func(x *assessment.Answer) { x.Text = "Consultations from home." })
	b.SetAnswer(e, "economy.start", func(x *assessment.Answer) { x.NotRelevant, x.NotRelevantReason = true, "Paid by the region" })
	b.SetConsensus(e, "need", assessment.Scores{Consequence: 1, Certainty: "moderate", Complexity: "simple"}, "")
	b.UpdateSynthesis(e, func(s *assessment.Synthesis) { s.Recommendation = "introduce" })
	first, second = filepath.Join(dir, "group2.mtv"), filepath.Join(dir, "group5.mtv")
	for path, c := range map[string]*assessment.Case{first: a, second: b} {
		if err := casefile.Save(path, c); err != nil {
			t.Fatal(err)
		}
	}
	data, err := os.ReadFile(second)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "group7.mtv"), data[:len(data)/3], 0o600); err != nil {
		t.Fatal(err)
	}
	return dir, first, second
}

// openGroupFolder opens dir through the start screen's button and waits until it is read.
func openGroupFolder(t *testing.T, m *mainWindow, dir string) *folderOverview {
	t.Helper()
	m.chooseFolderPath = func(done func(string)) { done(dir) }
	if m.start == nil || m.start.folder == nil {
		t.Fatal("the start screen has no button for a folder of cases")
	}
	test.Tap(m.start.folder)
	v := m.folder
	if v == nil {
		t.Fatal("no folder overview opened")
	}
	select {
	case <-v.loaded:
	case <-time.After(30 * time.Second):
		t.Fatal("the folder was not read")
	}
	return v
}

func TestFolderOverviewShowsTheCasesAndOpensThem(t *testing.T) {
	dir, first, second := groupFolder(t)
	m := newTestWindow(t, Options{})
	v := openGroupFolder(t, m, dir)

	if len(v.rows) != 2 || v.rows[0].path != first || v.rows[1].path != second {
		t.Fatalf("rows %d, want group2.mtv and group5.mtv", len(v.rows))
	}
	shown := strings.Join(labelsIn(v.win.Content()), "|")
	for _, want := range []string{"Fall sensor", "Group 2 · group2.mtv", "Video consultations", "Group 5 · group5.mtv",
		"Introduce", "Not chosen yet", "1 of 2 domains", "0 of 2 domains", "2 cases. 1 file could not be read (below).",
		"Files that could not be read", "group7.mtv is incomplete", "No domain done yet", "Domains not done: 6"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the overview does not show %q:\n%s", want, shown)
		}
	}
	// Video consultations: 3 of 5 questions done (two answered, one not relevant).
	if got := v.rows[1].done.TextFormatter(); got != "3 of 5 (60 %)" || v.rows[1].done.Value != 0.6 {
		t.Errorf("done %q (%v), want 3 of 5 (60 %%)", got, v.rows[1].done.Value)
	}
	if len(v.failed) != 1 || filepath.Base(v.failed[0].path) != "group7.mtv" {
		t.Errorf("unreadable files %+v", v.failed)
	}
	if v.saveCSV.Disabled() {
		t.Error("Save as CSV is disabled although cases were read")
	}

	// Open the second case from its row: the main window shows it, with its file.
	test.Tap(v.rows[1].open)
	if m.screen == nil || m.screen.c.Info.Title != "Video consultations" || m.path != second {
		t.Fatalf("the main window does not show the tapped case (path %q)", m.path)
	}

	// With unsaved changes, opening another row asks first; Cancel keeps the edited case.
	m.screen.c.UpdateInfo(testEdit(), func(i *assessment.Info) { i.Setting = "Outpatient clinic" })
	m.edited()
	test.Tap(v.rows[0].open)
	tapButton(t, topDialog(t, m), tr("unsaved.cancel"))
	if m.screen.c.Info.Title != "Video consultations" || !m.dirty {
		t.Fatal("cancelling replaced the edited case")
	}
	test.Tap(v.rows[0].open)
	tapButton(t, topDialog(t, m), tr("unsaved.discard"))
	if m.screen.c.Info.Title != "Fall sensor" || m.path != first || m.dirty {
		t.Errorf("after Don't save: %q from %q, dirty %v", m.screen.c.Info.Title, m.path, m.dirty)
	}
}

func TestFolderOverviewSavesTheCSV(t *testing.T) {
	dir, _, _ := groupFolder(t)
	m := newTestWindow(t, Options{})
	v := openGroupFolder(t, m, dir)
	target := filepath.Join(t.TempDir(), "overview.csv")
	var suggested string
	v.chooseCSVPath = func(s string, done func(string)) { suggested = s; done(target) }
	test.Tap(v.saveCSV)
	if suggested != "Overview "+filepath.Base(dir)+".csv" {
		t.Errorf("suggested name %q", suggested)
	}
	data, err := os.ReadFile(target)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("\uFEFF")) {
		t.Error("no byte-order mark")
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(data, []byte("\uFEFF"))))
	r.Comma = ';'
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 3 || recs[0][0] != "File" || recs[1][0] != "group2.mtv" || recs[2][2] != "Video consultations" {
		t.Errorf("CSV %q", recs)
	}
	if !strings.Contains(strings.Join(labelsIn(v.win.Content()), "|"), "Saved in "+target) {
		t.Error("the overview does not say where it saved")
	}
}

func TestFolderReadAgainShowsTheLatestChanges(t *testing.T) {
	dir, first, _ := groupFolder(t)
	m := newTestWindow(t, Options{})
	v := openGroupFolder(t, m, dir)
	if v.reload.Disabled() {
		t.Fatal("Read again is disabled after reading")
	}
	// A group hands in its case, another answers a question, the broken copy is removed.
	c := testCase(t)
	c.UpdateInfo(testEdit(), func(i *assessment.Info) { i.Title = "Robot vacuum cleaners" })
	if err := casefile.Save(filepath.Join(dir, "group9.mtv"), c); err != nil {
		t.Fatal(err)
	}
	g2, err := casefile.Load(first)
	if err != nil {
		t.Fatal(err)
	}
	g2.SetAnswer(testEdit(), "need.new", func(a *assessment.Answer) { a.Text = "Alarms at night." })
	if err := casefile.Save(first, g2); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(dir, "group7.mtv")); err != nil {
		t.Fatal(err)
	}
	test.Tap(v.reload)
	select {
	case <-v.loaded:
	case <-time.After(30 * time.Second):
		t.Fatal("the folder was not read again")
	}
	if len(v.rows) != 3 || len(v.failed) != 0 || v.rows[2].row.Title != "Robot vacuum cleaners" {
		t.Fatalf("%d rows, %d unreadable after reading again", len(v.rows), len(v.failed))
	}
	if got := v.rows[0].done.TextFormatter(); got != "1 of 5 (20 %)" {
		t.Errorf("group 2 after its new answer: %q", got)
	}
	shown := strings.Join(labelsIn(v.win.Content()), "|")
	if strings.Contains(shown, "group7.mtv") || !strings.Contains(shown, "3 cases.") {
		t.Errorf("after reading again the overview shows:\n%s", shown)
	}
}

func TestFolderMenuAndEmptyFolder(t *testing.T) {
	m := newTestWindow(t, Options{})
	var found bool
	for _, it := range m.win.MainMenu().Items[0].Items {
		found = found || it.Label == tr("menu.openFolder")
	}
	if !found {
		t.Error("the File menu has no item for a folder of cases")
	}
	v := openGroupFolder(t, m, t.TempDir())
	if len(v.rows) != 0 || v.status.Text != tr("folder.none") || !v.saveCSV.Disabled() {
		t.Errorf("empty folder: %d rows, status %q, save enabled %v", len(v.rows), v.status.Text, !v.saveCSV.Disabled())
	}
}

// TestFolderScreenshots writes pictures of the overview of the shipped examples (light and
// dark) to $HELHED_UI_SHOTS, for a person to look at.
func TestFolderScreenshots(t *testing.T) {
	out := os.Getenv("HELHED_UI_SHOTS")
	if out == "" {
		out = t.TempDir()
	}
	dir := filepath.Join(t.TempDir(), "MTV-modulet forår 2026")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	for i, name := range resources.ExampleNames() {
		data, err := resources.Example(name)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name+".mtv"), data, 0o600); err != nil {
			t.Fatal(err)
		}
		if i == 0 { // a third group that has only just started, and a broken copy
			c, err := casefile.Decode(data, name)
			if err != nil {
				t.Fatal(err)
			}
			fresh := assessment.New(c.Framework, "Robotstøvsugere på plejecentre", testEdit())
			fresh.UpdateInfo(testEdit(), func(i *assessment.Info) { i.GroupName = "Gruppe 6" })
			if err := casefile.Save(filepath.Join(dir, "gruppe6.mtv"), fresh); err != nil {
				t.Fatal(err)
			}
			_ = os.WriteFile(filepath.Join(dir, "gruppe7 (kopi).mtv"), data[:len(data)/2], 0o600)
		}
	}
	m := newTestWindow(t, Options{})
	capture := func(w fyne.Window, name string) {
		t.Helper()
		w.Resize(w.Canvas().Size().AddWidthHeight(1, 0)) // lay everything out again, as a window does
		f, err := os.Create(filepath.Join(out, name+".png"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := png.Encode(f, w.Canvas().Capture()); err != nil {
			t.Fatal(err)
		}
	}
	for _, variant := range []fyne.ThemeVariant{theme.VariantLight, theme.VariantDark} {
		fyne.CurrentApp().Settings().SetTheme(fixedVariant{theme.DefaultTheme(), variant})
		v := openGroupFolder(t, m, dir)
		if len(v.rows) != 3 || len(v.failed) != 1 {
			t.Fatalf("%d rows, %d unreadable", len(v.rows), len(v.failed))
		}
		capture(v.win, map[fyne.ThemeVariant]string{theme.VariantLight: "folder-light", theme.VariantDark: "folder-dark"}[variant])
		v.win.Close()
	}
	capture(m.win, "folder-start")

	// In Danish: the table's texts, and the saved CSV's headings, are Danish.
	t.Setenv("LANGUAGE", "")
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
	fyne.CurrentApp().Settings().SetTheme(fixedVariant{theme.DefaultTheme(), theme.VariantLight})
	m.showStart()
	v := openGroupFolder(t, m, dir)
	shown := strings.Join(labelsIn(v.win.Content()), "|")
	for _, want := range []string{"Sag og gruppe", "3 sager. 1 fil kunne ikke læses (se nederst).", "Afprøv først (pilot)", "Ikke valgt endnu"} {
		if !strings.Contains(shown, want) {
			t.Errorf("the Danish overview does not show %q:\n%s", want, shown)
		}
	}
	capture(v.win, "folder-da")
	target := filepath.Join(t.TempDir(), "oversigt.csv")
	v.chooseCSVPath = func(_ string, done func(string)) { done(target) }
	test.Tap(v.saveCSV)
	data, err := os.ReadFile(target)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(data, []byte("\uFEFFFil;Gruppe;Sag;")) {
		t.Errorf("Danish CSV starts %.40q", data)
	}
}
