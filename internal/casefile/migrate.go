package casefile

import (
	"encoding/json"
	"errors"
	"fmt"
)

// A migration turns the top-level object of a case file from one schema version into the next.
// Migrations work on raw JSON, so that each stays correct however the Go types change later.
type migration func(top map[string]json.RawMessage) error

// migrations[v] turns version v into version v+1.
var migrations = map[int]migration{
	1: addInstrumentRecords,
	2: versionVectors,
}

// versionVectors is version 2 to 3: records gain version vectors ("versions") and the case its
// open conflicts ("conflicts"), for merging members' copies (internal/merge). A version 2
// record keeps its revision and no vector: assessment.Meta.Vector counts its revisions under
// assessment.LegacyVersions, as made before anyone kept count per member, so a version 2 copy
// merges correctly with its version 3 group. So the file itself needs no change; the version
// goes up so that Helhed 0.2.0 refuses a version 3 file rather than save it without the
// vectors and conflicts it does not know.
func versionVectors(top map[string]json.RawMessage) error {
	if raw, ok := top["case"]; ok && string(raw) != "null" {
		var c map[string]json.RawMessage
		if err := json.Unmarshal(raw, &c); err != nil {
			return errors.New(`its "case" is not a JSON object`)
		}
	}
	return nil
}

// addInstrumentRecords is version 1 to 2: the case gains the rows and settings of the
// framework's instruments (tables), both empty for a case from before they existed.
func addInstrumentRecords(top map[string]json.RawMessage) error {
	raw, ok := top["case"]
	if !ok || string(raw) == "null" {
		return nil // nothing to migrate; Decode reports the missing case
	}
	var c map[string]json.RawMessage
	if err := json.Unmarshal(raw, &c); err != nil {
		return errors.New(`its "case" is not a JSON object`)
	}
	for _, field := range []string{"rows", "settings"} {
		if _, has := c[field]; !has {
			c[field] = json.RawMessage("[]")
		}
	}
	out, err := json.Marshal(c)
	if err != nil {
		return err
	}
	top["case"] = out
	return nil
}

// migrate brings top from version from to version to, one step at a time.
func migrate(top map[string]json.RawMessage, from, to int, chain map[int]migration) error {
	for v := from; v < to; v++ {
		step, ok := chain[v]
		if !ok {
			return fmt.Errorf("no migration from version %d to %d", v, v+1)
		}
		if err := step(top); err != nil {
			return fmt.Errorf("version %d to %d: %w", v, v+1, err)
		}
		next, _ := json.Marshal(v + 1)
		top["schemaVersion"] = next
	}
	return nil
}
