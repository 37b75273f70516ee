package framework

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// exampleFile is the commented example of docs/framework-format.md.
const exampleFile = "../../docs/examples/teacher-framework.json"

func TestTheDocumentedExampleLoads(t *testing.T) {
	fw, err := ReadFile(exampleFile)
	if err != nil {
		t.Fatalf("the example in docs does not load: %v", err)
	}
	if fw.ID != "course-quick" || len(fw.Domains) != 3 || fw.QuestionCount() != 3 {
		t.Errorf("example: id %q, %d domains, %d questions", fw.ID, len(fw.Domains), fw.QuestionCount())
	}
	in, d, ok := fw.Instrument("interviews")
	if !ok || d.ID != "benefits" || in.Calculator != "" || len(in.Columns) != 5 {
		t.Fatalf("the example's plain table: %+v in %v", in, d)
	}
	if c, _ := in.Column("attitude"); c == nil || len(c.Choices) != 3 {
		t.Errorf("the choice column: %+v", c)
	}
}

// TestBrokenFrameworkFilesNameTheFileAndField breaks the documented example the ways a teacher
// writing a file by hand would, and checks that the message names the file and the field.
func TestBrokenFrameworkFilesNameTheFileAndField(t *testing.T) {
	good, err := os.ReadFile(exampleFile)
	if err != nil {
		t.Fatal(err)
	}
	replace := func(old, new string) func() []byte {
		return func() []byte {
			if !strings.Contains(string(good), old) {
				t.Fatalf("the example no longer holds %q", old)
			}
			return []byte(strings.Replace(string(good), old, new, 1))
		}
	}
	cases := []struct {
		name string
		data func() []byte
		want []string
	}{
		{"unknown field", replace(`"help": {
            "da": "Sæt tal`, `"hjælp": {
            "da": "Sæt tal`),
			[]string{`domains[1].questions[0].hjælp: unknown field (known here: help, id, tags, terms, text)`}},
		{"missing translation", replace(`"en": "Which decision is the assessment to support?"`, `"nb": "Hvilken beslutning?"`),
			[]string{"domains[0].questions[0].text.en: missing"}},
		{"duplicate question", replace(`"id": "risks.what"`, `"id": "scope.decision"`),
			[]string{`domains[2].questions[0].id: "scope.decision" is already used by domains[0].questions[0].id`}},
		{"duplicate domain", replace(`"id": "risks",`, `"id": "scope",`),
			[]string{`domains[2].id: "scope" is already used by domains[0].id`}},
		{"bad column type", replace(`"type": "date"`, `"type": "dato"`),
			[]string{`domains[1].instruments[0].columns[1].type: "dato" is not one of text, number, choice, date, member, role`}},
		{"unknown calculator", replace(`"id": "interviews",`, `"id": "interviews", "calculator": "budget",`),
			[]string{`domains[1].instruments[0].calculator: "budget" is not a calculator`}},
		{"choice without choices", replace(`"type": "text"`, `"type": "choice"`),
			[]string{"domains[1].instruments[0].columns[4].choices: a choice column needs choices"}},
		{"wrong kind of value", replace(`"rated": true`, `"rated": "yes"`),
			[]string{"domains.rated: is a string, want true or false (near line"}},
		{"nothing rated", func() []byte {
			return []byte(strings.ReplaceAll(string(good), `"rated": true`, `"rated": false`))
		}, []string{"domains: no domain is rated"}},
		{"syntax error", replace(`"version": "2026.1",`, `"version": "2026.1"`),
			[]string{"not valid JSON at line 6, column 3"}},
		{"cut off", func() []byte { return good[:len(good)/2] }, []string{"ends in the middle of the JSON"}},
		{"not UTF-8", replace("hurtig vurdering", "hurtig vurd\xe6ring"), []string{"is not UTF-8 text at line 7"}},
		{"empty", func() []byte { return nil }, []string{"the file is empty"}},
		{"a list", func() []byte { return []byte("[]") }, []string{"must hold one JSON object"}},
	}
	dir := t.TempDir()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, strings.ReplaceAll(tc.name, " ", "-")+".json")
			if err := os.WriteFile(path, tc.data(), 0o600); err != nil {
				t.Fatal(err)
			}
			_, err := ReadFile(path)
			var fe *FileError
			if !errors.As(err, &fe) {
				t.Fatalf("ReadFile accepted it or failed without naming the file: %v", err)
			}
			msg := err.Error()
			if !strings.HasPrefix(msg, path+": ") {
				t.Errorf("the message does not start with the file: %q", msg)
			}
			for _, w := range tc.want {
				if !strings.Contains(msg, w) {
					t.Errorf("message %q\ndoes not contain %q", msg, w)
				}
			}
		})
	}
}

func TestReadFileRefusesWhatIsNoFramework(t *testing.T) {
	dir := t.TempDir()
	if _, err := ReadFile(filepath.Join(dir, "nowhere.json")); err == nil || !strings.Contains(err.Error(), "nowhere.json: cannot be read") {
		t.Errorf("a missing file: %v", err)
	}
	if _, err := ReadFile(dir); err == nil || !strings.Contains(err.Error(), "is a folder") {
		t.Errorf("a folder: %v", err)
	}
	big := filepath.Join(dir, "big.json")
	if err := os.WriteFile(big, make([]byte, MaxFileSize+10), 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := ReadFile(big); err == nil || !strings.Contains(err.Error(), "is larger than") {
		t.Errorf("a huge file: %v", err)
	}
}
