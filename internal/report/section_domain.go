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

// domainSection prints one domain: its purpose, the group's conclusion, ratings and knock-outs,
// and every guiding question with its answer and sources.
func (d *doc) domainSection(dm *framework.Domain) {
	// Keep the heading with the purpose and the start of the conclusion.
	purpose := dm.Purpose.In(d.lang)
	d.use(purposeStyle)
	keep := float64(len(d.split(purpose, contentW)))*purposeStyle.lineH + 4 + h3.lineH + 2*body.lineH
	d.heading(h2, fmt.Sprintf("%d. %s", dm.Number, dm.Title.In(d.lang)), 9, keep, 0)
	if strings.TrimSpace(purpose) != "" {
		d.para(purposeStyle, 0, purpose)
	}
	d.conclusion(dm)
	if dm.Rated {
		d.ratings(dm)
	}
	d.knockOuts(dm)
	d.questions(dm)
}

// conclusion prints the group's conclusion on the domain.
func (d *doc) conclusion(dm *framework.Domain) {
	d.heading(h3, d.t.Conclusion, 3, 2*body.lineH, -1)
	if text := d.c.ConclusionFor(dm.ID); strings.TrimSpace(text) != "" {
		d.para(body, 0, text)
	} else {
		d.para(note, 0, d.t.NoConclusion)
	}
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
		d.heading(h3, d.t.Ratings, 3, min(d.tableHeight(g, rows), keepTable), -1)
		d.table(g, rows)
	}

	p := analysis.ProfileOf(d.c, dm)
	var summary [][]cell
	if p.Consensus != nil {
		cons, _ := d.c.ConsensusFor(dm.ID)
		summary = append(summary, labelledRow(d.t.Consensus, cell{d.scores(cons.Scores, cons.Rationale), dlValue}))
	} else {
		summary = append(summary, labelledRow(d.t.Consensus, cell{d.t.NoConsensus, dlNote}))
	}
	if p.Range != nil {
		r := signed(p.Range.Min)
		if p.Range.Max != p.Range.Min {
			r = fmt.Sprintf(d.t.RangeTo, signed(p.Range.Min), signed(p.Range.Max))
		}
		if p.Disagreement() {
			summary = append(summary, labelledRow(d.t.Range, cell{r + "  ▲ " + d.t.Disagreement, dlWarn}))
		} else {
			summary = append(summary, labelledRow(d.t.Range, cell{r, dlValue}))
		}
	}
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
		return []cell{{name, small}, {d.t.Abstained, smallNote}, {"", small}, {"", small}, {r.Rationale, small}}
	}
	return []cell{
		{name, small},
		{consequence(r.Consequence, assessment.ConsequenceLabel(r.Consequence, d.lang)), small},
		{assessment.Label(assessment.Certainties, r.Certainty, d.lang), small},
		{assessment.Label(assessment.Complexities, r.Complexity, d.lang), small},
		{r.Rationale, small},
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
		title := k.Title
		if strings.TrimSpace(title) == "" {
			if crit := d.criterion(k.CriterionID); crit != nil {
				title = crit.Label.In(d.lang)
			}
		}
		d.hanging(warnBold, warnBold, marginL, bulletW, "▲", title, body.lineH)
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
