package report

import (
	"fmt"
	"strings"

	"github.com/helhed/helhed/internal/assessment"
)

// builder builds a Document section by section, in the order of the PDF's parts (parts.go).
// It asks the report's own helpers for every text and figure: d is a report document that
// never gets a page, used for its texts, its case and its measures.
type builder struct {
	d    *doc
	x    *exportTexts
	out  *Document
	ids  map[string]string // a contents entry's title → its heading's ID
	used map[string]bool   // the IDs given
}

func newBuilder(c *assessment.Case, lang string, t *texts) *builder {
	d := newDoc(c, lang, t)
	b := &builder{d: d, x: exportLanguages[lang], ids: map[string]string{}, used: map[string]bool{}}
	b.out = &Document{Lang: lang, Title: exportText(c.Info.Title), Kind: t.Kind}
	for i, e := range d.entries() {
		if _, dup := b.ids[e.title]; !dup {
			b.ids[e.title] = fmt.Sprintf("sec%d", i+1)
		}
	}
	return b
}

// build adds every part of the full report, as fullParts orders them.
func (b *builder) build() {
	for _, p := range fullParts() {
		switch p.name {
		case "cover":
			b.cover()
		case "contents":
			b.contents()
		case "summary":
			b.summary()
		case "case":
			b.aboutCase()
		case "profile":
			b.profile()
		case "domains":
			b.domains()
		case "unanswered":
			b.unanswered()
		case "sources":
			b.sources()
		case "glossary":
			b.glossary()
		default:
			// A part added to the PDF and not here: the export says so rather than leave it out
			// silently (TestExportHasEveryPart fails on it).
			b.para(Warn, "["+p.name+"]")
		}
	}
}

// Adding blocks.

func (b *builder) add(bl Block) { b.out.Blocks = append(b.out.Blocks, bl) }

// heading adds a heading; a contents entry's heading gets the entry's ID.
func (b *builder) heading(level int, text string) {
	b.headingID(level, text, b.ids[text], Plain)
}

func (b *builder) headingID(level int, text, id string, tone Tone) {
	if b.used[id] {
		id = "" // a title met again (an instrument's figures in two domains): one anchor
	}
	b.used[id] = true
	b.add(Block{Kind: Heading, Level: level, ID: id, Tone: tone, Text: []Span{{Text: exportText(text)}}})
}

// para adds a paragraph of one tone; an empty text adds nothing.
func (b *builder) para(tone Tone, text string) { b.paraAt(0, tone, text) }

func (b *builder) paraAt(indent int, tone Tone, text string) {
	if text = exportText(text); text != "" {
		b.add(Block{Kind: Para, Level: indent, Text: []Span{{Text: text, Tone: tone}}})
	}
}

// item adds a list entry: label beside text.
func (b *builder) item(indent int, label string, labelTone Tone, text ...Span) {
	b.add(Block{Kind: Item, Level: indent, Label: exportText(label), Tone: labelTone, Text: cleanSpans(text)})
}

// runIn adds a paragraph that starts with a heading in bold: "Knock-outs: none".
func (b *builder) runIn(headTone Tone, heading string, text ...Span) {
	spans := append([]Span{{Text: heading + ":", Tone: headTone}}, text...)
	b.add(Block{Kind: Para, Text: cleanSpans(spans)})
}

func cleanSpans(ss []Span) []Span {
	out := make([]Span, 0, len(ss))
	for _, s := range ss {
		if s.Text = exportText(s.Text); s.Text != "" {
			out = append(out, s)
		}
	}
	return out
}

// toneOf is the tone of a report style.
func toneOf(st style) Tone {
	switch {
	case st.color == warn:
		return Warn
	case st.font == italic:
		return Note
	case st.color == muted:
		return Muted
	case st.font == bold:
		return Strong
	}
	return Plain
}

// cellOf is a report's table cell: its text, then its further texts each on a line.
func cellOf(c cell) Cell {
	var out Cell
	if s := exportText(c.text); s != "" {
		out.Lines = append(out.Lines, Span{Text: s, Tone: toneOf(c.st)})
	}
	for _, sp := range c.more {
		if s := exportText(sp.text); s != "" {
			out.Lines = append(out.Lines, Span{Text: s, Tone: toneOf(sp.st)})
		}
	}
	return out
}

// tableOf is a report's table: head the column titles, nil for a label–value list.
func tableOf(head []string, rows [][]cell) *Table {
	t := &Table{}
	for _, h := range head {
		t.Head = append(t.Head, exportText(h))
	}
	for _, r := range rows {
		var row Row
		for _, c := range r {
			row.Cells = append(row.Cells, cellOf(c))
		}
		t.Rows = append(t.Rows, row)
	}
	return t
}

// facts adds a label–value list from the report's labelled rows (label, gutter, value).
func (b *builder) facts(rows [][]cell) {
	var two [][]cell
	for _, r := range rows {
		two = append(two, []cell{r[0], r[len(r)-1]})
	}
	b.add(Block{Kind: TableBlock, Table: tableOf(nil, two)})
}

// table adds a table with column titles.
func (b *builder) table(head []string, rows [][]cell) *Table {
	t := tableOf(head, rows)
	b.add(Block{Kind: TableBlock, Table: t})
	return t
}

func titles(cols []column) []string {
	out := make([]string, len(cols))
	for i, c := range cols {
		out[i] = c.title
	}
	return out
}

// The parts.

// cover is the kind of report, the title, the facts of the decision and the members.
func (b *builder) cover() {
	d, t := b.d, b.d.t
	b.add(Block{Kind: Para, ID: "kind", Text: []Span{{Text: t.Kind, Tone: Muted}}})
	b.headingID(1, d.c.Info.Title, "cover", Plain)
	info := d.c.Info
	b.facts([][]cell{
		d.row(t.Technology, info.Technology),
		d.row(t.Setting, info.Setting),
		d.row(t.Decision, info.Decision),
		d.row(t.Deadline, t.isoDate(info.Deadline)),
		d.row(t.Group, info.GroupName),
		d.row(t.Framework, d.frameworkName()),
		d.row(t.Date, t.date(d.c.LastChanged())),
	})
	b.heading(3, t.Members)
	members := d.c.LiveMembers()
	if len(members) == 0 {
		b.para(Note, t.NoMembers)
		return
	}
	var rows [][]cell
	for _, m := range members {
		rows = append(rows, []cell{{text: m.Name, st: small}, {text: m.Profession, st: small}, {text: m.Role, st: small}})
	}
	b.table([]string{t.Name, t.Profession, t.Role}, rows)
}

// contents lists every part and domain, each a link to its heading.
func (b *builder) contents() {
	b.heading(1, b.d.t.Contents)
	for _, e := range b.d.entries() {
		if !e.toc {
			continue
		}
		b.item(e.level, "", Plain, Span{Text: e.title, Link: "#" + b.ids[e.title]})
	}
}

// readOn links a first sentence to the place where the text stands in full.
func (b *builder) readOn(id string) Span {
	return Span{Text: "… (" + b.x.ReadOn + ")", Link: "#" + id}
}

// slug keeps the letters, digits and dashes of an ID (a framework's IDs are such already).
func slug(s string) string {
	return strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '-' {
			return r
		}
		return '-'
	}, s)
}

// recommendation is the group's recommendation under "The group recommends".
func (b *builder) recommendation() {
	d, t := b.d, b.d.t
	s := d.c.Synthesis
	label, tone := t.NoRecommendation, Note
	if s.Recommendation != "" {
		label, tone = s.Recommendation, Big
		if r, ok := d.fw.Recommendation(s.Recommendation); ok {
			label = r.Label.In(d.lang)
		}
	}
	b.add(Block{Kind: Para, ID: "recommendation", Text: cleanSpans([]Span{{Text: t.Recommended + ":", Tone: Muted}, {Text: label, Tone: tone}})})
}

// link adds a source's web address, a link where it is one.
func (b *builder) link(indent int, url string) {
	url = exportText(url)
	if url == "" {
		return
	}
	sp := Span{Text: url}
	if webAddress(url) {
		sp.Link = url
	}
	b.add(Block{Kind: Para, Level: indent, Text: []Span{sp}})
}

// webAddress reports whether s is one http(s) address and nothing else.
func webAddress(s string) bool {
	return (strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://")) &&
		!strings.ContainsAny(s, " \t\n\"'<>`")
}
