package report

import (
	"bytes"
	"compress/zlib"
	"errors"
	"fmt"
	"runtime"
	"slices"
	"strconv"
	"sync"
)

// deflateStreams compresses the uncompressed streams of a PDF written by gofpdf and rewrites
// its cross-reference table. gofpdf's own compression makes a new zlib writer, about a
// megabyte of state, for every page; here each of a few goroutines resets one writer for each
// of its streams, which takes the memory a long report allocates from over a gigabyte to a
// fraction of it.
//
// It relies on the shape of gofpdf's output: objects written one after another as
// "N 0 obj\n...endobj\n", one classic xref table, and streams whose dictionary is exactly
// "<</Length L>>" (page contents). Anything else is copied unchanged.
func deflateStreams(in []byte) ([]byte, error) {
	offsets, xrefAt, err := xrefOffsets(in)
	if err != nil {
		return nil, err
	}
	type obj struct{ num, start, end int }
	objs := make([]obj, 0, len(offsets))
	for num, off := range offsets {
		if num > 0 {
			objs = append(objs, obj{num: num, start: off})
		}
	}
	slices.SortFunc(objs, func(a, b obj) int { return a.start - b.start })
	for i := range objs {
		if i+1 < len(objs) {
			objs[i].end = objs[i+1].start
		} else {
			objs[i].end = xrefAt
		}
		if objs[i].start > objs[i].end || objs[i].end > len(in) {
			return nil, errors.New("report: unexpected PDF object layout")
		}
	}
	if len(objs) == 0 {
		return nil, errors.New("report: no PDF objects")
	}

	// Compress the plain streams on a few goroutines, each with its own writer, then copy
	// the objects in order. Each stream is compressed alone, so the bytes do not depend on
	// which goroutine did it.
	type job struct {
		head, tail []byte
		data       []byte // the compressed stream; nil for an object copied as it is
	}
	jobs := make([]job, len(objs))
	var plain []int
	for i, o := range objs {
		if head, data, tail, ok := plainStream(in[o.start:o.end]); ok {
			jobs[i] = job{head: head, tail: tail, data: data}
			plain = append(plain, i)
		}
	}
	workers := min(runtime.GOMAXPROCS(0), 4, max(1, len(plain)/8))
	var wg sync.WaitGroup
	errs := make([]error, workers)
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var zbuf bytes.Buffer
			zw, _ := zlib.NewWriterLevel(&zbuf, zlib.BestSpeed)
			for k := w; k < len(plain); k += workers {
				j := &jobs[plain[k]]
				zbuf.Reset()
				zw.Reset(&zbuf)
				if _, err := zw.Write(j.data); err != nil {
					errs[w] = err
					return
				}
				if err := zw.Close(); err != nil {
					errs[w] = err
					return
				}
				j.data = bytes.Clone(zbuf.Bytes())
			}
		}()
	}
	wg.Wait()
	if err := errors.Join(errs...); err != nil {
		return nil, err
	}

	out := bytes.NewBuffer(make([]byte, 0, len(in)/2))
	out.Write(in[:objs[0].start]) // the header
	newOff := make([]int, len(offsets))
	for i, o := range objs {
		newOff[o.num] = out.Len()
		j := jobs[i]
		if j.head == nil {
			out.Write(in[o.start:o.end])
			continue
		}
		out.Write(j.head)
		out.WriteString("<</Filter /FlateDecode /Length ")
		out.WriteString(strconv.Itoa(len(j.data)))
		out.WriteString(">>\nstream\n")
		out.Write(j.data)
		out.Write(j.tail)
	}

	// The cross-reference table with the new offsets, then gofpdf's trailer unchanged.
	xref := out.Len()
	fmt.Fprintf(out, "xref\n0 %d\n0000000000 65535 f \n", len(offsets))
	for num := 1; num < len(offsets); num++ {
		fmt.Fprintf(out, "%010d 00000 n \n", newOff[num])
	}
	trailer := bytes.Index(in[xrefAt:], []byte("trailer\n"))
	startxref := bytes.LastIndex(in, []byte("startxref\n"))
	if trailer < 0 || startxref < 0 {
		return nil, errors.New("report: no PDF trailer")
	}
	out.Write(in[xrefAt+trailer : startxref])
	fmt.Fprintf(out, "startxref\n%d\n%%%%EOF\n", xref)
	return out.Bytes(), nil
}

// xrefOffsets reads the object offsets of gofpdf's cross-reference table (index 0 is the free
// entry) and where the table starts.
func xrefOffsets(in []byte) ([]int, int, error) {
	i := bytes.LastIndex(in, []byte("startxref\n"))
	if i < 0 {
		return nil, 0, errors.New("report: no startxref in the PDF")
	}
	rest := in[i+len("startxref\n"):]
	nl := bytes.IndexByte(rest, '\n')
	if nl < 0 {
		return nil, 0, errors.New("report: bad startxref")
	}
	at, err := strconv.Atoi(string(rest[:nl]))
	if err != nil || at < 0 || at >= len(in) || !bytes.HasPrefix(in[at:], []byte("xref\n0 ")) {
		return nil, 0, errors.New("report: bad startxref")
	}
	p := at + len("xref\n0 ")
	nl = bytes.IndexByte(in[p:], '\n')
	if nl < 0 {
		return nil, 0, errors.New("report: bad xref")
	}
	n, err := strconv.Atoi(string(in[p : p+nl]))
	if err != nil || n < 1 {
		return nil, 0, errors.New("report: bad xref size")
	}
	p += nl + 1
	const entry = 20 // "0000000000 65535 f \n"
	if p+n*entry > len(in) {
		return nil, 0, errors.New("report: short xref")
	}
	offsets := make([]int, n)
	for k := 1; k < n; k++ {
		e := in[p+k*entry : p+k*entry+entry]
		v, err := strconv.Atoi(string(e[:10]))
		if err != nil || e[17] != 'n' {
			return nil, 0, fmt.Errorf("report: bad xref entry %d", k)
		}
		offsets[k] = v
	}
	return offsets, at, nil
}

// plainStream splits an object "N 0 obj\n<</Length L>>\nstream\n<L bytes>\nendstream\nendobj\n"
// into the line "N 0 obj\n", the stream's data and what follows the data. ok is false for any
// other object.
func plainStream(body []byte) (head, data, tail []byte, ok bool) {
	nl := bytes.IndexByte(body, '\n')
	if nl < 0 || !bytes.HasSuffix(body[:nl], []byte(" 0 obj")) {
		return nil, nil, nil, false
	}
	head, rest := body[:nl+1], body[nl+1:]
	const open = "<</Length "
	if !bytes.HasPrefix(rest, []byte(open)) {
		return nil, nil, nil, false
	}
	rest = rest[len(open):]
	end := bytes.Index(rest, []byte(">>\nstream\n"))
	if end < 0 {
		return nil, nil, nil, false
	}
	length, err := strconv.Atoi(string(rest[:end]))
	if err != nil || length < 0 {
		return nil, nil, nil, false
	}
	rest = rest[end+len(">>\nstream\n"):]
	if length > len(rest) || !bytes.HasPrefix(rest[length:], []byte("\nendstream")) {
		return nil, nil, nil, false
	}
	return head, rest[:length], rest[length:], true
}
