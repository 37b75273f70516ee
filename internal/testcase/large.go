package testcase

import (
	"fmt"
	"strings"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
)

// Large is the synthetic case of the speed and memory targets: 16 domains × 10 questions, each
// answered with 2,000 words, 30 members who all rate every rated domain, and 500 sources.
func Large() *assessment.Case {
	fw := &framework.Framework{Format: framework.Format, FormatVersion: 1, ID: "large", Version: "1",
		Name:            t("Stor", "Large"),
		Recommendations: []framework.Recommendation{{ID: "introduce", Label: t("Indfør", "Introduce")}}}
	for d := 0; d < 16; d++ {
		dom := framework.Domain{ID: fmt.Sprintf("d%02d", d), Number: d, Rated: d != 0 && d != 15,
			Title: t(fmt.Sprintf("Domæne %d", d), fmt.Sprintf("Domain %d", d)), Purpose: t("Formål", "Purpose")}
		for q := 0; q < 10; q++ {
			dom.Questions = append(dom.Questions, framework.Question{ID: fmt.Sprintf("d%02d.q%d", d, q),
				Text: t("Spørgsmål om sundhed og økonomi?", "A question about health and economy?"),
				Help: t("Hjælpetekst med æøå.", "Help text.")})
		}
		fw.Domains = append(fw.Domains, dom)
	}
	e := assessment.Edit{At: At}
	c := assessment.New(fw, "Stor syntetisk sag", e)
	for m := 0; m < 30; m++ {
		c.AddMember(e, fmt.Sprintf("Medlem %d Ærø", m), "sygeplejerske", "")
	}
	words := strings.Fields("Borgeren får færre fald om natten, og personalet bruger mindre tid på tilsyn – men falske alarmer øger arbejdsbyrden.")
	var b strings.Builder
	for i := 0; i < 2000; i++ {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(words[i%len(words)])
	}
	answer := b.String()
	n := 0
	for _, d := range fw.Domains {
		for _, q := range d.Questions {
			c.SetAnswer(e, q.ID, func(a *assessment.Answer) { a.Text = answer })
			for s := 0; s < 3 && n < 500; s++ {
				c.AddSource(e, q.ID, assessment.Source{Citation: fmt.Sprintf("Kilde %d: Hansen et al. 2024", n), Kind: "study", StudyDesign: "cohort", Appraisal: "Middel kvalitet"})
				n++
			}
		}
		if d.Rated {
			for i, m := range c.Members {
				c.SetRating(e, d.ID, m.ID, func(r *assessment.Rating) {
					r.Scores = assessment.Scores{Consequence: i%5 - 2, Certainty: "moderate", Complexity: "complicated"}
					r.Rationale = "En kort begrundelse"
				})
			}
		}
	}
	for ; n < 500; n++ {
		c.AddSource(e, "d00.q0", assessment.Source{Citation: fmt.Sprintf("Kilde %d", n), Kind: "guideline"})
	}
	return c
}
