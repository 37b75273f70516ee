package casefile

import (
	"path/filepath"
	"testing"

	"github.com/helhed/helhed/internal/testcase"
)

// The targets (docs/performance.md): load and save the large case each under 50 ms and
// 100 MB allocated on a 2-core machine. Measured here, never asserted on time.

func BenchmarkSaveLarge(b *testing.B) {
	c := testcase.Large()
	path := filepath.Join(b.TempDir(), "large.mtv")
	b.ReportAllocs()
	for b.Loop() {
		if err := Save(path, c); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoadLarge(b *testing.B) {
	path := filepath.Join(b.TempDir(), "large.mtv")
	if err := Save(path, testcase.Large()); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Load(path); err != nil {
			b.Fatal(err)
		}
	}
}

func TestLargeCaseRoundTrips(t *testing.T) {
	c := testcase.Large()
	if len(c.Sources) != 500 || len(c.Members) != 30 || len(c.Answers) != 160 {
		t.Fatalf("large case: %d sources, %d members, %d answers", len(c.Sources), len(c.Members), len(c.Answers))
	}
	if problems := c.Check(); len(problems) > 0 {
		t.Fatalf("large case inconsistent: %v", problems[:1])
	}
	data, err := Encode(c)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Decode(data, "large"); err != nil {
		t.Fatal(err)
	}
}
