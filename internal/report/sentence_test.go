package report

import "testing"

func TestFirstSentence(t *testing.T) {
	for _, tc := range []struct {
		text, want string
		more       bool
	}{
		// Abbreviations, numbers and dates do not end a sentence.
		{"Vurderingen gælder ca. 80 borgere med høj faldrisiko. Den skal understøtte to beslutninger.",
			"Vurderingen gælder ca. 80 borgere med høj faldrisiko.", true},
		{"Piloten koster ca. 355.000 kr. og fuld udbredelse ca. 1,1 mio. kr. om året. Driften er ikke finansieret.",
			"Piloten koster ca. 355.000 kr. og fuld udbredelse ca. 1,1 mio. kr. om året.", true},
		{"Udvalget beslutter senest 1. marts 2027. Kontrakten udløber 30. september 2027.",
			"Udvalget beslutter senest 1. marts 2027.", true},
		{"Se fx. Aalborg Kommunes erfaringer med radar. De er gode.", "Se fx. Aalborg Kommunes erfaringer med radar.", true},
		{"Sensoren dækker ca. Halvdelen af hjemmet. Resten dækkes af nødkald.", "Sensoren dækker ca. Halvdelen af hjemmet.", true},
		{"Jf. Sundhedsstyrelsens anbefaling skal nødkald bevares. Vi følger den.", "Jf. Sundhedsstyrelsens anbefaling skal nødkald bevares.", true},
		{"Det hjælper bl.a. Natholdet og borgerne. Mere følger.", "Det hjælper bl.a. Natholdet og borgerne.", true},
		{"Det sker f.eks. Om natten. Ikke om dagen.", "Det sker f.eks. Om natten.", true},
		{"Se domæne 10. Jura, data og sikkerhed. Det er ikke på plads.", "Se domæne 10. Jura, data og sikkerhed.", true},
		{"Spørg Morten J. Hansen i IT. Han kender aftalen.", "Spørg Morten J. Hansen i IT.", true},
		{"Mødet er kl. 14 i Sal B. Alle er velkomne.", "Mødet er kl. 14 i Sal B. Alle er velkomne.", false}, // B. could be an initial
		// A short number could be an ordinal: the sentence is rather too long than cut in two.
		{"Mødet er i lokale 3. Alle er velkomne.", "Mødet er i lokale 3. Alle er velkomne.", false},
		{"Spørg Dr. Jensen. Hun ved det.", "Spørg Dr. Jensen.", true},
		// A year, a currency and a closing quote can end one.
		{"Driften er finansieret til og med 2027. Derefter er den ikke.", "Driften er finansieret til og med 2027.", true},
		{"Piloten koster ca. 355.000 kr. Driften er ikke finansieret.", "Piloten koster ca. 355.000 kr.", true},
		{"Fatma siger: »Jeg er for en pilot.« Mette er enig.", "Fatma siger: »Jeg er for en pilot.«", true},
		{"Hun skrev »hvorfor det?« og gik. Vi svarede.", "Hun skrev »hvorfor det?« og gik.", true},
		// Questions and exclamations; a sentence opening with a quote.
		{"Er det godt nok? Ja, til en pilot.", "Er det godt nok?", true},
		{"Nej! »Aldrig« siger natholdet.", "Nej!", true},
		{"Nødkaldet bevares. \"Det er et krav,\" siger lederen.", "Nødkaldet bevares.", true},
		// A colon, a lowercase or a digit after the full stop, a decimal point: no end.
		{"Ikke på plads: Databehandleraftalen kan ikke godkendes. DPIA mangler.", "Ikke på plads: Databehandleraftalen kan ikke godkendes.", true},
		{"Status pr. 21. maj. kl. 10 var der fem hjem.", "Status pr. 21. maj. kl. 10 var der fem hjem.", false},
		{"Vi fandt 3.5 fald pr. nat. 74 lå længe.", "Vi fandt 3.5 fald pr. nat. 74 lå længe.", false},
		// Paragraphs: a blank line ends a sentence, a single line break does not.
		{"Status\n\nLeverandøren har svaret.", "Status", true},
		{"Før: runder hver anden time\nEfter: alarm ved fald. Færre forstyrrelser.", "Før: runder hver anden time\nEfter: alarm ved fald.", true},
		// One sentence, none, white space.
		{"  Gruppen er ikke enig.  ", "Gruppen er ikke enig.", false},
		{"Positiv for borgerne, men dyr", "Positiv for borgerne, men dyr", false},
		{"Gruppen er ikke enig.\n", "Gruppen er ikke enig.", false},
		{"", "", false},
		{"   \n\n ", "", false},
		{"Slut. ", "Slut.", false},
		{"Slut.\n\n", "Slut.", false},
	} {
		got, more := firstSentence(tc.text)
		if got != tc.want || more != tc.more {
			t.Errorf("firstSentence(%q) = %q, %v; want %q, %v", tc.text, got, more, tc.want, tc.more)
		}
	}
}

// The example's conclusions: the first sentences the summary prints.
func TestFirstSentenceOfTheExample(t *testing.T) {
	want := map[string]string{
		"scope":        "Vurderingen gælder radarsensorer med alarm til nattevagten for ca. 80 hjemmeboende borgere med høj faldrisiko, sammenlignet med nødkald og planlagte tilsyn.",
		"workflow":     "Gruppen er ikke enig.",
		"economy":      "Piloten koster ca. 355.000 kr. og fuld udbredelse ca. 1,1 mio. kr. om året.",
		"legal":        "Ikke på plads: Databehandleraftalen kan ikke godkendes (knock-out), DPIA mangler, og ansvaret, hvis sensoren svigter, er uafklaret.",
		"organisation": "Forløbet kan tegnes og kobler bedre til faldforebyggelsen, men det kræver, at depot, visitation, IT og aftenvagt er med, at natteleder får en rolle, og at projektressourcerne er realistiske – ikke 10 %.",
	}
	c := exampleCase(t)
	for id, w := range want {
		got, more := firstSentence(c.ConclusionFor(id))
		if got != w {
			t.Errorf("%s: %q, want %q", id, got, w)
		}
		if whole := id == "organisation"; more == whole {
			t.Errorf("%s: more = %v", id, more)
		}
	}
	for _, k := range c.KnockOuts {
		if got, _ := firstSentence(k.Reason); got != "Leverandørens udkast til databehandleraftale (modtaget 31. marts 2026) nævner ikke underdatabehandleren, der kører AI-analysen, og giver leverandøren ret til at bruge »anonymiserede« sensordata til at videreudvikle produktet." {
			t.Errorf("knock-out reason: %q", got)
		}
	}
}
