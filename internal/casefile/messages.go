package casefile

import "fmt"

// The problems a case file can have, each a stable message ID. Messages holds the English
// format of each: Error.Problem is made from it, and the UI registers the same formats as its
// texts ("casefile." + ID) so that it can show the problem in the user's language. Every format
// follows the file's name: "<name> is empty".
const (
	MsgOpenNoFile       = "openNoFile"
	MsgOpenDenied       = "openDenied"
	MsgOpenFailed       = "openFailed"
	MsgReadNoFile       = "readNoFile"
	MsgReadDenied       = "readDenied"
	MsgReadFailed       = "readFailed"
	MsgFolder           = "folder"
	MsgTooLargeSize     = "tooLargeSize"
	MsgTooLarge         = "tooLarge"
	MsgEmpty            = "empty"
	MsgIncomplete       = "incomplete"
	MsgNotUTF8          = "notUTF8"
	MsgNotJSONAt        = "notJSONAt"
	MsgNotJSON          = "notJSON"
	MsgNotObject        = "notObject"
	MsgFieldNotCase     = "fieldNotCase"
	MsgNoFormat         = "noFormat"
	MsgOtherFormat      = "otherFormat"
	MsgNewer            = "newer"
	MsgNewerUnknown     = "newerUnknown"
	MsgNoVersion        = "noVersion"
	MsgMigrationFailed  = "migrationFailed"
	MsgFieldWrongType   = "fieldWrongType"
	MsgDamagedCase      = "damagedCase"
	MsgNoCase           = "noCase"
	MsgNoFramework      = "noFramework"
	MsgDamagedFramework = "damagedFramework"
)

// Messages is the English format of every message ID. Arguments marked "the system's words" or
// "the decoder's words" are details from Go or the operating system, in English in any language.
var Messages = map[string]string{
	MsgOpenNoFile:       "cannot be opened: there is no such file",
	MsgOpenDenied:       "cannot be opened: permission denied",
	MsgOpenFailed:       "cannot be opened: %s", // the system's words
	MsgReadNoFile:       "cannot be read: there is no such file",
	MsgReadDenied:       "cannot be read: permission denied",
	MsgReadFailed:       "cannot be read: %s", // the system's words
	MsgFolder:           "is a folder, not a case file",
	MsgTooLargeSize:     "is %s; a case file is at most %s, so this is not one", // Megabytes, Megabytes
	MsgTooLarge:         "is larger than %s, so it is not a case file",          // Megabytes
	MsgEmpty:            "is empty",
	MsgIncomplete:       "is incomplete: it ends in the middle of the data (the file was cut off, perhaps by an interrupted copy or a full disk)",
	MsgNotUTF8:          "is not UTF-8 text (invalid bytes at offset %d); it is not a case file or it is damaged",
	MsgNotJSONAt:        "is damaged: not valid JSON at line %d, column %d (%s)", // line, column, the decoder's words
	MsgNotJSON:          "is not valid JSON: %s",                                 // the decoder's words
	MsgNotObject:        "is not a Helhed case file (its top level is not a JSON object)",
	MsgFieldNotCase:     "is not a Helhed case file (its field %q holds a %s)", // field, JSON kind
	MsgNoFormat:         "is not a Helhed case file (it has no \"format\": %q)",
	MsgOtherFormat:      "is not a Helhed case file (its format is %q, not %q)",
	MsgNewer:            "was written by %[1]s (case file version %[2]d). This is Helhed %[3]s, which reads versions up to %[4]d: install %[1]s or newer to open it",
	MsgNewerUnknown:     "was written by a newer version of Helhed (case file version %d). This is Helhed %s, which reads versions up to %d: install a newer version of Helhed to open it",
	MsgNoVersion:        "has no valid schemaVersion (found %d)",
	MsgMigrationFailed:  "could not be brought up to date from version %d: %s", // version, the migration's words
	MsgFieldWrongType:   "has a damaged case: the field %q holds a %s where %s was expected",
	MsgDamagedCase:      "has a damaged case: %s", // the decoder's words
	MsgNoCase:           "has no case in it (the \"case\" field is missing)",
	MsgNoFramework:      "has no copy of its framework (the \"case.framework\" field is missing)",
	MsgDamagedFramework: "has a damaged framework copy: %s", // the framework check's words
}

// Megabytes is a file size in a message. The UI writes it with the decimal mark of its language.
type Megabytes float64

func (m Megabytes) String() string { return fmt.Sprintf("%.1f MB", float64(m)) }

func megabytes(n int64) Megabytes { return Megabytes(float64(n) / (1 << 20)) }

// problem is why a file is not a case, without the file's name: a message ID and its arguments.
type problem struct {
	msg  string
	args []any
	err  error // the underlying error, if any
}

func newProblem(err error, msg string, args ...any) *problem {
	return &problem{msg: msg, args: args, err: err}
}

// english is the English text of message msg with args.
func english(msg string, args ...any) string {
	format, ok := Messages[msg]
	if !ok {
		panic("casefile: no message " + msg)
	}
	return fmt.Sprintf(format, args...)
}

// fileError is the Error for file name with problem p.
func fileError(name string, p *problem) *Error {
	return &Error{Name: name, Problem: english(p.msg, p.args...), Msg: p.msg, Args: p.args, Err: p.err}
}

// JSONError is the Error for a file name whose data is not the JSON expected (err is what
// encoding/json said): cut off, or damaged at a line and column. Other formats that hold a
// case file (recovery copies) use it to say so in the same words.
func JSONError(name string, data []byte, err error) *Error {
	return fileError(name, describeJSONError(data, err))
}
