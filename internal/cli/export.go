package cli

import (
	"flag"
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/helhed/helhed/internal/casefile"
	"github.com/helhed/helhed/internal/report"
)

// runExport writes the full report of one case as HTML (for Word) or Markdown.
func runExport(_ App, args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("export", flag.ContinueOnError)
	format := fs.String("format", "", "html (a self-contained file for Word and LibreOffice) or md (Markdown); default: from -o's extension")
	out := fs.String("o", "", "the `file` to write; default: beside the case, NAME.html or NAME.md")
	lang := langFlag(fs)
	pos, code, ok := parse(fs, args, stdout, stderr)
	if !ok {
		return code
	}
	if *lang != "" && *lang != "da" && *lang != "en" {
		return usageError(stderr, "export", "--lang must be da or en, not %q", *lang)
	}
	if len(pos) != 1 {
		return usageError(stderr, "export", "name one case file")
	}
	*format = strings.ToLower(strings.TrimPrefix(*format, "."))
	if *format == "markdown" {
		*format = report.FormatMarkdown
	}
	inferred := ""
	if *out != "" {
		if strings.EqualFold(filepath.Ext(*out), casefile.Ext) {
			return usageError(stderr, "export", "%s: an export is not a case file; name an .html or .md file", *out)
		}
		inferred = report.FormatOf(*out)
	}
	switch {
	case *format == "" && inferred == "" && *out != "":
		return usageError(stderr, "export", "say --format html or --format md (%s has neither .html nor .md at the end)", *out)
	case *format == "" && inferred == "":
		return usageError(stderr, "export", "say --format html or --format md, or name the file with -o")
	case *format == "":
		*format = inferred
	case *format != report.FormatHTML && *format != report.FormatMarkdown:
		return usageError(stderr, "export", "--format must be html or md, not %q", *format)
	case inferred != "" && inferred != *format:
		return usageError(stderr, "export", "--format %s does not match the file name %s", *format, *out)
	}
	path := pos[0]
	target := *out
	if target == "" {
		target = strings.TrimSuffix(path, filepath.Ext(path)) + "." + *format
	}
	c, err := loadCase(path)
	if err != nil {
		fmt.Fprintln(stderr, "helhed export:", err)
		return ExitInput
	}
	if err := checkTarget(target, []string{path}, false); err != nil {
		fmt.Fprintln(stderr, "helhed export:", err)
		return ExitInput
	}
	data, err := report.ExportAs(c, *format, report.Options{Lang: *lang})
	if err != nil {
		fmt.Fprintf(stderr, "helhed export: %s: the export cannot be made: %v\n", path, err)
		return ExitInput
	}
	if err := casefile.WriteAtomic(target, data, false); err != nil {
		fmt.Fprintln(stderr, "helhed export:", err)
		return ExitInput
	}
	fmt.Fprintf(stdout, "%s: wrote %s\n", path, target)
	return ExitOK
}
