package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// startActions are what the start screen's buttons do.
type startActions struct {
	newCase func()
	open    func()
	example func(name string)
}

// startScreen is shown when no case is open.
type startScreen struct {
	newCase  *widget.Button // nil when the program gave no way to make a case
	open     *widget.Button
	examples []*widget.Button // one per example, in the order given

	content fyne.CanvasObject
}

func newStartScreen(examples []string, canCreate bool, do startActions) *startScreen {
	s := &startScreen{}
	title := widget.NewLabel(tr("app.name"))
	title.SizeName = theme.SizeNameHeadingText
	title.TextStyle.Bold = true
	title.Alignment = fyne.TextAlignCenter
	tagline := widget.NewLabel(tr("app.tagline"))
	tagline.Alignment = fyne.TextAlignCenter

	box := container.NewVBox(title, tagline, widget.NewSeparator())
	if canCreate {
		s.newCase = widget.NewButtonWithIcon(tr("start.new"), theme.DocumentCreateIcon(), do.newCase)
		s.newCase.Importance = widget.HighImportance
		box.Add(s.newCase)
	}
	s.open = widget.NewButtonWithIcon(tr("start.open"), theme.FolderOpenIcon(), do.open)
	box.Add(s.open)
	if len(examples) > 0 {
		hint := widget.NewLabel(tr("start.examplesOr"))
		box.Add(hint)
		for _, name := range examples {
			b := widget.NewButton(tr("start.example", name), func() { do.example(name) })
			b.Alignment = widget.ButtonAlignLeading
			s.examples = append(s.examples, b)
			box.Add(b)
		}
	}
	// One column in the middle of the window, as wide as the tagline; it scrolls if there are
	// many examples.
	s.content = container.NewVScroll(container.NewCenter(box))
	return s
}
