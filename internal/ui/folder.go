package ui

import (
	"bytes"
	"errors"
	"path/filepath"
	"strconv"
	"strings"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/layout"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/analysis"
	"github.com/helhed/helhed/internal/casefile"
)

func init() {
	addTexts(map[string]string{
		"menu.openFolder":      "Open a folder of cases…",
		"start.openFolder":     "Open a folder of cases…",
		"start.folderTitle":    "All the groups' cases",
		"start.openFolderHelp": "For teachers and coordinators: the cases in a folder in one table, with each group's progress, consensus and recommendation.",

		"folder.title":            "Cases in %s",
		"folder.reading":          "Reading %d of %d files…",
		"folder.countOne":         "1 case.",
		"folder.count":            "%d cases.",
		"folder.problemsOne":      "1 file could not be read (below).",
		"folder.problems":         "%d files could not be read (below).",
		"folder.none":             "There are no case files (.mtv) in this folder.",
		"folder.errorTitle":       "The folder could not be read",
		"folder.hint":             "Open a case to see it in the main window. Read again to see the groups' latest changes.",
		"folder.reload":           "Read again",
		"folder.col.case":         "Case and group",
		"folder.col.done":         "Questions done",
		"folder.col.consensus":    "Consensus",
		"folder.col.rec":          "Recommendation",
		"folder.col.changed":      "Last change",
		"folder.doneValue":        "%d of %d (%d %%)",
		"folder.consensus":        "%d of %d domains",
		"folder.domainsLeft":      "Domains not done: %s",
		"folder.domainsAllDone":   "Every domain done",
		"folder.domainsNoneDone":  "No domain done yet",
		"folder.disagreementOne":  "1 disagreement",
		"folder.disagreements":    "%d disagreements",
		"folder.noDisagreements":  "No disagreements",
		"folder.knockOuts":        "Knock-out: %d",
		"folder.noRecommendation": "Not chosen yet",
		"folder.noGroup":          "No group name",
		"folder.changedBy":        "by %s",
		"folder.open":             "Open",
		"folder.unreadable":       "Files that could not be read",
		"folder.saveCSV":          "Save as CSV for Excel…",
		"folder.csvName":          "Overview %s.csv",
		"folder.saved":            "Saved in %s",
		"folder.saveError":        "The overview could not be saved",
	})
}

// folderColumns are the widths of the overview's columns, by weight: case and group, questions
// done, consensus, recommendation, last change, the open button.
var folderColumns = []float32{3.7, 2.2, 1.6, 2.1, 1.7, 0.9}

// folderOverview is the teacher's overview of a folder of cases, in a window of its own beside
// the main window: one row per case (analysis.CourseRowOf, the same rows as "helhed summary
// --csv"), the files that could not be read with their problem, and a button that saves the
// table as CSV. The files are read on a goroutine so that a folder of 40 cases does not stop
// the window; each row arrives through fyne.Do.
type folderOverview struct {
	m    *mainWindow
	win  fyne.Window
	dir  string
	lang string

	status  *widget.Label
	saveCSV *widget.Button
	reload  *widget.Button
	list    *fyne.Container // the rows
	scroll  *container.Scroll
	broken  *fyne.Container // the unreadable files, with their problem
	rows    []*folderRow
	failed  []folderProblem
	total   int // files to read

	// loaded is closed when every file has been read and shown (tests wait on it).
	loaded chan struct{}
	// closed stops the reading when the window is closed.
	closed atomic.Bool

	// chooseCSVPath asks for the file to save the CSV in; tests replace it.
	chooseCSVPath func(suggested string, done func(path string))
}

// folderRow is one case in the overview.
type folderRow struct {
	path    string
	row     analysis.CourseRow
	title   *widget.Label
	group   *widget.Label
	done    *widget.ProgressBar
	open    *widget.Button
	content fyne.CanvasObject
}

// folderProblem is a file that could not be read.
type folderProblem struct {
	path string
	err  error
	text *widget.Label
}

// openFolder asks for a folder and shows the overview of its cases.
func (m *mainWindow) openFolder() {
	choose := m.chooseFolderPath
	if choose == nil {
		choose = m.folderDialog
	}
	choose(func(dir string) { m.showFolder(dir) })
}

// showFolder opens the overview window of the cases in dir and starts reading them.
func (m *mainWindow) showFolder(dir string) *folderOverview {
	files, err := casefile.FilesIn(dir)
	if err != nil {
		m.showError(tr("folder.errorTitle"), err)
		return nil
	}
	v := &folderOverview{m: m, dir: dir, lang: uiLanguage(), total: len(files), loaded: make(chan struct{})}
	v.chooseCSVPath = v.csvDialog
	v.win = fyne.CurrentApp().NewWindow(tr("folder.title", filepath.Base(dir)))
	v.win.SetOnClosed(func() { v.closed.Store(true) })
	v.build()
	v.win.Resize(fyne.NewSize(1050, 640))
	v.win.Show()
	m.folder = v
	v.read(files)
	return v
}

func (v *folderOverview) build() {
	heading := widget.NewLabel(tr("folder.title", v.dir))
	heading.SizeName = theme.SizeNameSubHeadingText
	heading.TextStyle.Bold = true
	heading.Truncation = fyne.TextTruncateEllipsis
	v.status = widget.NewLabel("")
	v.saveCSV = widget.NewButtonWithIcon(tr("folder.saveCSV"), theme.DocumentSaveIcon(), v.save)
	v.saveCSV.Disable() // until the files are read
	v.reload = widget.NewButtonWithIcon(tr("folder.reload"), theme.ViewRefreshIcon(), v.readAgain)
	v.reload.Disable()
	hint := widget.NewLabel(tr("folder.hint"))
	hint.Truncation = fyne.TextTruncateEllipsis
	hint.SizeName = theme.SizeNameCaptionText

	header := container.New(&columnsLayout{weights: folderColumns})
	for _, id := range []string{"folder.col.case", "folder.col.done", "folder.col.consensus", "folder.col.rec", "folder.col.changed"} {
		l := widget.NewLabel(tr(id))
		l.TextStyle.Bold = true
		l.Truncation = fyne.TextTruncateEllipsis
		header.Add(l)
	}
	header.Add(widget.NewLabel(""))

	v.list = container.NewVBox()
	v.broken = container.NewVBox()
	top := container.NewVBox(
		container.NewBorder(nil, nil, nil, container.NewHBox(v.reload, v.saveCSV), heading),
		v.status, hint, header, widget.NewSeparator())
	v.scroll = container.NewVScroll(container.NewVBox(v.list, v.broken))
	v.win.SetContent(container.NewBorder(top, nil, nil, nil, v.scroll))
	v.showStatus(0)
}

// read reads files on a goroutine and shows each case (or its problem) as it is read.
func (v *folderOverview) read(files []string) {
	lang, loaded := v.lang, v.loaded
	go func() {
		for i, f := range files {
			if v.closed.Load() {
				break
			}
			c, err := casefile.Load(f)
			var row analysis.CourseRow
			if err == nil {
				row = analysis.CourseRowOf(c, lang)
				row.File = filepath.Base(f)
			}
			fyne.Do(func() {
				if err != nil {
					v.addProblem(f, err)
				} else {
					v.addRow(f, row)
				}
				v.showStatus(i + 1)
				v.scroll.Content.Refresh() // lay the rows and the problems out again
			})
		}
		fyne.Do(func() {
			v.finish()
			close(loaded)
		})
	}()
}

func (v *folderOverview) addRow(path string, row analysis.CourseRow) {
	r := &folderRow{path: path, row: row}
	title := row.Title
	if strings.TrimSpace(title) == "" {
		title = tr("case.untitled")
	}
	r.title = widget.NewLabel(title)
	r.title.TextStyle.Bold = true
	r.title.Wrapping = fyne.TextWrapWord
	group := row.Group
	if strings.TrimSpace(group) == "" {
		group = tr("folder.noGroup")
	}
	r.group = caption(group + " · " + filepath.Base(path))

	r.done = widget.NewProgressBar()
	o := row.Overall
	r.done.TextFormatter = func() string { return tr("folder.doneValue", o.Done(), o.Total, o.Percent()) }
	r.done.SetValue(float64(o.Done()) / float64(max(1, o.Total)))

	rated, agreed := 0, 0
	for _, d := range row.Domains {
		if d.Rated {
			rated++
			if d.Consensus != nil {
				agreed++
			}
		}
	}
	consensus := container.New(&tightVBox{}, widget.NewLabel(tr("folder.consensus", agreed, rated)))
	disagreements := caption(tr("folder.noDisagreements"))
	switch n := row.Disagreements; {
	case n == 1:
		disagreements = caption(tr("folder.disagreementOne"))
	case n > 1:
		disagreements = caption(tr("folder.disagreements", n))
	}
	if row.Disagreements > 0 {
		disagreements.Importance = widget.WarningImportance
	}
	consensus.Add(disagreements)

	rec := widget.NewLabel(row.RecommendationLabel)
	if row.Recommendation == "" {
		rec.SetText(tr("folder.noRecommendation"))
		rec.TextStyle.Italic = true
	}
	rec.Wrapping = fyne.TextWrapWord // recommendations are long ("Postpone until named questions are answered")
	recCell := container.New(&tightVBox{}, rec)
	if row.KnockOuts > 0 {
		ko := caption(tr("folder.knockOuts", row.KnockOuts))
		ko.Importance = widget.DangerImportance
		recCell.Add(ko)
	}
	if n := row.OpenConflicts; n > 0 {
		open := caption(plural(n, "folder.conflictOne", "folder.conflicts"))
		open.Importance = widget.WarningImportance
		open.Truncation, open.Wrapping = fyne.TextTruncateOff, fyne.TextWrapWord // a warning is read whole
		recCell.Add(open)
	}

	changed := container.New(&tightVBox{}, widget.NewLabel(row.LastChange.Local().Format("2006-01-02 15:04")))
	if row.LastChangedBy != "" {
		changed.Add(caption(tr("folder.changedBy", row.LastChangedBy)))
	}

	r.open = widget.NewButtonWithIcon(tr("folder.open"), theme.DocumentIcon(), func() { v.openCase(r.path) })
	r.content = container.NewVBox(container.New(&columnsLayout{weights: folderColumns},
		container.New(&tightVBox{}, r.title, r.group),
		container.New(&tightVBox{}, container.NewVBox(layout.NewSpacer(), r.done, layout.NewSpacer()), domainsLeft(row)),
		consensus, recCell, changed, container.NewCenter(r.open)), widget.NewSeparator())
	v.rows = append(v.rows, r)
	v.list.Add(r.content)
}

func (v *folderOverview) addProblem(path string, err error) {
	if len(v.failed) == 0 {
		v.broken.Add(sectionTitle(tr("folder.unreadable")))
	}
	p := folderProblem{path: path, err: err, text: widget.NewLabelWithStyle(errorMessage(err), fyne.TextAlignLeading, fyne.TextStyle{})}
	p.text.Wrapping = fyne.TextWrapWord
	p.text.Importance = widget.DangerImportance
	v.failed = append(v.failed, p)
	v.broken.Add(container.NewBorder(nil, nil, widget.NewIcon(theme.ErrorIcon()), nil, p.text))
}

// showStatus says how far the reading is, or what was found.
func (v *folderOverview) showStatus(read int) {
	if read < v.total {
		v.status.SetText(tr("folder.reading", read, v.total))
		return
	}
	v.status.SetText(v.found())
}

// found says how many cases were read and how many files could not be.
func (v *folderOverview) found() string {
	if v.total == 0 {
		return tr("folder.none")
	}
	text := tr("folder.count", len(v.rows))
	if len(v.rows) == 1 {
		text = tr("folder.countOne")
	}
	switch n := len(v.failed); {
	case n == 1:
		text += " " + tr("folder.problemsOne")
	case n > 1:
		text += " " + tr("folder.problems", n)
	}
	return text
}

// finish is called when every file has been read.
func (v *folderOverview) finish() {
	v.showStatus(v.total)
	if len(v.rows) > 0 {
		v.saveCSV.Enable()
	}
	v.reload.Enable()
}

// readAgain reads the folder again, to show the changes since it was read: new files, files
// gone, and the cases' latest state.
func (v *folderOverview) readAgain() {
	files, err := casefile.FilesIn(v.dir)
	if err != nil {
		dialog.NewInformation(tr("folder.errorTitle"), errorMessage(err), v.win).Show()
		return
	}
	v.reload.Disable()
	v.saveCSV.Disable()
	v.rows, v.failed, v.total = nil, nil, len(files)
	v.list.RemoveAll()
	v.broken.RemoveAll()
	v.loaded = make(chan struct{})
	v.showStatus(0)
	v.read(files)
}

// openCase opens the case at path in the main window, the way File › Open does: it asks
// first about unsaved changes to the case open there.
func (v *folderOverview) openCase(path string) {
	v.m.win.RequestFocus()
	v.m.openPath(path)
}

// courseRows are the rows shown, in the table's order.
func (v *folderOverview) courseRows() []analysis.CourseRow {
	out := make([]analysis.CourseRow, len(v.rows))
	for i, r := range v.rows {
		out[i] = r.row
	}
	return out
}

// save asks for a file and writes the table to it as the same CSV as "helhed summary --csv",
// headings in the UI language.
func (v *folderOverview) save() {
	v.chooseCSVPath(tr("folder.csvName", filepath.Base(v.dir)), func(path string) {
		var buf bytes.Buffer
		err := analysis.WriteCourseCSV(&buf, v.courseRows(), v.lang, time.Local)
		if err == nil {
			err = casefile.WriteAtomic(path, buf.Bytes(), false)
		}
		if err != nil {
			dialog.NewInformation(tr("folder.saveError"), errorMessage(err), v.win).Show()
			return
		}
		v.status.SetText(v.found() + " " + tr("folder.saved", path))
	})
}

// csvDialog asks where to save the CSV with Fyne's file dialog, starting in the folder.
func (v *folderOverview) csvDialog(suggested string, done func(path string)) {
	d := dialog.NewFileSave(func(w fyne.URIWriteCloser, err error) {
		if err != nil {
			dialog.NewInformation(tr("folder.saveError"), err.Error(), v.win).Show()
			return
		}
		if w == nil {
			return // cancelled
		}
		// The dialog has already created the file; only its path is used, the CSV is written
		// atomically over it.
		uri := w.URI()
		_ = w.Close()
		if uri.Scheme() != "file" {
			dialog.NewInformation(tr("folder.saveError"), tr("error.notLocal", uri.String()), v.win).Show()
			return
		}
		path := uri.Path()
		if !strings.EqualFold(filepath.Ext(path), ".csv") {
			path += ".csv"
		}
		done(path)
	}, v.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".csv"}))
	d.SetFileName(suggested)
	if dir, err := storage.ListerForURI(storage.NewFileURI(v.dir)); err == nil {
		d.SetLocation(dir)
	}
	d.Show()
}

// folderDialog asks for a folder with Fyne's folder dialog, starting in the open case's folder.
func (m *mainWindow) folderDialog(done func(dir string)) {
	d := dialog.NewFolderOpen(func(u fyne.ListableURI, err error) {
		if err != nil {
			m.showError(tr("folder.errorTitle"), err)
			return
		}
		if u == nil {
			return // cancelled
		}
		if u.Scheme() != "file" {
			m.showError(tr("folder.errorTitle"), errors.New(tr("error.notLocal", u.String())))
			return
		}
		done(u.Path())
	}, m.win)
	m.startIn(d)
	d.Show()
}

// domainsLeft names, by number, the domains with questions still open: where a group has work
// left. Domains are numbered in their framework ("6" is Economy in MTV 2.0).
func domainsLeft(row analysis.CourseRow) *widget.Label {
	var left []string
	for _, d := range row.Domains {
		if d.Completeness.Open > 0 {
			left = append(left, strconv.Itoa(d.Number))
		}
	}
	switch {
	case len(left) == 0:
		return caption(tr("folder.domainsAllDone"))
	case len(left) == len(row.Domains):
		return caption(tr("folder.domainsNoneDone"))
	}
	l := caption(tr("folder.domainsLeft", strings.Join(left, ", ")))
	l.Truncation, l.Wrapping = fyne.TextTruncateOff, fyne.TextWrapWord // every number counts
	return l
}

// caption is a small label for a second line.
func caption(text string) *widget.Label {
	l := widget.NewLabel(text)
	l.SizeName = theme.SizeNameCaptionText
	l.Truncation = fyne.TextTruncateEllipsis
	return l
}
