package report

import (
	"fmt"
	"sort"
	"strings"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
)

// Source groups: independent evidence, the supplier's own material, and kinds the app does not
// know (from a newer version, or none chosen).
const (
	groupIndependent = iota
	groupSupplier
	groupOther
)

// sourceGroup tells which group a source kind belongs to.
func sourceGroup(kind string) int {
	switch kind {
	case "supplier":
		return groupSupplier
	case "study", "guideline", "local-data", "interview-observation":
		return groupIndependent
	}
	return groupOther
}

// listedSource is one source of the list: the same reference cited at several questions is
// listed once, with every question.
type listedSource struct {
	s     assessment.Source
	cited []string // question numbers, "6.1"
}

// listedSources are the case's sources, each once with the questions citing it, in the order
// of the questions (the exports list them too).
func (d *doc) listedSources() []*listedSource {
	type key struct{ citation, link, kind, design, appraisal string }
	var list []*listedSource
	index := map[key]*listedSource{}
	for i := range d.fw.Domains {
		dm := &d.fw.Domains[i]
		for qi, q := range dm.Questions {
			num := fmt.Sprintf("%d.%d", dm.Number, qi+1)
			for _, s := range d.c.SourcesFor(q.ID) {
				k := key{strings.TrimSpace(s.Citation), strings.TrimSpace(s.Link), s.Kind, s.StudyDesign, strings.TrimSpace(s.Appraisal)}
				ls := index[k]
				if ls == nil {
					ls = &listedSource{s: s}
					index[k] = ls
					list = append(list, ls)
				}
				if n := len(ls.cited); n == 0 || ls.cited[n-1] != num {
					ls.cited = append(ls.cited, num)
				}
			}
		}
	}
	return list
}

// sourceList prints every source once, grouped: independent evidence by kind, then supplier
// material, then the rest.
func (d *doc) sourceList() {
	d.newPart(d.t.SourceList)
	list := d.listedSources()
	if len(list) == 0 {
		d.para(note, 0, d.t.NoSources)
		return
	}

	groups := [3][]*listedSource{}
	for _, ls := range list {
		g := sourceGroup(ls.s.Kind)
		groups[g] = append(groups[g], ls)
	}
	titles := [3]string{d.t.Independent, d.t.Supplier, d.t.OtherSources}
	notes := [3]string{d.t.IndependentOf, d.t.SupplierNote, ""}
	for g, items := range groups {
		if len(items) == 0 {
			continue
		}
		headSt := h3
		if g == groupSupplier {
			headSt.color = warn
		}
		d.heading(headSt, titles[g], 6, 4*small.lineH, -1)
		if notes[g] != "" {
			d.para(smallNote, 0, notes[g])
		}
		if g != groupIndependent {
			d.sourceItems(items)
			continue
		}
		for _, kind := range assessment.SourceKinds {
			var ofKind []*listedSource
			for _, ls := range items {
				if ls.s.Kind == kind.ID {
					ofKind = append(ofKind, ls)
				}
			}
			if len(ofKind) == 0 {
				continue
			}
			d.heading(style{bold, 10, 5, ink}, kind.Label.In(d.lang), 3, 3*small.lineH, -1)
			d.sourceItems(ofKind)
		}
	}
}

// sourceItems prints sources as a list: citation, what kind of source it is and how far it can
// be trusted, the link, and where it is cited.
func (d *doc) sourceItems(items []*listedSource) {
	x := marginL
	inner := x + bulletW
	w := pageW - marginR - inner
	for _, ls := range items {
		s := ls.s
		var about []string
		if sourceGroup(s.Kind) == groupOther && s.Kind != "" {
			about = append(about, assessment.Label(assessment.SourceKinds, s.Kind, d.lang))
		}
		if s.StudyDesign != "" {
			about = append(about, assessment.Label(assessment.StudyDesigns, s.StudyDesign, d.lang))
		}
		if strings.TrimSpace(s.Appraisal) != "" {
			about = append(about, d.t.Appraisal+": "+s.Appraisal)
		}
		cited := fmt.Sprintf(d.t.CitedAt, strings.Join(ls.cited, ", "))
		link := strings.TrimSpace(s.Link)
		// Keep a source on one page where it fits on one.
		d.use(small)
		n := len(d.split(s.Citation, w)) + len(d.split(link, w))
		d.use(smallNote)
		aboutLines := d.split(strings.Join(about, " · "), w)
		d.use(smallMuted)
		citedLines := d.split(cited, w)
		n += len(aboutLines) + len(citedLines)
		d.ensure(min(float64(n)*small.lineH, bodyBottom-bodyTop))
		d.hanging(small, small, x, bulletW, "•", s.Citation, 0)
		d.lines(smallNote, inner, w, aboutLines)
		if link != "" {
			d.link(smallLink, inner, w, link)
		}
		d.lines(smallMuted, inner, w, citedLines)
		d.gap(1.8)
	}
}

// usedTerms are the glossary terms the framework's questions refer to, sorted by the term in
// the report's language.
func (d *doc) usedTerms() []*framework.Term {
	used := map[string]bool{}
	for _, dm := range d.fw.Domains {
		for _, q := range dm.Questions {
			for _, id := range q.Terms {
				used[id] = true
			}
		}
	}
	var out []*framework.Term
	for i := range d.fw.Glossary {
		if used[d.fw.Glossary[i].ID] {
			out = append(out, &d.fw.Glossary[i])
		}
	}
	tag := language.Danish
	if d.lang == "en" {
		tag = language.English
	}
	col := collate.New(tag, collate.IgnoreCase)
	sort.SliceStable(out, func(i, j int) bool {
		return col.CompareString(out[i].Term.In(d.lang), out[j].Term.In(d.lang)) < 0
	})
	return out
}

// glossaryEntries is the glossary's entry, when the framework's questions use any term or the
// group has terms of its own.
func (d *doc) glossaryEntries() []entry {
	if len(d.glossaryRows()) == 0 {
		return nil
	}
	return []entry{{d.t.Glossary, 0, true}}
}

// glossary prints the terms the questions use and the group's own terms with their definitions
// (section_glossary.go).
func (d *doc) glossary() {
	terms := d.glossaryRows()
	if len(terms) == 0 {
		return
	}
	d.newPart(d.t.Glossary)
	own, intro := d.glossaryOwnTexts()
	if len(d.c.LiveTerms()) == 0 {
		intro = d.t.GlossaryIntro
	}
	d.para(smallNote, 0, intro)
	g := grid{cols: []column{{"", 42}, {"", 4}, {"", contentW - 46}}, rules: true, padY: 1.6}
	rows := make([][]cell, len(terms))
	for i, t := range terms {
		name := cell{text: t.term, st: smallBold}
		if t.own {
			name.more = []span{{text: own, st: smallNote}}
		}
		rows[i] = []cell{name, {st: small}, {text: t.definition, st: small}}
	}
	d.table(g, rows)
}
