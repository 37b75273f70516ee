package cli

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/casefile"
	"github.com/helhed/helhed/internal/testcase"
	"github.com/helhed/helhed/resources"
)

type result struct {
	code           int
	stdout, stderr string
}

func run(args ...string) result {
	var out, errOut bytes.Buffer
	code := Run(args, &out, &errOut)
	return result{code, out.String(), errOut.String()}
}

func (r result) expect(t *testing.T, code int, stdoutHas, stderrHas string) {
	t.Helper()
	if r.code != code {
		t.Errorf("exit %d, want %d\nstdout: %s\nstderr: %s", r.code, code, r.stdout, r.stderr)
	}
	if !strings.Contains(r.stdout, stdoutHas) {
		t.Errorf("stdout does not contain %q:\n%s", stdoutHas, r.stdout)
	}
	if !strings.Contains(r.stderr, stderrHas) {
		t.Errorf("stderr does not contain %q:\n%s", stderrHas, r.stderr)
	}
}

// smallCaseFile writes the small test case to dir/name and returns its path.
func smallCaseFile(t *testing.T, dir, name string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := casefile.Save(path, testcase.Case()); err != nil {
		t.Fatal(err)
	}
	return path
}

const example = "faldsensor-hjemmepleje"

func TestHelp(t *testing.T) {
	run("--help").expect(t, ExitOK, "helhed report PATH", "")
	run("report", "--help").expect(t, ExitOK, "-lang", "")
	run("--bogus").expect(t, ExitUsage, "", "unknown flag --bogus")
	run("validate").expect(t, ExitUsage, "", "name at least one")
	run("summary", "x.mtv", "--lang", "fr").expect(t, ExitUsage, "", "--lang must be da or en")
	run("report", "--nope", "x.mtv").expect(t, ExitUsage, "", "flag provided but not defined: -nope")
	run("version").expect(t, ExitOK, "helhed "+casefile.AppVersion, "")
}

func TestNoWindowWithoutGUI(t *testing.T) {
	run().expect(t, ExitUsage, "", "no window")
	var opened *assessment.Case
	var openedPath = "unset"
	app := App{OpenGUI: func(c *assessment.Case, path string) error { opened, openedPath = c, path; return nil }}
	var out, errOut bytes.Buffer
	if code := app.Run([]string{"example", example}, &out, &errOut); code != ExitOK {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if opened == nil || openedPath != "" {
		t.Errorf("example should open as an unsaved copy: case %v, path %q", opened != nil, openedPath)
	}
	path := smallCaseFile(t, t.TempDir(), "a.mtv")
	if code := app.Run([]string{path}, &out, &errOut); code != ExitOK || openedPath != path {
		t.Errorf("helhed FILE: exit %d, opened %q", code, openedPath)
	}
	bad := filepath.Join(t.TempDir(), "bad.mtv")
	os.WriteFile(bad, []byte("{"), 0o600)
	errOut.Reset()
	if code := app.Run([]string{bad}, &out, &errOut); code != ExitInput || !strings.Contains(errOut.String(), "incomplete") {
		t.Errorf("helhed BADFILE: exit %d, %s", code, errOut.String())
	}
}

func TestExample(t *testing.T) {
	r := run("example", "list")
	r.expect(t, ExitOK, example+"\n", "")
	if strings.Count(r.stdout, "\n") != len(resources.ExampleNames()) {
		t.Errorf("one name per line: %q", r.stdout)
	}
	dir := t.TempDir()
	out := filepath.Join(dir, "ex.mtv")
	run("example", example, "-o", out).expect(t, ExitOK, "wrote", "")
	first, _ := os.ReadFile(out)
	run("example", "-o", out, example).expect(t, ExitInput, "", "already exists; use --force")
	if after, _ := os.ReadFile(out); !bytes.Equal(first, after) {
		t.Error("refused write changed the file")
	}
	run("example", example, "-o", out, "--force").expect(t, ExitOK, "wrote", "")
	if _, err := os.Stat(out + ".bak"); err != nil {
		t.Error("--force did not keep a .bak")
	}
	run("example", "nonesuch", "-o", filepath.Join(dir, "n.mtv")).expect(t, ExitInput, "", `no example called "nonesuch"`)
	run("example").expect(t, ExitUsage, "", "name one example")
}

func TestEveryExampleValidates(t *testing.T) {
	for _, name := range resources.ExampleNames() {
		c, err := LoadExample(name)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if problems := c.Check(); len(problems) > 0 {
			t.Errorf("%s: %s", name, strings.Join(problems, "\n"))
		}
	}
}

func TestValidate(t *testing.T) {
	dir := t.TempDir()
	good := smallCaseFile(t, dir, "good.mtv")
	run("validate", good).expect(t, ExitOK, good+": ok", "")

	data, _ := os.ReadFile(good)
	truncated := filepath.Join(dir, "truncated.mtv")
	os.WriteFile(truncated, data[:len(data)/2], 0o600)
	inconsistent := filepath.Join(dir, "inconsistent.mtv")
	c := testcase.Case()
	c.Ratings[0].Consequence = 5
	c.Answers[0].QuestionID = "gone.question"
	casefile.Save(inconsistent, c)

	// A batch reports every file, then fails.
	r := run("validate", truncated, good, inconsistent, filepath.Join(dir, "missing.mtv"))
	r.expect(t, ExitInput, good+": ok", "truncated.mtv: is incomplete")
	for _, want := range []string{"consequence: 5 is outside -2..2", `"gone.question" is not a question`, "missing.mtv: there is no such file"} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	if after, _ := os.ReadFile(truncated); !bytes.Equal(after, data[:len(data)/2]) {
		t.Error("validate changed the truncated file")
	}
	// A folder stands for its .mtv files.
	run("validate", dir).expect(t, ExitInput, good+": ok", "truncated.mtv")
	run("validate", t.TempDir()).expect(t, ExitInput, "", "the folder has no .mtv files")
}

func TestSummaryJSON(t *testing.T) {
	dir := t.TempDir()
	path := smallCaseFile(t, dir, "s.mtv")
	r := run("summary", "--json", path, "--lang", "en")
	r.expect(t, ExitOK, `"summaryVersion": 1`, "")
	if !strings.HasPrefix(r.stdout, "{\n  \"summaryVersion\"") {
		t.Errorf("JSON does not start with summaryVersion: %.40s", r.stdout)
	}
	var s struct {
		Domains []struct {
			ID           string          `json:"id"`
			Name         string          `json:"name"`
			Consensus    json.RawMessage `json:"consensus"`
			Spread       *int            `json:"spread"`
			Disagreement bool            `json:"disagreement"`
			Completeness struct{ Answered, Total int }
		} `json:"domains"`
	}
	if err := json.Unmarshal([]byte(r.stdout), &s); err != nil {
		t.Fatal(err)
	}
	if len(s.Domains) != 3 || s.Domains[1].Name != "Need and technology" || *s.Domains[1].Spread != 2 || !s.Domains[1].Disagreement {
		t.Errorf("domains: %+v", s.Domains)
	}
	if string(s.Domains[2].Consensus) != "null" {
		t.Errorf("economy has no consensus: %s", s.Domains[2].Consensus)
	}
	// Several files: an array.
	other := smallCaseFile(t, dir, "t.mtv")
	r = run("summary", path, other, "--json")
	var many []map[string]any
	if err := json.Unmarshal([]byte(r.stdout), &many); err != nil || len(many) != 2 {
		t.Errorf("two files: %v %d", err, len(many))
	}
	// Text, to a file; never over an input.
	outFile := filepath.Join(dir, "summary.txt")
	run("summary", path, "-o", outFile).expect(t, ExitOK, "", "")
	text, _ := os.ReadFile(outFile)
	if !strings.Contains(string(text), "Completeness: 3 of 7 questions done (42%)") || !strings.Contains(string(text), "discuss") {
		t.Errorf("summary text:\n%s", text)
	}
	run("summary", path, "-o", path).expect(t, ExitInput, "", "will not write over an input file")
}

func TestSummaryJSONHasTheInstrumentsAsTyped(t *testing.T) {
	c := testcase.Case()
	e := assessment.Edit{At: testcase.At}
	if _, err := c.AddRow(e, "budget", map[string]string{"description": "Licens", "year": "1", "category": "licence",
		"sector": "municipality", "base": "12.000,50"}); err != nil {
		t.Fatal(err)
	}
	if err := c.SetSetting(e, "budget", "horizon", "5"); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "rows.mtv")
	if err := casefile.Save(path, c); err != nil {
		t.Fatal(err)
	}
	r := run("summary", "--json", path)
	r.expect(t, ExitOK, `"instruments": {`, "")
	var s struct {
		Instruments map[string]struct {
			Domain, Calculator string
			Settings           map[string]string
			Rows               []struct{ Cells map[string]string }
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &s); err != nil {
		t.Fatal(err)
	}
	b := s.Instruments["economy"] // the instrument "budget", under its calculator's name
	if len(s.Instruments) != 2 || b.Domain != "economy" || b.Calculator != "economy" || b.Settings["horizon"] != "5" ||
		len(b.Rows) != 1 || b.Rows[0].Cells["base"] != "12.000,50" || len(s.Instruments["log"].Rows) != 0 {
		t.Errorf("instruments: %+v", s.Instruments)
	}
}

func TestSummaryOfExampleHasAllDomains(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ex.mtv")
	run("example", example, "-o", path).expect(t, ExitOK, "", "")
	r := run("summary", path, "--json")
	var s struct{ Domains []struct{ ID string } }
	if err := json.Unmarshal([]byte(r.stdout), &s); err != nil {
		t.Fatal(err)
	}
	if len(s.Domains) != 16 {
		t.Errorf("%d domains in the summary, want 16", len(s.Domains))
	}
}

func pdfText(t *testing.T, path string) string {
	t.Helper()
	if _, err := exec.LookPath("pdftotext"); err != nil {
		t.Fatal("pdftotext is missing: install poppler-utils (bash .ci/setup does)")
	}
	out, err := exec.Command("pdftotext", "-layout", path, "-").Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", path, err)
	}
	return string(out)
}

func TestReportOfExampleInBothLanguages(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "ex.mtv")
	run("example", example, "-o", path).expect(t, ExitOK, "", "")
	c, _ := casefile.Load(path)
	for _, lang := range []string{"da", "en"} {
		pdf := filepath.Join(dir, "ex-"+lang+".pdf")
		run("report", path, "--lang", lang, "-o", pdf).expect(t, ExitOK, "wrote "+pdf, "")
		text := pdfText(t, pdf)
		for _, d := range c.Framework.Domains {
			if !strings.Contains(text, d.Title.In(lang)) {
				t.Errorf("%s report lacks the heading %q", lang, d.Title.In(lang))
			}
		}
	}
}

func TestReportBatchAndTargets(t *testing.T) {
	dir := t.TempDir()
	a := smallCaseFile(t, dir, "a.mtv")
	b := smallCaseFile(t, dir, "b.mtv")
	outDir := filepath.Join(t.TempDir(), "reports")
	run("report", a, b, "-o", outDir).expect(t, ExitOK, "", "")
	for _, name := range []string{"a.pdf", "b.pdf"} {
		if _, err := os.Stat(filepath.Join(outDir, name)); err != nil {
			t.Errorf("%s not written", name)
		}
	}
	// Default target: beside the case.
	run("report", a).expect(t, ExitOK, "", "")
	if _, err := os.Stat(filepath.Join(dir, "a.pdf")); err != nil {
		t.Error("a.pdf not written beside a.mtv")
	}
	// Never over an input; a bad file fails the batch but the good one is still written.
	run("report", a, "-o", a).expect(t, ExitInput, "", "will not write over an input file")
	bad := filepath.Join(dir, "c.mtv")
	os.WriteFile(bad, []byte("not json"), 0o600)
	out2 := filepath.Join(t.TempDir(), "r")
	run("report", bad, b, "-o", out2).expect(t, ExitInput, "b.pdf", "c.mtv: is damaged")
	// -o a file with several inputs is a usage error.
	run("report", a, b, "-o", a).expect(t, ExitUsage, "", "names a folder")
	// Emoji in the group's words do not break the report.
	c := testcase.Case()
	c.SetAnswer(assessment.Edit{At: testcase.At}, "economy.cost", func(x *assessment.Answer) { x.Text = "Billigt 🙂 – måske" })
	emoji := filepath.Join(dir, "emoji.mtv")
	casefile.Save(emoji, c)
	pdf := filepath.Join(dir, "emoji.pdf")
	run("report", emoji, "-o", pdf).expect(t, ExitOK, "", "")
	if text := pdfText(t, pdf); !strings.Contains(text, "Billigt") || !strings.Contains(text, "måske") {
		t.Errorf("text around the emoji lost:\n%s", text)
	}
}
