package report

import (
	"bytes"
	"sync"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
)

// family is the name the report's fonts are registered under in each document.
const family = "go"

// Font styles as gofpdf names them. The report uses no bold italic: each font loaded costs
// time in every document (gofpdf hashes the whole width table of a font to name it).
const (
	regular = ""
	bold    = "B"
	italic  = "I"
)

// fontFiles are the Go fonts (BSD licence), one per style.
var fontFiles = []struct {
	style string
	ttf   []byte
}{
	{regular, goregular.TTF},
	{bold, gobold.TTF},
	{italic, goitalic.TTF},
}

// addFonts registers the four styles with pdf. Each document gets its own copy of the font
// bytes: gofpdf writes to the slice it is given, so two documents loading the same slice at
// once race.
func addFonts(pdf *gofpdf.Fpdf) {
	for _, f := range fontFiles {
		pdf.AddUTF8FontFromBytes(family, f.style, bytes.Clone(f.ttf))
	}
}

// coverage is the set of runes every style of the font has a glyph for. gofpdf keeps widths
// for the Basic Multilingual Plane only, so nothing above U+FFFF is ever covered.
type coverage [0x10000 / 64]uint64

func (c *coverage) has(r rune) bool {
	return r >= 0 && r < 0x10000 && c[r/64]&(1<<(uint(r)%64)) != 0
}

var (
	covOnce sync.Once
	cov     *coverage
)

// fontCoverage returns the runes the report's fonts can print, computed once from the fonts'
// character maps.
func fontCoverage() *coverage {
	covOnce.Do(func() {
		cov = new(coverage)
		for i := range cov {
			cov[i] = ^uint64(0)
		}
		var buf sfnt.Buffer
		for _, f := range fontFiles {
			font, err := sfnt.Parse(f.ttf)
			if err != nil {
				panic("report: embedded font: " + err.Error()) // the font is compiled in
			}
			for r := rune(0); r < 0x10000; r++ {
				if !cov.has(r) {
					continue
				}
				if gi, err := font.GlyphIndex(&buf, r); err != nil || gi == 0 {
					cov[r/64] &^= 1 << (uint(r) % 64)
				}
			}
		}
	})
	return cov
}
