package resources_test

import (
	"encoding/json"
	"io/fs"
	"testing"

	"github.com/helhed/helhed/resources"
)

func TestTranslationMergesAreaFiles(t *testing.T) {
	data, err := resources.Translation("da")
	if err != nil {
		t.Fatal(err)
	}
	all := map[string]any{}
	if err := json.Unmarshal(data, &all); err != nil {
		t.Fatal(err)
	}
	parts, _ := fs.Glob(resources.Translations, "translations/da/*.json")
	for _, name := range parts {
		part, _ := resources.Translations.ReadFile(name)
		texts := map[string]any{}
		if err := json.Unmarshal(part, &texts); err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		for id := range texts {
			if _, ok := all[id]; !ok {
				t.Errorf("%s: %q missing from the merged translations", name, id)
			}
		}
	}
	if _, ok := all["Cancel"]; !ok {
		t.Error("da.json's own texts missing from the merged translations")
	}
}
