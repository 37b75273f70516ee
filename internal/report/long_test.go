package report

import (
	"fmt"
	"strings"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
)

// emptyCase is a new case with no answers, members or ratings.
func emptyCase() *assessment.Case {
	return assessment.New(smallFramework(), "Ny sag", assessment.Edit{At: created})
}

var vocabulary = strings.Fields(`sygeplejersken nattevagten beboeren sensoren alarmen plejecentret
	ergonomi økonomi arbejdsmiljø pårørende ulighed søvn måned år vurderer færre flere hurtigere
	implementering kompetencer superbrugere dokumentation EOJ data samtykke og at det er en til
	på med for som af ikke kan skal vil også når efter før under derfor således gennemsnitlig
	ændring åbenlyst løsning kvalitet sikkerhed evidens usikkerhed forløb afdeling kommune region`)

// words returns n deterministic words, a paragraph break every 90 words.
func words(n, seed int) string {
	var b strings.Builder
	for i := 0; i < n; i++ {
		if i > 0 {
			if i%90 == 0 {
				b.WriteString(".\n\n")
			} else {
				b.WriteByte(' ')
			}
		}
		b.WriteString(vocabulary[(i*7+seed*13+i*i%11)%len(vocabulary)])
	}
	b.WriteByte('.')
	return b.String()
}

// longCase is a large case: domains × questions, every answer n words, five members rating
// every rated domain, and the awkward bits: a rationale taller than a page, a link without
// spaces wider than the page, a title too long for the running header.
func longCase(domains, questions, n int) *assessment.Case {
	fw := &framework.Framework{
		Format: framework.Format, FormatVersion: framework.FormatVersion, ID: "long", Version: "1",
		Name:            tx("Lang ramme", "Long framework"),
		Recommendations: []framework.Recommendation{{ID: "pilot-first", Label: tx("Afprøv først", "Pilot first")}},
	}
	for d := 0; d < domains; d++ {
		dm := framework.Domain{
			ID: fmt.Sprintf("d%d", d), Number: d, Rated: d > 0,
			Title:   tx(fmt.Sprintf("Domæne %d om økonomi og arbejdsmiljø", d), fmt.Sprintf("Domain %d on economy and work environment", d)),
			Purpose: tx("Formålet med domænet er at belyse følgerne for både beboere, pårørende og ansatte.", "The purpose is to describe the consequences for residents, relatives and staff."),
		}
		for q := 0; q < questions; q++ {
			dm.Questions = append(dm.Questions, framework.Question{
				ID:   fmt.Sprintf("d%d.q%d", d, q),
				Text: tx(fmt.Sprintf("Spørgsmål %d: hvordan påvirker teknologien arbejdsgangene, og hvilke data bygger svaret på?", q), fmt.Sprintf("Question %d: how does the technology affect workflows, and what data is the answer based on?", q)),
			})
		}
		fw.Domains = append(fw.Domains, dm)
	}

	e := assessment.Edit{At: created}
	c := assessment.New(fw, "Faldsensorer med natkamera og automatisk alarm på alle kommunens plejecentre – en helhedsorienteret medicinsk teknologivurdering efter MTV 2.0", e)
	var members []assessment.Member
	for i, name := range []string{"Anna Ærø", "Bo Østergård", "Carl Åberg", "Dorthe Møller", "Erik Sørensen"} {
		members = append(members, *c.AddMember(e, name, "Sygeplejerske", fmt.Sprintf("Rolle %d", i)))
	}
	c.UpdateInfo(e, func(i *assessment.Info) {
		i.GroupName = "Gruppe 7"
		i.Technology = "Faldsensor"
		i.Description = words(120, 99)
	})
	for di, dm := range fw.Domains {
		for qi, q := range dm.Questions {
			c.SetAnswer(e, q.ID, func(a *assessment.Answer) { a.Text = words(n, di*100+qi) })
			c.AddSource(e, q.ID, assessment.Source{
				Citation: "Hansen P, Ødegaard M. Sensorer i ældreplejen: et systematisk review. Tidsskrift for Sygeplejeforskning 2025;41(2):12-29.",
				Kind:     "study", StudyDesign: "systematic-review", Appraisal: "God kvalitet, men få danske studier",
				Link: "https://example.org/" + strings.Repeat("meget-lang-adresse-", 12),
			})
		}
		if !dm.Rated {
			continue
		}
		for mi, m := range members {
			c.SetRating(e, dm.ID, m.ID, func(r *assessment.Rating) {
				r.Scores = assessment.Scores{Consequence: mi%5 - 2, Certainty: "moderate", Complexity: "complex"}
				r.Rationale = words(40, mi)
				if di == 1 && mi == 2 {
					r.Rationale = words(1500, 7) // taller than a page
				}
			})
		}
		c.SetConclusion(e, dm.ID, words(80, di))
	}
	e.At = edited
	c.UpdateSynthesis(e, func(s *assessment.Synthesis) {
		s.Recommendation = "pilot-first"
		s.Conditions = []string{words(30, 1), words(30, 2)}
		s.OpenQuestions = []string{words(20, 3)}
	})
	return c
}
