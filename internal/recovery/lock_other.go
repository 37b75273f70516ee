//go:build !(linux || darwin || freebsd || netbsd || openbsd || dragonfly || windows)

package recovery

import "os"

// tryLock cannot lock files on this system: every copy counts as a crash's leftover, as it did
// before owners were claimed.
func tryLock(*os.File) (bool, error) { return true, nil }
