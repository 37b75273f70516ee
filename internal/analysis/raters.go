package analysis

import (
	"github.com/google/uuid"

	"github.com/helhed/helhed/internal/assessment"
	"github.com/helhed/helhed/internal/framework"
)

// NotRated counts the group's current members who have neither rated domain d nor abstained:
// who the group still waits for. Former members are not waited for.
func NotRated(c *assessment.Case, d *framework.Domain) int {
	rated := map[uuid.UUID]bool{}
	for _, r := range c.RatingsFor(d.ID) {
		rated[r.MemberID] = true
	}
	n := 0
	for _, m := range c.LiveMembers() {
		if !rated[m.ID] {
			n++
		}
	}
	return n
}
