package chart

import (
	"image/color"

	"github.com/helhed/helhed/internal/framework"
)

// palette is the chart's colours on one background. The directions use the Okabe–Ito colours
// (vermilion and blue), which colour-blind readers tell apart, with lighter versions on dark.
type palette struct {
	background, ink, muted      color.RGBA
	stripe, grid                color.RGBA
	disagreement, marker        color.RGBA
	negative, positive, neutral color.RGBA
}

var palettes = map[bool]palette{
	false: { // light
		background:   rgb(0xff, 0xff, 0xff),
		ink:          rgb(0x1f, 0x1f, 0x1f),
		muted:        rgb(0x55, 0x55, 0x55),
		stripe:       rgb(0xf2, 0xf3, 0xf5),
		grid:         rgb(0xc4, 0xc4, 0xc4),
		disagreement: rgb(0xff, 0xe9, 0xb0),
		marker:       rgb(0xb8, 0x6e, 0x00),
		negative:     rgb(0xd5, 0x5e, 0x00),
		positive:     rgb(0x00, 0x72, 0xb2),
		neutral:      rgb(0x6b, 0x6b, 0x6b),
	},
	true: { // dark
		background:   rgb(0x1e, 0x1f, 0x22),
		ink:          rgb(0xee, 0xee, 0xee),
		muted:        rgb(0xb4, 0xb4, 0xb4),
		stripe:       rgb(0x2a, 0x2b, 0x2f),
		grid:         rgb(0x58, 0x58, 0x5e),
		disagreement: rgb(0x4f, 0x3c, 0x08),
		marker:       rgb(0xff, 0xb3, 0x00),
		negative:     rgb(0xf0, 0x8a, 0x4b),
		positive:     rgb(0x5a, 0xb4, 0xe8),
		neutral:      rgb(0xa8, 0xa8, 0xa8),
	},
}

func rgb(r, g, b uint8) color.RGBA { return color.RGBA{R: r, G: g, B: b, A: 0xff} }

// strength is how much of the bar's colour shows over the background, by certainty: low
// knowledge is a pale bar, high knowledge a full one. A consensus without a certainty is an
// outline only.
var strength = map[string]float64{"low": 0.3, "moderate": 0.6, "high": 1}

// shade is hue at the strength of certainty over bg, as an opaque colour (no transparency, so
// that every renderer shows the same colour).
func shade(hue, bg color.RGBA, certainty string) color.RGBA {
	f := strength[certainty]
	mix := func(a, b uint8) uint8 { return uint8(float64(b) + f*(float64(a)-float64(b)) + 0.5) }
	return color.RGBA{R: mix(hue.R, bg.R), G: mix(hue.G, bg.G), B: mix(hue.B, bg.B), A: 0xff}
}

// words are the chart's own texts.
var words = map[string]framework.Text{
	"negative":    {"da": "negativ", "en": "negative"},
	"positive":    {"da": "positiv", "en": "positive"},
	"noRated":     {"da": "Ingen vurderede domæner.", "en": "No rated domains."},
	"noConsensus": {"da": "ingen konsensus endnu", "en": "no consensus yet"},
	"notRated":    {"da": "ikke vurderet endnu", "en": "not rated yet"},
	"knockOut":    {"da": "knock-out", "en": "knock-out"},
	"explain": {
		"da": "Søjlen er gruppens konsensus om konsekvens, fra −2 (klart negativ) til +2 (klart positiv); jo kraftigere farve, jo sikrere viden.",
		"en": "The bar is the group's consensus on consequence, from −2 (clearly negative) to +2 (clearly positive); the stronger the colour, the more certain the knowledge.",
	},
	"low":      {"da": "Lav sikkerhed", "en": "Low certainty"},
	"moderate": {"da": "Moderat sikkerhed", "en": "Moderate certainty"},
	"high":     {"da": "Høj sikkerhed", "en": "High certainty"},
	"range":    {"da": "Medlemmernes spænd", "en": "Members' range"},
	"disagree": {"da": "Uenighed: spænd på 2 eller mere", "en": "Disagreement: spread of 2 or more"},
}

func word(key, lang string) string { return words[key].In(lang) }
