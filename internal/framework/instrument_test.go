package framework

import (
	"encoding/json"
	"strings"
	"testing"
)

func ptr(v float64) *float64 { return &v }

// withInstruments is valid() with a workflow calculator in "need" and a plain table in "scope".
func withInstruments() *Framework {
	t := func(da, en string) Text { return Text{"da": da, "en": en} }
	f := valid()
	f.Domains[0].Instruments = []Instrument{{
		ID: "log", Title: t("Logbog", "Log"),
		Columns: []Column{
			{ID: "date", Label: t("Dato", "Date"), Type: TypeDate},
			{ID: "who", Label: t("Hvem", "Who"), Type: TypeMember},
			{ID: "what", Label: t("Hvad", "What"), Type: TypeText, Required: true},
		},
	}}
	f.Domains[1].Instruments = []Instrument{{
		ID: "workflow", Title: t("Arbejdsgang", "Workflow"), Help: t("Trin for trin.", "Step by step."),
		Calculator: CalcWorkflow,
		Columns: []Column{
			{ID: "phase", Label: t("Fase", "Phase"), Type: TypeChoice, Choices: []Choice{
				{ID: "before", Label: t("Før", "Before")}, {ID: "after", Label: t("Efter", "After")}}},
			{ID: "step", Label: t("Trin", "Step"), Type: TypeText},
			{ID: "role", Label: t("Rolle", "Role"), Type: TypeRole},
			{ID: "minutes", Label: t("Minutter", "Minutes"), Type: TypeNumber, Unit: "min", Min: ptr(0)},
			{ID: "frequency", Label: t("Hyppighed", "Frequency"), Type: TypeNumber, Min: ptr(0)},
			{ID: "per", Label: t("Pr.", "Per"), Type: TypeChoice, Choices: []Choice{
				{ID: "day", Label: t("dag", "day")}, {ID: "week", Label: t("uge", "week")}, {ID: "month", Label: t("måned", "month")}}},
		},
		Settings: []Column{{ID: "days-per-year", Label: t("Dage pr. år", "Days per year"), Type: TypeNumber, Unit: "days", Min: ptr(1), Max: ptr(366)}},
	}}
	return f
}

func TestInstrumentsParseAndResolve(t *testing.T) {
	data, err := json.Marshal(withInstruments())
	if err != nil {
		t.Fatal(err)
	}
	fw, err := Parse(data)
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	in, d, ok := fw.Instrument("workflow")
	if !ok || d.ID != "need" || in.Calculator != CalcWorkflow {
		t.Fatalf("Instrument lookup: %v %v %v", in, d, ok)
	}
	if c, ok := in.Column("minutes"); !ok || c.Unit != "min" || c.Min == nil || *c.Min != 0 {
		t.Errorf("minutes column: %+v", c)
	}
	if s, ok := in.Setting("days-per-year"); !ok || *s.Max != 366 {
		t.Errorf("days-per-year setting: %+v", s)
	}
	per, _ := in.Column("per")
	if ch, ok := per.Choice("week"); !ok || ch.Label.In("da") != "uge" {
		t.Errorf("choice week: %+v", ch)
	}
	if got, ok := fw.InstrumentFor(CalcWorkflow); !ok || got.ID != "workflow" {
		t.Errorf("InstrumentFor(workflow) = %v", got)
	}
	if _, ok := fw.InstrumentFor(CalcEconomy); ok {
		t.Error("InstrumentFor(economy) found one")
	}
	// "min": 0 must survive the round trip (a pointer, not omitted as a zero).
	if !strings.Contains(string(data), `"min":0`) {
		t.Errorf("min 0 is not written: %s", data)
	}
	// A framework without instruments writes no "instruments" field.
	plain, _ := json.Marshal(valid())
	if strings.Contains(string(plain), "instruments") {
		t.Error("an empty instrument list is written")
	}
}

func TestBrokenInstrumentsNameTheField(t *testing.T) {
	wf := func(f *Framework) *Instrument { return &f.Domains[1].Instruments[0] }
	col := func(f *Framework, id string) *Column { c, _ := wf(f).Column(id); return c }
	cases := []struct {
		name   string
		mutate func(f *Framework)
		want   string
	}{
		{"no instrument id", func(f *Framework) { wf(f).ID = "" }, "domains[1].instruments[0].id: missing"},
		{"duplicate instrument across domains", func(f *Framework) { wf(f).ID = "log" },
			`domains[1].instruments[0].id: "log" is already used by domains[0].instruments[0].id`},
		{"plain table named as a calculator", func(f *Framework) { f.Domains[0].Instruments[0].ID = "risks" },
			`domains[0].instruments[0].id: "risks" is the name of a calculator: only an instrument with that calculator may use it`},
		{"title language", func(f *Framework) { delete(wf(f).Title, "en") }, "domains[1].instruments[0].title.en: missing"},
		{"help language", func(f *Framework) { wf(f).Help["da"] = "" }, "domains[1].instruments[0].help.da: missing"},
		{"no columns", func(f *Framework) { f.Domains[0].Instruments[0].Columns = nil }, "domains[0].instruments[0].columns: empty"},
		{"duplicate column", func(f *Framework) { col(f, "step").ID = "phase" },
			`domains[1].instruments[0].columns[1].id: "phase" is already used by domains[1].instruments[0].columns[0].id`},
		{"duplicate setting", func(f *Framework) { wf(f).Settings = append(wf(f).Settings, wf(f).Settings[0]) },
			`domains[1].instruments[0].settings[1].id: "days-per-year" is already used`},
		{"column label", func(f *Framework) { delete(col(f, "step").Label, "da") }, "domains[1].instruments[0].columns[1].label.da: missing"},
		{"unknown type", func(f *Framework) { col(f, "step").Type = "decimal" },
			`domains[1].instruments[0].columns[1].type: "decimal" is not one of text, number, choice, date, member, role`},
		{"no type", func(f *Framework) { f.Domains[0].Instruments[0].Columns[2].Type = "" }, `domains[0].instruments[0].columns[2].type: "" is not one of`},
		{"choice without choices", func(f *Framework) { f.Domains[0].Instruments[0].Columns[2].Type = TypeChoice },
			"domains[0].instruments[0].columns[2].choices: a choice column needs choices"},
		{"choices on text", func(f *Framework) { col(f, "step").Choices = []Choice{{ID: "a", Label: Text{"da": "a", "en": "a"}}} },
			`domains[1].instruments[0].columns[1].choices: only a choice column has choices (the type is "text")`},
		{"duplicate choice", func(f *Framework) { col(f, "per").Choices[1].ID = "day" },
			`domains[1].instruments[0].columns[5].choices[1].id: "day" is already used`},
		{"choice label", func(f *Framework) { delete(col(f, "per").Choices[2].Label, "en") },
			"domains[1].instruments[0].columns[5].choices[2].label.en: missing"},
		{"unit on text", func(f *Framework) { col(f, "step").Unit = "min" }, "domains[1].instruments[0].columns[1].unit: only a number column has a unit"},
		{"bounds on text", func(f *Framework) { col(f, "step").Min = ptr(1) }, "domains[1].instruments[0].columns[1].min: only a number column has bounds"},
		{"min above max", func(f *Framework) { wf(f).Settings[0].Min = ptr(400) }, "domains[1].instruments[0].settings[0].max: 366 is below min 400"},
		{"unknown calculator", func(f *Framework) { wf(f).Calculator = "magic" },
			`domains[1].instruments[0].calculator: "magic" is not a calculator; known are competences, economy, environment, risks, staff-cost, workflow`},
		{"calculator twice", func(f *Framework) {
			f.Domains[0].Instruments = append(f.Domains[0].Instruments, *wf(f))
			f.Domains[0].Instruments[1].ID = "copy"
		},
			`domains[1].instruments[0].calculator: "workflow" is already used by domains[0].instruments[1]`},
		{"calculator column missing", func(f *Framework) { wf(f).Columns = wf(f).Columns[:4] },
			`domains[1].instruments[0].columns: the workflow calculator needs a number column "frequency"`},
		{"calculator column of the wrong type", func(f *Framework) {
			col(f, "minutes").Type = TypeText
			col(f, "minutes").Unit = ""
			col(f, "minutes").Min = nil
		},
			`domains[1].instruments[0].columns[3].type: the workflow calculator needs column "minutes" to be of type number, not "text"`},
		{"calculator choice missing", func(f *Framework) { col(f, "per").Choices = col(f, "per").Choices[:2] },
			`domains[1].instruments[0].columns[5].choices: the workflow calculator needs the choice "month"`},
		{"calculator choice it does not know", func(f *Framework) {
			col(f, "per").Choices = append(col(f, "per").Choices, Choice{ID: "year", Label: Text{"da": "år", "en": "year"}})
		}, `domains[1].instruments[0].columns[5].choices[3].id: the workflow calculator knows only day, week, month here, not "year"`},
		{"calculator setting missing", func(f *Framework) { wf(f).Settings = nil },
			`domains[1].instruments[0].settings: the workflow calculator needs a number setting "days-per-year"`},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := withInstruments()
			tc.mutate(f)
			data, _ := json.Marshal(f)
			_, err := Parse(data)
			if err == nil {
				t.Fatal("Parse accepted a broken instrument")
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q does not contain %q", err, tc.want)
			}
		})
	}
}

func TestEveryCalculatorNeedIsWellFormed(t *testing.T) {
	for name, needs := range Calculators {
		for _, list := range [][]Need{needs.Columns, needs.Settings} {
			seen := map[string]bool{}
			for _, n := range list {
				if n.ID == "" || seen[n.ID] {
					t.Errorf("%s: need %q is empty or repeated", name, n.ID)
				}
				seen[n.ID] = true
				known := false
				for _, ty := range ColumnTypes {
					known = known || ty == n.Type
				}
				if !known {
					t.Errorf("%s.%s: type %q", name, n.ID, n.Type)
				}
				if (n.Type == TypeChoice) != (len(n.Choices) > 0) || (n.Closed && n.Type != TypeChoice) {
					t.Errorf("%s.%s: choices %v closed %v for type %s", name, n.ID, n.Choices, n.Closed, n.Type)
				}
			}
		}
	}
	if got := strings.Join(CalculatorNames(), " "); got != "competences economy environment risks staff-cost workflow" {
		t.Errorf("calculators: %s", got)
	}
}
