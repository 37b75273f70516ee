package recovery

import (
	"sync"
	"time"

	"github.com/google/uuid"
)

// Queue writes and removes recovery files one at a time on a goroutine of its own, so that the
// window never waits for the disk. It is handed finished bytes (Record.Data), never a case: the
// case belongs to the window's goroutine and is encoded there.
//
// Operations on one case run in the order they were queued. One not yet started is replaced by
// a later one for the same case (only the newest copy matters, and a removal makes an earlier
// write pointless), so a slow disk never builds a backlog.
type Queue struct {
	write  func(Record) error
	remove func(uuid.UUID) error
	done   func(Result)

	mu      sync.Mutex
	pending []op
	running bool
	idle    *sync.Cond // signalled when the queue runs dry
}

// Result is the outcome of one operation, passed to the Queue's done function.
type Result struct {
	CaseID  uuid.UUID
	Removed bool      // the file was removed (otherwise written)
	SavedAt time.Time // the written copy's time
	Err     error
}

type op struct {
	id     uuid.UUID
	remove bool
	rec    Record
}

// NewQueue makes a queue that writes with s. done, if not nil, is called on the queue's
// goroutine after every operation: it must hand over to the window's goroutine (fyne.Do) before
// touching anything the window owns.
func NewQueue(s Store, done func(Result)) *Queue { return NewQueueWith(s.Write, s.Remove, done) }

// NewQueueWith makes a queue that writes and removes with the given functions (a store, or a
// test's stand-in).
func NewQueueWith(write func(Record) error, remove func(uuid.UUID) error, done func(Result)) *Queue {
	q := &Queue{write: write, remove: remove, done: done}
	q.idle = sync.NewCond(&q.mu)
	return q
}

// Write queues writing r. r.Data must not be changed afterwards.
func (q *Queue) Write(r Record) { q.add(op{id: r.CaseID, rec: r}) }

// Remove queues removing the recovery file of case id, after any write of it already running.
func (q *Queue) Remove(id uuid.UUID) { q.add(op{id: id, remove: true}) }

func (q *Queue) add(o op) {
	q.mu.Lock()
	defer q.mu.Unlock()
	kept := q.pending[:0]
	for _, p := range q.pending {
		if p.id != o.id {
			kept = append(kept, p)
		}
	}
	q.pending = append(kept, o)
	if !q.running {
		q.running = true
		go q.run()
	}
}

// run does the queued operations until none is left.
func (q *Queue) run() {
	q.mu.Lock()
	for len(q.pending) > 0 {
		o := q.pending[0]
		q.pending = q.pending[1:]
		q.mu.Unlock()

		res := Result{CaseID: o.id, Removed: o.remove}
		if o.remove {
			res.Err = q.remove(o.id)
		} else {
			res.SavedAt = o.rec.SavedAt
			res.Err = q.write(o.rec)
		}
		if q.done != nil {
			q.done(res)
		}

		q.mu.Lock()
	}
	q.running = false
	q.idle.Broadcast()
	q.mu.Unlock()
}

// Wait blocks until every queued operation is done: before the program exits, so that a
// removal is not lost.
func (q *Queue) Wait() {
	q.mu.Lock()
	for q.running {
		q.idle.Wait()
	}
	q.mu.Unlock()
}
