package analysis

import (
	"strings"

	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
)

// Perspectives: what each member, grouped by profession, rated and wrote. MTV 2.0 wants every
// profession's view recorded, disagreement included, so nothing here is averaged or merged:
// each member's words and ratings are shown as they are.
//
// "Wrote" means the records a member changed last (Meta.ChangedBy): the model keeps who made
// the latest change to a record, not every author of it. An answer two members edited counts
// as the later one's.

// Contributions are the live records of one domain that a member changed last, each list in
// the order the domain's page shows them.
type Contributions struct {
	Answers     []assessment.Answer     // answers with text, or marked not relevant
	Sources     []assessment.Source     // in question order
	Rows        []assessment.TableRow   // rows of the domain's instruments, in table order
	Conclusion  *assessment.Conclusion  // the domain's conclusion, if not blank
	Discussions []assessment.Discussion // notes on the domain's disagreements, if not blank
}

// Count is the number of records.
func (w Contributions) Count() int {
	n := len(w.Answers) + len(w.Sources) + len(w.Rows) + len(w.Discussions)
	if w.Conclusion != nil {
		n++
	}
	return n
}

// MemberView is one member's perspective on a domain: their rating and what they wrote.
type MemberView struct {
	Member assessment.Member // Member.Deleted: a former member
	// Rating is the member's own live rating of the domain (whoever typed it), or nil when
	// they have not rated it. An abstention is a rating with Abstain set.
	Rating *assessment.Rating
	Wrote  Contributions
}

// ProfessionGroup is the members of one profession.
type ProfessionGroup struct {
	// Profession as the first of its members spells it; "" for members with none given.
	Profession string
	Members    []MemberView
}

// professionKey compares professions as a person would: "Sygeplejerske" and " sygeplejerske"
// are one profession.
func professionKey(p string) string { return strings.ToLower(strings.TrimSpace(p)) }

// DomainPerspectives groups the members by profession and gives each member's rating of
// domain d and what they last changed in it. Professions come in the order their first member
// joined the group, members in group order. Current members are always there (an empty card
// says "not rated, nothing written"); former members only where they rated or wrote something.
func DomainPerspectives(c *assessment.Case, d *framework.Domain) []ProfessionGroup {
	var groups []ProfessionGroup
	index := map[string]int{}
	for _, m := range c.Members {
		v := MemberView{Member: m, Wrote: contributionsIn(c, d, m.ID)}
		if d.Rated {
			v.Rating = ratingOf(c, d.ID, m.ID)
		}
		if m.Deleted && v.Rating == nil && v.Wrote.Count() == 0 {
			continue
		}
		key := professionKey(m.Profession)
		i, ok := index[key]
		if !ok {
			i = len(groups)
			index[key] = i
			groups = append(groups, ProfessionGroup{Profession: strings.TrimSpace(m.Profession)})
		}
		groups[i].Members = append(groups[i].Members, v)
	}
	return groups
}

// ratingOf returns member's live rating of the domain, or nil.
func ratingOf(c *assessment.Case, domainID string, member uuid.UUID) *assessment.Rating {
	for _, r := range c.RatingsFor(domainID) {
		if r.MemberID == member {
			return &r
		}
	}
	return nil
}

// contributionsIn collects the live records of domain d that member changed last.
func contributionsIn(c *assessment.Case, d *framework.Domain, member uuid.UUID) Contributions {
	var w Contributions
	by := func(m assessment.Meta) bool { return m.ChangedBy == member && member != uuid.Nil }
	for _, q := range d.Questions {
		if a, ok := c.Answer(q.ID); ok && by(a.Meta) && (a.NotRelevant || strings.TrimSpace(a.Text) != "") {
			w.Answers = append(w.Answers, a)
		}
		for _, s := range c.SourcesFor(q.ID) {
			if by(s.Meta) {
				w.Sources = append(w.Sources, s)
			}
		}
	}
	for _, in := range d.Instruments {
		for _, r := range c.RowsOf(in.ID) {
			if by(r.Meta) {
				w.Rows = append(w.Rows, r)
			}
		}
	}
	for i := range c.Conclusions {
		k := c.Conclusions[i]
		if k.Live() && k.DomainID == d.ID && by(k.Meta) && strings.TrimSpace(k.Text) != "" {
			w.Conclusion = &k
		}
	}
	for _, n := range c.DiscussionsFor(d.ID) {
		if by(n.Meta) {
			w.Discussions = append(w.Discussions, n)
		}
	}
	return w
}

// DomainWork is what one member rated and last changed in one domain.
type DomainWork struct {
	Domain   int // index in the case's framework
	DomainID string
	Rating   *assessment.Rating // the member's own rating, or nil
	Wrote    Contributions
}

// MemberWork filters the case by member: the domains, in framework order, where the member
// rated or last changed something, with those records. Records outside the domains (the case's
// metadata, the recommendation) are not listed.
func MemberWork(c *assessment.Case, member uuid.UUID) []DomainWork {
	var out []DomainWork
	for i := range c.Framework.Domains {
		d := &c.Framework.Domains[i]
		w := DomainWork{Domain: i, DomainID: d.ID, Wrote: contributionsIn(c, d, member)}
		if d.Rated {
			w.Rating = ratingOf(c, d.ID, member)
		}
		if w.Rating != nil || w.Wrote.Count() > 0 {
			out = append(out, w)
		}
	}
	return out
}
