package analysis

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/testcase"
)

func TestCompletenessByHand(t *testing.T) {
	c := testcase.Case()
	want := map[string]Completeness{
		"scope":   {Answered: 1, NotRelevant: 0, Open: 1, Total: 2},
		"need":    {Answered: 1, NotRelevant: 1, Open: 1, Total: 3}, // a blank answer is open
		"economy": {Answered: 0, NotRelevant: 0, Open: 2, Total: 2},
	}
	for _, d := range c.Framework.Domains {
		if got := DomainCompleteness(c, &d); got != want[d.ID] {
			t.Errorf("%s: %+v, want %+v", d.ID, got, want[d.ID])
		}
	}
	overall := OverallCompleteness(c)
	if overall != (Completeness{Answered: 2, NotRelevant: 1, Open: 4, Total: 7}) {
		t.Errorf("overall %+v", overall)
	}
	if overall.Percent() != 42 { // 3 of 7 done = 42.8 %, rounded down
		t.Errorf("percent %d, want 42", overall.Percent())
	}
}

func TestNotRelevantWinsOverText(t *testing.T) {
	c := testcase.Case()
	c.SetAnswer(assessment.Edit{At: testcase.At}, "economy.cost", func(a *assessment.Answer) {
		a.Text = "noget"
		a.NotRelevant = true
		a.NotRelevantReason = "betales af regionen"
	})
	if s := QuestionState(c, "economy.cost"); s != NotRelevant {
		t.Errorf("state %v, want NotRelevant", s)
	}
}

func TestProfileNeverAverages(t *testing.T) {
	c := testcase.Case()
	p := Profile(c)
	scope, need, eco := p[0], p[1], p[2]
	if scope.Rated || scope.Consensus != nil || scope.Range != nil {
		t.Errorf("scope is not rated: %+v", scope)
	}
	if need.Consensus == nil || need.Consensus.Consequence != 1 || need.Consensus.Certainty != "moderate" {
		t.Errorf("need consensus %+v", need.Consensus)
	}
	if need.Range == nil || need.Range.Min != 0 || need.Range.Max != 2 || need.Raters != 2 || need.Abstained != 1 {
		t.Errorf("need range %+v raters %d abstained %d", need.Range, need.Raters, need.Abstained)
	}
	if need.Spread() != 2 || !need.Disagreement() {
		t.Errorf("need spread %d disagreement %v, want 2 true", need.Spread(), need.Disagreement())
	}
	if eco.Consensus != nil {
		t.Errorf("economy has no consensus yet, got %+v", eco.Consensus)
	}
	if eco.Range == nil || eco.Range.Min != -1 || eco.Range.Max != -1 || eco.Disagreement() {
		t.Errorf("economy range %+v", eco.Range)
	}
}

func TestDeletedRatingsAndConsensusDoNotCount(t *testing.T) {
	c := testcase.Case()
	e := assessment.Edit{At: testcase.At}
	c.ClearConsensus(e, "need")
	for _, r := range c.RatingsFor("need") {
		if r.Consequence == 2 {
			c.DeleteRating(e, r.ID)
		}
	}
	p := ProfileOf(c, &c.Framework.Domains[1])
	if p.Consensus != nil {
		t.Errorf("cleared consensus still counts: %+v", p.Consensus)
	}
	if p.Range.Min != 0 || p.Range.Max != 0 || p.Disagreement() {
		t.Errorf("range %+v after deleting the +2 rating", p.Range)
	}
}

func TestSummary(t *testing.T) {
	s := Summarize(testcase.Case(), "en")
	if s.SummaryVersion != SummaryVersion || len(s.Domains) != 3 {
		t.Fatalf("summary %+v", s)
	}
	need := s.Domains[1]
	if need.Name != "Need and technology" || need.Spread == nil || *need.Spread != 2 || !need.Disagreement || need.KnockOuts != 1 {
		t.Errorf("need summary %+v", need)
	}
	if s.Domains[0].Spread != nil || s.Domains[0].Range != nil {
		t.Errorf("unrated domain has a spread: %+v", s.Domains[0])
	}
}

func TestSummaryHoldsInstrumentsAsTyped(t *testing.T) {
	c := testcase.Case()
	e := assessment.Edit{At: testcase.At}
	first, _ := c.AddRow(e, "log", map[string]string{"what": "Første", "hours": "1,5"})
	second, _ := c.AddRow(e, "log", map[string]string{"what": "Anden", "status": "done"})
	gone, _ := c.AddRow(e, "log", map[string]string{"what": "Slettet"})
	c.DeleteRow(e, gone.ID)
	c.MoveRow(e, second.ID, 0)
	c.SetSetting(e, "budget", "discount-rate", "3,5")

	s := Summarize(c, "da")
	if len(s.Instruments) != 2 {
		t.Fatalf("instruments %v", s.Instruments)
	}
	log := s.Instruments["log"]
	if log.Domain != "need" || log.Title != "Logbog" || log.Calculator != "" || len(log.Settings) != 0 {
		t.Errorf("log %+v", log)
	}
	if len(log.Rows) != 2 || log.Rows[0].ID != second.ID.String() || log.Rows[1].Cells["hours"] != "1,5" || log.Rows[1].ID != first.ID.String() {
		t.Errorf("log rows %+v: want the live rows in order, cells as typed", log.Rows)
	}
	budget := s.Instruments["economy"] // a calculator's instrument is under the calculator's name
	if budget.ID != "budget" || budget.Calculator != "economy" || budget.Settings["discount-rate"] != "3,5" || budget.Rows == nil || len(budget.Rows) != 0 {
		t.Errorf("budget %+v", budget)
	}
	data, err := json.Marshal(s)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`"economy":{"id":"budget","domain":"economy","title":"Budget","calculator":"economy","settings":{"discount-rate":"3,5"},"rows":[],"figures":{`,
		`"problems":[{"row":-1,"field":"horizon","message":"tomt felt"}]`,
		`"log":{"id":"log","domain":"need","title":"Logbog","calculator":"","settings":{},"rows":[{"id":"` + second.ID.String() + `","cells":{"status":"done","what":"Anden"}}`} {
		if !strings.Contains(string(data), want) {
			t.Errorf("JSON lacks %s:\n%s", want, data)
		}
	}
	// A framework without instruments gives an empty object, never null.
	c.Framework.Domains[1].Instruments, c.Framework.Domains[2].Instruments = nil, nil
	data, _ = json.Marshal(Summarize(c, "da"))
	if !strings.Contains(string(data), `"instruments":{}`) {
		t.Errorf("no instruments: %s", data)
	}
}
