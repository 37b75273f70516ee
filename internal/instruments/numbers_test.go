package instruments

import (
	"errors"
	"math"
	"strconv"
	"strings"
	"testing"
)

func TestParseNumber(t *testing.T) {
	for _, c := range []struct {
		in   string
		want float64
	}{
		{"1,5", 1.5},   // one separator, one digit after: the decimal mark
		{"1.5", 1.5},   // the same in English habit
		{" 42 ", 42},   // surrounding spaces do not matter
		{"0.500", 0.5}, // three digits after "0": a thousands group never starts with 0
		{"0,500", 0.5},
		{",5", 0.5},            // a missing leading zero is fine
		{"1500.5", 1500.5},     // four digits before: not a thousands group
		{"1234,567", 1234.567}, // the same with a comma
		{"1.5000", 1.5},        // four digits after: not a thousands group
		{"1.500,5", 1500.5},    // both: the last is the decimal mark, "." groups (Danish)
		{"1,500.5", 1500.5},    // both: "," groups, "." is the decimal (English)
		{"1.500.000", 1500000}, // a separator twice groups thousands
		{"1,500,000", 1500000},
		{"2.500.000,75", 2500000.75},
		{"1 500", 1500},      // space groups thousands
		{"1\u00a0500", 1500}, // no-break space, as Word and spreadsheets paste it
		{"1\u202f500", 1500}, // narrow no-break space
		{"1 500,5", 1500.5},  // with spaces, "," is the decimal mark …
		{"1 500.5", 1500.5},  // … and so is "."
		{"1 500,000", 1500},  // … even before three digits: the spaces already group
		{"12 345 678", 12345678},
		{"-2", -2},
		{"−2", -2},      // U+2212 minus sign
		{"–2", -2},      // en dash, as word processors turn "-" into
		{"- 2,5", -2.5}, // a space after the sign is forgiven
		{"+3", 3},
		{"-0", 0},
		{"007", 7},
		{"-1.500,5", -1500.5},
	} {
		got, err := ParseNumber(c.in)
		if err != nil || got != c.want {
			t.Errorf("ParseNumber(%q) = %v, %v; want %v", c.in, got, err, c.want)
		}
	}
	if v, _ := ParseNumber("-0"); math.Signbit(v) {
		t.Error(`"-0" gave negative zero`)
	}
}

func TestParseNumberRefuses(t *testing.T) {
	for _, c := range []struct {
		in   string
		kind NumberErrorKind
		en   string // a piece of the English reason
	}{
		{"", KindEmpty, "empty"},
		{"   ", KindEmpty, "empty"},
		{"1.500", KindAmbiguous, `1500 with '.' as thousands separator, or 1.5 with '.' as decimal mark`},
		{"1,500", KindAmbiguous, `1500 with ',' as thousands separator, or 1.5 with ',' as decimal mark`},
		{"12.345", KindAmbiguous, "12345"},
		{"-1.000", KindAmbiguous, "-1000 with '.' as thousands separator, or -1 with"},
		{"abc", KindText, `"abc" is not a number`},
		{"-", KindText, "is not a number"},
		{".", KindText, "is not a number"},
		{"12 kr", KindText, `remove "kr"`},
		{"12 %", KindText, "without %"},
		{"1e3", KindText, `remove "e"`},
		{"ca. 5", KindText, `remove "ca"`},
		{"5,", KindFormat, "no digits after the decimal mark"},
		{"1,2,3", KindFormat, "grouped three digits"},
		{"1.5.0", KindFormat, "grouped three digits"},
		{"12 5", KindFormat, "grouped three digits"},
		{"1,5.000", KindFormat, "grouped three digits"},
		{"1.500,5,5", KindFormat, "more than one decimal mark"},
		{"1 500.000,5", KindFormat, "do not mix"},
		{"1,123 456", KindFormat, "after the decimal mark"},
		{strings.Repeat("9", 400), KindRange, "too large"},
	} {
		_, err := ParseNumber(c.in)
		var ne *NumberError
		if !errors.As(err, &ne) || ne.Kind != c.kind || !strings.Contains(ne.Reason.En, c.en) || ne.Reason.Da == "" {
			t.Errorf("ParseNumber(%q) error = %#v; want kind %d with %q", c.in, err, c.kind, c.en)
		}
	}
	if _, err := ParseNumber(" "); err != ErrEmpty {
		t.Errorf("blank: %v, want ErrEmpty", err)
	}
	if _, err := ParseNumber("1.500"); !errors.Is(err, ErrAmbiguous) {
		t.Errorf("1.500: %v is not ErrAmbiguous", err)
	}
	_, err := ParseNumber("1,500")
	if got := ErrorText(err).Da; got != `"1,500" er tvetydigt: 1500 med ',' som tusindtalsseparator eller 1,5 med ',' som decimaltegn; skriv 1500 eller 1,5` {
		t.Errorf("Danish reason: %s", got)
	}
}

func TestParsePercent(t *testing.T) {
	for in, want := range map[string]float64{"3,5 %": 3.5, "3.5%": 3.5, "4": 4, "0 %": 0, "-1 %": -1} {
		if got, err := ParsePercent(in); err != nil || got != want {
			t.Errorf("ParsePercent(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	if _, err := ParsePercent("%"); err != ErrEmpty {
		t.Errorf(`ParsePercent("%%") = %v; want ErrEmpty`, err)
	}
	if _, err := ParsePercent("3 kr %"); err == nil || !strings.Contains(err.Error(), `"3 kr %"`) {
		t.Errorf("the reason should quote the text as typed: %v", err)
	}
}

func TestFormatNumber(t *testing.T) {
	for _, c := range []struct {
		v        float64
		lang     string
		decimals int
		want     string
	}{
		{1234.5, "da", 1, "1.234,5"},
		{1234.5, "en", 1, "1,234.5"},
		{1234567.891, "da", 2, "1.234.567,89"},
		{1234567.891, "en", 0, "1,234,568"}, // rounded
		{-1234.5, "da", 1, "-1.234,5"},
		{999, "da", 0, "999"},
		{-0.001, "da", 2, "0,00"}, // no "-0,00"
		{0.125, "en", -1, "0.125"},
		{100000, "nb", 0, "100.000"}, // any language but English writes the Danish way
	} {
		if got := FormatNumber(c.v, c.lang, c.decimals); got != c.want {
			t.Errorf("FormatNumber(%v, %s, %d) = %q; want %q", c.v, c.lang, c.decimals, got, c.want)
		}
	}
}

// checkRoundTrip formats v and parses it back: the same value as the rounded figure, or refused
// as ambiguous exactly when the text has one separator followed by three digits ("1.234").
func checkRoundTrip(t *testing.T, v float64, lang string, decimals int) {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		return
	}
	s := FormatNumber(v, lang, decimals)
	got, err := ParseNumber(s)
	want, _ := strconv.ParseFloat(strconv.FormatFloat(v, 'f', decimals, 64), 64)
	if errors.Is(err, ErrAmbiguous) {
		digits := strings.TrimPrefix(s, "-")
		if strings.Count(digits, ".")+strings.Count(digits, ",") != 1 || len(digits) < 5 || len(digits) > 7 {
			t.Fatalf("FormatNumber(%v, %s, %d) = %q refused as ambiguous", v, lang, decimals, s)
		}
		return
	}
	if err != nil || got != want {
		t.Fatalf("FormatNumber(%v, %s, %d) = %q parses as %v, %v; want %v", v, lang, decimals, s, got, err, want)
	}
}

func TestRoundTrip(t *testing.T) {
	for _, v := range []float64{0, 1, 1.5, 999.999, 1234, 1234.5, -98765.4321, 1e6, 123456789.125, 1e20} {
		for _, lang := range []string{"da", "en"} {
			for d := range 5 {
				checkRoundTrip(t, v, lang, d)
			}
		}
	}
}

func FuzzParseNumber(f *testing.F) {
	for _, s := range []string{"1,5", "1.500", "1.500,5", "1 500", "−2", "12 %", "abc", "", ",", "1,2.3", "\u00a0"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		v, err := ParseNumber(s)
		if err != nil {
			if ErrorText(err).Da == "" || ErrorText(err).En == "" {
				t.Fatalf("%q: a reason is missing: %#v", s, err)
			}
			return
		}
		if math.IsNaN(v) || math.IsInf(v, 0) {
			t.Fatalf("%q parsed as %v", s, v)
		}
		// Whatever was accepted, written back with every digit, reads the same.
		for _, lang := range []string{"da", "en"} {
			checkRoundTrip(t, v, lang, -1)
		}
	})
}

func FuzzFormatParse(f *testing.F) {
	f.Add(1234.5, uint8(1), false)
	f.Add(-1500.0, uint8(0), true)
	f.Fuzz(func(t *testing.T, v float64, decimals uint8, en bool) {
		lang := "da"
		if en {
			lang = "en"
		}
		checkRoundTrip(t, v, lang, int(decimals%12))
	})
}

func TestProblemsNumber(t *testing.T) {
	var ps Problems
	if v, ok := ps.Number(2, "minutes", "7,5"); !ok || v != 7.5 {
		t.Errorf("7,5 = %v %v", v, ok)
	}
	if y, ok := ps.Integer(0, "year", "3"); !ok || y != 3 {
		t.Errorf("3 = %v %v", y, ok)
	}
	ps.Number(1, "minutes", "ti")
	ps.Integer(4, "year", "2,5")
	ps.Integer(5, "year", "")
	checkProblems(t, ps, at(1, "minutes"), at(4, "year"), at(5, "year"))
	if got := ps.At(4, "year"); len(got) != 1 || got[0].Message.Da != `"2,5": skriv et helt tal` {
		t.Errorf("At = %+v", got)
	}
	if got := ps[0].Error(); got != `row 2, minutes: "ti" is not a number` {
		t.Errorf("Error() = %s", got)
	}
}
