package report

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
)

// The small case used by most tests: a three-domain framework literal (one domain unrated)
// and a case with every kind of record.

var (
	created = time.Date(2026, 11, 2, 9, 0, 0, 0, time.UTC)
	edited  = time.Date(2026, 11, 21, 14, 30, 0, 0, time.UTC) // the report's date
)

func tx(da, en string) framework.Text { return framework.Text{"da": da, "en": en} }

func smallFramework() *framework.Framework {
	return &framework.Framework{
		Format: framework.Format, FormatVersion: framework.FormatVersion,
		ID: "test-mtv", Version: "2.0.1",
		Name:        tx("MTV 2.0 testramme", "MTV 2.0 test framework"),
		Description: tx("En lille ramme til test.", "A small framework for tests."),
		Recommendations: []framework.Recommendation{
			{ID: "introduce", Label: tx("Indfør", "Introduce")},
			{ID: "introduce-with-conditions", Label: tx("Indfør på betingelser", "Introduce with conditions")},
			{ID: "pilot-first", Label: tx("Afprøv først", "Pilot first")},
		},
		KnockOuts: []framework.KnockOut{
			{ID: "no-data-agreement", Domain: "workflow", Label: tx("Ingen databehandleraftale", "No data processing agreement")},
		},
		Domains: []framework.Domain{
			{
				ID: "scope", Number: 0, Rated: false,
				Title:   tx("Afgrænsning og beslutning", "Scope and decision"),
				Purpose: tx("Hvad skal besluttes, af hvem og hvornår?", "What is to be decided, by whom and when?"),
				Questions: []framework.Question{
					{ID: "scope.decision", Text: tx("Hvilken beslutning skal træffes, og af hvem?", "Which decision is to be made, and by whom?")},
					{ID: "scope.level", Text: tx("På hvilket niveau træffes beslutningen?", "At which level is the decision made?")},
				},
			},
			{
				ID: "workflow", Number: 5, Rated: true,
				Title:   tx("Arbejdsgange og arbejdsmiljø", "Workflow and work environment"),
				Purpose: tx("Hvordan ændrer teknologien de ansattes arbejde, opgave for opgave?", "How does the technology change staff's work, task by task?"),
				Questions: []framework.Question{
					{ID: "workflow.before-after", Text: tx("Hvordan ser arbejdsgangen ud før og efter?", "What does the workflow look like before and after?")},
					{ID: "workflow.ergonomics", Text: tx("Påvirkes ergonomien?", "Is ergonomics affected?")},
					{ID: "workflow.alarms", Text: tx("Hvordan håndteres alarmer om natten?", "How are alarms handled at night?")},
				},
			},
			{
				ID: "economy", Number: 6, Rated: true,
				Title:   tx("Økonomi", "Economy"),
				Purpose: tx("Hvad koster teknologien, og hvad sparer den?", "What does the technology cost, and what does it save?"),
				Questions: []framework.Question{
					{ID: "economy.costs", Text: tx("Hvad er udgifterne til indkøb og drift?", "What are the costs of purchase and running?")},
					{ID: "economy.time", Text: tx("Hvor meget personaletid frigøres eller bruges?", "How much staff time is freed or spent?")},
				},
			},
		},
	}
}

// smallCase is a case with members, answers (one not relevant, one open), sources, ratings
// (one abstention, one disagreement), a consensus, conclusions, a knock-out and a synthesis.
func smallCase() *assessment.Case {
	e := assessment.Edit{At: created}
	c := assessment.New(smallFramework(), "Faldsensor på plejecenter Åbo", e)
	anna := c.AddMember(e, "Anna Ærø", "Sygeplejerske", "Formand").ID
	bo := c.AddMember(e, "Bo Østergård", "Fysioterapeut", "Referent").ID
	carl := c.AddMember(e, "Carl Åberg", "Leder", "").ID
	e = assessment.Edit{By: anna, At: created.Add(24 * time.Hour)}
	c.UpdateInfo(e, func(i *assessment.Info) {
		i.GroupName = "Gruppe 3, MTV-modulet"
		i.Technology = "AI-faldsensor med natkamera"
		i.Category = "sensors-wearables"
		i.Setting = "Plejecenter, kommunal"
		i.Decision = "Skal kommunen købe faldsensorer til alle 40 boliger?"
		i.Comparator = "Nattevagtens runder hver anden time"
		i.Deadline = "2027-03-01"
	})
	c.SetAnswer(e, "scope.decision", func(a *assessment.Answer) {
		a.Text = "Ældre- og sundhedsudvalget beslutter i marts 2027 om indkøb.\nForvaltningen indstiller."
	})
	c.SetAnswer(e, "scope.level", func(a *assessment.Answer) {
		a.NotRelevant = true
		a.NotRelevantReason = "Besluttes kun i kommunen."
	})
	c.SetAnswer(e, "workflow.before-after", func(a *assessment.Answer) {
		a.Text = "Før: nattevagten går runder hver anden time og vækker beboerne. " +
			"Efter: sensoren sender en alarm til telefonen, og runderne bortfalder for beboere med sensor. " +
			"Vi regner med færre forstyrrelser og hurtigere hjælp ved fald."
	})
	c.SetAnswer(e, "workflow.ergonomics", func(a *assessment.Answer) { a.Text = "Ingen ændring af løft og forflytning." })
	c.SetAnswer(e, "economy.costs", func(a *assessment.Answer) {
		a.Text = "Indkøb 480.000 kr., licens 96.000 kr. om året, uddannelse 35.000 kr. første år."
	})
	c.AddSource(e, "workflow.before-after", assessment.Source{
		Citation: "Jensen L, Holm K. Faldsensorer i plejeboliger. Ugeskr Læger 2025;187:V01250012.",
		Link:     "https://ugeskriftet.dk/videnskab/faldsensorer", Kind: "study", StudyDesign: "rct",
		Appraisal: "Lille forsøg, 2 plejecentre",
	})
	c.AddSource(e, "workflow.before-after", assessment.Source{
		Citation: "Observation på Åbo, uge 44", Kind: "interview-observation",
	})
	c.AddSource(e, "economy.costs", assessment.Source{Citation: "Tilbud fra leverandøren, oktober 2026", Kind: "supplier"})

	e.At = created.Add(48 * time.Hour)
	rate := func(domain string, m uuid.UUID, v int, cert, cplx, why string) {
		c.SetRating(e, domain, m, func(r *assessment.Rating) {
			r.Scores = assessment.Scores{Consequence: v, Certainty: cert, Complexity: cplx}
			r.Rationale = why
		})
	}
	rate("workflow", anna, 1, "moderate", "complicated", "Færre runder giver ro om natten.")
	rate("workflow", bo, 2, "low", "complicated", "Hurtigere hjælp efter fald.")
	c.SetRating(e, "workflow", carl, func(r *assessment.Rating) { r.Abstain = true; r.Rationale = "Kender ikke nattevagten." })
	c.SetConsensus(e, "workflow", assessment.Scores{Consequence: 1, Certainty: "moderate", Complexity: "complicated"},
		"Enige om gevinsten, usikre på alarmtrætheden.")
	rate("economy", anna, -1, "low", "complex", "Licensen stiger efter år 3.")
	rate("economy", bo, 1, "low", "simple", "Sparer nattevagttimer.")
	if _, err := c.SetDiscussion(e, "economy", assessment.ScaleConsequence,
		"Anna regner med licensen efter år 3, Bo med de sparede nattevagttimer. Vi mangler driftsprisen."); err != nil {
		panic(err)
	}
	c.SetConclusion(e, "workflow", "Arbejdsgangen bliver roligere, hvis alarmerne er få og præcise.")
	c.AddKnockOut(e, "workflow", "no-data-agreement", "", "Leverandøren har endnu ikke sendt en databehandleraftale.")

	e.At = edited
	c.UpdateSynthesis(e, func(s *assessment.Synthesis) {
		s.Recommendation = "pilot-first"
		s.Conditions = []string{"Databehandleraftale før opstart", "Evaluering efter 6 måneder"}
		s.Dissent = "Bo mener, at sensoren bør indføres straks."
		s.OpenQuestions = []string{"Hvad koster driften efter år 3?"}
	})
	return c
}

// render makes the report or fails the test.
func render(t testing.TB, c *assessment.Case, lang string) []byte {
	t.Helper()
	pdf, err := PDF(c, Options{Lang: lang})
	if err != nil {
		t.Fatalf("report (%s): %v", lang, err)
	}
	return pdf
}

// renderShort makes the short decision basis or fails the test.
func renderShort(t testing.TB, c *assessment.Case, lang string) []byte {
	t.Helper()
	pdf, err := PDF(c, Options{Lang: lang, Short: true})
	if err != nil {
		t.Fatalf("short report (%s): %v", lang, err)
	}
	return pdf
}

// pdftotext runs poppler's pdftotext on pdf with the given options and returns its output.
func pdftotext(t testing.TB, pdf []byte, args ...string) string {
	t.Helper()
	bin, err := exec.LookPath("pdftotext")
	if err != nil {
		t.Fatal("pdftotext is not installed: install poppler-utils (apt-get install poppler-utils; CI does)")
	}
	in := filepath.Join(t.TempDir(), "report.pdf")
	if err := os.WriteFile(in, pdf, 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(bin, append(append(args, "-enc", "UTF-8"), in, "-")...).Output()
	if err != nil {
		t.Fatalf("pdftotext %s: %v", strings.Join(args, " "), err)
	}
	return string(out)
}

// flat collapses runs of white space to one space, so phrases can be found across line breaks
// and layout columns of a single-column text.
func flat(s string) string { return strings.Join(strings.Fields(s), " ") }

// pages splits pdftotext output into pages.
func pages(text string) []string {
	ps := strings.Split(text, "\f")
	if len(ps) > 0 && strings.TrimSpace(ps[len(ps)-1]) == "" {
		ps = ps[:len(ps)-1]
	}
	return ps
}

// pageFooters returns the footer "Side x af y" every page should carry.
func pageFooter(lang string, page, count int) string {
	if lang == "da" {
		return fmt.Sprintf("Side %d af %d", page, count)
	}
	return fmt.Sprintf("Page %d of %d", page, count)
}
