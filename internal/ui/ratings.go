package ui

import (
	"fmt"

	"github.com/google/uuid"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/analysis"
	"github.com/helhed/helhed/internal/assessment"
)

// ratingsView is the rating of a rated domain: a row per live member (consequence, certainty,
// complexity, a one-line rationale, or abstains), the members' range and spread, and the group's
// consensus. A spread of analysis.DisagreementSpread or more is highlighted for discussion.
//
// A member's row shows their rating as text with a Rate button; the button opens the row's
// editor, one at a time, so that a group of thirty still builds its page quickly.
type ratingsView struct {
	p *domainPage

	members      []*ratingRow
	former       []*ratingRow  // former members' ratings, shown but not changed
	editing      *ratingRow    // the member row whose editor is open, or nil
	summary      *widget.Label // the members' range and how many rated
	disagreement *callout      // shown when the members are far apart
	noConsensus  *callout      // shown while the group has no consensus
	group        *ratingRow    // the group's consensus, always open
	clear        *widget.Button

	content *fyne.Container
}

// ratingColumns are the widths of the columns member, consequence, certainty, complexity and the
// last (abstains or Rate, or Clear for the group), relative to each other. Every row uses them,
// so the columns line up.
var ratingColumns = []float32{1.3, 1.9, 1, 1.1, 0.9}

// ratingRow lays out a row of the rating table: the member's name in the first column and
// right, which spans the others. Its columns line up with those of ratingCells.
func ratingRowOf(name, right fyne.CanvasObject) *fyne.Container {
	return container.New(&columnsLayout{weights: ratingColumns, lastSpans: true}, name, right)
}

// ratingCells lays out consequence, certainty, complexity and the last column side by side.
func ratingCells(objects ...fyne.CanvasObject) *fyne.Container {
	return container.New(&columnsLayout{weights: ratingColumns[1:]}, objects...)
}

func newRatingsView(p *domainPage) *ratingsView {
	v := &ratingsView{p: p}
	parts := []fyne.CanvasObject{subHeading(tr("domain.rating")), helpLabel(tr("domain.ratingHelp"))}

	members := p.c.LiveMembers()
	if len(members) == 0 {
		parts = append(parts, infoCallout(tr("domain.noMembers")))
	} else {
		parts = append(parts, ratingHeader(""))
		for _, m := range members {
			row := newRatingRow(v, m.ID, memberCell(m.Name, m.Profession))
			v.members = append(v.members, row)
			parts = append(parts, row.cells)
		}
		v.showSummaries()
	}
	// Former members' ratings still count in the range (analysis keeps them): show them, as
	// they were.
	for _, x := range p.c.RatingsFor(p.domain.ID) {
		if m, ok := p.c.Member(x.MemberID); ok && !m.Live() {
			row := newRatingRow(v, m.ID, memberCell(tr("domain.formerMember", m.Name), m.Profession))
			row.showSummary(x, true)
			row.rate.Hide()
			v.former = append(v.former, row)
			parts = append(parts, row.cells)
		}
	}
	v.summary = wrapped("")
	v.disagreement = warningCallout("")
	parts = append(parts, v.summary, v.disagreement)

	title := widget.NewLabel(tr("domain.consensusTitle"))
	title.TextStyle.Bold = true
	v.noConsensus = infoCallout(tr("domain.noConsensus"))
	v.clear = widget.NewButtonWithIcon(tr("domain.clearConsensus"), theme.ContentClearIcon(), v.clearConsensus)
	v.clear.Importance = widget.LowImportance
	v.group = newRatingRow(v, uuid.Nil, memberCell(tr("domain.consensus"), ""))
	v.group.makeEditor()
	v.group.loadGroup()
	v.content = container.NewVBox(append(parts, title, v.noConsensus, ratingHeader(""), v.group.cells)...)
	v.showProfile()
	return v
}

// ratingHeader names the columns.
func ratingHeader(last string) fyne.CanvasObject {
	head := func(text string) *widget.Label {
		l := widget.NewLabel(text)
		l.TextStyle.Bold = true
		return l
	}
	return ratingRowOf(layout.NewSpacer(),
		ratingCells(head(tr("domain.consequence")), head(tr("domain.certainty")), head(tr("domain.complexity")), head(last)))
}

// memberCell is a member's name, with the profession below when there is one; both wrap, so
// that long professions do not squeeze the rating's columns.
func memberCell(name, profession string) fyne.CanvasObject {
	n := wrapped(name)
	n.TextStyle.Bold = true
	if profession == "" {
		return n
	}
	return container.New(&tightVBox{}, n, wrapped(profession))
}

// showSummaries shows every member's rating as text.
func (v *ratingsView) showSummaries() {
	ratings := map[uuid.UUID]assessment.Rating{}
	for _, r := range v.p.c.RatingsFor(v.p.domain.ID) {
		ratings[r.MemberID] = r
	}
	for _, row := range v.members {
		r, ok := ratings[row.member]
		row.showSummary(r, ok)
	}
}

// showProfile shows the members' range, the disagreement and whether there is a consensus,
// as analysis computes them.
func (v *ratingsView) showProfile() {
	prof := analysis.ProfileOf(v.p.c, v.p.domain)
	text := tr("domain.noRatings")
	if r := prof.Range; r != nil {
		if r.Min == r.Max {
			text = tr("domain.rangeOne", signed(r.Min))
		} else {
			text = tr("domain.range", signed(r.Min), signed(r.Max), r.Spread())
		}
		text += " · " + tr("domain.raters", prof.Raters, prof.Abstained, analysis.NotRated(v.p.c, v.p.domain))
	}
	v.p.setLabel(v.summary, text)
	if prof.Disagreement() {
		v.p.setLabel(v.disagreement.label, tr("domain.disagree", prof.Spread()))
	}
	changed := setVisible(v.disagreement, prof.Disagreement())
	if setVisible(v.noConsensus, prof.Consensus == nil) || changed {
		v.p.relayout()
	}
	if prof.Consensus == nil {
		v.clear.Disable()
	} else {
		v.clear.Enable()
	}
}

// changedRating is called after a member's or the group's rating changed.
func (v *ratingsView) changedRating() {
	v.showProfile()
	v.p.changed()
}

// clearConsensus takes back the group's rating: none yet.
func (v *ratingsView) clearConsensus() {
	v.p.c.ClearConsensus(v.p.edit(), v.p.domain.ID)
	v.group.loadGroup()
	v.changedRating()
}

// signed writes a consequence with its sign: –2, –1, 0, +1, +2.
func signed(v int) string {
	switch {
	case v > 0:
		return fmt.Sprintf("+%d", v)
	case v < 0:
		return fmt.Sprintf("–%d", -v) // an en dash: the fonts lack the minus sign
	}
	return "0"
}

// consequenceOption is a point of the consequence scale, "+1  Mostly positive".
func consequenceOption(c int, lang string) string {
	return signed(c) + "  " + assessment.ConsequenceLabel(c, lang)
}

// consequenceOptions are the points of the consequence scale, from –2 to +2.
func consequenceOptions(lang string) []string {
	var out []string
	for c := assessment.MinConsequence; c <= assessment.MaxConsequence; c++ {
		out = append(out, consequenceOption(c, lang))
	}
	return out
}

// ratingRow is one member's rating, or the group's (member uuid.Nil).
type ratingRow struct {
	v      *ratingsView
	member uuid.UUID

	name  fyne.CanvasObject
	right *fyne.Container // the summary and, once made, the editor
	cells *fyne.Container // the row: name and right

	// The summary: the rating as text, and Rate to open the editor (members only).
	shownConsequence *widget.Label
	shownCertainty   *widget.Label
	shownComplexity  *widget.Label
	shownRationale   *widget.Label
	rate             *widget.Button
	summary          *fyne.Container

	// The editor, made when first opened.
	consequence *widget.Select
	certainty   *widget.Select
	complexity  *widget.Select
	abstain     *widget.Check  // nil for the group
	rationale   *growEntry     // wraps, so that a long rationale shows whole on a projector
	done        *widget.Button // closes a member's editor
	editor      *fyne.Container
	editing     bool

	loading bool // the widgets are being set from the case, not by a user
}

func newRatingRow(v *ratingsView, member uuid.UUID, name fyne.CanvasObject) *ratingRow {
	r := &ratingRow{v: v, member: member, name: name}
	r.right = container.NewVBox()
	r.cells = ratingRowOf(name, r.right)
	if member == uuid.Nil {
		return r
	}
	r.shownConsequence = wrapped("")
	r.shownCertainty = wrapped("")
	r.shownComplexity = wrapped("")
	r.shownRationale = helpLabel("")
	r.rate = widget.NewButton(tr("domain.rate"), r.open)
	r.summary = container.NewVBox(
		ratingCells(r.shownConsequence, r.shownCertainty, r.shownComplexity, container.NewVBox(r.rate)),
		r.shownRationale)
	r.right.Objects = []fyne.CanvasObject{r.summary}
	return r
}

// showSummary shows rating x as text; ok is false when the member has not rated.
func (r *ratingRow) showSummary(x assessment.Rating, ok bool) {
	p := r.v.p
	lang := p.lang
	set := p.setLabel
	cons, cert, compl := tr("domain.notRated"), "", ""
	switch {
	case ok && x.Abstain:
		cons = tr("domain.abstains")
	case ok:
		cons = consequenceOption(x.Consequence, lang)
		cert, compl = "–", "–"
		if x.Certainty != "" {
			cert = assessment.Label(assessment.Certainties, x.Certainty, lang)
		}
		if x.Complexity != "" {
			compl = assessment.Label(assessment.Complexities, x.Complexity, lang)
		}
	}
	if italic := !ok || x.Abstain; r.shownConsequence.TextStyle.Italic != italic {
		r.shownConsequence.TextStyle.Italic = italic
		r.shownConsequence.Text = ""
	}
	set(r.shownConsequence, cons)
	set(r.shownCertainty, cert)
	set(r.shownComplexity, compl)
	rationale := ""
	if ok && x.Rationale != "" {
		rationale = "“" + x.Rationale + "”"
	}
	set(r.shownRationale, rationale)
	setVisible(r.shownRationale, rationale != "")
	rate := tr("domain.rate")
	if ok {
		rate = tr("domain.change")
	}
	p.setButton(r.rate, rate)
}

// makeEditor makes the row's editing widgets.
func (r *ratingRow) makeEditor() {
	lang := r.v.p.lang
	r.consequence = widget.NewSelect(consequenceOptions(lang), func(string) {
		if i := r.consequence.SelectedIndex(); i >= 0 && !r.loading {
			r.set(func(s *assessment.Scores, _ *string) { s.Consequence = assessment.MinConsequence + i })
		}
	})
	r.consequence.PlaceHolder = tr("domain.consequence")
	r.certainty = widget.NewSelect(labels(assessment.Certainties, lang), func(string) {
		if id := choiceID(assessment.Certainties, r.certainty); id != "" && !r.loading {
			r.set(func(s *assessment.Scores, _ *string) { s.Certainty = id })
		}
	})
	r.certainty.PlaceHolder = tr("domain.certainty")
	r.complexity = widget.NewSelect(labels(assessment.Complexities, lang), func(string) {
		if id := choiceID(assessment.Complexities, r.complexity); id != "" && !r.loading {
			r.set(func(s *assessment.Scores, _ *string) { s.Complexity = id })
		}
	})
	r.complexity.PlaceHolder = tr("domain.complexity")
	r.rationale = newGrowEntry(1)
	r.rationale.OnChanged = func(text string) {
		if !r.loading {
			r.set(func(_ *assessment.Scores, rationale *string) { *rationale = text })
		}
	}
	var last fyne.CanvasObject = r.v.clear
	var line fyne.CanvasObject = passWheel(r.rationale, r.v.p.wheel)
	if r.member != uuid.Nil {
		r.abstain = widget.NewCheck(tr("domain.abstains"), func(on bool) {
			if !r.loading {
				r.setAbstain(on)
			}
		})
		last = r.abstain
		r.done = widget.NewButton(tr("domain.done"), r.close)
		line = container.NewBorder(nil, nil, nil, container.NewVBox(r.done), line)
	}
	r.editor = container.NewVBox(ratingCells(r.consequence, r.certainty, r.complexity, last), line)
	r.right.Objects = append(r.right.Objects, r.editor)
}

// open shows a member's editor in place of the summary, closing the one open before.
func (r *ratingRow) open() {
	if r.editing {
		return
	}
	if o := r.v.editing; o != nil {
		o.close()
	}
	if r.editor == nil {
		r.makeEditor()
	}
	r.v.editing, r.editing = r, true
	x, ok := r.rating()
	r.load(ok, x.Scores, x.Abstain, x.Rationale)
	r.summary.Hide()
	r.editor.Show()
	r.right.Refresh()
	r.v.p.relayout()
	if ok && x.Abstain {
		r.v.p.focus(r.abstain)
	} else {
		r.v.p.focus(r.consequence)
	}
}

// close shows a member's rating as text again; every choice is already in the case.
func (r *ratingRow) close() {
	if !r.editing {
		return
	}
	refocus := false
	if c := r.v.p.canvas(); c != nil {
		switch c.Focused() {
		case r.consequence, r.certainty, r.complexity, r.abstain, fyne.Focusable(r.rationale), r.done:
			refocus = true
		}
	}
	r.editing = false
	if r.v.editing == r {
		r.v.editing = nil
	}
	x, ok := r.rating()
	r.showSummary(x, ok)
	r.editor.Hide()
	r.summary.Show()
	r.right.Refresh()
	r.v.p.relayout()
	if refocus {
		r.v.p.focus(r.rate)
	}
}

// rating returns the member's live rating.
func (r *ratingRow) rating() (assessment.Rating, bool) {
	for _, x := range r.v.p.c.RatingsFor(r.v.p.domain.ID) {
		if x.MemberID == r.member {
			return x, true
		}
	}
	return assessment.Rating{}, false
}

// loadGroup shows the group's consensus in its row.
func (r *ratingRow) loadGroup() {
	cons, ok := r.v.p.c.ConsensusFor(r.v.p.domain.ID)
	r.load(ok, cons.Scores, false, cons.Rationale)
}

// load shows a stored rating in the editor; exists is false when there is none.
func (r *ratingRow) load(exists bool, s assessment.Scores, abstain bool, rationale string) {
	r.loading = true
	defer func() { r.loading = false }()
	if exists {
		r.consequence.SetSelectedIndex(s.Consequence - assessment.MinConsequence)
	} else {
		r.consequence.ClearSelected()
	}
	selectChoice(assessment.Certainties, r.certainty, s.Certainty)
	selectChoice(assessment.Complexities, r.complexity, s.Complexity)
	r.rationale.SetText(rationale)
	if r.abstain != nil {
		r.abstain.SetChecked(exists && abstain)
	}
	r.enable(exists, exists && abstain)
}

// enable allows what makes sense: certainty, complexity and rationale once there is a rating
// (a consequence chosen, or an abstention), no scores while abstaining.
func (r *ratingRow) enable(exists, abstain bool) {
	on := func(w fyne.Disableable, yes bool) {
		if yes && w.Disabled() {
			w.Enable()
		} else if !yes && !w.Disabled() {
			w.Disable()
		}
	}
	on(r.consequence, !abstain)
	on(r.certainty, exists && !abstain)
	on(r.complexity, exists && !abstain)
	on(r.rationale, exists)
	hint := tr("domain.rationaleFirst")
	switch {
	case exists && r.member == uuid.Nil:
		hint = tr("domain.consensusReasonHint")
	case exists:
		hint = tr("domain.rationaleHint")
	}
	switch {
	case r.rationale.PlaceHolder == hint:
	case r.v.p.built:
		r.rationale.SetPlaceHolder(hint)
	default:
		r.rationale.PlaceHolder = hint
	}
}

// set changes the row's scores or rationale in the case.
func (r *ratingRow) set(fn func(*assessment.Scores, *string)) {
	c, p := r.v.p.c, r.v.p
	if r.member == uuid.Nil {
		cons, _ := c.ConsensusFor(p.domain.ID)
		fn(&cons.Scores, &cons.Rationale)
		c.SetConsensus(p.edit(), p.domain.ID, cons.Scores, cons.Rationale)
		r.enable(true, false)
	} else {
		x := c.SetRating(p.edit(), p.domain.ID, r.member, func(x *assessment.Rating) { fn(&x.Scores, &x.Rationale) })
		r.enable(true, x.Abstain)
	}
	r.v.changedRating()
}

// setAbstain records that the member abstains, or no longer does.
func (r *ratingRow) setAbstain(on bool) {
	p := r.v.p
	p.c.SetRating(p.edit(), p.domain.ID, r.member, func(x *assessment.Rating) { x.Abstain = on })
	r.enable(true, on)
	r.v.changedRating()
}

// columnsLayout lays objects out side by side, sharing the width by weight. With lastSpans,
// the last object takes all the columns from its own to the end.
type columnsLayout struct {
	weights   []float32
	lastSpans bool
}

func (l *columnsLayout) MinSize(objects []fyne.CanvasObject) fyne.Size { return rowMinSize(objects) }

// rowMinSize is the least size of objects side by side with padding between them: their
// widths added up, the tallest height.
func rowMinSize(objects []fyne.CanvasObject) fyne.Size {
	var s fyne.Size
	for _, o := range objects {
		m := o.MinSize()
		s.Width += m.Width
		s.Height = max(s.Height, m.Height)
	}
	return s.AddWidthHeight(theme.Padding()*float32(max(0, len(objects)-1)), 0)
}

func (l *columnsLayout) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	pad := theme.Padding()
	n := len(objects)
	if l.lastSpans {
		n = max(n, len(l.weights))
	}
	total := float32(0)
	for i := range n {
		total += l.weight(i)
	}
	free := max(0, size.Width-pad*float32(max(0, n-1)))
	x := float32(0)
	for i, o := range objects {
		w := free * l.weight(i) / total
		if l.lastSpans && i == len(objects)-1 {
			w = max(0, size.Width-x)
		}
		o.Move(fyne.NewPos(x, 0))
		o.Resize(fyne.NewSize(w, size.Height))
		x += w + pad
	}
}

func (l *columnsLayout) weight(i int) float32 {
	if i < len(l.weights) {
		return l.weights[i]
	}
	return 1
}
