package ui

import (
	"os"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// startActions are what the start screen's buttons do. A nil action hides its button.
type startActions struct {
	newCase  func()
	open     func()
	example  func(name string)
	label    func(name string) string // an example's title, for its button
	openPath func(path string)        // a recent case
	settings func()
	folder   func() // the teacher's overview of a folder of cases (folder.go)
}

// startScreen is shown when no case is open: new case, open a case, the recent cases, the
// examples and the settings.
type startScreen struct {
	newCase  *widget.Button // nil when the program gave no way to make a case
	open     *widget.Button
	recent   []*recentRow     // one per recent file, most recent first
	examples []*widget.Button // one per example, in the order given
	settings *widget.Button   // nil without a settings action
	folder   *widget.Button   // nil without a folder action

	content fyne.CanvasObject
}

// recentRow is one recent case: a button that opens it and, under it, its folder, or a note
// that the file is gone with a button that takes it off the list.
type recentRow struct {
	path    string
	missing bool
	open    *widget.Button
	forget  *widget.Button // nil for a file that exists
	content fyne.CanvasObject
}

func newStartScreen(examples []string, canCreate bool, do startActions) *startScreen {
	s := &startScreen{}
	title := widget.NewLabel(tr("app.name"))
	title.SizeName = theme.SizeNameHeadingText
	title.TextStyle.Bold = true
	title.Alignment = fyne.TextAlignCenter
	tagline := wrapped(tr("app.tagline"))
	tagline.Alignment = fyne.TextAlignCenter

	box := container.NewVBox(title, tagline, widget.NewSeparator())
	var first []fyne.CanvasObject
	if canCreate {
		s.newCase = widget.NewButtonWithIcon(tr("start.new"), theme.DocumentCreateIcon(), do.newCase)
		s.newCase.Importance = widget.HighImportance
		first = append(first, s.newCase)
	}
	s.open = widget.NewButtonWithIcon(tr("start.open"), theme.FolderOpenIcon(), do.open)
	first = append(first, s.open)
	box.Add(container.NewGridWithColumns(len(first), first...))
	if canCreate {
		box.Add(helpLabel(tr("start.firstTime")))
	}

	box.Add(sectionTitle(tr("start.recent")))
	s.addRecent(box, do)

	if len(examples) > 0 {
		title := tr("start.examplesTitle")
		if len(examples) == 1 {
			title = tr("start.examplesTitleOne")
		}
		box.Add(sectionTitle(title))
		for _, name := range examples {
			b := widget.NewButtonWithIcon(tr("start.example", do.label(name)), theme.FileIcon(), func() { do.example(name) })
			b.Alignment = widget.ButtonAlignLeading
			s.examples = append(s.examples, b)
			box.Add(b)
		}
	}
	if do.folder != nil {
		s.folder = widget.NewButtonWithIcon(tr("start.openFolder"), theme.FolderOpenIcon(), do.folder)
		box.Add(sectionTitle(tr("start.folderTitle")))
		box.Add(helpLabel(tr("start.openFolderHelp")))
		box.Add(container.NewHBox(s.folder))
	}
	if do.settings != nil {
		s.settings = widget.NewButtonWithIcon(tr("start.settings"), theme.SettingsIcon(), do.settings)
		s.settings.Importance = widget.LowImportance
		box.Add(widget.NewSeparator())
		box.Add(container.NewHBox(s.settings))
	}
	// One column in the middle of the window; it scrolls if there are many cases.
	s.content = container.NewVScroll(container.New(&columnLayout{max: 640},
		container.NewVBox(layoutSpacer(), box)))
	return s
}

// addRecent lists the recent cases in box, or says where they will show.
func (s *startScreen) addRecent(box *fyne.Container, do startActions) {
	paths := appSettings().RecentFiles()
	if len(paths) == 0 || do.openPath == nil {
		box.Add(helpLabel(tr("start.recentNone")))
		return
	}
	list := container.NewVBox()
	for _, path := range paths {
		r := newRecentRow(path, do.openPath, func(r *recentRow) {
			appSettings().RemoveRecentFile(r.path)
			list.Remove(r.content)
			for i, x := range s.recent {
				if x == r {
					s.recent = append(s.recent[:i], s.recent[i+1:]...)
					break
				}
			}
		})
		s.recent = append(s.recent, r)
		list.Add(r.content)
	}
	box.Add(list)
}

func newRecentRow(path string, open func(string), forget func(*recentRow)) *recentRow {
	r := &recentRow{path: path}
	info, err := os.Stat(path)
	r.missing = err != nil || !info.Mode().IsRegular()
	name := strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
	r.open = widget.NewButtonWithIcon(name, theme.DocumentIcon(), func() { open(path) })
	r.open.Alignment = widget.ButtonAlignLeading
	where := widget.NewLabel(filepath.Dir(path))
	where.SizeName = theme.SizeNameCaptionText
	where.Truncation = fyne.TextTruncateEllipsis
	if !r.missing {
		r.content = container.New(&tightVBox{}, r.open, where)
		return r
	}
	r.open.Disable()
	where.SetText(tr("start.missing") + "  " + filepath.Dir(path))
	r.forget = widget.NewButtonWithIcon(tr("start.forget"), theme.DeleteIcon(), func() { forget(r) })
	r.forget.Importance = widget.LowImportance
	r.content = container.NewBorder(nil, nil, nil, r.forget, container.New(&tightVBox{}, r.open, where))
	return r
}

// layoutSpacer is a little space above the start screen's column.
func layoutSpacer() fyne.CanvasObject {
	return container.NewGridWrap(fyne.NewSize(1, 2*theme.Padding()))
}
