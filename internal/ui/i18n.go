package ui

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/helhed/helhed/resources"
)

// The UI's languages. Fyne has no way to switch the language of a running app, and ships no
// Danish: Helhed loads the chosen language's translation file under the name of the system's
// locale before it opens a window, so that Fyne picks it for its own texts (Cancel, Save, ...)
// as well as for Helhed's. A new choice applies after a restart.
const (
	uiLangSystem  = "system" // the language of the operating system, if it is Danish; else English
	uiLangDanish  = "da"
	uiLangEnglish = "en"
)

var (
	// uiLang is the language the UI is shown in: "da" or "en".
	uiLang = uiLangEnglish

	// trCache holds each text in the UI language once looked up; loadTranslations empties it.
	trCache sync.Map // id → string
)

// uiLanguage is the language the UI is shown in, "da" or "en": the language a new case starts in.
func uiLanguage() string { return uiLang }

// resolveUILanguage turns the setting (system, da or en) into the language to show, da or en.
func resolveUILanguage(choice string, system fyne.Locale) string {
	switch choice {
	case uiLangDanish, uiLangEnglish:
		return choice
	}
	if base, _, _ := strings.Cut(string(system), "-"); strings.EqualFold(base, "da") {
		return uiLangDanish
	}
	return uiLangEnglish
}

// loadTranslations makes the chosen language (system, da or en) the UI's: Helhed's texts and
// Fyne's own. Call it before the first window opens.
func loadTranslations(choice string) error {
	system := lang.SystemLocale()
	l := resolveUILanguage(choice, system)
	data, err := translationFile(l)
	if err != nil {
		return err
	}
	// Under the system locale's name, so Fyne's matcher picks it; and under the language's own.
	names := []fyne.Locale{system}
	if system != fyne.Locale(l) {
		names = append(names, fyne.Locale(l))
	}
	for _, name := range names {
		if err := lang.AddTranslationsForLocale(data, name); err != nil {
			return fmt.Errorf("translations %s as %s: %w", l, name, err)
		}
	}
	uiLang = l
	trCache.Clear()
	return nil
}

// translationFile is the translation file of language l: the shipped da.json, or for English
// Fyne's own texts (en.json) with every English text of the UI.
func translationFile(l string) ([]byte, error) {
	data, err := resources.Translation(l)
	if err != nil {
		return nil, fmt.Errorf("no translations for %q: %w", l, err)
	}
	if l != uiLangEnglish {
		return data, nil
	}
	all := map[string]any{}
	if err := json.Unmarshal(data, &all); err != nil {
		return nil, fmt.Errorf("en.json: %w", err)
	}
	for id, text := range english {
		all[id] = text
	}
	return json.Marshal(all)
}

// translate returns the text with the given ID in the UI language, falling back to English.
func translate(id string) string {
	if s, ok := trCache.Load(id); ok {
		return s.(string)
	}
	en, ok := english[id]
	if !ok {
		return id // shows the missing text rather than nothing
	}
	s := lang.X(id, en)
	trCache.Store(id, s)
	return s
}
