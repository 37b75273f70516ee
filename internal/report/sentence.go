package report

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// firstSentence returns the first sentence of s, verbatim (without the white space around it),
// and whether s goes on after it. The summary prints a domain's conclusion by its first
// sentence and refers to the page of the whole.
//
// A sentence ends at ".", "!" or "?", and any closing quotes or brackets after it, followed by
// white space and an uppercase letter or a quote; or at a blank line. A full stop does not end
// a sentence after an abbreviation that leads into more ("fx.", "ca.", "jf.", "bl.a.", any word
// with a full stop inside it), an initial ("J. Hansen") or a number of up to three digits (the
// Danish ordinals: "1. marts", "10. Jura, data og sikkerhed"). Where in doubt it does not cut:
// a sentence too long is better than a sentence cut in two.
func firstSentence(s string) (string, bool) {
	s = strings.TrimSpace(s)
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\n':
			// A blank line ends a paragraph, and with it the sentence.
			if j := skipSpaces(s, i+n); strings.Count(s[i:j], "\n") >= 2 && j < len(s) {
				return strings.TrimSpace(s[:i]), true
			}
		case r == '.' || r == '!' || r == '?':
			end := i + n
			for end < len(s) {
				c, m := utf8.DecodeRuneInString(s[end:])
				if !strings.ContainsRune(closers, c) {
					break
				}
				end += m
			}
			next := skipSpaces(s, end)
			if next == end || next >= len(s) {
				break // not followed by white space and more
			}
			c, _ := utf8.DecodeRuneInString(s[next:])
			if !unicode.IsUpper(c) && !strings.ContainsRune(quotes, c) {
				break
			}
			if r == '.' && !endsSentence(s[:i]) {
				break
			}
			return s[:end], true
		}
		i += n
	}
	return s, false
}

// closers may follow the punctuation that ends a sentence: »Det er godt.« Derefter …
const closers = "»«\"”’')]"

// quotes may open a sentence (Danish quotes open with », others with « “ „ " ‘ ').
const quotes = "»«\"“”„‘’'"

// skipSpaces returns the index of the first rune at or after i that is not white space.
func skipSpaces(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !unicode.IsSpace(r) {
			break
		}
		i += n
	}
	return i
}

// endsSentence reports whether a full stop after before ends a sentence, judged by the word it
// follows: not after an abbreviation, an initial or a short number.
func endsSentence(before string) bool {
	word := before[strings.LastIndexFunc(before, unicode.IsSpace)+1:]
	word = strings.TrimLeft(word, "»«\"“”„‘’'([")
	if word == "" {
		return true
	}
	if strings.Contains(word, ".") {
		return false // bl.a., f.eks., d.v.s.
	}
	if utf8.RuneCountInString(word) == 1 && unicode.IsLetter([]rune(word)[0]) {
		return false // an initial
	}
	if len(word) <= 3 && strings.IndexFunc(word, func(r rune) bool { return r < '0' || r > '9' }) < 0 {
		return false // an ordinal: 1. marts, 10. Jura
	}
	return !abbreviations[strings.ToLower(word)]
}

// abbreviations are the abbreviations, Danish and English, that lead into more of the sentence
// and so may stand before a capital letter. Those that usually end one (kr., mio., osv., etc.)
// are left out: "Piloten koster 355.000 kr. Driften er ikke finansieret." is two sentences.
var abbreviations = map[string]bool{
	"fx": true, "ca": true, "jf": true, "cf": true, "evt": true, "inkl": true, "ekskl": true, "incl": true,
	"excl": true, "pga": true, "mht": true, "vedr": true, "ang": true, "iflg": true, "ifm": true, "ift": true,
	"hhv": true, "dvs": true, "nr": true, "pr": true, "kl": true, "stk": true, "tlf": true, "dr": true,
	"mr": true, "mrs": true, "ms": true, "prof": true, "st": true, "sct": true, "vs": true, "ref": true,
	"fig": true, "kap": true, "afs": true, "pkt": true, "approx": true, "vol": true,
}
