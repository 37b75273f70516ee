package report

import (
	"bytes"
	"sync"
	"testing"
)

// TestConcurrentReports renders reports, full and short, on several goroutines at once. Under
// -race it catches two documents sharing font bytes (gofpdf writes to the slice it loads) or
// anything else shared between renders; without -race it checks that concurrent renders give
// the same bytes as a lone one.
func TestConcurrentReports(t *testing.T) {
	shared := smallCase() // read by every goroutine: rendering must not write to the case
	want := map[Options][]byte{}
	for _, lang := range []string{"da", "en"} {
		for _, short := range []bool{false, true} {
			pdf, err := PDF(smallCase(), Options{Lang: lang, Short: short})
			if err != nil {
				t.Fatal(err)
			}
			want[Options{Lang: lang, Short: short}] = pdf
		}
	}
	const n = 6
	var wg sync.WaitGroup
	errs := make(chan string, 4*n)
	for i := 0; i < n; i++ {
		for opt := range want {
			wg.Add(1)
			go func() {
				defer wg.Done()
				c := shared
				if i%2 == 1 {
					c = smallCase()
				}
				pdf, err := PDF(c, opt)
				switch {
				case err != nil:
					errs <- err.Error()
				case !bytes.Equal(pdf, want[opt]):
					errs <- opt.Lang + ": a concurrent render differs from a lone one"
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
