package report

import (
	"archive/zip"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"unicode"

	"github.com/helhed/helhed/internal/assessment"
)

// The example's exports, made once for the tests that read them.
var (
	exportOnce sync.Once
	exportDocs map[string]*Document
	exportErr  error
)

func exampleExport(t *testing.T, lang string) *Document {
	t.Helper()
	exportOnce.Do(func() {
		exportDocs = map[string]*Document{}
		for _, l := range []string{"da", "en"} {
			d, err := Export(exampleCase(t), Options{Lang: l})
			if err != nil {
				exportErr = err
				return
			}
			exportDocs[l] = d
		}
	})
	if exportErr != nil {
		t.Fatal(exportErr)
	}
	return exportDocs[lang]
}

// element is an element of a parsed HTML file: its name, attributes and text.
type element struct {
	name  string
	attrs map[string]string
	text  string
}

// parseXHTML parses an export as XML, strictly, and returns its elements in order.
func parseXHTML(t *testing.T, data []byte) []*element {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(string(data)))
	dec.Strict = true
	var all, open []*element
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatalf("the HTML is not well-formed: %v", err)
		}
		switch tk := tok.(type) {
		case xml.StartElement:
			e := &element{name: tk.Name.Local, attrs: map[string]string{}}
			for _, a := range tk.Attr {
				e.attrs[a.Name.Local] = a.Value
			}
			all, open = append(all, e), append(open, e)
		case xml.EndElement:
			open = open[:len(open)-1]
		case xml.CharData:
			for _, e := range open {
				e.text += string(tk)
			}
		}
	}
	if len(open) != 0 {
		t.Fatalf("%d elements not closed", len(open))
	}
	return all
}

func TestExportHTMLIsWellFormedAndSelfContained(t *testing.T) {
	for _, lang := range []string{"da", "en"} {
		els := parseXHTML(t, exampleExport(t, lang).HTML())
		tx := languages[lang]
		ids := map[string]bool{}
		var h1, h2 []string
		tables, heads := 0, 0
		sources := map[string]bool{}
		for _, s := range exampleCase(t).Sources {
			sources[strings.TrimSpace(s.Link)] = true
		}
		for _, e := range els {
			if id := e.attrs["id"]; id != "" {
				if ids[id] {
					t.Errorf("%s: id %q twice", lang, id)
				}
				ids[id] = true
			}
			switch e.name {
			case "script", "link", "iframe", "object", "embed", "base", "frame":
				t.Errorf("%s: a <%s> element: the export must carry nothing else", lang, e.name)
			case "h1":
				h1 = append(h1, flat(e.text))
			case "h2":
				h2 = append(h2, flat(e.text))
			case "table":
				tables++
			case "th":
				heads++
			}
			if src, ok := e.attrs["src"]; ok && !strings.HasPrefix(src, "data:image/svg+xml;base64,") {
				t.Errorf("%s: <%s src=%q> is outside the file", lang, e.name, src)
			}
			for name := range e.attrs {
				if strings.HasPrefix(strings.ToLower(name), "on") || name == "style" && strings.Contains(e.attrs[name], "url(") {
					t.Errorf("%s: <%s %s=...>: no scripts or fetched styles", lang, e.name, name)
				}
			}
		}
		for _, e := range els {
			href, ok := e.attrs["href"]
			switch {
			case !ok:
			case strings.HasPrefix(href, "#"):
				if !ids[href[1:]] {
					t.Errorf("%s: link to #%s, which is nowhere", lang, href[1:])
				}
			case !sources[href]:
				t.Errorf("%s: link to %q, not one of the group's sources", lang, href)
			}
		}
		for _, want := range []string{tx.Contents, tx.Summary, tx.AboutCase, tx.Profile, tx.DomainsPart, tx.Unanswered, tx.SourceList, tx.Glossary} {
			if !contains(h1, want) {
				t.Errorf("%s: no <h1>%s</h1> among %q", lang, want, h1)
			}
		}
		fw := exampleCase(t).Framework
		for i := range fw.Domains {
			d := &doc{lang: lang}
			if want := d.domainTitle(&fw.Domains[i]); !contains(h2, want) {
				t.Errorf("%s: no <h2> for %q", lang, want)
			}
		}
		if tables < 40 || heads < 100 {
			t.Errorf("%s: %d tables with %d column titles; the example has many more", lang, tables, heads)
		}
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// pdfWords are the words of a text: runs of letters and digits with a letter, lower-cased, less
// those a PDF line cut short with "…" (a chart's label).
func pdfWords(s string) map[string]bool {
	s = regexp.MustCompile(`[\p{L}\p{N}]+…`).ReplaceAllString(s, " ")
	out := map[string]bool{}
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if strings.IndexFunc(w, unicode.IsLetter) >= 0 {
			out[strings.ToLower(w)] = true
		}
	}
	return out
}

// TestExportHasEveryWordOfThePDF guards against the PDF and the export drifting apart: every
// word the PDF prints (pdftotext) is in the export, but for the page furniture (footer, page
// references). A section added to the PDF and not to the export fails here.
func TestExportHasEveryWordOfThePDF(t *testing.T) {
	for _, lang := range []string{"da", "en"} {
		pdf := examplePDF(t, "full", lang)
		doc := exampleExport(t, lang)
		have := pdfWords(doc.PlainText())
		allowed := pdfWords(languages[lang].Page + " " + languages[lang].PageRef)
		// A word the PDF broke inside (too long for its column) or pdftotext joined at a
		// hyphen ("Ældre- og" as "ældreog") is a run of the export's letters.
		letters := strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				return unicode.ToLower(r)
			}
			return -1
		}, doc.PlainText())
		var missing []string
		for w := range pdfWords(pdftotext(t, pdf)) {
			if !have[w] && !allowed[w] && !strings.Contains(letters, w) {
				missing = append(missing, w)
			}
		}
		if len(missing) > 0 {
			t.Errorf("%s: the PDF has %d words the export lacks: %q", lang, len(missing), missing)
		}
	}
}

// TestExportHasEveryWordOfEachPart is TestExportHasEveryWordOfThePDF part by part: every word a
// part of the PDF prints (a part starts on a new page under its heading) is in the same part of
// the export. A line added to the summary, whose words also stand in a domain, fails here.
func TestExportHasEveryWordOfEachPart(t *testing.T) {
	for _, lang := range []string{"da", "en"} {
		c := exampleCase(t)
		d := newDoc(c, lang, languages[lang])
		isPart := map[string]bool{}
		var order []string
		for _, e := range d.entries() {
			if e.level == 0 && e.toc {
				isPart[e.title] = true
				order = append(order, e.title)
			}
		}
		// The PDF's parts: the page whose body starts with the next part's title starts it (a
		// part's title may also start a page inside another part: "Sources" under a question).
		pdfParts := map[string]string{}
		part, next := "", 0
		for _, page := range pages(pdftotext(t, examplePDF(t, "full", lang))) {
			var lines []string
			for _, l := range strings.Split(page, "\n") {
				if l = flat(l); l != "" && !strings.HasPrefix(c.Info.Title, strings.TrimSuffix(l, "…")) {
					lines = append(lines, l)
				}
			}
			if next < len(order) && len(lines) > 0 && lines[0] == order[next] {
				part, next = order[next], next+1
			}
			pdfParts[part] += page + "\n"
		}
		// The export's parts: from each part's heading on.
		expParts := map[string]string{}
		part = ""
		doc := exampleExport(t, lang)
		for _, bl := range doc.Blocks {
			if bl.Kind == Heading && bl.Level == 1 && isPart[bl.Text[0].Text] {
				part = bl.Text[0].Text
			}
			one := Document{Blocks: []Block{bl}}
			expParts[part] += one.PlainText()
		}
		if len(pdfParts) < len(isPart) {
			t.Fatalf("%s: found %d of the PDF's %d parts", lang, len(pdfParts)-1, len(isPart))
		}
		// The page furniture: the footer, the page references, the running header (the title).
		allowed := pdfWords(languages[lang].Page + " " + languages[lang].PageRef + " " + c.Info.Title)
		for name, text := range pdfParts {
			if name == "" || name == languages[lang].Contents {
				continue // the cover (its words are in the export's first part) and the contents
			}
			have := pdfWords(expParts[name])
			letters := lettersOf(expParts[name])
			var missing []string
			for w := range pdfWords(text) {
				if !have[w] && !allowed[w] && !strings.Contains(letters, w) {
					missing = append(missing, w)
				}
			}
			if len(missing) > 0 {
				t.Errorf("%s: the PDF's part %q has %d words the export's lacks: %q", lang, name, len(missing), missing)
			}
		}
	}
}

// lettersOf is s's letters and digits, lower-cased, without anything between them.
func lettersOf(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, s)
}

// TestExportHasEveryAnswer checks the group's words one by one: every answer, conclusion,
// rationale and source is in the export, line for line.
func TestExportHasEveryAnswer(t *testing.T) {
	c := exampleCase(t)
	text := flat(exampleExport(t, "da").PlainText())
	var want []string
	for _, a := range c.Answers {
		if a.Live() {
			want = append(want, a.Text, a.NotRelevantReason)
		}
	}
	for _, x := range c.Conclusions {
		if x.Live() {
			want = append(want, x.Text)
		}
	}
	for _, r := range c.Ratings {
		if r.Live() {
			want = append(want, r.Rationale)
		}
	}
	for _, s := range c.Sources {
		if s.Live() {
			want = append(want, s.Citation, s.Link, s.Appraisal)
		}
	}
	n := 0
	for _, w := range want {
		for _, line := range strings.Split(w, "\n") {
			if line = flat(line); line != "" {
				n++
				if !strings.Contains(text, line) {
					t.Errorf("the export lacks %q", line)
				}
			}
		}
	}
	if n < 100 {
		t.Errorf("only %d lines checked; the example has more", n)
	}
}

// TestExportMarkdownKeepsHeadingsAndTables reads the Markdown back line by line: the headings
// are the document's, in order, and every table is a pipe table whose rows have as many
// cells as its titles.
func TestExportMarkdownKeepsHeadingsAndTables(t *testing.T) {
	for _, lang := range []string{"da", "en"} {
		doc := exampleExport(t, lang)
		var wantHeads []string
		wantTables := 0
		for _, bl := range doc.Blocks {
			switch bl.Kind {
			case Heading:
				wantHeads = append(wantHeads, strings.Repeat("#", bl.Level)+" "+flat(bl.Text[0].Text))
			case TableBlock, ChartBlock:
				wantTables++
			}
		}
		lines := strings.Split(string(doc.Markdown()), "\n")
		var heads []string
		tables := 0
		unescape := strings.NewReplacer(`\\`, "\x00", `\`, "").Replace
		for i := 0; i < len(lines); i++ {
			l := lines[i]
			if strings.HasPrefix(l, "#") {
				heads = append(heads, unescape(l))
				continue
			}
			if !strings.HasPrefix(l, "|") {
				continue
			}
			cols := cellCount(l)
			if i+1 >= len(lines) || !regexp.MustCompile(`^\|( --- \|)+$`).MatchString(lines[i+1]) || cellCount(lines[i+1]) != cols {
				t.Fatalf("%s: line %d starts a table without its rule:\n%s\n%s", lang, i+1, l, lines[i+1])
			}
			tables++
			for i += 2; i < len(lines) && strings.HasPrefix(lines[i], "|"); i++ {
				if n := cellCount(lines[i]); n != cols {
					t.Errorf("%s: line %d has %d cells, its table %d:\n%s", lang, i+1, n, cols, lines[i])
				}
			}
		}
		if strings.Join(heads, "\n") != strings.Join(wantHeads, "\n") {
			t.Errorf("%s: the Markdown's headings differ from the document's:\n%s", lang, lineDiff(strings.Join(wantHeads, "\n"), strings.Join(heads, "\n")))
		}
		if tables != wantTables || tables < 40 {
			t.Errorf("%s: %d tables in the Markdown, want %d", lang, tables, wantTables)
		}
	}
}

// cellCount counts a pipe table row's cells: its pipes less escaped ones, less one.
func cellCount(line string) int {
	line = strings.ReplaceAll(line, `\\`, "")
	return strings.Count(line, "|") - strings.Count(line, `\|`) - 1
}

// TestExportEscapesEverything puts markup, ampersands, pipes, æøå and control characters in
// the group's words: the HTML stays well-formed and shows them as typed; the Markdown's tables
// keep their cells.
func TestExportEscapesEverything(t *testing.T) {
	c := smallCase()
	nasty := "<script>alert('x')</script> Kim & Co | a|b *ikke fed* # [link](http://x) æøå\x01\x0b\nnæste linje"
	edit := assessment.Edit{At: c.LastChanged()}
	c.UpdateInfo(edit, func(i *assessment.Info) { i.Title = "Titel <b>&</b>"; i.Technology = nasty })
	for i := range c.Members {
		m := c.Members[i]
		c.UpdateMember(edit, m.ID, func(x *assessment.Member) { x.Role = "Kim & Co | <i>" })
	}
	for _, format := range []string{FormatHTML, FormatMarkdown} {
		out, err := ExportAs(c, format, Options{Lang: "da"})
		if err != nil {
			t.Fatal(err)
		}
		s := string(out)
		if strings.ContainsAny(s, "\x01\x0b") {
			t.Errorf("%s: control characters left in", format)
		}
		switch format {
		case FormatHTML:
			els := parseXHTML(t, out)
			for _, e := range els {
				if e.name == "script" || e.name == "b" || e.name == "i" {
					t.Errorf("the group's text became a <%s> element", e.name)
				}
			}
			for _, want := range []string{"&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Kim &amp; Co | a|b *ikke fed* # [link](http://x) æøå<br/>næste linje",
				"<title>Titel &lt;b&gt;&amp;&lt;/b&gt;", "Kim &amp; Co | &lt;i&gt;"} {
				if !strings.Contains(s, want) {
					t.Errorf("HTML lacks %q", want)
				}
			}
		case FormatMarkdown:
			want := `\<script\>alert('x')\</script\> Kim \& Co \| a\|b \*ikke fed\* # \[link\](http://x) æøå<br>næste linje`
			if !strings.Contains(s, want) {
				t.Errorf("Markdown lacks %q:\n%s", want, s)
			}
			for _, l := range strings.Split(s, "\n") {
				if strings.Contains(l, "Kim") && strings.HasPrefix(l, "|") && cellCount(l) != 2 && cellCount(l) != 3 {
					t.Errorf("a pipe in the group's words split a cell: %s", l)
				}
			}
		}
	}
}

// soffice runs LibreOffice headless with a profile of its own in the test's temporary folder,
// so that tests running at the same time do not share one.
func soffice(t *testing.T, args ...string) {
	t.Helper()
	bin, err := exec.LookPath("soffice")
	if err != nil {
		t.Fatal("LibreOffice (soffice) is not installed: run .ci/setup, which installs libreoffice-writer-nogui")
	}
	profile := "-env:UserInstallation=file://" + filepath.ToSlash(filepath.Join(t.TempDir(), "lo-profile"))
	cmd := exec.Command(bin, append([]string{profile, "--headless", "--norestore"}, args...)...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice %s: %v\n%s", strings.Join(args, " "), err, out)
	}
}

// TestExportOpensInLibreOffice converts the HTML to ODT with LibreOffice, as Word users' files
// go through an office program, and finds the headings, tables and the group's words in the
// result; then to .docx and back to text, as a paste into Word keeps it.
func TestExportOpensInLibreOffice(t *testing.T) {
	dir := t.TempDir()
	doc := exampleExport(t, "da")
	html := filepath.Join(dir, "rapport.html")
	if err := os.WriteFile(html, doc.HTML(), 0o644); err != nil {
		t.Fatal(err)
	}
	soffice(t, "--convert-to", "odt:writer8", "--outdir", dir, html)
	zr, err := zip.OpenReader(filepath.Join(dir, "rapport.odt"))
	if err != nil {
		t.Fatalf("LibreOffice wrote no ODT: %v", err)
	}
	defer zr.Close()
	var content string
	for _, f := range zr.File {
		if f.Name == "content.xml" {
			r, _ := f.Open()
			b, _ := io.ReadAll(r)
			r.Close()
			content = string(b)
		}
	}
	if content == "" {
		t.Fatal("the ODT has no content.xml")
	}
	c := exampleCase(t)
	plain := flat(regexp.MustCompile(`<[^>]+>`).ReplaceAllString(content, " "))
	plain = strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&quot;", `"`, "&apos;", "'").Replace(plain)
	for _, want := range []string{c.Info.Title, "Sammenfatning", "Domænerne", "13. Kompetencer", flat(c.ConclusionFor("safety"))} {
		if !strings.Contains(plain, want) {
			t.Errorf("the ODT lacks %q", want)
		}
	}
	if n := strings.Count(content, "<table:table "); n < 40 {
		t.Errorf("the ODT has %d tables", n)
	}
	if n := strings.Count(content, `text:outline-level="2"`); n < len(c.Framework.Domains) {
		t.Errorf("the ODT has %d headings of level 2, want one a domain at least", n)
	}
	if !strings.Contains(content, "<draw:image") {
		t.Error("the ODT has no image: the rating profile's chart is lost")
	}

	soffice(t, "--convert-to", "docx:MS Word 2007 XML", "--outdir", dir, filepath.Join(dir, "rapport.odt"))
	// Word's own heading styles, which its contents and navigation pane use.
	dz, err := zip.OpenReader(filepath.Join(dir, "rapport.docx"))
	if err != nil {
		t.Fatalf("LibreOffice wrote no .docx: %v", err)
	}
	defer dz.Close()
	for _, f := range dz.File {
		if f.Name == "word/document.xml" {
			r, _ := f.Open()
			b, _ := io.ReadAll(r)
			r.Close()
			for _, style := range []string{"Heading1", "Heading2", "Heading3"} {
				if !strings.Contains(string(b), `w:pStyle w:val="`+style+`"`) {
					t.Errorf("the .docx has no paragraph in Word's style %s", style)
				}
			}
			if n := strings.Count(string(b), "<w:tbl>"); n < 40 {
				t.Errorf("the .docx has %d tables", n)
			}
		}
	}
	back := filepath.Join(dir, "back")
	soffice(t, "--convert-to", "txt:Text (encoded):UTF8", "--outdir", back, filepath.Join(dir, "rapport.docx"))
	txt, err := os.ReadFile(filepath.Join(back, "rapport.txt"))
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{c.Info.Title, "2. Sikkerhed og effekt", "Gruppens medlemmer", "Mette Kjær Lindholm"} {
		if !strings.Contains(flat(string(txt)), want) {
			t.Errorf("the .docx's text lacks %q", want)
		}
	}
}

// TestExportEmptyCase exports a case with nothing filled in, in both formats and languages: the
// sections are there, with the report's notes for what is missing.
func TestExportEmptyCase(t *testing.T) {
	c := assessment.New(smallFramework(), "", assessment.Edit{At: smallCase().LastChanged()})
	for _, lang := range []string{"da", "en"} {
		tx := languages[lang]
		h, err := HTML(c, Options{Lang: lang, Short: true})
		if err != nil {
			t.Fatal(err)
		}
		parseXHTML(t, h)
		m, err := Markdown(c, Options{Lang: lang})
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{tx.NoMembers, tx.NoRecommendation, tx.NoConditions, tx.NoSources, tx.NotAnswered} {
			if !strings.Contains(string(h), want) || !strings.Contains(string(m), want) {
				t.Errorf("%s: the empty case's export lacks %q", lang, want)
			}
		}
		if !strings.Contains(string(m), "# "+tx.Summary) {
			t.Errorf("%s: the empty case's Markdown has no summary", lang)
		}
	}
	if _, err := HTML(c, Options{Lang: "de"}); err == nil || !strings.Contains(err.Error(), `"de"`) {
		t.Errorf("an unknown language: %v", err)
	}
	if _, err := ExportAs(c, "pdf", Options{}); err == nil {
		t.Error("an unknown format is accepted")
	}
	if _, err := Export(&assessment.Case{}, Options{}); err == nil {
		t.Error("a case without a framework is exported")
	}
}

func TestFormatOf(t *testing.T) {
	for path, want := range map[string]string{
		"a.html": FormatHTML, `C:\Users\x\Rapport.HTM`: FormatHTML, "a.md": FormatMarkdown,
		"b.markdown": FormatMarkdown, "a.mtv": "", "html": "", "dir.md/file": "", "a.pdf": "",
	} {
		if got := FormatOf(path); got != want {
			t.Errorf("FormatOf(%q) = %q, want %q", path, got, want)
		}
	}
}

// TestConcurrentExports makes exports and PDFs of one case at once, as the window may (a PDF and
// an export under way together): under -race nothing is shared, and every export is the same
// bytes as a lone one.
func TestConcurrentExports(t *testing.T) {
	shared := smallCase()
	want := map[string][]byte{}
	for _, format := range []string{FormatHTML, FormatMarkdown} {
		out, err := ExportAs(shared, format, Options{Lang: "da"}) // its anchors carry the case's IDs
		if err != nil {
			t.Fatal(err)
		}
		want[format] = out
	}
	var wg sync.WaitGroup
	errs := make(chan string, 20)
	for i := range 4 {
		for format := range want {
			wg.Add(1)
			go func() {
				defer wg.Done()
				out, err := ExportAs(shared, format, Options{Lang: "da"})
				switch {
				case err != nil:
					errs <- err.Error()
				case string(out) != string(want[format]):
					errs <- format + ": a concurrent export differs from a lone one"
				}
			}()
		}
		if i%2 == 0 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				if _, err := PDF(shared, Options{Lang: "da"}); err != nil {
					errs <- err.Error()
				}
			}()
		}
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}

// TestExportHasTheGroupsTerms: the glossary holds the group's own terms, marked, as the PDF's.
func TestExportHasTheGroupsTerms(t *testing.T) {
	c := smallCase()
	c.AddTerm(assessment.Edit{At: c.LastChanged()}, "Liggetid", "Tiden fra et fald, til borgeren får hjælp.")
	pdf := flat(pdftotext(t, render(t, c, "da")))
	md, err := Markdown(c, Options{Lang: "da"})
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Liggetid", "Tiden fra et fald, til borgeren får hjælp.", glossaryTexts["da"].Own, glossaryTexts["da"].Intro} {
		if !strings.Contains(pdf, want) {
			t.Fatalf("the PDF lacks %q: the test's premise is wrong", want)
		}
		if !strings.Contains(string(md), want) {
			t.Errorf("the Markdown lacks %q", want)
		}
	}
}
