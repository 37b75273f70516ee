package assessment

import "github.com/helhed/helhed/internal/framework"

// Choice is one value of a closed list, with its labels.
type Choice = framework.Choice

// Categories are the technology categories (after the Topol Review, as in the seeds' survey).
var Categories = []Choice{
	{ID: "predictive-analysis", Label: framework.Text{"da": "Prædiktiv analyse", "en": "Predictive analysis"}},
	{ID: "robotics", Label: framework.Text{"da": "Robotbaseret intervention", "en": "Robot-based intervention"}},
	{ID: "telemedicine", Label: framework.Text{"da": "Telemedicin", "en": "Telemedicine"}},
	{ID: "smartphone-app", Label: framework.Text{"da": "Smartphone-app", "en": "Smartphone app"}},
	{ID: "sensors-wearables", Label: framework.Text{"da": "Sensorer og wearables", "en": "Sensors and wearables"}},
	{ID: "image-recognition", Label: framework.Text{"da": "Billedgenkendelse", "en": "Image recognition"}},
	{ID: "speech-recognition", Label: framework.Text{"da": "Talegenkendelse", "en": "Speech recognition"}},
	{ID: "vr-ar", Label: framework.Text{"da": "Virtual eller augmented reality", "en": "Virtual or augmented reality"}},
	{ID: "automated-data-analysis", Label: framework.Text{"da": "Automatiseret dataanalyse", "en": "Automated data analysis"}},
	{ID: "software-robot", Label: framework.Text{"da": "Softwarerobot (RPA)", "en": "Software robot (RPA)"}},
	{ID: "pro-data", Label: framework.Text{"da": "Patientrapporterede data (PRO)", "en": "Patient-reported outcome (PRO) data"}},
	{ID: "other", Label: framework.Text{"da": "Andet", "en": "Other"}},
}

// SourceKinds tell independent evidence from a supplier's claims.
var SourceKinds = []Choice{
	{ID: "study", Label: framework.Text{"da": "Studie", "en": "Study"}},
	{ID: "guideline", Label: framework.Text{"da": "Retningslinje", "en": "Guideline"}},
	{ID: "local-data", Label: framework.Text{"da": "Lokale data", "en": "Local data"}},
	{ID: "interview-observation", Label: framework.Text{"da": "Interview eller observation", "en": "Interview or observation"}},
	{ID: "supplier", Label: framework.Text{"da": "Leverandørmateriale", "en": "Supplier material"}},
}

// StudyDesigns apply to sources of kind "study".
var StudyDesigns = []Choice{
	{ID: "systematic-review", Label: framework.Text{"da": "Systematisk review", "en": "Systematic review"}},
	{ID: "rct", Label: framework.Text{"da": "Randomiseret kontrolleret forsøg", "en": "Randomised controlled trial"}},
	{ID: "cohort", Label: framework.Text{"da": "Kohortestudie", "en": "Cohort study"}},
	{ID: "case-control", Label: framework.Text{"da": "Case-kontrol-studie", "en": "Case-control study"}},
	{ID: "cross-sectional", Label: framework.Text{"da": "Tværsnitsstudie", "en": "Cross-sectional study"}},
	{ID: "before-after", Label: framework.Text{"da": "Før-efter-studie", "en": "Before-after study"}},
	{ID: "qualitative", Label: framework.Text{"da": "Kvalitativt studie", "en": "Qualitative study"}},
	{ID: "economic-evaluation", Label: framework.Text{"da": "Økonomisk evaluering", "en": "Economic evaluation"}},
	{ID: "case-report", Label: framework.Text{"da": "Case-rapport", "en": "Case report"}},
	{ID: "other", Label: framework.Text{"da": "Andet design", "en": "Other design"}},
}

// Certainties is the scale of certainty of the knowledge behind a rating.
var Certainties = []Choice{
	{ID: "low", Label: framework.Text{"da": "Lav", "en": "Low"}},
	{ID: "moderate", Label: framework.Text{"da": "Moderat", "en": "Moderate"}},
	{ID: "high", Label: framework.Text{"da": "Høj", "en": "High"}},
}

// Complexities is the NASSS scale of complexity.
var Complexities = []Choice{
	{ID: "simple", Label: framework.Text{"da": "Simpel", "en": "Simple"}},
	{ID: "complicated", Label: framework.Text{"da": "Kompliceret", "en": "Complicated"}},
	{ID: "complex", Label: framework.Text{"da": "Kompleks", "en": "Complex"}},
}

// Languages are the languages a case and a report can be in.
var Languages = []Choice{
	{ID: "da", Label: framework.Text{"da": "Dansk", "en": "Danish"}},
	{ID: "en", Label: framework.Text{"da": "Engelsk", "en": "English"}},
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
