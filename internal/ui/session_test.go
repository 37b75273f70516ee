package ui

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/casefile"
	"github.com/helhed/helhed/internal/merge"
)

// TestEachOpeningOfACaseCountsItsTypingApart: Mette opens two copies of the group's case in
// turn on the same laptop and types a different number of letters into the title of each. Each
// opening is a session of its own, so the copy with more keystrokes does not pass for having
// seen the other: merging the two finds a conflict with both titles.
func TestEachOpeningOfACaseCountsItsTypingApart(t *testing.T) {
	group := testCase(t)
	mette := group.AddMember(testEdit(), "Mette", "Nurse", "").ID
	data, err := casefile.Encode(group)
	if err != nil {
		t.Fatal(err)
	}
	open := func() *assessment.Case {
		c, err := casefile.Decode(data, "group.mtv")
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	first, second := open(), open()
	m := newTestWindow(t, Options{Case: first})
	tapButton(t, topDialog(t, m), "Mette (Nurse)")
	typeTitle := func(text string) {
		m.screen.SelectPage(0)
		test.Type(entryWithHint(t, m.screen.scroll.Content, tr("case.titleHint")), text)
	}
	typeTitle(" – kort")
	firstSession := m.session
	if got := first.Info.Vector()[assessment.VersionKey(mette, firstSession)]; got != len([]rune(" – kort")) {
		t.Fatalf("typing 7 letters counted %d changes in the session: %v", got, first.Info.Vector())
	}

	m.showCase(second, "")
	if m.session == firstSession {
		t.Fatal("the second case shown has the first one's session")
	}
	typeTitle(" – en længere titel")
	if v := second.Info.Vector(); v[assessment.VersionKey(mette, firstSession)] != 0 || v[assessment.VersionKey(mette, m.session)] == 0 {
		t.Fatalf("the second opening's typing is counted as %v", v)
	}

	res, err := merge.Merge(group, []merge.Copy{{Name: "first.mtv", Case: first}, {Name: "second.mtv", Case: second}})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Conflicts) != 1 || res.Conflicts[0].Kind != "info" {
		t.Fatalf("conflicts %+v, want one on the case's information", res.Conflicts)
	}
	var titles []string
	for _, v := range res.Conflicts[0].Versions {
		var info assessment.Info
		if err := json.Unmarshal(v.Record, &info); err != nil {
			t.Fatal(err)
		}
		titles = append(titles, info.Title)
	}
	if len(titles) != 2 || !slices.ContainsFunc(titles, func(s string) bool { return strings.Contains(s, " – kort") }) ||
		!slices.ContainsFunc(titles, func(s string) bool { return strings.Contains(s, " – en længere titel") }) {
		t.Errorf("the conflict keeps the titles %q", titles)
	}
}
