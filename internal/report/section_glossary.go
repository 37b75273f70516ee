package report

import (
	"sort"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"
)

// glossaryTexts are the glossary's words for the group's own terms, per report language. They
// are kept here rather than in texts.go because only this section uses them.
var glossaryTexts = map[string]struct{ Own, Intro string }{
	"da": {Own: "gruppens eget begreb", Intro: "Begreber, som rammens spørgsmål bruger, og gruppens egne begreber (markeret »gruppens eget begreb«)."},
	"en": {Own: "the group's own term", Intro: "Terms used by the framework's questions, and the group's own terms (marked \"the group's own term\")."},
}

// glossaryRow is one entry of the report's glossary: a framework term or one of the group's.
type glossaryRow struct {
	term, definition string
	own              bool
}

// glossaryRows are the framework terms the questions use and the group's own terms, sorted by
// the term in the report's language (a framework term first where both have the same word).
func (d *doc) glossaryRows() []glossaryRow {
	var rows []glossaryRow
	for _, t := range d.usedTerms() {
		rows = append(rows, glossaryRow{term: t.Term.In(d.lang), definition: t.Definition.In(d.lang)})
	}
	for _, t := range d.c.LiveTerms() {
		rows = append(rows, glossaryRow{term: t.Term, definition: t.Definition, own: true})
	}
	tag := language.Danish
	if d.lang == "en" {
		tag = language.English
	}
	col := collate.New(tag, collate.IgnoreCase)
	sort.SliceStable(rows, func(i, j int) bool {
		if c := col.CompareString(rows[i].term, rows[j].term); c != 0 {
			return c < 0
		}
		return !rows[i].own && rows[j].own
	})
	return rows
}

// glossaryOwnTexts are the glossary's words for the group's terms in the report's language.
func (d *doc) glossaryOwnTexts() (own, intro string) {
	t, ok := glossaryTexts[d.lang]
	if !ok {
		t = glossaryTexts["en"]
	}
	return t.Own, t.Intro
}
