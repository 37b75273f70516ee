package ui

func init() {
	addTexts(map[string]string{
		"glossary.menu":           "Glossary",
		"glossary.title":          "Glossary",
		"glossary.close":          "Close",
		"glossary.searchHint":     "Search the terms and their explanations",
		"glossary.count":          "%d terms, %d of them the group's own",
		"glossary.matches":        "%d of %d terms match",
		"glossary.none":           "No term contains “%s”.",
		"glossary.empty":          "The glossary is empty. Add the group's first term below.",
		"glossary.own":            "the group's own term",
		"glossary.edit":           "Change",
		"glossary.delete":         "Delete",
		"glossary.addHeading":     "Add a term of your own",
		"glossary.editHeading":    "Change “%s”",
		"glossary.term":           "Term",
		"glossary.termHint":       "e.g. Night round",
		"glossary.definition":     "What the group means by it",
		"glossary.definitionHint": "Explain it so that every profession in the group reads it the same way",
		"glossary.add":            "Add the term",
		"glossary.saveChange":     "Save the change",
		"glossary.cancelEdit":     "Cancel",
		"glossary.needTerm":       "Write the term first.",
		"glossary.needDefinition": "Write what the group means by the term.",
		"glossary.duplicate":      "The group already has the term “%s”. Change that one instead.",
		"glossary.deleteTitle":    "Delete the term?",
		"glossary.deleteAsk":      "Delete “%s” from the group's glossary?",
	})
}
