package ui

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/helhed/helhed/internal/framework"
	"github.com/helhed/helhed/resources"
)

// shippedFrameworks parses the frameworks the program ships, as cmd/helhed gives them.
func shippedFrameworks(t *testing.T) []*framework.Framework {
	t.Helper()
	var out []*framework.Framework
	for _, id := range resources.FrameworkIDs() {
		data, err := resources.Framework(id)
		if err != nil {
			t.Fatal(err)
		}
		fw, err := framework.Parse(data)
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, fw)
	}
	return out
}

// TestWizardOffersEveryFrameworkAndATeachersFile: the wizard lists the shipped frameworks and
// "From a file…"; a broken file is refused naming the file and the field, and the choice stays;
// a good file is chosen, and the new case keeps its own copy of it.
func TestWizardOffersEveryFrameworkAndATeachersFile(t *testing.T) {
	made := 0
	m := newTestWindow(t, Options{NewCase: newCaseOption(t, &made), Frameworks: shippedFrameworks(t)})
	press(t, m, ctrl(fyne.KeyN))
	fc := m.wizard.frameworks
	if got := fc.sel.Options; len(got) != 3 || !strings.HasPrefix(got[0], "MTV 2.0") ||
		!strings.HasPrefix(got[1], "Mini-HTA") || got[2] != "From a file…" {
		t.Fatalf("the wizard offers %q", got)
	}
	if fc.sel.SelectedIndex() != 0 || !strings.Contains(fc.about.Text, "16 domains, 14 of them rated") {
		t.Errorf("default: %d, %q", fc.sel.SelectedIndex(), fc.about.Text)
	}
	chooseInSelect(t, m.win, fc.sel, fc.sel.Options[1])
	if !strings.Contains(fc.about.Text, "5 domains, 4 of them rated; 26 questions") {
		t.Errorf("mini-MTV: %q", fc.about.Text)
	}

	dir := t.TempDir()
	good, err := os.ReadFile("../../docs/examples/teacher-framework.json")
	if err != nil {
		t.Fatal(err)
	}
	broken := filepath.Join(dir, "broken.json")
	if err := os.WriteFile(broken, []byte(strings.Replace(string(good), `"id": "risks.what"`, `"id": "scope.decision"`, 1)), 0o600); err != nil {
		t.Fatal(err)
	}
	own := filepath.Join(dir, "kursus.json")
	if err := os.WriteFile(own, good, 0o600); err != nil {
		t.Fatal(err)
	}
	file := broken
	m.chooseFrameworkPath = func(done func(string)) { done(file) }
	chooseInSelect(t, m.win, fc.sel, "From a file…")
	msg := strings.Join(labelsIn(topDialog(t, m)), "\n")
	if !strings.Contains(msg, "broken.json is not a framework Helhed can use") ||
		!strings.Contains(msg, `domains[2].questions[0].id: "scope.decision" is already used`) {
		t.Errorf("the refusal does not name the file and field:\n%s", msg)
	}
	if fc.sel.SelectedIndex() != 1 || len(fc.choices) != 2 {
		t.Errorf("after a broken file the choice is %d of %d", fc.sel.SelectedIndex(), len(fc.choices))
	}
	tapButton(t, topDialog(t, m), "OK")

	file = own
	chooseInSelect(t, m.win, fc.sel, "From a file…")
	if fc.sel.Selected != "Course framework: quick assessment (from kursus.json)" {
		t.Errorf("the file's framework is shown as %q", fc.sel.Selected)
	}
	finishWizard(t, m, "Speech recognition")
	c := m.screen.c
	if c.Framework.ID != "course-quick" || c.Info.Title != "Speech recognition" || len(c.LiveMembers()) != 1 {
		t.Fatalf("the new case: framework %s, %+v", c.Framework.ID, c.Info)
	}
	if c.Framework == fc.choices[2] {
		t.Error("the case shares the chooser's framework instead of keeping a copy of its own")
	}
	if p := c.Check(); len(p) != 0 {
		t.Errorf("Check: %v", p)
	}
	if _, ok := navShown(t, m.screen)["1. Benefits"]; !ok {
		t.Errorf("the navigation does not show the file's domains: %v", navShown(t, m.screen))
	}
	// The copy is the case's: the file may go.
	if err := os.Remove(own); err != nil {
		t.Fatal(err)
	}
	if c.Framework.QuestionCount() != 3 {
		t.Error("the case lost its framework")
	}
}

func TestWizardWithoutShippedFrameworksUsesNewCase(t *testing.T) {
	made := 0
	m := newTestWindow(t, Options{NewCase: newCaseOption(t, &made)})
	press(t, m, ctrl(fyne.KeyN))
	fc := m.wizard.frameworks
	if len(fc.sel.Options) != 2 || fc.sel.Options[0] != "Test framework" {
		t.Fatalf("options %q", fc.sel.Options)
	}
	finishWizard(t, m, "X")
	if m.screen == nil || m.screen.c.Framework.ID != "test" {
		t.Fatal("the case is not on NewCase's framework")
	}
}
