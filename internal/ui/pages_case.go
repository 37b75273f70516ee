package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/widget"
)

// The pages about the whole case. Each is a navigation entry; each grows in a file of its own.

// casePage is the first entry: what is assessed, by whom (metadata and members).
func (s *caseScreen) casePage() navPage {
	return navPage{domain: -1,
		entry: func() navEntry { return navEntry{Title: tr("nav.case"), Progress: tr("nav.caseHint")} },
		build: func() fyne.CanvasObject { return widget.NewLabel(tr("nav.case")) },
	}
}

// overviewPage shows completeness, the rating profile and disagreements.
func (s *caseScreen) overviewPage() navPage {
	return navPage{domain: -1,
		entry: func() navEntry { return navEntry{Title: tr("nav.overview"), Progress: tr("nav.overviewHint")} },
		build: func() fyne.CanvasObject { return widget.NewLabel(tr("nav.overview")) },
	}
}

// synthesisPage holds the recommendation, conditions, dissent and open questions.
func (s *caseScreen) synthesisPage() navPage {
	return navPage{domain: -1,
		entry: func() navEntry { return navEntry{Title: tr("nav.synthesis"), Progress: tr("nav.synthesisHint")} },
		build: func() fyne.CanvasObject { return widget.NewLabel(tr("nav.synthesis")) },
	}
}

// reportPage makes the PDF report.
func (s *caseScreen) reportPage() navPage {
	return navPage{domain: -1,
		entry: func() navEntry { return navEntry{Title: tr("nav.report"), Progress: tr("nav.reportHint")} },
		build: func() fyne.CanvasObject { return widget.NewLabel(tr("nav.report")) },
	}
}
