package casefile

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/helhed/helhed/internal/testcase"
)

func smallFile(t testing.TB) []byte {
	t.Helper()
	data, err := Encode(testcase.Case())
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestRoundTrip(t *testing.T) {
	data := smallFile(t)
	c, err := Decode(data, "small")
	if err != nil {
		t.Fatal(err)
	}
	again, err := Encode(c)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(data, again) {
		t.Error("encode(decode(file)) differs from the file")
	}
	if c.Info.Title != "Faldsensor på plejecenter Åbo" || len(c.Members) != 3 || len(c.Sources) != 2 {
		t.Errorf("decoded case lost data: %+v", c.Info)
	}
	if !strings.HasPrefix(string(data), fmt.Sprintf("{\n  \"format\": \"helhed-case\",\n  \"schemaVersion\": %d,", SchemaVersion)) {
		t.Errorf("file does not start with format and schemaVersion:\n%.80s", data)
	}
}

func TestSaveIsAtomicPrivateAndKeepsBackup(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "case.mtv")
	c := testcase.Case()
	if err := Save(path, c); err != nil {
		t.Fatal(err)
	}
	first, _ := os.ReadFile(path)
	info, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if info.Mode().Perm() != 0o600 {
		t.Errorf("mode %v, want 0600", info.Mode().Perm())
	}
	c.Info.Title = "Ny titel"
	if err := Save(path, c); err != nil {
		t.Fatal(err)
	}
	bak, err := os.ReadFile(path + ".bak")
	if err != nil {
		t.Fatalf("no .bak: %v", err)
	}
	if !bytes.Equal(bak, first) {
		t.Error(".bak is not the previous version")
	}
	loaded, err := Load(path)
	if err != nil || loaded.Info.Title != "Ny titel" {
		t.Errorf("reloaded %v, %v", loaded, err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		var names []string
		for _, e := range entries {
			names = append(names, e.Name())
		}
		t.Errorf("folder holds %v; temporary files were left behind", names)
	}
}

// refused checks that loading data from a file fails with a *Error and leaves the file as it was.
func refused(t *testing.T, data []byte, wantInMessage string) {
	t.Helper()
	refusedAt(t, filepath.Join(t.TempDir(), "bad.mtv"), data, wantInMessage)
}

func refusedAt(t *testing.T, path string, data []byte, wantInMessage string) {
	t.Helper()
	if err := os.WriteFile(path, data, 0o600); err != nil {
		t.Fatal(err)
	}
	c, err := Load(path)
	if err == nil {
		t.Fatalf("accepted a bad file (%d bytes): %+v", len(data), c.Info)
	}
	var fe *Error
	if !errors.As(err, &fe) {
		t.Fatalf("error %T %v is not a *casefile.Error", err, err)
	}
	if !strings.Contains(err.Error(), path) {
		t.Errorf("error %q does not name the file", err)
	}
	if wantInMessage != "" && !strings.Contains(err.Error(), wantInMessage) {
		t.Errorf("error %q does not say %q", err, wantInMessage)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(after, data) {
		t.Error("loading changed the file")
	}
}

func TestEveryPrefixIsRefused(t *testing.T) {
	data := bytes.TrimRight(smallFile(t), "\n")
	path := filepath.Join(t.TempDir(), "prefix.mtv")
	for n := 0; n < len(data); n++ {
		want := "incomplete"
		if len(bytes.TrimSpace(data[:n])) == 0 {
			want = "is empty"
		}
		// Through a file for a sample (files are slow to write on some disks), in memory for all.
		if n%50 == 0 {
			refusedAt(t, path, data[:n], want)
		} else if _, err := Decode(data[:n], "prefix"); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Decode: %v, want an error saying %q", err, want)
		}
		if t.Failed() {
			t.Fatalf("prefix of %d bytes", n)
		}
	}
}

func TestBadFilesAreRefusedWithReason(t *testing.T) {
	good := smallFile(t)
	newer := bytes.Replace(good, fmt.Appendf(nil, `"schemaVersion": %d`, SchemaVersion), []byte(`"schemaVersion": 7`), 1)
	newer = bytes.Replace(newer, []byte(`"writtenBy": "Helhed `+AppVersion+`"`), []byte(`"writtenBy": "Helhed 3.2.0"`), 1)
	noFramework := mutateJSON(t, good, func(m map[string]any) { delete(m["case"].(map[string]any), "framework") })
	brokenFramework := mutateJSON(t, good, func(m map[string]any) {
		m["case"].(map[string]any)["framework"].(map[string]any)["id"] = ""
	})
	wrongType := mutateJSON(t, good, func(m map[string]any) { m["case"].(map[string]any)["members"] = "Anna" })
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "is empty"},
		{"blank", []byte("  \n"), "is empty"},
		{"not json", []byte("Dette er et Word-dokument"), "not valid JSON at line 1"},
		{"invalid utf8", append([]byte(`{"format":"helhed-case","x":"`), 0xff, 0xfe, '"', '}'), "not UTF-8"},
		{"array", []byte(`[1,2]`), "not a Helhed case file"},
		{"other format", []byte(`{"format":"something-else","schemaVersion":1}`), `format is "something-else"`},
		{"no format", []byte(`{"schemaVersion":1}`), "not a Helhed case file"},
		{"newer", newer, "written by Helhed 3.2.0 (case file version 7)"},
		{"zero version", []byte(`{"format":"helhed-case","schemaVersion":0}`), "no valid schemaVersion"},
		{"no case", fmt.Appendf(nil, `{"format":"helhed-case","schemaVersion":%d}`, SchemaVersion), "has no case"},
		{"no framework", noFramework, "no copy of its framework"},
		{"broken framework", brokenFramework, "id: missing"},
		{"wrong type", wrongType, `"case.members"`},
		{"trailing garbage", append(append([]byte{}, good...), []byte("}}")...), "not valid JSON"},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) { refused(t, tc.data, tc.want) })
	}
}

func TestNewerFileWrapsErrNewer(t *testing.T) {
	_, err := Decode(fmt.Appendf(nil, `{"format":"helhed-case","schemaVersion":%d}`, SchemaVersion+1), "x")
	if !errors.Is(err, ErrNewer) {
		t.Errorf("error %v does not wrap ErrNewer", err)
	}
}

func TestOversizedFileIsRefusedUnread(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.mtv")
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	if err := f.Truncate(MaxSize + 1); err != nil { // sparse: no disk used
		t.Fatal(err)
	}
	f.Close()
	_, err = Load(path)
	if err == nil || !strings.Contains(err.Error(), "at most 50.0 MB") {
		t.Errorf("error %v", err)
	}
}

func TestMissingFileAndFolder(t *testing.T) {
	dir := t.TempDir()
	if _, err := Load(filepath.Join(dir, "nope.mtv")); err == nil || !strings.Contains(err.Error(), "no such file") {
		t.Errorf("missing file: %v", err)
	}
	if _, err := Load(dir); err == nil || !strings.Contains(err.Error(), "is a folder") {
		t.Errorf("folder: %v", err)
	}
}

func TestMigrationChain(t *testing.T) {
	// A made-up version 1 -> 2 step that renames a field, as a real one would.
	chain := map[int]migration{1: func(top map[string]json.RawMessage) error {
		top["renamed"] = top["old"]
		delete(top, "old")
		return nil
	}}
	top := map[string]json.RawMessage{"schemaVersion": json.RawMessage("1"), "old": json.RawMessage(`"x"`)}
	if err := migrate(top, 1, 2, chain); err != nil {
		t.Fatal(err)
	}
	if string(top["renamed"]) != `"x"` || string(top["schemaVersion"]) != "2" || top["old"] != nil {
		t.Errorf("after migration: %v", top)
	}
	if err := migrate(top, 2, 3, chain); err == nil || !strings.Contains(err.Error(), "no migration from version 2") {
		t.Errorf("a missing step must fail: %v", err)
	}
	if len(migrations) != SchemaVersion-1 {
		t.Errorf("%d migrations for schema version %d: every older version needs a step", len(migrations), SchemaVersion)
	}
}

func mutateJSON(t *testing.T, data []byte, fn func(map[string]any)) []byte {
	t.Helper()
	var m map[string]any
	if err := json.Unmarshal(data, &m); err != nil {
		t.Fatal(err)
	}
	fn(m)
	out, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func FuzzDecode(f *testing.F) {
	f.Add(smallFile(f))
	f.Add([]byte(`{"format":"helhed-case","schemaVersion":1,"case":{}}`))
	f.Add([]byte(`{"format":"helhed-case","schemaVersion":1,"case":{"framework":{"format":"helhed-framework"}}}`))
	f.Add([]byte(`{"format":"helhed-case","schemaVersion":1,"case":[]}`))
	f.Add([]byte(`{"format":"helhed-case","schemaVersion":2,"case":{"rows":[{"instrumentId":"log","cells":{"what":"x"}}]}}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Decode(data, "fuzz")
		if err != nil {
			var fe *Error
			if !errors.As(err, &fe) {
				t.Fatalf("error %T is not a *casefile.Error: %v", err, err)
			}
			return
		}
		// Whatever loads must save and load again.
		out, err := Encode(c)
		if err != nil {
			t.Fatalf("loaded but cannot encode: %v", err)
		}
		if _, err := Decode(out, "again"); err != nil {
			t.Fatalf("loaded, encoded, and refused: %v", err)
		}
		c.Check() // must not panic on anything that loads
	})
}
