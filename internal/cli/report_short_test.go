package cli

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/helhed/helhed/internal/casefile"
	"github.com/helhed/helhed/internal/report"
)

// TestReportShort: --short writes the short decision basis, the same bytes the report package
// (and so the window) makes, beside the case as NAME-short.pdf without touching the full
// report's NAME.pdf.
func TestReportShort(t *testing.T) {
	run("report", "--help").expect(t, ExitOK, "-short", "")
	dir := t.TempDir()
	path := filepath.Join(dir, "ex.mtv")
	run("example", example, "-o", path).expect(t, ExitOK, "", "")
	c, err := casefile.Load(path)
	if err != nil {
		t.Fatal(err)
	}

	run("report", path).expect(t, ExitOK, "ex.pdf", "")
	run("report", "--short", path).expect(t, ExitOK, "ex-short.pdf", "")
	full, err := os.ReadFile(filepath.Join(dir, "ex.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	short, err := os.ReadFile(filepath.Join(dir, "ex-short.pdf"))
	if err != nil {
		t.Fatal(err)
	}
	want, err := report.PDF(c, report.Options{Short: true})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(short, want) {
		t.Error("helhed report --short and report.PDF(Short) give different bytes")
	}
	if bytes.Equal(short, full) || len(short) >= len(full) {
		t.Errorf("the short report (%d bytes) is not shorter than the full one (%d bytes)", len(short), len(full))
	}

	for _, lang := range []string{"da", "en"} {
		pdf := filepath.Join(dir, "short-"+lang+".pdf")
		run("report", path, "--short", "--lang", lang, "-o", pdf).expect(t, ExitOK, "wrote "+pdf, "")
		text := pdfText(t, pdf)
		kind := map[string]string{"da": "Beslutningsgrundlag", "en": "Decision basis"}[lang]
		if !strings.Contains(text, kind) {
			t.Errorf("%s: the short report lacks %q", lang, kind)
		}
		if n := strings.Count(text, "\f"); n < 1 || n > 5 {
			t.Errorf("%s: the short report has %d pages, want 1 to 5", lang, n)
		}
	}

	// Several cases into a folder: NAME-short.pdf each.
	a := smallCaseFile(t, dir, "a.mtv")
	out := filepath.Join(t.TempDir(), "reports")
	run("report", "--short", a, path, "-o", out).expect(t, ExitOK, "", "")
	for _, name := range []string{"a-short.pdf", "ex-short.pdf"} {
		if _, err := os.Stat(filepath.Join(out, name)); err != nil {
			t.Errorf("%s not written", name)
		}
	}
	run("report", "--short", "--lang", "fr", a).expect(t, ExitUsage, "", "--lang must be da or en")
}
