package report

import (
	"strings"
)

// shortOpenLimit is the most open guiding questions the short report lists one by one; with
// more it gives their number.
const shortOpenLimit = 12

// shortReport is the short decision basis, in the spirit of the Danish mini-MTV: the decision,
// the recommendation and its conditions, the rating profile, each domain's conclusion and
// flags, the key figures and what is still unanswered. Its sections are bookmarks without a
// contents page.
func (d *doc) shortReport() {
	d.titleBlock(d.t.ShortKind)
	info := d.c.Info
	var members []string
	for _, m := range d.c.LiveMembers() {
		s := m.Name
		if strings.TrimSpace(m.Profession) != "" {
			s += " (" + m.Profession + ")"
		}
		members = append(members, s)
	}
	group := info.GroupName
	if len(members) > 0 {
		if strings.TrimSpace(group) != "" {
			group += ": "
		}
		group += strings.Join(members, ", ")
	}
	rows := [][]cell{
		d.shortRow(d.t.Decision, info.Decision),
		d.shortRow(d.t.Technology, info.Technology),
		d.shortRow(d.t.Comparator, info.Comparator),
		d.shortRow(d.t.Setting, info.Setting),
		d.shortRow(d.t.Members2, group),
		d.shortRow(d.t.Deadline, d.t.isoDate(info.Deadline)),
		d.shortRow(d.t.Framework, d.frameworkName()),
		d.shortRow(d.t.Date, d.t.date(d.c.LastChanged())),
	}
	if label, warning, ok := d.openConflicts(); ok {
		rows = append(rows, []cell{{text: label, st: style{bold, 9.5, 4.3, warn}}, {st: small}, {text: warning, st: style{bold, 9.5, 4.3, warn}}})
	}
	d.table(shortLabelled, rows)
	d.gap(2)

	d.gap(2)
	d.recommendationBand(0, false)
	d.conditions(shortLook)

	d.heading(h2, d.t.Profile, 6, 30, 0)
	d.profileChart(8.5, 0)

	d.conclusionsTable(0, shortLook)
	d.knockOutFlags(shortLook)
	d.negativeDomains(shortLook)
	d.disagreements(shortLook)
	d.dissent(shortLook)

	d.keyFigures(0)

	d.heading(h2, d.t.Unanswered, 6, 30, 0)
	d.openGuidingQuestions(shortOpenLimit)
	d.groupOpenQuestions()
}

// shortLabelled is the label–value grid of the short report's first page, in small type.
var shortLabelled = grid{
	cols: []column{{"", 34}, {"", 3}, {"", contentW - 37}},
	padY: 0.7,
}

func (d *doc) shortRow(label, value string) []cell {
	label2 := cell{text: label, st: style{bold, 9.5, 4.3, muted}}
	if strings.TrimSpace(value) == "" {
		return []cell{label2, {st: small}, {text: d.t.Empty, st: smallNote}}
	}
	return []cell{label2, {st: small}, {text: value, st: small}}
}
