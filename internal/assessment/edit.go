package assessment

import (
	"fmt"
	"slices"

	"github.com/google/uuid"
)

// record is a pointer to a struct that embeds Meta.
type record[T any] interface {
	*T
	meta() *Meta
	RecordMeta() *Meta
}

// Record is a pointer to a struct that embeds Meta, for generic code outside this package.
type Record[T any] interface {
	*T
	RecordMeta() *Meta
}

func (m *Meta) meta() *Meta { return m }

// live returns the first live record that matches.
func live[T any, P record[T]](list []T, match func(*T) bool) *T {
	for i := range list {
		if !P(&list[i]).meta().Deleted && match(&list[i]) {
			return &list[i]
		}
	}
	return nil
}

// byID returns the record with the given ID, deleted or not.
func byID[T any, P record[T]](list []T, id uuid.UUID) *T {
	for i := range list {
		if P(&list[i]).meta().ID == id {
			return &list[i]
		}
	}
	return nil
}

// change applies fn to the live record with the given ID and records the edit.
func change[T any, P record[T]](list []T, id uuid.UUID, e Edit, fn func(*T)) error {
	r := byID[T, P](list, id)
	if r == nil || P(r).meta().Deleted {
		return fmt.Errorf("no record %s", id)
	}
	before := *r
	fn(r)
	touchIfChanged[T, P](&before, r, e)
	return nil
}

// touchIfChanged records the edit e on after unless it changed nothing since before.
func touchIfChanged[T any, P record[T]](before, after *T, e Edit) {
	if !SameContent[T, P](before, after) || P(before).meta().Deleted != P(after).meta().Deleted {
		P(after).meta().touch(e)
	}
}

// tombstone marks the record deleted.
func tombstone[T any, P record[T]](list []T, id uuid.UUID, e Edit) error {
	return change[T, P](list, id, e, func(r *T) { P(r).meta().Deleted = true })
}

// UpdateInfo changes the case's metadata.
func (c *Case) UpdateInfo(e Edit, fn func(*Info)) {
	before := c.Info
	fn(&c.Info)
	touchIfChanged(&before, &c.Info, e)
}

// UpdateSynthesis changes the recommendation.
func (c *Case) UpdateSynthesis(e Edit, fn func(*Synthesis)) {
	before := c.Synthesis
	before.Conditions = slices.Clone(before.Conditions)
	before.OpenQuestions = slices.Clone(before.OpenQuestions)
	fn(&c.Synthesis)
	touchIfChanged(&before, &c.Synthesis, e)
}

// AddMember adds a member to the group.
func (c *Case) AddMember(e Edit, name, profession, role string) *Member {
	c.Members = append(c.Members, Member{Meta: newMeta(e), Name: name, Profession: profession, Role: role})
	return &c.Members[len(c.Members)-1]
}

// UpdateMember changes a member.
func (c *Case) UpdateMember(e Edit, id uuid.UUID, fn func(*Member)) error {
	return change(c.Members, id, e, fn)
}

// DeleteMember removes a member; their ratings stay, marked as by a former member.
func (c *Case) DeleteMember(e Edit, id uuid.UUID) error { return tombstone(c.Members, id, e) }

// SetAnswer changes the answer to question qid, creating it if there is none.
func (c *Case) SetAnswer(e Edit, qid string, fn func(*Answer)) *Answer {
	a := live(c.Answers, func(a *Answer) bool { return a.QuestionID == qid })
	if a == nil {
		c.Answers = append(c.Answers, Answer{Meta: newMeta(e), QuestionID: qid})
		a = &c.Answers[len(c.Answers)-1]
		fn(a)
		return a
	}
	before := *a
	fn(a)
	touchIfChanged(&before, a, e)
	return a
}

// AddSource adds a source to question qid. s's Meta and QuestionID are filled in.
func (c *Case) AddSource(e Edit, qid string, s Source) *Source {
	s.Meta = newMeta(e)
	s.QuestionID = qid
	c.Sources = append(c.Sources, s)
	return &c.Sources[len(c.Sources)-1]
}

// UpdateSource changes a source.
func (c *Case) UpdateSource(e Edit, id uuid.UUID, fn func(*Source)) error {
	return change(c.Sources, id, e, fn)
}

// DeleteSource removes a source.
func (c *Case) DeleteSource(e Edit, id uuid.UUID) error { return tombstone(c.Sources, id, e) }

// SetRating changes member's rating of domain, creating it if there is none.
func (c *Case) SetRating(e Edit, domainID string, member uuid.UUID, fn func(*Rating)) *Rating {
	r := live(c.Ratings, func(r *Rating) bool { return r.DomainID == domainID && r.MemberID == member })
	if r == nil {
		c.Ratings = append(c.Ratings, Rating{Meta: newMeta(e), DomainID: domainID, MemberID: member})
		r = &c.Ratings[len(c.Ratings)-1]
		fn(r)
		return r
	}
	before := *r
	fn(r)
	touchIfChanged(&before, r, e)
	return r
}

// DeleteRating removes a member's rating (not rated yet, as opposed to abstained).
func (c *Case) DeleteRating(e Edit, id uuid.UUID) error { return tombstone(c.Ratings, id, e) }

// SetConsensus records the group's rating of a domain.
func (c *Case) SetConsensus(e Edit, domainID string, s Scores, rationale string) *Consensus {
	r := live(c.Consensus, func(r *Consensus) bool { return r.DomainID == domainID })
	if r == nil {
		c.Consensus = append(c.Consensus, Consensus{Meta: newMeta(e), DomainID: domainID, Scores: s, Rationale: rationale})
		return &c.Consensus[len(c.Consensus)-1]
	}
	if r.Scores != s || r.Rationale != rationale {
		r.Scores, r.Rationale = s, rationale
		r.touch(e)
	}
	return r
}

// ClearConsensus takes back the group's rating of a domain: none yet.
func (c *Case) ClearConsensus(e Edit, domainID string) {
	if r := live(c.Consensus, func(r *Consensus) bool { return r.DomainID == domainID }); r != nil {
		r.Deleted = true
		r.touch(e)
	}
}

// SetConclusion records the group's conclusion on a domain.
func (c *Case) SetConclusion(e Edit, domainID, text string) *Conclusion {
	r := live(c.Conclusions, func(r *Conclusion) bool { return r.DomainID == domainID })
	if r == nil {
		c.Conclusions = append(c.Conclusions, Conclusion{Meta: newMeta(e), DomainID: domainID, Text: text})
		return &c.Conclusions[len(c.Conclusions)-1]
	}
	if r.Text != text {
		r.Text = text
		r.touch(e)
	}
	return r
}

// AddKnockOut flags a failed must-have in a domain.
func (c *Case) AddKnockOut(e Edit, domainID, criterionID, title, reason string) *KnockOut {
	c.KnockOuts = append(c.KnockOuts, KnockOut{Meta: newMeta(e), DomainID: domainID,
		CriterionID: criterionID, Title: title, Reason: reason})
	return &c.KnockOuts[len(c.KnockOuts)-1]
}

// UpdateKnockOut changes a knock-out flag.
func (c *Case) UpdateKnockOut(e Edit, id uuid.UUID, fn func(*KnockOut)) error {
	return change(c.KnockOuts, id, e, fn)
}

// DeleteKnockOut removes a knock-out flag.
func (c *Case) DeleteKnockOut(e Edit, id uuid.UUID) error { return tombstone(c.KnockOuts, id, e) }
