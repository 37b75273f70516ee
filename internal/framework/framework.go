// Package framework holds an assessment framework: its domains, guiding questions, glossary and
// recommendation categories, as data. A framework is loaded from JSON and validated before use;
// a case keeps a copy of the one it was made with.
package framework

// Format is the value of the "format" field of every framework file.
const Format = "helhed-framework"

// FormatVersion is the newest framework file layout this build reads.
const FormatVersion = 1

// RequiredLanguages are the languages every text must have.
var RequiredLanguages = []string{"da", "en"}

// Text is a text in several languages, keyed by language code ("da", "en", "nb").
type Text map[string]string

// In returns the text in lang, falling back to English, then Danish, then any language.
func (t Text) In(lang string) string {
	if s := t[lang]; s != "" {
		return s
	}
	for _, l := range []string{"en", "da"} {
		if s := t[l]; s != "" {
			return s
		}
	}
	for _, s := range t {
		return s
	}
	return ""
}

// Framework is a set of domains with guiding questions.
type Framework struct {
	Format          string           `json:"format"`
	FormatVersion   int              `json:"formatVersion"`
	ID              string           `json:"id"`
	Version         string           `json:"version"`
	Name            Text             `json:"name"`
	Description     Text             `json:"description"`
	Recommendations []Recommendation `json:"recommendations"`
	KnockOuts       []KnockOut       `json:"knockOuts"`
	Domains         []Domain         `json:"domains"`
	Glossary        []Term           `json:"glossary"`
}

// Recommendation is one category the group can recommend in the synthesis.
type Recommendation struct {
	ID    string `json:"id"`
	Label Text   `json:"label"`
	Help  Text   `json:"help"`
	// NeedsQuestions is true where the category only makes sense with named open questions
	// (postpone until ... is answered).
	NeedsQuestions bool `json:"needsQuestions,omitempty"`
}

// KnockOut is a must-have criterion the framework suggests; failing it can stop a technology
// whatever the other domains say. A case may also record knock-outs the framework does not list.
type KnockOut struct {
	ID     string `json:"id"`
	Domain string `json:"domain"`
	Label  Text   `json:"label"`
	Help   Text   `json:"help,omitempty"`
}

// Domain is one assessment domain.
type Domain struct {
	ID      string `json:"id"`
	Number  int    `json:"number"`
	Title   Text   `json:"title"`
	Purpose Text   `json:"purpose"`
	// Rated is false for domains that frame or conclude the assessment (scope, synthesis).
	Rated     bool       `json:"rated"`
	Anchors   []string   `json:"anchors,omitempty"`
	Questions []Question `json:"questions"`
	// Instruments are the domain's tables (instrument.go), in the order shown.
	Instruments []Instrument `json:"instruments,omitempty"`
}

// Question is a guiding question.
type Question struct {
	ID   string `json:"id"`
	Text Text   `json:"text"`
	Help Text   `json:"help,omitempty"`
	// Tags name the question's counterpart in a source framework.
	Tags []Tag `json:"tags,omitempty"`
	// Terms are glossary term IDs whose explanation is shown with the question.
	Terms []string `json:"terms,omitempty"`
}

// Tag points to the matching element of a source framework.
type Tag struct {
	Scheme string `json:"scheme"` // EUnetHTA, mini-MTV, MAST, NASSS or another named source
	Ref    string `json:"ref"`
}

// Term is a glossary entry.
type Term struct {
	ID         string `json:"id"`
	Term       Text   `json:"term"`
	Definition Text   `json:"definition"`
}

// Domain returns the domain with the given ID.
func (f *Framework) Domain(id string) (*Domain, bool) {
	for i := range f.Domains {
		if f.Domains[i].ID == id {
			return &f.Domains[i], true
		}
	}
	return nil, false
}

// Question returns the question with the given ID and the domain that holds it.
func (f *Framework) Question(id string) (*Question, *Domain, bool) {
	for i := range f.Domains {
		d := &f.Domains[i]
		for j := range d.Questions {
			if d.Questions[j].ID == id {
				return &d.Questions[j], d, true
			}
		}
	}
	return nil, nil, false
}

// Term returns the glossary term with the given ID.
func (f *Framework) Term(id string) (*Term, bool) {
	for i := range f.Glossary {
		if f.Glossary[i].ID == id {
			return &f.Glossary[i], true
		}
	}
	return nil, false
}

// Recommendation returns the recommendation category with the given ID.
func (f *Framework) Recommendation(id string) (*Recommendation, bool) {
	for i := range f.Recommendations {
		if f.Recommendations[i].ID == id {
			return &f.Recommendations[i], true
		}
	}
	return nil, false
}

// QuestionCount is the number of guiding questions in all domains.
func (f *Framework) QuestionCount() int {
	n := 0
	for _, d := range f.Domains {
		n += len(d.Questions)
	}
	return n
}
