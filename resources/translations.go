package resources

import "embed"

// Translations holds the UI's translation files, translations/<lang>.json: da.json translates
// every UI text and Fyne's own texts into Danish; en.json holds Fyne's own texts in English (the
// UI's English texts are in the program itself).
//
//go:embed translations/*.json
var Translations embed.FS

// Translation returns the translation file of the language with the given code ("da", "en").
func Translation(lang string) ([]byte, error) {
	return Translations.ReadFile("translations/" + lang + ".json")
}
