package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/assessment"
)

// mainWindow is the application window: the start screen or one open case, the File menu,
// saving and opening. It holds the open case's file path and whether it has unsaved changes.
type mainWindow struct {
	win  fyne.Window
	opt  Options
	edit func() assessment.Edit // the edit stamped on every change; tests fix the clock

	start  *startScreen // the start screen, when no case is open
	screen *caseScreen  // the open case, or nil
	path   string       // the file the open case belongs to; "" for an unsaved copy
	dirty  bool         // the open case has changes not saved to path

	status *widget.Label // one line at the bottom: where the case is saved

	// chooseSavePath and chooseOpenPath ask the user for a file; done gets its path and is
	// not called when the user cancels. Tests replace them.
	chooseSavePath func(suggested string, done func(path string))
	chooseOpenPath func(done func(path string))
}

func newMainWindow(a fyne.App, opt Options) *mainWindow {
	m := &mainWindow{opt: opt, edit: keyboardEdit}
	m.win = a.NewWindow(tr("app.name"))
	m.win.Resize(fyne.NewSize(1100, 760))
	m.chooseSavePath = m.saveDialog
	m.chooseOpenPath = m.openDialog
	m.status = widget.NewLabel("")
	m.status.Truncation = fyne.TextTruncateEllipsis
	m.status.SizeName = theme.SizeNameCaptionText
	m.win.SetMainMenu(m.mainMenu())
	m.win.SetCloseIntercept(m.requestClose)
	if opt.Case != nil {
		m.showCase(opt.Case, opt.Path)
	} else {
		m.showStart()
	}
	return m
}

// showStart shows the start screen.
func (m *mainWindow) showStart() {
	m.screen, m.path, m.dirty = nil, "", false
	m.start = newStartScreen(m.opt.Examples, m.opt.NewCase != nil, startActions{
		newCase: m.newCase,
		open:    m.open,
		example: m.openExample,
	})
	m.win.SetContent(m.start.content)
	m.updateTitle()
}

// showCase shows case c, loaded from path ("" for an unsaved copy), with no unsaved changes.
func (m *mainWindow) showCase(c *assessment.Case, path string) {
	m.start = nil
	m.screen = newCaseScreen(c, func() assessment.Edit { return m.edit() }, m.edited)
	m.path, m.dirty = path, false
	m.win.SetContent(container.NewBorder(nil, container.NewVBox(widget.NewSeparator(), m.status), nil, nil,
		m.screen.content))
	m.screen.Select(0)
	m.updateTitle()
}

// edited is called by the case screen after every change to the case.
func (m *mainWindow) edited() {
	m.dirty = true
	m.updateTitle()
}

// updateTitle sets the window title and the status line from the open case and its file.
func (m *mainWindow) updateTitle() {
	if m.screen == nil {
		m.win.SetTitle(tr("app.name"))
		return
	}
	title := tr("window.title", m.caseTitle())
	if m.dirty {
		title += tr("window.unsaved")
	}
	m.win.SetTitle(title)

	switch {
	case m.path == "":
		m.status.SetText(tr("status.new"))
	case m.dirty:
		m.status.SetText(tr("status.unsaved", m.path))
	default:
		m.status.SetText(tr("status.saved", m.path))
	}
}

// caseTitle is the open case's title, or a stand-in for a case without one.
func (m *mainWindow) caseTitle() string {
	if m.screen == nil || m.screen.c.Info.Title == "" {
		return tr("case.untitled")
	}
	return m.screen.c.Info.Title
}

// mainMenu is the File menu. Its shortcuts (Ctrl+S, Ctrl+O, ...) are the window's: the desktop
// driver runs a menu shortcut before the focused widget sees the key, so they work while typing.
func (m *mainWindow) mainMenu() *fyne.MainMenu {
	item := func(label string, sc fyne.Shortcut, action func()) *fyne.MenuItem {
		it := fyne.NewMenuItem(label, action)
		it.Shortcut = sc
		return it
	}
	file := fyne.NewMenu(tr("menu.file"),
		item(tr("menu.new"), ctrl(fyne.KeyN), m.newCase),
		item(tr("menu.open"), ctrl(fyne.KeyO), m.open),
	)
	if len(m.opt.Examples) > 0 && m.opt.LoadExample != nil {
		examples := fyne.NewMenuItem(tr("menu.example"), nil)
		examples.ChildMenu = fyne.NewMenu("")
		for _, name := range m.opt.Examples {
			examples.ChildMenu.Items = append(examples.ChildMenu.Items,
				fyne.NewMenuItem(name, func() { m.openExample(name) }))
		}
		file.Items = append(file.Items, examples)
	}
	quit := fyne.NewMenuItem(tr("menu.quit"), m.requestClose)
	quit.IsQuit = true
	file.Items = append(file.Items,
		fyne.NewMenuItemSeparator(),
		item(tr("menu.save"), ctrl(fyne.KeyS), func() { m.save(nil) }),
		item(tr("menu.saveAs"), ctrlShift(fyne.KeyS), func() { m.saveAs(nil) }),
		fyne.NewMenuItemSeparator(),
		quit,
	)
	return fyne.NewMainMenu(file)
}

// newCase replaces the open case (after asking about unsaved changes) with an empty one.
func (m *mainWindow) newCase() {
	if m.opt.NewCase == nil {
		return
	}
	m.askUnsaved(func() { m.showCase(m.opt.NewCase(), "") })
}

// openExample shows the named example as an unsaved copy.
func (m *mainWindow) openExample(name string) {
	if m.opt.LoadExample == nil {
		return
	}
	c, err := m.opt.LoadExample(name)
	if err != nil {
		m.showError(tr("error.exampleTitle"), err)
		return
	}
	m.askUnsaved(func() { m.showCase(c, "") })
}

// requestClose closes the window, asking first when there are unsaved changes.
func (m *mainWindow) requestClose() {
	m.askUnsaved(m.win.Close)
}
