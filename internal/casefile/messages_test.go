package casefile

import (
	"bytes"
	"errors"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
)

// TestEveryMessageIDHasAnEnglishFormat reads the Msg constants from messages.go: each has a
// format in Messages, and Messages holds nothing else.
func TestEveryMessageIDHasAnEnglishFormat(t *testing.T) {
	f, err := parser.ParseFile(token.NewFileSet(), "messages.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	ids := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		if v, ok := n.(*ast.ValueSpec); ok && len(v.Names) == 1 && strings.HasPrefix(v.Names[0].Name, "Msg") && len(v.Values) == 1 {
			if lit, ok := v.Values[0].(*ast.BasicLit); ok {
				id, _ := strconv.Unquote(lit.Value)
				if ids[id] {
					t.Errorf("message ID %q is used twice", id)
				}
				ids[id] = true
			}
		}
		return true
	})
	if len(ids) < 20 {
		t.Fatalf("found only %d message IDs in messages.go", len(ids))
	}
	for id := range ids {
		if strings.TrimSpace(Messages[id]) == "" {
			t.Errorf("message %q has no English format", id)
		}
	}
	for id := range Messages {
		if !ids[id] {
			t.Errorf("Messages has %q, which is no Msg constant", id)
		}
	}
}

// TestProblemIsTheMessageInEnglish checks, for files with different problems, that the error
// carries a message ID and arguments, and that its English Problem is made from them.
func TestProblemIsTheMessageInEnglish(t *testing.T) {
	good := smallFile(t)
	newer := bytes.Replace(good, fmt.Appendf(nil, `"schemaVersion": %d`, SchemaVersion), []byte(`"schemaVersion": 9`), 1)
	dir := t.TempDir()
	files := map[string][]byte{
		"cut.mtv":    good[:len(good)/2],
		"newer.mtv":  newer,
		"word.mtv":   []byte("Dette er et Word-dokument"),
		"latin1.mtv": []byte("{\"x\": \"M\xf8de\"}"),
		"empty.mtv":  nil,
	}
	wantMsg := map[string]string{"cut.mtv": MsgIncomplete, "newer.mtv": MsgNewer, "word.mtv": MsgNotJSONAt,
		"latin1.mtv": MsgNotUTF8, "empty.mtv": MsgEmpty, "missing.mtv": MsgOpenNoFile}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	for name, msg := range wantMsg {
		_, err := Load(filepath.Join(dir, name))
		var fe *Error
		if !errors.As(err, &fe) {
			t.Fatalf("%s: %v is not a *casefile.Error", name, err)
		}
		if fe.Msg != msg {
			t.Errorf("%s: message %q, want %q (%v)", name, fe.Msg, msg, err)
		}
		if want := fmt.Sprintf(Messages[fe.Msg], fe.Args...); fe.Problem != want || strings.Contains(want, "%!") {
			t.Errorf("%s: Problem %q is not its message %q", name, fe.Problem, want)
		}
	}
	_, err := Decode([]byte("{\n  \"format\": 1,,\n}"), "x")
	var fe *Error
	if !errors.As(err, &fe) || fe.Msg != MsgNotJSONAt || fe.Args[0] != 2 || fe.Args[1] != 15 {
		t.Errorf("the bad comma is at line 2, column 15: %v", err)
	}
}
