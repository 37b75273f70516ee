package instruments

import (
	"fmt"
	"math"
)

// Category is what a cost or saving line is for.
type Category string

// The categories.
const (
	Investment  Category = "investment"
	Licence     Category = "licence"
	Training    Category = "training"
	Maintenance Category = "maintenance"
	StaffTime   Category = "staff-time" // cash only: hires, overtime, temps; see PriceStaffTime
	OtherCost   Category = "other"
)

// Categories are the categories with their labels.
var Categories = []Choice{
	{string(Investment), Text{"Investering", "Investment"}},
	{string(Licence), Text{"Licens", "Licence"}},
	{string(Training), Text{"Uddannelse", "Training"}},
	{string(Maintenance), Text{"Drift og vedligehold", "Maintenance"}},
	{string(StaffTime), Text{"Personale (kontant)", "Staff (cash)"}},
	{string(OtherCost), Text{"Andet", "Other"}},
}

// Sector is who pays or saves.
type Sector string

// The sectors, in the order results list them.
const (
	Hospital        Sector = "hospital"
	Municipality    Sector = "municipality"
	GeneralPractice Sector = "general-practice"
	Patient         Sector = "patient"
)

// Sectors are the sectors with their labels, in the order results list them.
var Sectors = []Choice{
	{string(Hospital), Text{"Hospital", "Hospital"}},
	{string(Municipality), Text{"Kommune", "Municipality"}},
	{string(GeneralPractice), Text{"Almen praksis", "General practice"}},
	{string(Patient), Text{"Patient", "Patient"}},
}

// CostLine is one row of the economy: an amount in kroner in one year for one sector. A cost
// is positive, a saving negative. Low and High are the ends of the range in either order; the
// low scenario takes the lower signed value (the cheaper end: the larger saving) of every
// line, the high scenario the higher. A line without a range has Low = Base = High.
type CostLine struct {
	Year        int      // field "year": 1 … Horizon, as people count years
	Category    Category // field "category"
	Sector      Sector   // field "sector"
	Description string   // field "description": optional
	Low         float64  // field "low"
	Base        float64  // field "base": between Low and High
	High        float64  // field "high"
}

// EconomyInput is the economy table and its settings.
type EconomyInput struct {
	Lines        []CostLine
	Horizon      int     // setting "horizon": years, 1 … MaxHorizon
	DiscountRate float64 // setting "discount-rate": percent a year, 0 … < 100; 0 for none
}

// MaxHorizon is the longest horizon accepted, in years.
const MaxHorizon = 100

// Amounts are kroner in the three scenarios.
type Amounts struct {
	Low, Base, High float64
}

func (a *Amounts) add(b Amounts) {
	a.Low += b.Low
	a.Base += b.Base
	a.High += b.High
}

func (a Amounts) scale(f float64) Amounts { return Amounts{a.Low * f, a.Base * f, a.High * f} }

// YearImpact is the budget impact of one year, undiscounted.
type YearImpact struct {
	Year    int // 1 … Horizon
	Sectors map[Sector]Amounts
	Total   Amounts
}

// EconomyResult holds the computed figures. Undiscounted sums are the budget impact; NPV
// discounts year y by (1 + r)^(y − 1), so year 1 counts in full (t = 0). Signs follow the
// lines: a positive total or NPV is a net cost, a negative one a net saving (the opposite of
// a "net present value" of gains, so a text that calls a positive value a gain must negate it).
type EconomyResult struct {
	Years        []YearImpact       // one per year of the horizon, undiscounted
	SectorTotals map[Sector]Amounts // over the horizon, undiscounted
	Categories   map[Category]Amounts
	Total        Amounts // over the horizon, undiscounted
	SectorNPV    map[Sector]Amounts
	NPV          Amounts
	Problems     Problems
}

// DiscountFactor is 1 / (1 + rate/100)^(year − 1): year 1 is t = 0 and counts in full.
func DiscountFactor(ratePercent float64, year int) float64 {
	return math.Pow(1+ratePercent/100, -float64(year-1))
}

// Economy computes the budget impact per year and sector and the net present value.
// A line with a problem is left out; with an invalid horizon or discount rate there are no
// figures at all.
func Economy(in EconomyInput) EconomyResult {
	res := EconomyResult{
		SectorTotals: map[Sector]Amounts{},
		Categories:   map[Category]Amounts{},
		SectorNPV:    map[Sector]Amounts{},
	}
	settingsOK := true
	if in.Horizon < 1 || in.Horizon > MaxHorizon {
		settingsOK = false
		res.Problems.add(SettingsRow, "horizon", Text{
			fmt.Sprintf("tidshorisonten skal være 1-%d år, ikke %d", MaxHorizon, in.Horizon),
			fmt.Sprintf("the horizon must be 1-%d years, not %d", MaxHorizon, in.Horizon),
		})
	}
	if !(in.DiscountRate >= 0 && in.DiscountRate < 100) {
		settingsOK = false
		res.Problems.add(SettingsRow, "discount-rate", Text{
			fmt.Sprintf("diskonteringsrenten skal være 0 til under 100 %% om året, ikke %v", in.DiscountRate),
			fmt.Sprintf("the discount rate must be 0 to below 100 %% a year, not %v", in.DiscountRate),
		})
	}
	if settingsOK {
		res.Years = make([]YearImpact, in.Horizon)
		for i := range res.Years {
			res.Years[i] = YearImpact{Year: i + 1, Sectors: map[Sector]Amounts{}}
		}
	}
	for i, l := range in.Lines {
		r := rowProblems{ps: &res.Problems, row: i}
		if settingsOK && (l.Year < 1 || l.Year > in.Horizon) {
			r.add("year", Text{
				fmt.Sprintf("året skal være 1-%d (tidshorisonten), ikke %d", in.Horizon, l.Year),
				fmt.Sprintf("the year must be 1-%d (the horizon), not %d", in.Horizon, l.Year),
			})
		}
		r.choice("category", string(l.Category), Categories)
		r.choice("sector", string(l.Sector), Sectors)
		before := len(res.Problems)
		r.number("low", l.Low, false)
		r.number("base", l.Base, false)
		r.number("high", l.High, false)
		lo, hi := min(l.Low, l.High), max(l.Low, l.High)
		if len(res.Problems) == before && (l.Base < lo || l.Base > hi) {
			r.add("base", Text{
				"basisværdien skal ligge mellem lav og høj",
				"the base value must lie between low and high",
			})
		}
		if r.bad || !settingsOK {
			continue
		}
		a := Amounts{lo, l.Base, hi}
		y := &res.Years[l.Year-1]
		s := y.Sectors[l.Sector]
		s.add(a)
		y.Sectors[l.Sector] = s
		y.Total.add(a)
		c := res.Categories[l.Category]
		c.add(a)
		res.Categories[l.Category] = c
	}
	for _, y := range res.Years {
		f := DiscountFactor(in.DiscountRate, y.Year)
		for sec, a := range y.Sectors {
			t := res.SectorTotals[sec]
			t.add(a)
			res.SectorTotals[sec] = t
			n := res.SectorNPV[sec]
			n.add(a.scale(f))
			res.SectorNPV[sec] = n
		}
		res.Total.add(y.Total)
		res.NPV.add(y.Total.scale(f))
	}
	return res
}
