// Package analysis derives figures from a case: completeness, the rating profile and
// disagreement. Nothing here is stored; every figure is computed from the case model.
package analysis

import (
	"strings"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
)

// DisagreementSpread is the spread of consequence at which members disagree enough to discuss it.
const DisagreementSpread = 2

// Completeness counts a set of questions by state.
type Completeness struct {
	Answered    int `json:"answered"`
	NotRelevant int `json:"notRelevant"`
	Open        int `json:"open"`
	Total       int `json:"total"`
}

// Done is the number of questions answered or marked not relevant.
func (c Completeness) Done() int { return c.Answered + c.NotRelevant }

// Percent is the share done, rounded down to a whole percent; 100 for no questions.
func (c Completeness) Percent() int {
	if c.Total == 0 {
		return 100
	}
	return 100 * c.Done() / c.Total
}

func (c *Completeness) add(o Completeness) {
	c.Answered += o.Answered
	c.NotRelevant += o.NotRelevant
	c.Open += o.Open
	c.Total += o.Total
}

// State is where one question stands.
type State int

// The states of a question. A question marked not relevant counts as such whatever its text.
const (
	Open State = iota
	Answered
	NotRelevant
)

// QuestionState tells whether question qid is answered, not relevant or open.
func QuestionState(c *assessment.Case, qid string) State {
	a, ok := c.Answer(qid)
	switch {
	case !ok:
		return Open
	case a.NotRelevant:
		return NotRelevant
	case strings.TrimSpace(a.Text) != "":
		return Answered
	}
	return Open
}

// DomainCompleteness counts the questions of domain d.
func DomainCompleteness(c *assessment.Case, d *framework.Domain) Completeness {
	var out Completeness
	for _, q := range d.Questions {
		out.Total++
		switch QuestionState(c, q.ID) {
		case Answered:
			out.Answered++
		case NotRelevant:
			out.NotRelevant++
		default:
			out.Open++
		}
	}
	return out
}

// OverallCompleteness counts every question of the case's framework.
func OverallCompleteness(c *assessment.Case) Completeness {
	var out Completeness
	for i := range c.Framework.Domains {
		out.add(DomainCompleteness(c, &c.Framework.Domains[i]))
	}
	return out
}

// Range is the lowest and highest consequence given by members who rated.
type Range struct {
	Min int `json:"min"`
	Max int `json:"max"`
}

// Spread is Max minus Min.
func (r Range) Spread() int { return r.Max - r.Min }

// DomainProfile is where a domain stands in the rating.
type DomainProfile struct {
	DomainID string
	Rated    bool // whether the framework rates this domain
	// Consensus is the group's rating, or nil when there is none yet. No average is ever made up.
	Consensus *assessment.Scores
	// Range is the members' consequences, or nil when no member has rated.
	Range     *Range
	Raters    int // members who rated (abstentions not counted)
	Abstained int
}

// Spread is the members' spread of consequence (0 without ratings).
func (p DomainProfile) Spread() int {
	if p.Range == nil {
		return 0
	}
	return p.Range.Spread()
}

// Disagreement is true when members' consequences are DisagreementSpread or more apart.
func (p DomainProfile) Disagreement() bool { return p.Spread() >= DisagreementSpread }

// ProfileOf computes the profile of domain d.
func ProfileOf(c *assessment.Case, d *framework.Domain) DomainProfile {
	p := DomainProfile{DomainID: d.ID, Rated: d.Rated}
	if !d.Rated {
		return p
	}
	if cons, ok := c.ConsensusFor(d.ID); ok {
		s := cons.Scores
		p.Consensus = &s
	}
	for _, r := range c.RatingsFor(d.ID) {
		if r.Abstain {
			p.Abstained++
			continue
		}
		p.Raters++
		v := r.Consequence
		if p.Range == nil {
			p.Range = &Range{Min: v, Max: v}
		}
		p.Range.Min = min(p.Range.Min, v)
		p.Range.Max = max(p.Range.Max, v)
	}
	return p
}

// Profile computes the profile of every domain, in framework order.
func Profile(c *assessment.Case) []DomainProfile {
	out := make([]DomainProfile, len(c.Framework.Domains))
	for i := range c.Framework.Domains {
		out[i] = ProfileOf(c, &c.Framework.Domains[i])
	}
	return out
}
