package ui

import (
	"image"
	"testing"

	"fyne.io/fyne/v2"

	"github.com/helhed/helhed/internal/casefile"
	"github.com/helhed/helhed/resources"
)

// TestAConclusionShowsItsTextWhenScrolledTo: the group's conclusion at the foot of a domain page
// of the shipped example is drawn, not a blank box until clicked (Fyne's entry drew only the
// rows it had laid out before the page grew it). Checked on the captured window: the entry's
// inside holds more than its background colour.
func TestAConclusionShowsItsTextWhenScrolledTo(t *testing.T) {
	data, err := resources.Example("faldsensor-hjemmepleje")
	if err != nil {
		t.Fatal(err)
	}
	c, err := casefile.Decode(data, "example")
	if err != nil {
		t.Fatal(err)
	}
	m := newTestWindow(t, Options{Case: c})
	m.win.Resize(fyne.NewSize(1280, 800))
	for _, domain := range []int{11, 12} { // the pages where the blank box was seen
		m.screen.Select(domain)
		m.screen.scroll.ScrollToBottom()
		e := m.screen.page.conclusion
		if e.Text == "" {
			t.Fatalf("page %d: the example has no conclusion here", domain)
		}
		pos := fyne.CurrentApp().Driver().AbsolutePositionForObject(e)
		img := m.win.Canvas().Capture()
		scale := float32(img.Bounds().Dx()) / m.win.Canvas().Size().Width
		inset := float32(8) // inside the border and padding
		r := image.Rect(int((pos.X+inset)*scale), int((pos.Y+inset)*scale),
			int((pos.X+e.Size().Width-inset)*scale), int((pos.Y+e.Size().Height-inset)*scale)).Intersect(img.Bounds())
		if r.Empty() {
			t.Fatalf("page %d: the conclusion is not in the window (at %v, size %v)", domain, pos, e.Size())
		}
		colours := map[[4]uint32]bool{}
		for y := r.Min.Y; y < r.Max.Y; y++ {
			for x := r.Min.X; x < r.Max.X; x++ {
				r, g, b, a := img.At(x, y).RGBA()
				colours[[4]uint32{r, g, b, a}] = true
			}
		}
		if len(colours) < 3 {
			t.Errorf("page %d: the conclusion %q shows as a blank box (%d colours in %v)", domain, e.Text[:30], len(colours), r)
		}
	}
}
