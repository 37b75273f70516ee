package instruments

import "testing"

func TestCompetences(t *testing.T) {
	res := Competences([]CompetenceRow{
		{"Sygeplejerske", TechnologyUnderstanding, 2, 3, "", "", ""},   // 0: gap 3 − 2 = 1
		{"Sygeplejerske", Use, 2, 4, "", "", ""},                       // 1: gap 4 − 2 = 2
		{"Sygeplejerske", DevelopmentImplementation, 1, 4, "", "", ""}, // 2: gap 4 − 1 = 3
		{"Sygeplejerske", Communication, 3, 2, "", "", ""},             // 3: 2 − 3 < 0, so 0: current is enough
		{"Læge", Use, 3, 3, "", "", ""},                                // 4: gap 0
		{"læge", TechnologyUnderstanding, 4, 5, "", "", ""},            // 5: gap 1; same role, other case
	})
	checkProblems(t, res.Problems)
	for i, want := range []int{1, 2, 3, 0, 0, 1} {
		if g := res.Gaps[i]; g.Gap != want || g.Row != i {
			t.Errorf("gap of row %d = %+v; want %d", i, g, want)
		}
	}
	if len(res.Roles) != 2 || res.Roles[0].Max != 3 || res.Roles[1].Max != 1 || res.Roles[1].Role != "Læge" ||
		res.Roles[0].Gaps[Use] != 2 || len(res.Roles[1].Gaps) != 2 {
		t.Errorf("roles %+v", res.Roles)
	}
	if _, ok := res.Roles[1].Gaps[Communication]; ok {
		t.Error("a dimension not assessed must be absent, not a gap of 0")
	}
	// One plan line per gap > 0, by role, then in the wheel's order of dimensions:
	// gap 1 → micro-learning, 2 → super-users, 3 → re-training.
	want := []struct {
		role string
		d    Dimension
		f    TrainingFormat
	}{
		{"Sygeplejerske", TechnologyUnderstanding, MicroLearning},
		{"Sygeplejerske", Use, PeerTraining},
		{"Sygeplejerske", DevelopmentImplementation, Retraining},
		{"Læge", TechnologyUnderstanding, MicroLearning},
	}
	if len(res.Plan) != len(want) {
		t.Fatalf("plan %+v", res.Plan)
	}
	for i, w := range want {
		p := res.Plan[i]
		if p.Role != w.role || p.Dimension != w.d || p.Format != w.f || p.How.Da == "" || p.Who.En == "" || p.When.Da == "" {
			t.Errorf("plan line %d = %+v; want %+v", i, p, w)
		}
	}
	if FormatFor(4) != Retraining || LevelLabel(3, "en") != "3 Competent practitioner" || LevelLabel(5, "da") != "5 Digital ekspert" || LevelLabel(0, "da") != "" {
		t.Error("formats or level labels")
	}
}

// TestTrainingPlanTakesTheGroupsOwnFormat: where the group chose a format (any of its
// framework's list, not only the three Helhed suggests), or wrote who and when, the plan line
// is theirs; Helhed suggests only what the group left empty.
func TestTrainingPlanTakesTheGroupsOwnFormat(t *testing.T) {
	res := Competences([]CompetenceRow{
		{"Sygeplejerske", Use, 1, 4, "simulation", "Superbruger Anne", "Uge 10-12"}, // 0: gap 3, own plan
		{"Sygeplejerske", Communication, 2, 3, "", "", "Før opstart"},               // 1: gap 1, own when only
		{"Læge", Use, 2, 4, "micro-learning", "", ""},                               // 2: gap 2, own format Helhed knows
	})
	checkProblems(t, res.Problems)
	if len(res.Plan) != 3 {
		t.Fatalf("plan %+v", res.Plan)
	}
	p := res.Plan[0]
	if p.Row != 0 || p.Format != "simulation" || p.Suggested || p.Who.Da != "Superbruger Anne" || p.When.En != "Uge 10-12" || p.How.Da != "" {
		t.Errorf("own plan line = %+v", p)
	}
	p = res.Plan[1]
	if p.Row != 1 || p.Format != MicroLearning || !p.Suggested || p.When.Da != "Før opstart" || p.Who.Da == "" {
		t.Errorf("suggested format with own when = %+v", p)
	}
	p = res.Plan[2]
	if p.Row != 2 || p.Format != MicroLearning || p.Suggested || p.How.Da == "" {
		t.Errorf("own format of gap 2 (Helhed would suggest super-users) = %+v", p)
	}
}

func TestCompetenceProblems(t *testing.T) {
	res := Competences([]CompetenceRow{
		{"Sygeplejerske", Use, 0, 3, "", "", ""},          // 0: level 0
		{"Sygeplejerske", Use, 2, 6, "", "", ""},          // 1: level 6
		{"Sygeplejerske", "innovation", 2, 3, "", "", ""}, // 2: not a dimension of the wheel
		{"", Use, 2, 3, "", "", ""},                       // 3: no role
		{"Sygeplejerske", Use, 2, 3, "", "", ""},          // 4: fine
		{"SYGEPLEJERSKE", Use, 1, 3, "", "", ""},          // 5: the same role and dimension again
	})
	checkProblems(t, res.Problems, at(0, "current"), at(1, "needed"), at(2, "dimension"), at(3, "role"), at(5, "dimension"))
	if len(res.Gaps) != 1 || res.Gaps[0].Row != 4 || len(res.Plan) != 1 {
		t.Errorf("gaps %+v plan %+v", res.Gaps, res.Plan)
	}
}
