// Command helhed is the Helhed application: the window, and the command line of internal/cli.
package main

import (
	"fmt"
	"os"
	"sync"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/cli"
	"github.com/helhed/helhed/internal/framework"
	"github.com/helhed/helhed/internal/ui"
	"github.com/helhed/helhed/resources"
)

func main() {
	app := cli.App{OpenGUI: openWindow}
	os.Exit(app.Run(os.Args[1:], os.Stdout, os.Stderr))
}

func openWindow(c *assessment.Case, path string) error {
	ui.Run(ui.Options{
		Case:         c,
		Path:         path,
		Examples:     resources.ExampleNames(),
		LoadExample:  cli.LoadExample,
		ExampleTitle: func(name string) string { return exampleTitles()[name] },
		NewCase:      newCase,
		Frameworks:   shippedFrameworks(),
	})
	return nil
}

// exampleTitles are the shipped examples' titles, read once: the start screen and the menu both
// show them, and reading an example means decoding the whole case.
var exampleTitles = sync.OnceValue(func() map[string]string {
	titles := map[string]string{}
	for _, name := range resources.ExampleNames() {
		if c, err := cli.LoadExample(name); err == nil {
			titles[name] = c.Info.Title
		}
	}
	return titles
})

func newCase() *assessment.Case {
	c, err := cli.NewCase("")
	if err != nil {
		// The framework is compiled in; failing here means a broken build, not bad input.
		panic(err)
	}
	return c
}

// shippedFrameworks are the frameworks the wizard offers; they are compiled in, so a damaged one
// is a broken build and is only logged.
func shippedFrameworks() []*framework.Framework {
	fws, errs := cli.ShippedFrameworks()
	for _, err := range errs {
		fmt.Fprintln(os.Stderr, "helhed:", err)
	}
	return fws
}
