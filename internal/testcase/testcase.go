// Package testcase builds small, fully known cases for tests in other packages.
package testcase

import (
	"time"

	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
)

// At is the fixed time of every edit in the small case.
var At = time.Date(2026, 11, 21, 10, 0, 0, 0, time.UTC)

func t(da, en string) framework.Text { return framework.Text{"da": da, "en": en} }

// Framework is a three-domain framework: scope (not rated), need and økonomi (rated), with a
// plain table (Log) in need and the economy calculator's table (Budget) in economy.
func Framework() *framework.Framework {
	return &framework.Framework{
		Format: framework.Format, FormatVersion: 1, ID: "small", Version: "1.0",
		Name: t("Lille ramme", "Small framework"),
		Recommendations: []framework.Recommendation{
			{ID: "introduce", Label: t("Indfør", "Introduce")},
			{ID: "pilot-first", Label: t("Afprøv først", "Pilot first")},
		},
		KnockOuts: []framework.KnockOut{{ID: "no-ce-marking", Domain: "need", Label: t("Ingen CE-mærkning", "No CE marking")}},
		Domains: []framework.Domain{
			{ID: "scope", Number: 0, Title: t("Afgrænsning", "Scope"), Purpose: t("Hvad skal besluttes?", "What is to be decided?"),
				Questions: []framework.Question{
					{ID: "scope.decision", Text: t("Hvilken beslutning?", "Which decision?")},
					{ID: "scope.comparator", Text: t("Hvad sammenlignes med?", "Compared with what?"), Terms: []string{"comparator"}},
				}},
			{ID: "need", Number: 1, Rated: true, Title: t("Behov og teknologi", "Need and technology"), Purpose: t("Behovet først.", "Need first."),
				Questions: []framework.Question{
					{ID: "need.problem", Text: t("Hvilket problem løses?", "Which problem is solved?")},
					{ID: "need.ce", Text: t("Er den CE-mærket?", "Is it CE marked?")},
					{ID: "need.data", Text: t("Hvilke data er den trænet på?", "Which data was it trained on?")},
				},
				Instruments: []framework.Instrument{Log()}},
			{ID: "economy", Number: 2, Rated: true, Title: t("Økonomi", "Economy"), Purpose: t("Hvad koster det?", "What does it cost?"),
				Questions: []framework.Question{
					{ID: "economy.cost", Text: t("Hvad er udgifterne?", "What are the costs?")},
					{ID: "economy.time", Text: t("Hvor meget tid frigøres?", "How much time is freed?")},
				},
				Instruments: []framework.Instrument{Budget()}},
		},
		Glossary: []framework.Term{{ID: "comparator", Term: t("Komparator", "Comparator"),
			Definition: t("Nuværende praksis, som teknologien sammenlignes med.", "Current practice the technology is compared with.")}},
	}
}

func num(v float64) *float64 { return &v }

func choices(pairs ...string) []framework.Choice {
	var out []framework.Choice
	for i := 0; i+2 < len(pairs); i += 3 {
		out = append(out, framework.Choice{ID: pairs[i], Label: t(pairs[i+1], pairs[i+2])})
	}
	return out
}

// Log is a plain table (no calculator) with a column of every type and two settings.
func Log() framework.Instrument {
	return framework.Instrument{ID: "log", Title: t("Logbog", "Log"), Help: t("Hvem gjorde hvad.", "Who did what."),
		Columns: []framework.Column{
			{ID: "date", Label: t("Dato", "Date"), Type: framework.TypeDate},
			{ID: "who", Label: t("Hvem", "Who"), Type: framework.TypeMember},
			{ID: "role", Label: t("Rolle", "Role"), Type: framework.TypeRole},
			{ID: "what", Label: t("Hvad", "What"), Type: framework.TypeText, Required: true},
			{ID: "status", Label: t("Status", "Status"), Type: framework.TypeChoice,
				Choices: choices("open", "Åben", "Open", "done", "Færdig", "Done")},
			{ID: "hours", Label: t("Timer", "Hours"), Type: framework.TypeNumber, Unit: "t", Min: num(0)},
		},
		Settings: []framework.Column{
			{ID: "review", Label: t("Gennemgås", "Review date"), Type: framework.TypeDate},
			{ID: "owner", Label: t("Ansvarlig", "Owner"), Type: framework.TypeMember},
		}}
}

// Budget is an instrument for the economy calculator.
func Budget() framework.Instrument {
	kr := func(id, da, en string) framework.Column {
		return framework.Column{ID: id, Label: t(da, en), Type: framework.TypeNumber, Unit: "kr"}
	}
	return framework.Instrument{ID: "budget", Title: t("Budget", "Budget"), Calculator: framework.CalcEconomy,
		Columns: []framework.Column{
			{ID: "description", Label: t("Post", "Item"), Type: framework.TypeText},
			{ID: "year", Label: t("År", "Year"), Type: framework.TypeNumber, Min: num(1)},
			{ID: "category", Label: t("Kategori", "Category"), Type: framework.TypeChoice, Choices: choices(
				"investment", "Investering", "Investment", "licence", "Licens", "Licence", "training", "Oplæring", "Training",
				"maintenance", "Vedligehold", "Maintenance", "staff-time", "Personaletid", "Staff time", "other", "Andet", "Other")},
			{ID: "sector", Label: t("Sektor", "Sector"), Type: framework.TypeChoice, Choices: choices(
				"hospital", "Hospital", "Hospital", "municipality", "Kommune", "Municipality",
				"general-practice", "Almen praksis", "General practice", "patient", "Patient", "Patient")},
			kr("low", "Lav", "Low"), kr("base", "Basis", "Base"), kr("high", "Høj", "High"),
		},
		Settings: []framework.Column{
			{ID: "horizon", Label: t("Tidshorisont", "Horizon"), Type: framework.TypeNumber, Unit: "år", Min: num(1)},
			{ID: "discount-rate", Label: t("Diskonteringsrente", "Discount rate"), Type: framework.TypeNumber, Unit: "%", Min: num(0)},
		}}
}

// Case is a small case with known figures:
//   - scope: 1 answered, 1 open; need: 1 answered, 1 not relevant, 1 blank (open); economy: 0 of 2.
//   - need: ratings +2 (Anna), 0 (Bo), abstain (Carl); consensus +1 moderate complicated; spread 2.
//   - economy: ratings -1 (Anna), -1 (Bo); no consensus; spread 0.
func Case() *assessment.Case {
	e := assessment.Edit{At: At}
	c := assessment.New(Framework(), "Faldsensor på plejecenter Åbo", e)
	anna := c.AddMember(e, "Anna Ærø", "sygeplejerske", "formand").ID
	bo := c.AddMember(e, "Bo Øster", "fysioterapeut", "").ID
	carl := c.AddMember(e, "Carl Å", "leder", "").ID
	e.By = anna
	c.UpdateInfo(e, func(i *assessment.Info) {
		i.GroupName = "Gruppe 3"
		i.Technology = "AI-faldsensor"
		i.Category = "sensors-wearables"
		i.Setting = "Plejecenter"
		i.Decision = "Skal vi købe sensoren?"
		i.Comparator = "Nattevagtens runder"
		i.Deadline = "2027-03-01"
	})
	c.SetAnswer(e, "scope.decision", func(a *assessment.Answer) { a.Text = "Indkøb – ja eller nej ≥ 2027" })
	c.SetAnswer(e, "need.problem", func(a *assessment.Answer) { a.Text = "Fald om natten opdages sent." })
	c.SetAnswer(e, "need.ce", func(a *assessment.Answer) { a.NotRelevant = true; a.NotRelevantReason = "Ikke medicinsk udstyr." })
	c.SetAnswer(e, "need.data", func(a *assessment.Answer) { a.Text = "   " })
	c.AddSource(e, "need.problem", assessment.Source{Citation: "Hansen 2024", Kind: "study", StudyDesign: "cohort", Appraisal: "Lille studie"})
	c.AddSource(e, "need.problem", assessment.Source{Citation: "Leverandørens brochure", Kind: "supplier"})
	rate := func(domain string, m uuid.UUID, v int) {
		c.SetRating(e, domain, m, func(r *assessment.Rating) {
			r.Scores = assessment.Scores{Consequence: v, Certainty: "low", Complexity: "complex"}
			r.Rationale = "begrundelse"
		})
	}
	rate("need", anna, 2)
	rate("need", bo, 0)
	c.SetRating(e, "need", carl, func(r *assessment.Rating) { r.Abstain = true })
	c.SetConsensus(e, "need", assessment.Scores{Consequence: 1, Certainty: "moderate", Complexity: "complicated"}, "enige")
	rate("economy", anna, -1)
	rate("economy", bo, -1)
	c.SetConclusion(e, "need", "Behovet er reelt.")
	c.AddKnockOut(e, "need", "", "Ingen integration med EOJ", "Leverandøren kan ikke levere en integration.")
	c.UpdateSynthesis(e, func(s *assessment.Synthesis) {
		s.Recommendation = "pilot-first"
		s.Conditions = []string{"Integration med EOJ"}
		s.OpenQuestions = []string{"Hvad koster drift efter år 2?"}
	})
	return c
}
