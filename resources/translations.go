package resources

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
)

// Translations holds the UI's translation files: translations/<lang>.json and, so that each
// area of the UI can keep its texts in a file of its own, translations/<lang>/*.json. da.json
// (with da/*.json) translates every UI text and Fyne's own texts into Danish; en.json holds
// Fyne's own texts in English (the UI's English texts are in the program itself).
//
//go:embed translations
var Translations embed.FS

// Translation returns the translations of the language with the given code ("da", "en"): the
// texts of <lang>.json and of every <lang>/*.json, as one JSON object. A text defined twice is an
// error, so that two files cannot silently disagree.
func Translation(lang string) ([]byte, error) {
	main := "translations/" + lang + ".json"
	data, err := Translations.ReadFile(main)
	if err != nil {
		return nil, err
	}
	parts, _ := fs.Glob(Translations, "translations/"+lang+"/*.json")
	if len(parts) == 0 {
		return data, nil
	}
	all := map[string]json.RawMessage{}
	if err := json.Unmarshal(data, &all); err != nil {
		return nil, fmt.Errorf("%s: %w", main, err)
	}
	for _, name := range parts {
		part, err := Translations.ReadFile(name)
		if err != nil {
			return nil, err
		}
		texts := map[string]json.RawMessage{}
		if err := json.Unmarshal(part, &texts); err != nil {
			return nil, fmt.Errorf("%s: %w", path.Base(name), err)
		}
		for id, text := range texts {
			if _, dup := all[id]; dup {
				return nil, fmt.Errorf("%s: text %q is already translated in another file", name, id)
			}
			all[id] = text
		}
	}
	return json.Marshal(all)
}
