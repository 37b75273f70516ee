package assessment

import "reflect"

// SameContent reports whether two records of one kind hold the same content, their Meta left
// aside. A nil and an empty list or map count as the same (a file may hold either). Edits that
// change nothing are not counted as changes (so that merely showing or retyping a text never
// looks like a conflict between members' copies), and merging compares versions with it.
func SameContent[T any, P Record[T]](a, b *T) bool {
	x, y := *a, *b
	*P(&x).RecordMeta() = Meta{}
	*P(&y).RecordMeta() = Meta{}
	if reflect.TypeFor[T]().Comparable() { // no lists or maps: Go compares it at once
		return any(x) == any(y)
	}
	return sameValue(reflect.ValueOf(x), reflect.ValueOf(y))
}

func sameValue(a, b reflect.Value) bool {
	switch a.Kind() {
	case reflect.Struct:
		for i := range a.NumField() {
			if !sameValue(a.Field(i), b.Field(i)) {
				return false
			}
		}
		return true
	case reflect.Slice:
		if a.Len() != b.Len() {
			return false
		}
		for i := range a.Len() {
			if !sameValue(a.Index(i), b.Index(i)) {
				return false
			}
		}
		return true
	case reflect.Map:
		if a.Len() != b.Len() {
			return false
		}
		for it := a.MapRange(); it.Next(); {
			w := b.MapIndex(it.Key())
			if !w.IsValid() || !sameValue(it.Value(), w) {
				return false
			}
		}
		return true
	case reflect.Pointer, reflect.Interface:
		if a.IsNil() || b.IsNil() {
			return a.IsNil() == b.IsNil()
		}
		return sameValue(a.Elem(), b.Elem())
	default:
		return a.Equal(b)
	}
}
