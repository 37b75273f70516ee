package ui

import (
	"fmt"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/casefile"
	"github.com/helhed/helhed/internal/framework"
)

// TestScreenshots writes pictures of the screens to $HELHED_UI_SHOTS for a person to look at:
//
//	HELHED_UI_SHOTS=/tmp/uishots CGO_ENABLED=0 go test -tags ci -run Screenshots ./internal/ui/
//
// Without the variable the pictures go to a temporary folder; either way each must show
// something (more than one colour), which catches a screen that renders blank.
func TestScreenshots(t *testing.T) {
	dir := os.Getenv("HELHED_UI_SHOTS")
	if dir == "" {
		dir = t.TempDir()
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	shot := func(m *mainWindow, name string) {
		t.Helper()
		f, err := os.Create(filepath.Join(dir, name+".png"))
		if err != nil {
			t.Fatal(err)
		}
		defer f.Close()
		img := m.win.Canvas().Capture()
		if err := png.Encode(f, img); err != nil {
			t.Fatal(err)
		}
		b := img.Bounds()
		first := img.At(b.Min.X, b.Min.Y)
		blank := true
		for y := b.Min.Y; y < b.Max.Y && blank; y += 7 {
			for x := b.Min.X; x < b.Max.X && blank; x += 7 {
				blank = img.At(x, y) == first
			}
		}
		if blank {
			t.Errorf("screen %s renders blank", name)
		}
	}
	open := func(opt Options, variant fyne.ThemeVariant) *mainWindow {
		m := newTestWindow(t, opt)
		fyne.CurrentApp().Settings().SetTheme(fixedVariant{theme.DefaultTheme(), variant})
		m.win.Resize(fyne.NewSize(1100, 760))
		return m
	}

	m := open(Options{Examples: []string{"Faldsensor på plejecenter", "AI-triage i akutmodtagelsen"},
		NewCase: func() *assessment.Case { return nil }}, theme.VariantLight)
	shot(m, "01-start")

	c := exampleCase(t)
	m = open(Options{Case: c, Path: "/home/sygeplejerske/MTV/faldsensor.mtv"}, theme.VariantLight)
	shot(m, "02-case-domain0")
	m.screen.Select(1)
	test.Type(m.screen.page.questions[2].answer, "Sensoren skal kunne sende alarmer til de eksisterende kaldeanlæg.")
	shot(m, "03-case-domain1-edited")
	m.screen.Select(6)
	shot(m, "04-economy-knockout-notrelevant")
	m.requestClose()
	shot(m, "05-unsaved-dialog")
	m.showError(tr("error.openTitle"), fmt.Errorf("wrapped: %w", loadBroken(t)))
	shot(m, "06-error-dialog")

	c.UpdateInfo(testEdit(), func(i *assessment.Info) { i.Language = "en" })
	m = open(Options{Case: c}, theme.VariantDark)
	m.screen.Select(5)
	shot(m, "07-english-dark")
}

type fixedVariant struct {
	fyne.Theme
	variant fyne.ThemeVariant
}

func (f fixedVariant) Color(n fyne.ThemeColorName, _ fyne.ThemeVariant) color.Color {
	return f.Theme.Color(n, f.variant)
}

func loadBroken(t *testing.T) error {
	path := filepath.Join(t.TempDir(), "faldsensor (kopi).mtv")
	_ = os.WriteFile(path, []byte(`{"format":"helhed-case","schemaVersion":1,"case":{"id":`), 0o600)
	_, err := casefile.Load(path)
	return err
}

// exampleCase is a realistic small case: a fall sensor in a nursing home, in Danish.
func exampleCase(t *testing.T) *assessment.Case {
	T := func(da, en string) framework.Text { return framework.Text{"da": da, "en": en} }
	q := func(id, da, en, helpDa, helpEn string) framework.Question {
		fq := framework.Question{ID: id, Text: T(da, en)}
		if helpDa != "" {
			fq.Help = T(helpDa, helpEn)
		}
		return fq
	}
	d := func(n int, id, da, en string, qs ...framework.Question) framework.Domain {
		return framework.Domain{ID: id, Number: n, Rated: n > 0 && n < 15, Title: T(da, en),
			Purpose: T("Formålet med domænet "+da+": hvad gruppen skal have afklaret, før den kan vurdere teknologien.",
				"The purpose of the domain "+en+": what the group must have clarified before it can assess the technology."),
			Questions: qs}
	}
	generic := func(id string) framework.Question {
		return q(id+".1", "Hvad ved vi, og hvad mangler vi at vide?", "What do we know, and what do we still need to know?", "", "")
	}
	fw := &framework.Framework{
		Format: framework.Format, FormatVersion: framework.FormatVersion, ID: "mtv2", Version: "0.1",
		Name:            T("MTV 2.0", "HTA 2.0"),
		Recommendations: []framework.Recommendation{{ID: "introduce", Label: T("Indfør", "Introduce")}},
		Domains: []framework.Domain{
			d(0, "scope", "Afgrænsning og beslutning", "Scope and decision",
				q("scope.decision", "Hvilken beslutning skal træffes, af hvem og hvornår?", "What decision is to be made, by whom and by when?",
					"Skriv beslutningen som ét spørgsmål, fx: Skal plejecentret indkøbe faldsensorer til alle boliger i 2027?",
					"Write the decision as one question, e.g. Should the nursing home buy fall sensors for all flats in 2027?"),
				q("scope.comparator", "Hvad sammenlignes teknologien med (nuværende praksis)?", "What is the technology compared with (current practice)?", "", ""),
				q("scope.level", "På hvilket niveau træffes beslutningen?", "At which level is the decision made?",
					"Afsnit, hospital, kommune, region eller nationalt.", "Department, hospital, municipality, region or national.")),
			d(1, "need", "Behov og teknologi", "Need and technology",
				q("need.problem", "Hvilket problem løser teknologien, og for hvem?", "Which problem does the technology solve, and for whom?",
					"Beskriv behovet, før I beskriver løsningen: er teknologi overhovedet svaret?",
					"Describe the need before the solution: is technology the answer at all?"),
				q("need.new", "Hvad er nyt i forhold til nuværende praksis?", "What is new compared with current practice?", "", ""),
				q("need.integration", "Hvordan spiller teknologien sammen med omsorgsjournalen og andre systemer?",
					"How does the technology work with the care record and other systems?",
					"Tænk på integration, dobbeltregistrering og afhængighed af én leverandør.",
					"Think of integration, double entry and dependence on one supplier.")),
			d(2, "safety", "Sikkerhed og effekt", "Safety and effect", generic("safety")),
			d(3, "patient", "Patient og borger", "Patient and citizen", generic("patient")),
			d(4, "organisation", "Organisation", "Organisation", generic("organisation")),
			d(5, "workflow", "Arbejdsgange og arbejdsmiljø", "Workflow and work environment", generic("workflow")),
			d(6, "economy", "Økonomi", "Economy",
				q("economy.start", "Hvad koster det at komme i gang?", "What does it cost to get started?",
					"Indkøb, installation, uddannelse og personaletid i opstarten.", "Purchase, installation, training and staff time at the start."),
				q("economy.run", "Hvad koster driften om året?", "What are the running costs per year?", "", ""),
				q("economy.other", "Flytter udgifter mellem sektorer?", "Do costs move between sectors?", "", "")),
			d(7, "ethics", "Etik", "Ethics", generic("ethics")),
			d(8, "inequality", "Ulighed", "Inequality", generic("inequality")),
			d(9, "environment", "Miljø og klima", "Environment and climate", generic("environment")),
			d(10, "legal", "Jura, data og sikkerhed", "Legal, data and security", generic("legal")),
			d(11, "maturity", "Modenhed og parathed", "Maturity and readiness", generic("maturity")),
			d(12, "involvement", "Brugerinddragelse og samskabelse", "User involvement and co-creation", generic("involvement")),
			d(13, "competences", "Kompetencer", "Competences", generic("competences")),
			d(14, "evaluation", "Evaluering og opfølgning", "Evaluation and follow-up", generic("evaluation")),
			d(15, "synthesis", "Syntese og anbefaling", "Synthesis and recommendation", generic("synthesis")),
		},
	}
	if err := fw.Validate(); err != nil {
		t.Fatal(err)
	}
	e := testEdit()
	c := assessment.New(fw, "Faldsensor på Plejecenter Solbakken", e)
	set := func(qid, text string) {
		c.SetAnswer(e, qid, func(a *assessment.Answer) { a.Text = text })
	}
	set("scope.decision", "Skal Plejecenter Solbakken indkøbe faldsensorer til alle 48 boliger fra januar 2027? Beslutningen træffes af centerledelsen efter høring i MED-udvalget.")
	set("scope.comparator", "Nuværende praksis: tilsyn hver anden time om natten og nødkald, som beboeren selv skal udløse.")
	set("need.problem", "Fald om natten opdages sent, fordi mange beboere med demens ikke selv kan trække i nødkaldet.")
	c.SetAnswer(e, "economy.other", func(a *assessment.Answer) {
		a.NotRelevant, a.NotRelevantReason = true, "Kommunen betaler både pleje og genoptræning"
	})
	set("economy.start", "Ca. 310.000 kr. for sensorer og installation (tilbud fra leverandøren), plus 2 timers oplæring pr. medarbejder.")
	c.AddKnockOut(e, "economy", "", "Ingen budgetdækning", "Driftsudgiften er ikke med i budgettet for 2027.")
	c.SetConclusion(e, "scope", "Beslutningen er klar; sammenligningen er nuværende natlige tilsyn.")
	return c
}
