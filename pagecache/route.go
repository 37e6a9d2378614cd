package pagecache

import (
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
)

// Route says what makes one page of a route differ from another.
type Route struct {
	Params   []string          // the query parameters the page reads; any other is ignored
	Defaults map[string]string // a parameter given as its default is the same page as one left out
	// Variant folds what else the page depends on (such as Accept) into its query.
	Variant func(r *http.Request, q url.Values)
}

// key is the canonical URL of the page a request asks for.
func (rt Route) key(r *http.Request) string {
	in := r.URL.Query()
	q := url.Values{}
	for _, p := range rt.Params {
		if v := in.Get(p); v != "" && v != rt.Defaults[p] {
			q.Set(p, v)
		}
	}
	if rt.Variant != nil {
		rt.Variant(r, q)
	}
	if len(q) == 0 {
		return r.URL.EscapedPath()
	}
	return r.URL.EscapedPath() + "?" + q.Encode() // Encode sorts by key
}

// Middleware answers the cached routes from the cache; a route not in Options.Routes
// passes through. Install it on the routes' group.
func (c *Cache) Middleware() gin.HandlerFunc {
	return func(g *gin.Context) {
		rt, ok := c.opts.Routes[g.FullPath()]
		ctx := g.Request.Context()
		if !ok || g.Request.Method != http.MethodGet || ctx.Value(fillKey{}) != nil {
			g.Next()
			return
		}
		pinned, build, release, err := c.builds.Pin(ctx)
		if err != nil {
			g.Next() // nothing to serve yet: the page itself says so
			return
		}
		defer release()
		e, err := c.get(pinned, build, rt.key(g.Request), false)
		if err != nil {
			g.Abort() // the client went away
			return
		}
		serve(g, e)
		g.Abort()
	}
}

// serve writes a computed page, or 304 to a client that has it already.
func serve(g *gin.Context, e *entry) {
	h := g.Writer.Header()
	for k, v := range e.header {
		h[k] = v
	}
	body, tag := e.body, e.etag
	if e.gz != nil {
		h.Set("Vary", "Accept-Encoding")
		if AcceptsGzip(g.Request) {
			body, tag = e.gz, strings.TrimSuffix(e.etag, `"`)+`-gz"`
			h.Set("Content-Encoding", "gzip")
		}
	}
	if e.status == http.StatusOK {
		h.Set("ETag", tag)
		h.Set("Cache-Control", "no-cache")
		if !e.modified.IsZero() {
			h.Set("Last-Modified", e.modified.UTC().Format(http.TimeFormat))
		}
		if notModified(g.Request, tag, e.modified) {
			h.Del("Content-Type")
			h.Del("Content-Encoding")
			g.Status(http.StatusNotModified)
			g.Writer.WriteHeaderNow()
			return
		}
	}
	h.Set("Content-Length", strconv.Itoa(len(body)))
	g.Status(e.status)
	g.Writer.Write(body)
}

// AcceptsGzip reports whether the client takes gzip (and has not refused it with q=0).
func AcceptsGzip(r *http.Request) bool {
	for _, enc := range strings.Split(r.Header.Get("Accept-Encoding"), ",") {
		enc, q, _ := strings.Cut(strings.TrimSpace(enc), ";")
		if strings.EqualFold(strings.TrimSpace(enc), "gzip") && strings.ReplaceAll(q, " ", "") != "q=0" {
			return true
		}
	}
	return false
}

// notModified reports whether the client's copy is current: If-None-Match decides
// when sent, If-Modified-Since otherwise (RFC 9110, 13.2.2).
func notModified(r *http.Request, tag string, modified time.Time) bool {
	if inm := r.Header.Get("If-None-Match"); inm != "" {
		return matches(inm, tag)
	}
	ims, err := http.ParseTime(r.Header.Get("If-Modified-Since"))
	return err == nil && !modified.IsZero() && !modified.Truncate(time.Second).After(ims)
}

// matches reports whether an If-None-Match header names etag.
func matches(header, etag string) bool {
	for _, t := range strings.Split(header, ",") {
		t = strings.TrimPrefix(strings.TrimSpace(t), "W/")
		if t == etag || t == "*" {
			return true
		}
	}
	return false
}
