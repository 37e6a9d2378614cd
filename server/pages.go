package server

import (
	"context"
	"log/slog"
	"net/http"
	"net/url"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/hromadata/hromadata/dashboards"
	"github.com/hromadata/hromadata/indicators"
	"github.com/hromadata/hromadata/pagecache"
	"github.com/hromadata/hromadata/warehouse"
)

// defaultYear is the year the pages show when none is asked for.
const defaultYear = dashboards.DefaultYear

var byYear = pagecache.Route{Params: []string{"year"}, Defaults: map[string]string{"year": defaultYear}}

// byPeriod is a page by ?period= and ?office=; ?as_of= only redirects old links.
var byPeriod = pagecache.Route{Params: []string{"period", "office", "as_of"}, Defaults: map[string]string{"period": defaultYear}}

// pageRoutes are the pages computed once per build, with what makes them differ.
var pageRoutes = map[string]pagecache.Route{
	"/":               byPeriod,
	"/indicator/:id":  byPeriod,
	"/budget":         byYear,
	"/areas/:slug":    {Params: []string{"year", "as_of"}, Defaults: map[string]string{"year": defaultYear}},
	"/reconcile":      {Params: []string{"period", "all"}, Defaults: map[string]string{"period": defaultYear}},
	"/report":         byYear,
	"/api/indicators": {Params: []string{"period", "office", "format"}, Variant: csvAccepted},
}

// warmPages are the pages leadership opens first, rendered on a new build before
// it becomes current.
func warmPages() []string {
	urls := []string{"/", "/areas/benefits", "/budget", "/reconcile", "/report"}
	for _, a := range dashboards.Areas {
		urls = append(urls, "/areas/"+a.Slug)
	}
	return urls
}

// csvAccepted folds "Accept: text/csv" into format=csv, so the two are one page.
func csvAccepted(r *http.Request, q url.Values) {
	if q.Get("format") == "" && strings.Contains(r.Header.Get("Accept"), "text/csv") {
		q.Set("format", "csv")
	}
}

// pinner pins the serving build and names it for the indicator catalogue's memo,
// so every page computed on one build shares one catalogue per period.
type pinner struct{ s *warehouse.Serving }

func (p pinner) Pin(ctx context.Context) (context.Context, string, func(), error) {
	ctx, build, release, err := p.s.Pin(ctx)
	if err != nil {
		return ctx, build, release, err
	}
	return indicators.WithBuild(ctx, build), build, release, nil
}

// installPages serves the dashboards and the indicators API through the page cache,
// warmed on every new build before the build becomes current.
func installPages(r *gin.Engine, s *warehouse.Serving, log *slog.Logger) *pagecache.Cache {
	cache := pagecache.New(pinner{s}, pagecache.Options{Routes: pageRoutes, Computing: 2, Log: log})
	cache.SetHandler(r)
	pages := r.Group("", cache.Middleware())
	(&dashboards.Dashboards{Serving: s}).Install(pages)
	(&indicatorsAPI{serving: s}).install(pages)
	s.OnSwitch(func(ctx context.Context, build string) error { return cache.Warm(ctx, build, warmPages()) })
	return cache
}

// warm renders the first pages on the build being served at start, in the background.
func (s *Server) warm(ctx context.Context) {
	pinned, build, release, err := pinner{s.Serving}.Pin(ctx)
	if err != nil {
		return
	}
	defer release()
	if err := s.Pages.Warm(pinned, build, warmPages()); err != nil {
		s.cfg.Log.Warn("warm pages", "build", build, "err", err)
	}
}
