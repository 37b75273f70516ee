package instruments

import (
	"fmt"
	"sort"
)

// Risk scales run from 1 to RiskScale.
const RiskScale = 5

// LikelihoodLabels and ImpactLabels name the points 1 … 5 of each scale: Labels[v-1].
var (
	LikelihoodLabels = [RiskScale]Text{
		{"Meget usandsynlig", "Very unlikely"},
		{"Usandsynlig", "Unlikely"},
		{"Mulig", "Possible"},
		{"Sandsynlig", "Likely"},
		{"Meget sandsynlig", "Very likely"},
	}
	ImpactLabels = [RiskScale]Text{
		{"Ubetydelig", "Negligible"},
		{"Mindre", "Minor"},
		{"Moderat", "Moderate"},
		{"Alvorlig", "Major"},
		{"Kritisk", "Critical"},
	}
)

// Risk is one risk or unintended consequence.
type Risk struct {
	Description string // field "description": required
	Domain      string // field "domain": optional, the domain it belongs to (the adapter's ID)
	Likelihood  int    // field "likelihood": 1 … 5
	Impact      int    // field "impact": 1 … 5
	Mitigation  string // field "mitigation": optional; a risk without one is itself a finding
	Owner       string // field "owner": optional
}

// RankedRisk is a valid risk with its score and rank.
type RankedRisk struct {
	Risk
	Row   int // index in the input
	Score int // Likelihood × Impact, 1 … 25
	Rank  int // 1 for the highest
}

// RiskResult holds the ranking and the matrix.
type RiskResult struct {
	// Ranked are the valid risks by score (highest first), then impact (highest first), then
	// input order: of two risks with the same score, the one that does more harm comes first.
	Ranked []RankedRisk
	// Matrix counts risks per cell: Matrix[likelihood-1][impact-1].
	Matrix   [RiskScale][RiskScale]int
	Problems Problems
}

// Risks scores, ranks and counts the risks. A risk with a problem is left out.
func Risks(risks []Risk) RiskResult {
	var res RiskResult
	for i, rk := range risks {
		r := rowProblems{ps: &res.Problems, row: i}
		r.required("description", rk.Description)
		for _, f := range []struct {
			field string
			v     int
		}{{"likelihood", rk.Likelihood}, {"impact", rk.Impact}} {
			if f.v < 1 || f.v > RiskScale {
				r.add(f.field, Text{
					fmt.Sprintf("skal være 1-%d, ikke %d", RiskScale, f.v),
					fmt.Sprintf("must be 1-%d, not %d", RiskScale, f.v),
				})
			}
		}
		if r.bad {
			continue
		}
		res.Ranked = append(res.Ranked, RankedRisk{Risk: rk, Row: i, Score: rk.Likelihood * rk.Impact})
		res.Matrix[rk.Likelihood-1][rk.Impact-1]++
	}
	sort.SliceStable(res.Ranked, func(a, b int) bool {
		x, y := res.Ranked[a], res.Ranked[b]
		if x.Score != y.Score {
			return x.Score > y.Score
		}
		return x.Impact > y.Impact
	})
	for i := range res.Ranked {
		res.Ranked[i].Rank = i + 1
	}
	return res
}
