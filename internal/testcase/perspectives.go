package testcase

import (
	"time"

	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/assessment"
)

// Perspectives is a group of four professions (and a former member) on Framework() whose
// ratings disagree in known ways, in steps on each scale (analysis.ScalePosition):
//
//	need     consequence  Bo −1 · Dorthe +1 · Anna +2   spread 3, across professions
//	         certainty    Bo low · Dorthe moderate · Anna high   spread 2, across
//	         complexity   Bo simple · Dorthe complicated · Anna complex   spread 2, across
//	         (Carl abstains; consensus +1 moderate complicated; Carl's note on consequence)
//	economy  consequence  Anna −2 · Bo −1 · Eva −1 · Dorthe 0   spread 2, the ends both nurses
//	         certainty    all low: no disagreement
//	         complexity   Anna, Dorthe, Eva simple · Bo complex   spread 2, across
//	         (no consensus)
//
// Anna and Dorthe are nurses (spelled "sygeplejerske" and "Sygeplejerske "), Bo a
// physiotherapist, Carl a manager; Eva, a manager, has left the group. In need, Anna wrote the
// answer to need.problem and Bo changed it last; Bo added a source; Dorthe added a row to the
// log and wrote the conclusion.
func Perspectives() *assessment.Case {
	e := assessment.Edit{At: At}
	c := assessment.New(Framework(), "Perspektiver", e)
	anna := c.AddMember(e, "Anna Ærø", "sygeplejerske", "formand").ID
	bo := c.AddMember(e, "Bo Øster", "fysioterapeut", "").ID
	carl := c.AddMember(e, "Carl Å", "leder", "").ID
	dorthe := c.AddMember(e, "Dorthe Dam", "Sygeplejerske ", "").ID
	eva := c.AddMember(e, "Eva Eg", "leder", "").ID
	by := func(m uuid.UUID, minutes int) assessment.Edit {
		return assessment.Edit{By: m, At: At.Add(time.Duration(minutes) * time.Minute)}
	}
	rate := func(m uuid.UUID, domain string, v int, certainty, complexity, why string) {
		c.SetRating(by(m, 1), domain, m, func(r *assessment.Rating) {
			r.Scores = assessment.Scores{Consequence: v, Certainty: certainty, Complexity: complexity}
			r.Rationale = why
		})
	}
	rate(anna, "need", 2, "high", "complex", "Færre fald opdages sent")
	rate(bo, "need", -1, "low", "simple", "Beboerne bevæger sig mindre")
	rate(dorthe, "need", 1, "moderate", "complicated", "Nattevagten sparer runder")
	c.SetRating(by(carl, 1), "need", carl, func(r *assessment.Rating) { r.Abstain = true; r.Rationale = "Kender ikke afdelingen" })
	c.SetConsensus(by(anna, 5), "need", assessment.Scores{Consequence: 1, Certainty: "moderate", Complexity: "complicated"}, "Enige efter mødet")
	if _, err := c.SetDiscussion(by(carl, 6), "need", assessment.ScaleConsequence, "Bo ser mindre bevægelse; Anna ser hurtigere hjælp."); err != nil {
		panic(err)
	}

	rate(anna, "economy", -2, "low", "simple", "Dyr licens")
	rate(bo, "economy", -1, "low", "complex", "Uklart hvem der betaler")
	rate(dorthe, "economy", 0, "low", "simple", "Sparer nattevagttimer")
	rate(eva, "economy", -1, "low", "simple", "")
	if err := c.DeleteMember(by(anna, 7), eva); err != nil {
		panic(err)
	}

	c.SetAnswer(by(anna, 2), "need.problem", func(a *assessment.Answer) { a.Text = "Fald om natten opdages sent." })
	c.SetAnswer(by(bo, 3), "need.problem", func(a *assessment.Answer) { a.Text += " Især i weekenden." })
	c.SetAnswer(by(anna, 2), "need.ce", func(a *assessment.Answer) { a.NotRelevant = true; a.NotRelevantReason = "Ikke medicinsk udstyr." })
	c.AddSource(by(bo, 3), "need.problem", assessment.Source{Citation: "Hansen 2024", Kind: "study", StudyDesign: "cohort"})
	if _, err := c.AddRow(by(dorthe, 4), "log", map[string]string{"what": "Besøg på plejecentret", "role": "sygeplejerske"}); err != nil {
		panic(err)
	}
	c.SetConclusion(by(dorthe, 4), "need", "Behovet er reelt om natten.")
	return c
}
