package ui

func init() {
	addTexts(map[string]string{
		"wizard.frameworkFromFile":     "From a file…",
		"wizard.frameworkFileLabel":    "%s (from %s)",
		"wizard.frameworkHolds":        "%d domains, %d of them rated; %d questions. Version %s.",
		"wizard.frameworkBadTitle":     "The framework file cannot be used",
		"wizard.frameworkBad":          "%s is not a framework Helhed can use:",
		"wizard.frameworkMoreProblems": "… and %d more problems.",
		"wizard.frameworkBadHint":      "The framework chosen before is still chosen. Send the problems above to whoever wrote the file, for example your teacher.",
	})
}
