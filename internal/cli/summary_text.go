package cli

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/helhed/helhed/internal/analysis"
	"github.com/helhed/helhed/internal/instruments"
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
	if n := s.OpenConflicts; n > 0 {
		conflicts := "conflicts"
		if n == 1 {
			conflicts = "conflict"
		}
		fmt.Fprintf(w, "Open conflicts: %d %s from merged copies to resolve (in the window) before the case is final\n", n, conflicts)
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
	writeInstrumentLines(w, s)
	fmt.Fprintln(w)
}

// writeInstrumentLines writes a headline per calculator whose table has rows.
func writeInstrumentLines(w io.Writer, s analysis.Summary) {
	for _, calc := range []string{"workflow", "staff-cost", "economy", "environment", "competences", "risks"} {
		in, ok := s.Instruments[calc]
		if !ok || len(in.Rows) == 0 {
			continue
		}
		var line string
		switch f := in.Figures.(type) {
		case *analysis.WorkflowSummary:
			var roles []string
			for _, r := range f.Roles {
				roles = append(roles, fmt.Sprintf("%s %s h/year", r.Role, signedNumber(r.Difference, 0)))
			}
			line = fmt.Sprintf("Workflow: %s (all roles %s h/year)", strings.Join(roles, ", "), signedNumber(f.Total.Difference, 0))
		case *analysis.StaffCostSummary:
			line = fmt.Sprintf("Staff time valued: %s kr/year for the roles with an hourly cost (time freed or spent, not cash; not in the budget)",
				signedNumber(f.Kr.Difference, 0))
			if len(f.Unpriced) > 0 {
				line += "; no hourly cost: " + strings.Join(f.Unpriced, ", ")
			}
		case *analysis.EconomySummary:
			if f.Total == nil || f.Horizon == nil {
				line = "Economy: no figures (see the settings)"
				break
			}
			line = fmt.Sprintf("Economy: budget impact base %s kr over %d years (low %s, high %s)",
				number(f.Total.Base), *f.Horizon, number(f.Total.Low), number(f.Total.High))
			if f.NetPresentCost != nil {
				line += fmt.Sprintf(", net present cost base %s kr at %s %%", number(f.NetPresentCost.Base),
					instruments.FormatNumber(*f.DiscountRate, "en", -1))
			}
		case *analysis.EnvironmentSummary:
			line = fmt.Sprintf("Environment: %s kg CO2e/year (before %s, after %s)", signedNumber(f.Total.Difference, 0),
				number(f.Total.Before), number(f.Total.After))
		case *analysis.CompetenceSummary:
			line = fmt.Sprintf("Competences: %d gaps", f.GapCount)
		case *analysis.RisksSummary:
			line = fmt.Sprintf("Risks: %d ranked", len(f.Ranked))
			if len(f.Ranked) > 0 {
				top := f.Ranked[0]
				line = fmt.Sprintf("Risks: top score %d (%s), %d ranked", top.Score, top.Description, len(f.Ranked))
			}
		default:
			continue
		}
		if in.Problems != nil && len(*in.Problems) > 0 {
			n, values := len(*in.Problems), "values"
			if n == 1 {
				values = "value"
			}
			line += fmt.Sprintf(" [%d %s to fix: figures incomplete]", n, values)
		}
		fmt.Fprintln(w, line)
	}
}

// number writes v rounded to whole units with thousands grouped: 400,000.
func number(v float64) string { return instruments.FormatNumber(v, "en", 0) }

// signedNumber is number with a sign: -268, +12, 0.
func signedNumber(v float64, decimals int) string {
	s := instruments.FormatNumber(v, "en", decimals)
	if v > 0 && strings.Trim(s, "0.,") != "" {
		s = "+" + s
	}
	return s
}

// signed writes a consequence with its sign: -1, 0, +2.
func signed(v int) string {
	if v == 0 {
		return "0"
	}
	return fmt.Sprintf("%+d", v)
}
