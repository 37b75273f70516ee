package ui

import (
	"encoding/json"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/casefile"
	"github.com/helhed/helhed/internal/merge"
)

// withConflicts returns c merged with two members' copies that answered each question given
// differently: one open conflict per question. c must have two members.
func withConflicts(t *testing.T, c *assessment.Case, questions ...string) *assessment.Case {
	t.Helper()
	copyOf := func() *assessment.Case {
		data, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		var out assessment.Case
		if err := json.Unmarshal(data, &out); err != nil {
			t.Fatal(err)
		}
		return &out
	}
	anna, bo := c.Members[0].ID, c.Members[1].ID
	at := c.LastChanged().Add(time.Hour)
	a, b := copyOf(), copyOf()
	for _, q := range questions {
		a.SetAnswer(assessment.Edit{By: anna, At: at}, q, func(x *assessment.Answer) { x.Text = "Annas svar." })
		b.SetAnswer(assessment.Edit{By: bo, At: at}, q, func(x *assessment.Answer) { x.Text = "Bos svar." })
	}
	r, err := merge.Merge(c, []merge.Copy{{Name: "anna.mtv", Case: a}, {Name: "bo.mtv", Case: b}})
	if err != nil {
		t.Fatal(err)
	}
	if n := len(r.Case.OpenConflicts()); n != len(questions) {
		t.Fatalf("the merge left %d open conflicts, want %d", n, len(questions))
	}
	return r.Case
}

// A case with open conflicts says so in the teacher's overview, in English and Danish.
func TestFolderOverviewShowsOpenConflicts(t *testing.T) {
	dir, _, _ := groupFolder(t)
	c := testCase(t)
	c.UpdateInfo(testEdit(), func(i *assessment.Info) { i.Title, i.GroupName = "Robot vacuum", "Group 9" })
	c.AddMember(testEdit(), "Anna Ærø", "sygeplejerske", "")
	c.AddMember(testEdit(), "Bo Øster", "fysioterapeut", "")
	merged := withConflicts(t, c, "need.problem", "need.new")
	if err := casefile.Save(filepath.Join(dir, "group9.mtv"), merged); err != nil {
		t.Fatal(err)
	}
	m := newTestWindow(t, Options{})
	v := openGroupFolder(t, m, dir)
	if len(v.rows) != 3 || v.rows[2].row.OpenConflicts != 2 || v.rows[0].row.OpenConflicts != 0 {
		t.Fatalf("%d rows; open conflicts of the last %d", len(v.rows), v.rows[len(v.rows)-1].row.OpenConflicts)
	}
	shown := strings.Join(labelsIn(v.win.Content()), "|")
	if strings.Count(shown, "open conflict") != 1 || !strings.Contains(shown, "2 open conflicts: not final") {
		t.Errorf("the overview should name the open conflicts of group 9 only:\n%s", shown)
	}
	dirShots := shotsDir(t)
	capture := func(name string) {
		t.Helper()
		v.win.Resize(fyne.NewSize(1024, 600))
		f, err := os.Create(filepath.Join(dirShots, name+".png"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := png.Encode(f, v.win.Canvas().Capture()); err != nil {
			t.Fatal(err)
		}
	}
	fyne.CurrentApp().Settings().SetTheme(fixedVariant{theme.DefaultTheme(), theme.VariantLight})
	capture("folder-conflicts-light-en")
	fyne.CurrentApp().Settings().SetTheme(fixedVariant{theme.DefaultTheme(), theme.VariantDark})
	capture("folder-conflicts-dark-en")
	v.win.Close()

	useDanishUI(t)
	fyne.CurrentApp().Settings().SetTheme(fixedVariant{theme.DefaultTheme(), theme.VariantLight})
	m.showStart()
	v = openGroupFolder(t, m, dir)
	if shown := strings.Join(labelsIn(v.win.Content()), "|"); !strings.Contains(shown, "2 åbne konflikter: ikke endelig") {
		t.Errorf("the Danish overview:\n%s", shown)
	}
	capture("folder-conflicts-light-da")
}
