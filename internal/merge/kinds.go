package merge

import (
	"github.com/helhed/helhed/internal/assessment"
)

// kinds are the kinds of record a case holds, in the order a merge reports them. Adding a kind
// of record to the case is one entry here: its name in the file, the JSON field a group may
// edit when it combines two versions ("" for none), where the records are in the case, and for
// records the case holds at most one live of (an answer per question), that key (nil when any
// number may live side by side). TestEveryKindOfRecordIsMerged fails for a list of records in
// assessment.Case that is missing here. The window names a kind with the text
// "merge.kind.<name>" (internal/ui/merge.go) and shows it by its file name until it has one.
var kinds = []kind{
	one("info", "description", func(c *assessment.Case) *assessment.Info { return &c.Info }),
	many("members", "name", func(c *assessment.Case) *[]assessment.Member { return &c.Members }, nil),
	many("answers", "text", func(c *assessment.Case) *[]assessment.Answer { return &c.Answers },
		func(a *assessment.Answer) string { return a.QuestionID }),
	many("sources", "citation", func(c *assessment.Case) *[]assessment.Source { return &c.Sources }, nil),
	many("ratings", "rationale", func(c *assessment.Case) *[]assessment.Rating { return &c.Ratings },
		func(r *assessment.Rating) string { return r.DomainID + " " + r.MemberID.String() }),
	many("consensus", "rationale", func(c *assessment.Case) *[]assessment.Consensus { return &c.Consensus },
		func(r *assessment.Consensus) string { return r.DomainID }),
	many("conclusions", "text", func(c *assessment.Case) *[]assessment.Conclusion { return &c.Conclusions },
		func(r *assessment.Conclusion) string { return r.DomainID }),
	many("knockOuts", "reason", func(c *assessment.Case) *[]assessment.KnockOut { return &c.KnockOuts }, nil),
	many("discussions", "note", func(c *assessment.Case) *[]assessment.Discussion { return &c.Discussions },
		func(d *assessment.Discussion) string { return d.DomainID + " " + d.Scale }),
	one("synthesis", "dissent", func(c *assessment.Case) *assessment.Synthesis { return &c.Synthesis }),
	many("rows", "", func(c *assessment.Case) *[]assessment.TableRow { return &c.Rows }, nil),
	many("settings", "", func(c *assessment.Case) *[]assessment.InstrumentSetting { return &c.Settings },
		func(s *assessment.InstrumentSetting) string { return s.InstrumentID }),
	many("terms", "definition", func(c *assessment.Case) *[]assessment.Term { return &c.Terms }, nil),
}

// conflicts are merged first, as records of their own: a conflict the group resolved (a
// tombstone) supersedes the same conflict still open in a copy taken before.
var conflicts = &list[assessment.Conflict, *assessment.Conflict]{kindName: "conflicts",
	field: func(c *assessment.Case) *[]assessment.Conflict { return &c.Conflicts }, isConflicts: true}

// Kinds lists the names of the kinds of record, in the order a merge reports them.
func Kinds() []string {
	out := make([]string, len(kinds))
	for i, k := range kinds {
		out[i] = k.name()
	}
	return out
}

// TextField is the JSON field of kind that a group may edit when it combines two versions, or
// "" when the kind has none (a table row is chosen whole).
func TextField(kindName string) string {
	if k := kindNamed(kindName); k != nil {
		return k.textField()
	}
	return ""
}

func kindNamed(name string) kind {
	for _, k := range kinds {
		if k.name() == name {
			return k
		}
	}
	return nil
}
