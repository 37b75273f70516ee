package report

import (
	"fmt"
	"strings"

	"github.com/helhed/helhed/internal/analysis"
	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
)

// domains adds every domain as the PDF prints it (section_domain.go): completeness, purpose,
// conclusion, ratings, knock-outs, instruments and the questions with answers and sources.
func (b *builder) domains() {
	d := b.d
	b.heading(1, d.t.DomainsPart)
	for i := range d.fw.Domains {
		b.domain(&d.fw.Domains[i])
	}
}

func (b *builder) domain(dm *framework.Domain) {
	d, t := b.d, b.d.t
	title := d.domainTitle(dm)
	id := b.ids[title]
	if id == "" {
		id = domainID(dm.ID)
	}
	b.headingID(2, title, id, Plain)
	cp := analysis.DomainCompleteness(d.c, dm)
	n := t.integer
	b.para(Muted, fmt.Sprintf(t.Completeness, n(cp.Answered), n(cp.Total), n(cp.NotRelevant), n(cp.Open)))
	b.para(Note, dm.Purpose.In(d.lang))

	b.headingID(3, t.Conclusion, conclusionID(dm.ID), Plain)
	if text := d.c.ConclusionFor(dm.ID); strings.TrimSpace(text) != "" {
		b.para(Plain, text)
	} else {
		b.para(Note, t.NoConclusion)
	}
	if dm == d.synthesisDomain() && strings.TrimSpace(d.c.Synthesis.Dissent) != "" {
		b.headingID(3, t.Dissent, "dissent", Plain)
		b.para(Plain, d.c.Synthesis.Dissent)
	}
	if dm.Rated {
		b.ratings(dm)
	}
	b.knockOuts(dm)
	b.domainBlocks(dm) // the instruments: the PDF's own code, captured (document_capture.go)
	b.questions(dm)
}

// ratings is every member's rating of the domain, the consensus and the members' range.
func (b *builder) ratings(dm *framework.Domain) {
	d, t := b.d, b.d.t
	b.heading(3, t.Ratings)
	if rs := d.c.RatingsFor(dm.ID); len(rs) == 0 {
		b.para(Note, t.NoRatings)
	} else {
		var rows [][]cell
		for _, r := range rs {
			rows = append(rows, d.ratingRow(r))
		}
		b.table([]string{t.Member, t.Consequence, t.Certainty, t.Complexity, t.Rationale}, rows)
	}
	p := analysis.ProfileOf(d.c, dm)
	var summary [][]cell
	if p.Consensus != nil {
		cons, _ := d.c.ConsensusFor(dm.ID)
		summary = append(summary, labelledRow(t.Consensus, cell{text: d.scores(cons.Scores, cons.Rationale), st: dlValue}))
	} else {
		summary = append(summary, labelledRow(t.Consensus, cell{text: t.NoConsensus, st: dlNote}))
	}
	if p.Range != nil {
		r := d.rangeText(*p.Range)
		if p.Disagreement() {
			summary = append(summary, labelledRow(t.Range, cell{text: r + "  ▲ " + t.Disagreement, st: dlWarn}))
		} else {
			summary = append(summary, labelledRow(t.Range, cell{text: r, st: dlValue}))
		}
	}
	b.facts(summary)
}

// knockOuts are the domain's knock-out flags with their reasons.
func (b *builder) knockOuts(dm *framework.Domain) {
	d := b.d
	ks := d.c.KnockOutsFor(dm.ID)
	if len(ks) == 0 {
		return
	}
	b.headingID(3, d.t.KnockOuts, "", Warn)
	for _, k := range ks {
		b.add(Block{Kind: Item, ID: knockOutID(k.ID.String()), Label: "▲", Tone: Warn,
			Text: cleanSpans([]Span{{Text: d.knockOutTitle(k), Tone: Warn}})})
		b.paraAt(1, Plain, k.Reason)
	}
}

// questions are the guiding questions, numbered, each with the answer and its sources.
func (b *builder) questions(dm *framework.Domain) {
	d, t := b.d, b.d.t
	if len(dm.Questions) == 0 {
		return
	}
	b.heading(3, t.Questions)
	for i := range dm.Questions {
		q := &dm.Questions[i]
		b.item(0, fmt.Sprintf("%d.%d", dm.Number, i+1), Strong, Span{Text: q.Text.In(d.lang), Tone: Strong})
		a, ok := d.c.Answer(q.ID)
		switch {
		case ok && a.NotRelevant:
			text := t.NotRelevantNoReason
			if strings.TrimSpace(a.NotRelevantReason) != "" {
				text = fmt.Sprintf(t.NotRelevant, a.NotRelevantReason)
			}
			b.paraAt(1, Note, text)
		case ok && strings.TrimSpace(a.Text) != "":
			b.paraAt(1, Plain, a.Text)
		default:
			b.paraAt(1, Note, t.NotAnswered)
		}
		if srcs := d.c.SourcesFor(q.ID); len(srcs) > 0 {
			b.paraAt(1, Strong, t.Sources)
			for _, s := range srcs {
				b.questionSource(s)
			}
		}
	}
}

// questionSource is one source under a question: citation, kind, design, appraisal, link.
func (b *builder) questionSource(s assessment.Source) {
	d, t := b.d, b.d.t
	var about []string
	if s.Kind != "" {
		about = append(about, assessment.Label(assessment.SourceKinds, s.Kind, d.lang))
	}
	if s.StudyDesign != "" {
		about = append(about, assessment.Label(assessment.StudyDesigns, s.StudyDesign, d.lang))
	}
	if strings.TrimSpace(s.Appraisal) != "" {
		about = append(about, t.Appraisal+": "+s.Appraisal)
	}
	b.item(1, "•", Plain, Span{Text: s.Citation})
	b.paraAt(2, Note, strings.Join(about, " · "))
	b.link(2, s.Link)
}
