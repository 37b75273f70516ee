package casefile

import (
	"encoding/json"
	"fmt"
)

// A migration turns the top-level object of a case file from one schema version into the next.
// Migrations work on raw JSON, so that each stays correct however the Go types change later.
type migration func(top map[string]json.RawMessage) error

// migrations[v] turns version v into version v+1. Version 1 is the first, so none exist yet;
// the chain is in place (and tested) for the first change of format.
var migrations = map[int]migration{}

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
