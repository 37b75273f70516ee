package ui

import (
	"fyne.io/fyne/v2"
)

// The pages about the whole case. Each is a navigation entry whose page is built in a file of
// its own (overview.go, synthesis.go, reportpage.go) each time it is shown, from the case as it
// is then.

// casePage is in casepage.go.

// overviewPage shows completeness, the rating profile, complexity, disagreements and open
// questions.
func (s *caseScreen) overviewPage() navPage {
	return navPage{domain: -1,
		entry: func() navEntry { return navEntry{Title: tr("nav.overview"), Progress: tr("nav.overviewHint")} },
		build: func() fyne.CanvasObject { return newOverviewView(s) },
	}
}

// synthesisPage holds the recommendation, conditions, dissent and open questions.
func (s *caseScreen) synthesisPage() navPage {
	return navPage{domain: -1,
		entry: func() navEntry { return navEntry{Title: tr("nav.synthesis"), Progress: tr("nav.synthesisHint")} },
		build: func() fyne.CanvasObject { return newSynthesisView(s) },
	}
}

// reportPage makes the PDF report.
func (s *caseScreen) reportPage() navPage {
	return navPage{domain: -1,
		entry: func() navEntry { return navEntry{Title: tr("nav.report"), Progress: tr("nav.reportHint")} },
		build: func() fyne.CanvasObject { return newReportView(s) },
	}
}
