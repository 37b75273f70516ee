package ui

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/casefile"
	"github.com/helhed/helhed/internal/report"
)

func init() {
	addTexts(map[string]string{
		"export.title":      "Export for Word",
		"export.intro":      "The full report as a file that Word and LibreOffice open, with real headings and tables to paste into your own project report; or as Markdown. It is in the language chosen above.",
		"export.html":       "Export for Word (HTML)…",
		"export.md":         "Export Markdown…",
		"export.saved":      "The export is saved in %s",
		"export.open":       "Open the export",
		"export.errorTitle": "The export could not be made",
		"export.notCase":    "%s is a case file: an export is saved under a name ending in .html or .md.",
	})
}

// exportPanel is the report page's part for the exports: two buttons that save the full
// report as HTML for Word or as Markdown, in the report's language. Like the PDF, an export is
// made from a copy of the case on another goroutine and written atomically.
type exportPanel struct {
	v    *reportView
	html *widget.Button
	md   *widget.Button
	done *widget.Label
	box  *fyne.Container
	// result is where the last export was saved, with buttons to open it and its folder.
	result   *fyne.Container
	openFile *widget.Button
	openDir  *widget.Button
	lastPath string

	// choosePath asks where to save an export of format; done gets the path and is not called
	// when the user cancels. Tests replace it.
	choosePath func(suggested, format string, done func(path string))
	// working counts exports being made, for tests to wait on.
	working sync.WaitGroup
	busy    bool
}

func newExportPanel(v *reportView) *exportPanel {
	p := &exportPanel{v: v}
	p.choosePath = p.saveDialog
	p.html = widget.NewButtonWithIcon(tr("export.html"), theme.DocumentSaveIcon(), func() { p.start(report.FormatHTML) })
	p.md = widget.NewButtonWithIcon(tr("export.md"), theme.DocumentSaveIcon(), func() { p.start(report.FormatMarkdown) })
	p.done = wrapped("")
	p.openFile = widget.NewButtonWithIcon(tr("export.open"), theme.FileIcon(), func() { v.open(p.lastPath) })
	p.openDir = widget.NewButtonWithIcon(tr("report.openFolder"), theme.FolderOpenIcon(), func() { v.open(filepath.Dir(p.lastPath)) })
	p.result = container.NewVBox(p.done, container.NewHBox(p.openFile, p.openDir))
	p.result.Hide()
	p.box = container.NewVBox(
		sectionTitle(tr("export.title")),
		helpLabel(tr("export.intro")),
		container.NewHBox(p.html, p.md),
		p.result,
	)
	return p
}

// start asks where to save the export, then makes it.
func (p *exportPanel) start(format string) {
	if p.busy {
		return
	}
	name := strings.TrimSuffix(pdfFileName(p.v.s.c.Info.Title), ".pdf") + "." + format
	p.choosePath(name, format, func(path string) { p.makeAt(format, path) })
}

// makeAt makes the export from a copy of the case taken here, on the UI goroutine, and writes it
// to path on another.
func (p *exportPanel) makeAt(format, path string) {
	if p.busy {
		return
	}
	if strings.EqualFold(filepath.Ext(path), casefile.Ext) {
		p.showError(errors.New(tr("export.notCase", filepath.Base(path))))
		return
	}
	data, err := casefile.Encode(p.v.s.c)
	if err != nil {
		p.showError(err)
		return
	}
	opt := report.Options{Lang: p.v.lang()}
	p.busy = true
	p.html.Disable()
	p.md.Disable()
	p.working.Add(1)
	go func() {
		defer p.working.Done()
		err := writeExport(data, format, opt, path)
		fyne.Do(func() { p.finished(path, err) })
	}()
}

// writeExport makes the export of the encoded case and writes it to path atomically. It runs on
// a worker goroutine and touches no widget.
func writeExport(data []byte, format string, opt report.Options, path string) error {
	c, err := casefile.Decode(data, path)
	if err != nil {
		return err
	}
	out, err := report.ExportAs(c, format, opt)
	if err != nil {
		return err
	}
	return casefile.WriteAtomic(path, out, false)
}

func (p *exportPanel) finished(path string, err error) {
	p.busy = false
	p.html.Enable()
	p.md.Enable()
	if err != nil {
		removeEmpty(path)
		p.showError(err)
		return
	}
	p.lastPath = path
	p.done.SetText(tr("export.saved", path))
	p.result.Show()
	p.box.Refresh()
}

func (p *exportPanel) showError(err error) {
	if w := windowFor(p.box); w != nil {
		dialog.NewInformation(tr("export.errorTitle"), errorMessage(err), w).Show()
	}
}

// saveDialog asks where to save the export with Fyne's file dialog, which creates or empties
// the file it is given: only its path is used, and the export is written atomically over it.
func (p *exportPanel) saveDialog(suggested, format string, done func(path string)) {
	w := windowFor(p.box)
	if w == nil {
		return
	}
	ext := "." + format
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			p.showError(err)
			return
		}
		if wc == nil {
			return // cancelled
		}
		uri := wc.URI()
		_ = wc.Close()
		if uri.Scheme() != "file" {
			p.showError(errors.New(tr("error.notLocal", uri.String())))
			return
		}
		path := uri.Path()
		if report.FormatOf(path) != format {
			if info, err := os.Stat(path); err == nil && info.Size() == 0 {
				removeEmpty(path) // the dialog's empty file under the name without the extension
			}
			path += ext
		}
		done(path)
	}, w)
	d.SetFilter(storage.NewExtensionFileFilter([]string{ext}))
	d.SetFileName(suggested)
	d.Show()
}
