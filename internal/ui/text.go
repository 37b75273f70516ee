package ui

import "fmt"

// Every text the UI shows itself is here, keyed by a message ID, in English. Texts of the
// framework (domains, questions, help) come from the case's framework copy instead, in the
// case's language.
//
// The keys are also the keys of the translation files (resources/translations/da.json): tr
// looks each text up in the UI language and falls back to English (i18n.go).
var english = map[string]string{
	"app.name":    "Helhed",
	"app.tagline": "Guided health technology assessment (MTV 2.0) for interdisciplinary groups.",

	"window.title":   "Helhed — %s",
	"window.unsaved": " *",
	"case.untitled":  "Untitled case",
	"start.new":      "New case",
	"start.open":     "Open a case…",
	"start.example":  "Open example: %s",

	"menu.file":    "File",
	"menu.new":     "New case",
	"menu.open":    "Open…",
	"menu.example": "Open example",
	"menu.save":    "Save",
	"menu.saveAs":  "Save as…",
	"menu.quit":    "Quit",

	"nav.progress":    "%d of %d done",
	"nav.overall":     "All domains: %d of %d questions done",
	"nav.knockOut":    " · knock-out",
	"nav.consensus":   " · rated %s",
	"nav.noConsensus": " · no consensus yet",
	"nav.notRated":    " · not rated",

	"nav.case":          "The case",
	"nav.caseHint":      "Technology, decision, group",
	"nav.overview":      "Overview",
	"nav.overviewHint":  "Progress, profile, disagreements",
	"nav.synthesis":     "Recommendation",
	"nav.synthesisHint": "Conditions, dissent, open questions",
	"nav.report":        "Report",
	"nav.reportHint":    "Make the PDF",

	"page.question":       "%s  %s",
	"page.answerHint":     "Write the group's answer here",
	"page.notRelevant":    "Not relevant",
	"page.reasonHint":     "Why is this question not relevant here?",
	"page.conclusion":     "Conclusion on this domain",
	"page.conclusionHelp": "The group's short conclusion on this domain, in your own words.",
	"page.conclusionHint": "Write the group's conclusion here",
	"page.noDomains":      "This case's framework has no domains.",

	"status.new":     "Not saved yet. Press Ctrl+S (or File › Save) to choose where to keep this case.",
	"status.unsaved": "Unsaved changes. Press Ctrl+S to save them to %s.",
	"status.saved":   "Saved in %s",

	"unsaved.title":    "Unsaved changes",
	"unsaved.question": "Save the changes to “%s” first?",
	"unsaved.save":     "Save",
	"unsaved.discard":  "Don't save",
	"unsaved.cancel":   "Cancel",

	"error.ok":           "OK",
	"error.openTitle":    "The case could not be opened",
	"error.saveTitle":    "The case could not be saved",
	"error.exampleTitle": "The example could not be opened",
	"error.notLocal":     "%s is not a file on this computer; choose a folder on this computer.",
}

// addTexts adds a screen's texts to the table; files of the package call it from init, so each
// keeps its texts beside its widgets. A key given twice is a programming error.
func addTexts(texts map[string]string) {
	for k, v := range texts {
		if _, dup := english[k]; dup {
			panic("ui: text " + k + " is defined twice")
		}
		english[k] = v
	}
}

// tr returns the UI text with the given ID in the UI language, formatted with args when there
// are any. An unknown ID returns the ID itself, so a missing text shows rather than vanishes.
func tr(id string, args ...any) string {
	s := translate(id)
	if len(args) > 0 {
		return fmt.Sprintf(s, args...)
	}
	return s
}

// countTr is the text id for a count n: the text id+"One" (which names no number) for 1, else
// id with n, so that neither language has to write "conflict(s)".
func countTr(id string, n int) string {
	if n == 1 {
		return tr(id + "One")
	}
	return tr(id, n)
}
