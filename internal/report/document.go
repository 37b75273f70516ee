package report

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"unicode"

	"github.com/helhed/helhed/internal/assessment"
)

// The exports (HTML for Word, Markdown) carry the full report's content without its pages: a
// Document is that content as a list of blocks, built once from the case (document_build.go)
// and written out by HTML and Markdown. Its words are the report's (texts.go), its figures
// come from the same helpers the PDF prints with, in the same order of sections.

// Document is the full report of a case as headings, paragraphs, items, tables and charts.
type Document struct {
	Lang   string // "da" or "en"
	Title  string // the case's title
	Kind   string // the kind of report, above the title
	Blocks []Block
}

// BlockKind is what a block is.
type BlockKind int

const (
	// Heading is a heading of Level 1 (a part), 2 (a domain), 3 or 4.
	Heading BlockKind = iota
	// Para is a paragraph; Level indents it (0, 1 or 2).
	Para
	// Item is one entry of a list: a question's number, a bullet, a condition's number as
	// Label, its text beside it; Level indents it.
	Item
	// TableBlock is a table; a table without column titles is a label–value list.
	TableBlock
	// ChartBlock is a chart: an SVG picture, and its figures as a table for Markdown.
	ChartBlock
)

// Tone is how a text reads: plain, in bold, as a note, muted or as a warning.
type Tone int

const (
	Plain Tone = iota
	Strong
	Note  // italic and muted: a remark of the report's, not the group's words
	Muted // a fact of the report's, in grey
	Warn  // a warning: knock-outs, disagreement, values left out
	Big   // the recommendation
)

// Span is a run of text in one tone; Link makes it a link to a web address or, starting with
// "#", to a block's ID.
type Span struct {
	Text string
	Tone Tone
	Link string
}

// Block is one heading, paragraph, item, table or chart.
type Block struct {
	Kind  BlockKind
	Level int
	ID    string // an anchor others link to
	Label string // an item's label
	Tone  Tone   // a heading's or label's tone
	Text  []Span // a heading's, paragraph's or item's text
	Table *Table
	Chart *Chart
}

// Table is a table: column titles (none for a label–value list) and rows of cells.
type Table struct {
	Head []string
	Rows []Row
}

// Row is a table row; Tint marks a row where members disagree.
type Row struct {
	Cells []Cell
	Tint  bool
}

// Cell is a table cell: its lines, each a span, and a background (a shaded table), or none.
type Cell struct {
	Lines []Span
	Fill  *rgb
}

// Chart is a picture as SVG markup (built here, every text in it escaped), a description of it
// and its figures as a table for formats without pictures.
type Chart struct {
	SVG    string
	Alt    string
	Data   *Table
	Width  float64 // in millimetres, as the PDF prints it
	Height float64
}

// Export builds the document of the full report of c in opt's language (opt.Short is not
// offered: the export is always the full report).
func Export(c *assessment.Case, opt Options) (doc *Document, err error) {
	if c == nil || c.Framework == nil {
		return nil, errors.New("export: the case has no framework")
	}
	lang := opt.Lang
	if lang == "" {
		lang = c.Info.Language
		if languages[lang] == nil {
			lang = "da"
		}
	}
	t := languages[lang]
	if t == nil {
		return nil, fmt.Errorf("export: no report language %q (have da, en)", opt.Lang)
	}
	defer func() {
		// The helpers shared with the PDF measure with gofpdf, which panics on some inputs.
		if r := recover(); r != nil {
			doc, err = nil, fmt.Errorf("export: %v", r)
		}
	}()
	b := newBuilder(c, lang, t)
	b.build()
	return b.out, nil
}

// exportText cleans a text the group typed for the exports: valid UTF-8, no control
// characters but tabs and line breaks (XML and Word refuse them), line breaks as \n, and no
// spaces at the ends. Unlike the PDF's clean it keeps every character a font may lack: the
// reader's program has fonts of its own.
func exportText(s string) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\n' || r == '\t':
			return r
		case r == '\r' || r == '\u2028' || r == '\u2029':
			return '\n'
		case unicode.IsControl(r), r == '\uFFFE', r == '\uFFFF', r >= 0xD800 && r <= 0xDFFF:
			return -1
		}
		return r
	}, s)
	return strings.TrimSpace(s)
}

// PlainText is the document's text, block by block, for tests and searching: headings,
// paragraphs, items with their labels, every cell of every table.
func (doc *Document) PlainText() string {
	var b strings.Builder
	spans := func(ss []Span) {
		for i, s := range ss {
			if i > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(s.Text)
		}
	}
	table := func(t *Table) {
		if t == nil {
			return
		}
		b.WriteString(strings.Join(t.Head, " | "))
		b.WriteByte('\n')
		for _, r := range t.Rows {
			for i, c := range r.Cells {
				if i > 0 {
					b.WriteString(" | ")
				}
				for j, l := range c.Lines {
					if j > 0 {
						b.WriteByte(' ')
					}
					b.WriteString(l.Text)
				}
			}
			b.WriteByte('\n')
		}
	}
	b.WriteString(doc.Kind + "\n" + doc.Title + "\n")
	for _, bl := range doc.Blocks {
		if bl.Label != "" {
			b.WriteString(bl.Label + " ")
		}
		spans(bl.Text)
		b.WriteByte('\n')
		table(bl.Table)
		if bl.Chart != nil {
			b.WriteString(bl.Chart.Alt + "\n")
		}
	}
	return b.String()
}

// The export formats, as the command line and the window name them.
const (
	FormatHTML     = "html"
	FormatMarkdown = "md"
)

// ExportAs returns the full report of c in format (FormatHTML or FormatMarkdown).
func ExportAs(c *assessment.Case, format string, opt Options) ([]byte, error) {
	switch format {
	case FormatHTML:
		return HTML(c, opt)
	case FormatMarkdown:
		return Markdown(c, opt)
	}
	return nil, fmt.Errorf("export: no format %q (have html, md)", format)
}

// FormatOf is the export format a file name's extension asks for, or "".
func FormatOf(path string) string {
	switch strings.ToLower(filepath.Ext(path)) {
	case ".html", ".htm", ".xhtml":
		return FormatHTML
	case ".md", ".markdown":
		return FormatMarkdown
	}
	return ""
}
