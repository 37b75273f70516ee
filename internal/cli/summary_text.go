package cli

import (
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/helhed/helhed/internal/analysis"
)

// writeSummaryText writes the summary for a person: one line per domain.
func writeSummaryText(w io.Writer, file string, s analysis.Summary) {
	o := s.Overall
	fmt.Fprintf(w, "%s: %s\n", file, s.Title)
	fmt.Fprintf(w, "Completeness: %d of %d questions done (%d%%): %d answered, %d not relevant, %d open\n",
		o.Done(), o.Total, o.Percent(), o.Answered, o.NotRelevant, o.Open)
	if s.Recommendation != "" {
		fmt.Fprintf(w, "Recommendation: %s\n", s.Recommendation)
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "#\tDomain\tDone\tConsensus\tMembers\tSpread\t")
	for _, d := range s.Domains {
		cons, members, spread := "", "", ""
		if d.Rated {
			cons = "none yet"
			if c := d.Consensus; c != nil {
				cons = fmt.Sprintf("%s %s, %s", signed(c.Consequence), c.Certainty, c.Complexity)
			}
			members = "no ratings"
			if r := d.Range; r != nil {
				members = signed(r.Min) + ".." + signed(r.Max)
			}
			if d.Spread != nil {
				spread = fmt.Sprint(*d.Spread)
				if d.Disagreement {
					spread += " discuss"
				}
			}
		} else {
			cons = "not rated"
		}
		name := d.Name
		if d.KnockOuts > 0 {
			name += fmt.Sprintf(" [%d knock-out]", d.KnockOuts)
		}
		fmt.Fprintf(tw, "%d\t%s\t%d/%d\t%s\t%s\t%s\t\n", d.Number, name, d.Completeness.Done(),
			d.Completeness.Total, cons, members, spread)
	}
	tw.Flush()
	fmt.Fprintln(w)
}

// signed writes a consequence with its sign: -1, 0, +2.
func signed(v int) string {
	if v == 0 {
		return "0"
	}
	return fmt.Sprintf("%+d", v)
}
