package report

import (
	"strings"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

// replacement stands in for every character the report's font cannot print. The Go fonts
// have a glyph for it, so a reader sees that something was there.
const replacement = '\uFFFD'

// clean makes s safe for gofpdf, keeping line breaks. Every string the report prints passes
// through clean or cleanLine: gofpdf's SplitText panics on runes above U+FFFF, Output fails
// on them, and a rune without a glyph prints as an empty box.
func clean(s string) string { return sanitize(s, true) }

// cleanLine is clean for text that must stay on one line: line breaks become spaces.
func cleanLine(s string) string { return sanitize(s, false) }

// sanitize composes s (NFC, so a decomposed "å" prints as one letter), normalises line
// breaks and tabs, and replaces each run of characters the font cannot print by one U+FFFD.
// A run is a character and what the Unicode rules attach to it: combining marks, variation
// selectors, skin-tone modifiers, a zero-width joiner and the emoji it joins, the second half
// of a flag. Nothing is dropped without a visible mark.
func sanitize(s string, multiline bool) string {
	if plain(s, multiline) {
		return s
	}
	cov := fontCoverage()
	rs := []rune(norm.NFC.String(s))
	var b strings.Builder
	b.Grow(len(s))
	newline := func() {
		if multiline {
			b.WriteByte('\n')
		} else {
			b.WriteByte(' ')
		}
	}
	for i := 0; i < len(rs); i++ {
		r := rs[i]
		switch {
		case r == '\r':
			if i+1 < len(rs) && rs[i+1] == '\n' {
				i++
			}
			newline()
		case r == '\n' || r == '\v' || r == '\f' || r == 0x85 || r == 0x2028 || r == 0x2029:
			newline()
		case r == '\t':
			if multiline {
				b.WriteString("    ")
			} else {
				b.WriteByte(' ')
			}
		case !unicode.IsControl(r) && cov.has(r):
			b.WriteRune(r)
		default:
			b.WriteRune(replacement)
			i = clusterEnd(rs, i, cov)
		}
	}
	return b.String()
}

// plain reports whether s is printable ASCII (and newlines, where allowed): nothing to do.
func plain(s string, multiline bool) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if (c < 0x20 || c > 0x7e) && !(multiline && c == '\n') {
			return false
		}
	}
	return true
}

// clusterEnd returns the index of the last rune that belongs with the unprintable rune at i,
// so that one emoji, however many code points it is made of, becomes one replacement.
func clusterEnd(rs []rune, i int, cov *coverage) int {
	if isRegionalIndicator(rs[i]) && i+1 < len(rs) && isRegionalIndicator(rs[i+1]) {
		i++ // a flag is a pair
	}
	for i+1 < len(rs) {
		next := rs[i+1]
		switch {
		case cov.has(next):
			return i
		case next == 0x200D: // zero-width joiner: joins the next emoji to this one
			i++
			if i+1 < len(rs) && !cov.has(rs[i+1]) && !unicode.IsSpace(rs[i+1]) && !unicode.IsControl(rs[i+1]) {
				i++
			}
		case isExtend(next):
			i++
		default:
			return i
		}
	}
	return i
}

// isExtend reports whether r attaches to the character before it.
func isExtend(r rune) bool {
	return unicode.In(r, unicode.Mn, unicode.Me, unicode.Mc) || // combining marks, variation selectors
		(r >= 0x1F3FB && r <= 0x1F3FF) || // emoji skin-tone modifiers
		(r >= 0xE0020 && r <= 0xE007F) // tag characters (subdivision flags)
}

func isRegionalIndicator(r rune) bool { return r >= 0x1F1E6 && r <= 0x1F1FF }
