package report

import (
	"fmt"
	"time"
	_ "time/tzdata" // see reportZone
)

// texts are the report's fixed words in one language. The group's own words are printed as
// written; only these labels are translated.
type texts struct {
	Kind       string // the line above the title
	Page       string // footer; %d is the page, %s the page count
	Group      string
	Technology string
	Category   string
	Setting    string
	Decision   string
	Comparator string
	Deadline   string
	Framework  string
	Date       string
	Describe   string
	Version    string // framework version, %s
	Empty      string // a field the group has not filled in

	Members      string
	Name         string
	Profession   string
	Role         string
	NoMembers    string
	FormerMember string

	Conclusion   string
	NoConclusion string

	Ratings      string
	Member       string
	Consequence  string
	Certainty    string
	Complexity   string
	Rationale    string
	Abstained    string
	NoRatings    string
	Consensus    string
	NoConsensus  string
	Range        string // label of the members' range of consequence
	RangeTo      string // %s to %s
	Disagreement string

	KnockOuts string

	Questions           string
	NotRelevant         string // %s is the reason
	NotRelevantNoReason string
	NotAnswered         string
	Sources             string
	Appraisal           string

	Synthesis        string
	Recommendation   string
	NoRecommendation string
	Conditions       string
	Dissent          string
	OpenQuestions    string
	NoneRecorded     string

	Months [12]string
	// DateFormat arranges day, month name and year.
	DateFormat func(day int, month string, year int) string
}

var danish = texts{
	Kind:       "Medicinsk teknologivurdering",
	Page:       "Side %d af %s",
	Group:      "Gruppe",
	Technology: "Teknologi",
	Category:   "Kategori",
	Setting:    "Kontekst",
	Decision:   "Beslutning",
	Comparator: "Sammenlignes med",
	Deadline:   "Frist",
	Framework:  "Ramme",
	Date:       "Dato",
	Describe:   "Beskrivelse",
	Version:    "version %s",
	Empty:      "–",

	Members:      "Gruppens medlemmer",
	Name:         "Navn",
	Profession:   "Profession",
	Role:         "Rolle i gruppen",
	NoMembers:    "Ingen medlemmer registreret endnu.",
	FormerMember: "(tidligere medlem)",

	Conclusion:   "Gruppens konklusion",
	NoConclusion: "Ingen konklusion endnu.",

	Ratings:      "Vurderinger",
	Member:       "Medlem",
	Consequence:  "Konsekvens",
	Certainty:    "Sikkerhed",
	Complexity:   "Kompleksitet",
	Rationale:    "Begrundelse",
	Abstained:    "undlader at vurdere",
	NoRatings:    "Ingen vurderinger endnu.",
	Consensus:    "Gruppens konsensus",
	NoConsensus:  "Ingen konsensus endnu.",
	Range:        "Medlemmernes spænd",
	RangeTo:      "%s til %s",
	Disagreement: "Uenighed",

	KnockOuts: "Knock-out-kriterier",

	Questions:           "Spørgsmål",
	NotRelevant:         "Ikke relevant: %s",
	NotRelevantNoReason: "Ikke relevant",
	NotAnswered:         "Ikke besvaret endnu",
	Sources:             "Kilder",
	Appraisal:           "Vurdering",

	Synthesis:        "Syntese og anbefaling",
	Recommendation:   "Anbefaling",
	NoRecommendation: "Ingen anbefaling endnu.",
	Conditions:       "Betingelser",
	Dissent:          "Afvigende synspunkter",
	OpenQuestions:    "Åbne spørgsmål",
	NoneRecorded:     "Ingen registreret.",

	Months: [12]string{"januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
		"september", "oktober", "november", "december"},
	DateFormat: func(d int, m string, y int) string { return fmt.Sprintf("%d. %s %d", d, m, y) },
}

var english = texts{
	Kind:       "Health technology assessment",
	Page:       "Page %d of %s",
	Group:      "Group",
	Technology: "Technology",
	Category:   "Category",
	Setting:    "Setting",
	Decision:   "Decision",
	Comparator: "Compared with",
	Deadline:   "Deadline",
	Framework:  "Framework",
	Date:       "Date",
	Describe:   "Description",
	Version:    "version %s",
	Empty:      "–",

	Members:      "Members of the group",
	Name:         "Name",
	Profession:   "Profession",
	Role:         "Role in the group",
	NoMembers:    "No members recorded yet.",
	FormerMember: "(former member)",

	Conclusion:   "The group's conclusion",
	NoConclusion: "No conclusion yet.",

	Ratings:      "Ratings",
	Member:       "Member",
	Consequence:  "Consequence",
	Certainty:    "Certainty",
	Complexity:   "Complexity",
	Rationale:    "Rationale",
	Abstained:    "abstained",
	NoRatings:    "No ratings yet.",
	Consensus:    "The group's consensus",
	NoConsensus:  "No consensus yet.",
	Range:        "Members' range",
	RangeTo:      "%s to %s",
	Disagreement: "Disagreement",

	KnockOuts: "Knock-out criteria",

	Questions:           "Questions",
	NotRelevant:         "Not relevant: %s",
	NotRelevantNoReason: "Not relevant",
	NotAnswered:         "Not answered yet",
	Sources:             "Sources",
	Appraisal:           "Appraisal",

	Synthesis:        "Synthesis and recommendation",
	Recommendation:   "Recommendation",
	NoRecommendation: "No recommendation yet.",
	Conditions:       "Conditions",
	Dissent:          "Dissent",
	OpenQuestions:    "Open questions",
	NoneRecorded:     "None recorded.",

	Months: [12]string{"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December"},
	DateFormat: func(d int, m string, y int) string { return fmt.Sprintf("%d %s %d", d, m, y) },
}

// languages are the report languages, by code.
var languages = map[string]*texts{"da": &danish, "en": &english}

// reportZone is where the dates of a report are read: the users work in Denmark, and a change
// saved at 00:30 Danish time (23:30 UTC) belongs to the Danish day. The zone data is embedded
// (time/tzdata), so the date is the same on every machine, Windows included.
var reportZone = func() *time.Location {
	loc, err := time.LoadLocation("Europe/Copenhagen")
	if err != nil {
		return time.UTC
	}
	return loc
}()

// date formats t as a date in the report's language: "21. november 2026", "21 November 2026".
func (t *texts) date(tm time.Time) string {
	tm = tm.In(reportZone)
	return t.DateFormat(tm.Day(), t.Months[tm.Month()-1], tm.Year())
}

// isoDate formats a YYYY-MM-DD string as date does, or returns it as written when it is not one.
func (t *texts) isoDate(s string) string {
	tm, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return s
	}
	return t.date(tm)
}

// consequence formats a consequence as its signed value and label:
// "+1 Overvejende positiv", "0 Neutral", "−2 Clearly negative".
func consequence(v int, label string) string { return signed(v) + " " + label }

// signed formats a consequence value alone: "+1", "0", "−2".
func signed(v int) string {
	switch {
	case v > 0:
		return fmt.Sprintf("+%d", v)
	case v < 0:
		return fmt.Sprintf("−%d", -v)
	}
	return "0"
}
