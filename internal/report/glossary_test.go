package report

import (
	"strings"
	"testing"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
	"github.com/helhed/helhed/resources"
)

// TestGlossaryPrintsTheGroupsOwnTerms: the group's terms are in the glossary beside the
// framework's, sorted with them and marked as the group's; a deleted term is not.
func TestGlossaryPrintsTheGroupsOwnTerms(t *testing.T) {
	c := smallCase()
	e := assessment.Edit{At: c.Created}
	c.AddTerm(e, "Tilsyn", "Et planlagt natligt besøg i boligen.")
	c.AddTerm(e, "alarmtræthed", "Når personalet holder op med at reagere på alarmer, fordi der er for mange.")
	gone := c.AddTerm(e, "Slettet ord", "Skal ikke stå i rapporten.")
	if err := c.DeleteTerm(e, gone.ID); err != nil {
		t.Fatal(err)
	}
	for lang, want := range map[string][]string{
		"da": {"Ordliste", "og gruppens egne begreber", "Tilsyn gruppens eget begreb Et planlagt natligt besøg i boligen."},
		"en": {"Glossary", "and the group's own terms", "Tilsyn the group's own term Et planlagt natligt besøg i boligen."},
	} {
		text := flat(pdftotext(t, render(t, c, lang)))
		for _, w := range want {
			if !strings.Contains(text, w) {
				t.Errorf("%s report lacks %q", lang, w)
			}
		}
		if strings.Contains(text, "Slettet ord") {
			t.Errorf("%s report prints a deleted term", lang)
		}
		// Sorted (ignoring case) with the framework's terms, whatever order they were added in.
		glossary := text[strings.LastIndex(text, want[0]):]
		if rows := d(c, lang).glossaryRows(); len(rows) < 2 || rows[0].term != "alarmtræthed" {
			t.Fatalf("%s: glossary rows %+v", lang, rows)
		} else {
			for i := 1; i < len(rows); i++ {
				if a, b := strings.Index(glossary, rows[i-1].term), strings.Index(glossary, rows[i].term); a < 0 || b < 0 || a > b {
					t.Errorf("%s: %q and %q are not printed in order", lang, rows[i-1].term, rows[i].term)
				}
			}
		}
	}
}

// d is a report document of c in lang without printing, for the section's helpers.
func d(c *assessment.Case, lang string) *doc {
	return &doc{c: c, fw: c.Framework, lang: lang}
}

// TestMiniMTVCaseReport: a case on the shipped mini-MTV framework makes a report with the
// form's questions, perspectives and the group's recommendation, in both languages.
func TestMiniMTVCaseReport(t *testing.T) {
	data, err := resources.Framework("mini-mtv")
	if err != nil {
		t.Fatal(err)
	}
	fw, err := framework.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	src := smallCase()
	e := assessment.Edit{At: src.Created}
	c := assessment.New(fw, "Robotstøvsuger på sengeafsnit", e)
	anna := c.AddMember(e, "Anna Ærø", "Sygeplejerske", "Formand").ID
	c.SetAnswer(e, "technology.indication", func(a *assessment.Answer) { a.Text = "Rengøring af gulve på sengeafsnit B3." })
	c.SetRating(e, "economy", anna, func(r *assessment.Rating) {
		r.Scores = assessment.Scores{Consequence: -1, Certainty: "low", Complexity: "simple"}
	})
	c.SetConsensus(e, "technology", assessment.Scores{Consequence: 1, Certainty: "moderate", Complexity: "complicated"}, "")
	c.UpdateSynthesis(e, func(s *assessment.Synthesis) { s.Recommendation = "pilot-first" })
	if p := c.Check(); len(p) != 0 {
		t.Fatalf("the mini-MTV case is inconsistent: %v", p)
	}
	for lang, want := range map[string][]string{
		"da": {"Indledende spørgsmål", "1. Teknologi", "2. Patient", "3. Organisation", "4. Økonomi",
			"På hvilken indikation vil den nye teknologi blive anvendt?", "Rengøring af gulve på sengeafsnit B3.",
			"Hvilke usikkerheder gælder for disse beregninger?", "Mini-MTV", "Afprøv først (pilot)"},
		"en": {"Introduction", "1. Technology", "4. Economy", "For which indication will the new technology be used?",
			"What uncertainties apply to these calculations?", "Pilot first"},
	} {
		text := flat(pdftotext(t, render(t, c, lang)))
		for _, w := range want {
			if !strings.Contains(text, w) {
				t.Errorf("%s mini-MTV report lacks %q", lang, w)
			}
		}
		short := flat(pdftotext(t, renderShort(t, c, lang)))
		if !strings.Contains(short, want[len(want)-1]) {
			t.Errorf("%s short report lacks the recommendation:\n%s", lang, short)
		}
	}
}
