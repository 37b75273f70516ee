package report

import "fmt"

// openConflictTexts say, on the cover, that the group has not resolved every conflict from its
// members' copies (internal/merge): a report made before then must not look final.
var openConflictTexts = map[string]struct{ Label, One, Many string }{
	"da": {"Åbne konflikter", "1 sted, hvor medlemmernes kopier er uenige, er ikke løst endnu. Rapporten er ikke endelig.",
		"%d steder, hvor medlemmernes kopier er uenige, er ikke løst endnu. Rapporten er ikke endelig."},
	"en": {"Open conflicts", "1 place where members' copies disagree is not resolved yet. This report is not final.",
		"%d places where members' copies disagree are not resolved yet. This report is not final."},
}

// openConflicts returns the cover's label and warning about open conflicts, or ok false when
// there are none.
func (d *doc) openConflicts() (label, warning string, ok bool) {
	n := len(d.c.OpenConflicts())
	if n == 0 {
		return "", "", false
	}
	t, known := openConflictTexts[d.lang]
	if !known {
		t = openConflictTexts["en"]
	}
	if n == 1 {
		return t.Label, t.One, true
	}
	return t.Label, fmt.Sprintf(t.Many, n), true
}
