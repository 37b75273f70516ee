package ui

import (
	"github.com/google/uuid"

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

	banner *fyne.Container // above the case: its conflicts to resolve (conflicts.go)

	keyboard *keyboardMember // the member at the keyboard (keyboard_member.go)
	wizard   *wizard         // the new-case wizard while it shows (wizard.go)

	// session is the editing session of the open case, stamped on its changes: a new one
	// for every case shown, so that two copies never count changes under the same key
	// (assessment.Edit.Session).
	session uuid.UUID

	auto         *autosaver // keeps recovery copies of unsaved changes; nil when off (tests)
	autosaveNote string     // the last recovery copy's outcome, shown while there are changes
	find         *findPanel // the last Find dialog opened, for tests

	// chooseSavePath and chooseOpenPath ask the user for a file; done gets its path and is
	// not called when the user cancels. Tests replace them.
	chooseSavePath func(suggested string, done func(path string))
	chooseOpenPath func(done func(path string))

	chooseFrameworkPath func(done func(path string)) // a framework file (wizard_framework.go)
	glossary            *glossaryPanel               // the last Glossary dialog opened (glossary.go)

	chooseFolderPath func(done func(dir string)) // nil: Fyne's folder dialog (folder.go)
	folder           *folderOverview             // the last folder overview opened, for tests
}

func newMainWindow(a fyne.App, opt Options) *mainWindow {
	m := &mainWindow{opt: opt, edit: keyboardEdit}
	m.win = a.NewWindow(tr("app.name"))
	m.win.Resize(fyne.NewSize(1100, 760))
	m.chooseSavePath = m.saveDialog
	m.chooseOpenPath = m.openDialog
	m.chooseFrameworkPath = m.frameworkDialog
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
	m.dropRecovery()
	m.screen, m.path, m.dirty = nil, "", false
	m.markOpen()
	m.start = newStartScreen(m.opt.Examples, m.opt.NewCase != nil, startActions{
		newCase:  m.newCase,
		open:     m.open,
		example:  m.openExample,
		label:    m.exampleLabel,
		openPath: m.openPath,
		settings: m.showSettings,
		folder:   m.openFolder,
	})
	m.win.SetContent(m.start.content)
	m.updateTitle()
}

// showCase shows case c, loaded from path ("" for an unsaved copy), with no unsaved changes.
// The case shown before, if any, is left: askUnsaved has saved it or the user chose not to.
func (m *mainWindow) showCase(c *assessment.Case, path string) {
	m.dropRecovery()
	m.start = nil
	m.session = assessment.NewSession()
	m.screen = newCaseScreen(c, m.editAtKeyboard, m.edited)
	m.screen.openGlossary = m.showGlossaryAt
	m.path, m.dirty = path, false
	m.win.SetContent(container.NewBorder(m.conflictBanner(c), container.NewVBox(widget.NewSeparator(),
		container.NewBorder(nil, nil, nil, m.keyboardBar(c), m.status)), nil, nil,
		m.screen.content))
	m.screen.Select(0)
	m.updateTitle()
	m.markOpen()
	m.caseShown(path)
}

// edited is called by the case screen after every change to the case.
func (m *mainWindow) edited() {
	m.dirty = true
	m.updateTitle()
	m.scheduleAutosave()
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
		note := ""
		if m.dirty {
			note = m.autosaveNote
		}
		m.status.SetText(joinNote(tr("status.new"), note))
	case m.dirty:
		m.status.SetText(joinNote(tr("status.unsaved", m.path), m.autosaveNote))
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
		fyne.NewMenuItem(tr("menu.openFolder"), m.openFolder),
	)
	if len(m.opt.Examples) > 0 && m.opt.LoadExample != nil {
		examples := fyne.NewMenuItem(tr("menu.example"), nil)
		examples.ChildMenu = fyne.NewMenu("")
		for _, name := range m.opt.Examples {
			examples.ChildMenu.Items = append(examples.ChildMenu.Items,
				fyne.NewMenuItem(m.exampleLabel(name), func() { m.openExample(name) }))
		}
		file.Items = append(file.Items, examples)
	}
	quit := fyne.NewMenuItem(tr("menu.quit"), m.requestClose)
	quit.IsQuit = true
	file.Items = append(file.Items,
		fyne.NewMenuItemSeparator(),
		item(tr("menu.save"), ctrl(fyne.KeyS), func() { m.save(nil) }),
		item(tr("menu.saveAs"), ctrlShift(fyne.KeyS), func() { m.saveAs(nil) }),
		fyne.NewMenuItem(tr("merge.menu"), m.mergeCopy),
		fyne.NewMenuItemSeparator(),
		fyne.NewMenuItem(tr("settings.menu"), m.showSettings),
		quit,
	)
	gotoMenu := fyne.NewMenu(tr("menu.go"),
		item(tr("menu.find"), ctrl(fyne.KeyF), m.showFind),
		item(tr("menu.report"), ctrl(fyne.KeyP), m.showReport),
		item(tr("glossary.menu"), ctrl(fyne.KeyG), m.showGlossary),
		fyne.NewMenuItemSeparator(),
		item(tr("menu.nextPage"), ctrl(fyne.KeyPageDown), func() { m.stepPage(1) }),
		item(tr("menu.prevPage"), ctrl(fyne.KeyPageUp), func() { m.stepPage(-1) }),
	)
	return fyne.NewMainMenu(file, gotoMenu, m.helpMenu())
}

// joinNote is a status line with a note after it.
func joinNote(status, note string) string {
	if note == "" {
		return status
	}
	return status + " " + note
}

// newCase replaces the open case (after asking about unsaved changes) with an empty one.
func (m *mainWindow) newCase() {
	if m.opt.NewCase == nil {
		return
	}
	m.showWizard() // it asks about unsaved changes when the new case is made
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

// requestClose closes the window, asking first when there are unsaved changes. The recovery
// copy goes with a normal close: the changes are saved, or the user chose not to keep them.
func (m *mainWindow) requestClose() {
	m.askUnsaved(func() {
		m.dropRecovery()
		m.finishAutosave()
		m.win.Close()
	})
}

// startSafety keeps recovery copies of unsaved changes under the app's storage folder and offers
// the work a crash left behind. Run calls it; tests enable the parts with their own stand-ins.
func (m *mainWindow) startSafety(a fyne.App) {
	m.enableAutosave(recoveryDir(a), fyne.Do)
	m.warnIfOpenElsewhere()
	m.offerRecovery()
}

// exampleLabel is what the example called name is shown as: its title where the program can
// tell it, else its name.
func (m *mainWindow) exampleLabel(name string) string {
	if m.opt.ExampleTitle != nil {
		if title := m.opt.ExampleTitle(name); title != "" {
			return title
		}
	}
	return name
}
