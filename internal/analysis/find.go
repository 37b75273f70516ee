package analysis

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/assessment"
)

// Place is the part of the case a found text belongs to: what the window shows to get there.
type Place int

// The places of a case.
const (
	PlaceCase         Place = iota // the case's information and members
	PlaceDomain                    // a domain: its questions, answers, sources, ratings, conclusion
	PlaceSynthesis                 // the recommendation, conditions, dissent and open questions
	PlacePerspectives              // the Perspectives page: the group's discussion notes
	PlaceGlossary                  // the Glossary: the group's own terms
)

// Field is the kind of text a match is in.
type Field string

// The fields Find looks in.
const (
	FieldInfo           Field = "info"           // the case's title, technology, setting, decision, ...
	FieldMember         Field = "member"         // a member's name, profession or role
	FieldDomain         Field = "domain"         // a domain's title or purpose
	FieldQuestion       Field = "question"       // a guiding question
	FieldHelp           Field = "help"           // a question's help text
	FieldAnswer         Field = "answer"         // the group's answer
	FieldReason         Field = "reason"         // why a question is not relevant
	FieldSource         Field = "source"         // a source's citation, link or appraisal
	FieldRating         Field = "rating"         // a member's rationale for a rating
	FieldConsensus      Field = "consensus"      // the rationale of the group's rating
	FieldConclusion     Field = "conclusion"     // the domain's conclusion
	FieldKnockOut       Field = "knockOut"       // a knock-out flag's title or reason
	FieldRecommendation Field = "recommendation" // the recommendation chosen
	FieldCondition      Field = "condition"      // a condition of the recommendation
	FieldDissent        Field = "dissent"        // recorded dissent
	FieldOpenQuestion   Field = "openQuestion"   // an open question
	FieldDiscussion     Field = "discussion"     // a discussion note on a disagreement
	FieldTerm           Field = "term"           // a term of the group's glossary or its definition
)

// Match is one text of the case that contains what was searched for.
type Match struct {
	Place      Place
	Field      Field
	DomainID   string    // the domain, for matches in a domain
	QuestionID string    // the question, for matches in a question, its answer or its sources
	MemberID   uuid.UUID // the member, for a member or a member's rating
	// Part is, for FieldInfo, the field of the case's information (title, technology, ...); for
	// FieldDiscussion, the scale the note is about (assessment.Scales).
	Part       string
	TermID     uuid.UUID // the group's term, for FieldTerm
	Text       string    // the whole text that matched
	Start, End int       // the first occurrence in Text, as byte offsets
}

// Find lists every text of case c that contains query, ignoring case, in the order the window
// shows them: the case page, each domain from first to last (question by question), the
// discussion notes (on the Perspectives page, by domain and scale), the synthesis, and last the
// group's own glossary terms (the Glossary dialog). Framework texts (domains, questions, help)
// are searched in language lang. A text with several occurrences is one match. An empty query
// finds nothing.
func Find(c *assessment.Case, query, lang string) []Match {
	query = strings.TrimSpace(query)
	if query == "" || c == nil {
		return nil
	}
	var out []Match
	look := func(m Match, text string) {
		if start, end, ok := indexFold(text, query); ok {
			m.Text, m.Start, m.End = text, start, end
			out = append(out, m)
		}
	}

	for _, f := range []struct{ part, text string }{
		{"title", c.Info.Title}, {"groupName", c.Info.GroupName}, {"technology", c.Info.Technology},
		{"description", c.Info.Description}, {"setting", c.Info.Setting}, {"decision", c.Info.Decision},
		{"comparator", c.Info.Comparator},
	} {
		look(Match{Place: PlaceCase, Field: FieldInfo, Part: f.part}, f.text)
	}
	for _, m := range c.LiveMembers() {
		for _, text := range []string{m.Name, m.Profession, m.Role} {
			look(Match{Place: PlaceCase, Field: FieldMember, MemberID: m.ID}, text)
		}
	}

	if c.Framework != nil {
		for _, d := range c.Framework.Domains {
			in := Match{Place: PlaceDomain, DomainID: d.ID}
			at := func(f Field) Match { m := in; m.Field = f; return m }
			look(at(FieldDomain), d.Title.In(lang))
			look(at(FieldDomain), d.Purpose.In(lang))
			for _, q := range d.Questions {
				inQ := func(f Field) Match { m := at(f); m.QuestionID = q.ID; return m }
				look(inQ(FieldQuestion), q.Text.In(lang))
				look(inQ(FieldHelp), q.Help.In(lang))
				if a, ok := c.Answer(q.ID); ok {
					look(inQ(FieldAnswer), a.Text)
					if a.NotRelevant {
						look(inQ(FieldReason), a.NotRelevantReason)
					}
				}
				for _, s := range c.SourcesFor(q.ID) {
					for _, text := range []string{s.Citation, s.Link, s.Appraisal} {
						look(inQ(FieldSource), text)
					}
				}
			}
			for _, r := range c.RatingsFor(d.ID) {
				m := at(FieldRating)
				m.MemberID = r.MemberID
				look(m, r.Rationale)
			}
			if cons, ok := c.ConsensusFor(d.ID); ok {
				look(at(FieldConsensus), cons.Rationale)
			}
			look(at(FieldConclusion), c.ConclusionFor(d.ID))
			for _, k := range c.KnockOutsFor(d.ID) {
				look(at(FieldKnockOut), k.Title)
				look(at(FieldKnockOut), k.Reason)
			}
		}
	}

	if c.Framework != nil {
		for _, d := range c.Framework.Domains {
			for _, n := range c.DiscussionsFor(d.ID) {
				look(Match{Place: PlacePerspectives, Field: FieldDiscussion, DomainID: d.ID, Part: n.Scale}, n.Note)
			}
		}
	}

	syn := func(f Field) Match { return Match{Place: PlaceSynthesis, Field: f} }
	if id := c.Synthesis.Recommendation; id != "" && c.Framework != nil {
		for _, r := range c.Framework.Recommendations {
			if r.ID == id {
				look(syn(FieldRecommendation), r.Label.In(lang))
			}
		}
	}
	for _, text := range c.Synthesis.Conditions {
		look(syn(FieldCondition), text)
	}
	look(syn(FieldDissent), c.Synthesis.Dissent)
	for _, text := range c.Synthesis.OpenQuestions {
		look(syn(FieldOpenQuestion), text)
	}
	for _, t := range c.LiveTerms() {
		look(Match{Place: PlaceGlossary, Field: FieldTerm, TermID: t.ID}, t.Term)
		look(Match{Place: PlaceGlossary, Field: FieldTerm, TermID: t.ID}, t.Definition)
	}
	return out
}

// Snippet is the match in context for a list of results: up to radius letters before and after
// the occurrence, cut at spaces where possible and marked with "…" where the text goes on, on one
// line.
func (m Match) Snippet(radius int) (before, hit, after string) {
	before, hit, after = m.Text[:m.Start], m.Text[m.Start:m.End], m.Text[m.End:]
	before = oneLine(before)
	after = oneLine(after)
	if r := []rune(before); len(r) > radius {
		cut := string(r[len(r)-radius:])
		if i := strings.IndexByte(cut, ' '); i >= 0 && i < len(cut)-1 {
			cut = cut[i+1:]
		}
		before = "…" + cut
	}
	if r := []rune(after); len(r) > radius {
		cut := string(r[:radius])
		if i := strings.LastIndexByte(cut, ' '); i > 0 {
			cut = cut[:i]
		}
		after = cut + "…"
	}
	return before, oneLine(hit), after
}

// oneLine replaces line breaks and tabs with spaces.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r == '\n' || r == '\r' || r == '\t' {
			return ' '
		}
		return r
	}, s)
}

// indexFold finds the first occurrence of query in text, ignoring case (Unicode simple folding:
// "ø" finds "Ø"), and returns its byte offsets in text.
func indexFold(text, query string) (start, end int, ok bool) {
	if query == "" || len(text) == 0 {
		return 0, 0, false
	}
	// Jump from one occurrence of the query's first letter, in any case, to the next.
	first, _ := utf8.DecodeRuneInString(query)
	firsts := string(first)
	for f := unicode.SimpleFold(first); f != first; f = unicode.SimpleFold(f) {
		firsts += string(f)
	}
	for pos := 0; pos < len(text); {
		k := strings.IndexAny(text[pos:], firsts)
		if k < 0 {
			return 0, 0, false
		}
		i := pos + k
		if j, ok := hasPrefixFold(text, i, query); ok {
			return i, j, true
		}
		_, size := utf8.DecodeRuneInString(text[i:])
		pos = i + size
	}
	return 0, 0, false
}

// hasPrefixFold reports whether text from byte i on starts with query ignoring case, and where
// the match ends.
func hasPrefixFold(text string, i int, query string) (int, bool) {
	j := i
	for _, q := range query {
		if j >= len(text) {
			return 0, false
		}
		t, size := utf8.DecodeRuneInString(text[j:])
		if !sameLetter(t, q) {
			return 0, false
		}
		j += size
	}
	return j, true
}

// sameLetter reports whether a and b are the same letter ignoring case.
func sameLetter(a, b rune) bool {
	if a == b {
		return true
	}
	for f := unicode.SimpleFold(a); f != a; f = unicode.SimpleFold(f) {
		if f == b {
			return true
		}
	}
	return false
}
