package report

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"

	"github.com/helhed/helhed/internal/assessment"
)

// Markdown returns the full report of c as Markdown (CommonMark with pipe tables, as GitHub and
// pandoc read it): headings, paragraphs, pipe tables, and each chart as the table of its
// figures. Every text the group typed is escaped, so it reads as written and never as markup.
func Markdown(c *assessment.Case, opt Options) ([]byte, error) {
	doc, err := Export(c, opt)
	if err != nil {
		return nil, err
	}
	return doc.Markdown(), nil
}

// Markdown writes the document as Markdown.
func (doc *Document) Markdown() []byte {
	var b bytes.Buffer
	for i, bl := range doc.Blocks {
		writeMDBlock(&b, bl)
		// A list's items follow each other without a blank line (a tight list), and a blank
		// line ends the list.
		next := i+1 < len(doc.Blocks) && mdListItem(doc.Blocks[i+1])
		if mdListItem(bl) && !next {
			b.WriteString("\n")
		}
	}
	return b.Bytes()
}

// mdListItem reports whether bl is written as an item of a Markdown list.
func mdListItem(bl Block) bool { return bl.Kind == Item && (bl.Label == "" || bl.Label == "•") }

func writeMDBlock(b *bytes.Buffer, bl Block) {
	switch bl.Kind {
	case Heading:
		level := min(max(bl.Level, 1), 4)
		fmt.Fprintf(b, "%s %s\n\n", strings.Repeat("#", level), oneLine(mdSpansIn(bl.Text, false, mdInline.Replace)))
	case Para:
		b.WriteString(mdBlockText(mdSpans(bl.Text, true)))
		b.WriteString("\n\n")
	case Item:
		text := mdSpans(bl.Text, true)
		switch bl.Label {
		case "":
			if bl.Level > 0 {
				b.WriteString("  ")
			}
			b.WriteString("- " + indentRest(mdBlockText(text), "  ") + "\n")
		case "•":
			b.WriteString("- " + indentRest(mdBlockText(text), "  ") + "\n")
		default:
			label := mdInline.Replace(bl.Label) // bold: never the start of a list
			if bl.Tone == Warn || bl.Tone == Strong {
				label = "**" + label + "**"
			}
			b.WriteString(label + " " + mdBlockText(text) + "\n\n")
		}
	case TableBlock:
		writeMDTable(b, bl.Table)
	case ChartBlock:
		writeMDTable(b, bl.Chart.Data)
	}
}

// mdSpans is spans as inline Markdown, escaped; multiline keeps their line breaks as "\n".
func mdSpans(spans []Span, multiline bool) string {
	return mdEscapeLineStarts(mdSpansIn(spans, multiline, mdInline.Replace))
}

// mdSpansIn is mdSpans with the given escape: a table's cell needs no escape at the start of
// its lines.
func mdSpansIn(spans []Span, multiline bool, escape func(string) string) string {
	var parts []string
	for _, s := range spans {
		text := escape(s.Text)
		if !multiline {
			text = oneLine(text)
		}
		// Emphasis markers must touch the text: around each line of it.
		wrap := func(mark string) {
			lines := strings.Split(text, "\n")
			for i, l := range lines {
				if t := strings.TrimSpace(l); t != "" {
					lines[i] = mark + t + mark
				}
			}
			text = strings.Join(lines, "\n")
		}
		switch s.Tone {
		case Strong, Warn, Big:
			wrap("**")
		case Note:
			wrap("*")
		}
		if s.Link != "" && !strings.HasPrefix(s.Link, "#") {
			text = "<" + strings.NewReplacer("<", "%3C", ">", "%3E", " ", "%20").Replace(s.Link) + ">"
		}
		parts = append(parts, text)
	}
	return strings.Join(parts, " ")
}

// mdBlankLine separates a text's paragraphs.
var mdBlankLine = regexp.MustCompile(`\n\s*\n`)

// mdBlockText keeps a text's paragraphs (blank lines) and its line breaks (a backslash at the end
// of the line, CommonMark's hard break).
func mdBlockText(s string) string {
	paras := mdBlankLine.Split(s, -1)
	for i, p := range paras {
		lines := strings.Split(p, "\n")
		for j := range lines {
			lines[j] = strings.TrimSpace(lines[j])
		}
		paras[i] = strings.Join(lines, "\\\n")
	}
	return strings.Join(paras, "\n\n")
}

func indentRest(s, indent string) string { return strings.ReplaceAll(s, "\n", "\n"+indent) }

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// mdInline escapes the characters that start inline markup.
var mdInline = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`, `<`, `\<`, `>`, `\>`,
	`|`, `\|`, `~`, `\~`, `&`, `\&`, `$`, `\$`,
)

// mdLineStart matches what makes a line a heading, list, quote, rule or table row.
var mdLineStart = regexp.MustCompile(`(?m)^(\s*)([#+\-=>]|\d+[.)])`)

// mdEscapeLineStarts escapes what would make a line of s a heading, list, quote or rule.
func mdEscapeLineStarts(s string) string {
	return mdLineStart.ReplaceAllStringFunc(s, func(m string) string {
		sp := m[:len(m)-len(strings.TrimLeft(m, " \t"))]
		rest := m[len(sp):]
		if n := len(rest); rest[n-1] == '.' || rest[n-1] == ')' {
			return sp + rest[:n-1] + `\` + rest[n-1:]
		}
		return sp + `\` + rest
	})
}

// writeMDTable writes a pipe table; a label–value list gets empty column titles. A cell's lines
// are joined by <br>, which the Markdown readers that know pipe tables show as line breaks.
func writeMDTable(b *bytes.Buffer, t *Table) {
	if t == nil || len(t.Rows) == 0 && len(t.Head) == 0 {
		return
	}
	cols := len(t.Head)
	for _, r := range t.Rows {
		cols = max(cols, len(r.Cells))
	}
	if cols == 0 {
		return
	}
	row := func(cells []string) {
		for len(cells) < cols {
			cells = append(cells, "")
		}
		b.WriteString("| " + strings.Join(cells, " | ") + " |\n")
	}
	head := make([]string, cols)
	for i, h := range t.Head {
		head[i] = mdCell([]Span{{Text: h}})
	}
	row(head)
	rule := make([]string, cols)
	for i := range rule {
		rule[i] = "---"
	}
	row(rule)
	for _, r := range t.Rows {
		var cells []string
		for i, c := range r.Cells {
			lines := c.Lines
			if len(t.Head) == 0 && i == 0 { // a label–value list: the label in bold
				lines = append([]Span(nil), lines...)
				for k := range lines {
					lines[k].Tone = Strong
				}
			}
			cells = append(cells, mdCell(lines))
		}
		row(cells)
	}
	b.WriteString("\n")
}

// mdCell is a cell's lines as one line of a pipe table.
func mdCell(lines []Span) string {
	var out []string
	for _, l := range lines {
		s := mdSpansIn([]Span{l}, true, mdInline.Replace)
		s = strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == '\n' }), "<br>")
		out = append(out, strings.TrimSpace(s))
	}
	return strings.Join(out, "<br>")
}
