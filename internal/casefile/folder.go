package casefile

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// FilesIn lists the case files (Ext, in any case) directly in folder dir, sorted by name.
// Subfolders are not searched: a teacher's folder of groups' cases is one level, and a
// subfolder often holds older copies that would show up twice.
func FilesIn(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var found []string
	for _, e := range entries {
		if !e.IsDir() && strings.EqualFold(filepath.Ext(e.Name()), Ext) {
			found = append(found, filepath.Join(dir, e.Name()))
		}
	}
	sort.Strings(found)
	return found, nil
}
