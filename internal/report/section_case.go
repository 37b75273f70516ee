package report

import (
	"fmt"
	"strings"

	"github.com/helhed/helhed/internal/assessment"
)

// Styles of label–value lists (the case information, a domain's consensus).
var (
	dlLabel = style{bold, 10, 5, muted}
	dlValue = style{regular, 10, 5, ink}
	dlNote  = style{italic, 10, 5, muted}
	dlWarn  = style{bold, 10, 5, warn}
)

// labelled is the grid of a label–value list: labels, a gutter, values.
var labelled = grid{
	cols:  []column{{"", 43}, {"", 4}, {"", contentW - 47}},
	padX:  0,
	padY:  0.9,
	rules: false,
}

// labelledRow is one line of a label–value list.
func labelledRow(label string, value cell) []cell {
	return []cell{{label, dlLabel}, {"", dlValue}, value}
}

// row is one label–value line; an empty value prints as a dash.
func (d *doc) row(label, value string) []cell {
	if strings.TrimSpace(value) == "" {
		return labelledRow(label, cell{d.t.Empty, dlNote})
	}
	return labelledRow(label, cell{value, dlValue})
}

// titleSection prints the kind of report and the case's title.
func (d *doc) titleSection() {
	d.para(kicker, 0, d.t.Kind)
	d.para(title, 0, d.c.Info.Title)
	d.gap(1)
	d.rule(4)
}

// infoSection lists what the case is about: group, technology, decision, framework, date.
func (d *doc) infoSection() {
	info := d.c.Info
	fw := d.fw.Name.In(d.lang)
	if d.fw.Version != "" {
		fw += ", " + fmt.Sprintf(d.t.Version, d.fw.Version)
	}
	category := ""
	if info.Category != "" {
		category = assessment.Label(assessment.Categories, info.Category, d.lang)
	}
	rows := [][]cell{
		d.row(d.t.Group, info.GroupName),
		d.row(d.t.Technology, info.Technology),
		d.row(d.t.Category, category),
		d.row(d.t.Setting, info.Setting),
		d.row(d.t.Decision, info.Decision),
		d.row(d.t.Comparator, info.Comparator),
		d.row(d.t.Deadline, d.t.isoDate(info.Deadline)),
		d.row(d.t.Framework, fw),
		d.row(d.t.Date, d.t.date(d.c.LastChanged())),
	}
	if strings.TrimSpace(info.Description) != "" {
		rows = append(rows, d.row(d.t.Describe, info.Description))
	}
	d.table(labelled, rows)
}

// membersSection lists the group's members.
func (d *doc) membersSection() {
	members := d.c.LiveMembers()
	if len(members) == 0 {
		d.heading(h3, d.t.Members, 4, 2*body.lineH, 0)
		d.para(note, 0, d.t.NoMembers)
		return
	}
	g := grid{
		cols:   []column{{d.t.Name, 56}, {d.t.Profession, 56}, {d.t.Role, contentW - 112}},
		header: true, rules: true, padX: 1.8, padY: 1.4,
	}
	rows := make([][]cell, len(members))
	for i, m := range members {
		rows[i] = []cell{{m.Name, small}, {m.Profession, small}, {m.Role, small}}
	}
	d.heading(h3, d.t.Members, 4, min(d.tableHeight(g, rows), keepTable), 0)
	d.table(g, rows)
}
