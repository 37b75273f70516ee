package instruments

import "fmt"

// Dimension is one of the four dimensions of KL's competence wheel (digital competences).
type Dimension string

// The dimensions, in the wheel's order here.
const (
	TechnologyUnderstanding   Dimension = "technology-understanding"
	Use                       Dimension = "use"
	DevelopmentImplementation Dimension = "development-implementation"
	Communication             Dimension = "communication"
)

// Dimensions are the dimensions with their labels, in the order results list them.
var Dimensions = []Choice{
	{string(TechnologyUnderstanding), Text{"Teknologiforståelse", "Technology understanding"}},
	{string(Use), Text{"Anvendelse", "Use"}},
	{string(DevelopmentImplementation), Text{"Udvikling og implementering", "Development and implementation"}},
	{string(Communication), Text{"Kommunikation og formidling", "Communication"}},
}

// Competence levels run from MinLevel to MaxLevel.
const (
	MinLevel = 1
	MaxLevel = 5
)

// Levels name the levels 1 … 5: Levels[level-1].
var Levels = [MaxLevel]Text{
	{"Digital begynder", "Digital beginner"},
	{"Avanceret begynder", "Advanced beginner"},
	{"Kompetent praktiker", "Competent practitioner"},
	{"Kyndig praktiker", "Proficient practitioner"},
	{"Digital ekspert", "Digital expert"},
}

// LevelLabel returns "3 Competent practitioner" for level 3 in English, "" out of range.
func LevelLabel(level int, lang string) string {
	if level < MinLevel || level > MaxLevel {
		return ""
	}
	return fmt.Sprintf("%d %s", level, Levels[level-1].In(lang))
}

// CompetenceRow is one role's current and needed level in one dimension.
type CompetenceRow struct {
	Role      string    // field "role"
	Dimension Dimension // field "dimension": once per role
	Current   int       // field "current": 1 … 5
	Needed    int       // field "needed": 1 … 5
	// The group's own training plan for the row, where it filled it in: Format (field
	// "format", a choice ID of the framework's list, which may hold more formats than
	// TrainingFormats), Who (field "who") and When (field "when"). Empty ones are suggested.
	Format    TrainingFormat
	Who, When string
}

// Gap is a row with its gap: Needed − Current, or 0 when the current level is enough.
type Gap struct {
	Row             int
	Role            string
	Dimension       Dimension
	Current, Needed int
	Gap             int
}

// RoleGaps are one role's gaps per assessed dimension; a dimension not assessed is absent.
type RoleGaps struct {
	Role string
	Gaps map[Dimension]int
	Max  int // the largest gap
}

// CompetenceResult holds the computed figures and a training plan line per gap.
type CompetenceResult struct {
	Gaps     []Gap      // valid rows, in input order
	Roles    []RoleGaps // in the order the roles first appear
	Plan     []PlanLine // one per gap > 0: by role, then dimension
	Problems Problems
}

// Competences computes the gaps per role and dimension and suggests a training plan.
func Competences(rows []CompetenceRow) CompetenceResult {
	var res CompetenceResult
	roleIndex := map[string]int{}
	seen := map[[2]string]int{} // role key, dimension → row
	own := map[int]CompetenceRow{}
	rowOf := map[[2]string]int{} // role key, dimension → the valid row
	for i, c := range rows {
		r := rowProblems{ps: &res.Problems, row: i}
		r.required("role", c.Role)
		r.choice("dimension", string(c.Dimension), Dimensions)
		k := [2]string{key(c.Role), string(c.Dimension)}
		if j, dup := seen[k]; dup && !r.bad {
			r.add("dimension", Text{
				fmt.Sprintf("%s har allerede et niveau for denne dimension i række %d", c.Role, j+1),
				fmt.Sprintf("%s already has levels for this dimension in row %d", c.Role, j+1),
			})
		}
		for _, f := range []struct {
			field string
			v     int
		}{{"current", c.Current}, {"needed", c.Needed}} {
			if f.v < MinLevel || f.v > MaxLevel {
				r.add(f.field, Text{
					fmt.Sprintf("niveauet skal være %d-%d, ikke %d", MinLevel, MaxLevel, f.v),
					fmt.Sprintf("the level must be %d-%d, not %d", MinLevel, MaxLevel, f.v),
				})
			}
		}
		if r.bad {
			continue
		}
		seen[k] = i
		rowOf[k] = i
		g := Gap{i, c.Role, c.Dimension, c.Current, c.Needed, max(0, c.Needed-c.Current)}
		own[i] = c
		res.Gaps = append(res.Gaps, g)
		ri, ok := roleIndex[key(c.Role)]
		if !ok {
			ri = len(res.Roles)
			roleIndex[key(c.Role)] = ri
			res.Roles = append(res.Roles, RoleGaps{Role: c.Role, Gaps: map[Dimension]int{}})
		}
		res.Roles[ri].Gaps[c.Dimension] = g.Gap
		res.Roles[ri].Max = max(res.Roles[ri].Max, g.Gap)
	}
	for _, rg := range res.Roles {
		for _, d := range Dimensions {
			if gap := rg.Gaps[Dimension(d.ID)]; gap > 0 {
				row := rowOf[[2]string{key(rg.Role), d.ID}]
				res.Plan = append(res.Plan, planLine(row, rg.Role, Dimension(d.ID), gap, own[row]))
			}
		}
	}
	return res
}
