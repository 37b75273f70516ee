// Package cli is the helhed command line: each command is a function of its arguments and
// output streams, so tests run them in-process. cmd/helhed only wires it to os.Args and the GUI.
package cli

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/helhed/helhed/internal/assessment"
)

// Exit codes.
const (
	ExitOK    = 0
	ExitInput = 1 // bad input: a file that cannot be read, is inconsistent or cannot be written
	ExitUsage = 2 // the command line itself is wrong
)

// GUI opens the window on c (nil: the start screen). path is the file c came from, or "" for an
// unsaved copy. It returns when the window is closed.
type GUI func(c *assessment.Case, path string) error

// App runs commands; OpenGUI is nil where no window can be shown.
type App struct {
	OpenGUI GUI
}

// Run runs the command line args (without the program name) with no GUI available.
func Run(args []string, stdout, stderr io.Writer) int {
	return App{}.Run(args, stdout, stderr)
}

type command struct {
	name    string
	summary string
	run     func(a App, args []string, stdout, stderr io.Writer) int
}

func commands() []command {
	return []command{
		{"example", "list the shipped examples, write one to a file, or open one", runExample},
		{"validate", "check that case files load and are consistent", runValidate},
		{"summary", "completeness, rating profile and disagreement of cases", runSummary},
		{"report", "write the PDF report of cases", runReport},
		{"merge", "merge members' copies into the group's case", runMerge},
		{"export", "write the full report as HTML for Word, or Markdown", runExport},
		{"framework", "list, check or export frameworks; start a case on one (or on your own file)", runFramework},
		{"version", "print the version", runVersion},
	}
}

// Run runs the command line args (without the program name).
func (a App) Run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		return a.gui(nil, "", stderr)
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		usage(stdout)
		return ExitOK
	case "--version", "-version":
		return runVersion(a, nil, stdout, stderr)
	}
	for _, cmd := range commands() {
		if args[0] == cmd.name {
			return cmd.run(a, args[1:], stdout, stderr)
		}
	}
	if strings.HasPrefix(args[0], "-") {
		fmt.Fprintf(stderr, "helhed: unknown flag %s\n", args[0])
		usage(stderr)
		return ExitUsage
	}
	if len(args) > 1 {
		fmt.Fprintf(stderr, "helhed: %q is not a command, and the window opens one file at a time\n", args[0])
		usage(stderr)
		return ExitUsage
	}
	c, err := loadCase(args[0])
	if err != nil {
		fmt.Fprintln(stderr, "helhed:", err)
		return ExitInput
	}
	return a.gui(c, args[0], stderr)
}

func (a App) gui(c *assessment.Case, path string, stderr io.Writer) int {
	if a.OpenGUI == nil {
		fmt.Fprintln(stderr, "helhed: this build has no window; use a command (helhed --help)")
		return ExitUsage
	}
	if err := a.OpenGUI(c, path); err != nil {
		fmt.Fprintln(stderr, "helhed:", err)
		return ExitInput
	}
	return ExitOK
}

func usage(w io.Writer) {
	fmt.Fprint(w, `Helhed: holistic health technology assessment (MTV 2.0) for groups.

Usage:
  helhed                      open the window
  helhed FILE.mtv             open a case in the window
  helhed COMMAND [ARGS]       run a command

Commands:
`)
	for _, cmd := range commands() {
		fmt.Fprintf(w, "  %-10s %s\n", cmd.name, cmd.summary)
	}
	fmt.Fprint(w, `
  helhed example list
  helhed example NAME [-o FILE.mtv] [--force]   without -o, open it in the window unsaved
  helhed validate PATH...
  helhed summary PATH... [--json | --csv] [--lang da|en] [-o FILE]
  helhed report PATH... [-o PDF|DIR] [--lang da|en] [--short]
  helhed merge CASE.mtv COPY.mtv... -o OUT.mtv [--force]   the group's case first
  helhed export FILE.mtv --format html|md [-o FILE] [--lang da|en]

A PATH is a .mtv file or a folder of them. Flags may come before or after arguments.
Run "helhed COMMAND --help" for a command's flags.
Exit status: 0 ok, 1 bad input (every file is still processed), 2 usage error.
`)
}

// errUsage marks an error in the command line.
var errUsage = errors.New("usage")

// parse parses flags that may stand before, between or after the positional arguments.
// It returns the positional arguments, or an exit code when it has already reported.
func parse(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) ([]string, int, bool) {
	fs.SetOutput(io.Discard)
	var positional []string
	rest := args
	for {
		if err := fs.Parse(rest); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				fs.SetOutput(stdout)
				fmt.Fprintf(stdout, "Usage of helhed %s:\n", fs.Name())
				fs.PrintDefaults()
				return nil, ExitOK, false
			}
			fmt.Fprintf(stderr, "helhed %s: %v\n", fs.Name(), err)
			fs.SetOutput(stderr)
			fs.PrintDefaults()
			return nil, ExitUsage, false
		}
		// Parse stops at the first positional argument or after "--".
		consumed := len(rest) - fs.NArg()
		if consumed > 0 && rest[consumed-1] == "--" {
			return append(positional, fs.Args()...), 0, true
		}
		if fs.NArg() == 0 {
			return positional, 0, true
		}
		positional = append(positional, fs.Arg(0))
		rest = fs.Args()[1:]
	}
}

func usageError(stderr io.Writer, cmd, format string, args ...any) int {
	fmt.Fprintf(stderr, "helhed %s: %s\n", cmd, fmt.Sprintf(format, args...))
	fmt.Fprintf(stderr, "Run \"helhed %s --help\" for its flags.\n", cmd)
	return ExitUsage
}
