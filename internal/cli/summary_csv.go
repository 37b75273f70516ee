package cli

import (
	"bytes"
	"fmt"
	"io"
	"time"

	"github.com/helhed/helhed/internal/analysis"
	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/casefile"
)

// runSummaryCSV is "helhed summary PATH... --csv": the teacher's overview, one row per case
// (analysis.WriteCourseCSV, docs/teacher.md). A file that cannot be read is named on stderr
// with its problem and left out; the others still make the table, and the exit code says that
// some failed. When no case at all can be read nothing is written, so that a wrong folder does
// not replace a good overview with an empty one.
func runSummaryCSV(b batch, lang, out string, stdout, stderr io.Writer) int {
	failed := b.failed
	var cases []*assessment.Case
	var files []string
	for _, f := range b.files {
		c, err := loadCase(f)
		if err != nil {
			fmt.Fprintln(stderr, err)
			failed = true
			continue
		}
		cases, files = append(cases, c), append(files, f)
	}
	if len(cases) == 0 {
		fmt.Fprintln(stderr, "helhed summary: no case could be read; nothing written")
		return ExitInput
	}
	if lang == "" {
		lang = courseLanguage(cases)
	}
	rows := make([]analysis.CourseRow, len(cases))
	for i, c := range cases {
		rows[i] = analysis.CourseRowOf(c, lang)
		rows[i].File = files[i]
	}
	var csv bytes.Buffer
	// The last change in the teacher's own time zone: it is read as "when did the group work".
	if err := analysis.WriteCourseCSV(&csv, rows, lang, time.Local); err != nil {
		fmt.Fprintln(stderr, "helhed summary:", err)
		return ExitInput
	}
	if code := writeResult(csv.Bytes(), out, b.files, stdout, stderr); code != ExitOK {
		return code
	}
	if failed {
		return ExitInput
	}
	return ExitOK
}

// courseLanguage is the language of an overview when none is asked for: the cases' language
// when they all share one, else Danish (the language of the courses Helhed is made for).
func courseLanguage(cases []*assessment.Case) string {
	lang := cases[0].Info.Language
	for _, c := range cases[1:] {
		if c.Info.Language != lang {
			return "da"
		}
	}
	if lang != "en" {
		return "da"
	}
	return lang
}

// writeResult writes data to the file out (atomically, never over one of the inputs) or, when
// out is "", to stdout.
func writeResult(data []byte, out string, inputs []string, stdout, stderr io.Writer) int {
	if out == "" {
		if _, err := stdout.Write(data); err != nil {
			fmt.Fprintln(stderr, "helhed summary:", err)
			return ExitInput
		}
		return ExitOK
	}
	if err := checkTarget(out, inputs, false); err != nil {
		fmt.Fprintln(stderr, "helhed summary:", err)
		return ExitInput
	}
	if err := casefile.WriteAtomic(out, data, false); err != nil {
		fmt.Fprintln(stderr, "helhed summary:", err)
		return ExitInput
	}
	return ExitOK
}
