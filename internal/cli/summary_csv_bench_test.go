package cli

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/helhed/helhed/resources"
)

// BenchmarkSummaryCSV40Cases is a teacher's folder of 40 cases (the two shipped examples, 20
// copies of each, 0.4 MB per file) through "helhed summary FOLDER --csv". Target (issue 6,
// docs/performance.md): under 2 s on a 2-core machine. Measured here, never asserted on time.
func BenchmarkSummaryCSV40Cases(b *testing.B) {
	dir := b.TempDir()
	names := resources.ExampleNames()
	for i := range 40 {
		name := names[i%len(names)]
		data, err := resources.Example(name)
		if err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("gruppe-%02d-%s.mtv", i+1, name)), data, 0o600); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		if code := Run([]string{"summary", dir, "--csv"}, io.Discard, io.Discard); code != ExitOK {
			b.Fatalf("exit %d", code)
		}
	}
}
