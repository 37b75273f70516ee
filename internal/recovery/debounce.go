package recovery

import (
	"sync"
	"time"
)

// Delay is how long after the last edit a recovery copy is taken: long enough not to write
// while someone types, short enough that a crash loses at most a sentence.
const Delay = 2 * time.Second

// Timer is what the Debouncer needs of a timer; *time.Timer has it.
type Timer interface{ Stop() bool }

// Debouncer calls Fire once, Delay after the last call to Schedule. Fire runs on a timer's
// goroutine: it must hand over to the window's goroutine (fyne.Do) before touching the case.
type Debouncer struct {
	Delay time.Duration
	Fire  func()
	// After starts a timer; nil means time.AfterFunc. Tests give a fake clock.
	After func(d time.Duration, f func()) Timer

	mu    sync.Mutex
	timer Timer
	gen   uint64 // counts Schedule and Stop calls; a timer fires only if none came after it
}

// NewDebouncer returns a Debouncer that calls fire delay after the last Schedule.
func NewDebouncer(delay time.Duration, fire func()) *Debouncer {
	return &Debouncer{Delay: delay, Fire: fire}
}

// Schedule (re)starts the wait: Fire runs Delay from now unless Schedule or Stop is called again
// before then.
func (d *Debouncer) Schedule() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.stopLocked()
	gen := d.gen
	after := d.After
	if after == nil {
		after = func(d time.Duration, f func()) Timer { return time.AfterFunc(d, f) }
	}
	d.timer = after(d.Delay, func() {
		d.mu.Lock()
		current := d.gen == gen
		if current {
			d.timer = nil
		}
		d.mu.Unlock()
		if current {
			d.Fire()
		}
	})
}

// Stop cancels a scheduled Fire.
func (d *Debouncer) Stop() {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.stopLocked()
}

// Pending reports whether a Fire is scheduled.
func (d *Debouncer) Pending() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.timer != nil
}

func (d *Debouncer) stopLocked() {
	d.gen++
	if d.timer != nil {
		d.timer.Stop()
		d.timer = nil
	}
}
