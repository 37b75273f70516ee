package report

import (
	"bytes"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/helhed/helhed/internal/assessment"
)

// TestReportContent renders the small case in both languages and looks for every kind of
// content in pdftotext's output.
func TestReportContent(t *testing.T) {
	want := map[string][]string{
		"da": {
			"Medicinsk teknologivurdering", "Faldsensor på plejecenter Åbo",
			"Gruppe 3, MTV-modulet", "AI-faldsensor med natkamera", "Sensorer og wearables",
			"Plejecenter, kommunal", "Skal kommunen købe faldsensorer til alle 40 boliger?",
			"Nattevagtens runder hver anden time", "1. marts 2027", "MTV 2.0 testramme, version 2.0.1",
			"21. november 2026",
			"Gruppens medlemmer", "Anna Ærø", "Sygeplejerske", "Formand", "Bo Østergård", "Referent", "Carl Åberg",
			"0. Afgrænsning og beslutning", "5. Arbejdsgange og arbejdsmiljø", "6. Økonomi",
			"Hvad koster teknologien, og hvad sparer den?",
			"Gruppens konklusion", "Arbejdsgangen bliver roligere, hvis alarmerne er få og præcise.", "Ingen konklusion endnu.",
			"Vurderinger", "Konsekvens", "Sikkerhed", "Kompleksitet", "Begrundelse",
			"+1 Overvejende positiv", "+2 Klart positiv", "Moderat", "Kompliceret", "Lav", "Simpel",
			"undlader at vurdere", "Kender ikke nattevagten.",
			"Gruppens konsensus", "Enige om gevinsten, usikre på alarmtrætheden.",
			"Ingen konsensus endnu.", "Medlemmernes spænd", "+1 til +2", "−1 til +1 ▲ Uenighed",
			"Knock-out-kriterier", "Ingen databehandleraftale", "Leverandøren har endnu ikke sendt en databehandleraftale.",
			"0.1 Hvilken beslutning skal træffes, og af hvem?",
			"Ældre- og sundhedsudvalget beslutter i marts 2027 om indkøb. Forvaltningen indstiller.",
			"0.2 På hvilket niveau træffes beslutningen?", "Ikke relevant: Besluttes kun i kommunen.",
			"5.1 Hvordan ser arbejdsgangen ud før og efter?", "Vi regner med færre forstyrrelser og hurtigere hjælp ved fald.",
			"5.3 Hvordan håndteres alarmer om natten? Ikke besvaret endnu",
			"6.2 Hvor meget personaletid frigøres eller bruges? Ikke besvaret endnu",
			"Kilder", "Jensen L, Holm K. Faldsensorer i plejeboliger. Ugeskr Læger 2025;187:V01250012.",
			"Studie · Randomiseret kontrolleret forsøg · Vurdering: Lille forsøg, 2 plejecentre",
			"https://ugeskriftet.dk/videnskab/faldsensorer", "Observation på Åbo, uge 44", "Interview eller observation",
			"Tilbud fra leverandøren, oktober 2026", "Leverandørmateriale",
			"Sammenfatning", "Gruppen anbefaler Afprøv først", "Betingelser", "1. Databehandleraftale før opstart",
			"2. Evaluering efter 6 måneder", "Afvigende synspunkter", "Bo mener, at sensoren bør indføres straks.",
			"Gruppens egne åbne spørgsmål", "• Hvad koster driften efter år 3?",
			"Indhold", "Vurderingsprofil", "Medlemmernes vurderinger", "Ubesvarede spørgsmål", "Uafhængig viden",
			"Leverandørmateriale", "Spørgsmål 5.1", "Nøgletal", "4 af 7 besvaret (57,1 %) · ikke relevante: 1 · ubesvarede: 2",
			"3 i alt: 2 uafhængige, 1 fra leverandøren", "▲ Knock-out", "▲ Uenighed (−1 til +1)",
		},
		"en": {
			"Health technology assessment", "Faldsensor på plejecenter Åbo", "Sensors and wearables",
			"1 March 2027", "MTV 2.0 test framework, version 2.0.1", "21 November 2026",
			"Members of the group", "Role in the group",
			"0. Scope and decision", "5. Workflow and work environment", "6. Economy",
			"The group's conclusion", "No conclusion yet.", "Ratings", "Consequence", "Certainty", "Complexity", "Rationale",
			"+1 Mostly positive", "+2 Clearly positive", "Moderate", "Complicated", "Low", "Simple", "abstained",
			"The group's consensus", "No consensus yet.", "Members' range", "+1 to +2", "−1 to +1 ▲ Disagreement",
			"Knock-out criteria", "No data processing agreement",
			"0.2 At which level is the decision made?", "Not relevant: Besluttes kun i kommunen.",
			"5.3 How are alarms handled at night? Not answered yet",
			"Sources", "Study · Randomised controlled trial · Appraisal: Lille forsøg, 2 plejecentre",
			"Interview or observation", "Supplier material",
			"Summary", "The group recommends Pilot first", "Conditions", "Dissent", "The group's own open questions",
			"Contents", "Rating profile", "Independent evidence", "Question 5.1",
			"4 of 7 answered (57.1%) · not relevant: 1 · unanswered: 2",
		},
	}
	for _, lang := range []string{"da", "en"} {
		t.Run(lang, func(t *testing.T) {
			text := pdftotext(t, render(t, smallCase(), lang), "-layout")
			// Columns of the ratings table sit side by side in the layout; look for phrases
			// in the raw text too, without collapsing.
			all := flat(text)
			for _, s := range want[lang] {
				if !strings.Contains(all, s) {
					t.Errorf("%s report lacks %q", lang, s)
				}
			}
			ps := pages(text)
			if len(ps) < 2 {
				t.Fatalf("%d pages, want at least 2", len(ps))
			}
			for i, p := range ps {
				if footer := pageFooter(lang, i+1, len(ps)); !strings.Contains(p, footer) {
					t.Errorf("page %d lacks the footer %q", i+1, footer)
				}
			}
			if t.Failed() {
				t.Logf("pdftotext -layout:\n%s", text)
			}
		})
	}
}

// TestEmptyCase: a new case with nothing in it gives a sensible report and a short decision
// basis, not an error.
func TestEmptyCase(t *testing.T) {
	for _, lang := range []string{"da", "en"} {
		text := pdftotext(t, render(t, emptyCase(), lang), "-layout")
		want := map[string][]string{
			"da": {"Ny sag", "Ingen medlemmer registreret endnu.", "6. Økonomi", "Ingen vurderinger endnu.",
				"Ingen konsensus endnu.", "Ikke besvaret endnu", "Ingen anbefaling endnu.", "Ingen registreret.",
				"2. november 2026", "Side 1 af", "Gruppen har ingen kilder registreret."},
			"en": {"No members recorded yet.", "6. Economy", "No ratings yet.", "Not answered yet",
				"No recommendation yet.", "None recorded.", "2 November 2026", "Page 1 of"},
		}[lang]
		for _, s := range want {
			if !strings.Contains(flat(text), s) {
				t.Errorf("%s: empty report lacks %q", lang, s)
			}
		}
		if n := len(pages(text)); n > 10 {
			t.Errorf("%s: empty report has %d pages, want at most 10", lang, n)
		}

		short := pdftotext(t, renderShort(t, emptyCase(), lang), "-layout")
		want = map[string][]string{
			"da": {"Beslutningsgrundlag (mini-MTV)", "Ny sag", "Ingen anbefaling endnu.", "Gruppen har ikke stillet betingelser.",
				"Vurderingsprofil", "ikke vurderet endnu", "Ingen konklusion endnu.", "Ingen knock-out-kriterier er markeret.",
				"0 af 7 besvaret (0,0 %)", "Ubesvarede spørgsmål", "0.1 Hvilken beslutning skal træffes, og af hvem?"},
			"en": {"Decision basis (mini-HTA)", "No recommendation yet.", "The group has set no conditions.",
				"Rating profile", "not rated yet", "0 of 7 answered (0.0%)", "6.2 How much staff time is freed or spent?"},
		}[lang]
		for _, s := range want {
			if !strings.Contains(flat(short), s) {
				t.Errorf("%s: empty short report lacks %q", lang, s)
			}
		}
		if n := len(pages(short)); n > 2 {
			t.Errorf("%s: empty short report has %d pages, want at most 2", lang, n)
		}
	}
}

// TestDeterministic: the same case gives the same bytes, and so does an identical case built
// again (record IDs are random and must not reach the PDF).
func TestDeterministic(t *testing.T) {
	for _, lang := range []string{"da", "en"} {
		c := smallCase()
		a, b := render(t, c, lang), render(t, c, lang)
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two renders of the same case differ", lang)
		}
		if again := render(t, smallCase(), lang); !bytes.Equal(a, again) {
			t.Errorf("%s: renders of two identical cases differ", lang)
		}
	}
	if bytes.Equal(render(t, smallCase(), "da"), render(t, smallCase(), "en")) {
		t.Error("the Danish and English reports are the same")
	}
	for _, lang := range []string{"da", "en"} {
		if !bytes.Equal(renderShort(t, exampleCase(t), lang), renderShort(t, exampleCase(t), lang)) {
			t.Errorf("%s: two short reports of the example differ", lang)
		}
		if !bytes.Equal(render(t, exampleCase(t), lang), render(t, exampleCase(t), lang)) {
			t.Errorf("%s: two reports of the example differ", lang)
		}
	}
}

// TestLanguage: the report's language is the option's, else the case's; others are refused.
func TestLanguage(t *testing.T) {
	c := smallCase()
	c.Info.Language = "en"
	text := pdftotext(t, render(t, c, ""), "-layout")
	if !strings.Contains(text, "Page 1 of") {
		t.Errorf("no language given, an English case: want an English report, got\n%s", text)
	}
	if text := pdftotext(t, render(t, c, "da"), "-layout"); !strings.Contains(text, "Side 1 af") {
		t.Error("Lang da on an English case: want a Danish report")
	}
	c.Info.Language = "nb"
	if text := pdftotext(t, render(t, c, ""), "-layout"); !strings.Contains(text, "Side 1 af") {
		t.Error("no language given, a Norwegian case: want the Danish fallback")
	}
	if _, err := PDF(c, Options{Lang: "de"}); err == nil {
		t.Error("Lang de: want an error")
	}
	if _, err := PDF(&assessment.Case{}, Options{Lang: "da"}); err == nil {
		t.Error("a case without a framework: want an error")
	}
}

// TestWriteMatchesPDF: Write and PDF give the same bytes.
func TestWriteMatchesPDF(t *testing.T) {
	var buf bytes.Buffer
	if err := Write(&buf, smallCase(), Options{Lang: "da"}); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(buf.Bytes(), render(t, smallCase(), "da")) {
		t.Error("Write and PDF differ")
	}
}

// TestTextsComplete: every fixed text exists in every report language.
func TestTextsComplete(t *testing.T) {
	for lang, tx := range languages {
		v := reflect.ValueOf(*tx)
		for i := 0; i < v.NumField(); i++ {
			f := v.Field(i)
			if f.Kind() == reflect.String && strings.TrimSpace(f.String()) == "" {
				t.Errorf("%s: text %s is empty", lang, v.Type().Field(i).Name)
			}
		}
		for i, m := range tx.Months {
			if m == "" {
				t.Errorf("%s: month %d has no name", lang, i+1)
			}
		}
	}
}

func TestDates(t *testing.T) {
	at := time.Date(2026, 11, 21, 22, 59, 0, 0, time.UTC)    // 23:59 in Copenhagen
	late := time.Date(2026, 11, 21, 23, 30, 0, 0, time.UTC)  // 00:30 the next day there
	summer := time.Date(2026, 6, 30, 22, 30, 0, 0, time.UTC) // 00:30 on 1 July (UTC+2)
	for _, tc := range []struct{ lang, got, want string }{
		{"da", danish.date(at), "21. november 2026"},
		{"en", english.date(at), "21 November 2026"},
		{"da", danish.date(late), "22. november 2026"},
		{"en", english.date(summer), "1 July 2026"},
		{"da", danish.isoDate("2027-03-01"), "1. marts 2027"},
		{"en", english.isoDate("2027-05-09"), "9 May 2027"},
		{"da", danish.isoDate("efter sommerferien"), "efter sommerferien"},
		{"da", danish.isoDate(""), ""},
		// In tables: the month's short name.
		{"da", danish.isoDateShort("2026-04-01"), "1. apr. 2026"},
		{"da", danish.isoDateShort("2027-05-09"), "9. maj 2027"},
		{"en", english.isoDateShort("2026-09-15"), "15 Sep 2026"},
		{"da", danish.isoDateShort("uge 14"), "uge 14"},
	} {
		if tc.got != tc.want {
			t.Errorf("%s: got %q, want %q", tc.lang, tc.got, tc.want)
		}
	}
}

func TestConsequence(t *testing.T) {
	for v, want := range map[int]string{-2: "−2 Klart negativ", 0: "0 Neutral", 1: "+1 Overvejende positiv"} {
		if got := consequence(v, assessment.ConsequenceLabel(v, "da")); got != want {
			t.Errorf("consequence(%d) = %q, want %q", v, got, want)
		}
	}
}

// TestFormerMember: a deleted member's rating stays in the table, marked.
func TestFormerMember(t *testing.T) {
	c := smallCase()
	bo := c.LiveMembers()[1].ID
	if err := c.DeleteMember(assessment.Edit{At: edited}, bo); err != nil {
		t.Fatal(err)
	}
	text := pdftotext(t, render(t, c, "da"))
	if !strings.Contains(flat(text), "Bo Østergård (tidligere medlem)") {
		t.Errorf("want the former member marked:\n%s", text)
	}
	if strings.Contains(flat(text), "Referent") {
		t.Error("the former member is still listed among the members")
	}
}
