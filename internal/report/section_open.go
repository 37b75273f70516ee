package report

import (
	"fmt"
	"strings"

	"github.com/helhed/helhed/internal/analysis"
)

// unanswered lists the guiding questions still open, domain by domain, and the open questions
// the group has written down itself.
func (d *doc) unanswered() {
	d.newPart(d.t.Unanswered)
	d.openGuidingQuestions(-1)
	d.groupOpenQuestions()
}

// openGuidingQuestions lists the open guiding questions by domain, or, when there are more than
// limit (limit >= 0), only how many there are.
func (d *doc) openGuidingQuestions(limit int) {
	open := analysis.OpenQuestions(d.c)
	total := 0
	for _, od := range open {
		total += len(od.Questions)
	}
	if total == 0 {
		d.para(smallNote, 0, d.t.AllAnswered)
		return
	}
	if limit >= 0 && total > limit {
		d.para(small, 0, fmt.Sprintf(d.t.OpenCount, d.t.integer(total), d.t.integer(len(open))))
		return
	}
	d.para(smallMuted, 0, d.t.UnansweredIntro)
	for _, od := range open {
		dm := &d.fw.Domains[od.Domain]
		d.heading(style{bold, 10.5, 5.2, accent}, d.domainTitle(dm), 3, 2*small.lineH, -1)
		for _, qid := range od.Questions {
			num := ""
			for i, q := range dm.Questions {
				if q.ID == qid {
					num = fmt.Sprintf("%d.%d", dm.Number, i+1)
					q := q
					d.hanging(smallBold, small, marginL, numberW, num, q.Text.In(d.lang), 0)
					d.gap(1)
				}
			}
		}
	}
}

// groupOpenQuestions lists the group's own open questions from the synthesis.
func (d *doc) groupOpenQuestions() {
	d.heading(h3, d.t.GroupOpen, 5, 2*small.lineH, -1)
	n := 0
	for _, q := range d.c.Synthesis.OpenQuestions {
		if strings.TrimSpace(q) == "" {
			continue
		}
		d.hanging(small, small, marginL, bulletW, "•", q, 0)
		d.gap(1)
		n++
	}
	if n == 0 {
		d.para(smallNote, 0, d.t.NoneRecorded)
	}
}
