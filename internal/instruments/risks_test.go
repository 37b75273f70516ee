package instruments

import "testing"

func TestRisks(t *testing.T) {
	res := Risks([]Risk{
		{"Video falder ud under konsultation", "5", 4, 2, "Telefon som reserve", "IT"},    // 0: 4 × 2 = 8
		{"Patient uden digitale færdigheder fravælges", "8", 3, 4, "Tilbyd fremmøde", ""}, // 1: 3 × 4 = 12
		{"Fejl i dataoverførsel til journal", "4", 2, 4, "", "Klinisk IT"},                // 2: 2 × 4 = 8
		{"Automatiseringsbias ved triage", "4", 4, 3, "Dobbeltvurdering", "Overlæge"},     // 3: 4 × 3 = 12
		{"Licens stiger efter år 2", "6", 2, 2, "", ""},                                   // 4: 2 × 2 = 4
		{"Ny fejl", "", 4, 2, "", ""},                                                     // 5: 4 × 2 = 8
	})
	checkProblems(t, res.Problems)
	// Scores 8, 12, 8, 12, 4, 8. Ranking: score desc, then impact desc, then input order:
	//   12: row 1 (impact 4) before row 3 (impact 3)
	//    8: row 2 (impact 4), then rows 0 and 5 (impact 2) in input order
	//    4: row 4
	wantRows := []int{1, 3, 2, 0, 5, 4}
	wantScores := []int{12, 12, 8, 8, 8, 4}
	for i, r := range res.Ranked {
		if r.Row != wantRows[i] || r.Score != wantScores[i] || r.Rank != i+1 {
			t.Errorf("rank %d = row %d score %d (rank %d); want row %d score %d", i+1, r.Row, r.Score, r.Rank, wantRows[i], wantScores[i])
		}
	}
	// Matrix[likelihood-1][impact-1]: (4,2) holds rows 0 and 5; the others one each.
	want := map[[2]int]int{{4, 2}: 2, {3, 4}: 1, {2, 4}: 1, {4, 3}: 1, {2, 2}: 1}
	n := 0
	for l := range RiskScale {
		for i := range RiskScale {
			n += res.Matrix[l][i]
			if res.Matrix[l][i] != want[[2]int{l + 1, i + 1}] {
				t.Errorf("cell likelihood %d impact %d = %d", l+1, i+1, res.Matrix[l][i])
			}
		}
	}
	if n != 6 {
		t.Errorf("matrix counts %d risks; want 6", n)
	}
}

func TestRiskProblems(t *testing.T) {
	res := Risks([]Risk{
		{"A", "", 0, 3, "", ""}, // 0
		{"B", "", 3, 6, "", ""}, // 1
		{" ", "", 1, 1, "", ""}, // 2
		{"C", "", 5, 5, "", ""}, // 3: fine, 25
	})
	checkProblems(t, res.Problems, at(0, "likelihood"), at(1, "impact"), at(2, "description"))
	if len(res.Ranked) != 1 || res.Ranked[0].Score != 25 || res.Matrix[4][4] != 1 {
		t.Errorf("ranked %+v", res.Ranked)
	}
}
