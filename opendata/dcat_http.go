package opendata

import (
	"net/http"
	"path/filepath"
	"strings"

	"github.com/gin-gonic/gin"
)

// The catalogue served with the links of the site that answers: a harvester
// reads /opendata/catalog (Turtle or JSON-LD as it asks) or the .ttl/.jsonld
// addresses; the copies inside each release keep the links they were written with.

func (s *Site) installDCAT(r gin.IRoutes) {
	for path, format := range map[string]string{"/opendata/catalog": "", "/opendata/catalog.ttl": "ttl", "/opendata/catalog.jsonld": "jsonld"} {
		h := s.catalogHandler(format)
		r.GET(path, h)
		r.HEAD(path, h)
	}
}

// baseFor is the site's address for links in an answer: --base-url, else the
// steward's base_url, else the address the request came to.
func (s *Site) baseFor(r *http.Request) string {
	if s.BaseURL != "" {
		return strings.TrimRight(s.BaseURL, "/")
	}
	if st, err := LoadSteward(s.DataDir); err == nil && st.BaseURL != "" {
		return strings.TrimRight(st.BaseURL, "/")
	}
	scheme := "http"
	if r.TLS != nil || strings.EqualFold(r.Header.Get("X-Forwarded-Proto"), "https") {
		scheme = "https"
	}
	host := firstNonEmpty(r.Header.Get("X-Forwarded-Host"), r.Host, "localhost")
	return scheme + "://" + host
}

func (s *Site) catalogHandler(format string) gin.HandlerFunc {
	return func(c *gin.Context) {
		allowCORS(c.Writer.Header())
		rel, err := Latest(s.DataDir)
		if err != nil {
			fail(c, err)
			return
		}
		st, _ := LoadSteward(s.DataDir)
		g := catalogueGraph(*rel, filepath.Join(ReleasesDir(s.DataDir), rel.ID), catalogueSite{Base: s.baseFor(c.Request), Steward: st})
		f := format
		if f == "" {
			f = "jsonld"
			if strings.Contains(c.GetHeader("Accept"), "text/turtle") {
				f = "ttl"
			}
			c.Header("Vary", "Accept")
		}
		if f == "ttl" {
			c.Data(http.StatusOK, "text/turtle; charset=utf-8", turtle(g))
			return
		}
		b, err := jsonLD(g)
		if err != nil {
			fail(c, err)
			return
		}
		c.Data(http.StatusOK, "application/ld+json", b)
	}
}
