package analysis

import "github.com/helhed/helhed/internal/assessment"

// DiscussionSummary is the group's note on a disagreement about one scale of a domain, in a
// DomainSummary, with how far apart the members are on that scale now.
type DiscussionSummary struct {
	Scale string `json:"scale"` // consequence, certainty or complexity
	Note  string `json:"note"`
	// Spread is the members' spread on the scale in steps (ScalePosition), null when no member
	// has rated it.
	Spread *int `json:"spread"`
	// Disagreement is true at a spread of DisagreementSpread or more.
	Disagreement bool `json:"disagreement"`
	// AcrossProfessions is true when the lowest and highest positions are held by members of
	// different professions.
	AcrossProfessions bool `json:"acrossProfessions"`
}

// discussionSummaries are the domain's notes that are not blank, in the order consequence,
// certainty, complexity; nil when there are none.
func discussionSummaries(c *assessment.Case, i int) []DiscussionSummary {
	d := &c.Framework.Domains[i]
	notes := c.DiscussionsFor(d.ID)
	if len(notes) == 0 {
		return nil
	}
	ratings := c.RatingsFor(d.ID)
	var out []DiscussionSummary
	for _, n := range notes {
		ds := DiscussionSummary{Scale: n.Scale, Note: n.Note}
		sd, listed := scaleDisagreement(c, i, ratings, n.Scale)
		if len(sd.Positions) > 0 {
			spread := sd.Spread()
			ds.Spread = &spread
			ds.Disagreement = listed
			ds.AcrossProfessions = acrossProfessions(sd)
		}
		out = append(out, ds)
	}
	return out
}
