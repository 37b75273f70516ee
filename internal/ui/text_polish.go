package ui

// Texts added when polishing the group work: columns a narrow table leaves out, open conflicts
// in the teacher's overview, the glossary's counts in the singular, the glossary from a
// question's terms.
func init() {
	addTexts(map[string]string{
		"tables.leftOutEmpty":  "Not shown until filled in: %s. Use Edit to fill them in.",
		"tables.leftOutNoRoom": "Not shown for lack of room: %s. Use Edit to see them, or widen the window.",
		"folder.conflictOne":   "1 open conflict: not final",
		"folder.conflicts":     "%d open conflicts: not final",

		"glossary.countOne":           "1 term",
		"glossary.countOneOwn":        "1 term, the group's own",
		"glossary.countNoneOwn":       "%d terms",
		"glossary.countOneOfThemOwn":  "%d terms, 1 of them the group's own",
		"glossary.matchesOne":         "1 of %d terms matches",
		"glossary.matchesTheOne":      "The one term matches",
		"wizard.frameworkMoreProblem": "… and 1 more problem.",
		"find.field.discussion":       "Discussion note on %s",
		"find.field.term":             "The group's own term",
		"terms.openGlossary":          "Open the glossary (Ctrl+G)",
	})
}

// plural is the text one with n == 1, else many with n.
func plural(n int, one, many string) string {
	if n == 1 {
		return tr(one)
	}
	return tr(many, n)
}
