package ui

import (
	"fmt"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/analysis"
	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
)

// caseScreen shows one case: the framework's domains on the left, the selected domain's page on
// the right. It writes every change straight into the case and then calls onEdit.
type caseScreen struct {
	c      *assessment.Case
	lang   string                 // the language of the framework texts: the case's
	edit   func() assessment.Edit // who changes the case, and when
	onEdit func()                 // called after every change to the case

	title    *widget.Label // the case's title, above the navigation
	overall  *widget.Label // progress over all domains
	nav      *widget.List
	pages    []navPage   // what the navigation lists: case pages around the domains
	selected int         // index of the shown entry in pages; -1 for none
	page     *domainPage // the shown domain's page, or nil on other pages
	scroll   *container.Scroll
	// openGlossary opens the Glossary dialog searching for a text ("" for all); set by the main
	// window (nil in some tests).
	openGlossary func(search string)

	content fyne.CanvasObject
}

func newCaseScreen(c *assessment.Case, edit func() assessment.Edit, onEdit func()) *caseScreen {
	s := &caseScreen{c: c, lang: c.Info.Language, edit: edit, onEdit: onEdit, selected: -1}
	if c.Framework == nil || len(c.Framework.Domains) == 0 {
		s.content = container.NewCenter(widget.NewLabel(tr("page.noDomains")))
		return s
	}
	s.pages = s.navPages()
	s.nav = widget.NewList(
		func() int { return len(s.pages) },
		func() fyne.CanvasObject { return newNavItem() },
		func(id widget.ListItemID, o fyne.CanvasObject) { s.updateNavItem(id, o.(*navItem)) },
	)
	s.nav.OnSelected = s.show
	s.title = wrapped("")
	s.title.TextStyle.Bold = true
	s.overall = widget.NewLabel("")
	s.overall.SizeName = theme.SizeNameCaptionText
	s.updateHeader()
	header := container.NewVBox(container.New(&tightVBox{}, s.title, s.overall), widget.NewSeparator())
	s.scroll = container.NewVScroll(widget.NewLabel(""))
	split := container.NewHSplit(container.NewBorder(header, nil, nil, nil, s.nav), s.scroll)
	split.Offset = 0.27
	s.content = split
	return s
}

// navPage is one entry of the navigation: a domain, or a page about the whole case.
type navPage struct {
	domain int             // index in c.Framework.Domains, or -1 for a case page
	entry  func() navEntry // what the navigation shows for it, computed when shown
	build  func() fyne.CanvasObject
}

// navPages lists the navigation: the case page, every domain, then the pages that look at the
// whole case. Each case page is defined in a file of its own.
func (s *caseScreen) navPages() []navPage {
	pages := []navPage{s.casePage()}
	for i := range s.c.Framework.Domains {
		pages = append(pages, s.domainNavPage(i))
	}
	return append(pages, s.overviewPage(), s.perspectivesPage(), s.synthesisPage(), s.reportPage())
}

func (s *caseScreen) domainNavPage(i int) navPage {
	return navPage{
		domain: i,
		entry:  func() navEntry { return s.navEntryFor(&s.c.Framework.Domains[i]) },
		build: func() fyne.CanvasObject {
			s.page = newDomainPage(s.c, &s.c.Framework.Domains[i], s.lang, s.edit, s.changed, s.scroll.Scrolled)
			s.page.openGlossary = s.openGlossary
			s.addPerspectivesLink(i)
			return s.page.content
		},
	}
}

// Select shows domain i (its index in the framework) and marks it in the navigation.
func (s *caseScreen) Select(i int) {
	for p, page := range s.pages {
		if page.domain == i {
			s.SelectPage(p)
			return
		}
	}
}

// SelectPage shows entry p of the navigation and marks it.
func (s *caseScreen) SelectPage(p int) {
	if s.nav == nil || p < 0 || p >= len(s.pages) {
		return
	}
	s.nav.Select(p) // calls show
	s.show(p)       // in case it was already selected
}

// show builds navigation entry p's page.
func (s *caseScreen) show(p int) {
	if p == s.selected {
		return
	}
	s.selected = p
	s.page = nil
	s.scroll.Content = s.pages[p].build()
	s.scroll.Refresh()
	s.scroll.ScrollToTop()
}

// changed is called by a page after it changed the case. Progress can change anywhere (a
// knock-out flag, a member's rating), so every entry is refreshed; there are about twenty.
func (s *caseScreen) changed() {
	s.nav.Refresh()
	s.updateHeader()
	if s.onEdit != nil {
		s.onEdit()
	}
}

// updateHeader shows the case's title and its progress over all domains.
func (s *caseScreen) updateHeader() {
	title := s.c.Info.Title
	if title == "" {
		title = tr("case.untitled")
	}
	s.title.SetText(title)
	done := analysis.OverallCompleteness(s.c)
	s.overall.SetText(tr("nav.overall", done.Done(), done.Total))
}

// navEntry is what the navigation shows for one domain.
type navEntry struct {
	Title    string // "6. Economy"
	Progress string // "3 of 5 done" (answered or not relevant), with a knock-out note
	KnockOut bool   // the domain has knock-out flags
}

// navEntryFor computes the navigation entry of domain d.
func (s *caseScreen) navEntryFor(d *framework.Domain) navEntry {
	done := analysis.DomainCompleteness(s.c, d)
	e := navEntry{
		Title:    fmt.Sprintf("%d. %s", d.Number, d.Title.In(s.lang)),
		Progress: tr("nav.progress", done.Done(), done.Total),
		KnockOut: len(s.c.KnockOutsFor(d.ID)) > 0,
	}
	if d.Rated {
		p := analysis.ProfileOf(s.c, d)
		switch {
		case p.Consensus != nil:
			e.Progress += tr("nav.consensus", screenSigned(p.Consensus.Consequence))
		case p.Raters+p.Abstained > 0:
			e.Progress += tr("nav.noConsensus")
		default:
			e.Progress += tr("nav.notRated")
		}
	}
	if e.KnockOut {
		e.Progress += tr("nav.knockOut")
	}
	return e
}

func (s *caseScreen) updateNavItem(id widget.ListItemID, it *navItem) {
	if id < 0 || id >= len(s.pages) {
		return
	}
	it.set(s.pages[id].entry())
}

// navItem is one row of the navigation: the domain's title, its progress below and a warning
// sign when the domain has knock-out flags.
type navItem struct {
	widget.BaseWidget
	title    *widget.Label
	progress *widget.Label
	warning  *widget.Icon
}

func newNavItem() *navItem {
	it := &navItem{
		title:    widget.NewLabel(""),
		progress: widget.NewLabel(""),
		warning:  widget.NewIcon(theme.NewWarningThemedResource(theme.WarningIcon())),
	}
	it.title.Truncation = fyne.TextTruncateEllipsis
	it.progress.SizeName = theme.SizeNameCaptionText
	it.warning.Hide()
	it.ExtendBaseWidget(it)
	return it
}

// set shows e. The whole navigation is refreshed after every keystroke, so labels whose text
// has not changed are left alone (SetText re-lays them out even when the text is the same).
func (it *navItem) set(e navEntry) {
	if it.title.Text != e.Title {
		it.title.SetText(e.Title)
	}
	if it.progress.Text != e.Progress {
		it.progress.SetText(e.Progress)
	}
	if e.KnockOut {
		it.warning.Show()
	} else {
		it.warning.Hide()
	}
}

func (it *navItem) CreateRenderer() fyne.WidgetRenderer {
	text := container.New(&tightVBox{}, it.title, it.progress)
	return widget.NewSimpleRenderer(container.NewBorder(nil, nil, nil, it.warning, text))
}

// tightVBox stacks objects vertically without padding between them, so that a label and its
// caption read as one entry.
type tightVBox struct{}

func (*tightVBox) MinSize(objects []fyne.CanvasObject) fyne.Size {
	var size fyne.Size
	for _, o := range objects {
		if !o.Visible() {
			continue
		}
		m := o.MinSize()
		size.Width = max(size.Width, m.Width)
		size.Height += m.Height
	}
	return size.SubtractWidthHeight(0, theme.InnerPadding()*float32(max(0, len(objects)-1)))
}

func (*tightVBox) Layout(objects []fyne.CanvasObject, size fyne.Size) {
	y := float32(0)
	for _, o := range objects {
		if !o.Visible() {
			continue
		}
		h := o.MinSize().Height
		o.Move(fyne.NewPos(0, y))
		o.Resize(fyne.NewSize(size.Width, h))
		y += h - theme.InnerPadding()
	}
}
