package assessment_test

import (
	"strings"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/testcase"
)

// order lists the "what" cells of the log's live rows, in order.
func order(c *assessment.Case) string {
	var out []string
	for _, r := range c.RowsOf("log") {
		out = append(out, r.Cells["what"])
	}
	return strings.Join(out, " ")
}

func addLog(t *testing.T, c *assessment.Case, e assessment.Edit, whats ...string) []uuid.UUID {
	t.Helper()
	var ids []uuid.UUID
	for _, w := range whats {
		r, err := c.AddRow(e, "log", map[string]string{"what": w})
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, r.ID)
	}
	return ids
}

func TestRowsAreAddedInOrderAndKeepWhatWasTyped(t *testing.T) {
	c := testcase.Case()
	anna := c.Members[0].ID
	e := assessment.Edit{By: anna, At: testcase.At}
	r, err := c.AddRow(e, "log", map[string]string{"what": "Møde med leverandør", "hours": "1,5", "who": anna.String(),
		"status": "open", "role": "sygeplejerske", "date": ""})
	if err != nil {
		t.Fatal(err)
	}
	if r.Rev != 1 || r.Order != 1 || r.ChangedBy != anna || r.InstrumentID != "log" {
		t.Errorf("first row %+v", r)
	}
	if r.Cells["hours"] != "1,5" {
		t.Errorf("hours %q: a number must be kept as typed", r.Cells["hours"])
	}
	if _, ok := r.Cells["date"]; ok {
		t.Error("an empty cell is stored")
	}
	addLog(t, c, e, "b", "c")
	rows := c.RowsOf("log")
	if len(rows) != 3 || rows[1].Order != 2 || rows[2].Order != 3 || order(c) != "Møde med leverandør b c" {
		t.Errorf("rows %v", order(c))
	}
	if len(c.RowsOf("budget")) != 0 || len(c.RowsOf("nowhere")) != 0 {
		t.Error("rows of another instrument")
	}
	// RowsOf hands out copies: changing one changes nothing in the case.
	rows[0].Cells["what"] = "changed"
	if got, _ := c.Row(rows[0].ID); got.Cells["what"] != "Møde med leverandør" {
		t.Error("RowsOf shares its cells with the case")
	}
	if p := c.Check(); len(p) != 0 {
		t.Errorf("Check: %v", p)
	}
}

func TestAddRowRefusesWhatDoesNotResolve(t *testing.T) {
	c := testcase.Case()
	e := assessment.Edit{At: testcase.At}
	for _, tc := range []struct {
		instrument string
		cells      map[string]string
		want       string
	}{
		{"nowhere", nil, `"nowhere" is not an instrument`},
		{"log", map[string]string{"colour": "red"}, `log.colour: "colour" is not a column of the instrument`},
		{"log", map[string]string{"status": "closed"}, `log.status: "closed" is not a choice of "status"`},
		{"log", map[string]string{"who": "Anna"}, `log.who: "Anna" is not a member of the group`},
		{"log", map[string]string{"who": uuid.NewString()}, "is not a member of the group"},
	} {
		_, err := c.AddRow(e, tc.instrument, tc.cells)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("AddRow(%s, %v): %v, want %q", tc.instrument, tc.cells, err, tc.want)
		}
	}
	if len(c.Rows) != 0 {
		t.Errorf("%d rows after refusals", len(c.Rows))
	}
	// A deleted member still resolves (old rows name former members, as ratings do).
	c.DeleteMember(e, c.Members[1].ID)
	if _, err := c.AddRow(e, "log", map[string]string{"who": c.Members[1].ID.String()}); err != nil {
		t.Errorf("a former member: %v", err)
	}
}

func TestUpdateRowSetsAndClearsCells(t *testing.T) {
	c := testcase.Case()
	bo := c.Members[1].ID
	id := addLog(t, c, assessment.Edit{At: testcase.At}, "a")[0]
	later := assessment.Edit{By: bo, At: testcase.At.Add(time.Hour)}
	if err := c.UpdateRow(later, id, map[string]string{"hours": "2", "status": "done"}); err != nil {
		t.Fatal(err)
	}
	if err := c.SetCell(later, id, "what", ""); err != nil {
		t.Fatal(err)
	}
	r, _ := c.Row(id)
	if r.Rev != 3 || r.ChangedBy != bo || r.Cells["hours"] != "2" || r.Cells["status"] != "done" {
		t.Errorf("after updates: %+v", r)
	}
	if _, ok := r.Cells["what"]; ok {
		t.Error("a cleared cell is kept")
	}
	// Setting what is already there is not an edit.
	c.SetCell(later, id, "hours", "2")
	c.SetCell(later, id, "what", "")
	if r, _ := c.Row(id); r.Rev != 3 {
		t.Errorf("a change to nothing counted: rev %d", r.Rev)
	}
	if err := c.SetCell(later, id, "status", "lost"); err == nil {
		t.Error("an unknown choice was set")
	}
	if err := c.SetCell(later, uuid.New(), "what", "x"); err == nil {
		t.Error("updating an unknown row succeeded")
	}
	if !c.LastChanged().Equal(later.At) {
		t.Errorf("LastChanged %v", c.LastChanged())
	}
}

func TestMoveRowChangesOnlyTheMovedRow(t *testing.T) {
	c := testcase.Case()
	e := assessment.Edit{At: testcase.At}
	ids := addLog(t, c, e, "a", "b", "c", "d")
	revs := func() (out []int) {
		for _, id := range ids {
			r, _ := c.Row(id)
			out = append(out, r.Rev)
		}
		return out
	}
	steps := []struct {
		id   int
		to   int
		want string
	}{
		{3, 0, "d a b c"},  // to the top: before the first
		{3, 1, "a d b c"},  // between a and b
		{0, 99, "d b c a"}, // beyond the end: last
		{1, -5, "b d c a"}, // before the start: first
		{2, 2, "b d c a"},  // where it already is: nothing changes
	}
	for _, s := range steps {
		if err := c.MoveRow(e, ids[s.id], s.to); err != nil {
			t.Fatal(err)
		}
		if got := order(c); got != s.want {
			t.Fatalf("move %d to %d: %s, want %s", s.id, s.to, got, s.want)
		}
	}
	if got := revs(); got[0] != 2 || got[1] != 2 || got[2] != 1 || got[3] != 3 {
		t.Errorf("revisions %v: only moved rows change, once per move", got)
	}
	if err := c.MoveRow(e, uuid.New(), 0); err == nil {
		t.Error("moving an unknown row succeeded")
	}
}

func TestMoveRowRenumbersWhenNoRoomIsLeft(t *testing.T) {
	c := testcase.Case()
	e := assessment.Edit{At: testcase.At}
	ids := addLog(t, c, e, "a", "b", "c")
	// Halving the gap between a and its neighbour runs out after about 50 moves; the order must
	// stay right all the way.
	renumbered := 0
	for i := 0; i < 200; i++ {
		moved := ids[1+i%2] // b and c take turns to move right after a
		if err := c.MoveRow(e, moved, 1); err != nil {
			t.Fatal(err)
		}
		want := "a c b"
		if i%2 == 0 {
			want = "a b c"
		}
		if got := order(c); got != want {
			t.Fatalf("move %d: %s, want %s", i, got, want)
		}
		if r := c.RowsOf("log"); i > 0 && r[0].Order == 1 && r[1].Order == 2 && r[2].Order == 3 {
			renumbered++
		}
	}
	if renumbered == 0 {
		t.Error("200 moves into one gap never renumbered the rows")
	}
	if p := c.Check(); len(p) != 0 {
		t.Errorf("Check: %v", p)
	}
}

func TestDeleteRowLeavesATombstoneAndUndoBringsItBack(t *testing.T) {
	c := testcase.Case()
	e := assessment.Edit{At: testcase.At}
	ids := addLog(t, c, e, "a", "b", "c")
	if err := c.DeleteRow(e, ids[1]); err != nil {
		t.Fatal(err)
	}
	if order(c) != "a c" || len(c.Rows) != 3 || !c.Rows[1].Deleted || c.Rows[1].Cells["what"] != "b" {
		t.Errorf("after delete: %s, %+v", order(c), c.Rows[1])
	}
	if err := c.SetCell(e, ids[1], "what", "x"); err == nil {
		t.Error("a deleted row can be changed")
	}
	if err := c.MoveRow(e, ids[1], 0); err == nil {
		t.Error("a deleted row can be moved")
	}
	if err := c.UndeleteRow(e, ids[1]); err != nil {
		t.Fatal(err)
	}
	if order(c) != "a b c" || c.Rows[1].Rev != 3 {
		t.Errorf("after undo: %s, rev %d", order(c), c.Rows[1].Rev)
	}
	if err := c.UndeleteRow(e, ids[1]); err == nil {
		t.Error("undeleting a live row succeeded")
	}
	// A row added after a deletion goes after the deleted one, so undo restores the old place.
	c.DeleteRow(e, ids[2])
	addLog(t, c, e, "d")
	c.UndeleteRow(e, ids[2])
	if order(c) != "a b c d" {
		t.Errorf("after delete, add, undo: %s", order(c))
	}
}

func TestSettingsOnePerInstrument(t *testing.T) {
	c := testcase.Case()
	anna := c.Members[0].ID
	e := assessment.Edit{By: anna, At: testcase.At}
	if _, ok := c.SettingOf("budget"); ok {
		t.Fatal("a setting before any was set")
	}
	if err := c.SetSetting(e, "budget", "horizon", ""); err != nil || len(c.Settings) != 0 {
		t.Errorf("clearing an unset setting made a record: %v", err)
	}
	if err := c.SetSetting(e, "budget", "horizon", "5"); err != nil {
		t.Fatal(err)
	}
	if err := c.SetSetting(e, "budget", "discount-rate", "3,5"); err != nil {
		t.Fatal(err)
	}
	c.SetSetting(e, "budget", "horizon", "5") // no change
	s, ok := c.SettingOf("budget")
	if !ok || len(c.Settings) != 1 || s.Rev != 2 || s.Values["horizon"] != "5" || s.Values["discount-rate"] != "3,5" {
		t.Errorf("setting %+v (%d records)", s, len(c.Settings))
	}
	if got := c.SettingValues("budget")["discount-rate"]; got != "3,5" {
		t.Errorf("SettingValues: %q", got)
	}
	if got := c.SettingValues("log"); got == nil || len(got) != 0 {
		t.Errorf("SettingValues of an unset instrument: %v", got)
	}
	c.SetSetting(e, "log", "owner", anna.String())
	for _, tc := range []struct{ instrument, key, value, want string }{
		{"nowhere", "horizon", "5", `"nowhere" is not an instrument`},
		{"budget", "year", "1", `budget.year: "year" is not a setting of the instrument`},
		{"log", "owner", "Anna", "is not a member"},
	} {
		if err := c.SetSetting(e, tc.instrument, tc.key, tc.value); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("SetSetting(%s, %s, %s): %v, want %q", tc.instrument, tc.key, tc.value, err, tc.want)
		}
	}
	if p := c.Check(); len(p) != 0 {
		t.Errorf("Check: %v", p)
	}
}

func TestCheckFindsBrokenRowsAndSettings(t *testing.T) {
	c := testcase.Case()
	e := assessment.Edit{At: testcase.At}
	addLog(t, c, e, "a", "b", "c")
	c.SetSetting(e, "budget", "horizon", "5")
	c.Rows[0].InstrumentID = "gone"
	c.Rows[1].Cells["colour"] = "red"
	c.Rows[1].Cells["status"] = "closed"
	c.Rows[2].Cells["who"] = uuid.NewString()
	c.Rows[2].Cells["hours"] = "mange" // kept as typed: judged by the calculators, not by Check
	c.Settings = append(c.Settings, c.Settings[0])
	c.Settings[1].ID = uuid.New()
	c.Settings[1].Values = map[string]string{"year": "1"}
	c.Settings = append(c.Settings, assessment.InstrumentSetting{Meta: c.Settings[0].Meta, InstrumentID: "nowhere"})
	c.Settings[2].ID = uuid.New()
	want := []string{
		`rows[0].instrumentId: "gone" is not an instrument of framework small`,
		`rows[1].cells.colour: "colour" is not a column of the instrument`,
		`rows[1].cells.status: "closed" is not a choice of "status"`,
		"rows[2].cells.who:", "is not a member of the group",
		"settings[1]: duplicates settings[0]",
		`settings[1].values.year: "year" is not a setting of the instrument`,
		`settings[2].instrumentId: "nowhere" is not an instrument`,
	}
	got := strings.Join(c.Check(), "\n")
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("Check does not report %q; it said:\n%s", w, got)
		}
	}
	if strings.Contains(got, "hours") {
		t.Errorf("Check judged a typed number:\n%s", got)
	}
	// A deleted row's cells are not judged; a deleted second setting is no duplicate.
	c = testcase.Case()
	id := addLog(t, c, e, "a")[0]
	c.Rows[0].Cells["status"] = "closed"
	c.DeleteRow(e, id)
	c.SetSetting(e, "budget", "horizon", "5")
	c.Settings = append(c.Settings, c.Settings[0])
	c.Settings[1].ID = uuid.New()
	c.Settings[1].Deleted = true
	if p := c.Check(); len(p) != 0 {
		t.Errorf("tombstones: %v", p)
	}
}
