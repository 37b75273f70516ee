package report

import (
	"math"
	"strings"
	"testing"

	"github.com/helhed/helhed/internal/testcase"
)

// TestExampleInstruments: the example's instruments print inside their domains with the
// headline figures as the calculators compute them (worked out in internal/instruments'
// tests), the working, and the environment's six deliberate problems counted and marked.
func TestExampleInstruments(t *testing.T) {
	want := map[string][]string{
		"da": {
			// Key figures ("Om sagen") and the workflow's table.
			"Arbejdsgange alle faggrupper −991 t/år (før 3.504, efter 2.513)",
			"Alle faggrupper 3.504 2.513 −991",
			"Timer pr. år = minutter pr. gang × antal gange pr. periode × perioder pr. år ÷ 60, med 365 dage",
			// Economy: net present cost at the discount rate, with the convention.
			"nutidsværdi af nettoomkostningen 1.930.075 kr. (basis) ved 3,5 %",
			"Nutidsværdi af nettoomkostningen: 1.930.075 kr. (basis) ved 3,5 % diskonteringsrente om året",
			"år 1 = t0",
			"Personaletid er ikke regnet om til kroner",
			// Environment: the problems said plainly, each marked with its reason.
			"6 værdier mangler eller kan ikke læses; tallene er ufuldstændige.",
			"(ufuldstændigt: 6 værdier udeladt)",
			"(!) Række 2, Faktorens kilde: skal udfyldes",
			"kg CO2e pr. år efter linjetype",
			"Energinet, miljødeklaration",
			// Competences and risks.
			"Kompetencegab pr. faggruppe og dimension (niveauer)",
			"Forslag til uddannelsesplan",
			"Risikomatrix: antal risici pr. felt",
			"3 × 4 = 12",
		},
		"en": {
			"Workflow all roles −991 h/year (before 3,504, after 2,513)",
			"net present cost DKK 1,930,075 (base) at 3.5%",
			"year 1 = t0",
			"6 values are missing or cannot be read; the figures are incomplete.",
			"(!) Row 2, Factor source: required",
			"Risk matrix: number of risks per cell",
		},
	}
	for lang, ws := range want {
		text := flat(pdftotext(t, examplePDF(t, "full", lang)))
		for _, w := range ws {
			if !strings.Contains(text, w) {
				t.Errorf("full %s report: no %q", lang, w)
			}
		}
		if n := strings.Count(text, "(!)"); n < 12 {
			t.Errorf("full %s report: %d problem marks, want the 6 cells, the key and the 6 reasons", lang, n)
		}
	}
	// The short decision basis names the headline figures too (and stays ≤ 5 pages: TestExampleLayout).
	short := flat(pdftotext(t, examplePDF(t, "short", "da")))
	for _, w := range []string{"alle faggrupper −991 t/år", "1.930.075 kr. (basis) ved 3,5 %", "(ufuldstændigt: 6 værdier udeladt)", "8 risici; højest:"} {
		if !strings.Contains(short, w) {
			t.Errorf("short da report: no %q", w)
		}
	}
}

// TestInstrumentsFixture: the instruments fixture's figures and its problem cells as printed.
func TestInstrumentsFixture(t *testing.T) {
	want := map[string][]string{
		"da": {
			"alle faggrupper −172 t/år (før 216, efter 44) (ufuldstændigt: 2 værdier udeladt)",
			"nutidsværdi af nettoomkostningen 511.391 kr. (basis) ved 4 %",
			"−1.374 kg CO2e/år (før 2.040, efter 666) (ufuldstændigt: 1 værdi udeladt)",
			"(!) 1.500", // the ambiguous number, marked at its cell
			"(!) 2,5",   // a year that is not a whole number
			"(!) Række 6, Antal gange: tomt felt",
		},
		"en": {
			"all roles −172 h/year (before 216, after 44) (incomplete: 2 values left out)",
			"net present cost DKK 511,391 (base) at 4%",
			"(!) 1.500",
		},
	}
	for lang, ws := range want {
		pdf := render(t, testcase.Instruments(), lang)
		text := flat(pdftotext(t, pdf))
		for _, w := range ws {
			if !strings.Contains(text, w) {
				t.Errorf("%s report of testcase.Instruments: no %q", lang, w)
			}
		}
		short := flat(pdftotext(t, renderShort(t, testcase.Instruments(), lang)))
		if !strings.Contains(short, ws[0]) {
			t.Errorf("%s short report of testcase.Instruments: no %q", lang, ws[0])
		}
	}
}

func TestShareWidthsGivesEachColumnItsLongestWord(t *testing.T) {
	// 100 mm by weights 1:1:2 would give 25, 25, 50; the first column needs 40 for its longest
	// word, so it gets 40 and the other two share the remaining 60 as 1:2.
	got := shareWidths(100, []float64{1, 1, 2}, []float64{40, 5, 5})
	want := []float64{40, 20, 40}
	for i := range want {
		if math.Abs(got[i]-want[i]) > 1e-9 {
			t.Fatalf("widths %v, want %v", got, want)
		}
	}
	// Minimums wider than the page: the shares by weight stand.
	got = shareWidths(100, []float64{1, 1}, []float64{80, 80})
	if got[0] != 50 || got[1] != 50 {
		t.Errorf("widths %v, want [50 50]", got)
	}
}
