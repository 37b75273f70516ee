package ui

import "testing"

// TestCountsAreSingularOrPlural: "1 konflikt", "3 konflikter", never "konflikt(er)".
func TestCountsAreSingularOrPlural(t *testing.T) {
	setup(t)
	for _, lang := range []string{"en", "da"} {
		if lang == "da" {
			inDanish(t)
		}
		want := map[string][2]string{
			"en": {"1 conflict from members' copies to resolve", "3 conflicts from members' copies to resolve"},
			"da": {"1 konflikt fra medlemmernes kopier skal løses", "3 konflikter fra medlemmernes kopier skal løses"},
		}[lang]
		if got := countTr("conflicts.banner", 1); got != want[0] {
			t.Errorf("%s, one: %q, want %q", lang, got, want[0])
		}
		if got := countTr("conflicts.banner", 3); got != want[1] {
			t.Errorf("%s, three: %q, want %q", lang, got, want[1])
		}
	}
}
