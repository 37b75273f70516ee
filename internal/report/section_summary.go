package report

import (
	"fmt"
	"strings"

	"github.com/helhed/helhed/internal/analysis"
	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
)

// Styles of the summary.
var (
	recommendationKicker = style{bold, 9.5, 4.6, accent}
	recommendationStyle  = style{bold, 14, 6.6, ink}
	smallWarn            = style{bold, 9.5, 4.3, warn}
	smallMuted           = style{regular, 9.5, 4.3, muted}
)

// summary is the full report's summary: the recommendation and its conditions, each domain's
// conclusion, the knock-out flags, the clearly negative domains, disagreement and dissent, and
// the key figures.
func (d *doc) summary() {
	d.newPart(d.t.Summary)
	d.recommendation(-1)
	d.conclusionsTable(-1)
	d.flags()
	d.dissent()
	d.keyFigures(-1)
}

// recommendation prints the group's recommendation on a tinted band and its conditions; level
// >= 0 makes it a section (see heading).
func (d *doc) recommendation(level int) {
	s := d.c.Synthesis
	const padX, padY = 4.0, 3.0
	label, st := d.t.NoRecommendation, note
	if s.Recommendation != "" {
		label, st = s.Recommendation, recommendationStyle
		if r, ok := d.fw.Recommendation(s.Recommendation); ok {
			label = r.Label.In(d.lang)
		}
	}
	d.use(recommendationKicker)
	kick := d.split(d.t.Recommended, contentW-2*padX)
	d.use(st)
	ls := d.split(label, contentW-2*padX)
	h := float64(len(kick))*recommendationKicker.lineH + 0.8 + float64(len(ls))*st.lineH + 2*padY
	d.ensure(h)
	if level >= 0 {
		d.mark(d.t.Recommendation, level)
	}
	y := d.pdf.GetY()
	d.setFill(tableFill)
	d.pdf.Rect(marginL, y, contentW, h, "F")
	d.setFill(accent)
	d.pdf.Rect(marginL, y, 1.2, h, "F")
	d.pdf.SetY(y + padY)
	d.lines(recommendationKicker, marginL+padX, contentW-2*padX, kick)
	d.pdf.SetY(d.pdf.GetY() + 0.8)
	d.lines(st, marginL+padX, contentW-2*padX, ls)
	d.pdf.SetY(y + h)
	d.gap(3)

	d.heading(h3, d.t.Conditions, 2, 2*small.lineH, -1)
	n := 0
	for _, c := range s.Conditions {
		if strings.TrimSpace(c) == "" {
			continue
		}
		n++
		d.hanging(smallBold, small, marginL, 6, fmt.Sprintf("%d.", n), c, 0)
		d.gap(1)
	}
	if n == 0 {
		d.para(smallNote, 0, d.t.NoConditions)
	}
}

// consensusSpans are a domain's consensus in a table cell: the consequence and the certainty.
func (d *doc) consensusSpans(dm *framework.Domain, p analysis.DomainProfile) []span {
	switch {
	case !dm.Rated:
		return []span{{d.t.NotRated, smallNote}}
	case p.Consensus == nil:
		return []span{{d.t.NoConsensus, smallNote}}
	}
	s := *p.Consensus
	out := []span{{consequence(s.Consequence, strings.ToLower(assessment.ConsequenceLabel(s.Consequence, d.lang))), small}}
	if s.Certainty != "" {
		out = append(out, span{d.t.Certainty + ": " + strings.ToLower(assessment.Label(assessment.Certainties, s.Certainty, d.lang)), smallMuted})
	}
	return out
}

// domainFlags are the warnings of a domain: knock-outs and disagreement.
func (d *doc) domainFlags(dm *framework.Domain, p analysis.DomainProfile) string {
	var flags []string
	if n := len(d.c.KnockOutsFor(dm.ID)); n > 0 {
		f := "▲ " + d.t.KnockOut
		if n > 1 {
			f += fmt.Sprintf(" (%d)", n)
		}
		flags = append(flags, f)
	}
	if p.Disagreement() {
		flags = append(flags, "▲ "+d.t.Disagreement+" ("+d.rangeText(*p.Range)+")")
	}
	return strings.Join(flags, "\n")
}

// rangeText is a members' range: "+1", "−1 til +2".
func (d *doc) rangeText(r analysis.Range) string {
	if r.Min == r.Max {
		return signed(r.Min)
	}
	return fmt.Sprintf(d.t.RangeTo, signed(r.Min), signed(r.Max))
}

// conclusionsTable prints every domain's conclusion in the group's words, with its consensus
// and flags; level >= 0 makes it a section.
func (d *doc) conclusionsTable(level int) {
	g := grid{
		cols:   []column{{d.t.Domain + " · " + d.t.ConsensusShort, 50}, {d.t.Conclusion, contentW - 50}},
		header: true, rules: true, padX: 1.8, padY: 1.3,
	}
	var rows [][]cell
	for i := range d.fw.Domains {
		dm := &d.fw.Domains[i]
		p := analysis.ProfileOf(d.c, dm)
		name := cell{text: d.domainTitle(dm), st: smallBold, more: d.consensusSpans(dm, p)}
		if f := d.domainFlags(dm, p); f != "" {
			name.more = append(name.more, span{f, smallWarn})
		}
		conclusion := cell{text: d.c.ConclusionFor(dm.ID), st: small}
		if strings.TrimSpace(conclusion.text) == "" {
			conclusion = cell{text: d.t.NoConclusion, st: smallNote}
		}
		rows = append(rows, []cell{name, conclusion})
	}
	wrapped := d.wrapRows(g, rows)
	d.heading(h3, d.t.Conclusions, 4, min(d.tableHeight(g, wrapped), 40), level)
	d.tableWrapped(g, wrapped)
}

// flags prints the knock-out flags with their reasons, the domains rated clearly negative and
// where the members disagree.
func (d *doc) flags() {
	d.heading(style{h3.font, h3.size, h3.lineH, warn}, d.t.KnockOuts, 4, 2*small.lineH, -1)
	n := 0
	for i := range d.fw.Domains {
		dm := &d.fw.Domains[i]
		for _, k := range d.c.KnockOutsFor(dm.ID) {
			n++
			d.hanging(smallWarn, smallWarn, marginL, bulletW, "▲", d.knockOutTitle(k)+" ("+d.domainTitle(dm)+")", small.lineH)
			if strings.TrimSpace(k.Reason) != "" {
				d.use(small)
				d.lines(small, marginL+bulletW, contentW-bulletW, d.split(k.Reason, contentW-bulletW))
			}
			d.gap(1.5)
		}
	}
	if n == 0 {
		d.para(smallNote, 0, d.t.NoKnockOuts)
	}

	d.heading(h3, d.t.Negative, 3, 2*small.lineH, -1)
	var negative []string
	for i := range d.fw.Domains {
		dm := &d.fw.Domains[i]
		if p := analysis.ProfileOf(d.c, dm); p.Consensus != nil && p.Consensus.Consequence == assessment.MinConsequence {
			negative = append(negative, d.domainTitle(dm))
		}
	}
	if len(negative) == 0 {
		d.para(smallNote, 0, d.t.NoNegative)
	}
	for _, s := range negative {
		d.hanging(smallWarn, small, marginL, bulletW, "▲", s, 0)
	}

	d.heading(h3, d.t.Disagreements, 3, 2*small.lineH, -1)
	var dis []string
	for _, x := range analysis.Disagreements(d.c) {
		dis = append(dis, d.domainTitle(&d.fw.Domains[x.Domain])+" ("+d.rangeText(x.Range)+")")
	}
	if len(dis) == 0 {
		d.para(smallNote, 0, d.t.NoDisagreement)
	} else {
		d.hanging(smallWarn, small, marginL, bulletW, "▲", strings.Join(dis, "; "), 0)
		d.gap(1.5)
	}
}

// memberName is a member's name, marked if they have left the group.
func (d *doc) memberName(name string, former bool) string {
	switch {
	case name == "":
		return d.t.FormerMember
	case former:
		return name + " " + d.t.FormerMember
	}
	return name
}

// knockOutTitle is a knock-out flag's title, or its criterion's label.
func (d *doc) knockOutTitle(k assessment.KnockOut) string {
	if strings.TrimSpace(k.Title) == "" {
		if crit := d.criterion(k.CriterionID); crit != nil {
			return crit.Label.In(d.lang)
		}
	}
	return k.Title
}

// dissent prints the dissent the group recorded.
func (d *doc) dissent() {
	d.heading(h3, d.t.Dissent, 3, 2*small.lineH, -1)
	if s := d.c.Synthesis.Dissent; strings.TrimSpace(s) != "" {
		d.para(small, 0, s)
	} else {
		d.para(smallNote, 0, d.t.NoneRecorded)
	}
}

// keyFigures prints the case's figures: how complete it is, consensus, sources, flags and the
// deadline; level >= 0 makes it a section.
func (d *doc) keyFigures(level int) {
	t := d.t
	all := analysis.OverallCompleteness(d.c)
	rated, consensus, disagree, knockouts := 0, 0, 0, 0
	for _, p := range analysis.Profile(d.c) {
		if p.Rated {
			rated++
		}
		if p.Consensus != nil {
			consensus++
		}
		if p.Disagreement() {
			disagree++
		}
	}
	for _, k := range d.c.KnockOuts {
		if k.Live() {
			knockouts++
		}
	}
	ratings := 0
	for _, r := range d.c.Ratings {
		if r.Live() && !r.Abstain {
			ratings++
		}
	}
	independent, supplier, sources := 0, 0, 0
	for _, s := range d.c.Sources {
		if !s.Live() {
			continue
		}
		sources++
		switch sourceGroup(s.Kind) {
		case groupIndependent:
			independent++
		case groupSupplier:
			supplier++
		}
	}
	n := t.integer
	rows := [][]cell{
		labelledRow(t.FigQuestions, cell{text: fmt.Sprintf(t.FigAnswered, n(all.Answered), n(all.Total),
			t.percent(all.Answered, all.Total), n(all.NotRelevant), n(all.Open)), st: dlValue}),
		labelledRow(t.FigDomains, cell{text: fmt.Sprintf(t.FigConsensus, n(consensus), n(rated)), st: dlValue}),
		labelledRow(t.Ratings, cell{text: fmt.Sprintf(t.FigRaters, n(len(d.c.LiveMembers())), n(ratings)), st: dlValue}),
		labelledRow(t.FigSources, cell{text: fmt.Sprintf(t.FigSourceMix, n(sources), n(independent), n(supplier)), st: dlValue}),
		labelledRow(t.FigFlags, cell{text: fmt.Sprintf(t.FigFlagMix, n(knockouts), n(disagree)), st: dlValue}),
		d.row(t.FigDeadline, t.isoDate(d.c.Info.Deadline)),
	}
	d.heading(h3, t.KeyFigures, 4, 6*dlValue.lineH, level)
	d.table(labelled, rows)
}
