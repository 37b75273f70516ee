//go:build unix

package report

import (
	"syscall"
	"time"
)

// cpuTime is the processor time the test process has used so far, all threads: a measure of
// work that, unlike the benchmark's wall time, does not grow when other programs load the
// machine.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
