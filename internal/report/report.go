// Package report writes a case as a PDF report: the case and the group, every domain of the
// framework with the group's ratings, conclusion and answers, and the recommendation.
//
// The report is built from the case model alone and is deterministic: the same case and
// options give the same bytes. Every text is sanitized before it reaches gofpdf (see clean).
package report

import (
	"bytes"
	"errors"
	"fmt"
	"io"

	"github.com/helhed/helhed/internal/assessment"
)

// Options choose how a report is written.
type Options struct {
	// Lang is the report's language, "da" or "en", independent of the case's working
	// language. Empty means the case's language, or Danish if that is not a report language.
	Lang string
}

// Write writes the report of c as a PDF to w. Nothing is written when the report fails.
func Write(w io.Writer, c *assessment.Case, opt Options) (err error) {
	if c == nil || c.Framework == nil {
		return errors.New("report: the case has no framework")
	}
	lang := opt.Lang
	if lang == "" {
		lang = c.Info.Language
		if languages[lang] == nil {
			lang = "da"
		}
	}
	t := languages[lang]
	if t == nil {
		return fmt.Errorf("report: no report language %q (have da, en)", opt.Lang)
	}
	defer func() {
		// gofpdf panics on some inputs; a failed report must not take the app down.
		if r := recover(); r != nil {
			err = fmt.Errorf("report: %v", r)
		}
	}()

	d := newDoc(c, lang, t)
	d.render()
	d.pdf.Close()
	if err := d.pdf.Error(); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	if err := d.pdf.Output(w); err != nil {
		return fmt.Errorf("report: %w", err)
	}
	return nil
}

// PDF returns the report of c as a PDF.
func PDF(c *assessment.Case, opt Options) ([]byte, error) {
	var buf bytes.Buffer
	if err := Write(&buf, c, opt); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// render lays out the report, section by section.
func (d *doc) render() {
	d.pdf.AddPage()
	d.titleSection()
	d.infoSection()
	d.membersSection()
	for i := range d.fw.Domains {
		d.domainSection(&d.fw.Domains[i])
	}
	d.synthesisSection()
}
