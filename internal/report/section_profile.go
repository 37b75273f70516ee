package report

import (
	"fmt"
	"strings"
	"unicode"

	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/analysis"
	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
)

// matrixMembers is the most members one table of ratings shows; more get further tables.
const matrixMembers = 8

// profile prints the rating profile: the chart, the members' ratings of every rated domain
// with the consensus and complexity, and the rationales where members disagree.
func (d *doc) profile() {
	d.newPart(d.t.Profile)
	d.profileChart(10, 0)
	d.complexDomains()
	d.ratingMatrix()
	d.disagreementRationales()
}

// rater is a member with ratings, and the short name a table column shows.
type rater struct {
	id      uuid.UUID
	name    string
	initial string
}

// raters are the members who are live or have rated, in the group's order, each with unique
// initials.
func (d *doc) raters() []rater {
	rated := map[uuid.UUID]bool{}
	for _, r := range d.c.Ratings {
		if r.Live() {
			rated[r.MemberID] = true
		}
	}
	var out []rater
	seen := map[string]int{}
	for _, m := range d.c.Members {
		if !m.Live() && !rated[m.ID] {
			continue
		}
		in := initials(m.Name)
		if in == "" {
			in = "?"
		}
		seen[in]++
		if seen[in] > 1 {
			in += fmt.Sprint(seen[in])
		}
		out = append(out, rater{id: m.ID, name: d.memberName(m.Name, !m.Live()), initial: in})
	}
	return out
}

// initials are the first letters of a name's words, and numbers whole: "Mette Kjær Lindholm" is
// "MKL", "Medlem 21" "M21".
func initials(name string) string {
	var b strings.Builder
	for _, w := range strings.Fields(cleanLine(name)) {
		for i, r := range w {
			if unicode.IsDigit(r) {
				for _, r := range w[i:] {
					if !unicode.IsDigit(r) {
						break
					}
					b.WriteRune(r)
				}
				break
			}
			if unicode.IsLetter(r) {
				b.WriteRune(unicode.ToUpper(r))
				break
			}
		}
	}
	return b.String()
}

// ratingMatrix prints a table per group of up to matrixMembers members: a row per rated
// domain with the consensus, its complexity, every member's consequence and the spread, rows
// where members disagree tinted and marked.
func (d *doc) ratingMatrix() {
	var domains []*framework.Domain
	for i := range d.fw.Domains {
		if d.fw.Domains[i].Rated {
			domains = append(domains, &d.fw.Domains[i])
		}
	}
	if len(domains) == 0 {
		d.heading(h3, d.t.Matrix, 4, 2*body.lineH, -1)
		d.para(note, 0, d.t.NoRatings)
		return
	}
	raters := d.raters()
	if len(raters) == 0 {
		raters = []rater{{}} // one empty column: the table still shows consensus and complexity
	}
	per := d.matrixMembers(raters)
	for start := 0; start < len(raters); start += per {
		group := raters[start:min(start+per, len(raters))]
		g, rows := d.matrixTable(domains, raters, group, per)
		wrapped := d.wrapRows(g, rows)
		if start == 0 {
			d.heading(h3, d.t.Matrix, 4, min(d.tableHeight(g, wrapped), keepTable), -1)
		}
		d.tableWrapped(g, wrapped)
	}
	if raters[0].initial != "" {
		var key []string
		for _, r := range raters {
			key = append(key, r.initial+" "+r.name)
		}
		d.para(smallMuted, 0, strings.Join(key, " · "))
	}
	d.para(smallNote, 0, d.t.MatrixNote)
}

// matrixGrid is the grid of the ratings table: its fixed columns and the width of a member's.
func (d *doc) matrixGrid(raters []rater) (g grid, consW, cplxW, spreadW, memberW float64) {
	g = grid{header: true, rules: true, padX: 1.3, padY: 1.2}
	consW, cplxW, spreadW = d.titleWidth(g, d.t.ConsensusShort, 16), d.titleWidth(g, d.t.Complexity, 24), d.titleWidth(g, d.t.Spread, 13)
	memberW = 10.5
	for _, r := range raters {
		memberW = max(memberW, d.titleWidth(g, r.initial, 0))
	}
	return g, consW, cplxW, spreadW, memberW
}

// matrixMembers is how many members one ratings table shows: as many as leave the domain's
// title room, at most matrixMembers.
func (d *doc) matrixMembers(raters []rater) int {
	const minDomainW = 44.0
	_, consW, cplxW, spreadW, memberW := d.matrixGrid(raters)
	return max(1, min(matrixMembers, int((contentW-consW-cplxW-spreadW-minDomainW)/memberW)))
}

// matrixTable is the table of ratings of the members in group, one of the tables of all
// raters, per members each.
func (d *doc) matrixTable(domains []*framework.Domain, all, group []rater, per int) (grid, [][]cell) {
	g, consW, cplxW, spreadW, memberW := d.matrixGrid(all)
	g.cols = append(g.cols, column{d.t.Domain, contentW - consW - cplxW - spreadW - memberW*float64(per)},
		column{d.t.ConsensusShort, consW}, column{d.t.Complexity, cplxW})
	for _, r := range group {
		g.cols = append(g.cols, column{r.initial, memberW})
	}
	g.cols = append(g.cols, column{d.t.Spread, spreadW})
	// The domain column takes the room of absent member columns.
	g.cols[0].width += memberW * float64(per-len(group))

	var rows [][]cell
	var disagree []bool
	for _, dm := range domains {
		p := analysis.ProfileOf(d.c, dm)
		row := []cell{{text: d.domainTitle(dm), st: small}}
		cons, cplx := cell{text: "–", st: smallMuted}, cell{text: d.complexityRange(dm), st: smallMuted}
		if p.Consensus != nil {
			cons = cell{text: signed(p.Consensus.Consequence), st: smallBold}
			if p.Consensus.Complexity != "" {
				cplx = cell{text: assessment.Label(assessment.Complexities, p.Consensus.Complexity, d.lang), st: small}
			}
		}
		row = append(row, cons, cplx)
		byMember := map[uuid.UUID]assessment.Rating{}
		for _, r := range d.c.RatingsFor(dm.ID) {
			byMember[r.MemberID] = r
		}
		for _, m := range group {
			r, ok := byMember[m.id]
			switch {
			case !ok || m.initial == "":
				row = append(row, cell{text: "–", st: smallMuted})
			case r.Abstain:
				row = append(row, cell{text: d.t.Abstain, st: smallNote})
			default:
				row = append(row, cell{text: signed(r.Consequence), st: small})
			}
		}
		spread := cell{text: "–", st: smallMuted}
		if p.Range != nil {
			spread = cell{text: fmt.Sprint(p.Spread()), st: small}
			if p.Disagreement() {
				spread = cell{text: fmt.Sprintf("%d ▲", p.Spread()), st: smallWarn}
			}
		}
		row = append(row, spread)
		rows = append(rows, row)
		disagree = append(disagree, p.Disagreement())
	}
	g.tint = func(i int) bool { return disagree[i] }
	return g, rows
}

// complexityRange is the members' complexity of a domain without a consensus: the lowest and
// highest they gave ("Kompliceret–Kompleks"), or a dash.
func (d *doc) complexityRange(dm *framework.Domain) string {
	lo, hi := len(assessment.Complexities), -1
	for _, r := range d.c.RatingsFor(dm.ID) {
		if r.Abstain {
			continue
		}
		for i, c := range assessment.Complexities {
			if c.ID == r.Complexity {
				lo, hi = min(lo, i), max(hi, i)
			}
		}
	}
	switch {
	case hi < 0:
		return "–"
	case lo == hi:
		return assessment.Complexities[lo].Label.In(d.lang)
	}
	return assessment.Complexities[lo].Label.In(d.lang) + " – " + strings.ToLower(assessment.Complexities[hi].Label.In(d.lang))
}

// complexDomains names the domains the group rated complex: where the NASSS framework expects
// an implementation to struggle.
func (d *doc) complexDomains() {
	var names []string
	for i := range d.fw.Domains {
		dm := &d.fw.Domains[i]
		if p := analysis.ProfileOf(d.c, dm); p.Consensus != nil && p.Consensus.Complexity == "complex" {
			names = append(names, d.domainTitle(dm))
		}
	}
	text := d.t.NoneComplex
	if len(names) > 0 {
		text = strings.Join(names, "; ")
	}
	d.table(labelled, [][]cell{labelledRow(d.t.ComplexDomains, cell{text: text, st: dlValue})})
}

// disagreementRationales prints, for every domain where members disagree, each member's
// rating and rationale, lowest consequence first.
func (d *doc) disagreementRationales() {
	dis := analysis.Disagreements(d.c)
	if len(dis) == 0 {
		return
	}
	d.heading(h3, d.t.Rationales, 5, 30, -1)
	for _, x := range dis {
		dm := &d.fw.Domains[x.Domain]
		rationale := map[uuid.UUID]string{}
		for _, r := range d.c.RatingsFor(dm.ID) {
			rationale[r.MemberID] = r.Rationale
		}
		g := grid{
			header: true, rules: true, padX: 1.5, padY: 1.2,
		}
		consW := d.titleWidth(g, d.t.Consequence, 20)
		g.cols = []column{{d.t.Member, 44}, {d.t.Consequence, consW}, {d.t.Rationale, contentW - 44 - consW}}
		var rows [][]cell
		for _, r := range x.Ratings {
			rows = append(rows, []cell{
				{text: d.memberName(r.Name, r.Former), st: small},
				{text: signed(r.Consequence), st: smallBold},
				{text: rationale[r.MemberID], st: small},
			})
		}
		wrapped := d.wrapRows(g, rows)
		title := d.domainTitle(dm) + "  ·  " + d.rangeText(x.Range)
		d.heading(style{bold, 10.5, 5.2, ink}, title, 3, min(d.tableHeight(g, wrapped), 40), -1)
		d.tableWrapped(g, wrapped)
	}
}

// titleWidth is the width of a column whose title must fit on one line, at least minW.
func (d *doc) titleWidth(g grid, title string, minW float64) float64 {
	d.use(smallBold)
	return max(minW, d.pdf.GetStringWidth(cleanLine(title))+2*g.padX+0.6)
}
