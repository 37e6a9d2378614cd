package server_test

import (
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/hromadata/hromadata/opendata"
	"github.com/hromadata/hromadata/server"
	"github.com/hromadata/hromadata/sqlapi"
)

// raw is a client that shows responses as sent: no gzip undone, no redirects.
var raw = &http.Client{Transport: &http.Transport{DisableCompression: true},
	CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}

func (s *site) do(method, path string, header ...string) (*http.Response, []byte) {
	s.t.Helper()
	req, err := http.NewRequest(method, s.base+path, nil)
	if err != nil {
		s.t.Fatal(err)
	}
	for i := 0; i+1 < len(header); i += 2 {
		req.Header.Set(header[i], header[i+1])
	}
	resp, err := raw.Do(req)
	if err != nil {
		s.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		s.t.Fatal(err)
	}
	return resp, b
}

// latestCSV is the path of the latest release's first CSV download.
func (s *site) latestCSV() (release, name string) {
	s.t.Helper()
	rel, err := opendata.Latest(s.dir)
	if err != nil {
		s.t.Fatal(err)
	}
	return rel.ID, rel.Datasets[0].Files["csv"]
}

func TestHEAD(t *testing.T) {
	s := mustStart(t, sqlapi.DefaultLimits)
	_, csv := s.latestCSV()
	for _, path := range []string{"/", "/budget", "/areas/privileges", "/reconcile", "/report", "/opendata", "/opendata/releases",
		"/opendata/latest/" + csv, "/opendata/latest/datapackage.json", "/api/opendata/datasets", "/api/indicators?period=2023",
		"/healthz", "/assets/style.css", "/sql"} {
		t.Run(path, func(t *testing.T) {
			get, full := s.do(http.MethodGet, path)
			head, b := s.do(http.MethodHead, path)
			if head.StatusCode != http.StatusOK || len(b) != 0 {
				t.Fatalf("HEAD: status %d, %d body bytes", head.StatusCode, len(b))
			}
			if cl := head.Header.Get("Content-Length"); cl != "" && cl != get.Header.Get("Content-Length") && get.Header.Get("Content-Length") != "" {
				t.Errorf("HEAD Content-Length %s, GET %s (%d bytes)", cl, get.Header.Get("Content-Length"), len(full))
			}
			if head.Header.Get("Content-Type") != get.Header.Get("Content-Type") {
				t.Errorf("HEAD Content-Type %q, GET %q", head.Header.Get("Content-Type"), get.Header.Get("Content-Type"))
			}
		})
	}
	t.Run("unknown page", func(t *testing.T) {
		if head, _ := s.do(http.MethodHead, "/nope"); head.StatusCode != http.StatusNotFound {
			t.Errorf("status %d", head.StatusCode)
		}
	})
}

func TestNotFoundPage(t *testing.T) {
	s := mustStart(t, sqlapi.DefaultLimits)
	for _, path := range []string{"/nope", "/areas/nope", "/assets/", "/assets/nope.js", "/opendata/latest/nope.csv"} {
		t.Run(path, func(t *testing.T) {
			resp, b := s.do(http.MethodGet, path)
			if resp.StatusCode != http.StatusNotFound {
				t.Errorf("status %d", resp.StatusCode)
			}
			if strings.Contains(string(b), "style.css</a>") {
				t.Error("a directory is listed")
			}
		})
	}
	resp, b := s.do(http.MethodGet, "/nope")
	if !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") || !strings.Contains(string(b), "Такої сторінки немає") || !strings.Contains(string(b), `lang="uk"`) {
		t.Errorf("404 page: %s %.300s", resp.Header.Get("Content-Type"), b)
	}
}

var scriptRE = regexp.MustCompile(`(?s)<script[^>]*>(.*?)</script>`)

func TestSecurityHeaders(t *testing.T) {
	s := mustStart(t, sqlapi.DefaultLimits)
	_, csv := s.latestCSV()
	for _, path := range []string{"/", "/areas/privileges", "/sql", "/opendata", "/nope", "/opendata/latest/" + csv, "/api/indicators?period=2023", "/healthz"} {
		t.Run(path, func(t *testing.T) {
			resp, b := s.do(http.MethodGet, path)
			h := resp.Header
			csp := h.Get("Content-Security-Policy")
			for _, want := range []string{"default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"} {
				if !strings.Contains(csp, want) {
					t.Errorf("CSP %q lacks %s", csp, want)
				}
			}
			if strings.Contains(csp, "'unsafe-inline'") && strings.Contains(strings.Split(strings.Split(csp, "script-src")[1], ";")[0], "unsafe-inline") {
				t.Errorf("scripts may run inline: %s", csp)
			}
			if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Referrer-Policy") == "" {
				t.Errorf("nosniff %q, Referrer-Policy %q", h.Get("X-Content-Type-Options"), h.Get("Referrer-Policy"))
			}
			// Every inline script of the page is allowed by its hash, or it would not run.
			for _, m := range scriptRE.FindAllSubmatch(b, -1) {
				if bytes.Contains(m[0][:bytes.IndexByte(m[0], '>')], []byte("src=")) {
					continue
				}
				sum := sha256.Sum256(m[1])
				if !strings.Contains(csp, "'sha256-"+base64.StdEncoding.EncodeToString(sum[:])+"'") {
					t.Errorf("inline script %.60q is not allowed by the CSP", m[1])
				}
			}
		})
	}
	t.Run("open data for any site", func(t *testing.T) {
		for _, path := range []string{"/opendata/latest/" + csv, "/api/opendata/datasets", "/api/indicators?period=2023"} {
			if resp, _ := s.do(http.MethodGet, path); resp.Header.Get("Access-Control-Allow-Origin") != "*" {
				t.Errorf("%s: Access-Control-Allow-Origin %q", path, resp.Header.Get("Access-Control-Allow-Origin"))
			}
		}
		if resp, _ := s.do(http.MethodGet, "/sql"); resp.Header.Get("Access-Control-Allow-Origin") != "" {
			t.Error("the SQL console is open to other sites")
		}
	})
}

func TestDownloads(t *testing.T) {
	s := mustStart(t, sqlapi.DefaultLimits)
	rel, csv := s.latestCSV()
	path := "/opendata/releases/" + rel + "/" + csv
	resp, full := s.do(http.MethodGet, path)
	if resp.StatusCode != 200 || len(full) < 20 {
		t.Fatalf("status %d, %d bytes", resp.StatusCode, len(full))
	}
	tag, modified := resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
	if tag == "" || modified == "" || !strings.Contains(resp.Header.Get("Cache-Control"), "immutable") {
		t.Fatalf("ETag %q, Last-Modified %q, Cache-Control %q", tag, modified, resp.Header.Get("Cache-Control"))
	}
	t.Run("range", func(t *testing.T) {
		resp, b := s.do(http.MethodGet, path, "Range", "bytes=5-14")
		if resp.StatusCode != http.StatusPartialContent || !bytes.Equal(b, full[5:15]) {
			t.Errorf("status %d, %q want %q", resp.StatusCode, b, full[5:15])
		}
	})
	t.Run("If-None-Match", func(t *testing.T) {
		if resp, _ := s.do(http.MethodGet, path, "If-None-Match", tag); resp.StatusCode != http.StatusNotModified {
			t.Errorf("status %d", resp.StatusCode)
		}
	})
	t.Run("If-Modified-Since", func(t *testing.T) {
		if resp, _ := s.do(http.MethodGet, path, "If-Modified-Since", modified); resp.StatusCode != http.StatusNotModified {
			t.Errorf("status %d", resp.StatusCode)
		}
	})
	t.Run("gzip", func(t *testing.T) {
		resp, b := s.do(http.MethodGet, path, "Accept-Encoding", "gzip, deflate")
		if resp.Header.Get("Content-Encoding") != "gzip" || !strings.Contains(resp.Header.Get("Vary"), "Accept-Encoding") {
			t.Fatalf("Content-Encoding %q, Vary %q", resp.Header.Get("Content-Encoding"), resp.Header.Get("Vary"))
		}
		zr, err := gzip.NewReader(bytes.NewReader(b))
		if err != nil {
			t.Fatal(err)
		}
		plain, err := io.ReadAll(zr)
		if err != nil || !bytes.Equal(plain, full) {
			t.Errorf("gunzipped differs from the file: %v", err)
		}
		if resp.Header.Get("ETag") == tag {
			t.Error("the gzip copy has the file's ETag")
		}
	})
	t.Run("no gzip to a client that does not ask", func(t *testing.T) {
		if resp, _ := s.do(http.MethodGet, path, "Accept-Encoding", "gzip;q=0"); resp.Header.Get("Content-Encoding") != "" {
			t.Errorf("Content-Encoding %q", resp.Header.Get("Content-Encoding"))
		}
	})
	t.Run("symbolic links are not followed", func(t *testing.T) {
		dir := filepath.Join(opendata.ReleasesDir(s.dir), rel)
		secret := filepath.Join(t.TempDir(), "secret.csv")
		os.WriteFile(secret, []byte("secret"), 0o644)
		if err := os.Symlink(secret, filepath.Join(dir, "linked.csv")); err != nil {
			t.Fatal(err)
		}
		if err := os.Symlink(dir, filepath.Join(opendata.ReleasesDir(s.dir), "linked")); err != nil {
			t.Fatal(err)
		}
		for _, p := range []string{"/opendata/releases/" + rel + "/linked.csv", "/opendata/releases/linked/" + csv} {
			if resp, b := s.do(http.MethodGet, p); resp.StatusCode != http.StatusNotFound || strings.Contains(string(b), "secret") {
				t.Errorf("%s: status %d", p, resp.StatusCode)
			}
		}
	})
}

func TestPageRevalidation(t *testing.T) {
	s := mustStart(t, sqlapi.DefaultLimits)
	for _, path := range []string{"/", "/areas/idp?period=2022", "/api/indicators?period=2023-Q2"} {
		t.Run(path, func(t *testing.T) {
			resp, _ := s.do(http.MethodGet, path)
			tag := resp.Header.Get("ETag")
			if tag == "" || resp.Header.Get("Cache-Control") != "no-cache" {
				t.Fatalf("ETag %q, Cache-Control %q", tag, resp.Header.Get("Cache-Control"))
			}
			if resp, b := s.do(http.MethodGet, path, "If-None-Match", tag); resp.StatusCode != http.StatusNotModified || len(b) != 0 {
				t.Errorf("status %d, %d bytes", resp.StatusCode, len(b))
			}
		})
	}
	t.Run("errors are not cached", func(t *testing.T) {
		if resp, _ := s.do(http.MethodGet, "/budget?period=20x3"); resp.StatusCode != http.StatusBadRequest || resp.Header.Get("ETag") != "" {
			t.Errorf("status %d, ETag %q", resp.StatusCode, resp.Header.Get("ETag"))
		}
	})
}

func TestIndicatorsAPI(t *testing.T) {
	s := mustStart(t, sqlapi.DefaultLimits)
	t.Run("json", func(t *testing.T) {
		resp, b := s.do(http.MethodGet, "/api/indicators?period=2023-Q2")
		var out struct {
			Period     string `json:"period"`
			From, To   string
			Indicators []struct {
				ID    string      `json:"id"`
				Value json.Number `json:"value"`
			} `json:"indicators"`
		}
		if err := json.Unmarshal(b, &out); err != nil || resp.StatusCode != 200 {
			t.Fatalf("status %d: %v %.200s", resp.StatusCode, err, b)
		}
		if out.Period != "2023-Q2" || out.From != "2023-04-01" || out.To != "2023-07-01" || len(out.Indicators) < 100 {
			t.Errorf("period %s %s–%s, %d indicators", out.Period, out.From, out.To, len(out.Indicators))
		}
	})
	for _, tt := range []struct{ name, path, accept string }{
		{"csv by format", "/api/indicators?period=2023&format=csv", ""},
		{"csv by Accept", "/api/indicators?period=2023", "text/csv"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			resp, b := s.do(http.MethodGet, tt.path, "Accept", tt.accept)
			if !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/csv") || !strings.HasPrefix(string(b), "id,label,unit,kind,period,value,coverage,published,office\n") {
				t.Errorf("%s: %.100s", resp.Header.Get("Content-Type"), b)
			}
		})
	}
	t.Run("a period no export covers is null, never 0", func(t *testing.T) {
		_, b := s.do(http.MethodGet, "/api/indicators?period=2030")
		var out struct {
			Indicators []struct {
				Value    *json.Number `json:"value"`
				Coverage string       `json:"coverage"`
				Reason   string       `json:"reason"`
			} `json:"indicators"`
		}
		if err := json.Unmarshal(b, &out); err != nil || len(out.Indicators) == 0 {
			t.Fatalf("%v %.200s", err, b)
		}
		for _, v := range out.Indicators {
			if v.Value != nil || v.Coverage != "none" || v.Reason == "" {
				t.Fatalf("2030: value %v, coverage %q, reason %q", v.Value, v.Coverage, v.Reason)
			}
		}
		_, b = s.do(http.MethodGet, "/api/indicators?period=2030&format=csv")
		if strings.Contains(string(b), ",0,none") {
			t.Errorf("CSV writes 0 for an unknown figure: %.300s", b)
		}
	})
	t.Run("1 to 4 people are withheld", func(t *testing.T) {
		_, b := s.do(http.MethodGet, "/api/indicators?period=2023")
		var out struct {
			Indicators []struct {
				Unit     string       `json:"unit"`
				Value    *json.Number `json:"value"`
				Withheld bool         `json:"withheld"`
			} `json:"indicators"`
		}
		json.Unmarshal(b, &out)
		withheld := 0
		for _, v := range out.Indicators {
			if v.Withheld {
				withheld++
			}
			if v.Value == nil || v.Unit != "осіб" && v.Unit != "сімей" && v.Unit != "дітей" {
				continue
			}
			if n, _ := v.Value.Int64(); n > 0 && n < 5 {
				t.Errorf("the API gives %s %s", v.Value, v.Unit)
			}
		}
		if withheld == 0 {
			t.Error("the fixture's small counts are all withheld? none was")
		}
	})
	for _, tt := range []struct{ name, path, says string }{
		{"unknown period", "/api/indicators?period=2023-Q5", "невідомий період"},
		{"no period", "/api/indicators", "невідомий період"},
		{"unknown office", "/api/indicators?period=2023&office=XX", "невідоме управління"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			resp, b := s.do(http.MethodGet, tt.path)
			if resp.StatusCode != http.StatusBadRequest || !strings.Contains(string(b), tt.says) {
				t.Errorf("status %d: %s", resp.StatusCode, b)
			}
		})
	}
}

// TestConnectionLimits: a client that never finishes its headers is cut off, and
// connections past the limit wait instead of being served.
func TestConnectionLimits(t *testing.T) {
	s := mustStartWith(t, func(c *server.Config) {
		c.HTTP = server.DefaultHTTPLimits
		c.HTTP.ReadHeader = time.Second
		c.HTTP.Connections = 2
	})
	addr := strings.TrimPrefix(s.base, "http://")
	var slow []net.Conn
	for range 2 {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		defer c.Close()
		c.Write([]byte("GET / HTTP/1.1\r\nHost: x\r\n")) // and never the blank line
		slow = append(slow, c)
	}
	time.Sleep(100 * time.Millisecond)
	quick := &http.Client{Timeout: 300 * time.Millisecond}
	if resp, err := quick.Get(s.base + "/healthz"); err == nil {
		resp.Body.Close()
		t.Error("a third connection was served past the limit of 2")
	}
	start := time.Now()
	for _, c := range slow {
		c.SetReadDeadline(time.Now().Add(5 * time.Second))
		io.ReadAll(c) // returns when the server closes the connection
	}
	if d := time.Since(start); d > 3*time.Second {
		t.Errorf("slow headers held a connection for %v", d)
	}
	if code, _, _ := s.get("/healthz"); code != http.StatusOK {
		t.Errorf("after the slow clients were cut off: %d", code)
	}
}
