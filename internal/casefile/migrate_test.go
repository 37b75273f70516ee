package casefile

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// v1File is a case file as Helhed 0.1.0 wrote it (schema version 1): the example case before
// the instruments arrived. It is committed and never rewritten.
const v1File = "testdata/v1-example.mtv"

func TestVersion1FileLoadsAndSavesAsVersion2WithTheSameContent(t *testing.T) {
	v1, err := os.ReadFile(v1File)
	if err != nil {
		t.Fatal(err)
	}
	var h header
	if err := json.Unmarshal(v1, &h); err != nil || h.SchemaVersion != 1 {
		t.Fatalf("%s is not a version 1 file: %v, version %d", v1File, err, h.SchemaVersion)
	}
	// Load from a copy, so that the check that loading leaves the file alone cannot touch testdata.
	path := filepath.Join(t.TempDir(), "old.mtv")
	if err := os.WriteFile(path, v1, 0o644); err != nil {
		t.Fatal(err)
	}
	c, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(after, v1) {
		t.Error("loading an old file rewrote it")
	}
	if c.Rows == nil || c.Settings == nil || len(c.Rows) != 0 || len(c.Settings) != 0 {
		t.Errorf("migrated case: rows %v, settings %v; want both empty", c.Rows, c.Settings)
	}
	if p := c.Check(); len(p) != 0 {
		t.Errorf("the migrated case is inconsistent: %v", p)
	}
	if err := Save(path, c); err != nil {
		t.Fatal(err)
	}
	saved, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// The same bytes but for the version, the program that wrote it and the two new, empty lists
	// just before the framework copy.
	want := bytes.Replace(v1, []byte(`"schemaVersion": 1,`), fmt.Appendf(nil, `"schemaVersion": %d,`, SchemaVersion), 1)
	want = bytes.Replace(want, fmt.Appendf(nil, `"writtenBy": %q`, h.WrittenBy), fmt.Appendf(nil, `"writtenBy": "Helhed %s"`, AppVersion), 1)
	want = bytes.Replace(want, []byte("\n    \"framework\": {"), []byte("\n    \"rows\": [],\n    \"settings\": [],\n    \"framework\": {"), 1)
	if !bytes.Equal(saved, want) {
		line := 1
		for i := 0; i < len(saved) && i < len(want) && saved[i] == want[i]; i++ {
			if saved[i] == '\n' {
				line++
			}
		}
		t.Errorf("saved version 2 differs from the version 1 file beyond the expected changes, from line %d", line)
	}
	if bak, _ := os.ReadFile(path + ".bak"); !bytes.Equal(bak, v1) {
		t.Error("saving over the old file did not keep it as .bak")
	}
	again, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := Encode(again); !bytes.Equal(b, saved) {
		t.Error("the version 2 file does not round-trip")
	}
}

func TestFileFromANewerVersionIsRefusedNamingIt(t *testing.T) {
	data := mutateJSON(t, smallFile(t), func(m map[string]any) {
		m["schemaVersion"] = SchemaVersion + 1
		m["writtenBy"] = "Helhed 0.9.0"
	})
	want := fmt.Sprintf("was written by Helhed 0.9.0 (case file version %d). This is Helhed %s, which reads versions up to %d",
		SchemaVersion+1, AppVersion, SchemaVersion)
	refused(t, data, want)
}

func TestMigrationToVersion2(t *testing.T) {
	step := migrations[1]
	top := map[string]json.RawMessage{"case": json.RawMessage(`{"id":"x","answers":[]}`)}
	if err := step(top); err != nil {
		t.Fatal(err)
	}
	var c map[string]json.RawMessage
	json.Unmarshal(top["case"], &c)
	if string(c["rows"]) != "[]" || string(c["settings"]) != "[]" || string(c["id"]) != `"x"` || string(c["answers"]) != "[]" {
		t.Errorf("after the step: %s", top["case"])
	}
	// Rows that are somehow already there are kept, not emptied.
	top = map[string]json.RawMessage{"case": json.RawMessage(`{"rows":[{"instrumentId":"log"}]}`)}
	step(top)
	if !strings.Contains(string(top["case"]), `"instrumentId":"log"`) {
		t.Errorf("existing rows lost: %s", top["case"])
	}
	// No case: nothing to do (Decode says the case is missing). A case that is not an object: refused.
	if err := step(map[string]json.RawMessage{}); err != nil {
		t.Errorf("no case: %v", err)
	}
	refused(t, []byte(`{"format":"helhed-case","schemaVersion":1}`), "has no case")
	refused(t, []byte(`{"format":"helhed-case","schemaVersion":1,"case":[1]}`),
		`could not be brought up to date from version 1: version 1 to 2: its "case" is not a JSON object`)
	refused(t, []byte(`{"format":"helhed-case","schemaVersion":1,"case":{"members":"Anna"}}`), `"case.members"`)
}
