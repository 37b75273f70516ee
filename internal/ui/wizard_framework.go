package ui

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/widget"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
)

// frameworkChooser is the wizard's choice of framework: the shipped ones (Options.Frameworks,
// or the framework of Options.NewCase where the program gives none) and "From a file…", which
// reads a teacher's own framework file. A file that is not a valid framework is refused with a
// message naming the file and the field at fault, and the choice stays as it was.
type frameworkChooser struct {
	m       *mainWindow
	choices []*framework.Framework
	files   []string // the file each choice was read from; "" for a shipped one
	chosen  int
	sel     *widget.Select
	about   *widget.Label
	content fyne.CanvasObject
}

func newFrameworkChooser(m *mainWindow) *frameworkChooser {
	fc := &frameworkChooser{m: m}
	for _, fw := range m.opt.Frameworks {
		fc.add(fw, "")
	}
	if len(fc.choices) == 0 {
		if c := m.opt.NewCase(); c != nil && c.Framework != nil {
			fc.add(c.Framework, "")
		}
	}
	fc.sel = widget.NewSelect(nil, nil)
	fc.about = helpLabel("")
	fc.refresh()
	fc.sel.OnChanged = func(string) { fc.picked(fc.sel.SelectedIndex()) }
	fc.content = container.NewVBox(fieldLabel(tr("wizard.framework")), helpLabel(tr("wizard.frameworkHelp")),
		fc.sel, fc.about)
	return fc
}

func (fc *frameworkChooser) add(fw *framework.Framework, file string) {
	fc.choices = append(fc.choices, fw)
	fc.files = append(fc.files, file)
}

// label is how choice i is listed: the framework's name, and the file it came from.
func (fc *frameworkChooser) label(i int) string {
	name := fc.choices[i].Name.In(uiLanguage())
	if fc.files[i] != "" {
		return tr("wizard.frameworkFileLabel", name, filepath.Base(fc.files[i]))
	}
	return name
}

// refresh lists the choices and "From a file…", and shows the chosen one and what it holds.
func (fc *frameworkChooser) refresh() {
	var opts []string
	for i := range fc.choices {
		opts = append(opts, fc.label(i))
	}
	fc.sel.SetOptions(append(opts, tr("wizard.frameworkFromFile")))
	if fc.chosen < len(fc.choices) {
		onChanged := fc.sel.OnChanged
		fc.sel.OnChanged = nil
		fc.sel.SetSelectedIndex(fc.chosen)
		fc.sel.OnChanged = onChanged
		fc.about.SetText(fc.describe(fc.choices[fc.chosen]))
	}
}

// describe says what a framework holds, with its description.
func (fc *frameworkChooser) describe(fw *framework.Framework) string {
	rated := 0
	for _, d := range fw.Domains {
		if d.Rated {
			rated++
		}
	}
	s := tr("wizard.frameworkHolds", len(fw.Domains), rated, fw.QuestionCount(), fw.Version)
	if d := fw.Description.In(uiLanguage()); d != "" {
		s = d + "\n" + s
	}
	return s
}

// picked handles the choice of entry i: a framework, or "From a file…".
func (fc *frameworkChooser) picked(i int) {
	if i >= 0 && i < len(fc.choices) {
		fc.chosen = i
		fc.refresh()
		return
	}
	fc.refresh() // back to the framework chosen before, until a file is read
	fc.m.chooseFrameworkPath(fc.readFile)
}

// readFile reads the framework file at path and chooses it, or says why it cannot be used.
func (fc *frameworkChooser) readFile(path string) {
	fw, err := framework.ReadFile(path)
	if err != nil {
		dialog.NewInformation(tr("wizard.frameworkBadTitle"), frameworkFileMessage(path, err), fc.m.win).Show()
		return
	}
	for i, f := range fc.files { // the same file read again replaces the earlier reading
		if f == path {
			fc.choices[i] = fw
			fc.chosen = i
			fc.refresh()
			return
		}
	}
	fc.add(fw, path)
	fc.chosen = len(fc.choices) - 1
	fc.refresh()
}

// maxShownProblems is how many of a framework file's problems the message lists.
const maxShownProblems = 8

// frameworkFileMessage names the file and its problems, each naming the field at fault.
func frameworkFileMessage(path string, err error) string {
	problems := []string{err.Error()}
	var fe *framework.FileError
	if errors.As(err, &fe) {
		problems = fe.Problems
	}
	shown := problems[:min(len(problems), maxShownProblems)]
	msg := tr("wizard.frameworkBad", filepath.Base(path)) + "\n\n" + strings.Join(shown, "\n")
	if more := len(problems) - len(shown); more > 0 {
		msg += "\n" + plural(more, "wizard.frameworkMoreProblem", "wizard.frameworkMoreProblems")
	}
	return msg + "\n\n" + tr("wizard.frameworkBadHint")
}

// newCase is an empty case on the chosen framework, with a copy of it of its own. NewCase
// gives the case where it is on that framework already.
func (fc *frameworkChooser) newCase(e assessment.Edit) *assessment.Case {
	c := fc.m.opt.NewCase()
	if fc.chosen >= len(fc.choices) {
		return c
	}
	fw := fc.choices[fc.chosen]
	if c != nil && c.Framework != nil && c.Framework.ID == fw.ID && c.Framework.Version == fw.Version && fc.files[fc.chosen] == "" {
		return c
	}
	return assessment.New(fw.Clone(), "", e)
}

// frameworkDialog asks for a framework file (.json); done gets its path, and is not called when
// the user cancels.
func (m *mainWindow) frameworkDialog(done func(path string)) {
	d := dialog.NewFileOpen(func(r fyne.URIReadCloser, err error) {
		if err != nil {
			m.showError(tr("wizard.frameworkBadTitle"), err)
			return
		}
		if r == nil {
			return
		}
		uri := r.URI()
		_ = r.Close()
		if uri.Scheme() != "file" {
			m.showError(tr("wizard.frameworkBadTitle"), fmt.Errorf("%s", tr("error.notLocal", uri.String())))
			return
		}
		done(uri.Path())
	}, m.win)
	d.SetFilter(storage.NewExtensionFileFilter([]string{".json"}))
	d.Show()
}
