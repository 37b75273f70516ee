package report

import (
	"bytes"
	"encoding/base64"
	"fmt"
	"html"
	"strings"
	"unicode/utf8"

	"github.com/helhed/helhed/internal/assessment"
)

// HTML returns the full report of c as one self-contained HTML file for Word and LibreOffice:
// real headings (h1–h4) and tables, which survive opening the file or pasting from a browser
// into a document; styles inline in the head; charts as inline SVG beside the tables that carry
// their figures; no scripts and nothing fetched from elsewhere. The markup is also well-formed
// XML (XHTML), every text the group typed escaped.
func HTML(c *assessment.Case, opt Options) ([]byte, error) {
	doc, err := Export(c, opt)
	if err != nil {
		return nil, err
	}
	return doc.HTML(), nil
}

// htmlStyle is the export's style sheet: the PDF's colours, Word's common fonts.
const htmlStyle = `
body { font-family: Calibri, Carlito, Arial, Helvetica, sans-serif; font-size: 11pt; color: #212529; max-width: 46em; margin: 2em auto; padding: 0 1em; line-height: 1.35; }
h1 { font-size: 18pt; color: #154e63; margin: 1.6em 0 0.4em; }
h1.title { font-size: 22pt; color: #212529; margin-top: 0.2em; }
h2 { font-size: 15pt; color: #154e63; margin: 1.4em 0 0.3em; }
h3 { font-size: 12pt; color: #154e63; margin: 1.1em 0 0.3em; }
h4 { font-size: 10.5pt; color: #154e63; margin: 0.9em 0 0.2em; }
h3.warn, h4.warn { color: #a6261c; }
p { margin: 0.25em 0 0.45em; }
p.kind { color: #60676e; font-weight: bold; margin-bottom: 0; }
p.indent1 { margin-left: 2.2em; }
p.indent2 { margin-left: 4em; }
p.item { margin-left: 2.2em; text-indent: -2.2em; }
p.item.indent1 { margin-left: 4em; }
p.item.indent2 { margin-left: 5.8em; }
p.recommendation { background: #eaeff2; border-left: 4px solid #154e63; padding: 0.5em 0.8em; }
.note { color: #60676e; font-style: italic; }
.muted { color: #60676e; }
.warn { color: #a6261c; font-weight: bold; }
.big { font-size: 14pt; font-weight: bold; }
.label { display: inline-block; min-width: 2em; font-weight: bold; }
table { border-collapse: collapse; margin: 0.4em 0 0.9em; font-size: 9.5pt; }
table[width] { width: 100%; }
th, td { border: 1px solid #c4cad0; padding: 2px 4px; text-align: left; vertical-align: top; font-size: 9pt; }
th { background: #eaeff2; }
table.facts td { border: none; border-bottom: 1px solid #eaeff2; }
table.facts td.key { color: #60676e; font-weight: bold; width: 12em; }
tr.tint td { background: #fbeae6; }
p.chart { margin: 0.5em 0 1em; }

a { color: #184ea0; }
`

// HTML writes the document as an HTML file.
func (doc *Document) HTML() []byte {
	var b bytes.Buffer
	esc := html.EscapeString
	fmt.Fprintf(&b, "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"%s\" xml:lang=\"%s\">\n<head>\n", doc.Lang, doc.Lang)
	b.WriteString("<meta charset=\"utf-8\"/>\n<meta name=\"generator\" content=\"Helhed\"/>\n")
	fmt.Fprintf(&b, "<title>%s</title>\n<style>%s</style>\n</head>\n<body>\n", esc(doc.Title+" – "+doc.Kind), htmlStyle)
	for _, bl := range doc.Blocks {
		writeHTMLBlock(&b, bl)
	}
	b.WriteString("</body>\n</html>\n")
	return b.Bytes()
}

func writeHTMLBlock(b *bytes.Buffer, bl Block) {
	id := ""
	if bl.ID != "" {
		id = fmt.Sprintf(` id="%s"`, html.EscapeString(bl.ID))
	}
	switch bl.Kind {
	case Heading:
		level := min(max(bl.Level, 1), 4)
		class := ""
		switch {
		case bl.ID == "cover":
			class = ` class="title"`
		case bl.Tone == Warn:
			class = ` class="warn"`
		}
		fmt.Fprintf(b, "<h%d%s%s>", level, id, class)
		writeHTMLSpans(b, bl.Text)
		fmt.Fprintf(b, "</h%d>\n", level)
	case Para:
		classes := []string{}
		if bl.Level > 0 {
			classes = append(classes, fmt.Sprintf("indent%d", min(bl.Level, 2)))
		}
		if bl.ID == "recommendation" {
			classes = append(classes, "recommendation")
		}
		if bl.ID == "kind" {
			classes = append(classes, "kind")
		}
		fmt.Fprintf(b, "<p%s%s>", id, classAttr(classes))
		writeHTMLSpans(b, bl.Text)
		b.WriteString("</p>\n")
	case Item:
		classes := []string{"item"}
		if bl.Level > 0 {
			classes = append(classes, fmt.Sprintf("indent%d", min(bl.Level, 2)))
		}
		fmt.Fprintf(b, "<p%s%s>", id, classAttr(classes))
		if bl.Label != "" {
			fmt.Fprintf(b, `<span class="label%s">%s</span> `, toneClass(bl.Tone, " "), html.EscapeString(bl.Label))
		}
		writeHTMLSpans(b, bl.Text)
		b.WriteString("</p>\n")
	case TableBlock:
		writeHTMLTable(b, bl.Table)
	case ChartBlock:
		ch := bl.Chart
		// The SVG as an image inside the file (a data address): Word and LibreOffice show an
		// image where they would print an inline SVG's texts as a paragraph.
		fmt.Fprintf(b, `<p class="chart"><img src="data:image/svg+xml;base64,%s" width="%d" height="%d" alt="%s"/></p>`+"\n",
			base64.StdEncoding.EncodeToString([]byte(ch.SVG)), int(ch.Width*96/25.4+0.5), int(ch.Height*96/25.4+0.5), html.EscapeString(ch.Alt))
	}
}

func classAttr(classes []string) string {
	if len(classes) == 0 {
		return ""
	}
	return ` class="` + strings.Join(classes, " ") + `"`
}

// toneClass is the CSS class of a tone, with prefix before it, or "".
func toneClass(t Tone, prefix string) string {
	switch t {
	case Note:
		return prefix + "note"
	case Muted:
		return prefix + "muted"
	case Warn:
		return prefix + "warn"
	case Big:
		return prefix + "big"
	}
	return ""
}

// writeHTMLSpans writes spans separated by spaces, line breaks as <br/>, paragraphs of a text
// (a blank line) too.
func writeHTMLSpans(b *bytes.Buffer, spans []Span) {
	for i, s := range spans {
		if i > 0 {
			b.WriteByte(' ')
		}
		text := strings.ReplaceAll(html.EscapeString(s.Text), "\n", "<br/>")
		if s.Link != "" {
			text = fmt.Sprintf(`<a href="%s">%s</a>`, html.EscapeString(s.Link), text)
		}
		switch s.Tone {
		case Strong:
			fmt.Fprintf(b, "<strong>%s</strong>", text)
		case Note:
			fmt.Fprintf(b, `<em class="note">%s</em>`, text)
		case Warn, Big:
			fmt.Fprintf(b, `<strong class="%s">%s</strong>`, toneClass(s.Tone, ""), text)
		case Muted:
			fmt.Fprintf(b, `<span class="muted">%s</span>`, text)
		default:
			b.WriteString(text)
		}
	}
}

// writeHTMLTable writes a table: with column titles a data table, without a label–value list.
func writeHTMLTable(b *bytes.Buffer, t *Table) {
	if t == nil {
		return
	}
	facts := len(t.Head) == 0
	if facts {
		b.WriteString(`<table class="facts" cellpadding="4">` + "\n")
	} else {
		// As wide as the page: the office programs then wrap the cells rather than run a table
		// of many columns off the page.
		b.WriteString(`<table border="1" cellpadding="3" width="100%">` + "\n<thead><tr>")
		widths := columnShares(t)
		for i, h := range t.Head {
			fmt.Fprintf(b, `<th width="%d%%">%s</th>`, widths[i], html.EscapeString(h))
		}
		b.WriteString("</tr></thead>\n")
	}
	b.WriteString("<tbody>\n")
	for _, r := range t.Rows {
		if r.Tint {
			b.WriteString(`<tr class="tint">`)
		} else {
			b.WriteString("<tr>")
		}
		for i, c := range r.Cells {
			attrs := ""
			switch {
			case c.Fill != nil:
				fg := "#212529"
				if (c.Fill.r*299+c.Fill.g*587+c.Fill.b*114)/1000 < 140 {
					fg = "#ffffff"
				}
				attrs = fmt.Sprintf(` style="background-color: %s; color: %s; text-align: center;"`, hexOf(*c.Fill), fg)
			case r.Tint:
				attrs = ` style="background-color: #fbeae6;"`
			case facts && i == 0:
				attrs = ` class="key"`
			}
			fmt.Fprintf(b, "<td%s>", attrs)
			for j, l := range c.Lines {
				if j > 0 {
					b.WriteString("<br/>")
				}
				if facts && i == 0 {
					l.Tone = Plain // the key's look is the cell's
				}
				writeHTMLSpans(b, []Span{l})
			}
			b.WriteString("</td>")
		}
		b.WriteString("</tr>\n")
	}
	b.WriteString("</tbody>\n</table>\n")
}

// columnShares gives a table's columns their share of the page's width in per cent, by how much
// they hold: a column of long texts more than one of numbers, but each at least its longest
// word. The office programs' own sharing can run a table of many columns off the page.
func columnShares(t *Table) []int {
	n := len(t.Head)
	weights := make([]float64, n)
	for i := range weights {
		weights[i] = float64(longestWord(t.Head[i]))
	}
	for i := range n {
		total, rows := 0, 0
		for _, r := range t.Rows {
			if i >= len(r.Cells) {
				continue
			}
			for _, l := range r.Cells[i].Lines {
				total += utf8.RuneCountInString(l.Text)
				weights[i] = max(weights[i], float64(longestWord(l.Text)))
			}
			rows++
		}
		if rows > 0 {
			weights[i] = max(weights[i], min(float64(total)/float64(rows), 60))
		}
		weights[i] = max(weights[i], 2)
	}
	sum := 0.0
	for _, w := range weights {
		sum += w
	}
	out := make([]int, n)
	for i, w := range weights {
		out[i] = max(1, int(100*w/sum+0.5))
	}
	return out
}

// longestWord is the length in letters of the longest word of s.
func longestWord(s string) int {
	n := 0
	for _, w := range strings.Fields(s) {
		n = max(n, utf8.RuneCountInString(w))
	}
	return n
}
