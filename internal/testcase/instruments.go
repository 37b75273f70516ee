package testcase

import (
	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
	"github.com/helhed/helhed/resources"
)

// Instruments is a case on the shipped MTV 2.0 framework with every instrument filled in, typed
// as people type ("4,5", "500 000", "4 %") and with one mistake per calculator (an ambiguous
// "1.500", a cell left empty, "2,5" where a whole number belongs, an hourly cost for a role the
// workflow does not have). The figures are worked out by
// hand in internal/analysis/instruments_test.go; change them together.
func Instruments() *assessment.Case {
	data, err := resources.Framework("mtv2")
	if err != nil {
		panic(err)
	}
	fw, err := framework.Parse(data)
	if err != nil {
		panic(err)
	}
	e := assessment.Edit{At: At}
	c := assessment.New(fw, "Faldsensor om natten", e)
	add := func(instrument string, rows ...map[string]string) {
		for _, cells := range rows {
			if _, err := c.AddRow(e, instrument, cells); err != nil {
				panic(err)
			}
		}
	}
	set := func(instrument string, values map[string]string) {
		for k, v := range values {
			if err := c.SetSetting(e, instrument, k, v); err != nil {
				panic(err)
			}
		}
	}
	type m = map[string]string

	set("workflow", m{"days-per-year": "365"})
	add("workflow",
		m{"phase": "before", "step": "Natligt tilsyn", "role": "sygeplejerske", "minutes": "4,5", "frequency": "6", "per": "day"},
		m{"phase": "after", "step": "Natligt tilsyn", "role": "sygeplejerske", "minutes": "1.5", "frequency": "2", "per": "day"},
		m{"phase": "before", "step": "Faldrapport", "role": "sygeplejerske", "minutes": "20", "frequency": "3", "per": "week"},
		m{"phase": "after", "step": "Faldrapport", "role": "social- og sundhedsassistent", "minutes": "20", "frequency": "1,5", "per": "week"},
		m{"phase": "after", "step": "Tjek af alarmer", "role": "sygeplejerske", "minutes": "1.500", "frequency": "1", "per": "day"},
		m{"phase": "after", "step": "Opsætning", "role": "sygeplejerske", "minutes": "30", "per": "month"},
	)

	set("economy", m{"horizon": "3", "discount-rate": "4 %"})
	add("economy",
		m{"year": "1", "category": "investment", "sector": "hospital", "low": "500 000", "base": "600 000", "high": "800 000"},
		m{"year": "1", "category": "training", "sector": "hospital", "base": "100000"},
		m{"year": "2", "category": "licence", "sector": "hospital", "base": "200000"},
		m{"year": "3", "category": "licence", "sector": "hospital", "base": "200000"},
		m{"year": "2", "category": "other", "sector": "municipality", "low": "-400000", "base": "-300000", "high": "-200000"},
		m{"year": "3", "category": "other", "sector": "municipality", "low": "-400000", "base": "-300000", "high": "-200000"},
		m{"year": "2,5", "category": "other", "sector": "patient", "base": "-50000"},
		m{"year": "3", "category": "other", "sector": "patient"},
	)

	// The nurse is priced, the SSA has no hourly cost (unpriced, not 0 kr) and "leder" is not a
	// role of the workflow (marked at the field).
	add("staff-cost",
		m{"role": "Sygeplejerske", "kr-per-hour": "420", "basis": "Gruppens skøn ud fra lønbudgettet"},
		m{"role": "leder", "kr-per-hour": "600"},
	)

	set("environment", m{"triage": "yes", "triage-reason": "Færre kørsler om natten"})
	add("environment",
		m{"phase": "before", "line-type": "transport", "quantity": "12 000", "unit": "km", "factor": "0,17",
			"factor-source": "DESNZ conversion factors", "factor-year": "2024"},
		m{"phase": "after", "line-type": "transport", "quantity": "3000", "unit": "km", "factor": "0,17",
			"factor-source": "DESNZ conversion factors", "factor-year": "2024"},
		m{"phase": "after", "line-type": "electricity", "quantity": "800", "unit": "kWh", "factor": "0,195",
			"factor-source": "Energinet", "factor-year": "2015"},
		m{"phase": "before", "line-type": "waste", "quantity": "150", "unit": "kg",
			"factor-source": "DESNZ conversion factors", "factor-year": "2024"},
	)

	add("competences",
		m{"role": "sygeplejerske", "dimension": "use", "current": "2", "needed": "4"},
		m{"role": "sygeplejerske", "dimension": "technology-understanding", "current": "3", "needed": "3"},
		m{"role": "social- og sundhedsassistent", "dimension": "use", "current": "1", "needed": "2"},
		m{"role": "social- og sundhedsassistent", "dimension": "communication", "current": "2", "needed": "5"},
		m{"role": "leder", "dimension": "use", "current": "2,5", "needed": "3"},
	)

	add("risks",
		m{"description": "Falske alarmer om natten", "domain": "workflow", "likelihood": "4", "impact": "3"},
		m{"description": "Sensoren falder ud", "domain": "safety", "likelihood": "2", "impact": "5"},
		m{"description": "Data deles uden samtykke", "domain": "legal", "likelihood": "1", "impact": "5"},
		m{"description": "Alarmtræthed", "domain": "workflow", "likelihood": "3", "impact": "4", "mitigation": "Justér tærskler"},
		m{"description": "Ukendt", "impact": "3"},
	)

	add("inequality", m{"group": "digital-skills", "affected": "yes", "how": "Pårørende skal kunne bruge appen", "direction": "negative"})
	add("involvement", m{"role": "sygeplejerske", "date": "2026-10-01", "phase": "needs", "how": "Workshop"})
	add("evaluation", m{"indicator": "Fald om natten", "baseline": "14 pr. kvartal", "target": "7 pr. kvartal"})
	set("evaluation", m{"reassessment-date": "2027-11-01"})
	return c
}
