package report

import (
	"bytes"
	"io"
	"testing"
)

// BenchmarkReport renders a large case: 16 domains × 10 questions, every answer 2000 words.
func BenchmarkReport(b *testing.B) {
	c := longCase(16, 10, 2000)
	b.ReportAllocs()
	var size int
	for b.Loop() {
		var buf bytes.Buffer
		if err := Write(&buf, c, Options{Lang: "da"}); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	b.ReportMetric(float64(size)/1e6, "MB/report")
}

// BenchmarkSmallReport renders the small case, the common size while a group works.
func BenchmarkSmallReport(b *testing.B) {
	c := smallCase()
	b.ReportAllocs()
	for b.Loop() {
		if err := Write(io.Discard, c, Options{Lang: "da"}); err != nil {
			b.Fatal(err)
		}
	}
}
