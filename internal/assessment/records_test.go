package assessment_test

import (
	"reflect"
	"testing"
	"time"

	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/testcase"
)

// TestEachMetaSeesEveryKind: every record of the case, in every field of Case that holds records
// (a struct embedding Meta, or a list of them), is walked by EachMeta. A kind of record added to
// the case and not to EachMeta fails here, before its changes go missing from the last change.
func TestEachMetaSeesEveryKind(t *testing.T) {
	var c assessment.Case
	want := map[uuid.UUID]string{}
	metaType := reflect.TypeOf(assessment.Meta{})
	v := reflect.ValueOf(&c).Elem()
	for i := range v.NumField() {
		f, name := v.Field(i), v.Type().Field(i).Name
		stamp := func(rec reflect.Value) {
			id := uuid.New()
			rec.FieldByName("Meta").Set(reflect.ValueOf(assessment.Meta{ID: id}))
			want[id] = name
		}
		switch {
		case f.Kind() == reflect.Struct && hasField(f.Type(), metaType):
			stamp(f)
		case f.Kind() == reflect.Slice && f.Type().Elem().Kind() == reflect.Struct && hasField(f.Type().Elem(), metaType):
			f.Set(reflect.MakeSlice(f.Type(), 2, 2))
			stamp(f.Index(0))
			stamp(f.Index(1))
		}
	}
	if len(want) < 2*12 {
		t.Fatalf("found only %d records to look for: the test no longer sees the case's kinds", len(want))
	}
	c.EachMeta(func(m assessment.Meta) { delete(want, m.ID) })
	for _, name := range want {
		t.Errorf("EachMeta does not walk Case.%s", name)
	}
}

func hasField(t, field reflect.Type) bool {
	for i := range t.NumField() {
		if f := t.Field(i); f.Anonymous && f.Type == field {
			return true
		}
	}
	return false
}

// The latest change and who made it count the group's glossary, discussion notes and the
// resolving of a conflict as changes like any other.
func TestLastChangedByFindsEveryKindOfChange(t *testing.T) {
	c := testcase.Case()
	anna, bo := c.Members[0].ID, c.Members[1].ID
	at := c.LastChanged().Add(time.Hour)
	c.AddTerm(assessment.Edit{By: bo, At: at}, "Tilsyn", "Et planlagt besøg.")
	if !c.LastChanged().Equal(at) || c.LastChangedBy() != bo {
		t.Errorf("after Bo's term: %v by %v, want %v by Bo", c.LastChanged(), c.LastChangedBy(), at)
	}
	at = at.Add(time.Hour)
	if _, err := c.SetDiscussion(assessment.Edit{By: anna, At: at}, c.Framework.Domains[0].ID, assessment.ScaleCertainty, "Lav evidens."); err != nil {
		t.Fatal(err)
	}
	if c.LastChangedBy() != anna {
		t.Errorf("after Anna's discussion note: by %v, want Anna", c.LastChangedBy())
	}
	// A conflict resolved by Bo later still is a change by Bo.
	at = at.Add(time.Hour)
	c.Conflicts = append(c.Conflicts, assessment.Conflict{Meta: assessment.Meta{ID: uuid.New(), Rev: 2, ChangedAt: at, ChangedBy: bo, Deleted: true}, Kind: "answers"})
	if !c.LastChanged().Equal(at) || c.LastChangedBy() != bo {
		t.Errorf("after Bo resolved a conflict: %v by %v", c.LastChanged(), c.LastChangedBy())
	}
	// Nobody at the keyboard: nobody named.
	at = at.Add(time.Hour)
	c.AddTerm(assessment.Edit{At: at}, "Visitation", "Afgørelsen om hjælp.")
	if c.LastChangedBy() != uuid.Nil {
		t.Errorf("a change with nobody chosen is named as %v's", c.LastChangedBy())
	}
}
