package report

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/testcase"
)

// TestWriteSamples writes sample reports to $HELHED_REPORT_SAMPLES, to look at.
func TestWriteSamples(t *testing.T) {
	dir := os.Getenv("HELHED_REPORT_SAMPLES")
	if dir == "" {
		t.Skip("set HELHED_REPORT_SAMPLES to a folder to write sample reports")
	}
	samples := map[string][]byte{
		"small-da.pdf":   render(t, smallCase(), "da"),
		"small-en.pdf":   render(t, smallCase(), "en"),
		"empty-da.pdf":   render(t, emptyCase(), "da"),
		"long-da.pdf":    render(t, longCase(4, 4, 300), "da"),
		"large-da.pdf":   render(t, testcase.Large(), "da"),
		"example-da.pdf": render(t, exampleCase(t), "da"),
		"example-en.pdf": render(t, exampleCase(t), "en"),
	}
	for _, lang := range []string{"da", "en"} {
		for name, c := range map[string]*assessment.Case{"example": exampleCase(t), "empty": emptyCase(), "small": smallCase()} {
			pdf, err := PDF(c, Options{Lang: lang, Short: true})
			if err != nil {
				t.Fatal(err)
			}
			samples[name+"-short-"+lang+".pdf"] = pdf
		}
	}
	for name, pdf := range samples {
		if err := os.WriteFile(filepath.Join(dir, name), pdf, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
