package instruments

import (
	"strings"
	"testing"
)

// monitoring is home monitoring over three years: the hospital buys and runs it, the
// municipality saves home-care visits, patients save transport. Illustrative amounts.
var monitoring = []CostLine{
	{1, Investment, Hospital, "Udstyr", 500_000, 600_000, 800_000},            // 0
	{1, Training, Hospital, "Oplæring", 100_000, 100_000, 100_000},            // 1
	{2, Licence, Hospital, "Licens", 200_000, 200_000, 200_000},               // 2
	{3, Licence, Hospital, "Licens", 200_000, 200_000, 200_000},               // 3
	{2, OtherCost, Municipality, "Hjemmebesøg", -200_000, -300_000, -400_000}, // 4: range typed high to low
	{3, OtherCost, Municipality, "Hjemmebesøg", -400_000, -300_000, -200_000}, // 5
	{2, OtherCost, Patient, "Transport", -50_000, -50_000, -50_000},           // 6
	{3, OtherCost, Patient, "Transport", -50_000, -50_000, -50_000},           // 7
}

func checkAmounts(t *testing.T, what string, got, want Amounts) {
	t.Helper()
	checkNear(t, what+" low", got.Low, want.Low)
	checkNear(t, what+" base", got.Base, want.Base)
	checkNear(t, what+" high", got.High, want.High)
}

func TestEconomy(t *testing.T) {
	res := Economy(EconomyInput{Lines: monitoring, Horizon: 3, DiscountRate: 4})
	checkProblems(t, res.Problems)
	// Budget impact per year (low / base / high, kr; low takes the lower signed end of
	// each range, so line 4 counts −400 000 in low and −200 000 in high):
	//   year 1: hospital 500 000 + 100 000 = 600 000 / 700 000 / 900 000
	//   year 2: hospital 200 000; municipality −400 000 / −300 000 / −200 000;
	//           patient −50 000; total −250 000 / −150 000 / −50 000
	//   year 3: as year 2
	checkAmounts(t, "year 1", res.Years[0].Total, Amounts{600_000, 700_000, 900_000})
	checkAmounts(t, "year 2", res.Years[1].Total, Amounts{-250_000, -150_000, -50_000})
	checkAmounts(t, "year 3", res.Years[2].Total, Amounts{-250_000, -150_000, -50_000})
	checkAmounts(t, "year 2 municipality", res.Years[1].Sectors[Municipality], Amounts{-400_000, -300_000, -200_000})
	if _, ok := res.Years[0].Sectors[Patient]; ok || len(res.Years) != 3 || res.Years[2].Year != 3 {
		t.Errorf("years %+v", res.Years)
	}
	// Totals over three years, undiscounted:
	//   hospital 1 000 000 / 1 100 000 / 1 300 000; municipality −800 000 / −600 000 / −400 000;
	//   patient −100 000; all 600 000 − 250 000 − 250 000 = 100 000 / 400 000 / 800 000
	checkAmounts(t, "hospital", res.SectorTotals[Hospital], Amounts{1_000_000, 1_100_000, 1_300_000})
	checkAmounts(t, "municipality", res.SectorTotals[Municipality], Amounts{-800_000, -600_000, -400_000})
	checkAmounts(t, "patient", res.SectorTotals[Patient], Amounts{-100_000, -100_000, -100_000})
	checkAmounts(t, "total", res.Total, Amounts{100_000, 400_000, 800_000})
	checkAmounts(t, "licence", res.Categories[Licence], Amounts{400_000, 400_000, 400_000})
	checkAmounts(t, "other", res.Categories[OtherCost], Amounts{-900_000, -700_000, -500_000})
	// NPV at 4 %, year 1 at t = 0: factors 1, 1/1.04 = 0.961538…, 1/1.04² = 1/1.0816 = 0.924556…;
	// years 2 and 3 together weigh 0.961538 + 0.924556 = 1.886095.
	//   base: 700 000 − 150 000 × 1.886095 = 700 000 − 282 914.20 = 417 085.80
	//   low:  600 000 − 250 000 × 1.886095 = 600 000 − 471 523.67 = 128 476.33
	//   high: 900 000 −  50 000 × 1.886095 = 900 000 −  94 304.73 = 805 695.27
	w := 1/1.04 + 1/1.0816
	checkNear(t, "weight of years 2-3", w, 1.886094674556213)
	checkAmounts(t, "NPV", res.NPV, Amounts{600_000 - 250_000*w, 700_000 - 150_000*w, 900_000 - 50_000*w})
	checkNear(t, "NPV base, rounded", res.NPV.Base, 417_085.798816568)
	//   hospital base: 700 000 + 200 000 × 1.886095 = 1 077 218.93
	//   municipality base: −300 000 × 1.886095 = −565 828.40; patient −94 304.73
	//   and 1 077 218.93 − 565 828.40 − 94 304.73 = 417 085.80, the NPV above.
	checkNear(t, "hospital NPV", res.SectorNPV[Hospital].Base, 1_077_218.934911243)
	checkNear(t, "municipality NPV", res.SectorNPV[Municipality].Base, -565_828.402366864)
	checkNear(t, "patient NPV", res.SectorNPV[Patient].Base, -94_304.733727811)
}

func TestEconomyNoDiscount(t *testing.T) {
	// At 0 % the NPV is the undiscounted total.
	res := Economy(EconomyInput{Lines: monitoring, Horizon: 3})
	checkAmounts(t, "NPV", res.NPV, res.Total)
	// Discount factor for year 1 is always 1 (t = 0); year 11 at 3.5 % is 1/1.035^10 = 0.708919.
	checkNear(t, "year 1", DiscountFactor(3.5, 1), 1)
	checkNear(t, "year 11", DiscountFactor(3.5, 11), 0.7089188)
}

func TestEconomyProblems(t *testing.T) {
	res := Economy(EconomyInput{Horizon: 3, DiscountRate: 3.5, Lines: []CostLine{
		{0, Licence, Hospital, "", 1, 1, 1},           // 0: year 0 — years start at 1
		{4, Licence, Hospital, "", 1, 1, 1},           // 1: beyond the horizon
		{1, Licence, "region", "", 1, 1, 1},           // 2: unknown sector
		{1, "", Hospital, "", 1, 5, 3},                // 3: no category; base outside the range
		{2, Training, Hospital, "Kursus", 10, 10, 10}, // 4: fine
	}})
	checkProblems(t, res.Problems, at(0, "year"), at(1, "year"), at(2, "sector"), at(3, "category"), at(3, "base"))
	checkAmounts(t, "total", res.Total, Amounts{10, 10, 10})

	res = Economy(EconomyInput{Lines: monitoring, Horizon: 0, DiscountRate: -1})
	checkProblems(t, res.Problems, at(SettingsRow, "horizon"), at(SettingsRow, "discount-rate"))
	if len(res.Years) != 0 || res.Total != (Amounts{}) {
		t.Errorf("figures without a horizon: %+v", res)
	}
}

func TestPriceStaffTime(t *testing.T) {
	w := Workflow(WorkflowInput{Steps: woundCare, DaysPerYear: 365})
	// Illustrative hourly costs. Hours from TestWorkflowWard, valued:
	//   Sygeplejerske before 504 h × 400 = 201 600 kr; after 236.333 h × 400 = 94 533.33 kr;
	//                 difference −267.667 h × 400 = −107 066.67 kr (freed)
	//   Læge          before 26 h × 700 = 18 200; after 12 h × 700 = 8 400; −14 h × 700 = −9 800 (freed)
	//   Lægesekretær  before 0; after 121.667 h × 350 = 42 583.33; +42 583.33 kr (spent)
	//   total −160 h; before 219 800, after 145 516.67, difference −74 283.33 kr
	res := PriceStaffTime(w.Roles, []HourlyCost{{"sygeplejerske", 400}, {"Læge", 700}, {"Lægesekretær", 350}})
	checkProblems(t, res.Problems)
	checkNear(t, "nurse kr before", res.Roles[0].KrBefore, 201_600)
	checkNear(t, "nurse kr after", res.Roles[0].KrAfter, 94_533.333333333)
	checkNear(t, "nurse kr", res.Roles[0].Kr, -107_066.666666667)
	checkNear(t, "nurse hours before", res.Roles[0].HoursBefore, 504)
	checkNear(t, "doctor kr", res.Roles[1].Kr, -9_800)
	checkNear(t, "secretary kr", res.Roles[2].Kr, 42_583.333333333)
	checkNear(t, "hours", res.Hours, -160)
	checkNear(t, "kr before", res.KrBefore, 219_800)
	checkNear(t, "kr after", res.KrAfter, 145_516.666666667)
	checkNear(t, "kr", res.Kr, -74_283.333333333)
	if !res.Roles[0].Freed() || res.Roles[2].Freed() {
		t.Error("nurse time is freed, secretary time spent")
	}
	if len(res.Unpriced) != 0 {
		t.Errorf("every role is priced, yet unpriced: %v", res.Unpriced)
	}

	// A role without a price is named, and its kroner are unknown rather than 0; a role priced
	// twice, a row without a role or with a negative cost is marked at the field.
	res = PriceStaffTime(w.Roles, []HourlyCost{{"Sygeplejerske", 400}, {"Læge", 700}, {"læge", 650}, {"", -1}})
	checkProblems(t, res.Problems, at(2, "role"), at(3, "role"), at(3, "kr-per-hour"))
	if res.Roles[2].Priced || res.Roles[1].KrPerHour != 700 || res.Roles[2].Kr != 0 {
		t.Errorf("roles %+v", res.Roles)
	}
	if len(res.Unpriced) != 1 || res.Unpriced[0] != "Lægesekretær" {
		t.Errorf("unpriced %v; want [Lægesekretær]", res.Unpriced)
	}
	checkNear(t, "kr of priced roles", res.Kr, -107_066.666666667-9_800)

	// A cost for a role the workflow does not have (a typo) is marked, naming the workflow's
	// roles; the nurse then counts as unpriced.
	res = PriceStaffTime(w.Roles, []HourlyCost{{"Sygeplejeske", 400}})
	checkProblems(t, res.Problems, at(0, "role"))
	if !strings.Contains(res.Problems[0].Message.En, "Sygeplejerske, Læge, Lægesekretær") || len(res.Unpriced) != 3 {
		t.Errorf("problem %q, unpriced %v", res.Problems[0].Message.En, res.Unpriced)
	}
	// Without a workflow there is nothing to match: the costs stand on their own.
	res = PriceStaffTime(nil, []HourlyCost{{"Sygeplejerske", 400}})
	checkProblems(t, res.Problems)
}
