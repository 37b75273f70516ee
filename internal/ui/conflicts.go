package ui

import (
	"encoding/json"
	"fmt"
	"sort"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/merge"
)

func init() {
	addTexts(map[string]string{
		"conflicts.banner":      "%d conflicts from members' copies to resolve",
		"conflicts.bannerOne":   "1 conflict from members' copies to resolve",
		"conflicts.open":        "Resolve…",
		"conflicts.title":       "Conflicts to resolve",
		"conflicts.help":        "Members changed these in their own copies in different ways. Both versions are kept until the group chooses one, or combines them into a new text.",
		"conflicts.none":        "All conflicts are resolved. Remember to save the case.",
		"conflicts.version":     "%s · %s",
		"conflicts.nobody":      "(nobody chosen at the keyboard)",
		"conflicts.deleted":     "Deleted",
		"conflicts.now":         "In the case now (changed since the merge)",
		"conflicts.keep":        "Keep this",
		"conflicts.combine":     "Edit or combine…",
		"conflicts.combineHint": "Write the text the group agrees on; both versions are filled in to start from.",
		"conflicts.useText":     "Use this text",
		"conflicts.showInCase":  "Show in the case",
		"conflicts.close":       "Close",
		"conflicts.error":       "The conflict could not be resolved",

		"conflicts.place.answers":           "Answer to %s",
		"conflicts.place.ratings":           "Rating of %s by %s",
		"conflicts.place.consensus":         "Group rating of %s",
		"conflicts.place.conclusions":       "Conclusion on %s",
		"conflicts.place.settings":          "Settings of the table %s",
		"conflicts.place.rows":              "A row of the table %s",
		"conflicts.place.sources":           "Source: %s",
		"conflicts.field.text":              "Text",
		"conflicts.field.notRelevant":       "Not relevant",
		"conflicts.field.notRelevantReason": "Why not relevant",
		"conflicts.field.citation":          "Reference",
		"conflicts.field.link":              "Link",
		"conflicts.field.kind":              "Kind of source",
		"conflicts.field.studyDesign":       "Study design",
		"conflicts.field.appraisal":         "Appraisal",
		"conflicts.field.consequence":       "Consequence",
		"conflicts.field.certainty":         "Certainty",
		"conflicts.field.complexity":        "Complexity",
		"conflicts.field.abstain":           "Abstains",
		"conflicts.field.rationale":         "Rationale",
		"conflicts.field.name":              "Name",
		"conflicts.field.profession":        "Profession",
		"conflicts.field.role":              "Role in the group",
		"conflicts.field.title":             "Title",
		"conflicts.field.reason":            "Reason",
		"conflicts.field.criterionId":       "Criterion",
		"conflicts.field.description":       "Description",
		"conflicts.field.groupName":         "Group",
		"conflicts.field.technology":        "Technology",
		"conflicts.field.category":          "Category",
		"conflicts.field.setting":           "Setting",
		"conflicts.field.decision":          "Decision",
		"conflicts.field.comparator":        "Compared with",
		"conflicts.field.deadline":          "Deadline",
		"conflicts.field.language":          "Language",
		"conflicts.field.recommendation":    "Recommendation",
		"conflicts.field.conditions":        "Conditions",
		"conflicts.field.dissent":           "Dissent",
		"conflicts.field.openQuestions":     "Open questions",
		"conflicts.field.cells":             "Cells",
		"conflicts.field.values":            "Values",
		"conflicts.field.order":             "Place in the table",
		"conflicts.place.other":             "%s",
	})
}

// conflictBanner is shown above the open case while it has conflicts from members' copies:
// a nurse sees it on every page and opens the conflicts from it. Empty without conflicts.
func (m *mainWindow) conflictBanner(c *assessment.Case) fyne.CanvasObject {
	m.banner = container.NewVBox()
	m.updateConflictBanner(c)
	return m.banner
}

// updateConflictBanner shows the number of c's open conflicts in the banner, or hides it.
func (m *mainWindow) updateConflictBanner(c *assessment.Case) {
	m.banner.Objects = nil
	if n := len(c.OpenConflicts()); n > 0 {
		label := widget.NewLabel(countTr("conflicts.banner", n))
		label.TextStyle.Bold = true
		label.Importance = widget.WarningImportance
		open := widget.NewButton(tr("conflicts.open"), m.showConflicts)
		open.Importance = widget.WarningImportance
		icon := widget.NewIcon(theme.WarningIcon())
		m.banner.Objects = []fyne.CanvasObject{container.NewBorder(nil, nil, icon, open, label), widget.NewSeparator()}
	}
	m.banner.Refresh()
	if content := m.win.Content(); content != nil {
		content.Refresh() // the banner's height changed: lay the window out again
	}
}

// conflictsView is the dialog that shows the open case's conflicts, each with its versions
// side by side.
type conflictsView struct {
	m      *mainWindow
	dialog *dialog.CustomDialog
	list   *fyne.Container
}

// showConflicts opens the conflicts of the open case.
func (m *mainWindow) showConflicts() {
	if m.screen == nil {
		return
	}
	v := &conflictsView{m: m, list: container.NewVBox()}
	v.fill()
	help := helpLabel(tr("conflicts.help"))
	closeButton := widget.NewButton(tr("conflicts.close"), func() { v.dialog.Hide() })
	content := container.NewBorder(help, container.NewHBox(layoutSpacer(), closeButton), nil, nil,
		container.NewVScroll(v.list))
	v.dialog = dialog.NewCustomWithoutButtons(tr("conflicts.title"), content, m.win)
	size := m.win.Canvas().Size()
	v.dialog.Resize(fyne.NewSize(size.Width*0.9, size.Height*0.9))
	v.dialog.Show()
}

// fill lists the open conflicts.
func (v *conflictsView) fill() {
	c := v.m.screen.c
	v.list.Objects = nil
	open := c.OpenConflicts()
	if len(open) == 0 {
		v.list.Add(wrapped(tr("conflicts.none")))
	}
	for _, k := range open {
		v.list.Add(v.card(c, k))
		v.list.Add(widget.NewSeparator())
	}
	v.list.Refresh()
}

// card shows one conflict: where it is, and its versions side by side, each with its author.
func (v *conflictsView) card(c *assessment.Case, k assessment.Conflict) fyne.CanvasObject {
	// The versions, and the case as it is now where the group changed it since the merge.
	shown := k
	shown.Versions = append([]assessment.ConflictVersion(nil), k.Versions...)
	for _, raw := range merge.Current(c, k) {
		var mt assessment.Meta
		_ = json.Unmarshal(raw, &mt)
		shown.Versions = append(shown.Versions, assessment.ConflictVersion{Author: mt.ChangedBy, Record: raw})
	}
	lines := versionLines(shown)
	columns := make([]fyne.CanvasObject, len(shown.Versions))
	for i, ver := range shown.Versions {
		head := widget.NewLabel(tr("conflicts.version", authorName(c, ver.Author), changedAt(ver.Record)))
		head.TextStyle.Bold = true
		top := fyne.CanvasObject(head)
		if i >= len(k.Versions) {
			note := widget.NewLabel(tr("conflicts.now"))
			note.TextStyle.Italic = true
			top = container.NewVBox(note, head)
		}
		body := wrapped(lines[i])
		keep := widget.NewButton(tr("conflicts.keep"), func() { v.resolve(k, merge.Keep(shown, i)) })
		columns[i] = container.NewBorder(top, container.NewHBox(keep), nil, nil, body)
	}
	heading := fyne.CanvasObject(subHeadingSmall(conflictPlace(c, k)))
	if show := v.m.screen.conflictTarget(k); show != nil {
		heading = container.NewBorder(nil, nil, nil, widget.NewButton(tr("conflicts.showInCase"), func() {
			v.dialog.Hide()
			show()
		}), heading)
	}
	parts := []fyne.CanvasObject{heading, container.NewGridWithColumns(len(columns), columns...)}
	if merge.TextField(k.Kind) != "" {
		base := firstLive(k)
		var texts []string
		for i := range k.Versions {
			if t := merge.Text(k, i); strings.TrimSpace(t) != "" && !contains(texts, t) {
				texts = append(texts, t)
			}
		}
		entry := widget.NewMultiLineEntry()
		entry.Wrapping = fyne.TextWrapWord
		entry.SetText(strings.Join(texts, "\n\n"))
		entry.SetMinRowsVisible(4)
		use := widget.NewButton(tr("conflicts.useText"), func() {
			raw, err := merge.WithText(k, base, entry.Text)
			if err != nil {
				v.m.showError(tr("conflicts.error"), err)
				return
			}
			v.resolve(k, raw)
		})
		use.Importance = widget.HighImportance
		editor := container.NewVBox(helpLabel(tr("conflicts.combineHint")), entry, container.NewHBox(use))
		editor.Hide()
		var combine *widget.Button
		combine = widget.NewButton(tr("conflicts.combine"), func() { editor.Show(); combine.Hide(); v.list.Refresh() })
		parts = append(parts, container.NewHBox(combine), editor)
	}
	return container.NewVBox(parts...)
}

// resolve settles conflict k with the chosen version, shows the case as it now is, and lists
// the conflicts left.
func (v *conflictsView) resolve(k assessment.Conflict, chosen json.RawMessage) {
	m := v.m
	if err := merge.Resolve(m.screen.c, m.editAtKeyboard(), k.ID, chosen); err != nil {
		m.showError(tr("conflicts.error"), err)
		return
	}
	m.caseReplaced()
	v.fill()
}

// firstLive is the index of the first version that is not a deletion (0 if all are).
func firstLive(k assessment.Conflict) int {
	for i, ver := range k.Versions {
		var mt assessment.Meta
		if json.Unmarshal(ver.Record, &mt) == nil && !mt.Deleted {
			return i
		}
	}
	return 0
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

func authorName(c *assessment.Case, id uuid.UUID) string {
	if m, ok := c.Member(id); ok && m.Name != "" {
		return m.Name
	}
	return tr("conflicts.nobody")
}

// changedAt is when a version was last changed, in local time, to the minute.
func changedAt(record json.RawMessage) string {
	var mt assessment.Meta
	if json.Unmarshal(record, &mt) != nil || mt.ChangedAt.IsZero() {
		return ""
	}
	return mt.ChangedAt.Local().Format("2006-01-02 15:04")
}

// bookkeeping are the fields of every record that are not its content.
var bookkeeping = map[string]bool{"id": true, "rev": true, "changedAt": true, "changedBy": true,
	"deleted": true, "versions": true}

// versionLines shows what each version says: its text and every other field in which the
// versions differ ("Deleted" for a deletion).
func versionLines(k assessment.Conflict) []string {
	field := merge.TextField(k.Kind)
	maps := make([]map[string]json.RawMessage, len(k.Versions))
	for i, ver := range k.Versions {
		_ = json.Unmarshal(ver.Record, &maps[i])
	}
	keys := map[string]bool{}
	for _, mp := range maps {
		for key := range mp {
			if !bookkeeping[key] && key != field {
				keys[key] = true
			}
		}
	}
	var differing []string
	for key := range keys {
		for _, mp := range maps[1:] {
			if string(mp[key]) != string(maps[0][key]) {
				differing = append(differing, key)
				break
			}
		}
	}
	sort.Strings(differing)
	out := make([]string, len(maps))
	for i, mp := range maps {
		if string(mp["deleted"]) == "true" {
			out[i] = tr("conflicts.deleted")
			continue
		}
		var lines []string
		if field != "" {
			lines = append(lines, plain(mp[field]))
		}
		for _, key := range differing {
			if v := plain(mp[key]); v != "" {
				lines = append(lines, recordFieldName(key)+": "+v)
			}
		}
		out[i] = strings.Join(lines, "\n")
	}
	return out
}

// recordFieldName names a record's field for people; a field this window has no name for shows as
// it is in the file.
func recordFieldName(key string) string {
	if id := "conflicts.field." + key; english[id] != "" {
		return tr(id)
	}
	return key
}

// plain is a JSON value as text: a string as it is, a list one item a line, an object as
// key: value pairs.
func plain(raw json.RawMessage) string {
	if len(raw) == 0 || string(raw) == "null" {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var list []string
	if json.Unmarshal(raw, &list) == nil {
		return strings.Join(list, "; ")
	}
	var obj map[string]string
	if json.Unmarshal(raw, &obj) == nil {
		keys := make([]string, 0, len(obj))
		for k := range obj {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var parts []string
		for _, k := range keys {
			parts = append(parts, k+": "+obj[k])
		}
		return strings.Join(parts, "; ")
	}
	return string(raw)
}

// conflictPlace says where in the case a conflict is, in the case's words.
func conflictPlace(c *assessment.Case, k assessment.Conflict) string {
	fw := c.Framework
	domain := func(id string) string {
		if fw != nil {
			for _, d := range fw.Domains {
				if d.ID == id {
					return fmt.Sprintf("%d %s", d.Number, d.Title.In(c.Info.Language))
				}
			}
		}
		return id
	}
	var rec struct {
		DomainID     string    `json:"domainId"`
		MemberID     uuid.UUID `json:"memberId"`
		InstrumentID string    `json:"instrumentId"`
	}
	_ = json.Unmarshal(k.Versions[0].Record, &rec)
	switch k.Kind {
	case "answers":
		if fw != nil {
			for _, d := range fw.Domains {
				for j, q := range d.Questions {
					if q.ID == k.Slot {
						return tr("conflicts.place.answers", fmt.Sprintf("%d.%d %s", d.Number, j+1, q.Text.In(c.Info.Language)))
					}
				}
			}
		}
		return tr("conflicts.place.answers", k.Slot)
	case "ratings":
		return tr("conflicts.place.ratings", domain(rec.DomainID), authorName(c, rec.MemberID))
	case "sources":
		return tr("conflicts.place.sources", merge.Text(k, firstLive(k)))
	case "consensus":
		return tr("conflicts.place.consensus", domain(rec.DomainID))
	case "conclusions":
		return tr("conflicts.place.conclusions", domain(rec.DomainID))
	case "rows", "settings":
		title := rec.InstrumentID
		if fw != nil {
			if in, _, ok := fw.Instrument(rec.InstrumentID); ok {
				title = in.Title.In(c.Info.Language)
			}
		}
		if k.Kind == "rows" {
			return tr("conflicts.place.rows", title)
		}
		return tr("conflicts.place.settings", title)
	}
	return tr("conflicts.place.other", kindLabel(k.Kind))
}

// conflictTarget returns what shows the page a conflict is about (a question's answer, a
// domain's ratings or conclusion, a table's domain), or nil when it is about the whole case.
func (s *caseScreen) conflictTarget(k assessment.Conflict) func() {
	if s.c.Framework == nil || len(k.Versions) == 0 {
		return nil
	}
	var rec struct {
		DomainID     string `json:"domainId"`
		InstrumentID string `json:"instrumentId"`
		QuestionID   string `json:"questionId"`
	}
	_ = json.Unmarshal(k.Versions[0].Record, &rec)
	switch k.Kind {
	case "answers", "sources":
		for i, d := range s.c.Framework.Domains {
			for _, q := range d.Questions {
				if q.ID == rec.QuestionID {
					return func() { s.showQuestion(i, rec.QuestionID) }
				}
			}
		}
	case "ratings", "consensus", "conclusions":
		if i := s.domainIndex(rec.DomainID); i >= 0 {
			return func() { s.Select(i) }
		}
	case "rows", "settings":
		for i, d := range s.c.Framework.Domains {
			for _, in := range d.Instruments {
				if in.ID == rec.InstrumentID {
					return func() { s.Select(i) }
				}
			}
		}
	}
	return nil
}
