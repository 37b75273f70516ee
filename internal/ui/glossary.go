package ui

import (
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/google/uuid"
	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/helhed/helhed/internal/assessment"
)

// glossaryPanel is the Glossary dialog (Go → Glossary, Ctrl+G), reachable from every page of a
// case: the framework's terms and the group's own in one list that a search narrows, and a form
// where the group adds, changes and deletes its own terms. The group's terms are records of the
// case (assessment.Term), changed through the model's methods like every other record.
type glossaryPanel struct {
	s       *caseScreen
	search  *widget.Entry
	count   *widget.Label
	list    *fyne.Container
	scroll  *container.Scroll
	heading *widget.Label // "Add a term of your own" or "Change …"
	term    *widget.Entry
	meaning *widget.Entry
	problem *widget.Label
	save    *widget.Button
	cancel  *widget.Button
	buttons *fyne.Container // save and cancel: laid out anew when cancel shows or hides
	editing uuid.UUID       // the group's term being changed; uuid.Nil while adding
	dialog  *dialog.CustomDialog
	// confirm asks before a term is deleted; tests replace it.
	confirm func(title, message string, ok func())
	content fyne.CanvasObject
}

// glossaryEntry is one term in the list.
type glossaryEntry struct {
	term, definition string
	own              uuid.UUID // the group's term's record; uuid.Nil for the framework's
}

// showGlossary opens the Glossary dialog over the open case.
func (m *mainWindow) showGlossary() {
	if m.screen == nil || m.screen.c.Framework == nil {
		return
	}
	g := newGlossaryPanel(m.screen, m.win)
	g.dialog = dialog.NewCustomWithoutButtons(tr("glossary.title"), g.content, m.win)
	g.dialog.SetButtons([]fyne.CanvasObject{widget.NewButton(tr("glossary.close"), func() { g.dialog.Hide() })})
	g.dialog.Resize(fyne.NewSize(1000, 660))
	g.dialog.Show()
	m.win.Canvas().Focus(g.search)
	m.glossary = g
}

// showGlossaryAt opens the Glossary dialog with search typed in its search field.
func (m *mainWindow) showGlossaryAt(search string) {
	m.showGlossary()
	if m.glossary != nil && search != "" {
		m.glossary.search.SetText(search)
	}
}

func newGlossaryPanel(s *caseScreen, win fyne.Window) *glossaryPanel {
	g := &glossaryPanel{s: s}
	g.confirm = func(title, message string, ok func()) {
		dialog.ShowConfirm(title, message, func(yes bool) {
			if yes {
				ok()
			}
		}, win)
	}
	g.search = widget.NewEntry()
	g.search.SetPlaceHolder(tr("glossary.searchHint"))
	g.search.OnChanged = func(string) { g.refresh() }
	g.count = widget.NewLabel("")
	g.count.SizeName = theme.SizeNameCaptionText
	g.list = container.NewVBox()
	g.scroll = container.NewVScroll(g.list)

	g.heading = subHeading("")
	g.term = widget.NewEntry()
	g.term.SetPlaceHolder(tr("glossary.termHint"))
	g.meaning = widget.NewMultiLineEntry()
	g.meaning.Wrapping = fyne.TextWrapWord
	g.meaning.SetMinRowsVisible(5)
	g.meaning.SetPlaceHolder(tr("glossary.definitionHint"))
	g.problem = widget.NewLabel("")
	g.problem.Importance = widget.DangerImportance
	g.problem.Wrapping = fyne.TextWrapWord
	g.problem.Hide()
	g.save = widget.NewButtonWithIcon("", theme.ContentAddIcon(), g.submit)
	g.save.Importance = widget.HighImportance
	g.cancel = widget.NewButton(tr("glossary.cancelEdit"), g.stopEditing)
	g.buttons = container.NewHBox(g.save, g.cancel)
	form := container.NewVBox(g.heading,
		fieldLabel(tr("glossary.term")), g.term, fieldLabel(tr("glossary.definition")), g.meaning, g.problem,
		g.buttons)
	g.stopEditing()
	// The list beside the form, so that it has the dialog's whole height.
	split := container.NewHSplit(container.NewBorder(container.NewVBox(g.search, g.count), nil, nil, nil, g.scroll),
		container.NewVScroll(form))
	split.Offset = 0.6
	g.content = split
	g.refresh()
	return g
}

// entries are the framework's terms and the group's own that match the search, sorted by the
// term in the case's language.
func (g *glossaryPanel) entries() []glossaryEntry {
	c, lang := g.s.c, g.s.lang
	var all []glossaryEntry
	for _, t := range c.Framework.Glossary {
		all = append(all, glossaryEntry{term: t.Term.In(lang), definition: t.Definition.In(lang)})
	}
	for _, t := range c.LiveTerms() {
		all = append(all, glossaryEntry{term: t.Term, definition: t.Definition, own: t.ID})
	}
	needle := strings.ToLower(strings.TrimSpace(g.search.Text))
	var out []glossaryEntry
	for _, e := range all {
		if needle == "" || strings.Contains(strings.ToLower(e.term), needle) || strings.Contains(strings.ToLower(e.definition), needle) {
			out = append(out, e)
		}
	}
	tag := language.Danish
	if lang == "en" {
		tag = language.English
	}
	col := collate.New(tag, collate.IgnoreCase)
	sort.SliceStable(out, func(i, j int) bool { return col.CompareString(out[i].term, out[j].term) < 0 })
	return out
}

// refresh lists the terms that match the search.
func (g *glossaryPanel) refresh() {
	entries := g.entries()
	g.list.RemoveAll()
	for i, e := range entries {
		if i > 0 {
			g.list.Add(widget.NewSeparator())
		}
		g.list.Add(g.entryView(e))
	}
	switch {
	case len(entries) == 0 && strings.TrimSpace(g.search.Text) != "":
		g.count.SetText(tr("glossary.none", strings.TrimSpace(g.search.Text)))
	case len(entries) == 0:
		g.count.SetText(tr("glossary.empty"))
	case strings.TrimSpace(g.search.Text) != "":
		g.count.SetText(matchesText(len(entries), len(g.s.c.Framework.Glossary)+len(g.s.c.LiveTerms())))
	default:
		g.count.SetText(countText(len(entries), len(g.s.c.LiveTerms())))
	}
	g.list.Refresh()
}

// entryView shows one term: the word in bold, marked where it is the group's own, its
// definition, and for the group's own, buttons to change or delete it.
func (g *glossaryPanel) entryView(e glossaryEntry) fyne.CanvasObject {
	segments := []widget.RichTextSegment{&widget.TextSegment{Style: widget.RichTextStyleStrong, Text: e.term}}
	if e.own != uuid.Nil {
		segments = append(segments, &widget.TextSegment{Style: widget.RichTextStyleEmphasis, Text: "  " + tr("glossary.own")})
	}
	word := widget.NewRichText(segments...)
	word.Wrapping = fyne.TextWrapWord
	text := container.New(&tightVBox{}, word, wrapped(e.definition))
	if e.own == uuid.Nil {
		return text
	}
	id := e.own
	edit := widget.NewButtonWithIcon(tr("glossary.edit"), theme.DocumentCreateIcon(), func() { g.startEditing(id) })
	edit.Importance = widget.LowImportance
	del := widget.NewButtonWithIcon(tr("glossary.delete"), theme.DeleteIcon(), func() { g.askDelete(id, e.term) })
	del.Importance = widget.LowImportance
	return container.NewBorder(nil, nil, nil, container.NewVBox(edit, del), text)
}

// submit adds the term written in the form, or saves the change to the term being changed.
func (g *glossaryPanel) submit() {
	word, meaning := strings.TrimSpace(g.term.Text), strings.TrimSpace(g.meaning.Text)
	switch {
	case word == "":
		g.say(tr("glossary.needTerm"), g.term)
		return
	case meaning == "":
		g.say(tr("glossary.needDefinition"), g.meaning)
		return
	}
	for _, t := range g.s.c.LiveTerms() {
		if t.ID != g.editing && strings.EqualFold(strings.TrimSpace(t.Term), word) {
			g.say(tr("glossary.duplicate", t.Term), g.term)
			return
		}
	}
	e := g.s.edit()
	if g.editing == uuid.Nil {
		g.s.c.AddTerm(e, word, meaning)
	} else if err := g.s.c.UpdateTerm(e, g.editing, func(t *assessment.Term) { t.Term, t.Definition = word, meaning }); err != nil {
		g.say(err.Error(), nil) // deleted meanwhile: nothing is lost, the form still holds it
		return
	}
	g.s.changed()
	g.termsChanged()
	g.search.SetText("") // so that the new term shows; refreshes the list
	g.stopEditing()
	g.refresh()
}

// say shows what must be done before the term can be saved.
func (g *glossaryPanel) say(msg string, at fyne.Focusable) {
	g.problem.SetText(msg)
	g.problem.Show()
	if at != nil {
		if c := fyne.CurrentApp().Driver().CanvasForObject(g.term); c != nil {
			c.Focus(at)
		}
	}
}

// startEditing puts the group's term id in the form to be changed.
func (g *glossaryPanel) startEditing(id uuid.UUID) {
	for _, t := range g.s.c.LiveTerms() {
		if t.ID == id {
			g.editing = id
			g.heading.SetText(tr("glossary.editHeading", t.Term))
			g.term.SetText(t.Term)
			g.meaning.SetText(t.Definition)
			g.save.SetText(tr("glossary.saveChange"))
			g.save.SetIcon(theme.ConfirmIcon())
			g.cancel.Show()
			g.buttons.Refresh()
			g.problem.Hide()
			return
		}
	}
}

// stopEditing empties the form for a new term.
func (g *glossaryPanel) stopEditing() {
	g.editing = uuid.Nil
	g.heading.SetText(tr("glossary.addHeading"))
	g.term.SetText("")
	g.meaning.SetText("")
	g.save.SetText(tr("glossary.add"))
	g.save.SetIcon(theme.ContentAddIcon())
	g.cancel.Hide()
	g.buttons.Refresh()
	g.problem.Hide()
}

// askDelete deletes the group's term id after asking.
func (g *glossaryPanel) askDelete(id uuid.UUID, word string) {
	g.confirm(tr("glossary.deleteTitle"), tr("glossary.deleteAsk", word), func() {
		if err := g.s.c.DeleteTerm(g.s.edit(), id); err != nil {
			return // already deleted
		}
		if g.editing == id {
			g.stopEditing()
		}
		g.s.changed()
		g.termsChanged()
		g.refresh()
	})
}

// termsChanged shows the group's changed glossary in the terms lines of the page behind.
func (g *glossaryPanel) termsChanged() {
	if g.s.page != nil {
		g.s.page.refreshTerms()
	}
}

// countText says how many terms the glossary has and how many of them are the group's own,
// in the singular where there is one.
func countText(all, own int) string {
	switch {
	case all == 1 && own == 1:
		return tr("glossary.countOneOwn")
	case all == 1:
		return tr("glossary.countOne")
	case own == 0:
		return tr("glossary.countNoneOwn", all)
	case own == 1:
		return tr("glossary.countOneOfThemOwn", all)
	}
	return tr("glossary.count", all, own)
}

// matchesText says how many of all terms match the search.
func matchesText(n, all int) string {
	switch {
	case all == 1:
		return tr("glossary.matchesTheOne")
	case n == 1:
		return tr("glossary.matchesOne", all)
	}
	return tr("glossary.matches", n, all)
}
