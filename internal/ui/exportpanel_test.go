package ui

import (
	"image/png"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/testcase"
)

func TestReportPageExportsHTMLAndMarkdown(t *testing.T) {
	c := testcase.Case() // in Danish
	s, _ := newTestScreen(t, c)
	v := showCasePage(t, s, tr("nav.report")).(*reportView)
	p := v.exports
	if p.result.Visible() {
		t.Fatal("a result shows before any export")
	}
	dir := t.TempDir()
	var suggested []string
	p.choosePath = func(name, format string, done func(string)) {
		suggested = append(suggested, name)
		done(filepath.Join(dir, "eksport."+format))
	}
	v.language.SetSelected("English")
	tapButton(t, v, tr("export.html"))
	// The group goes on working while the export is made: the worker has its own copy.
	c.SetAnswer(testEdit(), "economy.cost", func(a *assessment.Answer) { a.Text = "Added after the click" })
	p.working.Wait()
	tapButton(t, v, tr("export.md"))
	p.working.Wait()

	want := []string{"Faldsensor på plejecenter Åbo.html", "Faldsensor på plejecenter Åbo.md"}
	if strings.Join(suggested, "|") != strings.Join(want, "|") {
		t.Errorf("suggested %q, want %q", suggested, want)
	}
	html, err := os.ReadFile(filepath.Join(dir, "eksport.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{`<html xmlns="http://www.w3.org/1999/xhtml" lang="en"`, "<h2", "Need and technology", "<table"} {
		if !strings.Contains(string(html), w) {
			t.Errorf("the HTML export lacks %q", w)
		}
	}
	if strings.Contains(string(html), "Added after the click") {
		t.Error("the HTML export holds an edit made after the click")
	}
	md, err := os.ReadFile(filepath.Join(dir, "eksport.md"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(md), "## 1. Need and technology") || !strings.Contains(string(md), "Added after the click") {
		t.Error("the Markdown export lacks the domain heading or the later answer")
	}
	if !p.result.Visible() || !strings.Contains(p.done.Text, filepath.Join(dir, "eksport.md")) || p.html.Disabled() || p.md.Disabled() {
		t.Errorf("after the exports: result %v %q, buttons disabled %v %v", p.result.Visible(), p.done.Text, p.html.Disabled(), p.md.Disabled())
	}
	var opened []string
	v.openURL = func(u *url.URL) error { opened = append(opened, u.String()); return nil }
	test.Tap(p.openFile)
	test.Tap(p.openDir)
	if len(opened) != 2 || !strings.HasSuffix(opened[0], "/eksport.md") || strings.HasSuffix(opened[1], ".md") {
		t.Errorf("opened %q, want the Markdown file and its folder", opened)
	}
	if windowFor(v).Canvas().Overlays().Top() != nil {
		t.Error("a dialog shows after the exports were made")
	}

	// A case file as the target is refused, and left as it was.
	caseFile := filepath.Join(dir, "sag.mtv")
	os.WriteFile(caseFile, []byte("the group's case"), 0o600)
	p.choosePath = func(_, _ string, done func(string)) { done(caseFile) }
	tapButton(t, v, tr("export.md"))
	p.working.Wait()
	if data, _ := os.ReadFile(caseFile); string(data) != "the group's case" {
		t.Error("an export was written over a case file")
	}
	if windowFor(v).Canvas().Overlays().Top() == nil {
		t.Error("no message when a case file was chosen as the export's file")
	}

	if shots := os.Getenv("HELHED_UI_SHOTS"); shots != "" {
		w := windowFor(v)
		w.Canvas().Overlays().Top().Hide()
		w.Resize(fyne.NewSize(1000, 900))
		s.scroll.ScrollToBottom()
		f, err := os.Create(filepath.Join(shots, "export-panel.png"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		if err := png.Encode(f, w.Canvas().Capture()); err != nil {
			t.Fatal(err)
		}
	}
}
