package server

import (
	"context"
	"log/slog"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/hromadata/hromadata/dashboards"
	"github.com/hromadata/hromadata/indicators"
	"github.com/hromadata/hromadata/pagecache"
	"github.com/hromadata/hromadata/warehouse"
)

// byView are the pages that differ by the selection (period, comparison, office) and
// by the chart whose data they give instead. Their default period follows the
// build's coverage, so it has no fixed default here: /budget and /budget?period=2023
// may be two entries of one page.
var byView = pagecache.Route{Params: append(append([]string{}, dashboards.ViewParams...), dashboards.ChartParams...)}

// pageRoutes are the pages computed once per build, with what makes them differ.
var pageRoutes = map[string]pagecache.Route{
	// "/" is the first screen; its ?as_of= only sends old links to /areas/benefits,
	// which reads it (the state at another month start).
	"/":               {Params: append([]string{"as_of"}, dashboards.ViewParams...)},
	"/indicator/:id":  {Params: dashboards.ViewParams},
	"/budget":         byView,
	"/areas":          {Params: dashboards.ViewParams},
	"/areas/:slug":    {Params: append([]string{"as_of"}, byView.Params...)},
	"/reconcile":      {Params: append([]string{"all"}, byView.Params...)},
	"/report":         {Params: dashboards.ViewParams},
	"/api/indicators": {Params: []string{"period", "office", "format"}, Variant: csvAccepted},
}

// warmPages are the pages leadership opens first, rendered on a new build before
// it becomes current.
func warmPages() []string {
	urls := []string{"/", "/areas", "/areas/benefits", "/budget", "/reconcile", "/report"}
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

// buildTime is when a build started, from its name (build-20261130T071112.601575.duckdb):
// its pages' Last-Modified.
func buildTime(build string) time.Time {
	t, _ := time.Parse("20060102T150405.000000", strings.TrimSuffix(strings.TrimPrefix(build, "build-"), ".duckdb"))
	return t
}

// installPages serves the dashboards and the indicators API through the page cache,
// warmed on every new build before the build becomes current.
func installPages(r *gin.Engine, s *warehouse.Serving, log *slog.Logger) *pagecache.Cache {
	cache := pagecache.New(pinner{s}, pagecache.Options{Routes: pageRoutes, Computing: 2, Log: log, Modified: buildTime})
	cache.SetHandler(r)
	pages := r.Group("", dashboards.RedirectYear, cache.Middleware())
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
