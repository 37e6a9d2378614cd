// Package pagecache keeps every page computed once per build: a page is a pure
// function of the build and its parameters, so it is computed on first request (or
// before its build becomes current), held in memory and answered from there with an
// ETag, while concurrent requests for one page wait for one computation and a bound
// keeps how many distinct pages compute at a time.
package pagecache

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"log/slog"
	"net/http"
	"sort"
	"sync"
	"sync/atomic"
	"time"
)

// Builds pins the build a page is computed on: under the returned context every
// query of the page reads that build. It returns the build's name and the function
// that lets the build go.
type Builds interface {
	Pin(ctx context.Context) (context.Context, string, func(), error)
}

// Options configure a cache.
type Options struct {
	Routes    map[string]Route // the cached routes, by their pattern (gin's FullPath)
	Computing int              // distinct pages computing at once; others wait
	MaxBytes  int64            // pages kept per build beyond the warmed ones; past it pages are computed, served, not kept
	Timeout   time.Duration    // one page's computation
	Log       *slog.Logger
	// Modified is when a build's data were taken, sent as Last-Modified; nil sends none.
	Modified func(build string) time.Time
}

// Cache holds the pages of the newest builds.
type Cache struct {
	builds  Builds
	opts    Options
	handler http.Handler
	sem     chan struct{}
	fills   atomic.Int64
	running atomic.Int64 // pages computing now
	peak    atomic.Int64 // the most pages computing at once so far

	mu   sync.Mutex
	gens map[string]*generation
}

// keepBuilds is how many builds keep pages: the current one and the next, being warmed.
const keepBuilds = 2

type generation struct {
	pages   map[string]*entry
	flights map[string]*flight
	bytes   int64
}

// entry is one computed response.
type entry struct {
	status   int
	header   http.Header
	body     []byte
	gz       []byte // body gzipped, for clients that accept it; nil when it saves nothing
	etag     string
	modified time.Time
}

type flight struct {
	done chan struct{}
	e    *entry
}

// New makes a cache over builds; SetHandler must be called before it serves.
func New(builds Builds, opts Options) *Cache {
	if opts.Computing <= 0 {
		opts.Computing = 2
	}
	if opts.MaxBytes <= 0 {
		opts.MaxBytes = 64 << 20
	}
	if opts.Timeout <= 0 {
		opts.Timeout = 5 * time.Minute
	}
	if opts.Log == nil {
		opts.Log = slog.New(slog.DiscardHandler)
	}
	return &Cache{builds: builds, opts: opts, sem: make(chan struct{}, opts.Computing), gens: map[string]*generation{}}
}

// SetHandler sets the handler pages are computed through: the whole server, so a
// page computed ahead of a request is the same bytes a request would get.
func (c *Cache) SetHandler(h http.Handler) { c.handler = h }

// Fills counts the pages computed so far.
func (c *Cache) Fills() int64 { return c.fills.Load() }

// PeakComputing is the most pages that computed at once so far.
func (c *Cache) PeakComputing() int64 { return c.peak.Load() }

// Warm computes the pages at urls (canonical: path, then only the parameters their
// route reads, sorted, defaults left out) on the build ctx is pinned to, and keeps
// them whatever their size. It is meant for warehouse.Serving.OnSwitch.
func (c *Cache) Warm(ctx context.Context, build string, urls []string) error {
	var wg sync.WaitGroup
	errs := make([]error, len(urls))
	for i, u := range urls {
		wg.Add(1)
		go func() {
			defer wg.Done()
			e, err := c.get(ctx, build, u, true)
			if err == nil && e.status != http.StatusOK {
				err = errors.New(http.StatusText(e.status))
			}
			if err != nil {
				errs[i] = errors.New(u + ": " + err.Error())
			}
		}()
	}
	wg.Wait()
	return errors.Join(errs...)
}

// get returns the page at key (a canonical URL) for build, computing it if needed.
func (c *Cache) get(ctx context.Context, build, key string, keep bool) (*entry, error) {
	c.mu.Lock()
	g := c.generation(build)
	if g != nil {
		if e, ok := g.pages[key]; ok {
			c.mu.Unlock()
			return e, nil
		}
	}
	var f *flight
	if g != nil {
		f = g.flights[key]
	}
	if f == nil {
		f = &flight{done: make(chan struct{})}
		if g != nil {
			g.flights[key] = f
		}
		go c.fill(ctx, build, key, keep, f)
	}
	c.mu.Unlock()
	select {
	case <-f.done:
		return f.e, nil
	case <-ctx.Done():
		return nil, ctx.Err()
	}
}

// generation returns the pages of build, nil for a build older than the ones kept.
// Called with c.mu held.
func (c *Cache) generation(build string) *generation {
	if g, ok := c.gens[build]; ok {
		return g
	}
	names := []string{build}
	for b := range c.gens {
		names = append(names, b)
	}
	sort.Sort(sort.Reverse(sort.StringSlice(names))) // build names sort by time
	for i, b := range names {
		if i >= keepBuilds {
			if b == build {
				return nil
			}
			delete(c.gens, b)
		}
	}
	g := &generation{pages: map[string]*entry{}, flights: map[string]*flight{}}
	c.gens[build] = g
	return g
}

// fill computes one page through the handler, detached from the request that asked
// for it, so the requests waiting for it get it even if that one goes away.
func (c *Cache) fill(ctx context.Context, build, key string, keep bool, f *flight) {
	defer close(f.done)
	pinned, _, release, err := c.builds.Pin(context.WithoutCancel(ctx))
	if err != nil {
		f.e = unavailable()
		return
	}
	defer release()
	pinned, cancel := context.WithTimeout(context.WithValue(pinned, fillKey{}, true), c.opts.Timeout)
	defer cancel()
	select {
	case c.sem <- struct{}{}:
	case <-pinned.Done():
		f.e = unavailable()
		return
	}
	c.fills.Add(1)
	n := c.running.Add(1)
	for p := c.peak.Load(); n > p && !c.peak.CompareAndSwap(p, n); p = c.peak.Load() {
	}
	start := time.Now()
	f.e = c.compute(pinned, key)
	c.running.Add(-1)
	f.e.etag = etag(build, key)
	if c.opts.Modified != nil {
		f.e.modified = c.opts.Modified(build)
	}
	if f.e.status == http.StatusOK {
		f.e.gz = gzipped(f.e.body)
	}
	<-c.sem
	c.opts.Log.Debug("page computed", "build", build, "page", key, "status", f.e.status, "ms", time.Since(start).Milliseconds())
	c.store(build, key, keep, f)
}

func (c *Cache) compute(ctx context.Context, key string) *entry {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, key, nil)
	if err != nil {
		return &entry{status: http.StatusBadRequest}
	}
	rec := &recorder{header: http.Header{}}
	c.handler.ServeHTTP(rec, req)
	return rec.entry()
}

// store keeps a successful page; errors are never kept, so the next request tries again.
func (c *Cache) store(build, key string, keep bool, f *flight) {
	c.mu.Lock()
	defer c.mu.Unlock()
	g := c.gens[build]
	if g == nil {
		return
	}
	delete(g.flights, key)
	if f.e.status != http.StatusOK || (!keep && g.bytes+int64(len(f.e.body)+len(f.e.gz)) > c.opts.MaxBytes) {
		return
	}
	g.pages[key] = f.e
	g.bytes += int64(len(f.e.body) + len(f.e.gz))
}

type fillKey struct{}

// unavailable is the answer when a page could not start computing in time.
func unavailable() *entry {
	return &entry{status: http.StatusServiceUnavailable, header: http.Header{"Content-Type": {"text/plain; charset=utf-8"}, "Retry-After": {"30"}},
		body: []byte("Сервер зараз обчислює інші сторінки; спробуйте за хвилину.\n")}
}

// etag names a page of a build: it changes exactly when the build or the page does.
func etag(build, key string) string {
	sum := sha256.Sum256([]byte(build + "\x00" + key))
	return `"` + hex.EncodeToString(sum[:12]) + `"`
}
