package ui

// Texts added when polishing the group work: columns a narrow table leaves out.
func init() {
	addTexts(map[string]string{
		"tables.leftOutEmpty":  "Not shown until filled in: %s. Use Edit to fill them in.",
		"tables.leftOutNoRoom": "Not shown for lack of room: %s. Use Edit to see them, or widen the window.",
	})
}
