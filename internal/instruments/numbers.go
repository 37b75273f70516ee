package instruments

import (
	"errors"
	"fmt"
	"math"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// NumberError is why a typed text is not a number, in Danish and English.
type NumberError struct {
	Input  string
	Kind   NumberErrorKind
	Reason Text
}

// NumberErrorKind sorts the reasons a text is refused.
type NumberErrorKind int

// The kinds of NumberError.
const (
	KindEmpty     NumberErrorKind = iota + 1 // nothing typed
	KindAmbiguous                            // "1.500": thousands or decimals?
	KindText                                 // letters, units or other signs
	KindFormat                               // separators in the wrong places
	KindRange                                // too large for a float64
)

func (e *NumberError) Error() string { return e.Reason.En }

// Is makes errors.Is(err, ErrAmbiguous) true for every ambiguous number, and so on per kind.
func (e *NumberError) Is(target error) bool {
	t, ok := target.(*NumberError)
	return ok && t.Kind == e.Kind
}

// ErrEmpty is returned for an empty or blank text; ErrAmbiguous matches (with errors.Is) every
// ambiguous number.
var (
	ErrEmpty     error = &NumberError{Kind: KindEmpty, Reason: Text{"tomt felt", "empty"}}
	ErrAmbiguous error = &NumberError{Kind: KindAmbiguous, Reason: Text{"tvetydigt tal", "ambiguous number"}}
)

// ErrorText returns the reason of a parse error in both languages.
func ErrorText(err error) Text {
	var ne *NumberError
	if errors.As(err, &ne) {
		return ne.Reason
	}
	return Text{err.Error(), err.Error()}
}

// ParseNumber reads a number as people type it, in Danish or English habits:
//   - "1,5" and "1.5" are 1.5: a single separator is the decimal mark …
//   - … unless it is followed by exactly three digits after one to three digits, as in "1.500"
//     or "12,345": that is a Danish thousands separator or an English decimal, and is refused
//     as ambiguous with both readings in the reason. "0.500" and "1500.5" are not ambiguous.
//   - With both "." and ",", the last one is the decimal mark: "1.500,5" and "1,500.5" are
//     1500.5. A separator that appears more than once groups thousands: "1.500.000".
//   - Spaces, no-break and thin spaces group thousands ("1 500", "1 500,5"); a "." or "," with
//     them is the decimal mark. Groups after the first must have three digits.
//   - A leading "-", "−" (U+2212) or "–" (en dash) makes it negative; "+" is allowed.
//   - Units, "%" included, are refused naming the text, so "12 kr" never becomes 12 in a
//     field that meant something else. Use ParsePercent where "%" belongs.
//   - Blank text returns ErrEmpty.
func ParseNumber(s string) (float64, error) { return parse(s, s) }

// ParsePercent reads a percentage: a number as ParseNumber reads it, with or without one
// trailing "%". It returns the number of percent: "3,5 %" and "3,5" are both 3.5.
func ParsePercent(s string) (float64, error) {
	return parse(s, strings.TrimSuffix(strings.TrimSpace(s), "%"))
}

// parse reads s; in is the text as typed, for the reasons.
func parse(in, s string) (float64, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, ErrEmpty
	}
	neg := false
	if r, size := utf8.DecodeRuneInString(s); r == '-' || r == '−' || r == '–' || r == '+' {
		neg = r != '+'
		s = strings.TrimSpace(s[size:])
	}
	var body strings.Builder
	for _, r := range s {
		switch {
		case isDigit(r) || r == '.' || r == ',':
			body.WriteRune(r)
		case unicode.IsSpace(r):
			body.WriteByte(' ')
		default:
			return 0, textError(in, s)
		}
	}
	if strings.IndexFunc(s, isDigit) < 0 {
		return 0, textError(in, s)
	}
	v, err := parseBody(in, body.String(), neg)
	if err != nil {
		return 0, err
	}
	if neg && v != 0 {
		v = -v
	}
	return v, nil
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

// textError names what is not part of a number in s.
func textError(in, s string) error {
	if strings.IndexFunc(s, isDigit) < 0 {
		return &NumberError{in, KindText, Text{
			fmt.Sprintf("%q er ikke et tal", in),
			fmt.Sprintf("%q is not a number", in),
		}}
	}
	other := func(r rune) bool { return !isDigit(r) && r != '.' && r != ',' && !unicode.IsSpace(r) }
	first, last := strings.IndexFunc(s, other), strings.LastIndexFunc(s, other)
	_, size := utf8.DecodeRuneInString(s[last:])
	extra := s[first : last+size]
	if extra == "%" {
		return &NumberError{in, KindText, Text{
			fmt.Sprintf("%q: skriv tallet uden %%", in),
			fmt.Sprintf("%q: type the number without %%", in),
		}}
	}
	return &NumberError{in, KindText, Text{
		fmt.Sprintf("%q: fjern %q og skriv kun tallet (enheden står ved kolonnen)", in, extra),
		fmt.Sprintf("%q: remove %q and type the number only (the unit is given with the column)", in, extra),
	}}
}

func formatError(in string, da, en string) error {
	return &NumberError{in, KindFormat, Text{fmt.Sprintf("%q: %s", in, da), fmt.Sprintf("%q: %s", in, en)}}
}

// parseBody reads digits with ".", "," and " " and returns the unsigned value.
func parseBody(in, b string, neg bool) (float64, error) {
	nDot, nComma, nSpace := strings.Count(b, "."), strings.Count(b, ","), strings.Count(b, " ")
	var dec, group byte // 0 for none
	switch {
	case nDot > 0 && nComma > 0:
		dec = b[strings.LastIndexAny(b, ".,")]
		group = '.' + ',' - dec
		if nSpace > 0 {
			return 0, formatError(in, "bland ikke mellemrum, punktum og komma", "do not mix spaces, points and commas")
		}
	case nDot+nComma > 0:
		sep := byte('.')
		if nComma > 0 {
			sep = ','
		}
		n := nDot + nComma
		switch {
		case nSpace > 0 || n == 1:
			dec = sep
		default:
			group = sep
		}
		if nSpace > 0 {
			group = ' '
		} else if n == 1 {
			intPart, frac, _ := strings.Cut(b, string(sep))
			if len(frac) == 3 && len(intPart) >= 1 && len(intPart) <= 3 && intPart[0] != '0' {
				return 0, ambiguous(in, intPart, frac, sep, neg)
			}
		}
	case nSpace > 0:
		group = ' '
	}
	intPart, frac := b, ""
	if dec != 0 {
		if strings.Count(b, string(dec)) > 1 {
			return 0, formatError(in, "mere end ét decimaltegn", "more than one decimal mark")
		}
		intPart, frac, _ = strings.Cut(b, string(dec))
		if frac == "" {
			return 0, formatError(in, "ingen cifre efter decimaltegnet", "no digits after the decimal mark")
		}
		if strings.ContainsAny(frac, ". ,") {
			return 0, formatError(in, "tusindtalsseparator efter decimaltegnet", "thousands separator after the decimal mark")
		}
	}
	if group != 0 {
		groups := strings.Split(intPart, string(group))
		for i, g := range groups {
			if (i == 0 && (len(g) < 1 || len(g) > 3)) || (i > 0 && len(g) != 3) {
				return 0, formatError(in, "tusinder skal grupperes tre cifre ad gangen", "thousands must be grouped three digits at a time")
			}
		}
		intPart = strings.Join(groups, "")
	}
	if intPart == "" {
		intPart = "0"
	}
	v, err := strconv.ParseFloat(intPart+"."+frac+"0", 64)
	if err != nil || math.IsInf(v, 0) {
		return 0, &NumberError{in, KindRange, Text{
			fmt.Sprintf("%q er for stort", in),
			fmt.Sprintf("%q is too large", in),
		}}
	}
	return v, nil
}

func ambiguous(in, intPart, frac string, sep byte, neg bool) error {
	sign := ""
	if neg {
		sign = "-"
	}
	thousands := sign + intPart + frac
	decimal := sign + intPart
	if f := strings.TrimRight(frac, "0"); f != "" {
		decimal += "." + f
	}
	decDa := strings.Replace(decimal, ".", ",", 1)
	return &NumberError{in, KindAmbiguous, Text{
		fmt.Sprintf("%q er tvetydigt: %s med %q som tusindtalsseparator eller %s med %q som decimaltegn; skriv %s eller %s",
			in, thousands, sep, decDa, sep, thousands, decDa),
		fmt.Sprintf("%q is ambiguous: %s with %q as thousands separator, or %s with %q as decimal mark; type %s or %s",
			in, thousands, sep, decimal, sep, thousands, decimal),
	}}
}

// FormatNumber writes v with decimals digits after the decimal mark (rounded; a negative
// decimals gives as many as needed) and thousands grouped: "1.234,5" in Danish ("da" and any
// language but English), "1,234.5" in English ("en"). The minus is "-". Beware that a whole
// number between 1.000 and 999.999 written this way ("1.234") is refused by ParseNumber as
// ambiguous: show it, but do not put it back into an input field.
func FormatNumber(v float64, lang string, decimals int) string {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return strconv.FormatFloat(v, 'f', -1, 64)
	}
	groupSep, decSep := ".", ","
	if lang == "en" {
		groupSep, decSep = ",", "."
	}
	s := strconv.FormatFloat(v, 'f', decimals, 64)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	intPart, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	if neg && strings.Trim(s, "0.") != "" {
		b.WriteByte('-')
	}
	for i := range len(intPart) {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteString(groupSep)
		}
		b.WriteByte(intPart[i])
	}
	if hasFrac {
		b.WriteString(decSep)
		b.WriteString(frac)
	}
	return b.String()
}
