package ui

import (
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gobolditalic"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/goregular"
)

// settings is a typed view of the app's preferences: every preference Helhed keeps, with its
// key, its default and its allowed values in one place. It holds no state of its own.
type settings struct {
	p fyne.Preferences
}

// Preference keys and defaults.
const (
	prefWindowSize = "window.size" // [width, height]
	prefRecent     = "recent.files"
	prefUILanguage = "ui.language" // system, da, en
	prefTheme      = "ui.theme"    // system, light, dark
	prefTextSize   = "ui.textSize" // normal, large

	defaultWindowWidth  = 1100
	defaultWindowHeight = 760
	minWindowWidth      = 640
	minWindowHeight     = 480

	// maxRecent is how many recent files the start screen lists.
	maxRecent = 10
)

// Themes and text sizes.
const (
	themeSystem = "system"
	themeLight  = "light"
	themeDark   = "dark"

	textNormal = "normal"
	textLarge  = "large" // for a projector: every text about a third larger
)

var (
	uiLanguages = []string{uiLangSystem, uiLangDanish, uiLangEnglish}
	themes      = []string{themeSystem, themeLight, themeDark}
	textSizes   = []string{textNormal, textLarge}
)

// appSettings are the settings of the running app.
func appSettings() settings { return settings{fyne.CurrentApp().Preferences()} }

// oneOf returns the stored value of key if it is one of allowed, else the first allowed value.
func (s settings) oneOf(key string, allowed []string) string {
	v := s.p.String(key)
	if slices.Contains(allowed, v) {
		return v
	}
	return allowed[0]
}

// WindowSize is the size the window had when it was last closed, or the default size.
func (s settings) WindowSize() fyne.Size {
	v := s.p.FloatList(prefWindowSize)
	if len(v) != 2 || v[0] < minWindowWidth || v[1] < minWindowHeight {
		return fyne.NewSize(defaultWindowWidth, defaultWindowHeight)
	}
	return fyne.NewSize(float32(v[0]), float32(v[1]))
}

// SetWindowSize remembers the window's size.
func (s settings) SetWindowSize(size fyne.Size) {
	if size.Width < minWindowWidth || size.Height < minWindowHeight {
		return // a window closed while minimised or not yet laid out
	}
	s.p.SetFloatList(prefWindowSize, []float64{float64(size.Width), float64(size.Height)})
}

// RecentFiles lists the case files opened or saved last, most recent first.
func (s settings) RecentFiles() []string {
	return slices.Clone(s.p.StringList(prefRecent))
}

// AddRecentFile puts path first in the recent files, once, keeping at most maxRecent.
func (s settings) AddRecentFile(path string) {
	if path == "" {
		return
	}
	list := []string{path}
	for _, p := range s.p.StringList(prefRecent) {
		if p != path && len(list) < maxRecent {
			list = append(list, p)
		}
	}
	s.p.SetStringList(prefRecent, list)
}

// RemoveRecentFile takes path off the recent files.
func (s settings) RemoveRecentFile(path string) {
	list := slices.DeleteFunc(s.RecentFiles(), func(p string) bool { return p == path })
	s.p.SetStringList(prefRecent, list)
}

// UILanguage is the chosen UI language: system, da or en. It applies from the next start.
func (s settings) UILanguage() string { return s.oneOf(prefUILanguage, uiLanguages) }

// SetUILanguage chooses the UI language for the next start.
func (s settings) SetUILanguage(v string) { s.setOneOf(prefUILanguage, v, uiLanguages) }

// Theme is the chosen colour theme: system, light or dark.
func (s settings) Theme() string { return s.oneOf(prefTheme, themes) }

// SetTheme chooses the colour theme.
func (s settings) SetTheme(v string) { s.setOneOf(prefTheme, v, themes) }

// TextSize is the chosen text size: normal or large.
func (s settings) TextSize() string { return s.oneOf(prefTextSize, textSizes) }

// SetTextSize chooses the text size.
func (s settings) SetTextSize(v string) { s.setOneOf(prefTextSize, v, textSizes) }

func (s settings) setOneOf(key, v string, allowed []string) {
	if slices.Contains(allowed, v) {
		s.p.SetString(key, v)
	}
}

// applyLook sets the app's theme from the settings: colours and text size. It applies at once.
func applyLook(a fyne.App, s settings) {
	a.Settings().SetTheme(newLook(s.Theme(), s.TextSize()))
}

// look is Fyne's default theme with a fixed light or dark variant (or the system's) and, for a
// projector, larger text.
type look struct {
	base    fyne.Theme
	variant fyne.ThemeVariant // the variant to use, when fixed
	fixed   bool              // false: the system's variant
	scale   float32           // text sizes are multiplied by it
}

// largeTextScale is how much larger "large" text is: 14 pt body text becomes about 18.
const largeTextScale = 1.3

func newLook(colours, textSize string) *look {
	l := &look{base: theme.DefaultTheme(), scale: 1}
	switch colours {
	case themeLight:
		l.variant, l.fixed = theme.VariantLight, true
	case themeDark:
		l.variant, l.fixed = theme.VariantDark, true
	}
	if textSize == textLarge {
		l.scale = largeTextScale
	}
	return l
}

func (l *look) Color(n fyne.ThemeColorName, v fyne.ThemeVariant) color.Color {
	if l.fixed {
		v = l.variant
	}
	return l.base.Color(n, v)
}

// Font is the Go fonts' (as in the PDF report) rather than Fyne's own Noto Sans subset, which
// lacks characters groups type and the examples hold: → ≤ ≥ − (U+2212) showed as boxes.
func (l *look) Font(s fyne.TextStyle) fyne.Resource {
	switch {
	case s.Symbol:
		return l.base.Font(s)
	case s.Monospace:
		return goMono
	case s.Bold && s.Italic:
		return goBoldItalic
	case s.Bold:
		return goBold
	case s.Italic:
		return goItalic
	}
	return goRegular
}

var (
	goRegular    = fyne.NewStaticResource("Go-Regular.ttf", goregular.TTF)
	goBold       = fyne.NewStaticResource("Go-Bold.ttf", gobold.TTF)
	goItalic     = fyne.NewStaticResource("Go-Italic.ttf", goitalic.TTF)
	goBoldItalic = fyne.NewStaticResource("Go-BoldItalic.ttf", gobolditalic.TTF)
	goMono       = fyne.NewStaticResource("Go-Mono.ttf", gomono.TTF)
)

func (l *look) Icon(n fyne.ThemeIconName) fyne.Resource { return l.base.Icon(n) }

func (l *look) Size(n fyne.ThemeSizeName) float32 {
	size := l.base.Size(n)
	switch n {
	case theme.SizeNameText, theme.SizeNameHeadingText, theme.SizeNameSubHeadingText,
		theme.SizeNameCaptionText, theme.SizeNameInlineIcon:
		return size * l.scale
	}
	return size
}

// settingsDialog lets the user choose the UI language, the colours and the text size. Colours
// and text size apply at once; the language from the next start.
type settingsDialog struct {
	language *widget.RadioGroup
	colours  *widget.RadioGroup
	textSize *widget.RadioGroup
	dialog   dialog.Dialog
}

// showSettings opens the settings dialog.
func (m *mainWindow) showSettings() { m.openSettings() }

func (m *mainWindow) openSettings() *settingsDialog {
	st := appSettings()
	d := &settingsDialog{}
	d.language = radioChoice(uiLanguages, []string{"settings.langSystem", "settings.langDa", "settings.langEn"},
		st.UILanguage(), st.SetUILanguage)
	apply := func(set func(string)) func(string) {
		return func(v string) {
			set(v)
			applyLook(fyne.CurrentApp(), st)
		}
	}
	d.colours = radioChoice(themes, []string{"settings.themeSystem", "settings.themeLight", "settings.themeDark"},
		st.Theme(), apply(st.SetTheme))
	d.textSize = radioChoice(textSizes, []string{"settings.textNormal", "settings.textLarge"},
		st.TextSize(), apply(st.SetTextSize))

	note := helpLabel(tr("settings.languageNote"))
	content := container.NewVBox(
		fieldLabel(tr("settings.language")), d.language, note,
		widget.NewSeparator(),
		fieldLabel(tr("settings.theme")), d.colours,
		widget.NewSeparator(),
		fieldLabel(tr("settings.textSize")), d.textSize,
	)
	d.dialog = dialog.NewCustom(tr("settings.title"), tr("settings.close"), content, m.win)
	d.dialog.Resize(fyne.NewSize(560, content.MinSize().Height))
	d.dialog.Show()
	return d
}

// radioChoice is a radio group of the texts labels (IDs) for values, showing value; set gets the
// chosen value.
func radioChoice(values, labels []string, value string, set func(string)) *widget.RadioGroup {
	texts := make([]string, len(labels))
	for i, id := range labels {
		texts[i] = tr(id)
	}
	r := widget.NewRadioGroup(texts, nil)
	r.Required = true
	if i := slices.Index(values, value); i >= 0 {
		r.SetSelected(texts[i])
	}
	r.OnChanged = func(text string) {
		if i := slices.Index(texts, text); i >= 0 {
			set(values[i])
		}
	}
	return r
}
