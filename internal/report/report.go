// Package report writes a case as a PDF: the full report (cover, contents, summary, rating
// profile, every domain with the group's ratings, conclusion and answers, the unanswered
// questions, the sources and a glossary) or the short decision basis of at most a few pages
// in the spirit of the Danish mini-MTV.
//
// The report is built from the case model alone and is deterministic: the same case and
// options give the same bytes. Every text is sanitized before it reaches gofpdf (see clean).
//
// A report is laid out twice. The first pass prints nothing; it learns the page count and the
// page of every section. The second prints the pages with the contents' page numbers and
// "Side x af y" filled in. Nothing in the layout depends on those numbers, so the two passes
// break pages at the same places (Write checks that, and lays out once more if not).
package report

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"maps"
	"slices"

	"github.com/helhed/helhed/internal/assessment"
)

// Options choose how a report is written.
type Options struct {
	// Lang is the report's language, "da" or "en", independent of the case's working
	// language. Empty means the case's language, or Danish if that is not a report language.
	Lang string
	// Short asks for the short decision basis instead of the full report.
	Short bool
}

// Write writes the report of c as a PDF to w. Nothing is written when the report fails.
func Write(w io.Writer, c *assessment.Case, opt Options) error {
	pdf, err := PDF(c, opt)
	if err != nil {
		return err
	}
	_, err = w.Write(pdf)
	return err
}

// PDF returns the report of c as a PDF.
func PDF(c *assessment.Case, opt Options) (out []byte, err error) {
	if c == nil || c.Framework == nil {
		return nil, errors.New("report: the case has no framework")
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
		return nil, fmt.Errorf("report: no report language %q (have da, en)", opt.Lang)
	}
	defer func() {
		// gofpdf panics on some inputs; a failed report must not take the app down.
		if r := recover(); r != nil {
			out, err = nil, fmt.Errorf("report: %v", r)
		}
	}()

	start := func() *doc {
		d := newDoc(c, lang, t)
		d.short = opt.Short
		if opt.Short {
			d.out.SetSubject(cleanLine(t.ShortKind), true)
		}
		return d
	}
	d := start()
	// The first pass: layout only, on the same document before it has a page.
	first := d.firstPass()
	first.render()
	if err := first.pdf.Error(); err != nil {
		return nil, fmt.Errorf("report: %w", err)
	}
	d.prev = first.layout()

	// The printing pass, on a new document again (never seen) if its pages differ from what
	// it was told.
	for try := range 3 {
		if try > 0 {
			prev := d.layout()
			d = start()
			d.prev, d.tape = prev, &tape{off: true}
		}
		d.tape.next = 0
		d.render()
		if err := d.pdf.Error(); err != nil {
			return nil, fmt.Errorf("report: %w", err)
		}
		if !d.layout().equal(d.prev) {
			continue
		}
		var buf bytes.Buffer
		if err := d.out.Output(&buf); err != nil {
			return nil, fmt.Errorf("report: %w", err)
		}
		return deflateStreams(buf.Bytes())
	}
	return nil, errors.New("report: the page numbers do not settle")
}

// layout is what this pass has learnt.
func (d *doc) layout() *layout {
	return &layout{pages: d.pdf.PageNo(), marks: d.marks, anchors: d.anchors}
}

func (l *layout) equal(o *layout) bool {
	return l.pages == o.pages && slices.Equal(l.marks, o.marks) && maps.Equal(l.anchors, o.anchors)
}

// render lays out the report, part by part (see parts).
func (d *doc) render() {
	for _, p := range d.parts() {
		p.render(d)
	}
}
