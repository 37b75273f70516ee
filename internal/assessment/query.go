package assessment

import "github.com/google/uuid"

// LiveMembers returns the members not deleted, in the order they were added.
func (c *Case) LiveMembers() []Member {
	var out []Member
	for _, m := range c.Members {
		if m.Live() {
			out = append(out, m)
		}
	}
	return out
}

// Member returns the member with the given ID, deleted or not (old ratings name former members).
func (c *Case) Member(id uuid.UUID) (Member, bool) {
	if m := byID(c.Members, id); m != nil {
		return *m, true
	}
	return Member{}, false
}

// Answer returns the live answer to question qid.
func (c *Case) Answer(qid string) (Answer, bool) {
	if a := live(c.Answers, func(a *Answer) bool { return a.QuestionID == qid }); a != nil {
		return *a, true
	}
	return Answer{}, false
}

// SourcesFor returns the live sources of question qid.
func (c *Case) SourcesFor(qid string) []Source {
	var out []Source
	for _, s := range c.Sources {
		if s.Live() && s.QuestionID == qid {
			out = append(out, s)
		}
	}
	return out
}

// RatingsFor returns the live member ratings of a domain, in member order.
func (c *Case) RatingsFor(domainID string) []Rating {
	var out []Rating
	for _, m := range c.Members {
		if r := live(c.Ratings, func(r *Rating) bool { return r.DomainID == domainID && r.MemberID == m.ID }); r != nil {
			out = append(out, *r)
		}
	}
	return out
}

// ConsensusFor returns the group's rating of a domain, if it has one.
func (c *Case) ConsensusFor(domainID string) (Consensus, bool) {
	if r := live(c.Consensus, func(r *Consensus) bool { return r.DomainID == domainID }); r != nil {
		return *r, true
	}
	return Consensus{}, false
}

// ConclusionFor returns the group's conclusion on a domain, or "".
func (c *Case) ConclusionFor(domainID string) string {
	if r := live(c.Conclusions, func(r *Conclusion) bool { return r.DomainID == domainID }); r != nil {
		return r.Text
	}
	return ""
}

// KnockOutsFor returns the live knock-out flags of a domain.
func (c *Case) KnockOutsFor(domainID string) []KnockOut {
	var out []KnockOut
	for _, k := range c.KnockOuts {
		if k.Live() && k.DomainID == domainID {
			out = append(out, k)
		}
	}
	return out
}
