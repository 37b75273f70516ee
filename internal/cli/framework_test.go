package cli

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/helhed/helhed/internal/analysis"
	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/casefile"
	"github.com/helhed/helhed/internal/framework"
)

const teacherFile = "../../docs/examples/teacher-framework.json"

func TestFrameworkList(t *testing.T) {
	r := run("framework", "list", "--lang", "da")
	r.expect(t, ExitOK, "mini-mtv", "")
	if !strings.Contains(r.stdout, "mtv2") || !strings.Contains(r.stdout, "26 questions  Mini-MTV – de fire perspektiver") {
		t.Errorf("list:\n%s", r.stdout)
	}
	if strings.Index(r.stdout, "mtv2") > strings.Index(r.stdout, "mini-mtv") {
		t.Errorf("the default framework is not listed first:\n%s", r.stdout)
	}
}

// TestTeacherFrameworkRoundTrip: a teacher's file → a new case → saved → reloaded without the
// file: the case carries the same framework.
func TestTeacherFrameworkRoundTrip(t *testing.T) {
	dir := t.TempDir()
	own := filepath.Join(dir, "kursus.json")
	data, err := os.ReadFile(teacherFile)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(own, data, 0o600); err != nil {
		t.Fatal(err)
	}
	run("framework", "check", own).expect(t, ExitOK, own+": ok: course-quick 2026.1, 3 domains (2 rated), 3 questions, 1 instruments", "")

	out := filepath.Join(dir, "gruppe1.mtv")
	run("framework", "new", own, "-o", out, "--title", "Talegenkendelse", "--group", "Gruppe 1").
		expect(t, ExitOK, "wrote "+out, "")
	want, err := framework.ReadFile(own)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(own); err != nil { // the case must open without the file
		t.Fatal(err)
	}
	c, err := casefile.Load(out)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(c.Framework, want) {
		t.Errorf("the case's framework differs from the file's:\n%+v\n%+v", c.Framework, want)
	}
	if c.Info.Title != "Talegenkendelse" || c.Info.GroupName != "Gruppe 1" || len(c.Check()) != 0 {
		t.Errorf("the new case: %+v, problems %v", c.Info, c.Check())
	}
	// Work on it, save, reload: still the same framework, and the work is there.
	e := assessment.Now(c.AddMember(assessment.Now(c.Info.ChangedBy), "Dorte", "Radiograf", "").ID)
	c.SetAnswer(e, "benefits.patients", func(a *assessment.Answer) { a.Text = "Kortere ventetid." })
	c.AddRow(e, "interviews", map[string]string{"who": "Sygeplejerske", "attitude": "positive"})
	if err := casefile.Save(out, c); err != nil {
		t.Fatal(err)
	}
	back, err := casefile.Load(out)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(back.Framework, want) || len(back.RowsOf("interviews")) != 1 || len(back.Check()) != 0 {
		t.Errorf("after saving: framework equal %v, rows %d, problems %v",
			reflect.DeepEqual(back.Framework, want), len(back.RowsOf("interviews")), back.Check())
	}
	s := analysis.Summarize(back, "en")
	if s.Framework != "course-quick 2026.1" || s.Instruments["interviews"].Rows == nil {
		t.Errorf("summary: %+v", s)
	}
	run("validate", out).expect(t, ExitOK, "ok", "")
	pdf := filepath.Join(dir, "gruppe1.pdf")
	run("report", out, "-o", pdf).expect(t, ExitOK, "", "")
	if info, err := os.Stat(pdf); err != nil || info.Size() == 0 {
		t.Errorf("no report: %v", err)
	}
}

func TestFrameworkNewOnAShippedFramework(t *testing.T) {
	out := filepath.Join(t.TempDir(), "mini.mtv")
	run("framework", "new", "mini-mtv", "-o", out, "--title", "Robotstøvsuger", "--lang", "en").expect(t, ExitOK, "26 questions", "")
	c, err := casefile.Load(out)
	if err != nil {
		t.Fatal(err)
	}
	if c.Framework.ID != "mini-mtv" || c.Info.Language != "en" {
		t.Errorf("framework %s, language %s", c.Framework.ID, c.Info.Language)
	}
	run("summary", out).expect(t, ExitOK, "Robotstøvsuger", "")
	// Nothing is written over without --force.
	run("framework", "new", "mini-mtv", "-o", out, "--title", "Igen").expect(t, ExitInput, "", "already exists")
}

func TestFrameworkCommandsRefuseBadInput(t *testing.T) {
	dir := t.TempDir()
	broken := filepath.Join(dir, "broken.json")
	data, _ := os.ReadFile(teacherFile)
	bad := strings.Replace(string(data), `"en": "Risks"`, `"eng": "Risks"`, 1)
	if err := os.WriteFile(broken, []byte(bad), 0o600); err != nil {
		t.Fatal(err)
	}
	run("framework", "check", broken, teacherFile).expect(t, ExitInput, teacherFile+": ok", broken+": domains[2].title.en: missing")
	out := filepath.Join(dir, "case.mtv")
	run("framework", "new", broken, "-o", out, "--title", "X").expect(t, ExitInput, "", "domains[2].title.en: missing")
	if _, err := os.Stat(out); err == nil {
		t.Error("a case was written on a broken framework")
	}
	run("framework", "new", "nosuch", "-o", out, "--title", "X").expect(t, ExitInput, "", "is neither a built-in framework (mtv2, mini-mtv)")
	run("framework", "new", "mtv2", "-o", out).expect(t, ExitUsage, "", "--title")
	run("framework", "new", "mtv2", "--title", "X").expect(t, ExitUsage, "", "-o")
	run("framework", "check").expect(t, ExitUsage, "", "name one or more")
	run("framework", "frob").expect(t, ExitUsage, "", `"frob" is not one of`)
	run("framework", "check", filepath.Join(dir, "nowhere.json")).expect(t, ExitInput, "", "nowhere.json: cannot be read")
}

func TestFrameworkExportIsAStartingPoint(t *testing.T) {
	out := filepath.Join(t.TempDir(), "mine.json")
	run("framework", "export", "mini-mtv", "-o", out).expect(t, ExitOK, "wrote", "")
	fw, err := framework.ReadFile(out)
	if err != nil || fw.ID != "mini-mtv" {
		t.Fatalf("the exported file: %v", err)
	}
	run("framework", "check", out).expect(t, ExitOK, `note: the id "mini-mtv" is a built-in framework's`, "")
	run("framework", "export", "mini-mtv", "-o", out).expect(t, ExitInput, "", "already exists")
	run("framework", "export", "nosuch", "-o", out+"2").expect(t, ExitInput, "", "no built-in framework")
}
