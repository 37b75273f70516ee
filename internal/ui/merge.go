package ui

import (
	"errors"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/casefile"
	"github.com/helhed/helhed/internal/merge"
)

func init() {
	addTexts(map[string]string{
		"merge.menu":         "Merge a member's copy…",
		"merge.noCase":       "Open the group's case first, then merge a member's copy into it.",
		"merge.errorTitle":   "The copy was not merged",
		"merge.foreign":      "%s is not a copy of this case: it is the case “%s”, and the open case is “%s”. Nothing was merged.",
		"merge.doneTitle":    "Merged %s",
		"merge.nothing":      "Nothing new came in: the group's case already has everything in this copy.",
		"merge.cameIn":       "This came in from the copy:",
		"merge.line":         "%s: %s",
		"merge.new":          "%d new",
		"merge.changed":      "%d changed",
		"merge.deleted":      "%d deleted",
		"merge.inConflict":   "%d in conflict",
		"merge.conflicts":    "%d conflicts to resolve: the group chooses a version, or combines them.",
		"merge.conflictsOne": "1 conflict to resolve: the group chooses a version, or combines them.",
		"merge.noConflicts":  "No conflicts.",
		"merge.unsaved":      "The merged case is not saved yet: save it (Ctrl+S) to keep it.",
		"merge.show":         "Resolve conflicts…",
		"merge.close":        "Close",

		"merge.kind.info":        "Case information",
		"merge.kind.members":     "Members",
		"merge.kind.answers":     "Answers",
		"merge.kind.sources":     "Sources",
		"merge.kind.ratings":     "Ratings",
		"merge.kind.consensus":   "Group ratings",
		"merge.kind.conclusions": "Conclusions",
		"merge.kind.knockOuts":   "Knock-outs",
		"merge.kind.discussions": "Discussion notes",
		"merge.kind.terms":       "The group's glossary",
		"merge.kind.synthesis":   "Recommendation",
		"merge.kind.rows":        "Table rows",
		"merge.kind.settings":    "Table settings",
	})
}

// mergeCopy asks for a member's copy and merges it into the open case.
func (m *mainWindow) mergeCopy() {
	if m.screen == nil {
		dialog.NewInformation(tr("merge.menu"), tr("merge.noCase"), m.win).Show()
		return
	}
	m.chooseOpenPath(m.mergePath)
}

// mergePath merges the copy at path into the open case. The merged case replaces the open
// one, with unsaved changes; a copy that cannot be read, or of another case, changes nothing.
func (m *mainWindow) mergePath(path string) {
	if m.screen == nil {
		return
	}
	copyCase, err := casefile.Load(path)
	if err != nil {
		m.showError(tr("merge.errorTitle"), err)
		return
	}
	res, err := merge.Merge(m.screen.c, []merge.Copy{{Name: filepath.Base(path), Case: copyCase}})
	var foreign *merge.ForeignError
	if errors.As(err, &foreign) {
		err = errors.New(tr("merge.foreign", foreign.Name, foreign.CopyTitle, foreign.GroupTitle))
	}
	if err != nil {
		m.showError(tr("merge.errorTitle"), err)
		return
	}
	if res.Changed() {
		m.replaceCase(res.Case)
	}
	m.showMergeResult(filepath.Base(path), res)
}

// replaceCase puts c in place of the open case: the window shows it on the same page, as an
// unsaved change of the same file, with the same member at the keyboard.
func (m *mainWindow) replaceCase(c *assessment.Case) {
	*m.screen.c = *c
	m.caseReplaced()
}

// caseReplaced shows the open case again after it changed as a whole (a merge, a resolved
// conflict): the page, the navigation, the conflicts banner; and records the change.
func (m *mainWindow) caseReplaced() {
	s := m.screen
	page := s.selected
	s.selected = -1
	s.SelectPage(page)
	m.updateConflictBanner(s.c)
	s.changed()
}

// showMergeResult says what came in from the copy.
func (m *mainWindow) showMergeResult(name string, res *merge.Result) {
	var parts []fyne.CanvasObject
	if !res.Changed() {
		parts = append(parts, wrapped(tr("merge.nothing")))
	} else {
		parts = append(parts, subHeadingSmall(tr("merge.cameIn")))
		for _, n := range res.Counts {
			parts = append(parts, wrapped(tr("merge.line", kindLabel(n.Kind), countsText(n))))
		}
	}
	open := len(m.screen.c.OpenConflicts())
	var d *dialog.CustomDialog
	buttons := []fyne.CanvasObject{layoutSpacer()}
	if open > 0 {
		parts = append(parts, widget.NewSeparator(), wrapped(countTr("merge.conflicts", open)))
		show := widget.NewButton(tr("merge.show"), func() { d.Hide(); m.showConflicts() })
		show.Importance = widget.HighImportance
		buttons = append(buttons, show)
	} else if res.Changed() {
		parts = append(parts, wrapped(tr("merge.noConflicts")))
	}
	if res.Changed() {
		parts = append(parts, helpLabel(tr("merge.unsaved")))
	}
	buttons = append(buttons, widget.NewButton(tr("merge.close"), func() { d.Hide() }))
	parts = append(parts, container.NewHBox(buttons...))
	d = dialog.NewCustomWithoutButtons(tr("merge.doneTitle", name), container.NewVBox(parts...), m.win)
	d.Resize(fyne.NewSize(520, d.MinSize().Height))
	d.Show()
}

// countsText is what came in of one kind, e.g. "2 new, 1 changed".
func countsText(n merge.Counts) string {
	var parts []string
	for _, p := range []struct {
		n  int
		id string
	}{{n.New, "merge.new"}, {n.Changed, "merge.changed"}, {n.Deleted, "merge.deleted"}, {n.Conflicts, "merge.inConflict"}} {
		if p.n > 0 {
			parts = append(parts, tr(p.id, p.n))
		}
	}
	return strings.Join(parts, ", ")
}

// kindLabel names a kind of record for people; a kind this window has no name for shows as
// it is in the file.
func kindLabel(kind string) string {
	if id := "merge.kind." + kind; english[id] != "" {
		return tr(id)
	}
	return kind
}
