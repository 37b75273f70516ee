package ui

import (
	"testing"

	"github.com/helhed/helhed/internal/testcase"
)

// BenchmarkPerspectivesLarge builds the Perspectives page of the large case (30 members,
// every rated domain rated by all) in each of its modes and lays it out (docs/performance.md).
func BenchmarkPerspectivesLarge(b *testing.B) {
	s, _ := benchScreen(b, testcase.Large())
	page := -1
	for i, p := range s.pages {
		if p.entry().Title == tr("nav.perspectives") {
			page = i
		}
	}
	for _, mode := range []struct {
		name string
		m    int
	}{{"disagree", perspDisagree}, {"side", perspSide}, {"member", perspMember}} {
		b.Run(mode.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				s.selected = -1 // build the page again
				s.SelectPage(page)
				v := s.scroll.Content.(*perspectivesView)
				if mode.m != perspDisagree {
					v.showMode(mode.m)
				}
				if mode.m == perspMember {
					v.member.choose.SetSelectedIndex(0)
				}
				frame(s)
			}
		})
	}
}
