package ui

import (
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/casefile"
	"github.com/helhed/helhed/internal/report"
)

// reportView is the report page: the report's language, and a button that makes the PDF.
//
// The PDF is made from a copy of the case taken on the UI goroutine (encoded at once, decoded
// on the worker), so the group can go on editing while it is made and nothing races; the result
// comes back through fyne.Do.
type reportView struct {
	widget.BaseWidget
	s *caseScreen

	language  *widget.RadioGroup
	langIDs   []string           // the language codes, in the order of language.Options
	kind      *widget.RadioGroup // the full report, or the short decision basis
	create    *widget.Button
	done      *widget.Label  // where the last report was saved
	openPDF   *widget.Button // opens the last report
	openDir   *widget.Button // opens its folder
	resultBox *fyne.Container
	lastPath  string

	progress dialog.Dialog
	job      *reportJob // the report being made, or nil

	// choosePath asks where to save the PDF; done gets the path and is not called when the user
	// cancels. openURL opens a file or folder with the system's program. Tests replace both.
	choosePath func(suggested string, done func(path string))
	openURL    func(*url.URL) error
	// working counts reports being made, for tests to wait on.
	working sync.WaitGroup

	content *fyne.Container
	exports *exportPanel // the HTML and Markdown exports (exportpanel.go)
}

// reportJob is one report being made; cancelled is set on the UI goroutine and read by the worker.
type reportJob struct{ cancelled atomic.Bool }

// errCancelled ends a report the user cancelled.
var errCancelled = errors.New("cancelled")

func newReportView(s *caseScreen) *reportView {
	v := &reportView{s: s}
	v.choosePath = v.saveDialog
	v.openURL = func(u *url.URL) error { return fyne.CurrentApp().OpenURL(u) }

	var labels []string
	for _, l := range assessment.Languages {
		v.langIDs = append(v.langIDs, l.ID)
		labels = append(labels, l.Label.In(uiLanguage()))
	}
	v.language = widget.NewRadioGroup(labels, nil)
	v.language.Horizontal = true
	v.language.Required = true
	i := slices.Index(v.langIDs, s.c.Info.Language)
	if i < 0 {
		i = 0 // Danish
	}
	v.language.Selected = labels[i]

	v.kind = widget.NewRadioGroup([]string{tr("report.kindFull"), tr("report.kindShort")}, nil)
	v.kind.Required = true
	v.kind.Selected = v.kind.Options[0]

	v.create = widget.NewButtonWithIcon(tr("report.create"), theme.DocumentSaveIcon(), v.start)
	v.create.Importance = widget.HighImportance

	v.done = wrapped("")
	v.openPDF = widget.NewButtonWithIcon(tr("report.openPDF"), theme.FileIcon(), func() { v.open(v.lastPath) })
	v.openDir = widget.NewButtonWithIcon(tr("report.openFolder"), theme.FolderOpenIcon(), func() { v.open(filepath.Dir(v.lastPath)) })
	v.resultBox = container.NewVBox(v.done, container.NewHBox(v.openPDF, v.openDir))
	v.resultBox.Hide()

	v.content = container.NewVBox(
		wholeCaseHeading(tr("report.title")),
		helpLabel(tr("report.intro")),
		sectionTitle(tr("report.language")),
		helpLabel(tr("report.languageHelp")),
		v.language,
		sectionTitle(tr("report.kind")),
		v.kind,
		widget.NewSeparator(),
		container.NewHBox(v.create),
		v.resultBox,
	)
	v.exports = newExportPanel(v)
	v.content.Add(v.exports.box)
	v.ExtendBaseWidget(v)
	return v
}

func (v *reportView) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(v.content)
}

// lang is the chosen report language.
func (v *reportView) lang() string {
	if i := slices.Index(v.language.Options, v.language.Selected); i >= 0 {
		return v.langIDs[i]
	}
	return "da"
}

// options are the chosen language and kind of report.
func (v *reportView) options() report.Options {
	return report.Options{Lang: v.lang(), Short: v.kind.Selected == tr("report.kindShort")}
}

// start asks where to save the report, then makes it.
func (v *reportView) start() {
	if v.job != nil {
		return
	}
	name := pdfFileName(v.s.c.Info.Title)
	if v.options().Short {
		name = strings.TrimSuffix(name, ".pdf") + "-" + tr("report.shortSuffix") + ".pdf"
	}
	v.choosePath(name, v.makeAt)
}

// makeAt makes the report and saves it at path. The case is copied here, on the UI goroutine;
// the PDF is made and written on another, while a dialog shows progress.
func (v *reportView) makeAt(path string) {
	if v.job != nil {
		return
	}
	data, err := casefile.Encode(v.s.c)
	if err != nil {
		v.showError(err)
		return
	}
	job := &reportJob{}
	v.job = job
	opt := v.options()
	v.create.Disable()
	v.resultBox.Hide()
	v.showProgress(job)

	v.working.Add(1)
	go func() {
		defer v.working.Done()
		err := writeReport(data, opt, path, &job.cancelled)
		fyne.Do(func() { v.finished(job, path, err) })
	}()
}

// writeReport makes the report of the encoded case and writes it to path atomically, unless
// cancelled is set first. It runs on a worker goroutine and touches no widget.
func writeReport(data []byte, opt report.Options, path string, cancelled *atomic.Bool) error {
	c, err := casefile.Decode(data, path)
	if err != nil {
		return err
	}
	pdf, err := report.PDF(c, opt)
	if err != nil {
		return err
	}
	if cancelled.Load() {
		return errCancelled
	}
	return casefile.WriteAtomic(path, pdf, false)
}

// finished shows the outcome of job, on the UI goroutine.
func (v *reportView) finished(job *reportJob, path string, err error) {
	if v.job == job {
		v.job = nil
		v.create.Enable()
		if v.progress != nil {
			v.progress.Hide()
			v.progress = nil
		}
	}
	if job.cancelled.Load() || errors.Is(err, errCancelled) {
		removeEmpty(path)
		return
	}
	if err != nil {
		removeEmpty(path)
		v.showError(err)
		return
	}
	v.lastPath = path
	v.done.SetText(tr("report.saved", path))
	v.resultBox.Show()
	v.content.Refresh()
}

// showProgress shows that job is under way, with a button to cancel it.
func (v *reportView) showProgress(job *reportJob) {
	w := windowFor(v.content)
	if w == nil {
		return
	}
	bar := widget.NewProgressBarInfinite()
	msg := wrapped(tr("report.working"))
	d := dialog.NewCustomWithoutButtons(tr("report.workingTitle"), container.NewVBox(msg, bar), w)
	cancel := widget.NewButtonWithIcon(tr("report.cancel"), theme.CancelIcon(), func() {
		job.cancelled.Store(true)
		if v.job == job {
			v.job = nil
			v.create.Enable()
		}
		d.Hide()
		v.progress = nil
	})
	d.SetButtons([]fyne.CanvasObject{cancel})
	d.Resize(fyne.NewSize(420, d.MinSize().Height))
	v.progress = d
	d.Show()
}

// open opens a file or folder with the system's program for it.
func (v *reportView) open(path string) {
	if path == "" {
		return
	}
	u, err := url.Parse(storage.NewFileURI(path).String())
	if err == nil {
		err = v.openURL(u)
	}
	if err != nil {
		v.showError(err)
	}
}

func (v *reportView) showError(err error) {
	if w := windowFor(v.content); w != nil {
		dialog.NewInformation(tr("report.errorTitle"), errorMessage(err), w).Show()
	}
}

// saveDialog asks where to save the report with Fyne's file dialog. The dialog creates or empties
// the file; only its path is used, and the report is written atomically over it.
func (v *reportView) saveDialog(suggested string, done func(path string)) {
	w := windowFor(v.content)
	if w == nil {
		return
	}
	d := dialog.NewFileSave(func(wc fyne.URIWriteCloser, err error) {
		if err != nil {
			v.showError(err)
			return
		}
		if wc == nil {
			return // cancelled
		}
		uri := wc.URI()
		_ = wc.Close()
		if uri.Scheme() != "file" {
			v.showError(errors.New(tr("error.notLocal", uri.String())))
			return
		}
		path := uri.Path()
		if !strings.EqualFold(filepath.Ext(path), ".pdf") {
			removeEmpty(path) // the dialog's empty file under the name without .pdf
			path += ".pdf"
		}
		done(path)
	}, w)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".pdf"}))
	d.SetFileName(suggested)
	d.Show()
}

// pdfFileName is a file name for the report of a case with the given title.
func pdfFileName(title string) string {
	return strings.TrimSuffix(suggestedFileName(title), casefile.Ext) + ".pdf"
}

// removeEmpty removes the empty file a file dialog may have left at path.
func removeEmpty(path string) {
	if info, err := os.Stat(path); err == nil && info.Mode().IsRegular() && info.Size() == 0 {
		_ = os.Remove(path)
	}
}
