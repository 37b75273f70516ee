package report

import (
	"testing"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/testcase"
)

// benchExport exports c in format b.N times and reports the export's size.
func benchExport(b *testing.B, c *assessment.Case, format string) {
	b.ReportAllocs()
	var size int
	for b.Loop() {
		out, err := ExportAs(c, format, Options{Lang: "da"})
		if err != nil {
			b.Fatal(err)
		}
		size = len(out)
	}
	b.ReportMetric(float64(size)/1e6, "MB/export")
}

// BenchmarkExportExampleHTML exports the shipped example as HTML (target: under 100 ms, as its PDF).
func BenchmarkExportExampleHTML(b *testing.B) { benchExport(b, exampleCase(b), FormatHTML) }

// BenchmarkExportExampleMarkdown exports the shipped example as Markdown.
func BenchmarkExportExampleMarkdown(b *testing.B) { benchExport(b, exampleCase(b), FormatMarkdown) }

// BenchmarkExportLargeHTML exports testcase.Large() as HTML (target: under 1.5 s, as its PDF).
func BenchmarkExportLargeHTML(b *testing.B) { benchExport(b, testcase.Large(), FormatHTML) }
