package analysis

import (
	"strings"
	"testing"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/testcase"
)

// Find also looks in the group's discussion notes (after the domains, before the synthesis, as
// the navigation has the Perspectives page) and in the group's own glossary terms (last: they
// are in the Glossary dialog); deleted and blank ones are not found.
func TestFindLooksInDiscussionNotesAndTheGroupsTerms(t *testing.T) {
	c := testcase.Case()
	e := assessment.Edit{At: testcase.At}
	c.SetDiscussion(e, "need", assessment.ScaleCertainty, "Bo vil se EOJ-data fra aftenvagten først.")
	c.SetDiscussion(e, "economy", assessment.ScaleConsequence, "")
	c.UpdateSynthesis(e, func(s *assessment.Synthesis) { s.Dissent = "EOJ skal være på plads" })
	term := c.AddTerm(e, "EOJ", "Den elektroniske omsorgsjournal i kommunen.")
	gone := c.AddTerm(e, "EOJ-modul", "Slettet.")
	c.DeleteTerm(e, gone.ID)

	got := places(Find(c, "eoj", "da"))
	want := []string{
		"1 knockOut need : EOJ",
		"3 discussion need : EOJ",
		"2 condition  : EOJ",
		"2 dissent  : EOJ",
		"4 term  : EOJ",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Find(eoj) =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	ms := Find(c, "aftenvagten", "da")
	if len(ms) != 1 || ms[0].Part != assessment.ScaleCertainty || ms[0].DomainID != "need" {
		t.Errorf("the note's match: %+v", ms)
	}
	ms = Find(c, "omsorgsjournal", "da")
	if len(ms) != 1 || ms[0].Field != FieldTerm || ms[0].TermID != term.ID {
		t.Errorf("the term's definition: %+v", ms)
	}
}
