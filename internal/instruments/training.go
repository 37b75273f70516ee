package instruments

// TrainingFormat is a suggested way to close a competence gap, fitted to shift work and to units
// that work weekdays only alike.
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

// PlanLine is a training plan line for one gap: the group's own format, who and when where it
// filled them in, otherwise Helhed's suggestion (a starting point the group edits).
type PlanLine struct {
	Row       int // the input row of the gap
	Role      string
	Dimension Dimension
	Gap       int
	Format    TrainingFormat
	Suggested bool // Format is Helhed's suggestion (the group chose none)
	How       Text // what a format of TrainingFormats means in practice; empty for another
	Who       Text // who trains: the group's own text in both languages, or the suggestion's
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
			"Korte moduler (5-15 minutter) og en lommevejledning, der kan tages i arbejdstiden, fx ved vagtskifte eller mellem patienter",
			"Short modules (5-15 minutes) and a pocket guide that fit into the working day, e.g. at handover or between patients",
		},
		who:  Text{"Den enkelte, med en superbruger at spørge", "Each person, with a super-user to ask"},
		when: Text{"Løbende op til ibrugtagning", "Ongoing until go-live"},
	},
	PeerTraining: {
		how: Text{
			"Superbrugere oplærer kolleger ved siden af arbejdet, på alle de tider, der arbejdes (også aften, nat og weekend, hvor afdelingen har dem)",
			"Super-users train colleagues alongside the work, at every time the unit works (evening, night and weekend too, where it has them)",
		},
		who:  Text{"Afdelingens superbrugere", "The unit's super-users"},
		when: Text{"Før ibrugtagning og de første uger efter", "Before go-live and the first weeks after"},
	},
	Retraining: {
		how: Text{
			"Planlagt kursus med tid afsat i vagt- eller arbejdsplanen, fulgt op af superbrugerstøtte i praksis",
			"A planned course with time set aside in the rota or work schedule, followed by super-user support in practice",
		},
		who:  Text{"Uddannelsesansvarlig eller leverandør; lederen afsætter tiden", "Training lead or supplier; the manager sets the time aside"},
		when: Text{"Planlægges i vagt- eller arbejdsplanen før ibrugtagning", "Scheduled in the rota or work schedule before go-live"},
	},
}

// planLine makes the plan line of a gap of row, taking the group's own format, who and when
// from own where given. Who and when suggested for a format the group chose fit that format;
// for a format Helhed has no text for, they are left empty rather than guessed.
func planLine(row int, role string, d Dimension, gap int, own CompetenceRow) PlanLine {
	l := PlanLine{Row: row, Role: role, Dimension: d, Gap: gap, Format: own.Format}
	if isBlank(string(l.Format)) {
		l.Format, l.Suggested = FormatFor(gap), true
	}
	t := trainingTexts[l.Format]
	l.How, l.Who, l.When = t.how, t.who, t.when
	if !isBlank(own.Who) {
		l.Who = Text{own.Who, own.Who}
	}
	if !isBlank(own.When) {
		l.When = Text{own.When, own.When}
	}
	return l
}
