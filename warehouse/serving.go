package warehouse

import (
	"context"
	"database/sql"
	"log/slog"
	"path/filepath"
	"sync"
	"time"
)

// Serving holds the current build open read-only and switches to a newer build when
// one becomes current. A request holds a lease on the handle it started with, and a
// replaced handle is closed only after its last lease is returned, so a switch never
// fails a request in flight.
type Serving struct {
	dataDir string
	limits  Limits
	log     *slog.Logger

	mu  sync.Mutex
	cur *handle

	refreshMu sync.Mutex                                      // one switch at a time
	prepare   []func(ctx context.Context, build string) error // run on a new build before it becomes current
}

type handle struct {
	path    string
	db      *sql.DB
	leases  int
	retired bool
}

// NewServing opens the current build, if there is one; without one the server still
// starts and answers that nothing is built yet.
func NewServing(dataDir string, lim Limits, log *slog.Logger) *Serving {
	s := &Serving{dataDir: dataDir, limits: lim, log: log}
	if err := s.Refresh(); err != nil {
		log.Warn("no build to serve yet", "err", err)
	}
	return s
}

// Acquire returns the current build and a function to call when done with it.
func (s *Serving) Acquire() (*sql.DB, func(), error) {
	h, release, err := s.lease()
	if err != nil {
		return nil, nil, err
	}
	return h.db, release, nil
}

// AcquireContext is Acquire, except that a context pinned to a build (see Pin)
// gets that build: every query of one page then reads the same build, and a page
// can be rendered on a new build before it becomes current.
func (s *Serving) AcquireContext(ctx context.Context) (*sql.DB, func(), error) {
	h, ok := ctx.Value(pinKey{}).(*handle)
	if !ok {
		return s.Acquire()
	}
	s.mu.Lock()
	h.leases++ // the pin holds a lease, so h is still open
	s.mu.Unlock()
	var once sync.Once
	return h.db, func() { once.Do(func() { s.release(h) }) }, nil
}

// Pin leases the current build for the life of the returned context: AcquireContext
// under it returns that build even after a switch. It returns the build's name
// (its file name) and the function that returns the lease.
func (s *Serving) Pin(ctx context.Context) (context.Context, string, func(), error) {
	if h, ok := ctx.Value(pinKey{}).(*handle); ok {
		s.mu.Lock()
		h.leases++ // a second lease, for work that outlives the first
		s.mu.Unlock()
		var once sync.Once
		return ctx, filepath.Base(h.path), func() { once.Do(func() { s.release(h) }) }, nil
	}
	h, release, err := s.lease()
	if err != nil {
		return ctx, "", nil, err
	}
	return context.WithValue(ctx, pinKey{}, h), filepath.Base(h.path), release, nil
}

// OnSwitch registers f to run on a new build, under a context pinned to it, after
// the build is opened and before it becomes current; the switch waits for f. An
// error of f is logged and does not stop the switch.
func (s *Serving) OnSwitch(f func(ctx context.Context, build string) error) {
	s.refreshMu.Lock()
	defer s.refreshMu.Unlock()
	s.prepare = append(s.prepare, f)
}

type pinKey struct{}

func (s *Serving) lease() (*handle, func(), error) {
	if s.Path() == "" {
		if err := s.Refresh(); err != nil {
			return nil, nil, err
		}
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cur == nil {
		return nil, nil, errNotOpen
	}
	h := s.cur
	h.leases++
	var once sync.Once
	return h, func() { once.Do(func() { s.release(h) }) }, nil
}

func (s *Serving) release(h *handle) {
	s.mu.Lock()
	defer s.mu.Unlock()
	h.leases--
	if h.retired && h.leases == 0 {
		h.db.Close()
	}
}

// Path is the build being served, or "" before the first build.
func (s *Serving) Path() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cur == nil {
		return ""
	}
	return s.cur.path
}

// Refresh switches to the current build if it changed.
func (s *Serving) Refresh() error {
	s.refreshMu.Lock()
	defer s.refreshMu.Unlock()
	path, err := Current(s.dataDir)
	if err != nil {
		return err
	}
	if s.Path() == path {
		return nil
	}
	db, err := OpenReadOnly(path, s.limits)
	if err != nil {
		return err
	}
	next := &handle{path: path, db: db, leases: 1} // the lease of the preparation
	ctx := context.WithValue(context.Background(), pinKey{}, next)
	for _, f := range s.prepare {
		if err := f(ctx, filepath.Base(path)); err != nil {
			s.log.Warn("prepare build", "path", path, "err", err)
		}
	}
	s.mu.Lock()
	next.leases--
	old := s.cur
	s.cur = next
	if old != nil {
		old.retired = true
		if old.leases == 0 {
			old.db.Close()
		}
	}
	s.mu.Unlock()
	s.log.Info("serving build", "path", path)
	return nil
}

// Watch refreshes every interval until ctx ends.
func (s *Serving) Watch(ctx context.Context, interval time.Duration) {
	t := time.NewTicker(interval)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case <-t.C:
			if err := s.Refresh(); err != nil && s.Path() != "" {
				s.log.Error("refresh build", "err", err)
			}
		}
	}
}

// Close closes the handle once no request holds it.
func (s *Serving) Close() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.cur != nil {
		s.cur.retired = true
		if s.cur.leases == 0 {
			s.cur.db.Close()
		}
		s.cur = nil
	}
}
