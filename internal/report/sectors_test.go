package report

import (
	"strings"
	"testing"
)

// TestEconomyHeadlineNamesSectorsThatGoAgainstTheTotal: the psychiatry example's net present
// cost is a saving for all sectors together only because the patients save on transport; the
// hospital pays. The short report's headline must say so, with each sector's part. The fall
// sensor example's sectors all pay, and its headline stays short (TestExampleGolden).
func TestEconomyHeadlineNamesSectorsThatGoAgainstTheTotal(t *testing.T) {
	c := exampleNamed(t, "videokonsultation-psykiatri")
	text := flat(pdftotext(t, renderShort(t, c, "da")))
	// Worked from the example's lines by the calculator: the total is −232.303 kr. at 3,5 %;
	// the hospital's lines alone come to 659.139 kr., the patients' to −891.442 kr.
	// (659.139 − 891.442 = −232.303).
	want := "nutidsværdi af nettoomkostningen −232.303 kr. ved 3,5 %; lav −737.516, høj 324.439; heraf Hospital 659.139 kr., Patient −891.442 kr. (basis)"
	if !strings.Contains(text, want) {
		i := strings.Index(text, "nutidsværdi af nettoomkostningen")
		t.Fatalf("the economy headline does not name the sectors:\nwant %s\ngot  %s", want, text[i:min(len(text), i+len(want)+40)])
	}
}
