package instruments

// Factor is an emission factor with its source: kg CO2e per unit of a quantity.
type Factor struct {
	ID     string
	Type   LineType
	Label  Text
	Value  float64 // kg CO2e per Unit
	Unit   string
	Source string
	Year   int
	Note   Text
}

// Apply fills a line's factor, unit, source and year from f.
func (f Factor) Apply(l *EnvLine) {
	l.Factor, l.Unit, l.FactorSource, l.FactorYear = f.Value, f.Unit, f.Source, f.Year
}

// Factors are the emission factors shipped with Helhed: only those whose source and year can
// be named. Transport, consumables and waste are deliberately missing: the usual public source
// is the UK government's annual greenhouse gas conversion factors (scopes 1-3), and the user
// enters the value of the year used, with that source and year.
var Factors = []Factor{{
	ID:     "dk-electricity-energinet-2015",
	Type:   Electricity,
	Label:  Text{"El, Danmark, årsgennemsnit 2015", "Electricity, Denmark, 2015 annual average"},
	Value:  0.195, // 195 g CO2e/kWh
	Unit:   "kWh",
	Source: "Energinet, Miljødeklaration (environmental declaration) for Danish electricity, location-based, 125% method",
	Year:   2015,
	Note: Text{
		"Årsgennemsnit. Energinet offentliggør deklarationen pr. time for Øst- og Vestdanmark; " +
			"timeværdierne har svinget fra næsten 0 til 400-500 g CO2e/kWh. Brug Energinets tal for det år, I regner på, hvis I har dem.",
		"Annual average. Energinet publishes the declaration per hour for East and West Denmark; " +
			"hourly values have ranged from near 0 to 400-500 g CO2e/kWh. Use Energinet's figure for the year you assess if you have it.",
	},
}}

// FindFactor returns the shipped factor with the given ID.
func FindFactor(id string) (Factor, bool) {
	for _, f := range Factors {
		if f.ID == id {
			return f, true
		}
	}
	return Factor{}, false
}

// Benchmark is a published range to check a result against; it is not a factor.
type Benchmark struct {
	Low, High float64
	Unit      Text
	Source    string
	Year      int
}

// TelemedicineSaving is the range of kg CO2e saved per consultation found by a review of
// telemedicine, mostly from avoided travel: a plausibility check for a telemedicine case's
// difference divided by its consultations per year.
var TelemedicineSaving = Benchmark{
	Low: 0.70, High: 372,
	Unit:   Text{"kg CO2e sparet pr. konsultation", "kg CO2e saved per consultation"},
	Source: "Purohit et al. 2021",
	Year:   2021,
}
