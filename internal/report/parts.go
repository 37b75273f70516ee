package report

import (
	"fmt"

	"github.com/helhed/helhed/internal/framework"
)

// part is one section of a report: what it adds to the contents and bookmarks, and how it
// prints. A report is its list of parts, in order; a new section is a new entry in fullParts
// or shortParts.
type part struct {
	name string
	// entries are the sections the part marks (d.mark, or heading with a level), in order:
	// the contents page is laid out from them before the part is printed.
	entries func(d *doc) []entry
	render  func(d *doc)
}

// entry is a section as the contents and the bookmarks name it.
type entry struct {
	title string
	level int  // 0 a part, 1 a domain
	toc   bool // listed on the contents page (the cover and the contents are bookmarks only)
}

// fullParts are the parts of the full report.
//
// The structured instruments (workflow, economy, environment, inequality, competences, risks,
// involvement, evaluation) print inside their domain's section through domainBlocks
// (section_instruments.go); their headline figures are rows of keyFigures. A part of their own
// here, after "domains" (an overview of every instrument), is still free for a later issue.
func fullParts() []part {
	return []part{
		{"cover", one(func(t *texts) string { return t.Cover }, 0, false), (*doc).cover},
		{"contents", one(func(t *texts) string { return t.Contents }, 0, false), (*doc).contents},
		{"summary", one(func(t *texts) string { return t.Summary }, 0, true), (*doc).summary},
		{"case", one(func(t *texts) string { return t.AboutCase }, 0, true), (*doc).aboutCase},
		{"profile", one(func(t *texts) string { return t.Profile }, 0, true), (*doc).profile},
		{"domains", (*doc).domainEntries, (*doc).domains},
		{"unanswered", one(func(t *texts) string { return t.Unanswered }, 0, true), (*doc).unanswered},
		{"sources", one(func(t *texts) string { return t.SourceList }, 0, true), (*doc).sourceList},
		{"glossary", (*doc).glossaryEntries, (*doc).glossary},
	}
}

// shortParts are the parts of the short decision basis: no contents, every part marked with
// a bookmark only.
func shortParts() []part {
	return []part{{"short", func(d *doc) []entry {
		t := d.t
		var out []entry
		for _, title := range []string{t.Cover, t.Recommendation, t.Profile, t.Conclusions, t.KeyFigures, t.Unanswered} {
			out = append(out, entry{title, 0, false})
		}
		return out
	}, (*doc).shortReport}}
}

// one is the entries of a part with one section.
func one(title func(*texts) string, level int, toc bool) func(d *doc) []entry {
	return func(d *doc) []entry { return []entry{{title(d.t), level, toc}} }
}

// parts returns the parts of the report being written.
func (d *doc) parts() []part {
	if d.short {
		return shortParts()
	}
	return fullParts()
}

// entries lists every section the report will mark, in order.
func (d *doc) entries() []entry {
	var out []entry
	for _, p := range d.parts() {
		if p.entries != nil {
			out = append(out, p.entries(d)...)
		}
	}
	return out
}

// domainTitle is a domain's heading: "5. Arbejdsgange og arbejdsmiljø".
func (d *doc) domainTitle(dm *framework.Domain) string {
	return fmt.Sprintf("%d. %s", dm.Number, dm.Title.In(d.lang))
}

// domainEntries are the domains part and one entry per domain.
func (d *doc) domainEntries() []entry {
	out := []entry{{d.t.DomainsPart, 0, true}}
	for i := range d.fw.Domains {
		out = append(out, entry{d.domainTitle(&d.fw.Domains[i]), 1, true})
	}
	return out
}

// domains prints every domain, one after the other, from a new page.
func (d *doc) domains() {
	d.newPart(d.t.DomainsPart)
	for i := range d.fw.Domains {
		d.domainSection(&d.fw.Domains[i])
	}
}
