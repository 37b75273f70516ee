package ui

import (
	"testing"

	"fyne.io/fyne/v2"
	"golang.org/x/image/font/sfnt"
)

// TestLookFontCoversGroupsText checks that the window's fonts have a glyph for the characters
// groups type and the shipped examples hold; Fyne's own font showed → ≤ ≥ − as boxes.
func TestLookFontCoversGroupsText(t *testing.T) {
	l := newLook(themeLight, textNormal)
	for _, style := range []fyne.TextStyle{{}, {Bold: true}, {Italic: true}, {Bold: true, Italic: true}, {Monospace: true}} {
		f, err := sfnt.Parse(l.Font(style).Content())
		if err != nil {
			t.Fatalf("%+v: %v", style, err)
		}
		var b sfnt.Buffer
		for _, r := range "→≤≥−–—“”‘’«»æøåÆØÅéü€§½·•…" {
			if i, err := f.GlyphIndex(&b, r); err != nil || i == 0 {
				t.Errorf("style %+v: no glyph for %q (%U)", style, r, r)
			}
		}
	}
}
