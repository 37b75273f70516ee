package assessment

import "github.com/helhed/helhed/internal/framework"

// Choice is one value of a closed list, with its labels.
type Choice struct {
	ID    string
	Label framework.Text
}

// Categories are the technology categories (after the Topol Review, as in the seeds' survey).
var Categories = []Choice{
	{"predictive-analysis", framework.Text{"da": "Prædiktiv analyse", "en": "Predictive analysis"}},
	{"robotics", framework.Text{"da": "Robotbaseret intervention", "en": "Robot-based intervention"}},
	{"telemedicine", framework.Text{"da": "Telemedicin", "en": "Telemedicine"}},
	{"smartphone-app", framework.Text{"da": "Smartphone-app", "en": "Smartphone app"}},
	{"sensors-wearables", framework.Text{"da": "Sensorer og wearables", "en": "Sensors and wearables"}},
	{"image-recognition", framework.Text{"da": "Billedgenkendelse", "en": "Image recognition"}},
	{"speech-recognition", framework.Text{"da": "Talegenkendelse", "en": "Speech recognition"}},
	{"vr-ar", framework.Text{"da": "Virtual eller augmented reality", "en": "Virtual or augmented reality"}},
	{"automated-data-analysis", framework.Text{"da": "Automatiseret dataanalyse", "en": "Automated data analysis"}},
	{"software-robot", framework.Text{"da": "Softwarerobot (RPA)", "en": "Software robot (RPA)"}},
	{"pro-data", framework.Text{"da": "Patientrapporterede data (PRO)", "en": "Patient-reported outcome (PRO) data"}},
	{"other", framework.Text{"da": "Andet", "en": "Other"}},
}

// SourceKinds tell independent evidence from a supplier's claims.
var SourceKinds = []Choice{
	{"study", framework.Text{"da": "Studie", "en": "Study"}},
	{"guideline", framework.Text{"da": "Retningslinje", "en": "Guideline"}},
	{"local-data", framework.Text{"da": "Lokale data", "en": "Local data"}},
	{"interview-observation", framework.Text{"da": "Interview eller observation", "en": "Interview or observation"}},
	{"supplier", framework.Text{"da": "Leverandørmateriale", "en": "Supplier material"}},
}

// StudyDesigns apply to sources of kind "study".
var StudyDesigns = []Choice{
	{"systematic-review", framework.Text{"da": "Systematisk review", "en": "Systematic review"}},
	{"rct", framework.Text{"da": "Randomiseret kontrolleret forsøg", "en": "Randomised controlled trial"}},
	{"cohort", framework.Text{"da": "Kohortestudie", "en": "Cohort study"}},
	{"case-control", framework.Text{"da": "Case-kontrol-studie", "en": "Case-control study"}},
	{"cross-sectional", framework.Text{"da": "Tværsnitsstudie", "en": "Cross-sectional study"}},
	{"before-after", framework.Text{"da": "Før-efter-studie", "en": "Before-after study"}},
	{"qualitative", framework.Text{"da": "Kvalitativt studie", "en": "Qualitative study"}},
	{"economic-evaluation", framework.Text{"da": "Økonomisk evaluering", "en": "Economic evaluation"}},
	{"case-report", framework.Text{"da": "Case-rapport", "en": "Case report"}},
	{"other", framework.Text{"da": "Andet design", "en": "Other design"}},
}

// Certainties is the scale of certainty of the knowledge behind a rating.
var Certainties = []Choice{
	{"low", framework.Text{"da": "Lav", "en": "Low"}},
	{"moderate", framework.Text{"da": "Moderat", "en": "Moderate"}},
	{"high", framework.Text{"da": "Høj", "en": "High"}},
}

// Complexities is the NASSS scale of complexity.
var Complexities = []Choice{
	{"simple", framework.Text{"da": "Simpel", "en": "Simple"}},
	{"complicated", framework.Text{"da": "Kompliceret", "en": "Complicated"}},
	{"complex", framework.Text{"da": "Kompleks", "en": "Complex"}},
}

// Languages are the languages a case and a report can be in.
var Languages = []Choice{
	{"da", framework.Text{"da": "Dansk", "en": "Danish"}},
	{"en", framework.Text{"da": "Engelsk", "en": "English"}},
}

// Consequence bounds.
const (
	MinConsequence = -2
	MaxConsequence = 2
)

// ConsequenceLabels name each point of the consequence scale, from -2 to +2.
var ConsequenceLabels = [5]framework.Text{
	{"da": "Klart negativ", "en": "Clearly negative"},
	{"da": "Overvejende negativ", "en": "Mostly negative"},
	{"da": "Neutral", "en": "Neutral"},
	{"da": "Overvejende positiv", "en": "Mostly positive"},
	{"da": "Klart positiv", "en": "Clearly positive"},
}

// ConsequenceLabel returns the label of consequence v in lang.
func ConsequenceLabel(v int, lang string) string {
	if v < MinConsequence || v > MaxConsequence {
		return ""
	}
	return ConsequenceLabels[v-MinConsequence].In(lang)
}

// Find returns the choice with the given ID.
func Find(list []Choice, id string) (Choice, bool) {
	for _, c := range list {
		if c.ID == id {
			return c, true
		}
	}
	return Choice{}, false
}

// Label returns the label of id in list in lang, or id itself when it is not in the list.
func Label(list []Choice, id, lang string) string {
	if c, ok := Find(list, id); ok {
		return c.Label.In(lang)
	}
	return id
}
