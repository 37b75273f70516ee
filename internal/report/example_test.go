package report

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/casefile"
	"github.com/helhed/helhed/resources"
)

// exampleName is the shipped example the golden reports are made of.
const exampleName = "faldsensor-hjemmepleje"

// maxShortPages is the most pages the short decision basis of the example may have.
const maxShortPages = 5

// exampleCase loads the shipped example (as cli.LoadExample does; report must not import cli).
func exampleCase(t testing.TB) *assessment.Case { return exampleNamed(t, exampleName) }

// exampleNamed is the shipped example called name.
func exampleNamed(t testing.TB, name string) *assessment.Case {
	t.Helper()
	data, err := resources.Example(name)
	if err != nil {
		t.Fatal(err)
	}
	c, err := casefile.Decode(data, "example "+name)
	if err != nil {
		t.Fatal(err)
	}
	return c
}

// The example's reports, made once for all the tests that read them.
var (
	exampleOnce sync.Once
	examplePDFs map[string][]byte // by "full-da", "short-en", ...
	exampleErr  error
)

func examplePDF(t *testing.T, kind, lang string) []byte {
	t.Helper()
	exampleOnce.Do(func() {
		examplePDFs = map[string][]byte{}
		data, err := resources.Example(exampleName)
		if err != nil {
			exampleErr = err
			return
		}
		for _, short := range []bool{false, true} {
			for _, l := range []string{"da", "en"} {
				c, err := casefile.Decode(data, exampleName)
				if err != nil {
					exampleErr = err
					return
				}
				pdf, err := PDF(c, Options{Lang: l, Short: short})
				if err != nil {
					exampleErr = err
					return
				}
				examplePDFs[kindName(short)+"-"+l] = pdf
			}
		}
	})
	if exampleErr != nil {
		t.Fatal(exampleErr)
	}
	return examplePDFs[kind+"-"+lang]
}

func kindName(short bool) string {
	if short {
		return "short"
	}
	return "full"
}

// TestExampleGolden compares the text of the example's reports, full and short in both
// languages (pdftotext -layout), with testdata/example-<kind>-<lang>.txt exactly. After a
// deliberate change: go test ./internal/report/ -run 'TestGolden|TestExampleGolden' -update,
// then review the diff.
func TestExampleGolden(t *testing.T) {
	t.Parallel()
	for _, kind := range []string{"full", "short"} {
		for _, lang := range []string{"da", "en"} {
			t.Run(kind+"-"+lang, func(t *testing.T) {
				got := pdftotext(t, examplePDF(t, kind, lang), "-layout")
				path := filepath.Join("testdata", "example-"+kind+"-"+lang+".txt")
				if *update {
					if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(path)
				if err != nil {
					t.Fatalf("%v (run with -update to create it)", err)
				}
				if got != string(want) {
					t.Errorf("the %s %s report's text differs from %s (run with -update if the change is meant):\n%s",
						kind, lang, path, lineDiff(string(want), got))
				}
			})
		}
	}
}

// pdfcpuConf is pdfcpu's relaxed validation, without its configuration folder.
var pdfcpuConf = sync.OnceValue(func() *model.Configuration {
	api.DisableConfigDir()
	conf := model.NewDefaultConfiguration()
	conf.ValidationMode = model.ValidationRelaxed
	return conf
})

// flatBookmarks lists bookmarks depth first with their level.
func flatBookmarks(bms []pdfcpu.Bookmark, level int, out *[]struct {
	title       string
	level, page int
}) {
	for _, b := range bms {
		*out = append(*out, struct {
			title       string
			level, page int
		}{b.Title, level, b.PageFrom})
		flatBookmarks(b.Kids, level+1, out)
	}
}

// TestExampleStructure validates the example's reports with pdfcpu (relaxed) and checks the
// page count, the bookmarks (every section, at the page where its heading is printed), the
// contents' page numbers and links, and the footers.
func TestExampleStructure(t *testing.T) {
	t.Parallel()
	for _, kind := range []string{"full", "short"} {
		for _, lang := range []string{"da", "en"} {
			t.Run(kind+"-"+lang, func(t *testing.T) {
				pdf := examplePDF(t, kind, lang)
				conf := pdfcpuConf()
				if err := api.Validate(bytes.NewReader(pdf), conf); err != nil {
					t.Fatalf("pdfcpu validation: %v", err)
				}
				n, err := api.PageCount(bytes.NewReader(pdf), conf)
				if err != nil {
					t.Fatal(err)
				}
				text := pdftotext(t, pdf, "-layout")
				ps := pages(text)
				if n != len(ps) {
					t.Errorf("pdfcpu counts %d pages, pdftotext %d", n, len(ps))
				}
				t.Logf("the %s report of the example in %s has %d pages", kind, lang, n)
				switch {
				case kind == "short" && n > maxShortPages:
					t.Errorf("the short report has %d pages, want at most %d", n, maxShortPages)
				case kind == "full" && n < 30:
					t.Errorf("the full report has %d pages, want the whole case (at least 30)", n)
				}
				for i, p := range ps {
					if footer := pageFooter(lang, i+1, len(ps)); !strings.Contains(p, footer) {
						t.Errorf("page %d lacks the footer %q", i+1, footer)
					}
				}

				// Bookmarks: the sections the report promises, each on the page that shows it.
				bms, err := api.Bookmarks(bytes.NewReader(pdf), conf)
				if err != nil {
					t.Fatal(err)
				}
				var got []struct {
					title       string
					level, page int
				}
				flatBookmarks(bms, 0, &got)
				d := newDoc(exampleCase(t), lang, languages[lang])
				d.short = kind == "short"
				want := d.entries()
				if len(got) != len(want) {
					t.Fatalf("%d bookmarks, want %d: %v", len(got), len(want), got)
				}
				for i, e := range want {
					if got[i].title != e.title || got[i].level != e.level {
						t.Errorf("bookmark %d is %q at level %d, want %q at level %d", i, got[i].title, got[i].level, e.title, e.level)
					}
					if p := got[i].page; p < 1 || p > len(ps) {
						t.Errorf("bookmark %q points to page %d", e.title, p)
					} else if e.title != d.t.Cover && e.title != d.t.Recommendation && !strings.Contains(flat(ps[p-1]), flat(e.title)) {
						t.Errorf("bookmark %q points to page %d, which does not show it", e.title, p)
					}
				}
				if kind == "full" {
					checkContents(t, pdf, ps, want, got)
				}
			})
		}
	}
}

// checkContents reads the contents page: every listed entry with the page its bookmark points
// to, and a link for each.
func checkContents(t *testing.T, pdf []byte, ps []string, want []entry, bms []struct {
	title       string
	level, page int
}) {
	t.Helper()
	contents := ps[1]
	listed := 0
	for i, e := range want {
		if !e.toc {
			continue
		}
		listed++
		re := regexp.MustCompile(`(?m)^\s*` + regexp.QuoteMeta(e.title) + `\s+(\d+)\s*$`)
		m := re.FindStringSubmatch(contents)
		if m == nil {
			t.Errorf("the contents do not list %q with a page number:\n%s", e.title, contents)
			continue
		}
		if p, _ := strconv.Atoi(m[1]); p != bms[i].page {
			t.Errorf("the contents give %q page %d, its bookmark page %d", e.title, p, bms[i].page)
		}
	}
	if links := bytes.Count(pdf, []byte("/Subtype /Link /Rect")) - bytes.Count(pdf, []byte("/S /URI")); links < listed {
		t.Errorf("%d internal links, want one per contents line (%d)", links, listed)
	}
}

// TestExampleLayout checks every word's place in the example's reports (see checkLayout).
func TestExampleLayout(t *testing.T) {
	t.Parallel()
	for _, kind := range []string{"full", "short"} {
		for _, lang := range []string{"da", "en"} {
			t.Run(kind+"-"+lang, func(t *testing.T) {
				checkLayoutPDF(t, exampleCase(t), lang, examplePDF(t, kind, lang), 2)
			})
		}
	}
}

// TestExampleContent: what a department head must find in the example's reports.
func TestExampleContent(t *testing.T) {
	t.Parallel()
	want := map[string][]string{
		"full-da": {"AI-baserede faldsensorer i den kommunale hjemmepleje", "Gruppe 4, MTV-modulet forår 2026",
			"Mette Kjær Lindholm", "Sygeplejerske, hjemmesygeplejen", "1. marts 2027", "28. maj 2026",
			"Indhold", "Sammenfatning", "Gruppen anbefaler Afprøv først (pilot)",
			"▲ Uenighed (−2 til +1)", "Databehandleraftalen dækker ikke AI-analysen",
			"Vurderingsprofil", "Medlemmernes vurderinger", "Komplekse domæner 4. Organisation; 11. Modenhed og parathed",
			"Begrundelser, hvor gruppen er uenig", "Ubesvarede spørgsmål", "10.6",
			"Uafhængig viden", "Leverandørmateriale", "Ordliste", "Automatiseringsbias",
			"105 af 110 besvaret (95,5 %)", "25 i alt: 19 uafhængige, 6 fra leverandøren"},
		"full-en": {"Health technology assessment", "Contents", "The group recommends Pilot first",
			"Rating profile", "The members' ratings", "Independent evidence", "Supplier material", "Glossary",
			"Automation bias", "105 of 110 answered (95.5%)", "1 March 2027", "28 May 2026"},
		"short-da": {"Beslutningsgrundlag (mini-MTV)", "Beslutning", "Gruppen anbefaler Afprøv først (pilot)",
			"Betingelser", "Vurderingsprofil", "Domænernes konklusioner", "Knock-out-kriterier", "Nøgletal",
			"Ubesvarede spørgsmål", "Gruppens egne åbne spørgsmål", "Fatma Yilmaz (Social- og sundhedsassistent"},
		"short-en": {"Decision basis (mini-HTA)", "The group recommends Pilot first", "Rating profile",
			"The domains' conclusions", "Key figures", "Unanswered questions"},
	}
	for key, phrases := range want {
		kind, lang, _ := strings.Cut(key, "-")
		text := flat(pdftotext(t, examplePDF(t, kind, lang), "-layout"))
		for _, s := range phrases {
			if !strings.Contains(text, s) {
				t.Errorf("%s: lacks %q", key, s)
			}
		}
	}
}
