package report

import (
	"bytes"
	"fmt"
	"html"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/pdfcpu/pdfcpu/pkg/api"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/chart"
)

// sectionPages returns the page of every top-level bookmark, by title.
func sectionPages(t *testing.T, pdf []byte) map[string]int {
	t.Helper()
	bms, err := api.Bookmarks(bytes.NewReader(pdf), pdfcpuConf())
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]int{}
	for _, b := range bms {
		out[b.Title] = b.PageFrom
	}
	return out
}

// refAfter finds the page reference that follows text in page: "text … (s. 23)".
func refAfter(t *testing.T, page, text string, lang string) (int, bool) {
	t.Helper()
	i := strings.Index(page, text)
	if i < 0 {
		t.Errorf("the summary lacks %q", text)
		return 0, false
	}
	m := regexp.MustCompile(`^ … \(` + map[string]string{"da": "s", "en": "p"}[lang] + `\. (\d+)\)`).FindStringSubmatch(page[i+len(text):])
	if m == nil {
		return 0, false
	}
	n, _ := strconv.Atoi(m[1])
	return n, true
}

// firstWords are the first n words of text.
func firstWords(text string, n int) string {
	f := strings.Fields(text)
	return strings.Join(f[:min(n, len(f))], " ")
}

// TestExampleSummaryOnOnePage: the example's summary is one page in both languages (the next
// section starts on the page after it) and shows everything issue 4 asks of it: the
// recommendation and every condition in full, each domain's conclusion by its first sentence,
// the knock-out flag and its reason, the clearly negative domains and the dissent. Every
// shortened text refers to the page where it stands in full, and that page shows it. No text
// on the page is smaller than the 8.5 pt of the footer.
func TestExampleSummaryOnOnePage(t *testing.T) {
	t.Parallel()
	c := exampleCase(t)
	for _, lang := range []string{"da", "en"} {
		t.Run(lang, func(t *testing.T) {
			tx := languages[lang]
			pdf := examplePDF(t, "full", lang)
			at := sectionPages(t, pdf)
			sum := at[tx.Summary]
			if sum == 0 || at[tx.AboutCase] != sum+1 {
				t.Fatalf("the summary starts on page %d and the next section on page %d: want one page", sum, at[tx.AboutCase])
			}
			ps := pages(pdftotext(t, pdf, "-layout"))
			page := flat(ps[sum-1])
			onPage := func(ref int) string {
				if ref < 1 || ref > len(ps) || ref == sum {
					t.Errorf("a reference to page %d", ref)
					return ""
				}
				return flat(ps[ref-1])
			}

			r, _ := c.Framework.Recommendation(c.Synthesis.Recommendation)
			want := []string{tx.Recommended + " " + r.Label.In(lang), tx.Negative + ": " + tx.NoneBrief}
			// The instruments' headline figures (issue 5): staff hours per role and their value,
			// the net present cost, CO2e, the largest gaps and the top risks.
			want = append(want, tx.KeyFigures+": "+tx.FigStaff+": social- og sundhedsassistent −510",
				tx.SumNPVLabel+":", "CO2e: +299", tx.SumGaps+": Superbruger 2", tx.SumRisks+": Alarmtræthed (16)")
			for _, cond := range c.Synthesis.Conditions {
				want = append(want, flat(cond))
			}
			for _, s := range want {
				if !strings.Contains(page, s) {
					t.Errorf("the summary lacks %q", s)
				}
			}

			refs := 0
			for i := range c.Framework.Domains {
				dm := &c.Framework.Domains[i]
				first, more := firstSentence(c.ConclusionFor(dm.ID))
				ref, ok := refAfter(t, page, flat(first), lang)
				if ok != more {
					t.Errorf("%s: reference %v, want %v", dm.ID, ok, more)
				}
				if ok {
					refs++
					if p := onPage(ref); !strings.Contains(p, tx.Conclusion+" "+firstWords(c.ConclusionFor(dm.ID), 6)) {
						t.Errorf("%s: the conclusion refers to page %d, which does not show it", dm.ID, ref)
					}
				}
			}
			for _, k := range c.KnockOuts {
				if !strings.Contains(page, "▲ "+k.Title) {
					t.Errorf("the summary lacks the knock-out %q", k.Title)
				}
				first, _ := firstSentence(k.Reason)
				if ref, ok := refAfter(t, page, flat(first), lang); !ok {
					t.Errorf("the knock-out's reason has no reference")
				} else if p := onPage(ref); !strings.Contains(p, firstWords(k.Reason, 8)) {
					t.Errorf("the knock-out's reason refers to page %d, which does not show it", ref)
				} else {
					refs++
				}
			}
			first, _ := firstSentence(c.Synthesis.Dissent)
			if !strings.Contains(page, tx.Dissent+": "+flat(first)) {
				t.Errorf("the summary lacks the dissent's first sentence")
			}
			if ref, ok := refAfter(t, page, flat(first), lang); !ok {
				t.Errorf("the dissent has no reference")
			} else {
				refs++
				// The dissent in full, from the page referred to.
				var rest []string
				header := expectedHeader(c)
				for i, p := range ps[ref-1:] {
					for _, line := range strings.Split(p, "\n") {
						if l := strings.TrimSpace(line); l != header && l != pageFooter(lang, ref+i, len(ps)) {
							rest = append(rest, l)
						}
					}
				}
				if p := onPage(ref); !strings.Contains(p, tx.Dissent+" "+firstWords(c.Synthesis.Dissent, 8)) ||
					!strings.Contains(flat(strings.Join(rest, " ")), flat(c.Synthesis.Dissent)) {
					t.Errorf("the dissent refers to page %d, which does not begin it in full", ref)
				}
			}

			// Each reference is a link, besides the contents' links.
			listed := 0
			for _, e := range newDoc(c, lang, tx).entries() {
				if e.toc {
					listed++
				}
			}
			if links := bytes.Count(pdf, []byte("/Subtype /Link /Rect")) - bytes.Count(pdf, []byte("/S /URI")); links < listed+refs {
				t.Errorf("%d internal links, want %d contents lines and %d references", links, listed, refs)
			}

			// No word smaller than the footer's 8.5 pt.
			ws := wordsOfPage(t, pdf, sum)
			footer := ws[len(ws)-1]
			for _, w := range ws {
				if w.yMax-w.yMin < footer.yMax-footer.yMin-0.05 {
					t.Errorf("%q is %.2f pt high, less than the 8.5 pt footer's %.2f", w.text, w.yMax-w.yMin, footer.yMax-footer.yMin)
				}
			}
		})
	}
}

// TestSummaryFlowsOnto: a summary that cannot fit on one page (40 long conditions) continues
// on the next pages: everything in order, nothing over anything else, within the margins, and
// the next section starts on a page of its own.
func TestSummaryFlowsOnto(t *testing.T) {
	t.Parallel()
	c := smallCase()
	var conds []string
	for i := range 40 {
		conds = append(conds, fmt.Sprintf("Betingelse nummer %d: %s", i+1, words(30+i%7*5, i)))
	}
	c.UpdateSynthesis(assessment.Edit{At: edited.Add(time.Hour)}, func(s *assessment.Synthesis) { s.Conditions = conds })
	for _, lang := range []string{"da", "en"} {
		t.Run(lang, func(t *testing.T) {
			tx := languages[lang]
			pdf := render(t, c, lang)
			checkLayoutPDF(t, c, lang, pdf, 4)
			at := sectionPages(t, pdf)
			if sum, next := at[tx.Summary], at[tx.AboutCase]; next < sum+2 {
				t.Errorf("the summary on page %d, the next section on page %d: want the summary over two pages or more", sum, next)
			}
			text := flat(pdftotext(t, pdf, "-layout"))
			start := strings.Index(text, tx.Summary+" "+tx.Recommended)
			if start < 0 {
				t.Fatal("no summary")
			}
			text = text[start:]
			last := 0
			for i, cond := range conds {
				j := strings.Index(text, fmt.Sprintf("%d. %s", i+1, flat(cond)))
				if j <= last {
					t.Fatalf("condition %d is missing or out of order", i+1)
				}
				last = j
			}
			for _, s := range []string{tx.Conclusions, "Arbejdsgangen bliver roligere, hvis alarmerne er få og præcise.",
				tx.KnockOuts + ": ▲", tx.Negative + ":", tx.Dissent + ": Bo mener, at sensoren bør indføres straks."} {
				if j := strings.Index(text, s); j <= last {
					t.Errorf("%q is missing or not after the conditions", s)
				}
				last = strings.Index(text, s)
			}
		})
	}
}

// TestRichWrap: the summary's run-in lines stay within their width, words in order, and a page
// reference is never broken; the width it reserves does not depend on the page number.
func TestRichWrap(t *testing.T) {
	d := newDoc(smallCase(), "da", &danish)
	d.pdf.AddPage()
	spans := []span{{text: "Sikkerhed og effekt", st: sumBold}, {text: "+1 · lav sikkerhed", st: sumMuted},
		{text: "▲ Uenighed (−1 til +1)" + dash, st: sumWarn}, {text: words(60, 3), st: sumText}, d.refSpan("x", sumText)}
	for _, w := range []float64{40, 80, 154} {
		ls := d.richWrap(spans, w)
		var got []string
		for _, l := range ls {
			x := 0.0
			for i, sp := range l {
				d.use(sp.st)
				if i > 0 {
					x += d.pdf.GetStringWidth(" ")
				}
				if sp.ref != "" {
					x += d.refWidth()
				} else {
					x += d.pdf.GetStringWidth(sp.text)
				}
				got = append(got, sp.text)
			}
			if x > w+1e-9 {
				t.Errorf("width %g: a line of %.2f", w, x)
			}
		}
		want := []string{"Sikkerhed og effekt", "+1 · lav sikkerhed", "▲ Uenighed (−1 til +1)\u00a0–", words(60, 3), "… (s. –)"}
		if strings.Join(strings.Fields(strings.Join(got, " ")), " ") != strings.Join(strings.Fields(strings.Join(want, " ")), " ") {
			t.Errorf("width %g: the words are %q", w, got)
		}
		if last := ls[len(ls)-1]; last[len(last)-1].text != "… (s. –)" {
			t.Errorf("width %g: the reference is broken: %v", w, last)
		}
	}
	// The reference reserves the width of three digits, however many the page number has.
	d.prev = &layout{pages: 57, anchors: map[string]place{"x": {page: 9}}}
	d.use(sumText)
	if w, three := d.refWidth(), d.pdf.GetStringWidth("… (s. 999)"); w != three || d.refSpan("x", sumText).text != "… (s. 9)" {
		t.Errorf("reference %q reserves %.2f, want %.2f", d.refSpan("x", sumText).text, w, three)
	}
}

// TestProfileChartFitsTheBody: the profile chart takes the whole width of the body, and each
// of its texts, measured in the report's fonts in its own weight (the status of a row where
// members disagree is bold), ends inside it.
func TestProfileChartFitsTheBody(t *testing.T) {
	for _, lang := range []string{"da", "en"} {
		for name, c := range map[string]*assessment.Case{"example": exampleCase(t), "small": smallCase(), "long": longCase(16, 1, 10)} {
			d := newDoc(c, lang, languages[lang])
			d.pdf.AddPage()
			for _, pt := range []float64{10, 8.5} {
				ch := chart.Profile(c, chart.Options{Lang: lang, Width: contentW, TextSize: pt * mmPerPt, Measure: d.measure})
				bolds := 0
				for _, tx := range ch.Texts {
					w := d.measure(tx.Text, tx.Size, tx.Bold)
					x := tx.X
					switch tx.Align {
					case chart.Center:
						x -= w / 2
					case chart.Right:
						x -= w
					}
					if x < -1e-9 || x+w > contentW+1e-9 {
						t.Errorf("%s %s %g pt: %q (bold %v) spans %.2f–%.2f mm of %.2f", name, lang, pt, tx.Text, tx.Bold, x, x+w, contentW)
					}
					if tx.Bold && tx.Role == chart.RoleStatus {
						bolds++
					}
				}
				if name == "example" && bolds == 0 {
					t.Errorf("%s %s: no bold status to check", name, lang)
				}
			}
		}
	}
}

// TestReferencesToFourDigitPages: in a report of more than 999 pages the references reserve a
// fourth digit, and still point at the pages that show the conclusions in full.
func TestReferencesToFourDigitPages(t *testing.T) {
	if testing.Short() {
		t.Skip("a report of over a thousand pages")
	}
	t.Parallel()
	c := longCase(16, 14, 2000)
	for _, dm := range c.Framework.Domains[1:] {
		c.SetConclusion(assessment.Edit{At: edited}, dm.ID, "Kort første sætning om "+dm.ID+". Derefter "+words(30, 5))
	}
	pdf := render(t, c, "da")
	at := sectionPages(t, pdf)
	sum := at[danish.Summary]
	page := flat(pdftotextPages(t, pdf, sum, at[danish.AboutCase]-1))
	last := 0
	for _, dm := range c.Framework.Domains[1:] {
		ref, ok := refAfter(t, page, "Kort første sætning om "+dm.ID+".", "da")
		if !ok {
			t.Errorf("%s: no reference", dm.ID)
			continue
		}
		if p := flat(pdftotextPages(t, pdf, ref, ref)); !strings.Contains(p, "Gruppens konklusion Kort første sætning om "+dm.ID+".") {
			t.Errorf("%s: the reference to page %d, which does not show the conclusion", dm.ID, ref)
		}
		last = ref
	}
	if last < 1000 {
		t.Errorf("the last reference is to page %d: the case is too small for the test", last)
	}
}

// wordsOfPage are the words of page n as pdftotext -bbox sees them.
func wordsOfPage(t *testing.T, pdf []byte, n int) []word {
	t.Helper()
	var ws []word
	for _, m := range wordTag.FindAllStringSubmatch(pdftotext(t, pdf, "-bbox", "-f", strconv.Itoa(n), "-l", strconv.Itoa(n)), -1) {
		w := word{text: html.UnescapeString(m[5])}
		for i, p := range []*float64{&w.xMin, &w.yMin, &w.xMax, &w.yMax} {
			*p, _ = strconv.ParseFloat(m[i+1], 64)
		}
		ws = append(ws, w)
	}
	return ws
}

// pdftotextPages is the text of pages from to to.
func pdftotextPages(t *testing.T, pdf []byte, from, to int) string {
	t.Helper()
	return pdftotext(t, pdf, "-layout", "-f", strconv.Itoa(from), "-l", strconv.Itoa(to))
}

// TestDissentWithoutSynthesisDomain: a framework without a "synthesis" domain has no section
// to print the dissent in full, so the summary prints all of it.
func TestDissentWithoutSynthesisDomain(t *testing.T) {
	c := smallCase()
	dissent := "Bo mener, at sensoren bør indføres straks. Carl vil vente på en pilot i en anden kommune."
	c.UpdateSynthesis(assessment.Edit{At: edited.Add(time.Hour)}, func(s *assessment.Synthesis) { s.Dissent = dissent })
	pdf := render(t, c, "da")
	at := sectionPages(t, pdf)
	if at[danish.AboutCase] != at[danish.Summary]+1 {
		t.Fatalf("the summary is not one page: %v", at)
	}
	summary := flat(pdftotextPages(t, pdf, at[danish.Summary], at[danish.Summary]))
	if !strings.Contains(summary, danish.Dissent+": "+dissent) || strings.Contains(summary, "… (s.") {
		t.Errorf("the summary does not print the dissent in full:\n%s", summary)
	}
	if n := strings.Count(flat(pdftotext(t, pdf)), "Carl vil vente på en pilot"); n != 1 {
		t.Errorf("the dissent is printed %d times, want once", n)
	}
}

// TestSummaryNegativeDomain: a domain the group rated −2 is named in the summary.
func TestSummaryNegativeDomain(t *testing.T) {
	c := smallCase()
	c.SetConsensus(assessment.Edit{At: edited.Add(time.Hour)}, "economy", assessment.Scores{Consequence: -2, Certainty: "high"}, "")
	for _, lang := range []string{"da", "en"} {
		pdf := render(t, c, lang)
		at := sectionPages(t, pdf)
		summary := flat(pdftotextPages(t, pdf, at[languages[lang].Summary], at[languages[lang].Summary]))
		want := languages[lang].Negative + ": ▲ 6. " + map[string]string{"da": "Økonomi", "en": "Economy"}[lang]
		if !strings.Contains(summary, want) {
			t.Errorf("%s: the summary lacks %q:\n%s", lang, want, summary)
		}
	}
}
