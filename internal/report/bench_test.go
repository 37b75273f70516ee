package report

import (
	"bytes"
	"testing"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/testcase"
)

// benchReport renders c with opt b.N times and reports, beside time and memory, the report's
// size and the processor time per report (all threads, garbage collection included; on a
// loaded machine a steadier figure than the wall time).
func benchReport(b *testing.B, c *assessment.Case, opt Options) {
	b.ReportAllocs()
	var size int
	start := cpuTime()
	for b.Loop() {
		var buf bytes.Buffer
		if err := Write(&buf, c, opt); err != nil {
			b.Fatal(err)
		}
		size = buf.Len()
	}
	if cpu := cpuTime() - start; cpu > 0 {
		b.ReportMetric(float64(cpu.Microseconds())/1000/float64(b.N), "cpu-ms/op")
	}
	b.ReportMetric(float64(size)/1e6, "MB/report")
}

// BenchmarkReport renders a large case: 16 domains × 10 questions, every answer 2000 different
// words.
func BenchmarkReport(b *testing.B) { benchReport(b, longCase(16, 10, 2000), Options{Lang: "da"}) }

// BenchmarkLargeReport renders testcase.Large(), the case of the targets in docs/performance.md
// (under 1.5 s and 300 MB).
func BenchmarkLargeReport(b *testing.B) { benchReport(b, testcase.Large(), Options{Lang: "da"}) }

// BenchmarkSmallReport renders the small case, the common size while a group works.
func BenchmarkSmallReport(b *testing.B) { benchReport(b, smallCase(), Options{Lang: "da"}) }

// BenchmarkExampleReport renders the shipped example's full report (target: under 100 ms).
func BenchmarkExampleReport(b *testing.B) { benchReport(b, exampleCase(b), Options{Lang: "da"}) }

// BenchmarkExampleShortReport renders the shipped example's short decision basis.
func BenchmarkExampleShortReport(b *testing.B) {
	benchReport(b, exampleCase(b), Options{Lang: "da", Short: true})
}
