package analysis

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
	"github.com/helhed/helhed/internal/merge"
	"github.com/helhed/helhed/internal/testcase"
)

func TestCourseRowOfSmallCaseByHand(t *testing.T) {
	c := testcase.Case()
	r := CourseRowOf(c, "en")
	if r.Title != "Faldsensor på plejecenter Åbo" || r.Group != "Gruppe 3" || r.Technology != "AI-faldsensor" {
		t.Errorf("title %q, group %q, technology %q", r.Title, r.Group, r.Technology)
	}
	if r.FrameworkID != "small" || r.FrameworkName != "Small framework" {
		t.Errorf("framework %q %q", r.FrameworkID, r.FrameworkName)
	}
	if r.Members != 3 || r.Disagreements != 1 || r.KnockOuts != 1 {
		t.Errorf("members %d, disagreements %d, knock-outs %d; want 3, 1 (need: +2 and 0), 1",
			r.Members, r.Disagreements, r.KnockOuts)
	}
	if r.Overall != (Completeness{Answered: 2, NotRelevant: 1, Open: 4, Total: 7}) {
		t.Errorf("overall %+v", r.Overall)
	}
	if r.Recommendation != "pilot-first" || r.RecommendationLabel != "Pilot first" {
		t.Errorf("recommendation %q %q", r.Recommendation, r.RecommendationLabel)
	}
	if !r.LastChange.Equal(testcase.At) || r.LastChangedBy != "Anna Ærø" {
		t.Errorf("last change %v by %q, want %v by Anna Ærø", r.LastChange, r.LastChangedBy, testcase.At)
	}
	need, ok := r.Domain("need")
	if !ok || need.Completeness != (Completeness{Answered: 1, NotRelevant: 1, Open: 1, Total: 3}) {
		t.Fatalf("need %+v", need)
	}
	if need.Consensus == nil || *need.Consensus != (assessment.Scores{Consequence: 1, Certainty: "moderate", Complexity: "complicated"}) {
		t.Errorf("need consensus %+v", need.Consensus)
	}
	if eco, _ := r.Domain("economy"); eco.Consensus != nil || !eco.Rated {
		t.Errorf("economy has no consensus yet, got %+v", eco)
	}
	if scope, _ := r.Domain("scope"); scope.Rated || scope.Consensus != nil {
		t.Errorf("scope is not rated, got %+v", scope)
	}
	if da := CourseRowOf(c, "da"); da.RecommendationLabel != "Afprøv først" || da.Domains[2].Title != "Økonomi" {
		t.Errorf("Danish names: %q, %q", da.RecommendationLabel, da.Domains[2].Title)
	}
}

// The row must say what the rest of the analysis says, on a real case with every domain.
func TestCourseRowAgreesWithTheAnalysis(t *testing.T) {
	c := testcase.Instruments()
	e := assessment.Edit{At: testcase.At.Add(time.Hour)}
	c.SetConsensus(e, "economy", assessment.Scores{Consequence: -1, Certainty: "low", Complexity: "complex"}, "")
	c.SetAnswer(e, "economy.start", func(a *assessment.Answer) { a.Text = "600.000 kr." })
	r := CourseRowOf(c, "da")
	if r.Overall != OverallCompleteness(c) {
		t.Errorf("overall %+v, analysis %+v", r.Overall, OverallCompleteness(c))
	}
	if len(r.Domains) != len(c.Framework.Domains) {
		t.Fatalf("%d domains, framework %d", len(r.Domains), len(c.Framework.Domains))
	}
	for i, d := range r.Domains {
		fd := &c.Framework.Domains[i]
		if d.ID != fd.ID || d.Completeness != DomainCompleteness(c, fd) {
			t.Errorf("domain %d: %s %+v, analysis %s %+v", i, d.ID, d.Completeness, fd.ID, DomainCompleteness(c, fd))
		}
		if p := ProfileOf(c, fd); !reflect.DeepEqual(d.Consensus, p.Consensus) {
			t.Errorf("%s: consensus %+v, profile %+v", d.ID, d.Consensus, p.Consensus)
		}
	}
	if eco, _ := r.Domain("economy"); eco.Consensus == nil || eco.Consensus.Consequence != -1 {
		t.Errorf("economy consensus %+v", eco.Consensus)
	}
	if !r.LastChange.Equal(c.LastChanged()) || !r.LastChange.Equal(e.At) {
		t.Errorf("last change %v, case %v", r.LastChange, c.LastChanged())
	}
}

// miniFramework is a second framework whose domains partly share IDs with testcase.Framework.
func miniFramework() *framework.Framework {
	fw := testcase.Framework()
	fw.ID, fw.Name = "mini", framework.Text{"da": "Mini-MTV", "en": "Mini HTA"}
	fw.Domains = []framework.Domain{
		{ID: "patient", Number: 1, Rated: true, Title: framework.Text{"da": "Patient", "en": "Patient"},
			Questions: []framework.Question{{ID: "patient.q", Text: framework.Text{"da": "?", "en": "?"}}}},
		{ID: "economy", Number: 4, Rated: true, Title: framework.Text{"da": "Økonomi (mini)", "en": "Economy (mini)"},
			Questions: []framework.Question{{ID: "economy.q", Text: framework.Text{"da": "?", "en": "?"}}}},
	}
	return fw
}

func TestCourseColumnsMixFrameworksWhateverTheFileOrder(t *testing.T) {
	small := CourseRowOf(testcase.Case(), "en")
	mini := CourseRowOf(assessment.New(miniFramework(), "Mini", assessment.Edit{At: testcase.At}), "en")
	ids := func(cols []CourseColumn) string {
		var s []string
		for _, c := range cols {
			s = append(s, c.DomainID)
		}
		return strings.Join(s, " ")
	}
	// Two cases on the small framework, one on mini: small's domains first, then mini's new one;
	// the shared "economy" keeps small's column.
	want := "scope need economy patient"
	for _, rows := range [][]CourseRow{{small, mini, small}, {mini, small, small}, {small, small, mini}} {
		cols := CourseColumns(rows)
		if got := ids(cols); got != want {
			t.Errorf("columns %q, want %q", got, want)
		}
		if cols[2].Title != "Economy" || cols[0].Rated || !cols[3].Rated {
			t.Errorf("columns %+v", cols)
		}
	}
	// With as many cases on each, the framework with more domains comes first (small: 3, mini:
	// 2), then the framework ID decides.
	if got := ids(CourseColumns([]CourseRow{mini, small})); got != "scope need economy patient" {
		t.Errorf("tie: columns %q", got)
	}
	mini2 := mini
	mini2.FrameworkID = "a-mini" // as many domains as mini, and an ID before it
	mini2.Domains = []CourseDomain{{ID: "ethics", Number: 1}, {ID: "patient", Number: 2}}
	if got := ids(CourseColumns([]CourseRow{mini, mini2})); got != "ethics patient economy" {
		t.Errorf("tie by ID: columns %q", got)
	}
	if CourseColumns(nil) != nil {
		t.Error("no rows, no columns")
	}
}

// readCourseCSV checks the byte-order mark and the line ends and parses the CSV as Excel would.
func readCourseCSV(t *testing.T, data []byte) [][]string {
	t.Helper()
	if !bytes.HasPrefix(data, []byte("\xEF\xBB\xBF")) {
		t.Fatalf("no UTF-8 byte-order mark: % x", data[:min(3, len(data))])
	}
	if n, crlf := bytes.Count(data, []byte("\n")), bytes.Count(data, []byte("\r\n")); n != crlf {
		t.Errorf("%d line ends, %d of them CRLF", n, crlf)
	}
	r := csv.NewReader(bytes.NewReader(data[3:]))
	r.Comma = ';'
	recs, err := r.ReadAll()
	if err != nil {
		t.Fatalf("not CSV with ';': %v\n%s", err, data)
	}
	return recs
}

// column returns the cell of rec under heading in header.
func column(t *testing.T, header, rec []string, heading string) string {
	t.Helper()
	for i, h := range header {
		if h == heading {
			return rec[i]
		}
	}
	t.Fatalf("no column %q in %q", heading, header)
	return ""
}

func TestWriteCourseCSVEnglish(t *testing.T) {
	c := testcase.Case()
	row := CourseRowOf(c, "en")
	row.File = "gruppe3.mtv"
	var buf bytes.Buffer
	if err := WriteCourseCSV(&buf, []CourseRow{row}, "en", time.UTC); err != nil {
		t.Fatal(err)
	}
	recs := readCourseCSV(t, buf.Bytes())
	if len(recs) != 2 {
		t.Fatalf("%d records, want a header and one row", len(recs))
	}
	h, r := recs[0], recs[1]
	wantHeader := []string{"File", "Group", "Case", "Technology", "Framework", "Members", "Questions done",
		"Questions in all", "Done (%)", "Recommendation", "Disagreements", "Knock-outs", "Open conflicts", "Last change", "Changed by",
		"0 Scope: done (%)", "1 Need and technology: done (%)", "2 Economy: done (%)",
		"1 Need and technology: consequence", "2 Economy: consequence",
		"1 Need and technology: certainty", "2 Economy: certainty",
		"1 Need and technology: complexity", "2 Economy: complexity"}
	if !reflect.DeepEqual(h, wantHeader) {
		t.Errorf("header\n%q\nwant\n%q", h, wantHeader)
	}
	want := []string{"gruppe3.mtv", "Gruppe 3", "Faldsensor på plejecenter Åbo", "AI-faldsensor", "Small framework",
		"3", "3", "7", "42", "Pilot first", "1", "1", "0", "2026-11-21 10:00", "Anna Ærø",
		"50", "66", "0", // scope 1 of 2; need 2 of 3 rounded down; economy 0 of 2
		"1", "", "Moderate", "", "Complicated", ""} // economy has no consensus: empty, not 0
	if !reflect.DeepEqual(r, want) {
		t.Errorf("row\n%q\nwant\n%q", r, want)
	}
}

func TestWriteCourseCSVDanishQuotesAndFormulas(t *testing.T) {
	c := testcase.Case()
	e := assessment.Edit{At: testcase.At}
	c.UpdateInfo(e, func(i *assessment.Info) {
		i.GroupName = "Gruppe 3; hold B"
		i.Title = "Sensor \"VagtRadar\"\nanden linje"
		i.Technology = "=HYPERLINK(\"http://x\")"
	})
	row := CourseRowOf(c, "da")
	row.File = "mappe/gruppe 3.mtv"
	var buf bytes.Buffer
	if err := WriteCourseCSV(&buf, []CourseRow{row, row}, "da", time.UTC); err != nil {
		t.Fatal(err)
	}
	for _, quoted := range []string{`"Gruppe 3; hold B"`, "\"Sensor \"\"VagtRadar\"\"\r\nanden linje\""} {
		if !strings.Contains(buf.String(), quoted) {
			t.Errorf("the CSV does not hold %q:\n%s", quoted, buf.String())
		}
	}
	recs := readCourseCSV(t, buf.Bytes())
	if len(recs) != 3 {
		t.Fatalf("%d records, want 3", len(recs))
	}
	h, r := recs[0], recs[1]
	for heading, want := range map[string]string{
		"Gruppe":                             "Gruppe 3; hold B",
		"Sag":                                "Sensor \"VagtRadar\"\nanden linje",
		"Teknologi":                          "'=HYPERLINK(\"http://x\")", // kept as text, not a formula
		"Ramme":                              "Lille ramme",
		"Færdig (%)":                         "42",
		"Anbefaling":                         "Afprøv først",
		"Knock-out-markeringer":              "1",
		"Ændret af":                          "Anna Ærø",
		"1 Behov og teknologi: færdig (%)":   "66",
		"1 Behov og teknologi: konsekvens":   "1",
		"1 Behov og teknologi: sikkerhed":    "Moderat",
		"1 Behov og teknologi: kompleksitet": "Kompliceret",
		"2 Økonomi: konsekvens":              "",
	} {
		if got := column(t, h, r, heading); got != want {
			t.Errorf("%s: %q, want %q", heading, got, want)
		}
	}
}

func TestWriteCourseCSVNoRowsIsAHeaderOnly(t *testing.T) {
	var buf bytes.Buffer
	if err := WriteCourseCSV(&buf, nil, "da", time.UTC); err != nil {
		t.Fatal(err)
	}
	recs := readCourseCSV(t, buf.Bytes())
	if len(recs) != 1 || recs[0][0] != "Fil" {
		t.Errorf("records %q", recs)
	}
}

// withOpenConflict returns c merged with two members' copies that answered the same question
// differently: a case with one open conflict, as the group has it after a meeting.
func withOpenConflict(t *testing.T, c *assessment.Case) *assessment.Case {
	t.Helper()
	copyOf := func() *assessment.Case {
		data, err := json.Marshal(c)
		if err != nil {
			t.Fatal(err)
		}
		var out assessment.Case
		if err := json.Unmarshal(data, &out); err != nil {
			t.Fatal(err)
		}
		return &out
	}
	anna, bo := c.Members[0].ID, c.Members[1].ID
	at := c.LastChanged().Add(time.Hour)
	a, b := copyOf(), copyOf()
	a.SetAnswer(assessment.Edit{By: anna, At: at}, "need.problem", func(x *assessment.Answer) { x.Text = "Fald opdages efter timer." })
	b.SetAnswer(assessment.Edit{By: bo, At: at}, "need.problem", func(x *assessment.Answer) { x.Text = "Fald opdages sent om natten." })
	r, err := merge.Merge(c, []merge.Copy{{Name: "anna.mtv", Case: a}, {Name: "bo.mtv", Case: b}})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Case.OpenConflicts()) != 1 {
		t.Fatalf("the merge left %d open conflicts, want 1", len(r.Case.OpenConflicts()))
	}
	return r.Case
}

// The overview counts the open conflicts: a case that still has them is not final. Resolving
// one is a change by whoever resolved it.
func TestCourseRowCountsOpenConflicts(t *testing.T) {
	c := testcase.Case()
	if n := CourseRowOf(c, "en").OpenConflicts; n != 0 {
		t.Errorf("a case never merged has %d open conflicts", n)
	}
	merged := withOpenConflict(t, c)
	r := CourseRowOf(merged, "en")
	if r.OpenConflicts != 1 {
		t.Errorf("open conflicts %d, want 1", r.OpenConflicts)
	}
	var buf bytes.Buffer
	if err := WriteCourseCSV(&buf, []CourseRow{r}, "da", time.UTC); err != nil {
		t.Fatal(err)
	}
	recs := readCourseCSV(t, buf.Bytes())
	if got := column(t, recs[0], recs[1], "Åbne konflikter"); got != "1" {
		t.Errorf("Åbne konflikter: %q, want 1", got)
	}
	k := merged.OpenConflicts()[0]
	bo := merged.Members[1]
	resolvedAt := merged.LastChanged().Add(time.Hour)
	if err := merge.Resolve(merged, assessment.Edit{By: bo.ID, At: resolvedAt}, k.ID, merge.Keep(k, 0)); err != nil {
		t.Fatal(err)
	}
	r = CourseRowOf(merged, "en")
	if r.OpenConflicts != 0 || !r.LastChange.Equal(resolvedAt) || r.LastChangedBy != bo.Name {
		t.Errorf("after Bo resolved it: %d open, last change %v by %q", r.OpenConflicts, r.LastChange, r.LastChangedBy)
	}
}

// The last change may be to the group's glossary or a discussion note: the overview names who
// made it.
func TestCourseRowNamesWhoChangedTheGlossaryLast(t *testing.T) {
	c := testcase.Case()
	bo := c.Members[1]
	at := c.LastChanged().Add(time.Hour)
	c.AddTerm(assessment.Edit{By: bo.ID, At: at}, "Tilsyn", "Et planlagt besøg hos borgeren.")
	if r := CourseRowOf(c, "en"); !r.LastChange.Equal(at) || r.LastChangedBy != bo.Name {
		t.Errorf("last change %v by %q, want %v by %s", r.LastChange, r.LastChangedBy, at, bo.Name)
	}
}
