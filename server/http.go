package server

import (
	"context"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"time"

	"github.com/gin-gonic/gin"
	"golang.org/x/net/netutil"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/web"
)

// HTTPLimits bound what one client can hold of the server.
type HTTPLimits struct {
	ReadHeader  time.Duration // to send the request line and headers
	Read        time.Duration // to send the whole request
	Write       time.Duration // to take a response; downloads extend their own
	Idle        time.Duration // a kept-alive connection waiting for its next request
	HeaderBytes int
	Connections int // open at once; more wait to be accepted
}

// DefaultHTTPLimits suit the department's site: pages come from memory, downloads
// are a few megabytes, and 20 000 idle connections must not make it unreachable.
var DefaultHTTPLimits = HTTPLimits{ReadHeader: 5 * time.Second, Read: 30 * time.Second, Write: 2 * time.Minute,
	Idle: 60 * time.Second, HeaderBytes: 64 << 10, Connections: 2048}

// httpServer is the http.Server with the limits applied.
func httpServer(h http.Handler, lim HTTPLimits) *http.Server {
	return &http.Server{Handler: h, ReadHeaderTimeout: lim.ReadHeader, ReadTimeout: lim.Read,
		WriteTimeout: lim.Write, IdleTimeout: lim.Idle, MaxHeaderBytes: lim.HeaderBytes}
}

// limitListener bounds the connections open at once.
func limitListener(ln net.Listener, lim HTTPLimits) net.Listener {
	if lim.Connections <= 0 {
		return ln
	}
	return netutil.LimitListener(ln, lim.Connections)
}

// openPrefixes are the open data and the public APIs: any site may read them.
var openPrefixes = []string{"/opendata/releases/", "/opendata/latest/", "/api/opendata/", "/api/indicators", "/api/3/"} // /api/3/: the CKAN API

// securityHeaders are on every response; a page with inline scripts widens its
// policy by their hashes (web.Render).
func securityHeaders(c *gin.Context) {
	h := c.Writer.Header()
	h.Set("Content-Security-Policy", web.BasePolicy)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Referrer-Policy", "strict-origin-when-cross-origin")
	if isOpen(c.Request.URL.Path) {
		h.Set("Access-Control-Allow-Origin", "*")
		h.Set("Access-Control-Expose-Headers", "ETag, Content-Length, Content-Encoding, X-Hromadata-Truncated")
		if c.Request.Method == http.MethodOptions {
			// A browser's preflight for a script that revalidates (If-None-Match) or reads a range.
			h.Set("Access-Control-Allow-Methods", "GET, HEAD")
			h.Set("Access-Control-Allow-Headers", "If-None-Match, If-Modified-Since, Range, Accept")
			h.Set("Access-Control-Max-Age", "86400")
			c.AbortWithStatus(http.StatusNoContent)
			return
		}
	}
	c.Next()
}

// isOpen reports whether path is open data or a public API.
func isOpen(path string) bool {
	for _, p := range openPrefixes {
		if strings.HasPrefix(path, p) {
			return true
		}
	}
	return false
}

// noRoute answers HEAD wherever GET is answered (as GET, whose body net/http
// then leaves out) and anything else with a Ukrainian page saying there is no such page.
func noRoute(engine *gin.Engine) gin.HandlerFunc {
	return func(c *gin.Context) {
		if c.Request.Method == http.MethodHead {
			get := c.Request.Clone(c.Request.Context())
			get.Method = http.MethodGet
			c.Request = get
			engine.HandleContext(c)
			c.Abort() // the GET chain ran in full; the rest of this one must not run after it
			return
		}
		web.Error(c, hromadata.E(hromadata.NotFound, "Такої сторінки немає. Почніть з головної: /"))
	}
}

// requestLog logs each request's path and outcome; query strings are left out so
// nothing a user typed reaches the log. A client that hung up is logged as such
// (499, as nginx does), not as a server error.
func requestLog(log *slog.Logger) gin.HandlerFunc {
	return func(c *gin.Context) {
		start := time.Now()
		c.Next()
		status := c.Writer.Status()
		if errors.Is(c.Request.Context().Err(), context.Canceled) && status >= 500 {
			status = 499
		}
		log.Info("http", "method", c.Request.Method, "path", c.Request.URL.Path, "status", status, "ms", time.Since(start).Milliseconds())
	}
}
