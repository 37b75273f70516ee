package assessment

import (
	"fmt"
	"strings"
	"time"

	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/framework"
)

// Check lists what is inconsistent in the case: references that do not resolve, values out of
// range, duplicate IDs, two live records where one is allowed. An empty list means consistent.
func (c *Case) Check() []string {
	var problems []string
	bad := func(format string, args ...any) { problems = append(problems, fmt.Sprintf(format, args...)) }

	if c.ID == uuid.Nil {
		bad("case id: missing")
	}
	fw := c.Framework
	if fw == nil {
		bad("framework: missing")
		return problems
	}
	if err := fw.Validate(); err != nil {
		for _, line := range strings.Split(err.Error(), "\n") {
			bad("framework: %s", line)
		}
	}

	ids := map[uuid.UUID]string{}
	meta := func(where string, m Meta) {
		if m.ID == uuid.Nil {
			bad("%s: id missing", where)
		} else if prev, dup := ids[m.ID]; dup {
			bad("%s: id %s is also used by %s", where, m.ID, prev)
		} else {
			ids[m.ID] = where
		}
		if m.Rev < 1 {
			bad("%s: revision %d, must be 1 or more", where, m.Rev)
		}
	}
	members := map[uuid.UUID]bool{}
	for i, m := range c.Members {
		meta(fmt.Sprintf("members[%d]", i), m.Meta)
		members[m.ID] = true
		if m.Live() && strings.TrimSpace(m.Name) == "" {
			bad("members[%d].name: missing", i)
		}
	}
	// changedBy may name any member ever in the group, or nobody.
	changedBy := func(where string, m Meta) {
		if m.ChangedBy != uuid.Nil && !members[m.ChangedBy] {
			bad("%s.changedBy: %s is not a member of the group", where, m.ChangedBy)
		}
	}
	domain := func(where, id string) {
		if _, ok := fw.Domain(id); !ok {
			bad("%s.domainId: %q is not a domain of framework %s", where, id, fw.ID)
		}
	}
	ratedDomain := func(where, id string) {
		if d, ok := fw.Domain(id); !ok {
			domain(where, id)
		} else if !d.Rated {
			bad("%s.domainId: domain %q is not rated", where, id)
		}
	}
	scores := func(where string, s Scores) {
		if s.Consequence < MinConsequence || s.Consequence > MaxConsequence {
			bad("%s.consequence: %d is outside %d..%d", where, s.Consequence, MinConsequence, MaxConsequence)
		}
		if _, ok := Find(Certainties, s.Certainty); !ok {
			bad("%s.certainty: %q is not one of low, moderate, high", where, s.Certainty)
		}
		if _, ok := Find(Complexities, s.Complexity); !ok {
			bad("%s.complexity: %q is not one of simple, complicated, complex", where, s.Complexity)
		}
	}
	once := map[string]string{}
	unique := func(where, key string) {
		if prev, dup := once[key]; dup {
			bad("%s: duplicates %s", where, prev)
		}
		once[key] = where
	}

	meta("info", c.Info.Meta)
	changedBy("info", c.Info.Meta)
	if c.Info.Category != "" {
		if _, ok := Find(Categories, c.Info.Category); !ok {
			bad("info.category: %q is not a technology category", c.Info.Category)
		}
	}
	if _, ok := Find(Languages, c.Info.Language); !ok {
		bad("info.language: %q is not da or en", c.Info.Language)
	}
	if c.Info.Deadline != "" {
		if _, err := time.Parse(time.DateOnly, c.Info.Deadline); err != nil {
			bad("info.deadline: %q is not a date (YYYY-MM-DD)", c.Info.Deadline)
		}
	}
	for i, m := range c.Members {
		changedBy(fmt.Sprintf("members[%d]", i), m.Meta)
	}
	for i, a := range c.Answers {
		where := fmt.Sprintf("answers[%d]", i)
		meta(where, a.Meta)
		changedBy(where, a.Meta)
		if _, _, ok := fw.Question(a.QuestionID); !ok {
			bad("%s.questionId: %q is not a question of framework %s", where, a.QuestionID, fw.ID)
		}
		if a.Live() {
			unique(where, "answer "+a.QuestionID)
			if a.NotRelevant && strings.TrimSpace(a.NotRelevantReason) == "" {
				bad("%s.notRelevantReason: a question marked not relevant needs a reason", where)
			}
		}
	}
	for i, s := range c.Sources {
		where := fmt.Sprintf("sources[%d]", i)
		meta(where, s.Meta)
		changedBy(where, s.Meta)
		if _, _, ok := fw.Question(s.QuestionID); !ok {
			bad("%s.questionId: %q is not a question of framework %s", where, s.QuestionID, fw.ID)
		}
		if _, ok := Find(SourceKinds, s.Kind); !ok {
			bad("%s.kind: %q is not a kind of source", where, s.Kind)
		}
		if s.StudyDesign != "" {
			if _, ok := Find(StudyDesigns, s.StudyDesign); !ok {
				bad("%s.studyDesign: %q is not a study design", where, s.StudyDesign)
			} else if s.Kind != "study" {
				bad("%s.studyDesign: only a study has a design (kind is %q)", where, s.Kind)
			}
		}
		if s.Live() && strings.TrimSpace(s.Citation) == "" {
			bad("%s.citation: missing", where)
		}
	}
	for i, r := range c.Ratings {
		where := fmt.Sprintf("ratings[%d]", i)
		meta(where, r.Meta)
		changedBy(where, r.Meta)
		ratedDomain(where, r.DomainID)
		if !members[r.MemberID] {
			bad("%s.memberId: %s is not a member of the group", where, r.MemberID)
		}
		if r.Live() {
			unique(where, "rating "+r.DomainID+" "+r.MemberID.String())
			if !r.Abstain {
				scores(where, r.Scores)
			}
		}
	}
	for i, r := range c.Consensus {
		where := fmt.Sprintf("consensus[%d]", i)
		meta(where, r.Meta)
		changedBy(where, r.Meta)
		ratedDomain(where, r.DomainID)
		if r.Live() {
			unique(where, "consensus "+r.DomainID)
			scores(where, r.Scores)
		}
	}
	for i, r := range c.Conclusions {
		where := fmt.Sprintf("conclusions[%d]", i)
		meta(where, r.Meta)
		changedBy(where, r.Meta)
		domain(where, r.DomainID)
		if r.Live() {
			unique(where, "conclusion "+r.DomainID)
		}
	}
	for i, k := range c.KnockOuts {
		where := fmt.Sprintf("knockOuts[%d]", i)
		meta(where, k.Meta)
		changedBy(where, k.Meta)
		domain(where, k.DomainID)
		if k.CriterionID != "" {
			found := false
			for _, crit := range fw.KnockOuts {
				found = found || crit.ID == k.CriterionID
			}
			if !found {
				bad("%s.criterionId: %q is not a knock-out criterion of framework %s", where, k.CriterionID, fw.ID)
			}
		}
		if k.Live() && strings.TrimSpace(k.Reason) == "" {
			bad("%s.reason: a knock-out flag needs a reason", where)
		}
	}
	c.checkDiscussions(meta, changedBy, ratedDomain, unique, bad)
	for i, r := range c.Rows {
		where := fmt.Sprintf("rows[%d]", i)
		meta(where, r.Meta)
		changedBy(where, r.Meta)
		in, _, ok := fw.Instrument(r.InstrumentID)
		if !ok {
			bad("%s.instrumentId: %q is not an instrument of framework %s", where, r.InstrumentID, fw.ID)
			continue
		}
		if r.Live() {
			c.checkValues(where+".cells", in.Columns, r.Cells, "column", bad)
		}
	}
	for i, s := range c.Settings {
		where := fmt.Sprintf("settings[%d]", i)
		meta(where, s.Meta)
		changedBy(where, s.Meta)
		in, _, ok := fw.Instrument(s.InstrumentID)
		if !ok {
			bad("%s.instrumentId: %q is not an instrument of framework %s", where, s.InstrumentID, fw.ID)
			continue
		}
		if s.Live() {
			unique(where, "settings "+s.InstrumentID)
			c.checkValues(where+".values", in.Settings, s.Values, "setting", bad)
		}
	}
	c.checkTerms(meta, changedBy, bad)
	meta("synthesis", c.Synthesis.Meta)
	changedBy("synthesis", c.Synthesis.Meta)
	if rec := c.Synthesis.Recommendation; rec != "" {
		if _, ok := fw.Recommendation(rec); !ok {
			bad("synthesis.recommendation: %q is not a recommendation of framework %s", rec, fw.ID)
		}
	}
	return problems
}

// checkValues reports cells (or setting values) that name no column (setting) of the
// instrument, choices that are not the column's and members not in the group.
func (c *Case) checkValues(where string, cols []framework.Column, values map[string]string, what string,
	bad func(format string, args ...any)) {
	for _, key := range sortedKeys(values) {
		col, ok := findColumn(cols, key)
		if !ok {
			bad("%s.%s: %q is not a %s of the instrument", where, key, key, what)
		} else if p := c.cellProblem(col, values[key]); p != "" {
			bad("%s.%s: %s", where, key, p)
		}
	}
}
