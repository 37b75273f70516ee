package report

import (
	"bytes"
	"compress/zlib"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/chart"
	"github.com/helhed/helhed/internal/framework"
	"github.com/helhed/helhed/resources"
)

// fixedStrings collects every fixed text the report can print: the texts of both languages
// (with every month in a date), the labels of the case model's closed lists, the string
// literals of this package's and the chart's source (symbols such as ▲ • · − live there), the
// chart's texts for the example, and the texts of the shipped framework.
func fixedStrings(t *testing.T) map[string]string {
	t.Helper()
	out := map[string]string{}
	for lang, tx := range languages {
		v := reflect.ValueOf(*tx)
		for i := 0; i < v.NumField(); i++ {
			if f := v.Field(i); f.Kind() == reflect.String {
				out[lang+" texts."+v.Type().Field(i).Name] = f.String()
			}
		}
		for m := time.January; m <= time.December; m++ {
			out[lang+" date "+m.String()] = tx.date(time.Date(2026, m, 28, 12, 0, 0, 0, time.UTC))
		}
		out[lang+" numbers"] = tx.decimal(-1234567.89, 2) + " " + tx.percent(2, 3)
		for _, list := range [][]assessment.Choice{assessment.Categories, assessment.SourceKinds,
			assessment.StudyDesigns, assessment.Certainties, assessment.Complexities, assessment.Languages} {
			for _, c := range list {
				out[lang+" choice "+c.ID] = c.Label.In(lang)
			}
		}
		for v := assessment.MinConsequence; v <= assessment.MaxConsequence; v++ {
			out[lang+" consequence "+signed(v)] = consequence(v, assessment.ConsequenceLabel(v, lang))
		}
		ch := chart.Profile(exampleCase(t), chart.Options{Lang: lang, Width: contentW})
		for i, tx := range ch.Texts {
			out[lang+" chart text "+strconv.Itoa(i)] = tx.Text
		}
	}
	for _, dir := range []string{".", "../chart"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*.go"))
		for _, path := range files {
			if strings.HasSuffix(path, "_test.go") {
				continue
			}
			f, err := parser.ParseFile(token.NewFileSet(), path, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			ast.Inspect(f, func(n ast.Node) bool {
				if lit, ok := n.(*ast.BasicLit); ok && lit.Kind == token.STRING {
					if s, err := strconv.Unquote(lit.Value); err == nil {
						out[path+" literal "+lit.Value] = s
					}
				}
				return true
			})
		}
	}
	data, err := resources.Framework("mtv2")
	if err != nil {
		t.Fatal(err)
	}
	fw, err := framework.Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	addText := func(key string, tx framework.Text) {
		for lang, s := range tx {
			out["framework "+key+" "+lang] = s
		}
	}
	addText("name", fw.Name)
	for _, r := range fw.Recommendations {
		addText("recommendation "+r.ID, r.Label)
	}
	for _, k := range fw.KnockOuts {
		addText("knock-out "+k.ID, k.Label)
	}
	for _, d := range fw.Domains {
		addText("domain "+d.ID, d.Title)
		addText("purpose "+d.ID, d.Purpose)
		for _, q := range d.Questions {
			addText("question "+q.ID, q.Text)
		}
	}
	for _, g := range fw.Glossary {
		addText("term "+g.ID, g.Term)
		addText("definition "+g.ID, g.Definition)
	}
	return out
}

// TestFixedStringsCovered: every fixed text the report prints, in both languages, has a glyph
// in the embedded fonts for every character (a missing glyph prints an empty box, and
// pdftotext would not notice).
func TestFixedStringsCovered(t *testing.T) {
	cov := fontCoverage()
	strs := fixedStrings(t)
	if len(strs) < 500 {
		t.Fatalf("only %d fixed strings found", len(strs))
	}
	for key, s := range strs {
		for _, r := range s {
			if r < 0x20 { // line breaks and tabs in literals; never printed as such
				continue
			}
			if !cov.has(r) {
				t.Errorf("%s: %q has %U (%c), which the report's fonts cannot print", key, s, r, r)
			}
		}
	}
}

// TestEntriesMatchMarks: the contents are laid out from the parts' entries before the parts
// are printed; the sections the parts then mark must be exactly those, or the contents' page
// numbers would belong to other lines.
func TestEntriesMatchMarks(t *testing.T) {
	cases := map[string]*assessment.Case{"small": smallCase(), "empty": emptyCase(), "example": exampleCase(t),
		"long": longCase(3, 2, 50)}
	for name, c := range cases {
		for _, short := range []bool{false, true} {
			for _, lang := range []string{"da", "en"} {
				doc := newDoc(c, lang, languages[lang])
				doc.short = short
				d := doc.firstPass()
				d.render()
				if err := d.pdf.Error(); err != nil {
					t.Fatal(err)
				}
				want := d.entries()
				if len(d.marks) != len(want) {
					t.Errorf("%s short=%v %s: %d marks, %d entries", name, short, lang, len(d.marks), len(want))
					continue
				}
				for i, m := range d.marks {
					if m.title != cleanLine(want[i].title) || m.level != want[i].level {
						t.Errorf("%s short=%v %s: mark %d is %q/%d, entry %q/%d", name, short, lang, i, m.title, m.level, want[i].title, want[i].level)
					}
				}
			}
		}
	}
}

// TestPassesAgree: the printing pass breaks pages where the first pass did, so the page
// numbers it prints are right; and it replays the first pass's wrapped lines to the end.
func TestPassesAgree(t *testing.T) {
	for _, short := range []bool{false, true} {
		second := newDoc(exampleCase(t), "da", &danish)
		second.short = short
		first := second.firstPass()
		first.render()
		second.prev = first.layout()
		second.render()
		if !second.layout().equal(first.layout()) {
			t.Errorf("short=%v: the passes differ: %d and %d pages", short, first.pdf.PageNo(), second.pdf.PageNo())
		}
		if tp := second.tape; tp.off || tp.next != len(tp.entries) {
			t.Errorf("short=%v: the tape was left at %d of %d entries (off: %v)", short, tp.next, len(tp.entries), tp.off)
		}
	}
}

func TestNumbers(t *testing.T) {
	for _, tc := range []struct{ got, want string }{
		{danish.integer(1250), "1.250"},
		{english.integer(1250), "1,250"},
		{danish.integer(1234567), "1.234.567"},
		{danish.integer(999), "999"},
		{danish.integer(-47000), "−47.000"},
		{danish.decimal(0.5, 1), "0,5"},
		{english.decimal(0.5, 1), "0.5"},
		{danish.decimal(1234.56, 2), "1.234,56"},
		{english.decimal(-1234.56, 1), "−1,234.6"},
		{danish.decimal(-0.01, 1), "0,0"},
		{danish.percent(105, 110), "95,5 %"},
		{english.percent(105, 110), "95.5%"},
		{danish.percent(0, 0), "100,0 %"},
	} {
		if tc.got != tc.want {
			t.Errorf("got %q, want %q", tc.got, tc.want)
		}
	}
}

// TestStreamsCompressed: every page's content is compressed (by deflateStreams, gofpdf's own
// compression being off), the cross-reference table points at every object, and the content
// decompresses.
func TestStreamsCompressed(t *testing.T) {
	pdf := render(t, smallCase(), "da")
	if regexp.MustCompile(`<</Length \d+>>\nstream\n`).Match(pdf) {
		t.Error("a page's content is left uncompressed")
	}
	offsets, xref, err := xrefOffsets(pdf)
	if err != nil {
		t.Fatal(err)
	}
	for num := 1; num < len(offsets); num++ {
		if want := strconv.Itoa(num) + " 0 obj\n"; !bytes.HasPrefix(pdf[offsets[num]:], []byte(want)) {
			t.Errorf("object %d: the table points at %q", num, pdf[offsets[num]:min(offsets[num]+12, len(pdf))])
		}
	}
	if !bytes.HasPrefix(pdf[xref:], []byte("xref\n")) {
		t.Error("startxref does not point at the table")
	}
	// The first page's content stream decompresses to drawing operators.
	i := bytes.Index(pdf, []byte("/Filter /FlateDecode /Length "))
	rest := pdf[i+len("/Filter /FlateDecode /Length "):]
	end := bytes.IndexByte(rest, '>')
	n, _ := strconv.Atoi(string(rest[:end]))
	data := rest[end+len(">>\nstream\n"):][:n]
	zr, err := zlib.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	content, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(content, []byte(" Tj")) && !bytes.Contains(content, []byte(" re ")) {
		t.Errorf("the decompressed page content has no drawing: %.200q", content)
	}
	// Input that is not gofpdf's shape is refused, not mangled.
	for _, bad := range [][]byte{nil, []byte("%PDF-1.3\n"), []byte("startxref\n99999\n%%EOF\n"), pdf[:len(pdf)/2]} {
		if _, err := deflateStreams(bad); err == nil {
			t.Errorf("deflateStreams(%d bytes of junk): want an error", len(bad))
		}
	}
}

// TestDomainBlocksHook: a block added to domainBlocks (as the structured instruments will be)
// prints inside its domain's section, after the ratings and before the questions, and the
// contents and page numbers still agree.
func TestDomainBlocksHook(t *testing.T) {
	saved := domainBlocks
	defer func() { domainBlocks = saved }()
	domainBlocks = append(domainBlocks[:len(domainBlocks):len(domainBlocks)], func(d *doc, dm *framework.Domain) {
		if dm.ID == "economy" {
			d.heading(h3, "Budgetpåvirkning", 3, 2*body.lineH, -1)
			d.para(body, 0, "Instrumentets tabel står her.")
		}
	})
	text := flat(pdftotext(t, render(t, smallCase(), "da"), "-layout"))
	k := strings.Index(text, "6.1 Hvad er udgifterne")
	i, j := strings.LastIndex(text[:max(k, 0)], "6. Økonomi"), strings.Index(text, "Instrumentets tabel står her.")
	if k < 0 || i < 0 || j < i || k < j {
		t.Errorf("the block is not between the economy heading (%d) and its questions (%d): %d", i, k, j)
	}
}
