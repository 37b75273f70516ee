package analysis

import (
	"sort"

	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/assessment"
)

// Where the group disagrees, scale by scale.
//
// Each of the three scales is ordinal, and a member's rating is a position on it, counted in
// steps from its low end:
//
//	consequence  −2 … +2 as rated (five steps apart at most: a spread of 4)
//	certainty    low 0, moderate 1, high 2
//	complexity   simple 0, complicated 1, complex 2
//
// The spread on a scale is the highest position minus the lowest among the members who rated
// (abstentions and unreadable values do not count). Members disagree on a scale at a spread of
// DisagreementSpread (2) or more: two steps, so that neighbours on a scale (moderate and high,
// +1 and +2) are not a disagreement, while low against high, simple against complex, or −1
// against +1 are. A step counts the same on every scale, so a spread of 3 on consequence
// ranks above a spread of 2 on certainty. Positions are never averaged.

// ScalePosition returns where scores s stand on scale, in steps as above, and false when the
// value is not one of the scale's (or the scale is unknown).
func ScalePosition(s assessment.Scores, scale string) (int, bool) {
	switch scale {
	case assessment.ScaleConsequence:
		return s.Consequence, s.Consequence >= assessment.MinConsequence && s.Consequence <= assessment.MaxConsequence
	case assessment.ScaleCertainty:
		return choiceIndex(assessment.Certainties, s.Certainty)
	case assessment.ScaleComplexity:
		return choiceIndex(assessment.Complexities, s.Complexity)
	}
	return 0, false
}

func choiceIndex(list []assessment.Choice, id string) (int, bool) {
	for i, c := range list {
		if c.ID == id {
			return i, true
		}
	}
	return 0, false
}

// Position is one member's rating on one scale.
type Position struct {
	MemberID   uuid.UUID
	Name       string // "" when the member is unknown
	Profession string
	Former     bool // the member has since left the group
	Step       int  // the position on the scale (ScalePosition)
	Rating     assessment.Rating
}

// ScaleDisagreement is one domain and scale where members are DisagreementSpread or more steps
// apart: one item on the group's list of what to discuss.
type ScaleDisagreement struct {
	Domain   int // index in the case's framework
	DomainID string
	Scale    string // assessment.ScaleConsequence, ScaleCertainty or ScaleComplexity
	Min, Max int    // the lowest and highest positions
	// Professions is how many professions rated (members without one count as one).
	Professions int
	// AcrossProfessions is true when the lowest and the highest positions are held by members
	// of different professions: the professions see it differently, not only two colleagues.
	AcrossProfessions bool
	// Positions are the members who rated, lowest first (group order where equal).
	Positions []Position
	// Consensus is the group's decision on the domain (the Consensus record), nil when none yet.
	Consensus *assessment.Consensus
	// Discussion is the group's live note on this disagreement, nil when none yet.
	Discussion *assessment.Discussion
}

// Spread is Max minus Min, in steps.
func (s ScaleDisagreement) Spread() int { return s.Max - s.Min }

// WhereWeDisagree lists every rated domain and scale where members are DisagreementSpread or
// more steps apart, the most disagreement first: by spread (largest first), then those where
// the professions disagree before those within one profession, then by scale (consequence,
// certainty, complexity), then in framework order. The order is fully determined by the case.
func WhereWeDisagree(c *assessment.Case) []ScaleDisagreement {
	var out []ScaleDisagreement
	for i := range c.Framework.Domains {
		d := &c.Framework.Domains[i]
		if !d.Rated {
			continue
		}
		ratings := c.RatingsFor(d.ID)
		for _, scale := range assessment.Scales {
			if sd, ok := scaleDisagreement(c, i, ratings, scale); ok {
				out = append(out, sd)
			}
		}
	}
	scaleOrder := map[string]int{}
	for i, s := range assessment.Scales {
		scaleOrder[s] = i
	}
	sort.SliceStable(out, func(a, b int) bool {
		x, y := out[a], out[b]
		switch {
		case x.Spread() != y.Spread():
			return x.Spread() > y.Spread()
		case x.AcrossProfessions != y.AcrossProfessions:
			return x.AcrossProfessions
		case x.Scale != y.Scale:
			return scaleOrder[x.Scale] < scaleOrder[y.Scale]
		}
		return x.Domain < y.Domain
	})
	return out
}

// scaleDisagreement computes domain i's positions on scale and reports whether they are far
// enough apart to list.
func scaleDisagreement(c *assessment.Case, i int, ratings []assessment.Rating, scale string) (ScaleDisagreement, bool) {
	d := &c.Framework.Domains[i]
	sd := ScaleDisagreement{Domain: i, DomainID: d.ID, Scale: scale}
	professions := map[string]bool{}
	for _, r := range ratings {
		if r.Abstain {
			continue
		}
		step, ok := ScalePosition(r.Scores, scale)
		if !ok {
			continue
		}
		p := Position{MemberID: r.MemberID, Step: step, Rating: r}
		if m, known := c.Member(r.MemberID); known {
			p.Name, p.Profession, p.Former = m.Name, m.Profession, m.Deleted
		}
		professions[professionKey(p.Profession)] = true
		if len(sd.Positions) == 0 {
			sd.Min, sd.Max = step, step
		}
		sd.Min, sd.Max = min(sd.Min, step), max(sd.Max, step)
		sd.Positions = append(sd.Positions, p)
	}
	if sd.Spread() < DisagreementSpread {
		return sd, false
	}
	sort.SliceStable(sd.Positions, func(a, b int) bool { return sd.Positions[a].Step < sd.Positions[b].Step })
	sd.Professions = len(professions)
	sd.AcrossProfessions = acrossProfessions(sd)
	if cons, ok := c.ConsensusFor(d.ID); ok {
		sd.Consensus = &cons
	}
	if n, ok := c.DiscussionFor(d.ID, scale); ok {
		sd.Discussion = &n
	}
	return sd, true
}

// acrossProfessions is false only when everyone at the lowest and at the highest position is
// of one and the same profession; and false where everyone agrees.
func acrossProfessions(sd ScaleDisagreement) bool {
	if sd.Spread() == 0 {
		return false
	}
	ends := map[string]bool{}
	for _, p := range sd.Positions {
		if p.Step == sd.Min || p.Step == sd.Max {
			ends[professionKey(p.Profession)] = true
		}
	}
	return len(ends) > 1
}
