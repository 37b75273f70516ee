package ui

import (
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/casefile"
	"github.com/helhed/helhed/resources"
)

func init() {
	addTexts(map[string]string{
		"menu.help":     "Help",
		"about.menu":    "About Helhed",
		"about.title":   "About Helhed",
		"about.version": "Version %s (case files version %d)",
		"about.what": "Helhed guides an interdisciplinary group of health professionals through a holistic " +
			"health technology assessment (MTV 2.0): the domains with their guiding questions, every " +
			"member's ratings, the group's consensus and recommendation, and a PDF report.",
		"about.credits":     "Made with",
		"about.creditFyne":  "Fyne: the window (BSD 3-Clause licence)",
		"about.creditPDF":   "gofpdf: the PDF report (MIT licence)",
		"about.creditFonts": "The Go fonts: the report's typeface (BSD 3-Clause licence)",
		"about.creditUUID":  "google/uuid: the IDs of the records in a case (BSD 3-Clause licence)",
		"about.close":       "Close",
	})
}

// appIcon is Helhed's icon (resources/icon.png), the same one the packages carry: the window and
// the About dialog show it whichever way the program was built.
var appIcon = fyne.NewStaticResource("helhed.png", resources.Icon)

// helpMenu is the Help menu: About Helhed. On macOS Fyne moves the About item into the
// application menu.
func (m *mainWindow) helpMenu() *fyne.Menu {
	return fyne.NewMenu(tr("menu.help"), fyne.NewMenuItem(tr("about.menu"), m.showAbout))
}

// showAbout opens the About dialog: what Helhed is, its version and whose work it is built on.
func (m *mainWindow) showAbout() { m.openAbout() }

func (m *mainWindow) openAbout() dialog.Dialog {
	icon := canvas.NewImageFromResource(appIcon)
	icon.FillMode = canvas.ImageFillContain
	icon.SetMinSize(fyne.NewSquareSize(96))

	name := widget.NewLabel(tr("app.name"))
	name.TextStyle = fyne.TextStyle{Bold: true}
	name.SizeName = theme.SizeNameHeadingText
	version := widget.NewLabel(tr("about.version", casefile.AppVersion, casefile.SchemaVersion))

	what := wrapped(tr("about.what"))

	var lines []string
	for _, id := range []string{"about.creditFyne", "about.creditPDF", "about.creditFonts", "about.creditUUID"} {
		lines = append(lines, tr(id))
	}
	credits := container.NewVBox(fieldLabel(tr("about.credits")), wrapped(strings.Join(lines, "\n")))

	content := container.NewVBox(
		container.NewBorder(nil, nil, icon, nil, container.NewVBox(name, version)),
		what,
		widget.NewSeparator(),
		credits,
	)
	d := dialog.NewCustom(tr("about.title"), tr("about.close"), content, m.win)
	d.Resize(fyne.NewSize(520, content.MinSize().Height))
	d.Show()
	return d
}
