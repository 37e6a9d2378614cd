package opendata

import (
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/atomicfile"
	"github.com/hromadata/hromadata/pagecache"
)

// downloadTime is how long a client may take to receive one file, past the
// server's write timeout for pages.
const downloadTime = 30 * time.Minute

var contentTypes = map[string]string{
	".csv":     "text/csv; charset=utf-8",
	".json":    "application/json; charset=utf-8",
	".jsonld":  "application/ld+json",
	".ttl":     "text/turtle; charset=utf-8",
	".parquet": "application/vnd.apache.parquet",
	".xlsx":    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}

// compressible files have a gzip copy written beside them at publish time.
func compressible(name string) bool {
	ext := filepath.Ext(name)
	return ext == ".csv" || ext == ".json"
}

// serveFile serves one file of a release as a static server would: ranges, HEAD,
// ETag and Last-Modified with their conditional requests, the gzip copy to a
// client that accepts it, and sendfile underneath. Names are checked so a request
// cannot leave the releases folder, and symbolic links are not followed.
func serveFile(c *gin.Context, dataDir, release, name string, immutable bool) {
	notFound := hromadata.E(hromadata.NotFound, "файл не знайдено")
	if !safeName(release) || !safeName(name) || strings.HasSuffix(name, ".gz") {
		fail(c, notFound)
		return
	}
	dir := filepath.Join(ReleasesDir(dataDir), release)
	if st, err := os.Lstat(dir); err != nil || !st.IsDir() {
		fail(c, notFound)
		return
	}
	path := filepath.Join(dir, name)
	f, st, err := openRegular(path)
	if err != nil {
		fail(c, notFound)
		return
	}
	defer func() { f.Close() }()
	h := c.Writer.Header()
	tag := release + "/" + name
	if compressible(name) {
		h.Set("Vary", "Accept-Encoding")
		if pagecache.AcceptsGzip(c.Request) {
			if gf, gst, err := openRegular(path + ".gz"); err == nil {
				f.Close()
				f, st, tag = gf, gst, tag+".gz"
				h.Set("Content-Encoding", "gzip")
			}
		}
	}
	if ct, ok := contentTypes[filepath.Ext(name)]; ok {
		h.Set("Content-Type", ct)
	}
	h.Set("ETag", fileETag(tag, st))
	if immutable {
		h.Set("Cache-Control", "public, max-age=31536000, immutable") // a release never changes
	} else {
		h.Set("Cache-Control", "no-cache") // latest/ moves to each new release
	}
	http.NewResponseController(c.Writer).SetWriteDeadline(time.Now().Add(downloadTime))
	http.ServeContent(sendfileWriter{c.Writer}, c.Request, name, st.ModTime(), f)
}

// openRegular opens a regular file that is not a symbolic link.
func openRegular(path string) (*os.File, os.FileInfo, error) {
	st, err := os.Lstat(path)
	if err != nil {
		return nil, nil, err
	}
	if !st.Mode().IsRegular() {
		return nil, nil, os.ErrNotExist
	}
	f, err := os.Open(path)
	return f, st, err
}

func fileETag(tag string, st os.FileInfo) string {
	sum := sha256.Sum256([]byte(tag + "\x00" + strconv.FormatInt(st.Size(), 10) + "\x00" + strconv.FormatInt(st.ModTime().UnixNano(), 10)))
	return `"` + hex.EncodeToString(sum[:12]) + `"`
}

// sendfileWriter lets http.ServeContent reach the connection's ReadFrom (sendfile)
// through gin's writer, which has none of its own.
type sendfileWriter struct{ gin.ResponseWriter }

func (w sendfileWriter) ReadFrom(r io.Reader) (int64, error) {
	w.ResponseWriter.WriteHeaderNow()
	if u, ok := w.ResponseWriter.(interface{ Unwrap() http.ResponseWriter }); ok {
		if rf, ok := u.Unwrap().(io.ReaderFrom); ok {
			return rf.ReadFrom(r)
		}
	}
	return io.Copy(struct{ io.Writer }{w.ResponseWriter}, r)
}

// writeGzip writes the gzip copy of a published file beside it, for clients that
// accept it.
func writeGzip(path string, b []byte) error {
	var buf strings.Builder
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestCompression)
	if _, err := zw.Write(b); err != nil {
		return err
	}
	if err := zw.Close(); err != nil {
		return err
	}
	return atomicfile.WriteFile(path+".gz", []byte(buf.String()), 0o644)
}
