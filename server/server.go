// Package server wires the HTTP server: Gin, the dashboards, open data, the
// analysts' SQL API and health, over the current build which it switches to a
// newer one without a restart.
package server

import (
	"context"
	"crypto/tls"
	"errors"
	"log/slog"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/hromadata/hromadata/auth"
	"github.com/hromadata/hromadata/opendata"
	"github.com/hromadata/hromadata/pagecache"
	"github.com/hromadata/hromadata/pgwire"
	"github.com/hromadata/hromadata/sqlapi"
	"github.com/hromadata/hromadata/warehouse"
	"github.com/hromadata/hromadata/web"
)

// Config configures a server.
type Config struct {
	DataDir      string
	BaseURL      string // the site's address from outside for open-data links; "" takes the steward's, else the request's
	DB           warehouse.Limits
	SQL          sqlapi.Limits
	Log          *slog.Logger
	RefreshEvery time.Duration // how often to look for a new build
	HTTP         HTTPLimits    // zero: DefaultHTTPLimits
}

// Server is a configured HTTP handler with the build it serves.
type Server struct {
	Handler  http.Handler
	Serving  *warehouse.Serving
	SQL      *sqlapi.API
	Pages    *pagecache.Cache
	cfg      Config
	queryLog *os.File
}

// New builds the server; Close releases what it opened.
func New(cfg Config) (*Server, error) {
	if cfg.RefreshEvery == 0 {
		cfg.RefreshEvery = 2 * time.Second
	}
	if err := os.MkdirAll(filepath.Join(cfg.DataDir, "logs"), 0o755); err != nil {
		return nil, err
	}
	qf, err := os.OpenFile(filepath.Join(cfg.DataDir, "logs", "sql-queries.jsonl"), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o640)
	if err != nil {
		return nil, err
	}
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.Use(gin.Recovery(), requestLog(cfg.Log), securityHeaders)
	r.NoRoute(noRoute(r))
	s := &Server{cfg: cfg, queryLog: qf, Serving: warehouse.NewServing(cfg.DataDir, cfg.DB, cfg.Log)}
	api := &sqlapi.API{Serving: s.Serving, DataDir: cfg.DataDir, Tokens: auth.NewStore(cfg.DataDir), Limits: cfg.SQL, Log: slog.New(slog.NewJSONHandler(qf, nil)), Ops: cfg.Log}
	s.SQL = api
	web.Install(r)
	s.Pages = installPages(r, s.Serving, cfg.Log)
	(&opendata.Site{DataDir: cfg.DataDir, BaseURL: cfg.BaseURL}).Install(r)
	api.Install(r)
	api.InstallConsole(r)
	r.GET("/healthz", s.health)
	s.Handler = r
	return s, nil
}

func (s *Server) health(c *gin.Context) {
	build := filepath.Base(s.Serving.Path())
	if s.Serving.Path() == "" {
		build = ""
	}
	release := ""
	if rel, err := opendata.Latest(s.cfg.DataDir); err == nil {
		release = rel.ID
	}
	c.JSON(http.StatusOK, gin.H{"status": "ok", "build": build, "release": release})
}

// Serve answers on ln until ctx ends, then drains requests in flight.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	lim := s.cfg.HTTP
	if lim == (HTTPLimits{}) {
		lim = DefaultHTTPLimits
	}
	srv := httpServer(s.Handler, lim)
	go s.Serving.Watch(ctx, s.cfg.RefreshEvery)
	go s.warm(ctx)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(limitListener(ln, lim)) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	shutdown, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	err := srv.Shutdown(shutdown)
	if e := <-errc; !errors.Is(e, http.ErrServerClosed) && err == nil {
		err = e
	}
	return err
}

// Close closes the build and the query log.
func (s *Server) Close() error {
	s.SQL.Close()
	s.Serving.Close()
	return s.queryLog.Close()
}

// ServePG answers the PostgreSQL protocol on ln until ctx ends: the same tokens,
// checks, workers and query log as /api/sql (see package pgwire). tlsConfig is the
// steward's certificate; without it only a loopback listener is accepted. conns
// bounds the connections (zero fields: pgwire.DefaultConnLimits).
func (s *Server) ServePG(ctx context.Context, ln net.Listener, tlsConfig *tls.Config, conns pgwire.ConnLimits) error {
	pg, err := pgwire.New(pgwire.Config{API: s.SQL, Tokens: s.SQL.Tokens, TLS: tlsConfig, Log: s.cfg.Log, Conns: conns})
	if err != nil {
		return err
	}
	return pg.Serve(ctx, ln)
}
