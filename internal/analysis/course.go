package analysis

import (
	"sort"
	"time"

	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/assessment"
)

// CourseRow is one case in a teacher's overview of many groups' cases (helhed summary --csv,
// and the window's "Open a folder of cases"): where the group stands, at a glance. Like every
// figure here it is computed from the case each time, never stored.
type CourseRow struct {
	// File is where the case was read from; the caller sets it (the analysis knows no files).
	File       string
	Title      string
	Group      string
	Technology string
	// FrameworkID is the ID of the case's framework ("mtv2"); FrameworkName its name in lang.
	FrameworkID   string
	FrameworkName string
	Members       int // live members
	Overall       Completeness
	// Domains are the case's domains, in its framework's order.
	Domains []CourseDomain
	// Recommendation is the synthesis' recommendation ID, RecommendationLabel its label in lang
	// (the ID itself when the framework does not know it); both "" when none is chosen yet.
	Recommendation      string
	RecommendationLabel string
	Disagreements       int // rated domains whose members are DisagreementSpread or more apart
	KnockOuts           int // live knock-outs in all domains
	// OpenConflicts counts the places where merged members' copies disagree and the group has
	// not chosen yet (assessment.Case.OpenConflicts): until they are 0 the case is not final.
	OpenConflicts int
	// LastChange is the latest change to any record (assessment.Case.LastChanged);
	// LastChangedBy the name of the member who made a change at that moment
	// (assessment.Case.LastChangedBy), "" when nobody was chosen at the keyboard.
	LastChange    time.Time
	LastChangedBy string
}

// CourseDomain is one domain of a CourseRow.
type CourseDomain struct {
	ID     string
	Number int
	Title  string // in the row's language
	Rated  bool
	// Completeness counts the domain's questions.
	Completeness Completeness
	// Consensus is the group's rating, or nil when the domain is not rated or has none yet.
	Consensus *assessment.Scores
}

// CourseRowOf computes the overview row of case c, with names in lang.
func CourseRowOf(c *assessment.Case, lang string) CourseRow {
	r := CourseRow{
		Title:          c.Info.Title,
		Group:          c.Info.GroupName,
		Technology:     c.Info.Technology,
		FrameworkID:    c.Framework.ID,
		FrameworkName:  c.Framework.Name.In(lang),
		Members:        len(c.LiveMembers()),
		Overall:        OverallCompleteness(c),
		Recommendation: c.Synthesis.Recommendation,
		Disagreements:  len(Disagreements(c)),
		OpenConflicts:  len(c.OpenConflicts()),
		LastChange:     c.LastChanged(),
	}
	if id := r.Recommendation; id != "" {
		r.RecommendationLabel = id
		if rec, ok := c.Framework.Recommendation(id); ok {
			r.RecommendationLabel = rec.Label.In(lang)
		}
	}
	for i := range c.Framework.Domains {
		d := &c.Framework.Domains[i]
		r.Domains = append(r.Domains, CourseDomain{
			ID: d.ID, Number: d.Number, Title: d.Title.In(lang), Rated: d.Rated,
			Completeness: DomainCompleteness(c, d),
			Consensus:    ProfileOf(c, d).Consensus,
		})
		r.KnockOuts += len(c.KnockOutsFor(d.ID))
	}
	if by := c.LastChangedBy(); by != uuid.Nil {
		if m, ok := c.Member(by); ok {
			r.LastChangedBy = m.Name
		}
	}
	return r
}

// Domain returns the row's domain with the given ID.
func (r CourseRow) Domain(id string) (CourseDomain, bool) {
	for _, d := range r.Domains {
		if d.ID == id {
			return d, true
		}
	}
	return CourseDomain{}, false
}

// CourseColumn is one domain column of a course overview.
type CourseColumn struct {
	DomainID string
	Number   int
	Title    string
	Rated    bool // rated in at least one case that has the domain
}

// CourseColumns are the domain columns for rows that may come from different frameworks: one
// column per domain ID. The frameworks are taken most-used first (ties: the one with more
// domains first, so that a small framework's shared domains fall into a larger one's columns;
// then by framework ID), each in its own domain order; a domain whose ID an earlier framework
// already gave keeps that column (its number and title come from the first framework). So the
// columns do not depend on the order of the files, and a course's own framework comes first.
func CourseColumns(rows []CourseRow) []CourseColumn {
	uses := map[string]int{}
	domains := map[string]int{} // framework ID → its number of domains (the most any row has)
	for _, r := range rows {
		uses[r.FrameworkID]++
		domains[r.FrameworkID] = max(domains[r.FrameworkID], len(r.Domains))
	}
	var fws []string
	for id := range uses {
		fws = append(fws, id)
	}
	sort.Slice(fws, func(a, b int) bool {
		if uses[fws[a]] != uses[fws[b]] {
			return uses[fws[a]] > uses[fws[b]]
		}
		if domains[fws[a]] != domains[fws[b]] {
			return domains[fws[a]] > domains[fws[b]]
		}
		return fws[a] < fws[b]
	})
	var out []CourseColumn
	at := map[string]int{} // domain ID → index in out
	for _, fw := range fws {
		// Every row on the framework, not only the first: two versions of a framework may differ.
		for _, r := range rows {
			if r.FrameworkID != fw {
				continue
			}
			for _, d := range r.Domains {
				if i, ok := at[d.ID]; ok {
					out[i].Rated = out[i].Rated || d.Rated
					continue
				}
				at[d.ID] = len(out)
				out = append(out, CourseColumn{DomainID: d.ID, Number: d.Number, Title: d.Title, Rated: d.Rated})
			}
		}
	}
	return out
}
