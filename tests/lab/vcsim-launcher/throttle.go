package main

import (
	"net/http"
	"strings"
	"time"
)

// throttledReads slows down datastore reads (GET /folder/...) to a given rate, so tests
// can act while a backup is still reading a disk: freeze or kill the lab mid-read. Real
// datastores behind a busy vCenter are this slow; vcsim serves files at memory speed.
type throttledReads struct {
	inner       http.Handler
	bytesPerSec int64
}

func newThrottledReads(inner http.Handler, kibPerSec int64) http.Handler {
	if kibPerSec <= 0 {
		return inner
	}
	return &throttledReads{inner: inner, bytesPerSec: kibPerSec * 1024}
}

func (t *throttledReads) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet || !strings.HasPrefix(r.URL.Path, "/folder/") {
		t.inner.ServeHTTP(w, r)
		return
	}
	t.inner.ServeHTTP(&throttledWriter{ResponseWriter: w, bytesPerSec: t.bytesPerSec, start: time.Now()}, r)
}

type throttledWriter struct {
	http.ResponseWriter
	bytesPerSec int64
	start       time.Time
	written     int64
}

// Write paces the body: after each piece it sleeps until the average rate is back at the
// limit, writing in 16 KiB pieces so the pace is smooth.
func (w *throttledWriter) Write(p []byte) (int, error) {
	total := 0
	for len(p) > 0 {
		n := len(p)
		if n > 16384 {
			n = 16384
		}
		m, err := w.ResponseWriter.Write(p[:n])
		total += m
		w.written += int64(m)
		if err != nil {
			return total, err
		}
		p = p[n:]
		due := time.Duration(w.written * int64(time.Second) / w.bytesPerSec)
		if wait := due - time.Since(w.start); wait > 0 {
			time.Sleep(wait)
		}
	}
	return total, nil
}
