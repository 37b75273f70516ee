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

// Styles of a part's heading and the cover.
var (
	h1        = style{bold, 18, 8, accent}
	coverKind = style{bold, 11, 5.5, accent}
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
	return []cell{{text: label, st: dlLabel}, {text: "", st: dlValue}, value}
}

// row is one label–value line; an empty value prints as a dash.
func (d *doc) row(label, value string) []cell {
	if strings.TrimSpace(value) == "" {
		return labelledRow(label, cell{text: d.t.Empty, st: dlNote})
	}
	return labelledRow(label, cell{text: value, st: dlValue})
}

// newPart starts a part of the report on a new page: a bookmark, the contents' entry and a
// large heading over a rule.
func (d *doc) newPart(title string) {
	if d.capture != nil {
		d.capture.partHeading(title)
		return
	}
	if d.pdf.PageNo() > 0 {
		d.pdf.AddPage()
	}
	d.partHeading(title)
}

// partHeading prints a part's heading at the cursor and marks it.
func (d *doc) partHeading(title string) {
	d.mark(title, 0)
	d.use(h1)
	d.lines(h1, marginL, contentW, d.split(title, contentW))
	d.pdf.SetY(d.pdf.GetY() + 1)
	d.setDraw(accent)
	d.pdf.SetLineWidth(0.5)
	y := d.pdf.GetY()
	d.pdf.Line(marginL, y, marginL+24, y)
	d.pdf.SetY(y + 5)
}

// frameworkName is the framework's name and version.
func (d *doc) frameworkName() string {
	fw := d.fw.Name.In(d.lang)
	if d.fw.Version != "" {
		fw += ", " + fmt.Sprintf(d.t.Version, d.fw.Version)
	}
	return fw
}

// titleBlock prints the kind of report over the case's title, marked as the cover.
func (d *doc) titleBlock(kind string) {
	d.pdf.AddPage()
	d.mark(d.t.Cover, 0)
	y := d.pdf.GetY()
	d.setFill(accent)
	d.pdf.Rect(marginL, y, 24, 1.4, "F")
	d.pdf.SetY(y + 5)
	d.para(coverKind, 0, kind)
	d.para(title, 0, d.c.Info.Title)
	d.gap(2)
	d.rule(4)
}

// cover is the first page: what is assessed, for which decision, by whom and with what.
func (d *doc) cover() {
	d.titleBlock(d.t.Kind)
	info := d.c.Info
	rows := [][]cell{
		d.row(d.t.Technology, info.Technology),
		d.row(d.t.Setting, info.Setting),
		d.row(d.t.Decision, info.Decision),
		d.row(d.t.Deadline, d.t.isoDate(info.Deadline)),
		d.row(d.t.Group, info.GroupName),
		d.row(d.t.Framework, d.frameworkName()),
		d.row(d.t.Date, d.t.date(d.c.LastChanged())),
	}
	if label, warning, ok := d.openConflicts(); ok {
		rows = append(rows, labelledRow(label, cell{text: warning, st: dlWarn}))
	}
	d.table(labelled, rows)
	d.membersSection()
}

// aboutCase prints what the cover leaves out: the category, the comparator and the group's
// description of the case; then the key figures.
func (d *doc) aboutCase() {
	d.newPart(d.t.AboutCase)
	info := d.c.Info
	category := ""
	if info.Category != "" {
		category = assessment.Label(assessment.Categories, info.Category, d.lang)
	}
	rows := [][]cell{
		d.row(d.t.Technology, info.Technology),
		d.row(d.t.Category, category),
		d.row(d.t.Setting, info.Setting),
		d.row(d.t.Comparator, info.Comparator),
	}
	d.table(labelled, rows)
	if strings.TrimSpace(info.Description) != "" {
		d.heading(h3, d.t.Describe, 4, 3*body.lineH, -1)
		d.para(body, 0, info.Description)
	}
	d.keyFigures(-1)
}

// membersSection lists the group's members.
func (d *doc) membersSection() {
	members := d.c.LiveMembers()
	if len(members) == 0 {
		d.heading(h3, d.t.Members, 4, 2*body.lineH, -1)
		d.para(note, 0, d.t.NoMembers)
		return
	}
	g := grid{
		cols:   []column{{d.t.Name, 50}, {d.t.Profession, 62}, {d.t.Role, contentW - 112}},
		header: true, rules: true, padX: 1.8, padY: 1.4,
	}
	rows := make([][]cell, len(members))
	for i, m := range members {
		rows[i] = []cell{{text: m.Name, st: small}, {text: m.Profession, st: small}, {text: m.Role, st: small}}
	}
	wrapped := d.wrapRows(g, rows)
	d.heading(h3, d.t.Members, 5, min(d.tableHeight(g, wrapped), keepTable), -1)
	d.tableWrapped(g, wrapped)
}
