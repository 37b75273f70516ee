// Package ui is Helhed's desktop window (Fyne). Screens are structs that hold their widgets and
// read and write the case model (internal/assessment); every figure they show is computed by
// internal/analysis. The package holds no domain logic of its own.
package ui

import (
	"github.com/google/uuid"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/app"
	"fyne.io/fyne/v2/driver/desktop"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
)

// AppID is the application's unique ID (preferences and storage live under it).
const AppID = "dk.helhed.app"

// Options are what the program gives the window.
type Options struct {
	// Case is the case to show, or nil for the start screen.
	Case *assessment.Case
	// Path is the file Case was loaded from, or "" for an unsaved copy (e.g. an example).
	Path string
	// Examples lists the names of the example cases.
	Examples []string
	// ExampleTitle returns the title of the named example, to show instead of its name; optional.
	ExampleTitle func(name string) string
	// LoadExample returns the named example as a case.
	LoadExample func(name string) (*assessment.Case, error)
	// NewCase returns an empty case on the default framework.
	NewCase func() *assessment.Case
	// Frameworks are the shipped frameworks the new-case wizard offers, the default first;
	// without them it offers NewCase's framework (and, always, a framework file).
	Frameworks []*framework.Framework
}

// Run opens the main window and blocks until it is closed. The UI language, colours, text size
// and window size are the ones the settings remember.
func Run(opt Options) {
	a := app.NewWithID(AppID)
	a.SetIcon(appIcon)
	st := settings{a.Preferences()}
	if err := loadTranslations(st.UILanguage()); err != nil {
		fyne.LogError("loading the translations", err)
	}
	applyLook(a, st)
	w := newMainWindow(a, opt)
	a.Lifecycle().SetOnStopped(rememberWindowSize(w.win, st))
	w.startSafety(a)
	w.win.ShowAndRun()
}

// rememberWindowSize gives win the size it had when the app last stopped, and returns what
// keeps its size when the app stops again (the quit menu item and closing the window both stop
// it).
func rememberWindowSize(win fyne.Window, st settings) (onStopped func()) {
	win.Resize(st.WindowSize())
	return func() { st.SetWindowSize(win.Canvas().Size()) }
}

// keyboardEdit is an edit now, by nobody: the window's clock. The case screen's edits go through
// mainWindow.editAtKeyboard, which names the member at the keyboard (keyboard_member.go).
func keyboardEdit() assessment.Edit { return assessment.Now(uuid.Nil) }

// ctrl is the shortcut Ctrl (Cmd on macOS) + key.
func ctrl(key fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}
}

// ctrlShift is the shortcut Ctrl (Cmd) + Shift + key.
func ctrlShift(key fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
}
