package server_test

import (
	"crypto/sha256"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/hromadata/hromadata/dbf"
	"github.com/hromadata/hromadata/sqlapi"
	"github.com/hromadata/hromadata/testkit"
)

// observed is one response seen under load.
type observed struct {
	start  time.Time
	path   string
	status int
	etag   string
	sum    [32]byte          // of the body, gzip undone
	vals   map[string]string // the indicators API's values
}

// values are the indicators API's figures by id, with their coverage: a figure the
// fixture's exports do not cover is null, and a new export changes what it lacks.
func values(b []byte) map[string]string {
	var out struct {
		Indicators []struct {
			ID       string       `json:"id"`
			Value    *json.Number `json:"value"`
			Coverage string       `json:"coverage"`
		} `json:"indicators"`
	}
	json.Unmarshal(b, &out)
	m := map[string]string{}
	for _, v := range out.Indicators {
		val := "null"
		if v.Value != nil {
			val = v.Value.String()
		}
		m[v.ID] = val + " " + v.Coverage
	}
	return m
}

// fetch asks for path as a browser would (gzip accepted and undone).
func (s *site) fetch(path string) (*http.Response, []byte, error) {
	resp, err := http.Get(s.base + path)
	if err != nil {
		return nil, nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp, b, err
}

// sums are the pages' bodies as the server sends them now, by path.
func (s *site) sums(pages []string) map[string][32]byte {
	s.t.Helper()
	out := map[string][32]byte{}
	for _, p := range pages {
		resp, b, err := s.fetch(p)
		if err != nil || resp.StatusCode != http.StatusOK {
			s.t.Fatalf("%s: %v", p, err)
		}
		out[p] = sha256.Sum256(b)
	}
	return out
}

// TestSwitchUnderLoad rebuilds with new records while clients keep asking for the
// pages: no request fails, every page is whole on one build or the other, and none
// that starts after the switch shows the old build's figures.
func TestSwitchUnderLoad(t *testing.T) {
	s := mustStart(t, sqlapi.DefaultLimits)
	const api = "/api/indicators?period=2023"
	pages := []string{"/", "/budget", "/areas/privileges", "/reconcile", "/report", api}
	_, b := s.do(http.MethodGet, api)
	old := values(b)
	oldSums := s.sums(pages)
	mustLoadNewPrivilegeHolder(t, s.dir)

	var mu sync.Mutex
	var seen []observed
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for w := range 6 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; ; i++ {
				select {
				case <-stop:
					return
				default:
				}
				o := observed{start: time.Now(), path: pages[i%len(pages)]}
				resp, body, err := s.fetch(o.path)
				if err != nil {
					t.Error(err)
					return
				}
				o.status, o.etag, o.sum = resp.StatusCode, resp.Header.Get("ETag"), sha256.Sum256(body)
				if o.path == api {
					o.vals = values(body)
				}
				mu.Lock()
				seen = append(seen, o)
				mu.Unlock()
				time.Sleep(5 * time.Millisecond)
			}
		}()
	}
	build := filepath.Base(testkit.MustBuild(t, s.dir))
	var switched time.Time
	for deadline := time.Now().Add(2 * time.Minute); switched.IsZero() && time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		var h struct{ Build string }
		_, body, _ := s.get("/healthz")
		json.Unmarshal([]byte(body), &h)
		if h.Build == build {
			switched = time.Now()
		}
	}
	if switched.IsZero() {
		t.Fatal("the server did not switch to the new build")
	}
	time.Sleep(time.Second)
	close(stop)
	wg.Wait()

	final := map[string]string{}
	for _, p := range pages {
		resp, _, err := s.fetch(p) // as the clients under load asked: gzip accepted
		if err != nil {
			t.Fatal(err)
		}
		final[p] = resp.Header.Get("ETag")
	}
	newSums := s.sums(pages)
	_, b = s.do(http.MethodGet, api)
	now := values(b)
	if reflect.DeepEqual(old, now) || len(now) == 0 || oldSums["/areas/privileges"] == newSums["/areas/privileges"] {
		t.Fatal("the new records changed no figure: the test cannot tell the builds apart")
	}
	after := 0
	for _, o := range seen {
		if o.status != http.StatusOK {
			t.Errorf("%s: status %d", o.path, o.status)
			continue
		}
		if o.sum != oldSums[o.path] && o.sum != newSums[o.path] {
			t.Errorf("%s: a page of neither build", o.path)
		}
		if o.path == api && !reflect.DeepEqual(o.vals, old) && !reflect.DeepEqual(o.vals, now) {
			t.Errorf("%s: figures of neither build", o.path)
		}
		if o.start.After(switched) {
			after++
			if o.etag != final[o.path] {
				t.Errorf("%s at +%v after the switch: ETag %s, the new build's is %s", o.path, o.start.Sub(switched), o.etag, final[o.path])
			}
			if o.sum != newSums[o.path] && o.sum != oldSums[o.path] {
				continue // said above
			}
			if o.sum != newSums[o.path] {
				t.Errorf("%s at +%v after the switch shows the old build's page", o.path, o.start.Sub(switched))
			}
			if o.path == api && !reflect.DeepEqual(o.vals, now) {
				t.Errorf("%s at +%v after the switch shows the old build's figures", o.path, o.start.Sub(switched))
			}
		}
	}
	if after < len(pages) {
		t.Errorf("only %d requests after the switch", after)
	}
	t.Logf("%d requests, %d after the switch", len(seen), after)
}

// mustLoadNewPrivilegeHolder loads one more person into the privilege register, so
// the next build's figures differ.
func mustLoadNewPrivilegeHolder(t *testing.T, dir string) {
	t.Helper()
	b, err := dbf.Encode(testkit.PrivilegeFields, [][]string{
		{"DN", testkit.People[2], "Ткаченко Олег Петрович", "19700101", "11", "ЗХ", "", "20230301", ""},
	}, time.Date(2024, 1, 10, 0, 0, 0, 0, time.UTC))
	if err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "edarp_dniprovske_20240110.dbf")
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
	testkit.MustLoad(t, dir, path)
}
