package casefile

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"unicode/utf8"
)

func describeOSError(err error) string {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "there is no such file"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

func invalidUTF8At(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(data)
}

const incomplete = "is incomplete: it ends in the middle of the data (the file was cut off, perhaps by an interrupted copy or a full disk)"

// describeJSONError says why data is not a case file's JSON, with a line and column.
func describeJSONError(data []byte, err error) string {
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		if syn.Offset >= int64(len(data)) || syn.Error() == "unexpected end of JSON input" {
			return incomplete
		}
		line, col := position(data, syn.Offset)
		return fmt.Sprintf("is damaged: not valid JSON at line %d, column %d (%s)", line, col, syn.Error())
	}
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		if typ.Field == "" {
			return "is not a Helhed case file (its top level is not a JSON object)"
		}
		return fmt.Sprintf("is not a Helhed case file (its field %q holds a %s)", typ.Field, typ.Value)
	}
	return "is not valid JSON: " + err.Error()
}

func describeFieldError(prefix string, err error) string {
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		return fmt.Sprintf("the field %q holds a %s where %s was expected", prefix+typ.Field, typ.Value, typ.Type)
	}
	return err.Error()
}

func position(data []byte, offset int64) (line, col int) {
	line, col = 1, 1
	for i := int64(0); i < offset && i < int64(len(data)); i++ {
		if data[i] == '\n' {
			line++
			col = 1
		} else {
			col++
		}
	}
	return line, col
}
