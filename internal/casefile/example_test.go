package casefile

import (
	"bytes"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"

	"github.com/helhed/helhed/resources"
)

func exampleFiles(t *testing.T) map[string][]byte {
	t.Helper()
	names := resources.ExampleNames()
	if len(names) == 0 {
		t.Fatal("no examples shipped")
	}
	out := map[string][]byte{}
	for _, n := range names {
		data, err := resources.Example(n)
		if err != nil {
			t.Fatal(err)
		}
		out[n] = data
	}
	return out
}

func TestExamplesRoundTrip(t *testing.T) {
	for name, data := range exampleFiles(t) {
		c, err := Decode(data, name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		path := filepath.Join(t.TempDir(), name+Ext)
		if err := Save(path, c); err != nil {
			t.Fatal(err)
		}
		again, err := Load(path)
		if err != nil {
			t.Fatal(err)
		}
		a, _ := Encode(c)
		b, _ := Encode(again)
		if !bytes.Equal(a, b) {
			t.Errorf("%s: saving and loading changed the case", name)
		}
		if len(again.Answers) != len(c.Answers) || len(again.Sources) != len(c.Sources) || again.Synthesis.Dissent != c.Synthesis.Dissent {
			t.Errorf("%s: records lost in the round trip", name)
		}
	}
}

// TestExampleCutPointsAreRefused cuts the example at 2,000 fixed-seed points, as an interrupted
// copy or a full disk would, and checks each cut is refused as incomplete without a panic.
func TestExampleCutPointsAreRefused(t *testing.T) {
	for name, data := range exampleFiles(t) {
		data = bytes.TrimRight(data, "\n")
		rng := rand.New(rand.NewPCG(2026, 11))
		path := filepath.Join(t.TempDir(), "cut.mtv")
		for i := 0; i < 2000; i++ {
			n := rng.IntN(len(data))
			want := "incomplete"
			if len(bytes.TrimSpace(data[:n])) == 0 {
				want = "is empty"
			}
			if i%100 == 0 { // through a file for a sample: the file must stay as it was
				refusedAt(t, path, data[:n], want)
			} else if _, err := Decode(data[:n], name); err == nil || !strings.Contains(err.Error(), want) {
				t.Fatalf("%s cut at %d: %v, want an error saying %q", name, n, err, want)
			}
		}
	}
}
