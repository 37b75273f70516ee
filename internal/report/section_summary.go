package report

import (
	"fmt"
	"sort"
	"strings"

	"github.com/helhed/helhed/internal/analysis"
	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
	"github.com/helhed/helhed/internal/instruments"
)

// Styles of the summary.
var (
	recommendationKicker = style{bold, 9.5, 4.6, accent}
	recommendationStyle  = style{bold, 14, 6.6, ink}
	smallWarn            = style{bold, 9.5, 4.3, warn}
	smallMuted           = style{regular, 9.5, 4.3, muted}
)

// Styles of the full report's summary, which fits on one page: 8.5 pt, the smallest text the
// report prints, and headings at 10 pt.
var (
	sumText     = style{regular, 8.5, 3.3, ink}
	sumBold     = style{bold, 8.5, 3.3, ink}
	sumNote     = style{italic, 8.5, 3.3, muted}
	sumMuted    = style{regular, 8.5, 3.3, muted}
	sumWarn     = style{bold, 8.5, 3.3, warn}
	sumHead     = style{bold, 10, 4.2, accent}
	sumWarnHead = style{bold, 10, 4.2, warn}
	sumKicker   = style{bold, 9, 4.2, accent}
	sumLabel    = style{bold, 12.5, 5.6, ink}
)

// sumPadTop is how far the summary's lines, 8.5 pt on 3.4 mm, reach above their line: the
// room a page it continues on leaves above its first line (see padTop).
const sumPadTop = 0.4

// look is how the parts of a summary print: the full report's summary on one page, or the
// short report's, which has no domain sections to refer to and prints every text in full.
type look struct {
	text, bold, note, muted, warn style
	head, warnHead                style
	gap                           float64 // above a heading
	numW, itemGap                 float64 // a number's column; the space after an item
}

var (
	fullLook = look{text: sumText, bold: sumBold, note: sumNote, muted: sumMuted, warn: sumWarn,
		head: sumHead, warnHead: sumWarnHead, gap: 1, numW: 6, itemGap: 0.1}
	shortLook = look{text: small, bold: smallBold, note: smallNote, muted: smallMuted, warn: smallWarn,
		head: h3, warnHead: style{h3.font, h3.size, h3.lineH, warn}, gap: 3, numW: 6, itemGap: 1}
)

// summary is the full report's summary, on one page for a case like the example: the
// recommendation and its conditions, each domain's conclusion by its first sentence, the
// knock-out flags with their reasons, the clearly negative domains and the dissent. Long texts
// refer to the page where they stand in full; a case with more than a page of them flows on.
func (d *doc) summary() {
	d.newPart(d.t.Summary)
	d.padTop = sumPadTop
	d.recommendationBand(-1, true)
	d.conditions(fullLook)
	d.headlineFigures(fullLook)
	d.conclusionsDigest(fullLook)
	d.knockOutDigest(fullLook)
	d.negativeLine(fullLook)
	d.dissentDigest(fullLook)
	d.padTop = 0
}

// recommendationBand prints the group's recommendation on a tinted band; level >= 0 makes it a
// section (see heading). Compact puts the kicker beside the recommendation rather than above.
func (d *doc) recommendationBand(level int, compact bool) {
	if d.capture != nil {
		d.capture.recommendation()
		return
	}
	s := d.c.Synthesis
	const padX = 4.0
	padY := 3.0
	kickSt, labelSt := recommendationKicker, recommendationStyle
	if compact {
		padY, kickSt, labelSt = 1.8, sumKicker, sumLabel
	}
	label, st := d.t.NoRecommendation, note
	if s.Recommendation != "" {
		label, st = s.Recommendation, labelSt
		if r, ok := d.fw.Recommendation(s.Recommendation); ok {
			label = r.Label.In(d.lang)
		}
	}
	textW := contentW - 2*padX
	d.use(kickSt)
	kick := d.split(d.t.Recommended, textW)
	var kickW float64 // beside the recommendation
	if compact {
		for _, l := range kick {
			kickW = max(kickW, d.pdf.GetStringWidth(l)+4)
		}
		kickW = min(kickW, textW/2)
		kick = d.split(d.t.Recommended, kickW-4)
	}
	d.use(st)
	ls := d.split(label, textW-kickW)
	h := float64(len(kick))*kickSt.lineH + 0.8 + float64(len(ls))*st.lineH + 2*padY
	if compact {
		h = max(float64(len(kick))*kickSt.lineH, float64(len(ls))*st.lineH) + 2*padY
	}
	d.ensure(h)
	if level >= 0 {
		d.mark(d.t.Recommendation, level)
	}
	y := d.pdf.GetY()
	d.setFill(tableFill)
	d.pdf.Rect(marginL, y, contentW, h, "F")
	d.setFill(accent)
	d.pdf.Rect(marginL, y, 1.2, h, "F")
	if compact {
		// The kicker's baseline on the recommendation's first (see cell).
		base := y + padY + 0.5*st.lineH + 0.3*st.size*mmPerPt
		d.pdf.SetY(base - 0.5*kickSt.lineH - 0.3*kickSt.size*mmPerPt)
		d.lines(kickSt, marginL+padX, kickW, kick)
		d.pdf.SetY(y + padY)
		d.lines(st, marginL+padX+kickW, textW-kickW, ls)
	} else {
		d.pdf.SetY(y + padY)
		d.lines(kickSt, marginL+padX, textW, kick)
		d.pdf.SetY(d.pdf.GetY() + 0.8)
		d.lines(st, marginL+padX, textW, ls)
	}
	d.pdf.SetY(y + h)
	if compact {
		d.gap(2)
	} else {
		d.gap(3)
	}
}

// headlineFigures prints the instruments' headline figures on the summary as one run-in
// paragraph, each figure short: staff hours per role freed or spent and their value where the
// group gave hourly costs, the net present cost (or budget), the CO2e difference, the largest
// competence gaps and the top risks (each risk by its first words; the full text is in its
// section). Nothing when the case has no instrument figures.
func (d *doc) headlineFigures(lk look) {
	t := d.t
	f := d.figures()
	var spans []span
	add := func(label, text string, ps instruments.Problems) {
		if len(spans) > 0 {
			spans[len(spans)-1].text += " ·"
		}
		if len(ps) > 0 {
			text += " " + t.SumIncomplete
		}
		spans = append(spans, span{text: label + ":", st: lk.bold}, span{text: text, st: lk.text})
	}
	if w := f.Workflow; w != nil && len(w.Result.Roles) > 0 {
		text, ps := d.staffBrief()
		add(t.FigStaff, fmt.Sprintf(t.SumHours, text)+d.staffValue(), ps)
	}
	if e := f.Economy; e != nil && len(e.Result.Years) > 0 {
		if e.Discounted {
			add(t.SumNPVLabel, fmt.Sprintf(t.SumNPV, d.num(e.Result.NPV.Base, 0), d.rate(e.DiscountRate), t.integer(len(e.Result.Years))), e.Problems)
		} else {
			add(t.SumBudgetLabel, fmt.Sprintf(t.SumBudget, d.num(e.Result.Total.Base, 0), t.integer(len(e.Result.Years))), e.Problems)
		}
	}
	if e := f.Environment; e != nil && (e.Result.Total.Before != 0 || e.Result.Total.After != 0) {
		add("CO2e", fmt.Sprintf(t.SumCO2, d.signedNum(e.Result.Total.Difference, 0)), e.Problems)
	}
	if c := f.Competences; c != nil {
		gaps := append([]instruments.Gap(nil), c.Result.Gaps...)
		sort.SliceStable(gaps, func(i, j int) bool { return gaps[i].Gap > gaps[j].Gap })
		var parts []string
		for _, g := range gaps {
			if g.Gap <= 0 || len(parts) == 3 || g.Gap < gaps[0].Gap && len(parts) >= 2 {
				break
			}
			dim, _ := choiceLabel(instruments.Dimensions, string(g.Dimension), d.lang)
			parts = append(parts, fmt.Sprintf(t.SumGap, g.Role, d.t.integer(g.Gap), strings.ToLower(dim)))
		}
		if len(parts) > 0 {
			add(t.SumGaps, strings.Join(parts, ", "), c.Problems)
		}
	}
	if r := f.Risks; r != nil && len(r.Result.Ranked) > 0 {
		var parts []string
		for _, k := range r.Result.Ranked[:min(3, len(r.Result.Ranked))] {
			parts = append(parts, fmt.Sprintf(t.SumRisk, shortDescription(k.Description), k.Score))
		}
		add(t.SumRisks, strings.Join(parts, ", "), r.Problems)
	}
	if len(spans) == 0 {
		return
	}
	d.runIn(lk, lk.head, t.KeyFigures, spans...)
}

// shortDescription is the first words of a description: up to its first colon, bracket or
// dash, and at most about 45 characters, cut between words with "…".
func shortDescription(s string) string {
	s = strings.TrimSpace(s)
	for _, sep := range []string{": ", " (", " – ", "; ", ". "} {
		if i := strings.Index(s, sep); i >= 8 {
			s = s[:i]
		}
	}
	const most = 45
	if r := []rune(s); len(r) > most {
		cut := string(r[:most])
		if i := strings.LastIndex(cut, " "); i > 0 {
			cut = cut[:i]
		}
		s = strings.TrimRight(cut, ",;") + "…"
	}
	return s
}

// conditions prints the conditions of the recommendation, numbered, each in full.
func (d *doc) conditions(lk look) {
	d.heading(lk.head, d.t.Conditions, lk.gap-1, 2*lk.text.lineH, -1)
	n := 0
	for _, c := range d.c.Synthesis.Conditions {
		if strings.TrimSpace(c) == "" {
			continue
		}
		n++
		d.hanging(lk.bold, lk.text, marginL, lk.numW, fmt.Sprintf("%d.", n), c, 0)
		d.gap(lk.itemGap)
	}
	if n == 0 {
		d.para(lk.note, 0, d.t.NoConditions)
	}
}

// consensusSpans are a domain's consensus in a table cell: the consequence and the certainty.
func (d *doc) consensusSpans(dm *framework.Domain, p analysis.DomainProfile, lk look) []span {
	switch {
	case !dm.Rated:
		return []span{{text: d.t.NotRated, st: lk.note}}
	case p.Consensus == nil:
		return []span{{text: d.t.NoConsensus, st: lk.note}}
	}
	s := *p.Consensus
	out := []span{{text: consequence(s.Consequence, strings.ToLower(assessment.ConsequenceLabel(s.Consequence, d.lang))), st: lk.text}}
	if s.Certainty != "" {
		out = append(out, span{text: d.t.Certainty + ": " + strings.ToLower(assessment.Label(assessment.Certainties, s.Certainty, d.lang)), st: lk.muted})
	}
	return out
}

// consensusBrief is a domain's consensus in a few words: "+1 · moderat sikkerhed", "ingen
// konsensus endnu", "vurderes ikke".
func (d *doc) consensusBrief(dm *framework.Domain, p analysis.DomainProfile) string {
	switch {
	case !dm.Rated:
		return d.t.NotRated
	case p.Consensus == nil:
		return d.t.NoConsensusBrief
	}
	s := signed(p.Consensus.Consequence)
	if p.Consensus.Certainty != "" {
		s += " · " + fmt.Sprintf(d.t.CertaintyBrief, strings.ToLower(assessment.Label(assessment.Certainties, p.Consensus.Certainty, d.lang)))
	}
	return s
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

// rangeText is a members' range: "+1", "−1 til +1".
func (d *doc) rangeText(r analysis.Range) string {
	if r.Min == r.Max {
		return signed(r.Min)
	}
	return fmt.Sprintf(d.t.RangeTo, signed(r.Min), signed(r.Max))
}

// conclusionsTable prints every domain's conclusion in the group's words, with its consensus
// and flags; level >= 0 makes it a section.
func (d *doc) conclusionsTable(level int, lk look) {
	g := grid{
		cols:   []column{{d.t.Domain + " · " + d.t.ConsensusShort, 50}, {d.t.Conclusion, contentW - 50}},
		header: true, rules: true, padX: 1.8, padY: 1.3,
	}
	var rows [][]cell
	for i := range d.fw.Domains {
		dm := &d.fw.Domains[i]
		p := analysis.ProfileOf(d.c, dm)
		name := cell{text: d.domainTitle(dm), st: lk.bold, more: d.consensusSpans(dm, p, lk)}
		if f := d.domainFlags(dm, p); f != "" {
			name.more = append(name.more, span{text: f, st: lk.warn})
		}
		conclusion := cell{text: d.c.ConclusionFor(dm.ID), st: lk.text}
		if strings.TrimSpace(conclusion.text) == "" {
			conclusion = cell{text: d.t.NoConclusion, st: lk.note}
		}
		rows = append(rows, []cell{name, conclusion})
	}
	wrapped := d.wrapRows(g, rows)
	d.heading(lk.head, d.t.Conclusions, lk.gap+1, min(d.tableHeight(g, wrapped), 40), level)
	d.tableWrapped(g, wrapped)
}

// conclusionsDigest prints every domain's conclusion by its first sentence, verbatim, and the
// page where it stands in full, run in after the domain's title, consensus and flags: an entry
// of about two lines per domain, its number hanging.
func (d *doc) conclusionsDigest(lk look) {
	d.heading(lk.head, d.t.Conclusions, lk.gap+1, 2*lk.text.lineH, -1)
	for i := range d.fw.Domains {
		dm := &d.fw.Domains[i]
		p := analysis.ProfileOf(d.c, dm)
		spans := []span{{text: dm.Title.In(d.lang), st: lk.bold}, {text: d.consensusBrief(dm, p), st: lk.muted}}
		if f := d.domainFlags(dm, p); f != "" {
			spans = append(spans, span{text: strings.ReplaceAll(f, "\n", " "), st: lk.warn})
		}
		spans[len(spans)-1].text += dash
		text := d.c.ConclusionFor(dm.ID)
		switch first, more := firstSentence(text); {
		case first == "":
			spans = append(spans, span{text: d.t.NoConclusion, st: lk.note})
		case more:
			spans = append(spans, span{text: first, st: lk.text}, d.refSpan(conclusionAnchor(dm.ID), lk.text))
		default:
			spans = append(spans, span{text: first, st: lk.text})
		}
		d.hangingRich(lk.bold, lk.numW, fmt.Sprintf("%d.", dm.Number), spans, lk.text.lineH)
		d.gap(lk.itemGap)
	}
}

// dash separates a domain's title, consensus and flags, or a knock-out flag's title, from the
// group's words that follow; the no-break space keeps it on the line of the word before it.
const dash = "\u00a0–"

// hangingRich prints label at the left margin and spans beside it, wrapped with a hanging
// indent of labelW, lh apart; the label and the first two lines stay together.
func (d *doc) hangingRich(labelSt style, labelW float64, label string, spans []span, lh float64) {
	if d.capture != nil {
		d.capture.hangingRich(labelSt, label, spans)
		return
	}
	w := contentW - labelW
	ls := d.richWrap(spans, w)
	d.ensure(float64(min(len(ls), 2)) * lh)
	d.use(labelSt)
	d.pdf.SetXY(marginL, d.pdf.GetY())
	d.cell(labelW, lh, cleanLine(label), "L")
	d.printLines(marginL+labelW, w, lh, ls)
}

// knockOutDigest prints the knock-out flags after a run-in heading, each with the first
// sentence of its reason and the page where the reason stands in full.
func (d *doc) knockOutDigest(lk look) {
	var flags [][]span
	for i := range d.fw.Domains {
		dm := &d.fw.Domains[i]
		for _, k := range d.c.KnockOutsFor(dm.ID) {
			// The domain's number stays with its title: "(10. Jura, …)".
			title := strings.Replace(d.domainTitle(dm), " ", "\u00a0", 1)
			spans := []span{{text: "▲ " + d.knockOutTitle(k) + " (" + title + ")", st: lk.warn}}
			if reason, more := firstSentence(k.Reason); reason != "" {
				spans[0].text += dash
				spans = append(spans, span{text: reason, st: lk.text})
				if more {
					spans = append(spans, d.refSpan(knockOutAnchor(k.ID.String()), lk.text))
				}
			}
			flags = append(flags, spans)
		}
	}
	if len(flags) == 0 {
		d.runIn(lk, lk.warnHead, d.t.KnockOuts, span{text: d.t.NoneBrief, st: lk.note})
		return
	}
	d.runIn(lk, lk.warnHead, d.t.KnockOuts, flags[0]...)
	for _, spans := range flags[1:] {
		d.gap(lk.itemGap)
		ls := d.richWrap(spans, contentW)
		d.ensure(float64(min(len(ls), 2)) * lk.text.lineH)
		d.printLines(marginL, contentW, lk.text.lineH, ls)
	}
}

// knockOutFlags prints the knock-out flags with their reasons.
func (d *doc) knockOutFlags(lk look) {
	d.heading(lk.warnHead, d.t.KnockOuts, lk.gap+1, 2*lk.text.lineH, -1)
	n := 0
	for i := range d.fw.Domains {
		dm := &d.fw.Domains[i]
		for _, k := range d.c.KnockOutsFor(dm.ID) {
			n++
			d.hanging(lk.warn, lk.warn, marginL, bulletW, "▲", d.knockOutTitle(k)+" ("+d.domainTitle(dm)+")", lk.text.lineH)
			if strings.TrimSpace(k.Reason) != "" {
				d.use(lk.text)
				d.lines(lk.text, marginL+bulletW, contentW-bulletW, d.split(k.Reason, contentW-bulletW))
			}
			d.gap(1.5)
		}
	}
	if n == 0 {
		d.para(lk.note, 0, d.t.NoKnockOuts)
	}
}

// negativeDomains prints the domains the group rated clearly negative (−2).
func (d *doc) negativeDomains(lk look) {
	d.heading(lk.head, d.t.Negative, lk.gap, 2*lk.text.lineH, -1)
	negative := d.negativeTitles()
	if len(negative) == 0 {
		d.para(lk.note, 0, d.t.NoNegative)
	}
	for _, s := range negative {
		d.hanging(lk.warn, lk.text, marginL, bulletW, "▲", s, 0)
	}
}

// negativeLine prints the domains rated clearly negative (−2) after a run-in heading.
func (d *doc) negativeLine(lk look) {
	if negative := d.negativeTitles(); len(negative) > 0 {
		d.runIn(lk, lk.head, d.t.Negative, span{text: "▲ " + strings.Join(negative, "; "), st: lk.warn})
	} else {
		d.runIn(lk, lk.head, d.t.Negative, span{text: d.t.NoneBrief, st: lk.note})
	}
}

// negativeTitles are the titles of the domains with a consensus of −2.
func (d *doc) negativeTitles() []string {
	var out []string
	for i := range d.fw.Domains {
		dm := &d.fw.Domains[i]
		if p := analysis.ProfileOf(d.c, dm); p.Consensus != nil && p.Consensus.Consequence == assessment.MinConsequence {
			out = append(out, d.domainTitle(dm))
		}
	}
	return out
}

// runIn prints spans after a heading in style head on the same line.
func (d *doc) runIn(lk look, head style, heading string, spans ...span) {
	if d.capture != nil {
		d.capture.runIn(head, heading, spans)
		return
	}
	d.gap(lk.gap + 0.5)
	ls := d.richWrap(append([]span{{text: heading + ":", st: head}}, spans...), contentW)
	d.ensure(lk.head.lineH + float64(min(len(ls), 2)-1)*lk.text.lineH)
	for i, l := range ls {
		lh := lk.text.lineH
		if i == 0 {
			lh = lk.head.lineH
		}
		d.printLines(marginL, contentW, lh, []richLine{l})
	}
	d.gap(0.5)
}

// disagreements prints the domains where the members disagree (spread ≥ 2).
func (d *doc) disagreements(lk look) {
	d.heading(lk.head, d.t.Disagreements, lk.gap, 2*lk.text.lineH, -1)
	var dis []string
	for _, x := range analysis.Disagreements(d.c) {
		dis = append(dis, d.domainTitle(&d.fw.Domains[x.Domain])+" ("+d.rangeText(x.Range)+")")
	}
	if len(dis) == 0 {
		d.para(lk.note, 0, d.t.NoDisagreement)
	} else {
		d.hanging(lk.warn, lk.text, marginL, bulletW, "▲", strings.Join(dis, "; "), 0)
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
func (d *doc) dissent(lk look) {
	d.heading(lk.head, d.t.Dissent, lk.gap, 2*lk.text.lineH, -1)
	if s := d.c.Synthesis.Dissent; strings.TrimSpace(s) != "" {
		d.para(lk.text, 0, s)
	} else {
		d.para(lk.note, 0, d.t.NoneRecorded)
	}
}

// dissentDigest prints the dissent after a run-in heading by its first sentence and the page
// where it stands in full, in the synthesis domain's section (see fullDissent).
func (d *doc) dissentDigest(lk look) {
	s := d.c.Synthesis.Dissent
	first, more := firstSentence(s)
	switch {
	case first == "":
		d.runIn(lk, lk.head, d.t.Dissent, span{text: d.t.NoneRecorded, st: lk.note})
	case !more:
		d.runIn(lk, lk.head, d.t.Dissent, span{text: first, st: lk.text})
	case d.synthesisDomain() == nil: // no section to print it in full: here
		d.runIn(lk, lk.head, d.t.Dissent)
		d.para(lk.text, 0, s)
	default:
		d.runIn(lk, lk.head, d.t.Dissent, span{text: first, st: lk.text}, d.refSpan(dissentAnchor, lk.text))
	}
}

// synthesisDomain is the domain whose section prints the dissent in full: the framework's
// "synthesis", where the group weighs the whole case; nil if it has none, and then the summary
// prints the dissent in full.
func (d *doc) synthesisDomain() *framework.Domain {
	for i := range d.fw.Domains {
		if d.fw.Domains[i].ID == "synthesis" {
			return &d.fw.Domains[i]
		}
	}
	return nil
}

// keyFigures prints the case's figures: how complete it is, consensus, sources, flags and the
// deadline; level >= 0 makes it a section.
func (d *doc) keyFigures(level int) {
	d.headedTable(h3, d.t.KeyFigures, 4, level, labelled, d.keyFigureRows())
}

// keyFigureRows are the rows of the key figures (the exports print them too).
func (d *doc) keyFigureRows() [][]cell {
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
	rows = append(rows, d.instrumentKeyFigures()...)
	return rows
}
