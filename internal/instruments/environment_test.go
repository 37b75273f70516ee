package instruments

import "testing"

// Test factors that are not real: only the shipped electricity factor is a sourced figure.
const testSource = "Testværdi, ikke en rigtig faktor"

func TestEnvironment(t *testing.T) {
	el, ok := FindFactor("dk-electricity-energinet-2015")
	if !ok || el.Value != 0.195 || el.Unit != "kWh" || el.Year != 2015 || el.Source == "" {
		t.Fatalf("shipped factor %+v", el)
	}
	elBefore := EnvLine{Phase: Before, Type: Electricity, Description: "Ambulatorium", Quantity: 12_000}
	el.Apply(&elBefore)
	elAfter := elBefore
	elAfter.Phase, elAfter.Quantity = After, 13_500
	lines := []EnvLine{
		{Before, Transport, "Patientkørsel, bil", 40_000, "km", 0.17, testSource, 2023}, // 0
		elBefore, // 1
		{Before, Consumables, "Engangsbetræk", 5_000, "stk.", 0.05, testSource, 2023}, // 2
		{After, Transport, "Patientkørsel, bil", 8_000, "km", 0.17, testSource, 2023}, // 3
		elAfter, // 4
		{After, Consumables, "Engangsbetræk", 1_000, "stk.", 0.05, testSource, 2023}, // 5
		{After, Waste, "Elektronik", 20, "kg", 1.5, testSource, 2023},                // 6
	}
	res := Environment(EnvironmentInput{Triage{Yes, "Færre patientrejser"}, lines})
	checkProblems(t, res.Problems)
	// kg CO2e per year = quantity × factor:
	//   0 transport    40 000 km  × 0.17  = 6 800
	//   1 electricity  12 000 kWh × 0.195 = 2 340
	//   2 consumables   5 000 stk × 0.05  =   250
	//   3 transport     8 000 km  × 0.17  = 1 360
	//   4 electricity  13 500 kWh × 0.195 = 2 632.5
	//   5 consumables   1 000 stk × 0.05  =    50
	//   6 waste            20 kg  × 1.5   =    30
	for i, want := range []float64{6800, 2340, 250, 1360, 2632.5, 50, 30} {
		checkNear(t, "line", res.LineKg[i], want)
	}
	// By type (before, after, after − before):
	//   transport   6 800 / 1 360   / −5 440
	//   electricity 2 340 / 2 632.5 / +292.5
	//   consumables   250 /    50   /   −200
	//   waste           0 /    30   /    +30
	//   total 9 390 / 4 072.5 / −5 317.5 (= −5 440 + 292.5 − 200 + 30)
	for typ, want := range map[LineType]EnvTotals{
		Transport:   {6800, 1360, -5440},
		Electricity: {2340, 2632.5, 292.5},
		Consumables: {250, 50, -200},
		Waste:       {0, 30, 30},
	} {
		got := res.Types[typ]
		checkNear(t, string(typ)+" before", got.Before, want.Before)
		checkNear(t, string(typ)+" after", got.After, want.After)
		checkNear(t, string(typ)+" difference", got.Difference, want.Difference)
	}
	checkNear(t, "before", res.Total.Before, 9390)
	checkNear(t, "after", res.Total.After, 4072.5)
	checkNear(t, "difference", res.Total.Difference, -5317.5)
}

func TestEnvironmentProblems(t *testing.T) {
	res := Environment(EnvironmentInput{Triage{"", " "}, []EnvLine{
		{Before, Electricity, "", 1000, "", 0.195, "Energinet", 2015},   // 0: no unit
		{Before, Electricity, "", 1000, "kWh", 0.195, "", 2015},         // 1: no source
		{Before, Transport, "Bil", 100, "km", 0.17, testSource, 0},      // 2: no year
		{After, "water", "", -5, "m3", -1, testSource, 2023},            // 3: unknown type, negatives
		{After, Electricity, "", 1000, "kWh", 0.195, "Energinet", 2015}, // 4: fine, 195 kg
	}})
	checkProblems(t, res.Problems,
		at(SettingsRow, "triage"), at(SettingsRow, "triage-reason"),
		at(0, "unit"), at(1, "factor-source"), at(2, "factor-year"),
		at(3, "line-type"), at(3, "quantity"), at(3, "factor"))
	// Lines with a problem are left out: only line 4, 1 000 × 0.195 = 195 kg.
	checkNear(t, "after", res.Total.After, 195)
	checkNear(t, "before", res.Total.Before, 0)

	// Not warranted, with a reason, and no inventory: nothing to mark.
	res = Environment(EnvironmentInput{Triage: Triage{No, "Software uden ny hardware"}})
	checkProblems(t, res.Problems)
}

func TestFactorsAreSourced(t *testing.T) {
	for _, f := range Factors {
		l := EnvLine{Phase: Before, Type: f.Type, Quantity: 1}
		f.Apply(&l)
		res := Environment(EnvironmentInput{Triage{Yes, "x"}, []EnvLine{l}})
		if len(res.Problems) > 0 || f.Label.Da == "" || f.Label.En == "" || f.Note.Da == "" || f.Note.En == "" {
			t.Errorf("factor %s: %v", f.ID, res.Problems)
		}
	}
}
