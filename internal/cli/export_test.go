package cli

import (
	"encoding/xml"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/casefile"
	"github.com/helhed/helhed/internal/testcase"
)

// wellFormed fails the test unless data parses as XML from start to end.
func wellFormed(t *testing.T, data []byte) {
	t.Helper()
	dec := xml.NewDecoder(strings.NewReader(string(data)))
	dec.Strict = true
	for {
		_, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return
		}
		if err != nil {
			t.Fatalf("the HTML is not well-formed: %v", err)
		}
	}
}

func TestExportFormatsAndLanguages(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ex.mtv")
	run("example", example, "-o", path).expect(t, ExitOK, "", "")
	c, _ := casefile.Load(path)
	for _, lang := range []string{"da", "en"} {
		html := filepath.Join(dir, "ex-"+lang+".html")
		run("export", path, "--format", "html", "--lang", lang, "-o", html).expect(t, ExitOK, "wrote "+html, "")
		md := filepath.Join(dir, "ex-"+lang+".md")
		// The format from the file's extension; flags after the file.
		run("export", path, "-o", md, "--lang", lang).expect(t, ExitOK, "wrote "+md, "")
		h, err := os.ReadFile(html)
		if err != nil {
			t.Fatal(err)
		}
		wellFormed(t, h)
		m, err := os.ReadFile(md)
		if err != nil {
			t.Fatal(err)
		}
		for _, d := range c.Framework.Domains {
			title := d.Title.In(lang)
			if !strings.Contains(string(h), ">"+strings.ReplaceAll(title, "&", "&amp;")) {
				t.Errorf("%s HTML lacks the domain %q", lang, title)
			}
			if !strings.Contains(string(m), "## ") || !strings.Contains(string(m), title) {
				t.Errorf("%s Markdown lacks the domain %q", lang, title)
			}
		}
		if !strings.Contains(string(h), `lang="`+lang+`"`) {
			t.Errorf("%s HTML does not say its language", lang)
		}
	}
	// Default target: beside the case, named for the format.
	run("export", path, "--format", "md").expect(t, ExitOK, "", "")
	if _, err := os.Stat(filepath.Join(dir, "ex.md")); err != nil {
		t.Error("ex.md not written beside ex.mtv")
	}
	run("export", path, "--format", "HTML").expect(t, ExitOK, "", "")
	if _, err := os.Stat(filepath.Join(dir, "ex.html")); err != nil {
		t.Error("ex.html not written beside ex.mtv")
	}
}

func TestExportRefusesBadFlagsAndTargets(t *testing.T) {
	dir := t.TempDir()
	a := smallCaseFile(t, dir, "a.mtv")
	before, _ := os.ReadFile(a)
	run("export", a).expect(t, ExitUsage, "", "say --format html or --format md")
	run("export", a, "--format", "pdf").expect(t, ExitUsage, "", "--format must be html or md")
	run("export", a, "-o", filepath.Join(dir, "a.txt")).expect(t, ExitUsage, "", "has neither .html nor .md")
	run("export", a, "--format", "md", "-o", filepath.Join(dir, "a.html")).expect(t, ExitUsage, "", "does not match")
	run("export", a, "--format", "html", "--lang", "de").expect(t, ExitUsage, "", "--lang must be da or en")
	run("export", "--format", "html").expect(t, ExitUsage, "", "name one case file")
	run("export", a, a, "--format", "html").expect(t, ExitUsage, "", "name one case file")
	run("export", a, "--colour").expect(t, ExitUsage, "", "flag provided but not defined")
	// Never over the case file itself, nor over any case file.
	run("export", a, "--format", "html", "-o", a).expect(t, ExitUsage, "", "not a case file")
	other := smallCaseFile(t, dir, "b.mtv")
	run("export", a, "-o", other).expect(t, ExitUsage, "", "not a case file")
	// A case stored under a name an export would have: refused as the input.
	odd := filepath.Join(dir, "case.md")
	if err := os.WriteFile(odd, before, 0o600); err != nil {
		t.Fatal(err)
	}
	run("export", odd, "-o", odd).expect(t, ExitInput, "", "will not write over an input file")
	if after, _ := os.ReadFile(odd); string(after) != string(before) {
		t.Error("the case stored as case.md was changed")
	}
	if after, _ := os.ReadFile(a); string(after) != string(before) {
		t.Error("the case file was changed")
	}
	// Unreadable and damaged cases.
	run("export", filepath.Join(dir, "none.mtv"), "--format", "md").expect(t, ExitInput, "", "none.mtv")
	bad := filepath.Join(dir, "bad.mtv")
	os.WriteFile(bad, []byte(`{"format":"helhed-case","schemaVersion":2,`), 0o600)
	run("export", bad, "--format", "md").expect(t, ExitInput, "", "bad.mtv")
	if _, err := os.Stat(filepath.Join(dir, "bad.md")); err == nil {
		t.Error("an export was written for a damaged case")
	}
	// A folder as the target.
	run("export", a, "--format", "html", "-o", dir+string(filepath.Separator)+"sub.html"+string(filepath.Separator)).expect(t, ExitInput, "", "")
}

func TestExportEscapesTheGroupsWords(t *testing.T) {
	dir := t.TempDir()
	c := testcase.Case()
	c.SetAnswer(assessment.Edit{At: testcase.At}, "economy.cost", func(x *assessment.Answer) {
		x.Text = "<script>alert(1)</script> Kim & Co | æøå\nanden linje"
	})
	path := filepath.Join(dir, "esc.mtv")
	if err := casefile.Save(path, c); err != nil {
		t.Fatal(err)
	}
	html := filepath.Join(dir, "esc.html")
	run("export", path, "-o", html).expect(t, ExitOK, "", "")
	h, _ := os.ReadFile(html)
	wellFormed(t, h)
	if strings.Contains(string(h), "<script") {
		t.Error("the group's <script> reached the HTML as markup")
	}
	if !strings.Contains(string(h), "&lt;script&gt;alert(1)&lt;/script&gt; Kim &amp; Co | æøå<br/>anden linje") {
		t.Error("the group's answer is not in the HTML, escaped, with its line break")
	}
	md := filepath.Join(dir, "esc.md")
	run("export", path, "-o", md).expect(t, ExitOK, "", "")
	m, _ := os.ReadFile(md)
	if !strings.Contains(string(m), `\<script\>alert(1)\</script\> Kim \& Co \| æøå\`+"\nanden linje") {
		t.Errorf("the group's answer is not in the Markdown, escaped:\n%s", m)
	}
}
