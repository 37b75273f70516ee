package main

import (
	"os"
	"regexp"
	"testing"

	"github.com/helhed/helhed/internal/casefile"
)

// FyneApp.toml names the version too, for anyone running fyne by hand (make dist stamps
// casefile.AppVersion on the packages itself); it must be the program's own. On a version bump,
// change both (docs/release.md). The metadata must also be complete.
func TestFyneAppTomlHasTheAppVersion(t *testing.T) {
	data, err := os.ReadFile("../../FyneApp.toml")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`(?m)^\s*Version\s*=\s*"([^"]*)"`).FindSubmatch(data)
	if m == nil {
		t.Fatal("FyneApp.toml has no Details.Version")
	}
	if got := string(m[1]); got != casefile.AppVersion {
		t.Errorf("FyneApp.toml says version %q, the program (casefile.AppVersion) %q: make them the same", got, casefile.AppVersion)
	}
	for _, key := range []string{"Name", "ID", "Icon", "Description", "Categories", "MimeTypes", "fyneDo"} {
		if !regexp.MustCompile(`(?m)^\s*` + key + `\s*=`).Match(data) {
			t.Errorf("FyneApp.toml lacks %s", key)
		}
	}
}
