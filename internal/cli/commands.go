package cli

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/helhed/helhed/internal/analysis"
	"github.com/helhed/helhed/internal/casefile"
	"github.com/helhed/helhed/internal/report"
	"github.com/helhed/helhed/resources"
)

func runVersion(_ App, _ []string, stdout, _ io.Writer) int {
	fmt.Fprintf(stdout, "helhed %s (case files version %d)\n", casefile.AppVersion, casefile.SchemaVersion)
	return ExitOK
}

func runExample(a App, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("example", flag.ContinueOnError)
	out := fs.String("o", "", "write the example to this .mtv `file` instead of opening it")
	force := fs.Bool("force", false, "replace an existing file (the old one is kept as .bak)")
	pos, code, ok := parse(fs, args, stdout, stderr)
	if !ok {
		return code
	}
	if len(pos) != 1 {
		return usageError(stderr, "example", "name one example, or \"list\"")
	}
	if pos[0] == "list" {
		for _, name := range resources.ExampleNames() {
			fmt.Fprintln(stdout, name)
		}
		return ExitOK
	}
	c, err := LoadExample(pos[0])
	if err != nil {
		fmt.Fprintln(stderr, "helhed example:", err)
		return ExitInput
	}
	if *out == "" {
		return a.gui(c, "", stderr)
	}
	if err := checkTarget(*out, nil, *force); err != nil {
		fmt.Fprintln(stderr, "helhed example:", err)
		return ExitInput
	}
	if err := casefile.Save(*out, c); err != nil {
		fmt.Fprintln(stderr, "helhed example:", err)
		return ExitInput
	}
	fmt.Fprintf(stdout, "wrote %s\n", *out)
	return ExitOK
}

func runValidate(_ App, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("validate", flag.ContinueOnError)
	b, code, ok := startBatch(fs, nil, args, stdout, stderr)
	if !ok {
		return code
	}
	failed := b.failed
	for _, f := range b.files {
		c, err := loadCase(f)
		if err != nil {
			fmt.Fprintln(stderr, err)
			failed = true
			continue
		}
		if issues := c.Check(); len(issues) > 0 {
			failed = true
			fmt.Fprintf(stderr, "%s: %s:\n", f, plural(len(issues), "problem", "problems"))
			for _, i := range issues {
				fmt.Fprintf(stderr, "  %s\n", i)
			}
			continue
		}
		fmt.Fprintf(stdout, "%s: ok\n", f)
	}
	if failed {
		return ExitInput
	}
	return ExitOK
}

func langFlag(fs *flag.FlagSet) *string {
	return fs.String("lang", "", "language: da or en (default: the case's language)")
}

// batch is what a command that takes PATH... starts from.
type batch struct {
	pos    []string // the PATH arguments
	files  []string // the case files they stand for
	failed bool     // a PATH named nothing usable (already reported)
}

// startBatch parses the flags (lang may be nil), checks the language and expands the paths,
// reporting paths that name nothing usable so that the batch goes on with the rest.
func startBatch(fs *flag.FlagSet, lang *string, args []string, stdout, stderr io.Writer) (batch, int, bool) {
	pos, code, ok := parse(fs, args, stdout, stderr)
	if !ok {
		return batch{}, code, false
	}
	if lang != nil && *lang != "" && *lang != "da" && *lang != "en" {
		return batch{}, usageError(stderr, fs.Name(), "--lang must be da or en, not %q", *lang), false
	}
	if len(pos) == 0 {
		return batch{}, usageError(stderr, fs.Name(), "name at least one case file or folder"), false
	}
	files, problems := expandPaths(pos)
	for _, p := range problems {
		fmt.Fprintln(stderr, p)
	}
	return batch{pos: pos, files: files, failed: len(problems) > 0}, 0, true
}

func runSummary(_ App, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("summary", flag.ContinueOnError)
	asJSON := fs.Bool("json", false, "print JSON (documented in docs/case-format.md)")
	asCSV := fs.Bool("csv", false, "the teacher's overview: one row per case, CSV for Excel (docs/teacher.md)")
	out := fs.String("o", "", "write to this `file` instead of standard output")
	lang := langFlag(fs)
	b, code, ok := startBatch(fs, lang, args, stdout, stderr)
	if !ok {
		return code
	}
	if *asCSV {
		if *asJSON {
			return usageError(stderr, "summary", "choose --json or --csv, not both")
		}
		return runSummaryCSV(b, *lang, *out, stdout, stderr)
	}
	pos, files, failed := b.pos, b.files, b.failed
	var summaries []analysis.Summary
	var text bytes.Buffer
	for _, f := range files {
		c, err := loadCase(f)
		if err != nil {
			fmt.Fprintln(stderr, err)
			failed = true
			continue
		}
		l := *lang
		if l == "" {
			l = c.Info.Language
		}
		s := analysis.Summarize(c, l)
		summaries = append(summaries, s)
		writeSummaryText(&text, f, s)
	}
	var result []byte
	if *asJSON {
		var v any = summaries
		if len(pos) == 1 && len(files) == 1 {
			v = summaries[0]
		} else if summaries == nil {
			v = []analysis.Summary{}
		}
		result, _ = json.MarshalIndent(v, "", "  ")
		result = append(result, '\n')
	} else {
		result = text.Bytes()
	}
	if *out != "" {
		if err := checkTarget(*out, files, false); err != nil {
			fmt.Fprintln(stderr, "helhed summary:", err)
			return ExitInput
		}
		if err := casefile.WriteAtomic(*out, result, false); err != nil {
			fmt.Fprintln(stderr, "helhed summary:", err)
			return ExitInput
		}
	} else {
		stdout.Write(result)
	}
	if failed {
		return ExitInput
	}
	return ExitOK
}

func runReport(_ App, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("report", flag.ContinueOnError)
	out := fs.String("o", "", "the PDF `file` (one case) or folder (several cases); default: beside each case")
	lang := langFlag(fs)
	short := fs.Bool("short", false, "write the short decision basis (a few pages) instead of the full report; default file NAME-short.pdf")
	b, code, ok := startBatch(fs, lang, args, stdout, stderr)
	if !ok {
		return code
	}
	pos, files, failed := b.pos, b.files, b.failed
	several := len(files) > 1 || len(pos) > 1
	if several && *out != "" {
		if info, err := os.Stat(*out); err == nil && !info.IsDir() {
			return usageError(stderr, "report", "with several cases, -o names a folder, and %s is a file", *out)
		}
		if err := os.MkdirAll(*out, 0o755); err != nil {
			fmt.Fprintf(stderr, "helhed report: %s: cannot create the folder: %v\n", *out, err)
			return ExitInput
		}
	}
	written := map[string]string{}
	for _, f := range files {
		suffix := ".pdf"
		if *short {
			suffix = "-short.pdf"
		}
		target := strings.TrimSuffix(f, filepath.Ext(f)) + suffix
		switch {
		case several && *out != "":
			target = filepath.Join(*out, caseName(f)+suffix)
		case *out != "":
			target = *out
		}
		if prev, dup := written[target]; dup {
			fmt.Fprintf(stderr, "%s: not written: its report %s would replace the one of %s\n", f, target, prev)
			failed = true
			continue
		}
		if err := writeReport(f, target, report.Options{Lang: *lang, Short: *short}, files); err != nil {
			fmt.Fprintln(stderr, err)
			failed = true
			continue
		}
		written[target] = f
		fmt.Fprintf(stdout, "%s: wrote %s\n", f, target)
	}
	if failed {
		return ExitInput
	}
	return ExitOK
}

func writeReport(path, target string, opt report.Options, inputs []string) error {
	c, err := loadCase(path)
	if err != nil {
		return err
	}
	if err := checkTarget(target, inputs, false); err != nil {
		return err
	}
	pdf, err := report.PDF(c, opt)
	if err != nil {
		return fmt.Errorf("%s: the report cannot be made: %w", path, err)
	}
	return casefile.WriteAtomic(target, pdf, false)
}

// plural is n with the singular or the plural noun: "1 problem", "3 problems".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
