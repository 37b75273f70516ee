package instruments

// TrainingFormat is a suggested way to close a competence gap, fitted to shift work.
type TrainingFormat string

// The formats, by the size of the gap they suit.
const (
	MicroLearning TrainingFormat = "micro-learning" // gap 1
	PeerTraining  TrainingFormat = "super-user"     // gap 2
	Retraining    TrainingFormat = "re-training"    // gap 3 or more
)

// TrainingFormats are the formats with their labels.
var TrainingFormats = []Choice{
	{string(MicroLearning), Text{"Mikrolæring", "Micro-learning"}},
	{string(PeerTraining), Text{"Superbruger- og kollegaoplæring", "Super-user and peer training"}},
	{string(Retraining), Text{"Efteruddannelse", "Re-training"}},
}

// PlanLine is a suggested training plan line for one gap: a starting point the group edits.
type PlanLine struct {
	Role      string
	Dimension Dimension
	Gap       int
	Format    TrainingFormat
	How       Text // what the format means in practice
	Who       Text // who trains
	When      Text
}

// FormatFor suggests a format for a gap: one level is bridged with short modules in the shift,
// two with super-users training colleagues on the job, three or more need planned re-training.
func FormatFor(gap int) TrainingFormat {
	switch {
	case gap <= 1:
		return MicroLearning
	case gap == 2:
		return PeerTraining
	default:
		return Retraining
	}
}

type trainingText struct{ how, who, when Text }

var trainingTexts = map[TrainingFormat]trainingText{
	MicroLearning: {
		how: Text{
			"Korte moduler (5-15 minutter) og en lommevejledning, der kan tages i vagten, fx ved vagtskifte",
			"Short modules (5-15 minutes) and a pocket guide that fit into a shift, e.g. at handover",
		},
		who:  Text{"Den enkelte, med en superbruger at spørge", "Each person, with a super-user to ask"},
		when: Text{"Løbende op til ibrugtagning", "Ongoing until go-live"},
	},
	PeerTraining: {
		how: Text{
			"Superbrugere oplærer kolleger ved siden af arbejdet, på alle vagthold (dag, aften, nat og weekend)",
			"Super-users train colleagues alongside the work, on every shift (day, evening, night and weekend)",
		},
		who:  Text{"Afdelingens superbrugere", "The unit's super-users"},
		when: Text{"Før ibrugtagning og de første uger efter", "Before go-live and the first weeks after"},
	},
	Retraining: {
		how: Text{
			"Planlagt kursus med tid afsat i vagtplanen, fulgt op af superbrugerstøtte i praksis",
			"A planned course with time set aside in the rota, followed by super-user support in practice",
		},
		who:  Text{"Uddannelsesansvarlig eller leverandør; lederen afsætter tiden", "Training lead or supplier; the manager sets the time aside"},
		when: Text{"Planlægges i vagtplanen før ibrugtagning", "Scheduled in the rota before go-live"},
	},
}

func planLine(role string, d Dimension, gap int) PlanLine {
	f := FormatFor(gap)
	t := trainingTexts[f]
	return PlanLine{Role: role, Dimension: d, Gap: gap, Format: f, How: t.how, Who: t.who, When: t.when}
}
