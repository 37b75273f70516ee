package casefile

import (
	"encoding/json"
	"errors"
	"io/fs"
	"unicode/utf8"
)

// osProblem is a failure to open or read a file: the message noFile, denied, or other with the
// system's own words.
func osProblem(err error, noFile, denied, other string) *problem {
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return newProblem(err, noFile)
	case errors.Is(err, fs.ErrPermission):
		return newProblem(err, denied)
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return newProblem(err, other, pe.Err.Error())
	}
	return newProblem(err, other, err.Error())
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

// describeJSONError says why data is not a case file's JSON, with a line and column.
func describeJSONError(data []byte, err error) *problem {
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		if syn.Offset >= int64(len(data)) || syn.Error() == "unexpected end of JSON input" {
			return newProblem(err, MsgIncomplete)
		}
		// Offset counts the bytes read up to and including the one that is wrong.
		line, col := position(data, syn.Offset-1)
		return newProblem(err, MsgNotJSONAt, line, col, syn.Error())
	}
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		if typ.Field == "" {
			return newProblem(err, MsgNotObject)
		}
		return newProblem(err, MsgFieldNotCase, typ.Field, typ.Value)
	}
	return newProblem(err, MsgNotJSON, err.Error())
}

// describeFieldError says which field of the case holds the wrong kind of value.
func describeFieldError(prefix string, err error) *problem {
	var typ *json.UnmarshalTypeError
	if errors.As(err, &typ) {
		return newProblem(err, MsgFieldWrongType, prefix+typ.Field, typ.Value, typ.Type.String())
	}
	return newProblem(err, MsgDamagedCase, err.Error())
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
