package analysis

import (
	"sort"

	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/assessment"
)

// MemberConsequence is one member's consequence rating of a domain.
type MemberConsequence struct {
	MemberID    uuid.UUID
	Name        string // the member's name as recorded, or "" when the member is unknown
	Former      bool   // the member has since left the group
	Consequence int
}

// Disagreement is a domain whose members' consequences are DisagreementSpread or more apart:
// something for the group to discuss.
type Disagreement struct {
	Domain   int // index in the case's framework
	DomainID string
	Range    Range
	// Ratings are the members who rated, lowest consequence first (members in group order
	// where they agree). Abstentions are not ratings and are left out.
	Ratings []MemberConsequence
}

// Disagreements lists the rated domains with a disagreement, in framework order.
func Disagreements(c *assessment.Case) []Disagreement {
	var out []Disagreement
	for i := range c.Framework.Domains {
		d := &c.Framework.Domains[i]
		p := ProfileOf(c, d)
		if !p.Disagreement() {
			continue
		}
		dis := Disagreement{Domain: i, DomainID: d.ID, Range: *p.Range}
		for _, r := range c.RatingsFor(d.ID) {
			if r.Abstain {
				continue
			}
			mc := MemberConsequence{MemberID: r.MemberID, Consequence: r.Consequence}
			if m, ok := c.Member(r.MemberID); ok {
				mc.Name, mc.Former = m.Name, m.Deleted
			}
			dis.Ratings = append(dis.Ratings, mc)
		}
		sort.SliceStable(dis.Ratings, func(a, b int) bool {
			return dis.Ratings[a].Consequence < dis.Ratings[b].Consequence
		})
		out = append(out, dis)
	}
	return out
}

// OpenDomain is a domain with questions that are neither answered nor marked not relevant.
type OpenDomain struct {
	Domain    int // index in the case's framework
	DomainID  string
	Questions []string // IDs of the open questions, in framework order
}

// OpenQuestions lists, domain by domain in framework order, the questions still open. Domains
// with none are left out.
func OpenQuestions(c *assessment.Case) []OpenDomain {
	var out []OpenDomain
	for i := range c.Framework.Domains {
		d := &c.Framework.Domains[i]
		od := OpenDomain{Domain: i, DomainID: d.ID}
		for _, q := range d.Questions {
			if QuestionState(c, q.ID) == Open {
				od.Questions = append(od.Questions, q.ID)
			}
		}
		if len(od.Questions) > 0 {
			out = append(out, od)
		}
	}
	return out
}
