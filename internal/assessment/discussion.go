package assessment

import (
	"fmt"
	"strings"

	"github.com/google/uuid"
)

// The three scales a domain is rated on. A Discussion names one of them.
const (
	ScaleConsequence = "consequence"
	ScaleCertainty   = "certainty"
	ScaleComplexity  = "complexity"
)

// Scales are the rating scales in the order screens and reports show them.
var Scales = []string{ScaleConsequence, ScaleCertainty, ScaleComplexity}

// Discussion is the group's short note on a disagreement: where members rated a domain far
// apart on one scale, what they said when they discussed it. The decision itself is the
// domain's Consensus; the note is why. A case has at most one live note per domain and scale.
type Discussion struct {
	Meta
	DomainID string `json:"domainId"`
	Scale    string `json:"scale"` // one of Scales
	Note     string `json:"note"`
}

// SetDiscussion records the group's note on the disagreement about domainID on scale, creating
// it if there is none. An empty note is kept as a record (the group cleared it), so that a
// member's copy that still has the old text does not bring it back when merged.
func (c *Case) SetDiscussion(e Edit, domainID, scale, note string) (*Discussion, error) {
	if !validScale(scale) {
		return nil, fmt.Errorf("%q is not a rating scale (consequence, certainty, complexity)", scale)
	}
	r := live(c.Discussions, func(r *Discussion) bool { return r.DomainID == domainID && r.Scale == scale })
	if r == nil {
		c.Discussions = append(c.Discussions, Discussion{Meta: newMeta(e), DomainID: domainID, Scale: scale, Note: note})
		return &c.Discussions[len(c.Discussions)-1], nil
	}
	r.Note = note
	r.touch(e)
	return r, nil
}

// DeleteDiscussion removes a discussion note (it stays as a tombstone).
func (c *Case) DeleteDiscussion(e Edit, id uuid.UUID) error { return tombstone(c.Discussions, id, e) }

// DiscussionFor returns the live note on domainID's disagreement on scale, if there is one.
func (c *Case) DiscussionFor(domainID, scale string) (Discussion, bool) {
	if r := live(c.Discussions, func(r *Discussion) bool { return r.DomainID == domainID && r.Scale == scale }); r != nil {
		return *r, true
	}
	return Discussion{}, false
}

// DiscussionsFor returns the live notes of a domain that are not blank, in the order of Scales.
func (c *Case) DiscussionsFor(domainID string) []Discussion {
	var out []Discussion
	for _, scale := range Scales {
		if r, ok := c.DiscussionFor(domainID, scale); ok && strings.TrimSpace(r.Note) != "" {
			out = append(out, r)
		}
	}
	return out
}

func validScale(s string) bool {
	for _, x := range Scales {
		if x == s {
			return true
		}
	}
	return false
}

// checkDiscussions is Check's part for the discussion notes; the functions are Check's own
// helpers, so that notes are judged as every other record is.
func (c *Case) checkDiscussions(meta, changedBy func(string, Meta), ratedDomain func(where, id string),
	unique func(where, key string), bad func(format string, args ...any)) {
	for i, r := range c.Discussions {
		where := fmt.Sprintf("discussions[%d]", i)
		meta(where, r.Meta)
		changedBy(where, r.Meta)
		ratedDomain(where, r.DomainID)
		if !validScale(r.Scale) {
			bad("%s.scale: %q is not one of consequence, certainty, complexity", where, r.Scale)
		}
		if r.Live() {
			unique(where, "discussion "+r.DomainID+" "+r.Scale)
		}
	}
}
