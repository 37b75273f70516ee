package framework

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"reflect"
	"sort"
	"strings"
)

// decode reads data into f, refusing fields the format does not know. Its errors are written
// for a teacher who wrote the file by hand: a syntax error gives the line and column, a value of
// the wrong kind and an unknown field give the path of the field, e.g.
// `domains[2].questions[0].hjaelp: unknown field (known here: help, id, tags, terms, text)`.
func decode(data []byte, f *Framework) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	err := dec.Decode(f)
	if err == nil {
		if dec.More() {
			return errors.New("there is more text after the framework's closing }")
		}
		return nil
	}
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		if syn.Offset >= int64(len(data)) {
			return errCutOff
		}
		// Offset counts the bytes read, the one at fault included.
		line, col := position(data, max(0, syn.Offset-1))
		return fmt.Errorf("not valid JSON at line %d, column %d: %s", line, col, syn.Error())
	}
	if errors.Is(err, io.ErrUnexpectedEOF) {
		return errCutOff
	}
	if errors.Is(err, io.EOF) {
		return errors.New("the file is empty")
	}
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		line, _ := position(data, typ.Offset)
		if typ.Field == "" {
			return fmt.Errorf("the file must hold one JSON object {...}, not a %s", typ.Value)
		}
		return fmt.Errorf("%s: is a %s, want %s (near line %d)", typ.Field, typ.Value, kindName(typ.Type), line)
	}
	if strings.HasPrefix(err.Error(), "json: unknown field") {
		if path := unknownField(data); path != "" {
			return errors.New(path)
		}
	}
	return fmt.Errorf("not a framework file: %v", err)
}

var errCutOff = errors.New("the file ends in the middle of the JSON (a } or ] is missing, or the file was cut off)")

// position turns a byte offset into a line and column, both from 1.
func position(data []byte, offset int64) (line, col int) {
	offset = min(offset, int64(len(data)))
	before := data[:offset]
	line = bytes.Count(before, []byte("\n")) + 1
	col = int(offset) - bytes.LastIndexByte(before, '\n')
	return line, col
}

// kindName names a Go type as the JSON a user writes.
func kindName(t reflect.Type) string {
	switch t.Kind() {
	case reflect.String:
		return "text in quotes"
	case reflect.Int, reflect.Int64, reflect.Float64:
		return "a number"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice:
		return "a list [...]"
	case reflect.Map, reflect.Struct:
		return "an object {...}"
	case reflect.Pointer:
		return kindName(t.Elem())
	}
	return t.String()
}

// unknownField finds the first field in data that the framework format does not have, and
// returns its path and the fields known there; "" when it finds none.
func unknownField(data []byte) string {
	var v any
	if json.Unmarshal(data, &v) != nil {
		return ""
	}
	return findUnknown(v, reflect.TypeOf(Framework{}), "")
}

func findUnknown(v any, t reflect.Type, path string) string {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	switch t.Kind() {
	case reflect.Struct:
		obj, ok := v.(map[string]any)
		if !ok {
			return ""
		}
		fields := jsonFields(t)
		keys := make([]string, 0, len(obj))
		for k := range obj {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			ft, known := fields[k]
			at := join(path, k)
			if !known {
				return fmt.Sprintf("%s: unknown field (known here: %s)", at, strings.Join(sortedNames(fields), ", "))
			}
			if p := findUnknown(obj[k], ft, at); p != "" {
				return p
			}
		}
	case reflect.Slice:
		list, _ := v.([]any)
		for i, e := range list {
			if p := findUnknown(e, t.Elem(), fmt.Sprintf("%s[%d]", path, i)); p != "" {
				return p
			}
		}
	}
	return ""
}

func join(path, key string) string {
	if path == "" {
		return key
	}
	return path + "." + key
}

// jsonFields maps the JSON names of t's fields to their types.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	fields := map[string]reflect.Type{}
	for i := range t.NumField() {
		sf := t.Field(i)
		name, _, _ := strings.Cut(sf.Tag.Get("json"), ",")
		if name == "-" || !sf.IsExported() {
			continue
		}
		if name == "" {
			name = sf.Name
		}
		fields[name] = sf.Type
	}
	return fields
}

func sortedNames(m map[string]reflect.Type) []string {
	names := make([]string, 0, len(m))
	for n := range m {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}
