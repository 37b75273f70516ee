package ui

import (
	"path/filepath"

	"github.com/helhed/helhed/internal/casefile"
	"github.com/helhed/helhed/internal/instruments"
)

// The problems of a case file that cannot be opened are casefile's message IDs; their English
// formats are casefile.Messages, registered here as "casefile.<ID>" so that tr gives them in
// the UI language (Danish in resources/translations/da/casefile.json). The English is written
// once, in casefile; the CLI prints it as it is.
func init() {
	texts := map[string]string{"casefile.problem": "%s %s."} // the file's name, the problem
	for id, format := range casefile.Messages {
		texts[caseFileTextID(id)] = format
	}
	addTexts(texts)
}

func caseFileTextID(msg string) string { return "casefile." + msg }

// caseFileProblem is fe in words in the UI language: the file's name and what is wrong with it.
func caseFileProblem(fe *casefile.Error) string {
	name := filepath.Base(fe.Name)
	if _, known := casefile.Messages[fe.Msg]; !known {
		return tr("casefile.problem", name, fe.Problem)
	}
	args := make([]any, len(fe.Args))
	for i, a := range fe.Args {
		if mb, ok := a.(casefile.Megabytes); ok { // "12,5 MB" in Danish
			a = instruments.FormatNumber(float64(mb), uiLanguage(), 1) + " MB"
		}
		args[i] = a
	}
	return tr("casefile.problem", name, tr(caseFileTextID(fe.Msg), args...))
}
