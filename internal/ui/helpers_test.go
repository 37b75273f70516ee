package ui

import (
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
)

// testFramework is a small valid framework: two domains, da and en texts.
func testFramework(t *testing.T) *framework.Framework {
	t.Helper()
	fw := &framework.Framework{
		Format: framework.Format, FormatVersion: framework.FormatVersion,
		ID: "test", Version: "1",
		Name: framework.Text{"da": "Testramme", "en": "Test framework"},
		Recommendations: []framework.Recommendation{
			{ID: "introduce", Label: framework.Text{"da": "Indfør", "en": "Introduce"}},
		},
		Domains: []framework.Domain{
			{
				ID: "need", Number: 1, Rated: true,
				Title:   framework.Text{"da": "Behov og teknologi", "en": "Need and technology"},
				Purpose: framework.Text{"da": "Hvilket problem løser teknologien?", "en": "Which problem does the technology solve?"},
				Questions: []framework.Question{
					{ID: "need.problem",
						Text: framework.Text{"da": "Hvilket problem, for hvem?", "en": "What problem, for whom?"},
						Help: framework.Text{"da": "Beskriv behovet før løsningen.", "en": "Describe the need before the solution."}},
					{ID: "need.new",
						Text: framework.Text{"da": "Hvad er nyt?", "en": "What is new compared with current practice?"}},
				},
			},
			{
				ID: "economy", Number: 6, Rated: true,
				Title:   framework.Text{"da": "Økonomi", "en": "Economy"},
				Purpose: framework.Text{"da": "Hvad koster det?", "en": "What does it cost?"},
				Questions: []framework.Question{
					{ID: "economy.start", Text: framework.Text{"da": "Hvad koster opstarten?", "en": "What are the start-up costs?"}},
					{ID: "economy.run", Text: framework.Text{"da": "Hvad koster driften?", "en": "What are the running costs?"}},
					{ID: "economy.staff", Text: framework.Text{"da": "Hvor meget personaletid?", "en": "How much staff time is freed or spent?"}},
				},
			},
		},
	}
	if err := fw.Validate(); err != nil {
		t.Fatalf("test framework: %v", err)
	}
	return fw
}

var testClock = time.Date(2026, 3, 2, 9, 0, 0, 0, time.UTC)

func testEdit() assessment.Edit { return assessment.Edit{At: testClock} }

// testCase is a case on testFramework with English texts.
func testCase(t *testing.T) *assessment.Case {
	c := assessment.New(testFramework(t), "Fall sensor", testEdit())
	c.UpdateInfo(testEdit(), func(i *assessment.Info) { i.Language = "en" })
	return c
}

// setup prepares a fresh test app, as the engineering notes prescribe.
func setup(t *testing.T) fyne.App {
	t.Helper()
	t.Setenv("TMPDIR", t.TempDir())
	t.Setenv("LANG", "en_US.UTF-8")
	return test.NewTempApp(t)
}

// newTestWindow opens the main window with opt on a fresh test app.
func newTestWindow(t *testing.T, opt Options) *mainWindow {
	t.Helper()
	m := newMainWindow(setup(t), opt)
	m.edit = testEdit
	m.chooseSavePath = func(string, func(string)) { t.Error("unexpected save dialog") }
	m.chooseOpenPath = func(func(string)) { t.Error("unexpected open dialog") }
	m.win.Resize(fyne.NewSize(1000, 700))
	m.win.Show()
	return m
}

// objects returns o and everything rendered inside it, as the renderers hold them.
func objects(o fyne.CanvasObject) []fyne.CanvasObject {
	out := []fyne.CanvasObject{o}
	switch v := o.(type) {
	case *fyne.Container:
		for _, c := range v.Objects {
			out = append(out, objects(c)...)
		}
	case fyne.Widget:
		for _, c := range test.WidgetRenderer(v).Objects() {
			out = append(out, objects(c)...)
		}
	}
	return out
}

// navShown returns what the navigation shows, by domain title.
func navShown(t *testing.T, s *caseScreen) map[string]navEntry {
	t.Helper()
	out := map[string]navEntry{}
	for _, o := range objects(s.nav) {
		if it, ok := o.(*navItem); ok && it.Visible() && it.title.Text != "" {
			out[it.title.Text] = navEntry{Title: it.title.Text, Progress: it.progress.Text, KnockOut: it.warning.Visible()}
		}
	}
	if len(out) == 0 {
		t.Fatal("the navigation shows no domains")
	}
	return out
}

// labelsIn returns the texts of the visible labels inside o.
func labelsIn(o fyne.CanvasObject) []string {
	var out []string
	for _, x := range objects(o) {
		if l, ok := x.(*widget.Label); ok && l.Visible() {
			out = append(out, l.Text)
		}
	}
	return out
}

// topDialog returns the top overlay of the window, failing when none shows.
func topDialog(t *testing.T, m *mainWindow) fyne.CanvasObject {
	t.Helper()
	top := m.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog shows")
	}
	return top
}

// tapButton taps the button labelled text inside o.
func tapButton(t *testing.T, o fyne.CanvasObject, text string) {
	t.Helper()
	for _, x := range objects(o) {
		if b, ok := x.(*widget.Button); ok && b.Text == text {
			test.Tap(b)
			return
		}
	}
	t.Fatalf("no button %q", text)
}

func containsText(list []string, part string) bool {
	for _, s := range list {
		if strings.Contains(s, part) {
			return true
		}
	}
	return false
}

// press runs the window's keyboard shortcut sc as the desktop driver does: through the main
// menu item that has it.
func press(t *testing.T, m *mainWindow, sc fyne.Shortcut) {
	t.Helper()
	for _, menu := range m.win.MainMenu().Items {
		for _, it := range menu.Items {
			if it.Shortcut != nil && it.Shortcut.ShortcutName() == sc.ShortcutName() && it.Action != nil {
				it.Action()
				return
			}
		}
	}
	t.Fatalf("no menu item has the shortcut %s", sc.ShortcutName())
}
