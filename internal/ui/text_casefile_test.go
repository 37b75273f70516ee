package ui

import (
	"bytes"
	"encoding/json"
	"fmt"
	"image/png"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/casefile"
	"github.com/helhed/helhed/internal/recovery"
	"github.com/helhed/helhed/resources"
)

// inDanish switches the UI to Danish for the rest of the test, as the app does at start.
func inDanish(t *testing.T) {
	t.Helper()
	t.Setenv("LANG", "en_US.UTF-8") // as setup does; loaded under this locale's name
	t.Setenv("LANGUAGE", "")        // the locale comes from LANG alone (set by setup)
	t.Setenv("LC_ALL", "")
	t.Setenv("LC_MESSAGES", "")
	if err := loadTranslations("da"); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		if err := loadTranslations("en"); err != nil {
			t.Error(err)
		}
	})
}

// casefileVerbs are the formatting verbs of s, sorted, with explicit argument indexes dropped.
func casefileVerbs(s string) string {
	v := regexp.MustCompile(`%(\[\d+\])?[-+# 0]*\d*(\.\d+)?[vTtbcdoOqxXUeEfFgGsp%]`).FindAllString(s, -1)
	for i := range v {
		v[i] = regexp.MustCompile(`\[\d+\]`).ReplaceAllString(v[i], "")
	}
	sort.Strings(v)
	return strings.Join(v, " ")
}

func TestEveryCaseFileMessageHasEnglishAndDanish(t *testing.T) {
	data, err := resources.Translation("da")
	if err != nil {
		t.Fatal(err)
	}
	da := map[string]any{}
	if err := json.Unmarshal(data, &da); err != nil {
		t.Fatal(err)
	}
	if len(casefile.Messages) < 20 {
		t.Fatalf("casefile has only %d messages", len(casefile.Messages))
	}
	for id, format := range casefile.Messages {
		key := caseFileTextID(id)
		if english[key] != format || format == "" {
			t.Errorf("%s: the UI's English %q is not casefile's %q", key, english[key], format)
		}
		d, _ := da[key].(string)
		if d == "" || d == format {
			t.Errorf("%s: no Danish (%q)", key, d)
			continue
		}
		if casefileVerbs(d) != casefileVerbs(format) {
			t.Errorf("%s: the Danish %q has other verbs than %q", key, d, format)
		}
	}
}

// refusedFiles are files Helhed refuses, by name, with what the Danish message must say.
func refusedFiles(t *testing.T) (dir string, want map[string]string) {
	t.Helper()
	good, err := casefile.Encode(testCase(t))
	if err != nil {
		t.Fatal(err)
	}
	newer := bytes.Replace(good, fmt.Appendf(nil, `"schemaVersion": %d`, casefile.SchemaVersion), []byte(`"schemaVersion": 99`), 1)
	newer = bytes.Replace(newer, []byte(`"writtenBy": "Helhed `+casefile.AppVersion+`"`), []byte(`"writtenBy": "Helhed 9.1.0"`), 1)
	files := map[string][]byte{
		"afbrudt.mtv": good[:len(good)/2],
		"nyere.mtv":   newer,
		"tom.mtv":     []byte("\n"),
		"rettet.mtv":  append([]byte("{\n  \"format\": \"helhed-case\",\n  \"schemaVersion\": 3,,\n"), good[1:]...),
		"word.mtv":    []byte("Referat fra mødet"),
		"latin1.mtv":  []byte("{\"format\": \"helhed-case\", \"note\": \"M\xf8de\"}"),
	}
	want = map[string]string{
		"afbrudt.mtv": "afbrudt.mtv er ufuldstændig: den slutter midt i indholdet",
		"nyere.mtv": fmt.Sprintf("nyere.mtv er skrevet af Helhed 9.1.0 (sagsfilversion 99). Dette er Helhed %s, som kan læse op til version %d: installér Helhed 9.1.0 eller nyere for at åbne den.",
			casefile.AppVersion, casefile.SchemaVersion),
		"tom.mtv":     "tom.mtv er tom.",
		"rettet.mtv":  "rettet.mtv er beskadiget: ikke gyldig JSON i linje 3, kolonne 22 (teknisk detalje: invalid character",
		"word.mtv":    "word.mtv er beskadiget: ikke gyldig JSON i linje 1, kolonne 1 (teknisk detalje: invalid character 'R'",
		"latin1.mtv":  "latin1.mtv er ikke UTF-8-tekst (ugyldige bytes ved position 36)",
		"mangler.mtv": "mangler.mtv kan ikke åbnes: filen findes ikke.",
	}
	dir = t.TempDir()
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	return dir, want
}

func TestCaseFileProblemsInDanish(t *testing.T) {
	setup(t)
	inDanish(t)
	dir, want := refusedFiles(t)
	for name, says := range want {
		_, err := casefile.Load(filepath.Join(dir, name))
		got := errorMessage(err)
		if !strings.HasPrefix(got, says) || strings.Contains(got, "%!") {
			t.Errorf("%s: %q, want it to start %q", name, got, says)
		}
	}
	// A file far too large, with the size written the Danish way.
	huge := filepath.Join(dir, "film.mtv")
	f, err := os.Create(huge)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(casefile.MaxSize + 3<<20); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	f.Close()
	_, err = casefile.Load(huge)
	if got := errorMessage(err); got != "film.mtv fylder 53,0 MB; en sagsfil fylder højst 50,0 MB, så dette er ikke en sagsfil." {
		t.Errorf("huge file: %q", got)
	}
}

func TestOpeningBadFilesInDanishSaysWhyInDanish(t *testing.T) {
	dir, want := refusedFiles(t)
	c := testCase(t)
	inDanish(t)
	m := newTestWindow(t, Options{Case: c})
	shots := os.Getenv("HELHED_SHOTS") // e.g. /tmp/shots-casefile-da: the dialogs as PNGs
	for _, name := range []string{"afbrudt.mtv", "nyere.mtv"} {
		path := filepath.Join(dir, name)
		m.chooseOpenPath = func(done func(string)) { done(path) }
		press(t, m, ctrl(fyne.KeyO))
		shown := labelsIn(topDialog(t, m))
		if !containsText(shown, "Sagen kunne ikke åbnes") || !containsText(shown, want[name]) {
			t.Errorf("File › Open %s shows %q, want %q", name, shown, want[name])
		}
		if shots != "" {
			capture(t, m, filepath.Join(shots, "open-"+strings.TrimSuffix(name, ".mtv")+"-da.png"))
		}
		tapButton(t, topDialog(t, m), "OK")

		// Merging it as a member's copy says the same.
		m.mergePath(path)
		shown = labelsIn(topDialog(t, m))
		if !containsText(shown, "Kopien blev ikke flettet ind") || !containsText(shown, want[name]) {
			t.Errorf("merging %s shows %q, want %q", name, shown, want[name])
		}
		tapButton(t, topDialog(t, m), "OK")
	}
	if m.screen.c != c || m.path != "" {
		t.Error("a refused file changed the open case")
	}
}

func TestFolderOverviewListsAnUnreadableFileInDanish(t *testing.T) {
	dir, _, _ := groupFolder(t)
	m := newTestWindow(t, Options{})
	inDanish(t)
	m.showStart()
	v := openGroupFolder(t, m, dir)
	shown := labelsIn(v.win.Content())
	if !containsText(shown, "Filer, der ikke kunne læses") || !containsText(shown, "group7.mtv er ufuldstændig: den slutter midt i indholdet") {
		t.Errorf("the Danish overview shows %q", shown)
	}
	if containsText(shown, "is incomplete") {
		t.Error("the Danish overview still shows the English problem")
	}
	if shots := os.Getenv("HELHED_SHOTS"); shots != "" {
		out, err := os.Create(filepath.Join(shots, "folder-unreadable-da.png"))
		if err != nil {
			t.Fatal(err)
		}
		defer out.Close()
		if err := png.Encode(out, v.win.Canvas().Capture()); err != nil {
			t.Fatal(err)
		}
	}
}

func TestDamagedRecoveryCopiesAreReportedInDanish(t *testing.T) {
	inDanish(t)
	var cut, badCase string
	w := startAfterCrash(t, func(dir string) {
		os.MkdirAll(dir, 0o700)
		cut = filepath.Join(dir, uuid.NewString()+recovery.Ext)
		os.WriteFile(cut, []byte(`{"format": "helhed-recovery", "version": 1, "case": {"format": "helhed-case", "sch`), 0o600)
		badCase = filepath.Join(dir, uuid.NewString()+recovery.Ext)
		os.WriteFile(badCase, []byte(`{"format": "helhed-recovery", "version": 1, "case": {"format": "helhed-case"}}`), 0o600)
	})
	shown := labelsIn(topDialog(t, w.mainWindow))
	for _, want := range []string{"Helhed fandt kopier af arbejde",
		"• " + filepath.Base(cut) + " er ufuldstændig: den slutter midt i indholdet",
		"• " + filepath.Base(badCase) + " har ikke en gyldig schemaVersion (fandt 0)."} {
		if !containsText(shown, want) {
			t.Errorf("the dialog does not say %q:\n%q", want, shown)
		}
	}
	if shots := os.Getenv("HELHED_SHOTS"); shots != "" {
		capture(t, w.mainWindow, filepath.Join(shots, "recovery-damaged-da.png"))
	}
}
