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
	// LoadExample returns the named example as a case.
	LoadExample func(name string) (*assessment.Case, error)
	// NewCase returns an empty case on the default framework.
	NewCase func() *assessment.Case
}

// Run opens the main window and blocks until it is closed.
func Run(opt Options) {
	a := app.NewWithID(AppID)
	w := newMainWindow(a, opt)
	w.win.ShowAndRun()
}

// keyboardEdit is an edit by the member at the keyboard, now. Members are not chosen yet in
// this version, so the member is uuid.Nil.
func keyboardEdit() assessment.Edit { return assessment.Now(uuid.Nil) }

// ctrl is the shortcut Ctrl (Cmd on macOS) + key.
func ctrl(key fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault}
}

// ctrlShift is the shortcut Ctrl (Cmd) + Shift + key.
func ctrlShift(key fyne.KeyName) fyne.Shortcut {
	return &desktop.CustomShortcut{KeyName: key, Modifier: fyne.KeyModifierShortcutDefault | fyne.KeyModifierShift}
}
