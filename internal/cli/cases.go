package cli

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/casefile"
	"github.com/helhed/helhed/internal/framework"
	"github.com/helhed/helhed/resources"
)

// DefaultFrameworkID is the framework a new case starts on.
const DefaultFrameworkID = "mtv2"

// DefaultFramework loads the shipped MTV 2.0 framework.
func DefaultFramework() (*framework.Framework, error) {
	data, err := resources.Framework(DefaultFrameworkID)
	if err != nil {
		return nil, fmt.Errorf("the built-in framework %s is missing: %w", DefaultFrameworkID, err)
	}
	fw, err := framework.Parse(data)
	if err != nil {
		return nil, fmt.Errorf("the built-in framework %s is damaged: %w", DefaultFrameworkID, err)
	}
	return fw, nil
}

// NewCase starts an empty case on the default framework.
func NewCase(title string) (*assessment.Case, error) {
	fw, err := DefaultFramework()
	if err != nil {
		return nil, err
	}
	return assessment.New(fw, title, assessment.Now(uuid.Nil)), nil
}

// LoadExample returns the shipped example called name.
func LoadExample(name string) (*assessment.Case, error) {
	data, err := resources.Example(name)
	if err != nil {
		return nil, fmt.Errorf("there is no example called %q; \"helhed example list\" names them", name)
	}
	return casefile.Decode(data, "example "+name)
}

func loadCase(path string) (*assessment.Case, error) { return casefile.Load(path) }

// expandPaths turns PATH arguments into case files: a folder stands for the .mtv files in it.
// Paths that name nothing usable are returned as problems, so that a batch goes on.
func expandPaths(paths []string) (files []string, problems []error) {
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			problems = append(problems, fmt.Errorf("%s: there is no such file or folder", p))
			continue
		}
		if !info.IsDir() {
			files = append(files, p)
			continue
		}
		found, err := casefile.FilesIn(p)
		if err != nil {
			problems = append(problems, fmt.Errorf("%s: the folder cannot be read: %v", p, err))
			continue
		}
		if len(found) == 0 {
			problems = append(problems, fmt.Errorf("%s: the folder has no %s files", p, casefile.Ext))
		}
		files = append(files, found...)
	}
	return files, problems
}

// sameFile reports whether a and b name the same file (both must exist to be the same).
func sameFile(a, b string) bool {
	ia, err1 := os.Stat(a)
	ib, err2 := os.Stat(b)
	if err1 == nil && err2 == nil {
		return os.SameFile(ia, ib)
	}
	aa, _ := filepath.Abs(a)
	bb, _ := filepath.Abs(b)
	return aa == bb
}

// checkTarget refuses to write over an input file, or over an existing case file without force.
func checkTarget(target string, inputs []string, force bool) error {
	for _, in := range inputs {
		if sameFile(target, in) {
			return fmt.Errorf("%s: will not write over an input file", target)
		}
	}
	if info, err := os.Stat(target); err == nil {
		if info.IsDir() {
			return fmt.Errorf("%s: is a folder", target)
		}
		if strings.EqualFold(filepath.Ext(target), casefile.Ext) && !force {
			return fmt.Errorf("%s: already exists; use --force to replace it (the old one is kept as .bak)", target)
		}
	}
	return nil
}

// caseName is the file name of path without folder and extension.
func caseName(path string) string {
	return strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
}
