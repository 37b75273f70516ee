package merge

import (
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/helhed/helhed/internal/assessment"
)

// TestEveryKindOfRecordIsMerged guards against a kind of record added to the case but not to
// kinds (kinds.go): its records in members' copies would never come in.
func TestEveryKindOfRecordIsMerged(t *testing.T) {
	meta := reflect.TypeFor[assessment.Meta]()
	isRecord := func(tp reflect.Type) bool {
		if tp.Kind() != reflect.Struct {
			return false
		}
		for i := range tp.NumField() {
			if f := tp.Field(i); f.Anonymous && f.Type == meta {
				return true
			}
		}
		return false
	}
	known := append(Kinds(), "conflicts")
	c := reflect.TypeFor[assessment.Case]()
	found := 0
	for i := range c.NumField() {
		f := c.Field(i)
		tp := f.Type
		if tp.Kind() == reflect.Slice {
			tp = tp.Elem()
		}
		if !isRecord(tp) {
			continue
		}
		found++
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if !slices.Contains(known, name) {
			t.Errorf("Case.%s (%q) holds records but is not in merge's kinds: add one line to kinds.go", f.Name, name)
		}
	}
	if found < 12 {
		t.Fatalf("found only %d kinds of record in the case", found)
	}
}
