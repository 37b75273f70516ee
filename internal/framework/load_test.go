package framework

import (
	"encoding/json"
	"strings"
	"testing"
)

// valid is a minimal framework that passes validation; tests break one thing at a time.
func valid() *Framework {
	t := func(da, en string) Text { return Text{"da": da, "en": en} }
	return &Framework{
		Format: Format, FormatVersion: 1, ID: "mini", Version: "1",
		Name: t("Mini", "Mini"),
		Recommendations: []Recommendation{
			{ID: "introduce", Label: t("Indfør", "Introduce")},
		},
		KnockOuts: []KnockOut{{ID: "no-ce", Domain: "need", Label: t("Ingen CE-mærkning", "No CE marking")}},
		Domains: []Domain{
			{ID: "scope", Number: 0, Title: t("Afgrænsning", "Scope"), Purpose: t("Formål", "Purpose"),
				Questions: []Question{{ID: "scope.decision", Text: t("Hvilken beslutning?", "Which decision?"), Terms: []string{"comparator"}}}},
			{ID: "need", Number: 1, Rated: true, Title: t("Behov", "Need"), Purpose: t("Formål", "Purpose"),
				Questions: []Question{{ID: "need.problem", Text: t("Hvilket problem?", "Which problem?"),
					Tags: []Tag{{Scheme: "EUnetHTA", Ref: "CUR"}}}}},
		},
		Glossary: []Term{{ID: "comparator", Term: t("Komparator", "Comparator"), Definition: t("Det, der sammenlignes med.", "What it is compared with.")}},
	}
}

func TestValidFrameworkPasses(t *testing.T) {
	data, err := json.Marshal(valid())
	if err != nil {
		t.Fatal(err)
	}
	fw, err := Parse(data)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	if q, d, ok := fw.Question("need.problem"); !ok || d.ID != "need" || q.Text.In("da") != "Hvilket problem?" {
		t.Errorf("Question lookup: %v %v %v", q, d, ok)
	}
}

func TestBrokenFrameworksNameTheField(t *testing.T) {
	cases := []struct {
		name   string
		mutate func(f *Framework)
		want   string
	}{
		{"wrong format", func(f *Framework) { f.Format = "other" }, "format: is \"other\""},
		{"newer format", func(f *Framework) { f.FormatVersion = 99 }, "formatVersion: is 99"},
		{"no id", func(f *Framework) { f.ID = "" }, "id: missing"},
		{"no version", func(f *Framework) { f.Version = " " }, "version: missing"},
		{"missing english", func(f *Framework) { delete(f.Domains[1].Questions[0].Text, "en") }, "domains[1].questions[0].text.en: missing"},
		{"missing danish title", func(f *Framework) { f.Domains[0].Title["da"] = "" }, "domains[0].title.da: missing"},
		{"duplicate domain", func(f *Framework) { f.Domains[1].ID = "scope" }, "domains[1].id: \"scope\" is already used by domains[0].id"},
		{"duplicate number", func(f *Framework) { f.Domains[1].Number = 0 }, "domains[1].number: 0 is already used"},
		{"duplicate question", func(f *Framework) { f.Domains[1].Questions[0].ID = "scope.decision" }, "domains[1].questions[0].id: \"scope.decision\" is already used"},
		{"unknown term", func(f *Framework) { f.Domains[0].Questions[0].Terms = []string{"nope"} }, "domains[0].questions[0].terms[0]: \"nope\" is not in the glossary"},
		{"half tag", func(f *Framework) { f.Domains[1].Questions[0].Tags[0].Ref = "" }, "domains[1].questions[0].tags[0]: needs both scheme and ref"},
		{"knock-out domain", func(f *Framework) { f.KnockOuts[0].Domain = "nowhere" }, "knockOuts[0].domain: \"nowhere\" is not a domain"},
		{"no questions", func(f *Framework) { f.Domains[0].Questions = nil }, "domains[0].questions: empty"},
		{"no recommendations", func(f *Framework) { f.Recommendations = nil }, "recommendations: empty"},
		{"glossary definition", func(f *Framework) { delete(f.Glossary[0].Definition, "da") }, "glossary[0].definition.da: missing"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := valid()
			tc.mutate(f)
			data, _ := json.Marshal(f)
			_, err := Parse(data)
			if err == nil {
				t.Fatal("Parse accepted a broken framework")
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not contain %q", err, tc.want)
			}
		})
	}
}

func TestParseRejectsUnknownFieldsAndBadJSON(t *testing.T) {
	for _, in := range []string{`{"format":"helhed-framework","colour":"red"}`, `{"format":`, `[]`, ``} {
		if _, err := Parse([]byte(in)); err == nil {
			t.Errorf("Parse(%q) accepted it", in)
		}
	}
}

func TestTextFallsBack(t *testing.T) {
	if got := (Text{"da": "Ja"}).In("en"); got != "Ja" {
		t.Errorf("fallback to Danish: %q", got)
	}
	if got := (Text{"da": "Ja", "en": "Yes"}).In("nb"); got != "Yes" {
		t.Errorf("fallback to English: %q", got)
	}
}
