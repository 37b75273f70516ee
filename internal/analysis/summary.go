package analysis

import "github.com/helhed/helhed/internal/assessment"

// SummaryVersion is the version of the JSON summary layout (docs/case-format.md).
const SummaryVersion = 1

// Summary is the machine-readable summary of a case (helhed summary --json).
type Summary struct {
	SummaryVersion int             `json:"summaryVersion"`
	Title          string          `json:"title"`
	Framework      string          `json:"framework"`
	Language       string          `json:"language"`
	Overall        Completeness    `json:"overall"`
	Recommendation string          `json:"recommendation"`
	Domains        []DomainSummary `json:"domains"`
}

// DomainSummary is one domain in a Summary.
type DomainSummary struct {
	ID           string             `json:"id"`
	Number       int                `json:"number"`
	Name         string             `json:"name"`
	Rated        bool               `json:"rated"`
	Completeness Completeness       `json:"completeness"`
	Consensus    *assessment.Scores `json:"consensus"`
	Range        *Range             `json:"range"`
	Spread       *int               `json:"spread"`
	Disagreement bool               `json:"disagreement"`
	KnockOuts    int                `json:"knockOuts"`
}

// Summarize computes the summary of c, with names in lang.
func Summarize(c *assessment.Case, lang string) Summary {
	s := Summary{
		SummaryVersion: SummaryVersion,
		Title:          c.Info.Title,
		Framework:      c.Framework.ID + " " + c.Framework.Version,
		Language:       lang,
		Overall:        OverallCompleteness(c),
		Recommendation: c.Synthesis.Recommendation,
	}
	for i := range c.Framework.Domains {
		d := &c.Framework.Domains[i]
		p := ProfileOf(c, d)
		ds := DomainSummary{
			ID: d.ID, Number: d.Number, Name: d.Title.In(lang), Rated: d.Rated,
			Completeness: DomainCompleteness(c, d),
			Consensus:    p.Consensus,
			Range:        p.Range,
			Disagreement: p.Disagreement(),
			KnockOuts:    len(c.KnockOutsFor(d.ID)),
		}
		if p.Range != nil {
			spread := p.Spread()
			ds.Spread = &spread
		}
		s.Domains = append(s.Domains, ds)
	}
	return s
}
