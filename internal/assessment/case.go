package assessment

import (
	"time"

	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/framework"
)

// Case is one assessment of one technology by one group.
type Case struct {
	// ID identifies the case across members' copies.
	ID      uuid.UUID `json:"id"`
	Created time.Time `json:"created"`

	Info        Info         `json:"info"`
	Members     []Member     `json:"members"`
	Answers     []Answer     `json:"answers"`
	Sources     []Source     `json:"sources"`
	Ratings     []Rating     `json:"ratings"`
	Consensus   []Consensus  `json:"consensus"`
	Conclusions []Conclusion `json:"conclusions"`
	KnockOuts   []KnockOut   `json:"knockOuts"`
	// Discussions are the group's notes on where members disagree (discussion.go).
	Discussions []Discussion `json:"discussions,omitempty"`
	Synthesis   Synthesis    `json:"synthesis"`

	// Rows are the rows of the framework's instruments (tables), Settings their case-level
	// values (table.go).
	Rows     []TableRow          `json:"rows"`
	Settings []InstrumentSetting `json:"settings"`
	Terms    []Term              `json:"terms,omitempty"` // the group's own glossary (terms.go)

	// Conflicts are the versions of records that members' copies changed differently, kept
	// until the group resolves them (conflict.go, internal/merge).
	Conflicts []Conflict `json:"conflicts,omitempty"`

	// Framework is a copy of the framework the case was made with, so that the case opens
	// the same years later whatever frameworks the app then ships.
	Framework *framework.Framework `json:"framework"`
}

// Info is the case's metadata.
type Info struct {
	Meta
	Title       string `json:"title"`
	GroupName   string `json:"groupName"`
	Technology  string `json:"technology"`
	Category    string `json:"category"` // a Categories ID
	Description string `json:"description"`
	Setting     string `json:"setting"`
	Decision    string `json:"decision"`
	Comparator  string `json:"comparator"`
	Deadline    string `json:"deadline"` // YYYY-MM-DD or empty
	Language    string `json:"language"` // the group's working language: "da" or "en"
}

// Member is a member of the group.
type Member struct {
	Meta
	Name       string `json:"name"`
	Profession string `json:"profession"`
	Role       string `json:"role"` // role in the group, e.g. chair, note-taker
}

// Answer is the group's answer to one guiding question.
type Answer struct {
	Meta
	QuestionID        string `json:"questionId"`
	Text              string `json:"text"`
	NotRelevant       bool   `json:"notRelevant,omitempty"`
	NotRelevantReason string `json:"notRelevantReason,omitempty"`
}

// Source is a reference behind an answer.
type Source struct {
	Meta
	QuestionID  string `json:"questionId"`
	Citation    string `json:"citation"`
	Link        string `json:"link,omitempty"`
	Kind        string `json:"kind"`                  // a SourceKinds ID
	StudyDesign string `json:"studyDesign,omitempty"` // a StudyDesigns ID, where Kind is study
	Appraisal   string `json:"appraisal,omitempty"`   // one line: how far the source can be trusted
}

// Scores are the three ratings of a domain.
type Scores struct {
	Consequence int    `json:"consequence"` // -2 clearly negative .. +2 clearly positive
	Certainty   string `json:"certainty"`   // low, moderate, high
	Complexity  string `json:"complexity"`  // simple, complicated, complex
}

// Rating is one member's rating of one domain.
type Rating struct {
	Meta
	DomainID string    `json:"domainId"`
	MemberID uuid.UUID `json:"memberId"`
	Abstain  bool      `json:"abstain,omitempty"`
	Scores
	Rationale string `json:"rationale,omitempty"`
}

// Consensus is the group's agreed rating of one domain. A domain without a live Consensus
// has none yet.
type Consensus struct {
	Meta
	DomainID string `json:"domainId"`
	Scores
	Rationale string `json:"rationale,omitempty"`
}

// Conclusion is the group's short conclusion on one domain, in its own words.
type Conclusion struct {
	Meta
	DomainID string `json:"domainId"`
	Text     string `json:"text"`
}

// KnockOut is a failed must-have: a reason the technology cannot be introduced as proposed.
type KnockOut struct {
	Meta
	DomainID string `json:"domainId"`
	// CriterionID names the framework's knock-out criterion, or is empty for the group's own.
	CriterionID string `json:"criterionId,omitempty"`
	Title       string `json:"title"`
	Reason      string `json:"reason"`
}

// Synthesis is the group's recommendation.
type Synthesis struct {
	Meta
	Recommendation string   `json:"recommendation"` // a framework recommendation ID, or empty
	Conditions     []string `json:"conditions"`
	Dissent        string   `json:"dissent"`
	OpenQuestions  []string `json:"openQuestions"`
}

// New starts an empty case on framework fw. The first edit's member may be uuid.Nil.
func New(fw *framework.Framework, title string, e Edit) *Case {
	c := &Case{ID: uuid.New(), Created: e.At, Framework: fw}
	c.Info = Info{Meta: newMeta(e), Title: title, Language: "da"}
	c.Synthesis = Synthesis{Meta: newMeta(e)}
	return c
}
