package report

import (
	"os"
	"path/filepath"
	"testing"
)

// TestWriteSamples writes the small case's reports to $HELHED_REPORT_SAMPLES, to look at.
func TestWriteSamples(t *testing.T) {
	dir := os.Getenv("HELHED_REPORT_SAMPLES")
	if dir == "" {
		t.Skip("set HELHED_REPORT_SAMPLES to a folder to write sample reports")
	}
	samples := map[string][]byte{
		"small-da.pdf": render(t, smallCase(), "da"),
		"small-en.pdf": render(t, smallCase(), "en"),
		"empty-da.pdf": render(t, emptyCase(), "da"),
		"long-da.pdf":  render(t, longCase(4, 4, 300), "da"),
	}
	for name, pdf := range samples {
		if err := os.WriteFile(filepath.Join(dir, name), pdf, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}
