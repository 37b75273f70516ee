package report

import (
	"fmt"
	"strings"

	"github.com/helhed/helhed/internal/analysis"
	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
)

// purposeStyle is the framework's description of a domain, under its heading.
var purposeStyle = style{italic, 10.5, 5, muted}

// domainBlocks print more about a domain after its knock-outs and before its questions: the
// place for the structured instruments of a later issue (a workflow's process steps in domain
// 5, the economy's budget in domain 6). Each block decides from the domain whether it has
// anything to print.
var domainBlocks []func(d *doc, dm *framework.Domain)

// domainSection prints one domain: its purpose, the group's conclusion, ratings and knock-outs,
// and every guiding question with its answer and sources.
func (d *doc) domainSection(dm *framework.Domain) {
	// Keep the heading with the purpose and the start of the conclusion.
	purpose := dm.Purpose.In(d.lang)
	d.use(purposeStyle)
	keep := float64(len(d.split(purpose, contentW)))*purposeStyle.lineH + smallMuted.lineH + 4 + h3.lineH + 2*body.lineH
	d.heading(h2, d.domainTitle(dm), 10, keep, 1)
	cp := analysis.DomainCompleteness(d.c, dm)
	n := d.t.integer
	d.para(smallMuted, 0, fmt.Sprintf(d.t.Completeness, n(cp.Answered), n(cp.Total), n(cp.NotRelevant), n(cp.Open)))
	if strings.TrimSpace(purpose) != "" {
		d.para(purposeStyle, 0, purpose)
	}
	d.conclusion(dm)
	if dm == d.synthesisDomain() {
		d.fullDissent()
	}
	if dm.Rated {
		d.ratings(dm)
	}
	d.knockOuts(dm)
	for _, block := range domainBlocks {
		block(d, dm)
	}
	d.questions(dm)
}

// conclusion prints the group's conclusion on the domain.
func (d *doc) conclusion(dm *framework.Domain) {
	d.heading(h3, d.t.Conclusion, 3, 2*body.lineH, -1)
	d.anchor(conclusionAnchor(dm.ID))
	if text := d.c.ConclusionFor(dm.ID); strings.TrimSpace(text) != "" {
		d.para(body, 0, text)
	} else {
		d.para(note, 0, d.t.NoConclusion)
	}
}

// fullDissent prints the group's dissent in full, if it has recorded one: the summary gives
// its first sentence and refers here.
func (d *doc) fullDissent() {
	s := d.c.Synthesis.Dissent
	if strings.TrimSpace(s) == "" {
		return
	}
	d.heading(h3, d.t.Dissent, 3, 2*body.lineH, -1)
	d.anchor(dissentAnchor)
	d.para(body, 0, s)
}

// ratings prints every member's rating of the domain, then the consensus and the members'
// range, marked when they disagree.
func (d *doc) ratings(dm *framework.Domain) {
	rs := d.c.RatingsFor(dm.ID)
	if len(rs) == 0 {
		d.heading(h3, d.t.Ratings, 3, 3*small.lineH, -1)
		d.para(note, 0, d.t.NoRatings)
	} else {
		rows := make([][]cell, len(rs))
		for i, r := range rs {
			rows[i] = d.ratingRow(r)
		}
		g := d.ratingsGrid(rows)
		wrapped := d.wrapRows(g, rows)
		d.heading(h3, d.t.Ratings, 3, min(d.tableHeight(g, wrapped), keepTable), -1)
		d.tableWrapped(g, wrapped)
	}

	p := analysis.ProfileOf(d.c, dm)
	var summary [][]cell
	if p.Consensus != nil {
		cons, _ := d.c.ConsensusFor(dm.ID)
		summary = append(summary, labelledRow(d.t.Consensus, cell{text: d.scores(cons.Scores, cons.Rationale), st: dlValue}))
	} else {
		summary = append(summary, labelledRow(d.t.Consensus, cell{text: d.t.NoConsensus, st: dlNote}))
	}
	if p.Range != nil {
		r := d.rangeText(*p.Range)
		if p.Disagreement() {
			summary = append(summary, labelledRow(d.t.Range, cell{text: r + "  ▲ " + d.t.Disagreement, st: dlWarn}))
		} else {
			summary = append(summary, labelledRow(d.t.Range, cell{text: r, st: dlValue}))
		}
	}
	summary = append(summary, d.discussionRows(dm)...)
	d.table(labelled, summary)
}

// ratingsGrid sizes the ratings table's columns to their contents: the short columns as wide
// as their widest entry (within limits), the rationale gets the rest; where its texts are long,
// at least minRationale, taken from the consequence and member columns, whose text then wraps.
func (d *doc) ratingsGrid(rows [][]cell) grid {
	const minRationale = 55.0
	g := grid{
		cols: []column{
			{d.t.Member, 0}, {d.t.Consequence, 0}, {d.t.Certainty, 0}, {d.t.Complexity, 0}, {d.t.Rationale, 0},
		},
		header: true, rules: true, padX: 1.8, padY: 1.4,
	}
	limits := [][2]float64{{24, 38}, {30, 44}, {16, 24}, {18, 26}} // min, max of each short column
	used := 0.0
	for i, lim := range limits {
		d.use(smallBold)
		w := d.pdf.GetStringWidth(cleanLine(g.cols[i].title))
		for _, r := range rows {
			d.use(r[i].st)
			w = max(w, d.pdf.GetStringWidth(cleanLine(r[i].text)))
		}
		g.cols[i].width = min(max(w+2*g.padX+0.5, lim[0]), lim[1])
		used += g.cols[i].width
	}
	// The rationale column needs minRationale only when its texts are that long.
	d.use(smallBold)
	need := d.pdf.GetStringWidth(cleanLine(d.t.Rationale))
	for _, r := range rows {
		d.use(r[4].st)
		need = max(need, d.pdf.GetStringWidth(cleanLine(r[4].text)))
	}
	need = min(need+2*g.padX+0.5, minRationale)
	for _, i := range []int{1, 0} {
		if over := used + need - contentW; over > 0 {
			cut := min(over, g.cols[i].width-limits[i][0])
			g.cols[i].width -= cut
			used -= cut
		}
	}
	g.cols[len(limits)].width = contentW - used
	return g
}

// ratingRow is one member's rating as a table row.
func (d *doc) ratingRow(r assessment.Rating) []cell {
	name := d.t.FormerMember
	if m, ok := d.c.Member(r.MemberID); ok {
		name = m.Name
		if !m.Live() {
			name += " " + d.t.FormerMember
		}
	}
	if r.Abstain {
		return []cell{{text: name, st: small}, {text: d.t.Abstained, st: smallNote}, {st: small}, {st: small}, {text: r.Rationale, st: small}}
	}
	return []cell{
		{text: name, st: small},
		{text: consequence(r.Consequence, assessment.ConsequenceLabel(r.Consequence, d.lang)), st: small},
		{text: assessment.Label(assessment.Certainties, r.Certainty, d.lang), st: small},
		{text: assessment.Label(assessment.Complexities, r.Complexity, d.lang), st: small},
		{text: r.Rationale, st: small},
	}
}

// scores formats the group's scores and rationale on separate lines.
func (d *doc) scores(s assessment.Scores, rationale string) string {
	lines := []string{consequence(s.Consequence, assessment.ConsequenceLabel(s.Consequence, d.lang))}
	var more []string
	if s.Certainty != "" {
		more = append(more, d.t.Certainty+": "+assessment.Label(assessment.Certainties, s.Certainty, d.lang))
	}
	if s.Complexity != "" {
		more = append(more, d.t.Complexity+": "+assessment.Label(assessment.Complexities, s.Complexity, d.lang))
	}
	if len(more) > 0 {
		lines = append(lines, strings.Join(more, " · "))
	}
	if strings.TrimSpace(rationale) != "" {
		lines = append(lines, rationale)
	}
	return strings.Join(lines, "\n")
}

// knockOuts prints the domain's knock-out flags with their reasons.
func (d *doc) knockOuts(dm *framework.Domain) {
	ks := d.c.KnockOutsFor(dm.ID)
	if len(ks) == 0 {
		return
	}
	d.heading(style{h3.font, h3.size, h3.lineH, warn}, d.t.KnockOuts, 3, 2*body.lineH, -1)
	for _, k := range ks {
		d.hanging(warnBold, warnBold, marginL, bulletW, "▲", d.knockOutTitle(k), body.lineH)
		d.anchor(knockOutAnchor(k.ID.String()))
		if strings.TrimSpace(k.Reason) != "" {
			d.para(body, bulletW, k.Reason)
		}
		d.gap(1)
	}
}

// criterion returns the framework's knock-out criterion with the given ID, or nil.
func (d *doc) criterion(id string) *framework.KnockOut {
	for i := range d.fw.KnockOuts {
		if d.fw.KnockOuts[i].ID == id && id != "" {
			return &d.fw.KnockOuts[i]
		}
	}
	return nil
}
