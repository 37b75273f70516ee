// Package resources embeds the data Helhed ships: frameworks and example cases.
package resources

import (
	"embed"
	"io/fs"
	"path"
	"sort"
	"strings"
)

//go:embed frameworks examples
var files embed.FS

// ExampleExt is the file extension of case files.
const ExampleExt = ".mtv"

// Framework returns the framework file with the given ID (the folder name under frameworks/).
func Framework(id string) ([]byte, error) {
	return files.ReadFile(path.Join("frameworks", id, "framework.json"))
}

// DefaultFrameworkID is the framework a new case starts on unless another is chosen.
const DefaultFrameworkID = "mtv2"

// FrameworkIDs lists the shipped frameworks: the default first, the others by ID.
func FrameworkIDs() []string {
	entries, _ := fs.ReadDir(files, "frameworks")
	var ids []string
	for _, e := range entries {
		if e.IsDir() {
			ids = append(ids, e.Name())
		}
	}
	sort.SliceStable(ids, func(i, j int) bool {
		if (ids[i] == DefaultFrameworkID) != (ids[j] == DefaultFrameworkID) {
			return ids[i] == DefaultFrameworkID
		}
		return ids[i] < ids[j]
	})
	return ids
}

// ExampleNames lists the shipped example cases by name (file name without extension).
func ExampleNames() []string {
	entries, _ := fs.ReadDir(files, "examples")
	var names []string
	for _, e := range entries {
		if !e.IsDir() && strings.HasSuffix(e.Name(), ExampleExt) {
			names = append(names, strings.TrimSuffix(e.Name(), ExampleExt))
		}
	}
	sort.Strings(names)
	return names
}

// Example returns the case file of the named example.
func Example(name string) ([]byte, error) {
	return files.ReadFile(path.Join("examples", name+ExampleExt))
}
