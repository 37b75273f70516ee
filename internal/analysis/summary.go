package analysis

import "github.com/helhed/helhed/internal/assessment"

// SummaryVersion is the version of the JSON summary layout (docs/case-format.md).
const SummaryVersion = 1

// Summary is the machine-readable summary of a case (helhed summary --json).
type Summary struct {
	SummaryVersion int          `json:"summaryVersion"`
	Title          string       `json:"title"`
	Framework      string       `json:"framework"`
	Language       string       `json:"language"`
	Overall        Completeness `json:"overall"`
	Recommendation string       `json:"recommendation"`
	// OpenConflicts counts the places where merged members' copies disagree and the group has
	// not chosen yet: while it is above 0 the case is not final.
	OpenConflicts int             `json:"openConflicts"`
	Domains       []DomainSummary `json:"domains"`
	// Instruments holds every instrument of the framework (empty when it has none): an
	// instrument with a calculator keyed by the calculator's name ("workflow", "economy",
	// "environment", "competences", "risks", "staff-cost"), a plain table by its instrument ID.
	Instruments map[string]InstrumentSummary `json:"instruments"`
	// Terms are the group's own glossary terms; absent when the group has none.
	Terms []TermSummary `json:"terms,omitempty"`
}

// TermSummary is one of the group's own glossary terms.
type TermSummary struct {
	ID         string `json:"id"`
	Term       string `json:"term"`
	Definition string `json:"definition"`
}

// InstrumentSummary is one instrument (table) in a Summary: its rows and settings as the
// group typed them and, for a calculator, the computed figures and the problems.
type InstrumentSummary struct {
	ID         string `json:"id"`
	Domain     string `json:"domain"`
	Title      string `json:"title"`
	Calculator string `json:"calculator"` // "" for a plain table
	// Settings are keyed by setting ID; {} when none is set.
	Settings map[string]string `json:"settings"`
	// Rows are the live rows in the table's order; [] when there are none.
	Rows []RowSummary `json:"rows"`
	// Figures are a calculator's figures (*WorkflowSummary, *EconomySummary,
	// *EnvironmentSummary, *CompetenceSummary, *RisksSummary or *StaffCostSummary); absent for a plain table and
	// for a calculator whose table has no rows and no settings.
	Figures any `json:"figures,omitempty"`
	// Problems are the values the calculator could not read or use ([] when none); absent for
	// a plain table. When there are any, the figures leave those rows out.
	Problems *[]ProblemSummary `json:"problems,omitempty"`
}

// RowSummary is one row of an instrument: its record ID and its cells keyed by column ID, as
// typed (a number as "1,5", a choice's ID, a date, a member's ID). Empty cells are absent.
type RowSummary struct {
	ID    string            `json:"id"`
	Cells map[string]string `json:"cells"`
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
	// Discussions are the group's notes on disagreements (summary_discussion.go).
	Discussions []DiscussionSummary `json:"discussions,omitempty"`
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
		OpenConflicts:  len(c.OpenConflicts()),
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
			Discussions:  discussionSummaries(c, i),
		}
		if p.Range != nil {
			spread := p.Spread()
			ds.Spread = &spread
		}
		s.Domains = append(s.Domains, ds)
	}
	s.Instruments = map[string]InstrumentSummary{}
	figures := InstrumentFigures(c)
	for _, d := range c.Framework.Domains {
		for _, in := range d.Instruments {
			is := InstrumentSummary{ID: in.ID, Domain: d.ID, Title: in.Title.In(lang), Calculator: in.Calculator,
				Settings: c.SettingValues(in.ID), Rows: []RowSummary{}}
			for _, r := range c.RowsOf(in.ID) {
				is.Rows = append(is.Rows, RowSummary{ID: r.ID.String(), Cells: r.Cells})
			}
			key := in.ID
			if in.Calculator != "" {
				key = in.Calculator
				ps := []ProblemSummary{}
				if fs, problems, ok := figures.summary(in.Calculator, lang); ok {
					is.Figures, ps = fs, problems
				}
				is.Problems = &ps
			}
			s.Instruments[key] = is
		}
	}
	for _, t := range c.LiveTerms() {
		s.Terms = append(s.Terms, TermSummary{ID: t.ID.String(), Term: t.Term, Definition: t.Definition})
	}
	return s
}
