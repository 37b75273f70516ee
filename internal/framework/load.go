package framework

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
)

// Parse decodes and validates a framework file. The error names the field at fault,
// e.g. `domains[3].questions[1].text.en: missing`.
func Parse(data []byte) (*Framework, error) {
	if err := checkText(data); err != nil {
		return nil, err
	}
	// Editors on Windows may start a UTF-8 file with a byte-order mark; JSON does not allow it.
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	var f Framework
	if err := decode(data, &f); err != nil {
		return nil, err
	}
	if err := f.Validate(); err != nil {
		return nil, err
	}
	return &f, nil
}

// FieldError is a validation problem at one field.
type FieldError struct {
	Field   string
	Problem string
}

func (e FieldError) Error() string { return e.Field + ": " + e.Problem }

// Validate checks that IDs are unique, every text has the required languages, every
// reference resolves and every instrument has what its calculator reads. It returns all problems joined, each a FieldError.
func (f *Framework) Validate() error {
	var errs []error
	bad := func(field, format string, args ...any) {
		errs = append(errs, FieldError{Field: field, Problem: fmt.Sprintf(format, args...)})
	}
	text := func(field string, t Text, required bool) {
		if t == nil && !required {
			return
		}
		for _, lang := range RequiredLanguages {
			if strings.TrimSpace(t[lang]) == "" {
				bad(field+"."+lang, "missing")
			}
		}
	}
	id := func(field, value string, seen map[string]string) {
		if strings.TrimSpace(value) == "" {
			bad(field, "missing")
			return
		}
		if prev, dup := seen[value]; dup {
			bad(field, "%q is already used by %s", value, prev)
			return
		}
		seen[value] = field
	}

	if f.Format != Format {
		bad("format", "is %q, want %q", f.Format, Format)
	}
	if f.FormatVersion < 1 || f.FormatVersion > FormatVersion {
		bad("formatVersion", "is %d; this version of Helhed reads 1 to %d", f.FormatVersion, FormatVersion)
	}
	if strings.TrimSpace(f.ID) == "" {
		bad("id", "missing")
	}
	if strings.TrimSpace(f.Version) == "" {
		bad("version", "missing")
	}
	text("name", f.Name, true)
	text("description", f.Description, false)

	terms := map[string]string{}
	for i, t := range f.Glossary {
		field := fmt.Sprintf("glossary[%d]", i)
		id(field+".id", t.ID, terms)
		text(field+".term", t.Term, true)
		text(field+".definition", t.Definition, true)
	}

	if len(f.Domains) == 0 {
		bad("domains", "empty")
	}
	domains := map[string]string{}
	questions := map[string]string{}
	numbers := map[int]string{}
	instruments := map[string]string{}
	calculators := map[string]string{}
	for i, d := range f.Domains {
		field := fmt.Sprintf("domains[%d]", i)
		id(field+".id", d.ID, domains)
		if prev, dup := numbers[d.Number]; dup {
			bad(field+".number", "%d is already used by %s", d.Number, prev)
		}
		numbers[d.Number] = field
		text(field+".title", d.Title, true)
		text(field+".purpose", d.Purpose, true)
		if len(d.Questions) == 0 {
			bad(field+".questions", "empty")
		}
		for j, q := range d.Questions {
			qf := fmt.Sprintf("%s.questions[%d]", field, j)
			id(qf+".id", q.ID, questions)
			text(qf+".text", q.Text, true)
			text(qf+".help", q.Help, false)
			for k, tag := range q.Tags {
				if strings.TrimSpace(tag.Scheme) == "" || strings.TrimSpace(tag.Ref) == "" {
					bad(fmt.Sprintf("%s.tags[%d]", qf, k), "needs both scheme and ref")
				}
			}
			for k, term := range q.Terms {
				if _, ok := terms[term]; !ok {
					bad(fmt.Sprintf("%s.terms[%d]", qf, k), "%q is not in the glossary", term)
				}
			}
		}
		validateInstruments(field, &f.Domains[i], instruments, calculators, bad, text, id)
	}
	if len(f.Domains) > 0 && !anyRated(f.Domains) {
		bad("domains", "no domain is rated; set \"rated\": true on the domains the group rates, or the rating profile and the report's overview are empty")
	}
	if len(f.Recommendations) == 0 {
		bad("recommendations", "empty")
	}
	recs := map[string]string{}
	for i, r := range f.Recommendations {
		field := fmt.Sprintf("recommendations[%d]", i)
		id(field+".id", r.ID, recs)
		text(field+".label", r.Label, true)
		text(field+".help", r.Help, false)
	}
	kos := map[string]string{}
	for i, k := range f.KnockOuts {
		field := fmt.Sprintf("knockOuts[%d]", i)
		id(field+".id", k.ID, kos)
		if _, ok := domains[k.Domain]; !ok {
			bad(field+".domain", "%q is not a domain of this framework", k.Domain)
		}
		text(field+".label", k.Label, true)
		text(field+".help", k.Help, false)
	}
	return errors.Join(errs...)
}

func anyRated(domains []Domain) bool {
	for _, d := range domains {
		if d.Rated {
			return true
		}
	}
	return false
}
