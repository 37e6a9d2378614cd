package pagecache

import (
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gin-gonic/gin"
)

// fakeBuilds serves one build at a time, named by the test.
type fakeBuilds struct {
	mu    sync.Mutex
	build string
}

type buildKey struct{}

func (f *fakeBuilds) Pin(ctx context.Context) (context.Context, string, func(), error) {
	if b, ok := ctx.Value(buildKey{}).(string); ok {
		return ctx, b, func() {}, nil
	}
	f.mu.Lock()
	defer f.mu.Unlock()
	return context.WithValue(ctx, buildKey{}, f.build), f.build, func() {}, nil
}

func (f *fakeBuilds) set(b string) {
	f.mu.Lock()
	f.build = b
	f.mu.Unlock()
}

// buildTimes are when the test's builds took their data.
var buildTimes = map[string]time.Time{
	"build-1": time.Date(2024, 1, 10, 9, 30, 15, 500, time.UTC),
	"build-2": time.Date(2024, 2, 10, 9, 30, 0, 0, time.UTC),
}

// site is a cache over a gin engine whose page reports the build it was computed
// on, counting computations and the most running at once.
type site struct {
	cache   *Cache
	handler http.Handler
	builds  *fakeBuilds
	calls   atomic.Int64
	running atomic.Int64
	peak    atomic.Int64
	fail    atomic.Bool
	delay   time.Duration
}

func mustSite(t *testing.T, computing int, delay time.Duration) *site {
	t.Helper()
	gin.SetMode(gin.ReleaseMode)
	s := &site{builds: &fakeBuilds{build: "build-1"}, delay: delay}
	r := gin.New()
	s.cache = New(s.builds, Options{Computing: computing, Routes: map[string]Route{
		"/page/:n": {Params: []string{"year"}, Defaults: map[string]string{"year": "2023"}},
	}, Modified: func(build string) time.Time { return buildTimes[build] }})
	s.cache.SetHandler(r)
	r.Group("", s.cache.Middleware()).GET("/page/:n", func(c *gin.Context) {
		s.calls.Add(1)
		n := s.running.Add(1)
		for p := s.peak.Load(); n > p && !s.peak.CompareAndSwap(p, n); p = s.peak.Load() {
		}
		time.Sleep(s.delay)
		s.running.Add(-1)
		if s.fail.Load() {
			c.String(http.StatusInternalServerError, "помилка")
			return
		}
		_, build, _, _ := s.builds.Pin(c.Request.Context())
		c.String(http.StatusOK, "%s %s year=%s", build, c.Param("n"), c.DefaultQuery("year", "2023"))
	})
	r.GET("/other", func(c *gin.Context) { s.calls.Add(1); c.String(http.StatusOK, "x") })
	s.handler = r
	return s
}

func (s *site) get(t *testing.T, path string, header ...string) *http.Response {
	t.Helper()
	req := httptest.NewRequest(http.MethodGet, path, nil)
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	w := httptest.NewRecorder()
	s.handler.ServeHTTP(w, req)
	return w.Result()
}

func body(t *testing.T, r *http.Response) string {
	t.Helper()
	b, err := io.ReadAll(r.Body)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestSingleFlight(t *testing.T) {
	s := mustSite(t, 2, 200*time.Millisecond)
	var wg sync.WaitGroup
	bodies := make([]string, 64)
	for i := range bodies {
		wg.Add(1)
		go func() {
			defer wg.Done()
			bodies[i] = body(t, s.get(t, "/page/1"))
		}()
	}
	wg.Wait()
	if n := s.calls.Load(); n != 1 {
		t.Errorf("64 concurrent requests computed the page %d times, want 1", n)
	}
	if n := s.cache.Fills(); n != 1 {
		t.Errorf("Fills() = %d, want 1", n)
	}
	for i, b := range bodies {
		if b != "build-1 1 year=2023" {
			t.Fatalf("request %d got %q", i, b)
		}
	}
}

func TestComputingBound(t *testing.T) {
	s := mustSite(t, 2, 100*time.Millisecond)
	var wg sync.WaitGroup
	for i := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if r := s.get(t, fmt.Sprintf("/page/%d", i)); r.StatusCode != http.StatusOK {
				t.Errorf("page %d: status %d", i, r.StatusCode)
			}
		}()
	}
	wg.Wait()
	if p := s.peak.Load(); p > 2 {
		t.Errorf("%d pages computed at once, bound is 2", p)
	}
	if n := s.calls.Load(); n != 8 {
		t.Errorf("%d computations for 8 distinct pages", n)
	}
}

func TestKeys(t *testing.T) {
	tests := []struct {
		name  string
		paths []string
		calls int64
	}{
		{"default is the page without it", []string{"/page/1", "/page/1?year=2023"}, 1},
		{"unknown parameters are ignored", []string{"/page/1?year=2022", "/page/1?utm=x&year=2022", "/page/1?year=2022&_=1"}, 1},
		{"parameters it reads make pages", []string{"/page/1?year=2022", "/page/1?year=2021", "/page/2?year=2022"}, 3},
		{"routes not listed are not cached", []string{"/other", "/other"}, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := mustSite(t, 2, 0)
			for _, p := range tt.paths {
				if r := s.get(t, p); r.StatusCode != http.StatusOK {
					t.Fatalf("%s: %d", p, r.StatusCode)
				}
			}
			if n := s.calls.Load(); n != tt.calls {
				t.Errorf("%d computations, want %d", n, tt.calls)
			}
		})
	}
}

func TestETag(t *testing.T) {
	s := mustSite(t, 2, 0)
	r := s.get(t, "/page/1")
	tag := r.Header.Get("ETag")
	if tag == "" || r.Header.Get("Cache-Control") != "no-cache" {
		t.Fatalf("ETag %q, Cache-Control %q", tag, r.Header.Get("Cache-Control"))
	}
	t.Run("304 to a client that has the page", func(t *testing.T) {
		r := s.get(t, "/page/1", "If-None-Match", tag)
		if r.StatusCode != http.StatusNotModified || body(t, r) != "" {
			t.Errorf("status %d", r.StatusCode)
		}
		if r := s.get(t, "/page/1", "If-None-Match", `"other", `+tag); r.StatusCode != http.StatusNotModified {
			t.Errorf("a list naming the tag: status %d", r.StatusCode)
		}
	})
	t.Run("Last-Modified is the build's time", func(t *testing.T) {
		lm := r.Header.Get("Last-Modified")
		if lm != "Wed, 10 Jan 2024 09:30:15 GMT" {
			t.Fatalf("Last-Modified %q", lm)
		}
		if r := s.get(t, "/page/1", "If-Modified-Since", lm); r.StatusCode != http.StatusNotModified {
			t.Errorf("If-Modified-Since its own time: status %d", r.StatusCode)
		}
		if r := s.get(t, "/page/1", "If-Modified-Since", "Tue, 09 Jan 2024 09:30:15 GMT"); r.StatusCode != http.StatusOK {
			t.Errorf("If-Modified-Since a day before: status %d", r.StatusCode)
		}
		if r := s.get(t, "/page/1", "If-Modified-Since", lm, "If-None-Match", `"other"`); r.StatusCode != http.StatusOK {
			t.Errorf("If-None-Match that differs must win over If-Modified-Since: status %d", r.StatusCode)
		}
	})
	t.Run("200 to one with another tag", func(t *testing.T) {
		if r := s.get(t, "/page/1", "If-None-Match", `"other"`); r.StatusCode != http.StatusOK {
			t.Errorf("status %d", r.StatusCode)
		}
	})
	t.Run("other parameters, other tag", func(t *testing.T) {
		if other := s.get(t, "/page/1?year=2022").Header.Get("ETag"); other == tag {
			t.Error("two pages share a tag")
		}
	})
	t.Run("a new build, a new tag and the page recomputed", func(t *testing.T) {
		s.builds.set("build-2")
		r := s.get(t, "/page/1", "If-None-Match", tag)
		if r.StatusCode != http.StatusOK || r.Header.Get("ETag") == tag {
			t.Errorf("status %d, tag %s", r.StatusCode, r.Header.Get("ETag"))
		}
		if b := body(t, r); b != "build-2 1 year=2023" {
			t.Errorf("body %q", b)
		}
		if r := s.get(t, "/page/1", "If-Modified-Since", "Wed, 10 Jan 2024 09:30:15 GMT"); r.StatusCode != http.StatusOK {
			t.Errorf("a copy of the old build, by its date: status %d", r.StatusCode)
		}
	})
}

func TestErrorsNotKept(t *testing.T) {
	s := mustSite(t, 2, 0)
	s.fail.Store(true)
	if r := s.get(t, "/page/1"); r.StatusCode != http.StatusInternalServerError || r.Header.Get("ETag") != "" {
		t.Fatalf("status %d, ETag %q", r.StatusCode, r.Header.Get("ETag"))
	}
	s.fail.Store(false)
	if r := s.get(t, "/page/1"); r.StatusCode != http.StatusOK {
		t.Errorf("after the error went away: status %d", r.StatusCode)
	}
	if n := s.calls.Load(); n != 2 {
		t.Errorf("%d computations, want 2 (the error was kept)", n)
	}
}

func TestWarm(t *testing.T) {
	s := mustSite(t, 2, 0)
	ctx := context.WithValue(context.Background(), buildKey{}, "build-2")
	if err := s.cache.Warm(ctx, "build-2", []string{"/page/1", "/page/2"}); err != nil {
		t.Fatal(err)
	}
	if n := s.calls.Load(); n != 2 {
		t.Fatalf("warm computed %d pages, want 2", n)
	}
	s.builds.set("build-2")
	if b := body(t, s.get(t, "/page/2")); b != "build-2 2 year=2023" {
		t.Errorf("body %q", b)
	}
	if n := s.calls.Load(); n != 2 {
		t.Errorf("the first visitor after the switch waited for a computation")
	}
}

func TestOldBuildsDropped(t *testing.T) {
	s := mustSite(t, 2, 0)
	for _, b := range []string{"build-1", "build-2", "build-3"} {
		s.builds.set(b)
		s.get(t, "/page/1")
	}
	s.cache.mu.Lock()
	defer s.cache.mu.Unlock()
	if _, ok := s.cache.gens["build-1"]; ok || len(s.cache.gens) != keepBuilds {
		t.Errorf("builds kept: %d, build-1 among them: %v", len(s.cache.gens), ok)
	}
}

func TestGzip(t *testing.T) {
	s := mustSite(t, 2, 0)
	s.cache.opts.Routes["/big"] = Route{}
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	s.cache.SetHandler(r)
	page := strings.Repeat("<p>Сімей отримують допомоги</p>\n", 200)
	r.Group("", s.cache.Middleware()).GET("/big", func(c *gin.Context) { c.String(http.StatusOK, page) })
	s.handler = r
	plain := s.get(t, "/big")
	if body(t, plain) != page || plain.Header.Get("Content-Encoding") != "" || plain.Header.Get("Vary") != "Accept-Encoding" {
		t.Fatalf("plain: encoding %q, Vary %q", plain.Header.Get("Content-Encoding"), plain.Header.Get("Vary"))
	}
	gz := s.get(t, "/big", "Accept-Encoding", "br, gzip")
	if gz.Header.Get("Content-Encoding") != "gzip" || gz.Header.Get("ETag") == plain.Header.Get("ETag") {
		t.Fatalf("gzip: encoding %q, ETag %q (plain %q)", gz.Header.Get("Content-Encoding"), gz.Header.Get("ETag"), plain.Header.Get("ETag"))
	}
	zr, err := gzip.NewReader(gz.Body)
	if err != nil {
		t.Fatal(err)
	}
	if b, _ := io.ReadAll(zr); string(b) != page {
		t.Error("gunzipped page differs")
	}
	if r := s.get(t, "/big", "Accept-Encoding", "gzip", "If-None-Match", gz.Header.Get("ETag")); r.StatusCode != http.StatusNotModified {
		t.Errorf("revalidating the gzip copy: status %d", r.StatusCode)
	}
}
