package ui

import (
	"github.com/google/uuid"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/theme"
)

// showDiscussion shows the group's discussion note on domain domainID's scale: on the
// Perspectives page, the disagreement it is about, scrolled to and with the cursor in the note.
// A note on what is no longer a disagreement shows beside its author's other texts on the
// domain, side by side.
func (s *caseScreen) showDiscussion(domainID, scale string) {
	v := s.selectPerspectives()
	if v == nil {
		return
	}
	v.showMode(perspDisagree)
	for _, it := range v.disagree.items {
		if it.sd.DomainID != domainID || it.sd.Scale != scale {
			continue
		}
		s.scroll.Refresh() // lays the page out
		if y, ok := offsetIn(v.content, it.content); ok {
			s.scroll.ScrollToOffset(fyne.NewPos(0, max(0, y-theme.Padding())))
		}
		if c := fyne.CurrentApp().Driver().CanvasForObject(it.note); c != nil {
			c.Focus(it.note)
		}
		return
	}
	v.showMode(perspSide)
	v.side.showDomain(s.domainIndex(domainID))
}

// showTerm opens the Glossary dialog at the group's term id.
func (s *caseScreen) showTerm(id uuid.UUID) {
	if s.openGlossary == nil {
		return
	}
	for _, t := range s.c.LiveTerms() {
		if t.ID == id {
			s.openGlossary(t.Term)
			return
		}
	}
}
