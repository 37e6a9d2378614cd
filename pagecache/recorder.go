package pagecache

import (
	"bytes"
	"compress/gzip"
	"net/http"
)

// recorder captures a response computed for the cache.
type recorder struct {
	header http.Header
	status int
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header { return r.header }

func (r *recorder) WriteHeader(status int) {
	if r.status == 0 {
		r.status = status
	}
}

// Flush does nothing: the page is sent whole once computed.
func (r *recorder) Flush() {}

func (r *recorder) Write(b []byte) (int, error) {
	r.WriteHeader(http.StatusOK)
	return r.body.Write(b)
}

// entry is what was recorded, with the headers a replay must not repeat left out.
func (r *recorder) entry() *entry {
	if r.status == 0 {
		r.status = http.StatusOK
	}
	h := r.header.Clone()
	for _, k := range []string{"Content-Length", "Date", "Etag", "Cache-Control", "Set-Cookie"} {
		h.Del(k)
	}
	return &entry{status: r.status, header: h, body: r.body.Bytes()}
}

// gzipped is b compressed, or nil when that would not make it smaller by a tenth
// (small or already compressed bodies).
func gzipped(b []byte) []byte {
	if len(b) < 1024 {
		return nil
	}
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	zw.Write(b)
	zw.Close()
	if buf.Len() > len(b)*9/10 {
		return nil
	}
	return buf.Bytes()
}
