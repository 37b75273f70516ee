package report

import (
	"html"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/helhed/helhed/internal/assessment"
)

// A word as pdftotext -bbox sees it, in points from the top left of its page.
type word struct {
	text                   string
	xMin, yMin, xMax, yMax float64
}

var (
	pageTag = regexp.MustCompile(`<page `)
	wordTag = regexp.MustCompile(`<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>`)
)

// wordsByPage runs pdftotext -bbox and returns the words of each page.
func wordsByPage(t *testing.T, pdf []byte) [][]word {
	t.Helper()
	out := pdftotext(t, pdf, "-bbox")
	var result [][]word
	for _, chunk := range pageTag.Split(out, -1)[1:] {
		var ws []word
		for _, m := range wordTag.FindAllStringSubmatch(chunk, -1) {
			w := word{text: html.UnescapeString(m[5])}
			for i, p := range []*float64{&w.xMin, &w.yMin, &w.xMax, &w.yMax} {
				v, err := strconv.ParseFloat(m[i+1], 64)
				if err != nil {
					t.Fatal(err)
				}
				*p = v
			}
			ws = append(ws, w)
		}
		result = append(result, ws)
	}
	return result
}

func pt(mm float64) float64 { return mm * 72 / 25.4 }

// expectedHeader is the running header's text for c: the title, shortened to fit.
func expectedHeader(c *assessment.Case) string {
	d := newDoc(c, "da", &danish)
	d.pdf.AddPage()
	d.use(chrome)
	return d.fit(cleanLine(c.Info.Title), contentW)
}

// TestLayout renders a long case (with a table row taller than a page, a link wider than the
// page and a title too long for the header) and checks every word's place with pdftotext
// -bbox: nothing outside the margins, no body text in the header band (gofpdf's "home" header
// mode would put it there) or in the footer band, no two words on top of each other.
func TestLayout(t *testing.T) {
	c := longCase(3, 3, 400)
	for _, lang := range []string{"da", "en"} {
		t.Run(lang, func(t *testing.T) {
			checkLayout(t, c, lang)
		})
	}
}

func checkLayout(t *testing.T, c *assessment.Case, lang string) {
	checkLayoutPDF(t, c, lang, render(t, c, lang), 8)
}

// checkLayoutPDF checks the words of pdf, a report of c in lang with at least minPages pages.
func checkLayoutPDF(t *testing.T, c *assessment.Case, lang string, pdf []byte, minPages int) {
	const tol = 0.5 // points
	header := expectedHeader(c)
	ps := wordsByPage(t, pdf)
	if len(ps) < minPages {
		t.Fatalf("%d pages, want at least %d", len(ps), minPages)
	}
	for i, ws := range ps {
		page := i + 1
		var inHeader, inFooter []string
		for _, w := range ws {
			if w.xMin < pt(marginL)-tol || w.xMax > pt(pageW-marginR)+tol {
				t.Errorf("page %d: %q (x %.1f–%.1f pt) is outside the margins (%.1f–%.1f pt)",
					page, w.text, w.xMin, w.xMax, pt(marginL), pt(pageW-marginR))
			}
			switch {
			case w.yMin < pt(bodyTop)-tol:
				inHeader = append(inHeader, w.text)
				if w.yMax > pt(headerRule)+tol {
					t.Errorf("page %d: %q (y %.1f–%.1f pt) crosses the header rule at %.1f pt", page, w.text, w.yMin, w.yMax, pt(headerRule))
				}
			case w.yMax > pt(bodyBottom)+tol:
				inFooter = append(inFooter, w.text)
				if w.yMin < pt(footerTop)-tol {
					t.Errorf("page %d: %q (y %.1f–%.1f pt) crosses the bottom of the body at %.1f pt", page, w.text, w.yMin, w.yMax, pt(bodyBottom))
				}
			}
		}
		wantHeader := ""
		if page > 1 {
			wantHeader = header
		}
		if got := strings.Join(inHeader, " "); got != wantHeader {
			t.Errorf("page %d: the header band holds %q, want only the running header %q", page, got, wantHeader)
		}
		if got, want := strings.Join(inFooter, " "), pageFooter(lang, page, len(ps)); got != want {
			t.Errorf("page %d: the footer band holds %q, want %q", page, got, want)
		}
		for a := range ws {
			for b := a + 1; b < len(ws); b++ {
				if overlap(ws[a], ws[b]) > tol {
					t.Errorf("page %d: %q and %q overlap", page, ws[a].text, ws[b].text)
				}
			}
		}
	}
}

// overlap is how far two words' boxes overlap: the smaller of the two overlaps, x and y.
func overlap(a, b word) float64 {
	x := min(a.xMax, b.xMax) - max(a.xMin, b.xMin)
	y := min(a.yMax, b.yMax) - max(a.yMin, b.yMin)
	return min(x, y)
}

// TestLongTextFlows: a long answer continues across pages, in order, nothing lost.
func TestLongTextFlows(t *testing.T) {
	c := longCase(1, 1, 3000)
	text := pdftotext(t, render(t, c, "da"))
	answer, _ := c.Answer("d0.q0")
	// The body alone: leave out the running header and the footers.
	header := expectedHeader(c)
	var body []string
	for _, line := range strings.Split(text, "\n") {
		l := strings.Trim(line, " \f")
		if l != header && !strings.HasPrefix(l, "Side ") {
			body = append(body, line)
		}
	}
	got := flat(strings.Join(body, "\n"))
	for i, para := range strings.Split(answer.Text, "\n\n") {
		if !strings.Contains(got, flat(para)) {
			t.Fatalf("paragraph %d of the long answer is not in the report intact", i+1)
		}
	}
	if n := len(pages(text)); n < 5 {
		t.Errorf("a 3000-word answer on %d pages, want at least 5", n)
	}
}
