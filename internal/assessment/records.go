package assessment

import (
	"time"

	"github.com/google/uuid"
)

// EachMeta calls see with the Meta of every record of the case, live or tombstone, kind by
// kind in the case's order: info, synthesis, members, answers, sources, ratings, consensus,
// conclusions, knock-outs, discussions, table rows, settings, terms, conflicts. It is the one
// walk over every kind of record: a new kind of record is added here (TestEachMetaSeesEveryKind
// fails until it is), and LastChanged and LastChangedBy follow.
func (c *Case) EachMeta(see func(Meta)) {
	see(c.Info.Meta)
	see(c.Synthesis.Meta)
	each(c.Members, see)
	each(c.Answers, see)
	each(c.Sources, see)
	each(c.Ratings, see)
	each(c.Consensus, see)
	each(c.Conclusions, see)
	each(c.KnockOuts, see)
	each(c.Discussions, see)
	each(c.Rows, see)
	each(c.Settings, see)
	each(c.Terms, see)
	each(c.Conflicts, see)
}

func each[T any, P record[T]](records []T, see func(Meta)) {
	for i := range records {
		see(*P(&records[i]).meta())
	}
}

// LastChanged is the latest change to any record: the date a report of the case carries.
func (c *Case) LastChanged() time.Time {
	latest := c.Created
	c.EachMeta(func(m Meta) {
		if m.ChangedAt.After(latest) {
			latest = m.ChangedAt
		}
	})
	return latest
}

// LastChangedBy is the member who made the latest change (LastChanged), or uuid.Nil when
// nobody was chosen at the keyboard then. Several records may carry that moment (one edit stamps
// several, or two edits fall in the same second); the last of them in EachMeta's order with a
// member names who was at work.
func (c *Case) LastChangedBy() uuid.UUID {
	at, by := c.LastChanged(), uuid.Nil
	c.EachMeta(func(m Meta) {
		if m.ChangedAt.Equal(at) && m.ChangedBy != uuid.Nil {
			by = m.ChangedBy
		}
	})
	return by
}
