package analysis

import (
	"encoding/csv"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/helhed/helhed/internal/assessment"
)

// The course overview as CSV for a spreadsheet (docs/teacher.md). Danish Excel reads a file
// correctly only when it starts with a UTF-8 byte-order mark (without it, æøå come out as Ã¦Ã¸Ã¥)
// and is separated by semicolons (the comma is the Danish decimal mark). Every figure is a whole
// number (percentages included), so no decimal mark is ever needed; lines end in CRLF, as on
// Windows and in RFC 4180.

// utf8BOM is the byte-order mark that tells Excel the file is UTF-8.
const utf8BOM = "\uFEFF"

// CourseCSVSeparator separates the fields of the course CSV.
const CourseCSVSeparator = ';'

// CourseTimeLayout is how the last change is written: a date and time Excel reads as such.
const CourseTimeLayout = "2006-01-02 15:04"

// courseHeadings are the column headings in each language. A domain's headings are its number
// and title followed by one of the domain* texts.
var courseHeadings = map[string]map[string]string{
	"en": {
		"file": "File", "group": "Group", "title": "Case", "technology": "Technology",
		"framework": "Framework", "members": "Members", "done": "Questions done",
		"total": "Questions in all", "percent": "Done (%)", "recommendation": "Recommendation",
		"disagreements": "Disagreements", "knockOuts": "Knock-outs", "conflicts": "Open conflicts", "lastChange": "Last change",
		"changedBy":     "Changed by",
		"domainPercent": "done (%)", "domainConsequence": "consequence",
		"domainCertainty": "certainty", "domainComplexity": "complexity",
	},
	"da": {
		"file": "Fil", "group": "Gruppe", "title": "Sag", "technology": "Teknologi",
		"framework": "Ramme", "members": "Medlemmer", "done": "Færdige spørgsmål",
		"total": "Spørgsmål i alt", "percent": "Færdig (%)", "recommendation": "Anbefaling",
		"disagreements": "Uenigheder", "knockOuts": "Knock-out-markeringer", "conflicts": "Åbne konflikter", "lastChange": "Sidst ændret",
		"changedBy":     "Ændret af",
		"domainPercent": "færdig (%)", "domainConsequence": "konsekvens",
		"domainCertainty": "sikkerhed", "domainComplexity": "kompleksitet",
	},
}

// WriteCourseCSV writes rows as the course overview CSV, headings and labels in lang ("da" or
// "en"; anything else is English), the last change in loc's time. The columns are described
// in docs/teacher.md: the case, then each domain's done (%), then each rated domain's consensus
// consequence, certainty and complexity.
func WriteCourseCSV(w io.Writer, rows []CourseRow, lang string, loc *time.Location) error {
	words, ok := courseHeadings[lang]
	if !ok {
		lang, words = "en", courseHeadings["en"]
	}
	cols := CourseColumns(rows)
	var rated []CourseColumn
	for _, c := range cols {
		if c.Rated {
			rated = append(rated, c)
		}
	}
	domainHeading := func(c CourseColumn, what string) string {
		return fmt.Sprintf("%d %s: %s", c.Number, c.Title, words[what])
	}
	header := []string{words["file"], words["group"], words["title"], words["technology"],
		words["framework"], words["members"], words["done"], words["total"], words["percent"],
		words["recommendation"], words["disagreements"], words["knockOuts"], words["conflicts"], words["lastChange"],
		words["changedBy"]}
	for _, c := range cols {
		header = append(header, domainHeading(c, "domainPercent"))
	}
	for _, what := range []string{"domainConsequence", "domainCertainty", "domainComplexity"} {
		for _, c := range rated {
			header = append(header, domainHeading(c, what))
		}
	}

	if _, err := io.WriteString(w, utf8BOM); err != nil {
		return err
	}
	cw := csv.NewWriter(w)
	cw.Comma = CourseCSVSeparator
	cw.UseCRLF = true
	if err := cw.Write(header); err != nil {
		return err
	}
	for _, r := range rows {
		rec := []string{text(r.File), text(r.Group), text(r.Title), text(r.Technology),
			text(r.FrameworkName), strconv.Itoa(r.Members), strconv.Itoa(r.Overall.Done()),
			strconv.Itoa(r.Overall.Total), strconv.Itoa(r.Overall.Percent()),
			text(r.RecommendationLabel), strconv.Itoa(r.Disagreements), strconv.Itoa(r.KnockOuts), strconv.Itoa(r.OpenConflicts),
			r.LastChange.In(loc).Format(CourseTimeLayout), text(r.LastChangedBy)}
		for _, c := range cols {
			cell := ""
			if d, ok := r.Domain(c.DomainID); ok {
				cell = strconv.Itoa(d.Completeness.Percent())
			}
			rec = append(rec, cell)
		}
		scores := func(cell func(s *assessment.Scores) string) {
			for _, c := range rated {
				v := ""
				if d, ok := r.Domain(c.DomainID); ok && d.Consensus != nil {
					v = cell(d.Consensus)
				}
				rec = append(rec, v)
			}
		}
		scores(func(s *assessment.Scores) string { return strconv.Itoa(s.Consequence) })
		scores(func(s *assessment.Scores) string {
			return text(assessment.Label(assessment.Certainties, s.Certainty, lang))
		})
		scores(func(s *assessment.Scores) string {
			return text(assessment.Label(assessment.Complexities, s.Complexity, lang))
		})
		if err := cw.Write(rec); err != nil {
			return err
		}
	}
	cw.Flush()
	return cw.Error()
}

// text makes what a group typed safe to open in a spreadsheet: a cell starting with = + - or @
// would be taken for a formula (which can run commands or fetch web pages), so it gets a
// leading apostrophe and stays text.
func text(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}
