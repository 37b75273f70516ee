package report

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/text/unicode/norm"

	"github.com/helhed/helhed/internal/assessment"
)

func TestSanitize(t *testing.T) {
	const R = string(replacement)
	for _, tc := range []struct{ in, want, line string }{
		{"plain ASCII", "plain ASCII", "plain ASCII"},
		{"æøå ÆØÅ – — … € ≥ ≤ ± × ° µ ½ → • ’ “”", "æøå ÆØÅ – — … € ≥ ≤ ± × ° µ ½ → • ’ “”", ""},
		{"a🙂b", "a" + R + "b", ""},
		{"𝔸-modellen", R + "-modellen", ""},
		{"ok ✓", "ok " + R, ""},
		{"👍🏽 tak", R + " tak", ""},            // skin-tone modifier
		{"👨‍👩‍👧 familie", R + " familie", ""}, // zero-width joiner sequence
		{"🇩🇰🇳🇴", R + R, ""},                   // two flags
		{"❤️ og ©️", R + " og ©" + R, ""},     // variation selector: absorbed, or shown alone
		{"a\u030A og e\u0301", "å og é", ""},  // decomposed letters are composed
		{"q\u0307", "q" + R, ""},              // a mark with no composed form is shown
		{"linje 1\r\nlinje 2\rlinje 3\u2028linje 4", "linje 1\nlinje 2\nlinje 3\nlinje 4", "linje 1 linje 2 linje 3 linje 4"},
		{"a\tb", "a    b", "a b"},
		{"nul\x00byte\x07", "nul" + R + "byte" + R, ""},
		{"\uFEFFbom", R + "bom", ""},
		{"中文", R + R, ""},
		{"", "", ""},
	} {
		if got := clean(tc.in); got != tc.want {
			t.Errorf("clean(%q) = %q, want %q", tc.in, got, tc.want)
		}
		if tc.line != "" {
			if got := cleanLine(tc.in); got != tc.line {
				t.Errorf("cleanLine(%q) = %q, want %q", tc.in, got, tc.line)
			}
		}
	}
}

// TestSanitizeEveryRune: whatever goes in, only runes the font has (and line breaks) come out,
// and every unprintable rune leaves a visible mark.
func TestSanitizeEveryRune(t *testing.T) {
	cov := fontCoverage()
	for start := rune(0); start <= utf8.MaxRune; start += 4096 {
		var b strings.Builder
		for r := start; r < start+4096 && r <= utf8.MaxRune; r++ {
			if utf8.ValidRune(r) {
				b.WriteRune(r)
				b.WriteByte(' ') // keep runes apart so none is absorbed into another's cluster
			}
		}
		in := b.String()
		out := clean(in)
		for _, r := range out {
			if r != '\n' && !cov.has(r) {
				t.Fatalf("clean let %U through (input block from %U)", r, start)
			}
		}
		if got, want := strings.Count(out, " "), strings.Count(in, " "); got < want {
			t.Fatalf("block from %U: %d separators left of %d: something was dropped", start, got, want)
		}
	}
}

// TestSplitTextGuard: gofpdf's SplitText indexes a width table by rune and panics on runes
// above U+FFFF; through the sanitizer it must not.
func TestSplitTextGuard(t *testing.T) {
	pdf := gofpdf.New("P", "mm", "A4", "")
	addFonts(pdf)
	pdf.AddPage()
	for _, f := range fontFiles {
		style := f.style
		pdf.SetFont(family, style, 11)
		for _, s := range []string{"glad 🙂", "𝔸𝔹ℂ", "👨‍👩‍👧", "\U0010FFFF", "✓ ✔ ☐", "x\x00y"} {
			func() {
				defer func() {
					if r := recover(); r != nil {
						t.Errorf("SplitText(clean(%q)) panicked: %v", s, r)
					}
				}()
				pdf.SplitText(clean(s), 50)
			}()
		}
	}
	if err := pdf.Error(); err != nil {
		t.Fatal(err)
	}
}

// TestEveryCoveredRunePrints: the coverage the sanitizer trusts agrees with gofpdf: a page with
// every covered rune in every style renders.
func TestEveryCoveredRunePrints(t *testing.T) {
	cov := fontCoverage()
	var b strings.Builder
	for r := rune(0x20); r < 0x10000; r++ {
		if cov.has(r) && r != replacement {
			b.WriteRune(r)
		}
	}
	all := norm.NFC.String(b.String()) // e.g. the Ångström sign becomes Å
	if clean(all) != all {
		t.Fatal("clean changes a text made of covered runes")
	}
	pdf := gofpdf.New("P", "mm", "A4", "")
	addFonts(pdf)
	pdf.AddPage()
	for _, f := range fontFiles {
		style := f.style
		pdf.SetFont(family, style, 10)
		pdf.MultiCell(0, 5, all, "", "L", false)
	}
	var out strings.Builder
	if err := pdf.Output(&out); err != nil {
		t.Fatal(err)
	}
}

// TestEmojiInAnswer: an answer with an emoji and a mathematical letter (both above U+FFFF,
// which make gofpdf's Output fail) prints with a replacement character in their place and the
// rest intact.
func TestEmojiInAnswer(t *testing.T) {
	c := smallCase()
	c.SetAnswer(assessment.Edit{At: edited}, "workflow.alarms", func(a *assessment.Answer) {
		a.Text = "Personalet er glade 🙂 for 𝔸-modellen, også om natten."
	})
	for _, lang := range []string{"da", "en"} {
		text := flat(pdftotext(t, render(t, c, lang), "-layout"))
		want := "Personalet er glade \uFFFD for \uFFFD-modellen, også om natten."
		if !strings.Contains(text, want) {
			t.Errorf("%s: want %q in\n%s", lang, want, text)
		}
		if strings.Contains(text, "🙂") || strings.Contains(text, "𝔸") {
			t.Errorf("%s: the unprintable runes reached the PDF", lang)
		}
	}
}

// TestUnprintableEverywhere: every text the group writes may hold runes the font lacks.
func TestUnprintableEverywhere(t *testing.T) {
	const odd = " 🙂 𝔸 ✓ \u0000 👨‍👩‍👧"
	c := smallCase()
	e := assessment.Edit{At: edited}
	c.UpdateInfo(e, func(i *assessment.Info) {
		for _, p := range []*string{&i.Title, &i.GroupName, &i.Technology, &i.Description, &i.Setting,
			&i.Decision, &i.Comparator, &i.Deadline, &i.Category} {
			*p += odd
		}
	})
	for _, m := range c.LiveMembers() {
		if err := c.UpdateMember(e, m.ID, func(m *assessment.Member) { m.Name += odd; m.Profession += odd; m.Role += odd }); err != nil {
			t.Fatal(err)
		}
	}
	for i := range c.Sources {
		s := &c.Sources[i]
		s.Citation += odd
		s.Link += odd
		s.Appraisal += odd
		s.Kind += odd
	}
	for i := range c.Ratings {
		c.Ratings[i].Rationale += odd
		c.Ratings[i].Certainty += odd
	}
	for i := range c.KnockOuts {
		c.KnockOuts[i].Title += odd
		c.KnockOuts[i].Reason += odd
	}
	c.SetConclusion(e, "economy", "Konklusion"+odd)
	c.SetAnswer(e, "scope.level", func(a *assessment.Answer) { a.NotRelevantReason += odd })
	c.UpdateSynthesis(e, func(s *assessment.Synthesis) {
		s.Recommendation += odd
		s.Dissent += odd
		s.Conditions = append(s.Conditions, odd)
		s.OpenQuestions = append(s.OpenQuestions, odd)
	})
	fw := *c.Framework
	fw.Domains = append(fw.Domains[:0:0], fw.Domains...)
	fw.Domains[2].Title = tx("Økonomi"+odd, "Economy"+odd)
	c.Framework = &fw
	for _, lang := range []string{"da", "en"} {
		text := pdftotext(t, render(t, c, lang), "-layout")
		if n := strings.Count(text, "\uFFFD"); n < 50 {
			t.Errorf("%s: %d replacement characters, want at least 50", lang, n)
		}
	}
}
