package cli

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/casefile"
	"github.com/helhed/helhed/internal/framework"
	"github.com/helhed/helhed/resources"
)

// ShippedFramework loads the shipped framework with the given ID.
func ShippedFramework(id string) (*framework.Framework, error) {
	data, err := resources.Framework(id)
	if err != nil {
		return nil, fmt.Errorf("there is no built-in framework %q; \"helhed framework list\" names them", id)
	}
	fw, err := framework.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("the built-in framework %s is damaged: %w", id, err)
	}
	return fw, nil
}

// ShippedFrameworks loads every shipped framework, the default first. A damaged one means a
// broken build, and is left out with its error.
func ShippedFrameworks() ([]*framework.Framework, []error) {
	var out []*framework.Framework
	var errs []error
	for _, id := range resources.FrameworkIDs() {
		fw, err := ShippedFramework(id)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out = append(out, fw)
	}
	return out, errs
}

// FrameworkFrom loads a framework named on the command line: the ID of a shipped one, or the
// path of a framework file (a teacher's own).
func FrameworkFrom(ref string) (*framework.Framework, error) {
	if _, err := resources.Framework(ref); err == nil && !strings.ContainsAny(ref, `/\.`) {
		return ShippedFramework(ref)
	}
	if _, err := os.Stat(ref); err != nil {
		return nil, fmt.Errorf("%s: is neither a built-in framework (%s) nor a framework file", ref,
			strings.Join(resources.FrameworkIDs(), ", "))
	}
	return framework.ReadFile(ref)
}

const frameworkUsage = `Usage:
  helhed framework list [--lang da|en]
      the built-in frameworks
  helhed framework check FILE...
      check framework files a teacher wrote; every problem names the file and the field
  helhed framework export ID -o FILE.json [--force]
      write a built-in framework to a file, as a starting point for your own
  helhed framework new ID|FILE -o CASE.mtv --title TITLE [--group NAME] [--lang da|en] [--force]
      start an empty case on a framework; the case keeps its own copy of the framework
See docs/framework-format.md for the format.
`

func runFramework(a App, args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, frameworkUsage)
		return ExitUsage
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		fmt.Fprint(stdout, frameworkUsage)
		return ExitOK
	case "list":
		return frameworkList(args[1:], stdout, stderr)
	case "check":
		return frameworkCheck(args[1:], stdout, stderr)
	case "export":
		return frameworkExport(args[1:], stdout, stderr)
	case "new":
		return frameworkNew(args[1:], stdout, stderr)
	}
	fmt.Fprintf(stderr, "helhed framework: %q is not one of list, check, export, new\n", args[0])
	fmt.Fprint(stderr, frameworkUsage)
	return ExitUsage
}

func frameworkList(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("framework list", flag.ContinueOnError)
	lang := fs.String("lang", "en", "the language of the names: da or en")
	pos, code, ok := parse(fs, args, stdout, stderr)
	if !ok {
		return code
	}
	if len(pos) > 0 {
		return usageError(stderr, "framework list", "takes no arguments")
	}
	fws, errs := ShippedFrameworks()
	for _, fw := range fws {
		fmt.Fprintf(stdout, "%-10s %-8s %2d domains %3d questions  %s\n", fw.ID, fw.Version, len(fw.Domains),
			fw.QuestionCount(), fw.Name.In(*lang))
	}
	for _, err := range errs {
		fmt.Fprintln(stderr, "helhed framework list:", err)
	}
	if len(errs) > 0 {
		return ExitInput
	}
	return ExitOK
}

func frameworkCheck(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("framework check", flag.ContinueOnError)
	pos, code, ok := parse(fs, args, stdout, stderr)
	if !ok {
		return code
	}
	if len(pos) == 0 {
		return usageError(stderr, "framework check", "name one or more framework files")
	}
	failed := false
	for _, path := range pos {
		fw, err := framework.ReadFile(path)
		if err != nil {
			fmt.Fprintln(stderr, err)
			failed = true
			continue
		}
		fmt.Fprintf(stdout, "%s: ok: %s %s, %d domains (%d rated), %d questions, %d instruments, %d glossary terms\n",
			path, fw.ID, fw.Version, len(fw.Domains), ratedCount(fw), fw.QuestionCount(), instrumentCount(fw), len(fw.Glossary))
		if _, err := resources.Framework(fw.ID); err == nil {
			// Allowed, but the teacher's overview and the reports would not tell the two apart.
			fmt.Fprintf(stdout, "%s: note: the id %q is a built-in framework's; give your own framework an id of its own\n", path, fw.ID)
		}
	}
	if failed {
		return ExitInput
	}
	return ExitOK
}

func ratedCount(fw *framework.Framework) int {
	n := 0
	for _, d := range fw.Domains {
		if d.Rated {
			n++
		}
	}
	return n
}

func instrumentCount(fw *framework.Framework) int {
	n := 0
	for _, d := range fw.Domains {
		n += len(d.Instruments)
	}
	return n
}

func frameworkExport(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("framework export", flag.ContinueOnError)
	out := fs.String("o", "", "the framework `file` to write (.json)")
	force := fs.Bool("force", false, "replace an existing file")
	pos, code, ok := parse(fs, args, stdout, stderr)
	if !ok {
		return code
	}
	if len(pos) != 1 || *out == "" {
		return usageError(stderr, "framework export", "name one built-in framework and the file to write with -o")
	}
	data, err := resources.Framework(pos[0])
	if err != nil {
		fmt.Fprintf(stderr, "helhed framework export: there is no built-in framework %q; \"helhed framework list\" names them\n", pos[0])
		return ExitInput
	}
	if _, err := os.Stat(*out); err == nil && !*force {
		fmt.Fprintf(stderr, "helhed framework export: %s: already exists; use --force to replace it\n", *out)
		return ExitInput
	}
	if err := casefile.WriteAtomic(*out, data, false); err != nil {
		fmt.Fprintln(stderr, "helhed framework export:", err)
		return ExitInput
	}
	fmt.Fprintf(stdout, "wrote %s (give it an \"id\" of its own before you change it)\n", *out)
	return ExitOK
}

func frameworkNew(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("framework new", flag.ContinueOnError)
	out := fs.String("o", "", "the case `file` to write (.mtv)")
	title := fs.String("title", "", "the case's title")
	group := fs.String("group", "", "the group's name")
	lang := fs.String("lang", "da", "the group's working language: da or en")
	force := fs.Bool("force", false, "replace an existing case file (the old one is kept as .bak)")
	pos, code, ok := parse(fs, args, stdout, stderr)
	if !ok {
		return code
	}
	switch {
	case len(pos) != 1:
		return usageError(stderr, "framework new", "name one framework: a built-in ID or a framework file")
	case *out == "":
		return usageError(stderr, "framework new", "name the case file to write with -o")
	case strings.TrimSpace(*title) == "":
		return usageError(stderr, "framework new", "give the case a title with --title")
	case *lang != "da" && *lang != "en":
		return usageError(stderr, "framework new", "--lang is da or en, not %q", *lang)
	}
	fw, err := FrameworkFrom(pos[0])
	if err != nil {
		fmt.Fprintln(stderr, "helhed framework new:", err)
		return ExitInput
	}
	if err := checkTarget(*out, []string{pos[0]}, *force); err != nil {
		fmt.Fprintln(stderr, "helhed framework new:", err)
		return ExitInput
	}
	e := assessment.Now(uuid.Nil)
	c := assessment.New(fw, strings.TrimSpace(*title), e)
	c.UpdateInfo(e, func(i *assessment.Info) {
		i.GroupName = strings.TrimSpace(*group)
		i.Language = *lang
	})
	if err := casefile.Save(*out, c); err != nil {
		fmt.Fprintln(stderr, "helhed framework new:", err)
		return ExitInput
	}
	fmt.Fprintf(stdout, "wrote %s: %q on %s %s (%d questions)\n", *out, c.Info.Title, fw.ID, fw.Version, fw.QuestionCount())
	return ExitOK
}
