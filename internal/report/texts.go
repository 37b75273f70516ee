package report

import (
	"fmt"
	"math"
	"strconv"
	"strings"
	"time"
	_ "time/tzdata" // see reportZone
)

// texts are the report's fixed words in one language. The group's own words are printed as
// written; only these labels are translated.
type texts struct {
	Kind       string // the line above the title
	ShortKind  string // the line above the title of the short decision basis
	Page       string // footer; the page and the page count
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

	// The parts of the report, as the contents and the bookmarks name them.
	Contents    string
	Cover       string // the bookmark of the cover
	Summary     string
	AboutCase   string
	Profile     string
	DomainsPart string
	Unanswered  string
	SourceList  string
	Glossary    string

	Members2       string // the members in one line on the short report's first page
	Recommended    string // "The group recommends" above the recommendation
	NoConditions   string
	NoKnockOuts    string
	Negative       string // heading: domains rated clearly negative (−2)
	NoNegative     string
	Disagreements  string // heading: where the members disagree
	NoDisagreement string
	Conclusions    string // heading: the domains' conclusions
	Domain         string // column title
	NotRated       string // a domain the framework does not rate
	ConsensusShort string // column title: the consensus in short
	Flags          string // column title
	KnockOut       string // a knock-out flag in a table

	// The full report's one-page summary.
	PageRef          string // a reference to a page, %s: "s. 23"
	CertaintyBrief   string // a consensus's certainty, %s: "moderat sikkerhed"
	NoConsensusBrief string
	NoneBrief        string // after a run-in heading: none

	KeyFigures   string
	FigQuestions string
	FigAnswered  string // %s of %s answered (%s), %s not relevant, %s open
	FigDomains   string
	FigConsensus string // %s of %s rated domains have a consensus
	FigRaters    string // %s members; %s ratings
	FigSources   string
	FigSourceMix string // %s independent, %s from the supplier
	FigFlags     string
	FigFlagMix   string // %s knock-out, %s disagreements
	FigDeadline  string

	Matrix         string // heading of the members' ratings table
	MatrixNote     string // the key under it
	Abstain        string // an abstention in the table, one or two letters
	Spread         string // column title
	ComplexDomains string // label of the list of domains the group found complex
	NoneComplex    string
	Rationales     string // heading: the rationales where members disagree

	Completeness string // %s of %s answered, %s not relevant, %s open

	UnansweredIntro string
	AllAnswered     string
	GroupOpen       string // heading: the group's own open questions
	OpenCount       string // %s open guiding questions in %s domains (short report)

	Independent   string
	IndependentOf string // explanation under the heading
	Supplier      string
	SupplierNote  string
	OtherSources  string
	CitedAt       string // %s is a list of question numbers
	NoSources     string
	GlossaryIntro string

	// The structured instruments (section_instruments.go).
	NoRows              string // an instrument with settings but no rows
	ProblemMark         string // marks a value with a problem
	Problems            string // %s values left out
	ProblemsOne         string
	ProblemKey          string
	ProblemRow          string // row %s, column %s: reason %s
	ProblemSetting      string // setting %s: reason %s
	LeftOut             string
	WfChart             string
	EcoChart            string
	EcoChartYear        string
	EcoChartLegend      string
	EnvChart            string
	FiguresIncomplete   string
	IncompleteOne       string
	IncompleteRows      string // after a key figure: %s rows left out
	IncompleteRowOne    string
	Incomplete          string // after a key figure: %s values left out
	Before              string
	After               string
	Difference          string
	Total               string
	Low                 string
	Base                string
	High                string
	WfHeading           string
	WfRole              string
	AllRoles            string
	WfWorking           string // %s days per year
	WfMoves             string
	WfMove              string // step, from, to, hours before, after
	EcoHeading          string
	EcoYear             string
	EcoSector           string
	YearTotal           string
	AllYears            string
	EcoNPV              string // base, rate, low, high
	EcoConvention       string
	EcoNoRate           string
	EcoStaffTime        string // hours
	EnvHeading          string
	EnvType             string
	EnvWorking          string
	EnvLine             string
	EnvCalc             string
	EnvKg               string
	EnvSource           string
	CompHeading         string
	CompKey             string
	CompPlan            string
	CompDimension       string
	CompGap             string
	CompFormat          string
	CompWho             string
	CompWhen            string
	RiskHeading         string
	RiskRisk            string
	RiskScore           string
	RiskMitigation      string
	RiskOwner           string
	RiskKey             string
	RiskMatrix          string
	RiskLikelihood      string
	RiskMatrixKey       string
	FigWorkflow         string
	FigWorkflowValue    string // roles with signed hours, total difference
	FigEconomy          string
	FigEconomyValue     string // npv base, rate, low, high
	FigBudgetValue      string // total, years
	FigBySector         string // the sectors' parts, when more than one sector has lines
	FigSectorPart       string // sector, amount
	FigEnvironment      string
	FigEnvironmentValue string // difference, before, after
	FigCompetences      string
	FigCompetencesValue string // roles with a gap, roles, largest gap
	FigRisks            string
	FigRisksValue       string // count, top description, score
	// Staff time valued at the hourly cost per role (section_instruments.go).
	EcoStaffValued          string // hours, kroner
	StaffHeading            string
	StaffHoursBefore        string
	StaffHoursAfter         string
	StaffHoursDiff          string
	StaffRate               string
	StaffKrBefore           string
	StaffKrAfter            string
	StaffKrDiff             string
	StaffNoRate             string
	StaffPricedTotal        string
	StaffUnpriced           string // roles
	StaffWorkflowIncomplete string
	StaffWorking            string
	StaffNoWorkflow         string
	FigStaff                string
	CompSuggested           string
	UnknownChoice           string // choice ID
	SumHours                string // roles with signed hours
	SumStaffValue           string // signed kroner
	SumUnpriced             string // roles
	SumIncomplete           string
	SumNPVLabel             string
	SumNPV                  string // npv base, rate, years
	SumBudgetLabel          string
	SumBudget               string // total, years
	SumCO2                  string // signed kg
	SumGaps                 string
	SumGap                  string // role, gap, dimension
	SumRisks                string
	SumRisk                 string // description, score

	Months [12]string
	// MonthsShort name the months in tables, where a date shares the row with other columns.
	MonthsShort [12]string
	// DateFormat arranges day, month name and year.
	DateFormat func(day int, month string, year int) string
	// Decimal and Thousands are the number separators; Percent formats a percentage.
	Decimal   string
	Thousands string
	Percent   string // %s is the number
}

var danish = texts{
	Kind:       "Medicinsk teknologivurdering",
	ShortKind:  "Beslutningsgrundlag (mini-MTV)",
	Page:       "Side %d af %d",
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

	Contents:    "Indhold",
	Cover:       "Forside",
	Summary:     "Sammenfatning",
	AboutCase:   "Om sagen",
	Profile:     "Vurderingsprofil",
	DomainsPart: "Domænerne",
	Unanswered:  "Ubesvarede spørgsmål",
	SourceList:  "Kilder",
	Glossary:    "Ordliste",

	Members2:       "Gruppen",
	Recommended:    "Gruppen anbefaler",
	NoConditions:   "Gruppen har ikke stillet betingelser.",
	NoKnockOuts:    "Ingen knock-out-kriterier er markeret.",
	Negative:       "Domæner vurderet klart negative (−2)",
	NoNegative:     "Gruppen har ikke vurderet noget domæne klart negativt.",
	Disagreements:  "Uenighed i gruppen (spænd ≥ 2)",
	NoDisagreement: "Medlemmernes vurderinger ligger højst ét trin fra hinanden i alle domæner.",
	Conclusions:    "Domænernes konklusioner",
	Domain:         "Domæne",
	NotRated:       "vurderes ikke",
	ConsensusShort: "Konsensus",
	Flags:          "Flag",
	KnockOut:       "Knock-out",

	PageRef:          "s. %s",
	CertaintyBrief:   "%s sikkerhed",
	NoConsensusBrief: "ingen konsensus",
	NoneBrief:        "ingen.",

	KeyFigures:   "Nøgletal",
	FigQuestions: "Spørgsmål",
	FigAnswered:  "%s af %s besvaret (%s) · ikke relevante: %s · ubesvarede: %s",
	FigDomains:   "Konsensus",
	FigConsensus: "%s af %s vurderede domæner",
	FigRaters:    "%s medlemmer, %s vurderinger",
	FigSources:   "Kilder",
	FigSourceMix: "%s i alt: %s uafhængige, %s fra leverandøren",
	FigFlags:     "Flag",
	FigFlagMix:   "%s knock-out, %s domæner med uenighed",
	FigDeadline:  "Frist for beslutningen",

	Matrix:         "Medlemmernes vurderinger",
	MatrixNote:     "Tallene er konsekvens (−2 til +2). ▲ markerer uenighed: medlemmernes vurderinger ligger to trin eller mere fra hinanden. u: undlader at vurdere. –: ikke vurderet.",
	Abstain:        "u",
	Spread:         "Spænd",
	ComplexDomains: "Komplekse domæner",
	NoneComplex:    "Ingen domæner er vurderet komplekse.",
	Rationales:     "Begrundelser, hvor gruppen er uenig",

	Completeness: "%s af %s spørgsmål besvaret · ikke relevante: %s · ubesvarede: %s",

	UnansweredIntro: "Vejledende spørgsmål, som gruppen hverken har besvaret eller markeret som ikke relevante.",
	AllAnswered:     "Alle vejledende spørgsmål er besvaret eller markeret som ikke relevante.",
	GroupOpen:       "Gruppens egne åbne spørgsmål",
	OpenCount:       "%s vejledende spørgsmål i %s domæner er ubesvarede; de står i den fulde rapport.",

	Independent:   "Uafhængig viden",
	IndependentOf: "Studier, retningslinjer, lokale data, interview og observation.",
	Supplier:      "Leverandørmateriale",
	SupplierNote:  "Materiale fra leverandøren er ikke uafhængig dokumentation; det er leverandørens egne oplysninger.",
	OtherSources:  "Andre kilder",
	CitedAt:       "Spørgsmål %s",
	NoSources:     "Gruppen har ingen kilder registreret.",
	GlossaryIntro: "Begreber, som rammens spørgsmål bruger.",

	NoRows:              "Ingen rækker er udfyldt.",
	ProblemMark:         "(!)",
	Problems:            "%s værdier mangler eller kan ikke læses; tallene er ufuldstændige.",
	ProblemsOne:         "1 værdi mangler eller kan ikke læses; tallene er ufuldstændige.",
	ProblemKey:          "(!) markerer en værdi, der mangler eller ikke kan læses. Rækken er udeladt af tallene:",
	ProblemRow:          "Række %s, %s: %s",
	ProblemSetting:      "%s: %s",
	LeftOut:             "udeladt",
	WfChart:             "Timer pr. år pr. faggruppe, før og efter",
	EcoChart:            "Budgetpåvirkning pr. år, alle sektorer (kr., ikke diskonteret)",
	EcoChartYear:        "År %s",
	EcoChartLegend:      "Basis; stregen viser lav-høj",
	EnvChart:            "kg CO2e pr. år, før og efter",
	FiguresIncomplete:   "Tallene nedenfor er ufuldstændige: rækker med (!) er udeladt.",
	IncompleteOne:       "(ufuldstændigt: 1 værdi udeladt)",
	IncompleteRows:      "(ufuldstændigt: %s rækker udeladt)",
	IncompleteRowOne:    "(ufuldstændigt: 1 række udeladt)",
	Incomplete:          "(ufuldstændigt: %s værdier udeladt)",
	Before:              "Før",
	After:               "Efter",
	Difference:          "Forskel",
	Total:               "I alt",
	Low:                 "Lav",
	Base:                "Basis",
	High:                "Høj",
	WfHeading:           "Timer pr. år pr. faggruppe",
	WfRole:              "Faggruppe",
	AllRoles:            "Alle faggrupper",
	WfWorking:           "Timer pr. år = minutter pr. gang × antal gange pr. periode × perioder pr. år ÷ 60, med %s dage, 52 uger og 12 måneder pr. år. Forskel = efter − før: negativ er tid, der frigøres, positiv er tid, der bruges. Timerne er tid, ikke kroner. Tallene er afrundet til hele timer, summerne regnet før afrundingen, så de kan afvige 1 fra summen af de viste tal.",
	WfMoves:             "Opgaver der flytter mellem faggrupper",
	WfMove:              "%s: fra %s til %s (%s t/år før, %s t/år efter)",
	EcoHeading:          "Budgetpåvirkning pr. år og sektor (kr., ikke diskonteret)",
	EcoYear:             "År",
	EcoSector:           "Sektor",
	YearTotal:           "Året i alt",
	AllYears:            "Alle år",
	EcoNPV:              "Nutidsværdi af nettoomkostningen: %s kr. (basis) ved %s diskonteringsrente om året; lav %s kr., høj %s kr.",
	EcoConvention:       "Konvention: år 1 = t0 og tælles fuldt; år n ganges med 1 ÷ (1 + rente)^(n − 1). Positiv er en nettoomkostning, negativ en nettobesparelse.",
	EcoNoRate:           "Ingen diskonteringsrente angivet: nutidsværdien er ikke beregnet.",
	EcoStaffTime:        "Personaletid er ikke regnet om til kroner: arbejdsgangene giver %s timer pr. år for alle faggrupper (negativ er tid, der frigøres, ikke en besparelse i kroner).",
	EnvHeading:          "kg CO2e pr. år efter linjetype",
	EnvType:             "Linjetype",
	EnvWorking:          "Beregning pr. linje: mængde × emissionsfaktor, med faktorens kilde og år",
	EnvLine:             "Linje",
	EnvCalc:             "Mængde × faktor",
	EnvKg:               "kg CO2e/år",
	EnvSource:           "Faktorens kilde (år)",
	CompHeading:         "Kompetencegab pr. faggruppe og dimension (niveauer)",
	CompKey:             "Gab = krævet niveau − nuværende niveau på KL's kompetencehjul (1-5), 0 når niveauet er nok; jo mørkere, jo større gab. – er ikke vurderet.",
	CompPlan:            "Uddannelsesplan: gruppens egen, hvor den er udfyldt, ellers Helheds forslag (tilpasset vagtarbejde)",
	CompDimension:       "Dimension",
	CompGap:             "Gab",
	CompFormat:          "Form",
	CompWho:             "Hvem",
	CompWhen:            "Hvornår",
	RiskHeading:         "Risici rangeret efter score",
	RiskRisk:            "Risiko",
	RiskScore:           "Sandsynlighed × alvorlighed = score",
	RiskMitigation:      "Tiltag",
	RiskOwner:           "Ansvarlig",
	RiskKey:             "Score = sandsynlighed (1-5) × alvorlighed (1-5); ved samme score kommer den største alvorlighed først.",
	RiskMatrix:          "Risikomatrix: antal risici pr. felt",
	RiskLikelihood:      "Sandsynlighed / alvorlighed",
	RiskMatrixKey:       "Rækker er sandsynlighed, kolonner alvorlighed; jo mørkere feltet, jo højere score.",
	FigWorkflow:         "Arbejdsgange",
	FigWorkflowValue:    "%s t/år (i alt %s)",
	FigEconomy:          "Økonomi",
	FigEconomyValue:     "nutidsværdi af nettoomkostningen %s kr. ved %s; lav %s, høj %s",
	FigBudgetValue:      "budgetpåvirkning %s kr. over %s år (ikke diskonteret)",
	FigBySector:         "; heraf %s (basis)",
	FigSectorPart:       "%s %s kr.",
	FigEnvironment:      "Miljø",
	FigEnvironmentValue: "%s kg CO2e/år (før %s, efter %s)",
	FigCompetences:      "Kompetencer",
	FigCompetencesValue: "%s af %s faggrupper har et kompetencegab; største gab %s niveauer",
	FigRisks:            "Risici",
	FigRisksValue:       "%s risici; højest: %s (score %d)",

	// Staff time valued at the hourly cost per role.
	EcoStaffValued:          "Personaletid indgår ikke i budgettet eller nutidsværdien: arbejdsgangene giver %s timer pr. år for alle faggrupper, og værdien af tiden er %s kr. pr. år for faggrupperne med timepris (se »Timepris pr. faggruppe«). Det er tid, der frigøres eller bruges, ikke en kontant besparelse.",
	StaffHeading:            "Personaletid pr. år værdisat til timepris – tid, ikke kontanter",
	StaffHoursBefore:        "Timer før",
	StaffHoursAfter:         "Timer efter",
	StaffHoursDiff:          "Forskel (t)",
	StaffRate:               "Timepris (kr.)",
	StaffKrBefore:           "Værdi før (kr.)",
	StaffKrAfter:            "Værdi efter (kr.)",
	StaffKrDiff:             "Forskel (kr.)",
	StaffNoRate:             "ingen timepris",
	StaffPricedTotal:        "I alt (kr.: kun faggrupper med timepris)",
	StaffUnpriced:           "Uden timepris, så værdien er ukendt (ikke 0): %s.",
	StaffWorkflowIncomplete: "Arbejdsgangenes timer er ufuldstændige: rækker med (!) i arbejdsgangene er udeladt.",
	StaffWorking:            "Værdi = timer pr. år × timepris. Forskel = efter − før: negativ er tid, der frigøres, positiv er tid, der bruges. Det er værdien af personalets tid, ikke en kontant besparelse: den indgår ikke i budgettet eller nutidsværdien og sparer kun penge, hvis der faktisk betales for færre timer (det skrives i så fald som en kontant linje i udgiftstabellen). Timepriserne og deres grundlag står i tabellen ovenfor.",
	StaffNoWorkflow:         "Arbejdsgangene har endnu ingen timer at værdisætte.",
	FigStaff:                "Personaletid",
	CompSuggested:           "(forslag)",
	UnknownChoice:           "ukendt valg »%s«",
	SumHours:                "%s t/år",
	SumStaffValue:           "værdi %s kr./år, ikke kontant",
	SumUnpriced:             "uden %s",
	SumIncomplete:           "(ufuldstændigt)",
	SumNPVLabel:             "Nutidsværdi",
	SumNPV:                  "%s kr. ved %s over %s år",
	SumBudgetLabel:          "Budget",
	SumBudget:               "%s kr. over %s år (ikke diskonteret)",
	SumCO2:                  "%s kg/år",
	SumGaps:                 "Største gab",
	SumGap:                  "%s %s (%s)",
	SumRisks:                "Største risici",
	SumRisk:                 "%s (%d)",
	Months: [12]string{"januar", "februar", "marts", "april", "maj", "juni", "juli", "august",
		"september", "oktober", "november", "december"},
	MonthsShort: [12]string{"jan.", "feb.", "mar.", "apr.", "maj", "jun.", "jul.", "aug.", "sep.", "okt.",
		"nov.", "dec."},
	DateFormat: func(d int, m string, y int) string { return fmt.Sprintf("%d. %s %d", d, m, y) },
	Decimal:    ",",
	Thousands:  ".",
	Percent:    "%s %%",
}

var english = texts{
	Kind:       "Health technology assessment",
	ShortKind:  "Decision basis (mini-HTA)",
	Page:       "Page %d of %d",
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

	Contents:    "Contents",
	Cover:       "Cover",
	Summary:     "Summary",
	AboutCase:   "About the case",
	Profile:     "Rating profile",
	DomainsPart: "The domains",
	Unanswered:  "Unanswered questions",
	SourceList:  "Sources",
	Glossary:    "Glossary",

	Members2:       "The group",
	Recommended:    "The group recommends",
	NoConditions:   "The group has set no conditions.",
	NoKnockOuts:    "No knock-out criteria are flagged.",
	Negative:       "Domains rated clearly negative (−2)",
	NoNegative:     "The group has rated no domain clearly negative.",
	Disagreements:  "Disagreement in the group (spread ≥ 2)",
	NoDisagreement: "In every domain the members' ratings are at most one step apart.",
	Conclusions:    "The domains' conclusions",
	Domain:         "Domain",
	NotRated:       "not rated",
	ConsensusShort: "Consensus",
	Flags:          "Flags",
	KnockOut:       "Knock-out",

	PageRef:          "p. %s",
	CertaintyBrief:   "%s certainty",
	NoConsensusBrief: "no consensus",
	NoneBrief:        "none.",

	KeyFigures:   "Key figures",
	FigQuestions: "Questions",
	FigAnswered:  "%s of %s answered (%s) · not relevant: %s · unanswered: %s",
	FigDomains:   "Consensus",
	FigConsensus: "%s of %s rated domains",
	FigRaters:    "%s members, %s ratings",
	FigSources:   "Sources",
	FigSourceMix: "%s in all: %s independent, %s from the supplier",
	FigFlags:     "Flags",
	FigFlagMix:   "%s knock-out, %s domains with disagreement",
	FigDeadline:  "Decision deadline",

	Matrix:         "The members' ratings",
	MatrixNote:     "The numbers are consequence (−2 to +2). ▲ marks disagreement: the members' ratings are two steps or more apart. a: abstained. –: not rated.",
	Abstain:        "a",
	Spread:         "Spread",
	ComplexDomains: "Complex domains",
	NoneComplex:    "No domain is rated complex.",
	Rationales:     "Rationales where the group disagrees",

	Completeness: "%s of %s questions answered · not relevant: %s · unanswered: %s",

	UnansweredIntro: "Guiding questions the group has neither answered nor marked not relevant.",
	AllAnswered:     "Every guiding question is answered or marked not relevant.",
	GroupOpen:       "The group's own open questions",
	OpenCount:       "%s guiding questions in %s domains are unanswered; the full report lists them.",

	Independent:   "Independent evidence",
	IndependentOf: "Studies, guidelines, local data, interviews and observation.",
	Supplier:      "Supplier material",
	SupplierNote:  "Material from the supplier is not independent evidence; it is the supplier's own information.",
	OtherSources:  "Other sources",
	CitedAt:       "Question %s",
	NoSources:     "The group has recorded no sources.",
	GlossaryIntro: "Terms used by the framework's questions.",

	NoRows:              "No rows filled in.",
	ProblemMark:         "(!)",
	Problems:            "%s values are missing or cannot be read; the figures are incomplete.",
	ProblemsOne:         "1 value is missing or cannot be read; the figures are incomplete.",
	ProblemKey:          "(!) marks a value that is missing or cannot be read. Its row is left out of the figures:",
	ProblemRow:          "Row %s, %s: %s",
	ProblemSetting:      "%s: %s",
	LeftOut:             "left out",
	WfChart:             "Hours per year per role, before and after",
	EcoChart:            "Budget impact per year, all sectors (DKK, undiscounted)",
	EcoChartYear:        "Year %s",
	EcoChartLegend:      "Base; the line shows low-high",
	EnvChart:            "kg CO2e per year, before and after",
	FiguresIncomplete:   "The figures below are incomplete: rows marked (!) are left out.",
	IncompleteOne:       "(incomplete: 1 value left out)",
	IncompleteRows:      "(incomplete: %s rows left out)",
	IncompleteRowOne:    "(incomplete: 1 row left out)",
	Incomplete:          "(incomplete: %s values left out)",
	Before:              "Before",
	After:               "After",
	Difference:          "Difference",
	Total:               "Total",
	Low:                 "Low",
	Base:                "Base",
	High:                "High",
	WfHeading:           "Hours per year per role",
	WfRole:              "Role",
	AllRoles:            "All roles",
	WfWorking:           "Hours per year = minutes per occurrence × occurrences per period × periods per year ÷ 60, with %s days, 52 weeks and 12 months a year. Difference = after − before: negative is time freed, positive is time spent. The hours are time, not money. The figures are rounded to whole hours and the totals worked out before rounding, so a total can differ by 1 from the sum of the figures shown.",
	WfMoves:             "Tasks that move between roles",
	WfMove:              "%s: from %s to %s (%s h/year before, %s h/year after)",
	EcoHeading:          "Budget impact per year and sector (DKK, undiscounted)",
	EcoYear:             "Year",
	EcoSector:           "Sector",
	YearTotal:           "Year total",
	AllYears:            "All years",
	EcoNPV:              "Net present cost: DKK %s (base) at a discount rate of %s a year; low DKK %s, high DKK %s.",
	EcoConvention:       "Convention: year 1 = t0 and counts in full; year n is multiplied by 1 ÷ (1 + rate)^(n − 1). Positive is a net cost, negative a net saving.",
	EcoNoRate:           "No discount rate given: the net present value is not computed.",
	EcoStaffTime:        "Staff time is not turned into money: the workflow gives %s hours per year for all roles (negative is time freed, not a cash saving).",
	EnvHeading:          "kg CO2e per year by line type",
	EnvType:             "Line type",
	EnvWorking:          "Working per line: quantity × emission factor, with the factor's source and year",
	EnvLine:             "Line",
	EnvCalc:             "Quantity × factor",
	EnvKg:               "kg CO2e/year",
	EnvSource:           "Factor source (year)",
	CompHeading:         "Competence gaps per role and dimension (levels)",
	CompKey:             "Gap = needed level − current level on KL's competence wheel (1-5), 0 when the level is enough; the darker, the larger the gap. – is not assessed.",
	CompPlan:            "Training plan: the group's own where filled in, otherwise Helhed's suggestion (fitted to shift work)",
	CompDimension:       "Dimension",
	CompGap:             "Gap",
	CompFormat:          "Format",
	CompWho:             "Who",
	CompWhen:            "When",
	RiskHeading:         "Risks ranked by score",
	RiskRisk:            "Risk",
	RiskScore:           "Likelihood × impact = score",
	RiskMitigation:      "Mitigation",
	RiskOwner:           "Owner",
	RiskKey:             "Score = likelihood (1-5) × impact (1-5); at the same score the larger impact comes first.",
	RiskMatrix:          "Risk matrix: number of risks per cell",
	RiskLikelihood:      "Likelihood / impact",
	RiskMatrixKey:       "Rows are likelihood, columns impact; the darker the cell, the higher the score.",
	FigWorkflow:         "Workflow",
	FigWorkflowValue:    "%s h/year (in all %s)",
	FigEconomy:          "Economy",
	FigEconomyValue:     "net present cost DKK %s at %s; low %s, high %s",
	FigBudgetValue:      "budget impact DKK %s over %s years (undiscounted)",
	FigBySector:         "; of which %s (base)",
	FigSectorPart:       "%s DKK %s",
	FigEnvironment:      "Environment",
	FigEnvironmentValue: "%s kg CO2e/year (before %s, after %s)",
	FigCompetences:      "Competences",
	FigCompetencesValue: "%s of %s roles have a competence gap; largest gap %s levels",
	FigRisks:            "Risks",
	FigRisksValue:       "%s risks; highest: %s (score %d)",

	// Staff time valued at the hourly cost per role.
	EcoStaffValued:          "Staff time is not in the budget or the net present cost: the workflow gives %s hours per year for all roles, and the value of that time is DKK %s per year for the roles with an hourly cost (see \"Hourly cost per role\"). It is time freed or spent, not a cash saving.",
	StaffHeading:            "Staff time per year valued at the hourly cost – time, not cash",
	StaffHoursBefore:        "Hours before",
	StaffHoursAfter:         "Hours after",
	StaffHoursDiff:          "Difference (h)",
	StaffRate:               "Hourly cost (DKK)",
	StaffKrBefore:           "Value before (DKK)",
	StaffKrAfter:            "Value after (DKK)",
	StaffKrDiff:             "Difference (DKK)",
	StaffNoRate:             "no hourly cost",
	StaffPricedTotal:        "Total (DKK: only roles with an hourly cost)",
	StaffUnpriced:           "No hourly cost, so the value is unknown (not 0): %s.",
	StaffWorkflowIncomplete: "The workflow's hours are incomplete: rows marked (!) in the workflow are left out.",
	StaffWorking:            "Value = hours per year × hourly cost. Difference = after − before: negative is time freed, positive is time spent. It is the value of staff time, not a cash saving: it is not in the budget or the net present cost and saves money only if fewer hours are actually paid for (enter that as a cash line in the cost table). The hourly costs and their basis are in the table above.",
	StaffNoWorkflow:         "The workflow has no hours to value yet.",
	FigStaff:                "Staff time",
	CompSuggested:           "(suggested)",
	UnknownChoice:           "unknown choice '%s'",
	SumHours:                "%s h/year",
	SumStaffValue:           "value DKK %s/year, not cash",
	SumUnpriced:             "without %s",
	SumIncomplete:           "(incomplete)",
	SumNPVLabel:             "Net present cost",
	SumNPV:                  "DKK %s at %s over %s years",
	SumBudgetLabel:          "Budget",
	SumBudget:               "DKK %s over %s years (undiscounted)",
	SumCO2:                  "%s kg/year",
	SumGaps:                 "Largest gaps",
	SumGap:                  "%s %s (%s)",
	SumRisks:                "Top risks",
	SumRisk:                 "%s (%d)",
	Months: [12]string{"January", "February", "March", "April", "May", "June", "July", "August",
		"September", "October", "November", "December"},
	MonthsShort: [12]string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"},
	DateFormat:  func(d int, m string, y int) string { return fmt.Sprintf("%d %s %d", d, m, y) },
	Decimal:     ".",
	Thousands:   ",",
	Percent:     "%s%%",
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
func (t *texts) isoDate(s string) string { return t.isoDateIn(s, t.Months) }

// isoDateShort is isoDate with the month's short name, for a table: "1. apr. 2026", "1 Apr 2026".
func (t *texts) isoDateShort(s string) string { return t.isoDateIn(s, t.MonthsShort) }

// isoDateIn formats a YYYY-MM-DD string with the given month names, or returns it as written.
// (A calendar day: no time zone to convert, unlike date's moments.)
func (t *texts) isoDateIn(s string, months [12]string) string {
	tm, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return s
	}
	return t.DateFormat(tm.Day(), months[tm.Month()-1], tm.Year())
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

// integer formats n with the language's thousands separator: "1.250", "1,250".
func (t *texts) integer(n int) string {
	s := strconv.Itoa(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	if neg {
		b.WriteString("−")
	}
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteString(t.Thousands)
		}
		b.WriteRune(r)
	}
	return b.String()
}

// decimal formats v with the given number of decimals and the language's separators:
// "1.250,5" in Danish, "1,250.5" in English.
func (t *texts) decimal(v float64, decimals int) string {
	s := strconv.FormatFloat(math.Abs(v), 'f', decimals, 64)
	whole, frac, _ := strings.Cut(s, ".")
	n, _ := strconv.Atoi(whole)
	out := t.integer(n)
	if v < 0 && strings.Trim(s, "0.") != "" {
		out = "−" + out
	}
	if frac != "" {
		out += t.Decimal + frac
	}
	return out
}

// percent formats part of total as a percentage with one decimal: "96,3 %", "96.3%". No
// questions at all count as complete.
func (t *texts) percent(part, total int) string {
	v := 100.0
	if total > 0 {
		v = 100 * float64(part) / float64(total)
	}
	return fmt.Sprintf(t.Percent, t.decimal(v, 1))
}
