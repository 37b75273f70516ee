package report

import (
	"bytes"
	"sync"
	"testing"
)

// TestConcurrentReports renders reports on several goroutines at once. Under -race it catches
// two documents sharing font bytes (gofpdf writes to the slice it loads); without -race it
// checks that concurrent renders give the same bytes as a lone one.
func TestConcurrentReports(t *testing.T) {
	shared := smallCase() // read by every goroutine: rendering must not write to the case
	want := map[string][]byte{"da": render(t, smallCase(), "da"), "en": render(t, smallCase(), "en")}
	const n = 6
	var wg sync.WaitGroup
	errs := make(chan string, 2*n)
	for i := 0; i < n; i++ {
		for _, lang := range []string{"da", "en"} {
			wg.Add(1)
			go func() {
				defer wg.Done()
				c := shared
				if i%2 == 1 {
					c = smallCase()
				}
				pdf, err := PDF(c, Options{Lang: lang})
				switch {
				case err != nil:
					errs <- err.Error()
				case !bytes.Equal(pdf, want[lang]):
					errs <- lang + ": a concurrent render differs from a lone one"
				}
			}()
		}
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
}
