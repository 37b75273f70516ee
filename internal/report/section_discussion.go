package report

import (
	"fmt"
	"strings"

	"github.com/helhed/helhed/internal/analysis"
	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
)

// discussionTexts are the words around the group's discussion notes, by report language.
var discussionTexts = map[string]struct {
	Label  string // the note's label; %s is the scale, in lower case
	Across string // the disagreement the note is about; %d the spread in steps
	Within string
}{
	"da": {Label: "Drøftelse af %s", Across: "Uenighed: %d trin mellem faggrupperne.", Within: "Uenighed: %d trin inden for én faggruppe."},
	"en": {Label: "Discussion of %s", Across: "Disagreement: %d steps between the professions.", Within: "Disagreement: %d steps within one profession."},
}

// discussionRows are the group's notes on the domain's disagreements, a row of the domain's
// label–value list per scale, after the consensus and the members' range: what the group said
// and, where the members still are two or more steps apart on that scale, how far. A note on a
// scale where the members have since come closer is printed without the disagreement line.
func (d *doc) discussionRows(dm *framework.Domain) [][]cell {
	tx, ok := discussionTexts[d.lang]
	if !ok {
		tx = discussionTexts["en"]
	}
	notes := d.c.DiscussionsFor(dm.ID)
	if len(notes) == 0 {
		return nil
	}
	spread := map[string]analysis.ScaleDisagreement{}
	for _, sd := range analysis.WhereWeDisagree(d.c) {
		if sd.DomainID == dm.ID {
			spread[sd.Scale] = sd
		}
	}
	var rows [][]cell
	for _, n := range notes {
		text := strings.TrimSpace(n.Note)
		if sd, ok := spread[n.Scale]; ok {
			format := tx.Within
			if sd.AcrossProfessions {
				format = tx.Across
			}
			text = fmt.Sprintf(format, sd.Spread()) + "\n" + text
		}
		rows = append(rows, labelledRow(fmt.Sprintf(tx.Label, strings.ToLower(d.scaleName(n.Scale))), cell{text: text, st: dlValue}))
	}
	return rows
}

// scaleName is the name of a rating scale, as the ratings table heads it.
func (d *doc) scaleName(scale string) string {
	switch scale {
	case assessment.ScaleCertainty:
		return d.t.Certainty
	case assessment.ScaleComplexity:
		return d.t.Complexity
	}
	return d.t.Consequence
}
