package ui

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/analysis"
	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
)

// overviewView is the overview page: where the whole case stands. Completeness per domain, the
// rating profile, complexity, disagreements and unanswered questions, each domain one click
// away. Every figure comes from internal/analysis when the page is built; the page changes
// nothing.
type overviewView struct {
	widget.BaseWidget
	s *caseScreen

	overall       *widget.Label
	progress      []*progressRow
	chart         *profileChart
	complexity    []string            // "Complex: 4. Organisation, 5. Workflow": what each row of the form says
	disagreements []*widget.Hyperlink // one per domain where members disagree
	// disagreementWho says who rated what, below each disagreement
	disagreementWho []*widget.Label
	openDomains     []*widget.Hyperlink // one per domain with open questions
	openQuestions   []*widget.Hyperlink // every open question
	content         *fyne.Container
}

// progressRow is one domain's completeness: its title (a link to it), a bar and the counts.
type progressRow struct {
	domain int
	title  *widget.Hyperlink
	bar    *widget.ProgressBar
	counts *widget.Label
}

func newOverviewView(s *caseScreen) *overviewView {
	v := &overviewView{s: s}
	c, lang := s.c, s.lang

	heading := wholeCaseHeading(tr("overview.title"))
	v.content = container.NewVBox(heading, helpLabel(tr("overview.intro")))

	// Completeness.
	all := analysis.OverallCompleteness(c)
	v.overall = wrapped(tr("overview.overall", all.Done(), all.Total, all.Percent(), all.Answered, all.NotRelevant, all.Open))
	v.overall.TextStyle.Bold = true
	v.content.Add(sectionTitle(tr("overview.progress")))
	v.content.Add(v.overall)
	// The titles make a column as wide as the longest (within reason), then the bars, then counts.
	titleW := float32(0)
	for i := range c.Framework.Domains {
		r := v.newProgressRow(i)
		v.progress = append(v.progress, r)
		titleW = max(titleW, fyne.MeasureText(r.title.Text, theme.TextSize(), r.title.TextStyle).Width)
	}
	titleW = min(titleW+2*theme.InnerPadding()+theme.Padding(), 400)
	rows := container.NewVBox()
	for _, r := range v.progress {
		counts := container.NewHBox(r.counts)
		if d := &c.Framework.Domains[r.domain]; len(c.KnockOutsFor(d.ID)) > 0 {
			counts.Add(knockOutMark())
		}
		rows.Add(container.NewBorder(nil, nil,
			container.NewHBox(container.New(&fixedWidth{w: titleW}, r.title), container.New(&fixedWidth{w: 150}, r.bar)),
			nil, counts))
	}
	v.content.Add(rows)

	// The rating profile.
	v.content.Add(sectionTitle(tr("overview.profile")))
	v.content.Add(helpLabel(tr("overview.profileHelp")))
	v.chart = newProfileChart(c, lang, s.Select)
	v.content.Add(container.NewPadded(v.chart))

	// Complexity, by the group's consensus.
	v.content.Add(sectionTitle(tr("overview.complexity")))
	v.content.Add(helpLabel(tr("overview.complexityHelp")))
	levels, domains := complexityRows(c, lang)
	if len(levels) == 0 {
		v.content.Add(wrapped(tr("overview.noRatedDomains")))
	} else {
		form := container.New(layout.NewFormLayout())
		for i := range levels {
			form.Add(levels[i])
			form.Add(domains[i])
			v.complexity = append(v.complexity, levels[i].Text+": "+domains[i].Text)
		}
		v.content.Add(form)
	}

	// Disagreements.
	v.content.Add(sectionTitle(tr("overview.disagreements")))
	dis := analysis.Disagreements(c)
	if len(dis) == 0 {
		v.content.Add(wrapped(tr("overview.noDisagreements")))
	} else {
		v.content.Add(helpLabel(tr("overview.disagreementsHelp")))
		v.content.Add(s.perspectivesButton())
	}
	for _, d := range dis {
		link := v.link(tr("overview.disagreement", domainTitle(&c.Framework.Domains[d.Domain], lang), d.Range.Spread()),
			func() { s.Select(d.Domain) })
		who := wrapped(disagreementText(d))
		v.disagreements = append(v.disagreements, link)
		v.disagreementWho = append(v.disagreementWho, who)
		v.content.Add(container.New(&tightVBox{}, link, who))
	}

	// Unanswered questions.
	v.content.Add(sectionTitle(tr("overview.open")))
	open := analysis.OpenQuestions(c)
	if len(open) == 0 {
		v.content.Add(wrapped(tr("overview.noOpen")))
	} else {
		v.content.Add(helpLabel(tr("overview.openHelp")))
	}
	for _, od := range open {
		d := &c.Framework.Domains[od.Domain]
		dl := v.link(tr("overview.openDomain", domainTitle(d, lang), len(od.Questions)), func() { s.Select(od.Domain) })
		dl.TextStyle.Bold = true
		v.openDomains = append(v.openDomains, dl)
		v.content.Add(dl)
		for _, qid := range od.Questions {
			q, number := questionNumber(d, qid)
			ql := v.link(tr("page.question", number, q.Text.In(lang)), func() { s.showQuestion(od.Domain, qid) })
			v.openQuestions = append(v.openQuestions, ql)
			v.content.Add(container.NewPadded(ql))
		}
	}
	v.ExtendBaseWidget(v)
	return v
}

func (v *overviewView) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(v.content)
}

// newProgressRow is domain i's completeness.
func (v *overviewView) newProgressRow(i int) *progressRow {
	d := &v.s.c.Framework.Domains[i]
	done := analysis.DomainCompleteness(v.s.c, d)
	r := &progressRow{domain: i}
	r.title = v.link(domainTitle(d, v.s.lang), func() { v.s.Select(i) })
	r.title.Wrapping = fyne.TextWrapOff
	r.title.Truncation = fyne.TextTruncateEllipsis
	r.bar = widget.NewProgressBar()
	r.bar.Max = float64(max(done.Total, 1))
	r.bar.Value = float64(done.Done())
	if done.Total == 0 {
		r.bar.Value = r.bar.Max
	}
	r.bar.TextFormatter = func() string { return tr("nav.progress", done.Done(), done.Total) }
	r.counts = widget.NewLabel(tr("overview.counts", done.Answered, done.NotRelevant, done.Open))
	return r
}

// link is a wrapped hyperlink that runs tapped instead of opening a URL.
func (v *overviewView) link(text string, tapped func()) *widget.Hyperlink {
	h := widget.NewHyperlink(text, nil)
	h.Wrapping = fyne.TextWrapWord
	h.OnTapped = tapped
	return h
}

// knockOutMark is the warning sign and word that a domain has knock-out flags.
func knockOutMark() fyne.CanvasObject {
	l := widget.NewLabel(tr("overview.knockOut"))
	l.Importance = widget.WarningImportance
	return container.NewHBox(widget.NewIcon(theme.NewWarningThemedResource(theme.WarningIcon())), l)
}

// domainTitle is "6. Economy".
func domainTitle(d *framework.Domain, lang string) string {
	return fmt.Sprintf("%d. %s", d.Number, d.Title.In(lang))
}

// questionNumber returns question qid of d and its number as the domain page shows it ("6.2").
func questionNumber(d *framework.Domain, qid string) (*framework.Question, string) {
	for j := range d.Questions {
		if d.Questions[j].ID == qid {
			return &d.Questions[j], fmt.Sprintf("%d.%d", d.Number, j+1)
		}
	}
	return &framework.Question{ID: qid}, qid
}

// disagreementText is who rated what, lowest first: "Fatma –2 · Bo 0 · Hanne +1".
func disagreementText(d analysis.Disagreement) string {
	var who []string
	for _, r := range d.Ratings {
		name := r.Name
		if name == "" {
			name = tr("overview.unknownMember")
		}
		if r.Former {
			name = tr("overview.formerMember", name)
		}
		who = append(who, name+" "+screenSigned(r.Consequence))
	}
	return strings.Join(who, " · ")
}

// complexityRows group the rated domains by the complexity of the group's consensus, as rows
// of a form: "Complex" | "4. Organisation, 5. Workflow"; complex first, as it needs the most
// attention, then the domains without an agreed complexity. Levels without domains are left out.
func complexityRows(c *assessment.Case, lang string) (levels, domains []*widget.Label) {
	byLevel := map[string][]string{}
	for i, p := range analysis.Profile(c) {
		if !p.Rated {
			continue
		}
		level := ""
		if p.Consensus != nil {
			if _, ok := assessment.Find(assessment.Complexities, p.Consensus.Complexity); ok {
				level = p.Consensus.Complexity
			}
		}
		byLevel[level] = append(byLevel[level], domainTitle(&c.Framework.Domains[i], lang))
	}
	row := func(name string, list []string) {
		if len(list) == 0 {
			return
		}
		l := widget.NewLabel(name)
		l.TextStyle.Bold = true
		levels = append(levels, l)
		domains = append(domains, wrapped(strings.Join(list, ", ")))
	}
	for i := len(assessment.Complexities) - 1; i >= 0; i-- {
		ch := assessment.Complexities[i]
		row(ch.Label.In(uiLanguage()), byLevel[ch.ID])
	}
	row(tr("overview.complexityNone"), byLevel[""])
	return levels, domains
}

// showQuestion shows domain i and scrolls its page to question qid.
func (s *caseScreen) showQuestion(domain int, qid string) {
	s.Select(domain)
	s.scrollToQuestion(qid)
}

// wholeCaseHeading is the heading of a page about the whole case.
func wholeCaseHeading(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.SizeName = theme.SizeNameHeadingText
	l.TextStyle.Bold = true
	l.Wrapping = fyne.TextWrapWord
	return l
}

// fixedWidth lays its objects out at a fixed width, so that the columns of rows line up.
type fixedWidth struct{ w float32 }

func (f *fixedWidth) MinSize(objects []fyne.CanvasObject) fyne.Size {
	h := float32(0)
	for _, o := range objects {
		h = max(h, o.MinSize().Height)
	}
	return fyne.NewSize(f.w, h)
}

func (f *fixedWidth) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	for _, o := range objects {
		o.Move(fyne.NewPos(0, 0))
		o.Resize(size)
	}
}

var _ fyne.Layout = (*fixedWidth)(nil)
