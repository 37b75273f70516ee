package framework

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode/utf8"
)

// MaxFileSize is the largest framework file Helhed reads. The shipped MTV 2.0 framework is
// about 300 kB; anything far larger is not a framework.
const MaxFileSize = 8 << 20

// FileError is a framework file that cannot be used: the file and its problems, each naming
// the field at fault where there is one.
type FileError struct {
	Path     string
	Problems []string
}

func (e *FileError) Error() string {
	if len(e.Problems) == 1 {
		return e.Path + ": " + e.Problems[0]
	}
	return fmt.Sprintf("%s: %d problems:\n  %s", e.Path, len(e.Problems), strings.Join(e.Problems, "\n  "))
}

// ReadFile reads and validates the framework file at path: a teacher's own framework. Every
// error is a *FileError naming the file.
func ReadFile(path string) (*Framework, error) {
	fail := func(problems ...string) error { return &FileError{Path: path, Problems: problems} }
	f, err := os.Open(path)
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		return nil, fail("cannot be read: " + err.Error())
	}
	defer f.Close()
	if info, err := f.Stat(); err == nil && info.IsDir() {
		return nil, fail("is a folder, not a framework file")
	}
	data, err := io.ReadAll(io.LimitReader(f, MaxFileSize+1))
	if err != nil {
		return nil, fail("cannot be read: " + err.Error())
	}
	if len(data) > MaxFileSize {
		return nil, fail(fmt.Sprintf("is larger than %d MB, so it is not a framework file", MaxFileSize>>20))
	}
	fw, err := Parse(data)
	if err != nil {
		return nil, fail(problems(err)...)
	}
	return fw, nil
}

// problems splits an error of Parse into its lines.
func problems(err error) []string {
	var out []string
	for _, line := range strings.Split(err.Error(), "\n") {
		if strings.TrimSpace(line) != "" {
			out = append(out, line)
		}
	}
	return out
}

// checkText refuses what is not UTF-8 text before JSON sees it, saying where.
func checkText(data []byte) error {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			line, col := position(data, int64(i))
			return fmt.Errorf("is not UTF-8 text at line %d, column %d (save the file as UTF-8)", line, col)
		}
		i += size
	}
	return nil
}

// Clone is a deep copy of f, for a case to keep as its own.
func (f *Framework) Clone() *Framework {
	data, err := json.Marshal(f)
	if err != nil {
		panic(fmt.Sprintf("a framework that cannot be encoded: %v", err)) // only plain data
	}
	var c Framework
	if err := json.Unmarshal(data, &c); err != nil {
		panic(fmt.Sprintf("a framework that cannot be decoded: %v", err))
	}
	return &c
}
