// Package casefile reads and writes .mtv case files: UTF-8 JSON with a format name and a
// schema version (docs/case-format.md). Loading never modifies the file; saving is atomic and
// keeps the previous version as .bak.
package casefile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"unicode/utf8"

	"github.com/helhed/helhed/internal/assessment"
)

// Format is the value of the "format" field of every case file.
const Format = "helhed-case"

// SchemaVersion is the newest case file layout this build reads and the one it writes.
const SchemaVersion = 3

// Ext is the extension of case files.
const Ext = ".mtv"

// MaxSize is the largest case file Helhed opens. A real case is a few megabytes; anything far
// larger is not a case file, and reading it would only exhaust memory.
const MaxSize = 50 << 20

// AppVersion is written into every file, so that a refused newer file can say which Helhed
// wrote it.
var AppVersion = "0.3.0"

// envelope is the top level of a case file.
type envelope struct {
	Format        string           `json:"format"`
	SchemaVersion int              `json:"schemaVersion"`
	WrittenBy     string           `json:"writtenBy,omitempty"`
	Case          *assessment.Case `json:"case"`
}

// Error is a file that cannot be opened, with the reason in words a user understands.
type Error struct {
	Name    string // the file's path or name
	Problem string // in English, after the name: Messages[Msg] with Args
	Msg     string // the problem's message ID, a key of Messages
	Args    []any  // the arguments of Messages[Msg]
	Err     error  // the underlying error, if any
}

func (e *Error) Error() string { return e.Name + ": " + e.Problem }
func (e *Error) Unwrap() error { return e.Err }

// ErrNewer is wrapped by the error for a file from a newer Helhed.
var ErrNewer = errors.New("written by a newer version of Helhed")

// Load reads the case file at path. It only reads the file.
func Load(path string) (*assessment.Case, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fileError(path, osProblem(err, MsgOpenNoFile, MsgOpenDenied, MsgOpenFailed))
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, fileError(path, osProblem(err, MsgReadNoFile, MsgReadDenied, MsgReadFailed))
	}
	if info.IsDir() {
		return nil, fileError(path, newProblem(nil, MsgFolder))
	}
	if info.Size() > MaxSize {
		return nil, fileError(path, newProblem(nil, MsgTooLargeSize, megabytes(info.Size()), megabytes(MaxSize)))
	}
	data := make([]byte, 0, info.Size()+1)
	buf := bytes.NewBuffer(data)
	// Read at most one byte past the limit, in case the file grew since Stat.
	if _, err := buf.ReadFrom(io.LimitReader(f, MaxSize+1)); err != nil {
		return nil, fileError(path, osProblem(err, MsgReadNoFile, MsgReadDenied, MsgReadFailed))
	}
	if buf.Len() > MaxSize {
		return nil, fileError(path, newProblem(nil, MsgTooLarge, megabytes(MaxSize)))
	}
	return Decode(buf.Bytes(), path)
}

// Decode reads a case from the bytes of a case file; name is used in error messages.
func Decode(data []byte, name string) (*assessment.Case, error) {
	fail := func(err error, msg string, args ...any) (*assessment.Case, error) {
		return nil, fileError(name, newProblem(err, msg, args...))
	}
	failWith := func(p *problem) (*assessment.Case, error) { return nil, fileError(name, p) }
	if len(data) > MaxSize {
		return fail(nil, MsgTooLarge, megabytes(MaxSize))
	}
	if len(bytes.TrimSpace(data)) == 0 {
		return fail(nil, MsgEmpty)
	}
	if !utf8.Valid(data) {
		at := invalidUTF8At(data)
		if !utf8.FullRune(data[at:]) { // a letter such as æ cut in half at the end
			return fail(nil, MsgIncomplete)
		}
		return fail(nil, MsgNotUTF8, at)
	}
	// The common case, a file of the current version, is decoded in one pass. Where that fails
	// on a field, or the version is not current, the header alone is read to say why or to migrate.
	var whole struct {
		header
		Case *assessment.Case `json:"case"`
	}
	err := json.Unmarshal(data, &whole)
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		return failWith(describeJSONError(data, err))
	}
	h := whole.header
	if err != nil {
		if json.Unmarshal(data, &h) != nil {
			return failWith(describeJSONError(data, err))
		}
	}
	if h.Format != Format {
		if h.Format == "" {
			return fail(nil, MsgNoFormat, Format)
		}
		return fail(nil, MsgOtherFormat, h.Format, Format)
	}
	switch {
	case h.SchemaVersion > SchemaVersion:
		if h.WrittenBy == "" {
			return fail(ErrNewer, MsgNewerUnknown, h.SchemaVersion, AppVersion, SchemaVersion)
		}
		return fail(ErrNewer, MsgNewer, h.WrittenBy, h.SchemaVersion, AppVersion, SchemaVersion)
	case h.SchemaVersion < 1:
		return fail(nil, MsgNoVersion, h.SchemaVersion)
	case h.SchemaVersion < SchemaVersion:
		var p *problem
		if whole.Case, p = migrated(data, h.SchemaVersion); p != nil {
			return failWith(p)
		}
	case err != nil:
		return failWith(describeFieldError("", err))
	}
	c := whole.Case
	if c == nil {
		return fail(nil, MsgNoCase)
	}
	if c.Framework == nil {
		return fail(nil, MsgNoFramework)
	}
	if err := c.Framework.Validate(); err != nil {
		return fail(err, MsgDamagedFramework, err.Error())
	}
	return c, nil
}

// header is the top of a case file without the case.
type header struct {
	Format        string `json:"format"`
	SchemaVersion int    `json:"schemaVersion"`
	WrittenBy     string `json:"writtenBy"`
}

// migrated decodes data of an older version through the migration chain.
func migrated(data []byte, version int) (*assessment.Case, *problem) {
	var top map[string]json.RawMessage
	if err := json.Unmarshal(data, &top); err != nil {
		return nil, describeJSONError(data, err)
	}
	if err := migrate(top, version, SchemaVersion, migrations); err != nil {
		return nil, newProblem(err, MsgMigrationFailed, version, err.Error())
	}
	raw, ok := top["case"]
	if !ok {
		return nil, nil
	}
	var c *assessment.Case
	if err := json.Unmarshal(raw, &c); err != nil {
		return nil, describeFieldError("case.", err)
	}
	return c, nil
}

// Encode writes the case as the bytes of a case file.
func Encode(c *assessment.Case) ([]byte, error) {
	data, err := json.MarshalIndent(envelope{Format: Format, SchemaVersion: SchemaVersion,
		WrittenBy: "Helhed " + AppVersion, Case: c}, "", "  ")
	if err != nil {
		return nil, err
	}
	return append(data, '\n'), nil
}

// Save writes the case to path atomically; an existing file at path is kept as path.bak.
func Save(path string, c *assessment.Case) error {
	data, err := Encode(c)
	if err != nil {
		return fmt.Errorf("%s: the case cannot be written: %w", path, err)
	}
	return WriteAtomic(path, data, true)
}
