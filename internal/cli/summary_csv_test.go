package cli

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/helhed/helhed/internal/analysis"
	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/casefile"
	"github.com/helhed/helhed/internal/testcase"
	"github.com/helhed/helhed/resources"
)

// courseFolder is a teacher's folder: two good cases (the small test case and a shipped
// example) and three files that cannot be read: cut off, from a newer Helhed, and not a case.
func courseFolder(t *testing.T) (dir, small, fald string) {
	t.Helper()
	dir = t.TempDir()
	small = smallCaseFile(t, dir, "b-gruppe3.mtv")
	data, err := resources.Example(example)
	if err != nil {
		t.Fatal(err)
	}
	fald = filepath.Join(dir, "a-gruppe4.mtv")
	write := func(name string, data []byte) {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	write("a-gruppe4.mtv", data)
	write("c-cut.mtv", data[:len(data)/2])
	newer := bytes.Replace(data, []byte(`"schemaVersion": 2`), []byte(`"schemaVersion": 99`), 1)
	if bytes.Equal(newer, data) {
		t.Fatal("the example has no schemaVersion 2 to change")
	}
	write("d-newer.mtv", newer)
	write("e-notes.mtv", []byte(`{"notes": "not a case"}`))
	write("ignored.txt", []byte("not a .mtv file, so not looked at"))
	return dir, small, fald
}

// parseCourseCSV checks the byte-order mark and reads the CSV with ';' as Excel would.
func parseCourseCSV(t *testing.T, out string) [][]string {
	t.Helper()
	if !strings.HasPrefix(out, "\uFEFF") {
		t.Fatalf("no byte-order mark: %.20q", out)
	}
	r := csv.NewReader(strings.NewReader(strings.TrimPrefix(out, "\uFEFF")))
	r.Comma = ';'
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("not CSV with ';': %v", err)
	}
	return recs
}

func cell(t *testing.T, recs [][]string, row int, heading string) string {
	t.Helper()
	for i, h := range recs[0] {
		if h == heading {
			return recs[row][i]
		}
	}
	t.Fatalf("no column %q in %q", heading, recs[0])
	return ""
}

func TestSummaryCSVOverAFolderWithBrokenFiles(t *testing.T) {
	dir, small, fald := courseFolder(t)
	r := run("summary", dir, "--csv")
	if r.code != ExitInput {
		t.Errorf("exit %d, want %d (some files failed)", r.code, ExitInput)
	}
	for _, want := range []string{
		filepath.Join(dir, "c-cut.mtv") + ": is incomplete",
		filepath.Join(dir, "d-newer.mtv") + ": ",
		"(case file version 99)",
		filepath.Join(dir, "e-notes.mtv") + ": ",
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr does not say %q:\n%s", want, r.stderr)
		}
	}
	if strings.Contains(r.stderr, "ignored.txt") || strings.Contains(r.stderr, "gruppe") {
		t.Errorf("stderr names a file that is fine:\n%s", r.stderr)
	}
	if n := strings.Count(strings.TrimSpace(r.stderr), "\n") + 1; n != 3 {
		t.Errorf("%d lines on stderr, want one per broken file:\n%s", n, r.stderr)
	}

	recs := parseCourseCSV(t, r.stdout)
	if len(recs) != 3 {
		t.Fatalf("%d records, want a header and the two good cases", len(recs))
	}
	// Both cases are Danish, so the headings are; files in name order.
	if cell(t, recs, 1, "Fil") != fald || cell(t, recs, 2, "Fil") != small {
		t.Errorf("files %q, %q; want %s, %s", cell(t, recs, 1, "Fil"), cell(t, recs, 2, "Fil"), fald, small)
	}

	// The example's figures, checked against the analysis of the same file.
	c, err := casefile.Load(fald)
	if err != nil {
		t.Fatal(err)
	}
	overall := analysis.OverallCompleteness(c)
	if overall.Done() == 0 {
		t.Fatal("the example has nothing done; the check below would prove little")
	}
	for heading, want := range map[string]string{
		"Gruppe":            c.Info.GroupName,
		"Sag":               c.Info.Title,
		"Medlemmer":         strconv.Itoa(len(c.LiveMembers())),
		"Færdige spørgsmål": strconv.Itoa(overall.Done()),
		"Spørgsmål i alt":   strconv.Itoa(overall.Total),
		"Færdig (%)":        strconv.Itoa(overall.Percent()),
		"Uenigheder":        strconv.Itoa(len(analysis.Disagreements(c))),
	} {
		if got := cell(t, recs, 1, heading); got != want {
			t.Errorf("%s: %q, analysis says %q", heading, got, want)
		}
	}
	rec, _ := c.Framework.Recommendation(c.Synthesis.Recommendation)
	if got := cell(t, recs, 1, "Anbefaling"); rec == nil || got != rec.Label.In("da") {
		t.Errorf("recommendation %q", got)
	}
	consensus := 0
	for _, d := range c.Framework.Domains {
		heading := strconv.Itoa(d.Number) + " " + d.Title.In("da")
		dc := analysis.DomainCompleteness(c, &d)
		if got := cell(t, recs, 1, heading+": færdig (%)"); got != strconv.Itoa(dc.Percent()) {
			t.Errorf("%s: done %q, analysis %d", d.ID, got, dc.Percent())
		}
		if !d.Rated {
			continue
		}
		want := ""
		if p := analysis.ProfileOf(c, &d); p.Consensus != nil {
			want = strconv.Itoa(p.Consensus.Consequence)
			consensus++
		}
		if got := cell(t, recs, 1, heading+": konsekvens"); got != want {
			t.Errorf("%s: consequence %q, analysis %q", d.ID, got, want)
		}
	}
	if consensus == 0 {
		t.Error("the example has no consensus at all; the check above would prove little")
	}
	// The small case is on another framework: its domain "need" shares the example's column,
	// and the example's domains it lacks are empty.
	if got := cell(t, recs, 2, "1 Behov og teknologi: konsekvens"); got != "1" {
		t.Errorf("small case, need: %q, want 1", got)
	}
	if got := cell(t, recs, 2, "3 Patient og borger: færdig (%)"); got != "" {
		t.Errorf("small case has no patient domain, shows %q", got)
	}
}

func TestSummaryCSVLanguageAndOutputFile(t *testing.T) {
	dir, small, _ := courseFolder(t)
	out := filepath.Join(t.TempDir(), "overblik.csv")
	r := run("summary", "--csv", "--lang", "en", small, "-o", out)
	r.expect(t, ExitOK, "", "")
	if r.stdout != "" {
		t.Errorf("with -o, stdout should be empty: %q", r.stdout)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	recs := parseCourseCSV(t, string(data))
	if recs[0][0] != "File" || cell(t, recs, 1, "Recommendation") != "Pilot first" ||
		cell(t, recs, 1, "1 Need and technology: certainty") != "Moderate" {
		t.Errorf("English CSV: %q", recs)
	}
	if !bytes.Contains(data, []byte("\r\n")) {
		t.Error("lines do not end in CRLF")
	}

	// A Danish case and an English one: Danish headings unless asked otherwise.
	en := testcase.Case()
	en.Info.Language = "en"
	enPath := filepath.Join(dir, "f-english.mtv")
	if err := casefile.Save(enPath, en); err != nil {
		t.Fatal(err)
	}
	if recs := parseCourseCSV(t, run("summary", "--csv", small, enPath).stdout); recs[0][0] != "Fil" {
		t.Errorf("mixed languages: heading %q, want Fil", recs[0][0])
	}
	if recs := parseCourseCSV(t, run("summary", "--csv", enPath).stdout); recs[0][0] != "File" {
		t.Errorf("an English case alone: heading %q, want File", recs[0][0])
	}
}

func TestSummaryCSVRefusals(t *testing.T) {
	dir, small, _ := courseFolder(t)
	run("summary", "--help").expect(t, ExitOK, "-csv", "")
	run("summary", "--csv", "--json", small).expect(t, ExitUsage, "", "not both")
	run("summary", "--csv", small, "-o", small).expect(t, ExitInput, "", "will not write over an input file")

	// Nothing readable: nothing written, and an old overview stays as it was.
	out := filepath.Join(t.TempDir(), "overblik.csv")
	if err := os.WriteFile(out, []byte("last week's overview"), 0o600); err != nil {
		t.Fatal(err)
	}
	r := run("summary", "--csv", filepath.Join(dir, "c-cut.mtv"), filepath.Join(dir, "missing.mtv"), "-o", out)
	r.expect(t, ExitInput, "", "nothing written")
	if !strings.Contains(r.stderr, "missing.mtv: there is no such file") {
		t.Errorf("stderr: %s", r.stderr)
	}
	if data, _ := os.ReadFile(out); string(data) != "last week's overview" {
		t.Errorf("the old overview was changed: %q", data)
	}
}

// A course whose groups work on different frameworks: MTV 2.0 cases and a mini-MTV case.
func TestSummaryCSVMixesMTV2AndMiniMTV(t *testing.T) {
	dir, small, fald := courseFolder(t)
	mini, err := ShippedFramework("mini-mtv")
	if err != nil {
		t.Fatal(err)
	}
	e := assessment.Edit{At: testcase.At}
	c := assessment.New(mini, "Tryksårssensor", e)
	c.SetAnswer(e, mini.Domains[2].Questions[0].ID, func(a *assessment.Answer) { a.Text = "Færre tryksår." })
	c.SetConsensus(e, "patient", assessment.Scores{Consequence: 2, Certainty: "low", Complexity: "simple"}, "")
	miniPath := filepath.Join(dir, "g-mini.mtv")
	if err := casefile.Save(miniPath, c); err != nil {
		t.Fatal(err)
	}
	recs := parseCourseCSV(t, run("summary", "--csv", fald, miniPath, small).stdout)
	if len(recs) != 4 {
		t.Fatalf("%d records", len(recs))
	}
	// One case on each framework: MTV 2.0, with the most domains, gives the first columns;
	// mini-MTV's own domains follow; its patient, organisation and economy share MTV 2.0's
	// columns, as do the small framework's scope, need and economy.
	var done []string
	for _, h := range recs[0] {
		if strings.HasSuffix(h, ": færdig (%)") {
			done = append(done, strings.TrimSuffix(h, ": færdig (%)"))
		}
	}
	if len(done) != 18 || done[0] != "0 Afgrænsning og beslutning" || done[16] != "0 Indledende spørgsmål" || done[17] != "1 Teknologi" {
		t.Errorf("domain columns %q", done)
	}
	want := strconv.Itoa(100 / len(mini.Domains[2].Questions))
	if got := cell(t, recs, 2, "3 Patient og borger: færdig (%)"); got != want {
		t.Errorf("mini-MTV patient under MTV 2.0's patient column: %q, want %s", got, want)
	}
	if got := cell(t, recs, 2, "3 Patient og borger: konsekvens"); got != "2" {
		t.Errorf("mini-MTV patient consensus: %q", got)
	}
	if got := cell(t, recs, 1, "0 Indledende spørgsmål: færdig (%)"); got != "" {
		t.Errorf("an MTV 2.0 case under mini-MTV's introduction: %q", got)
	}
	if got := cell(t, recs, 2, "Ramme"); got != mini.Name.In("da") {
		t.Errorf("framework %q", got)
	}
}
