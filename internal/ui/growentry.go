package ui

import (
	"math"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

// growEntry is a multi-line, word-wrapping entry that grows with its text, so that a whole
// answer shows on the page and the page, not the entry, scrolls. A plain multi-line entry shows
// three rows and scrolls inside itself, which cuts long answers off mid-line.
type growEntry struct {
	widget.Entry
	minRows int

	// onFocus is called when the entry gains the keyboard focus (an answer's editor opens);
	// onEscape when Escape is pressed in it (the editor closes). Either may be nil.
	onFocus  func()
	onEscape func()

	// the last computation of the rows the text needs
	lastText  string
	lastWidth float32
	lastRows  int
}

func newGrowEntry(minRows int) *growEntry {
	e := &growEntry{minRows: minRows}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	e.SetMinRowsVisible(minRows)
	return e
}

// AcceptsTab is false: Tab moves on to the next field, so the page can be worked through with
// the keyboard. An answer has no use for tab characters.
func (e *growEntry) AcceptsTab() bool { return false }

// FocusGained opens the answer's editor, if any, before the entry takes the focus.
func (e *growEntry) FocusGained() {
	if e.onFocus != nil {
		e.onFocus()
	}
	e.Entry.FocusGained()
}

// TypedKey closes the editor on Escape and otherwise edits as an entry does.
func (e *growEntry) TypedKey(key *fyne.KeyEvent) {
	if key.Name == fyne.KeyEscape && e.onEscape != nil {
		e.onEscape()
		return
	}
	e.Entry.TypedKey(key)
}

// MinSize is tall enough for every wrapped row of the text at the entry's current width, plus
// an empty row to type into. Like a wrapped label's, it depends on the width: the canvas lays the
// page out again when it changes.
func (e *growEntry) MinSize() fyne.Size {
	min := e.Entry.MinSize()
	th := e.Theme()
	textSize := th.Size(theme.SizeNameText)
	pad := th.Size(theme.SizeNameInnerPadding)
	border := th.Size(theme.SizeNameInputBorder)
	rows := max(e.rows(e.Size().Width-2*pad-4*border, textSize), e.minRows)
	// Rows of a wrapped entry are one text height apart (seen with the GL driver at 2.8.1).
	height := float32(rows)*fyne.MeasureText("M", textSize, e.TextStyle).Height + 2*pad + 2*border
	min.Height = max(min.Height, height)
	return min
}

// rows is the number of rows the text needs when wrapped at width, plus one.
func (e *growEntry) rows(width, textSize float32) int {
	if width <= 0 {
		return 0
	}
	if e.Text == e.lastText && width == e.lastWidth {
		return e.lastRows
	}
	rows := 1 // the empty row to type into
	space := fyne.MeasureText(" ", textSize, e.TextStyle).Width
	for _, para := range strings.Split(e.Text, "\n") {
		rows++
		line := float32(0)
		for i, word := range strings.Fields(para) {
			w := fyne.MeasureText(word, textSize, e.TextStyle).Width
			switch {
			case i > 0 && line+space+w <= width:
				line += space + w
			case w > width: // a word longer than a row is broken over several
				if line > 0 {
					rows++
				}
				extra := int(math.Ceil(float64(w/width))) - 1
				rows += extra
				line = w - float32(extra)*width
			default:
				if i > 0 {
					rows++
				}
				line = w
			}
		}
	}
	e.lastText, e.lastWidth, e.lastRows = e.Text, width, rows
	return rows
}

// passWheel stacks obj under a transparent layer that sends mouse wheel events to scroll.
// Fyne gives a wheel event to the innermost scrollable object under the mouse, and every
// multi-line entry holds a scroller of its own: without this the page stops scrolling whenever
// the mouse passes over an answer. Taps, typing and selection still reach obj.
func passWheel(obj fyne.CanvasObject, scroll func(*fyne.ScrollEvent)) fyne.CanvasObject {
	if scroll == nil {
		return obj
	}
	l := &wheelLayer{scroll: scroll}
	l.ExtendBaseWidget(l)
	return container.NewStack(obj, l)
}

// wheelLayer is a transparent widget that is only fyne.Scrollable.
type wheelLayer struct {
	widget.BaseWidget
	scroll func(*fyne.ScrollEvent)
}

func (l *wheelLayer) Scrolled(ev *fyne.ScrollEvent) { l.scroll(ev) }

func (l *wheelLayer) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(container.NewWithoutLayout())
}

// Resize draws the text again when the entry's size changes. Fyne's entry draws only the rows
// its own scroller shows, computed when the text was last laid out: an entry that grows after
// that (the page measures wrapped texts in a second pass) kept its new rows blank until it was
// clicked, so a conclusion looked empty.
func (e *growEntry) Resize(size fyne.Size) {
	if size == e.Size() {
		return
	}
	e.Entry.Resize(size)
	e.Entry.Refresh()
}
