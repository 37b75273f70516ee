package report

import (
	"math"
	"strings"
	"testing"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/testcase"
)

// TestExampleInstruments: the example's instruments print inside their domains with the
// headline figures as the calculators compute them (worked out in internal/instruments'
// tests), the working, and the environment's six deliberate problems counted and marked.
func TestExampleInstruments(t *testing.T) {
	want := map[string][]string{
		"da": {
			// Key figures ("Om sagen") and the workflow's table.
			"Arbejdsgange social- og sundhedsassistent −510, social- og sundhedshjælper −512, sygeplejerske +30 t/år (i alt −991); værdi −386.653 kr./år, ikke kontant",
			"Alle faggrupper 3.504 2.513 −991",
			"Timer pr. år = minutter pr. gang × antal gange pr. periode × perioder pr. år ÷ 60, med 365 dage",
			// Economy: net present cost at the discount rate, with the convention.
			"nutidsværdi af nettoomkostningen 1.930.075 kr. ved 3,5 %",
			"Nutidsværdi af nettoomkostningen: 1.930.075 kr. (basis) ved 3,5 % diskonteringsrente om året",
			"år 1 = t0",
			// Staff time valued at the group's hourly costs, apart from the budget, with the working:
			// social- og sundhedsassistent 1 752 h × 390 = 683 280; 1 242.4 h × 390 = 484 529;
			// −509.6 h × 390 = −198 751 (−510 h in print); all three at 390: −991.4 h × 390 = −386 653 kr.
			"Personaletid indgår ikke i budgettet eller nutidsværdien: arbejdsgangene giver −991 timer pr. år",
			"Kommunens gennemsnitlige timepris for nattevagt inkl. tillæg", "Gruppens skøn, ikke en officiel sats",
			"social- og sundhedsassistent 1.752 1.242 −510 390 683.280 484.529 −198.751",
			"I alt 3.504 2.513 −991 1.366.560 979.908 −386.653",
			"Det er værdien af personalets tid, ikke en kontant besparelse",
			// Environment: the problems said plainly, each marked with its reason.
			"6 værdier mangler eller kan ikke læses; tallene er ufuldstændige.",
			"(ufuldstændigt: 2 rækker udeladt)",
			"(!) Række 2, Faktorens kilde: skal udfyldes",
			"kg CO2e pr. år efter linjetype",
			"Energinet, miljødeklaration",
			// Competences and risks.
			"Kompetencegab pr. faggruppe og dimension (niveauer)",
			"Uddannelsesplan: gruppens egen, hvor den er udfyldt",
			"Risikomatrix: antal risici pr. felt",
			"3 × 4 = 12",
		},
		"en": {
			"Workflow social- og sundhedsassistent −510, social- og sundhedshjælper −512, sygeplejerske +30 h/year (in all −991); value DKK −386,653/year, not cash",
			"net present cost DKK 1,930,075 at 3.5%",
			"Total 3,504 2,513 −991 1,366,560 979,908 −386,653",
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
	for _, w := range []string{"sygeplejerske +30 t/år (i alt −991); værdi −386.653 kr./år, ikke kontant", "1.930.075 kr. ved 3,5 %", "(ufuldstændigt: 2 rækker udeladt)", "8 risici; højest: Alarmtræthed (score 16)"} {
		if !strings.Contains(short, w) {
			t.Errorf("short da report: no %q", w)
		}
	}
}

// TestInstrumentsFixture: the instruments fixture's figures and its problem cells as printed.
func TestInstrumentsFixture(t *testing.T) {
	want := map[string][]string{
		"da": {
			// The nurse at 420 kr: −198 h × 420 = −83 160 kr; the SSA has no hourly cost, and
			// "leder" is no role of the workflow (a third problem for the row).
			"sygeplejerske −198, social- og sundhedsassistent +26 t/år (i alt −172); værdi −83.160 kr./år, ikke kontant uden social- og sundhedsassistent (ufuldstændigt: 3 værdier udeladt)",
			"Uden timepris, så værdien er ukendt (ikke 0): social- og sundhedsassistent.",
			"social- og sundhedsassistent 0 26 +26 ingen timepris – – –",
			"(!) Række 2, Faggruppe: leder er ikke en faggruppe i arbejdsgangene",
			"nutidsværdi af nettoomkostningen 511.391 kr. ved 4 %",
			"−1.374 kg CO2e/år (før 2.040, efter 666) (ufuldstændigt: 1 række udeladt)",
			"(!) 1.500", // the ambiguous number, marked at its cell
			"(!) 2,5",   // a year that is not a whole number
			"(!) Række 6, Antal gange: tomt felt",
		},
		"en": {
			"sygeplejerske −198, social- og sundhedsassistent +26 h/year (in all −172); value DKK −83,160/year, not cash without social- og sundhedsassistent (incomplete: 3 values left out)",
			"net present cost DKK 511,391 at 4%",
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

// TestPlainTableCellsMarked: a plain table's cells are checked by their column's type and
// marked as a calculator's are: a date not written as a date, a choice not in the list (shown
// as an unknown choice, not as its raw ID), a required cell left empty.
func TestPlainTableCellsMarked(t *testing.T) {
	c := testcase.Instruments()
	r, err := c.AddRow(assessment.Edit{At: testcase.At}, "involvement",
		map[string]string{"role": "portør", "date": "1/10/2026", "phase": "needs", "how": "Interview"})
	if err != nil {
		t.Fatal(err)
	}
	// The model refuses a choice not in the list; a file from a framework whose list has
	// changed may still hold one.
	for i := range c.Rows {
		if c.Rows[i].ID == r.ID {
			c.Rows[i].Cells["phase"] = "pilot-x"
		}
	}
	text := flat(pdftotext(t, render(t, c, "da")))
	for _, want := range []string{
		"(!) 1/10/2026",
		"(!) ukendt valg »pilot-x«",
		"(!) Række 2, Dato: \"1/10/2026\" er ikke en dato: skriv ÅÅÅÅ-MM-DD",
		"(!) Række 2, Fase: ukendt valg »pilot-x«",
	} {
		if !strings.Contains(text, want) {
			t.Errorf("the report lacks %q", want)
		}
	}
	if strings.Contains(text, " pilot-x ") {
		t.Error("the raw choice ID is shown")
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

func TestShareWidthsFirmKeepsNumbersWholeAndTextAboveItsFloor(t *testing.T) {
	// Minimums 30 + 30 (numbers) + 60 (a text's long word) = 120 > 100: the numbers keep 30
	// each, the text column takes the other 40 (above its 16 mm floor), breaking its word.
	got := shareWidthsFirm(100, []float64{1, 1, 2}, []float64{30, 30, 60}, []bool{true, true, false})
	want := []float64{30, 30, 40}
	for i := range want {
		if math.Abs(got[i]-want[i]) > 1e-9 {
			t.Fatalf("widths %v, want %v", got, want)
		}
	}
	// Numbers that leave a text column less than 16 mm: it gets what is left, down to 8 mm
	// (45 + 45 leave 10).
	got = shareWidthsFirm(100, []float64{1, 1, 2}, []float64{45, 45, 50}, []bool{true, true, false})
	want = []float64{45, 45, 10}
	for i := range want {
		if math.Abs(got[i]-want[i]) > 1e-9 {
			t.Fatalf("narrow: widths %v, want %v", got, want)
		}
	}
	// Less than 8 mm left: the plain shares stand (minimums 150 > 100: by weight 25, 25, 50).
	got = shareWidthsFirm(100, []float64{1, 1, 2}, []float64{48, 48, 50}, []bool{true, true, false})
	want = []float64{25, 25, 50}
	for i := range want {
		if math.Abs(got[i]-want[i]) > 1e-9 {
			t.Fatalf("squeezed: widths %v, want %v", got, want)
		}
	}
	// Everything fits: as shareWidths.
	got = shareWidthsFirm(100, []float64{1, 1}, []float64{20, 20}, []bool{true, false})
	if got[0] != 50 || got[1] != 50 {
		t.Errorf("fitting: widths %v, want [50 50]", got)
	}
}
