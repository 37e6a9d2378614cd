package server_test

import (
	"net/http"
	"strings"
	"testing"

	"github.com/hromadata/hromadata/sqlapi"
)

// TestOpenDataConditional: every open-data file and API answers HEAD, sends an ETag
// and Last-Modified, answers 304 to a client that has the current copy, and can be
// read and revalidated from any site's scripts (CORS, with the preflight).
func TestOpenDataConditional(t *testing.T) {
	s := mustStart(t, sqlapi.DefaultLimits)
	rel, csv := s.latestCSV()
	for _, path := range []string{"/opendata/releases/" + rel + "/" + csv, "/opendata/latest/" + csv,
		"/opendata/releases/" + rel + "/release.json", "/api/indicators?period=2023", "/api/indicators?period=2023&format=csv",
		"/api/opendata/datasets", "/api/opendata/datasets/benefit-recipients"} {
		t.Run(path, func(t *testing.T) {
			get, body := s.do(http.MethodGet, path, "Origin", "https://data.gov.ua")
			tag, modified := get.Header.Get("ETag"), get.Header.Get("Last-Modified")
			if get.StatusCode != http.StatusOK || tag == "" || modified == "" {
				t.Fatalf("status %d, ETag %q, Last-Modified %q", get.StatusCode, tag, modified)
			}
			if get.Header.Get("Access-Control-Allow-Origin") != "*" || !strings.Contains(get.Header.Get("Access-Control-Expose-Headers"), "ETag") {
				t.Errorf("CORS: allow %q, expose %q", get.Header.Get("Access-Control-Allow-Origin"), get.Header.Get("Access-Control-Expose-Headers"))
			}
			head, b := s.do(http.MethodHead, path)
			if head.StatusCode != http.StatusOK || len(b) != 0 || head.Header.Get("ETag") != tag || head.Header.Get("Last-Modified") != modified {
				t.Errorf("HEAD: status %d, %d bytes, ETag %q, Last-Modified %q", head.StatusCode, len(b), head.Header.Get("ETag"), head.Header.Get("Last-Modified"))
			}
			if cl := head.Header.Get("Content-Length"); cl != "" && cl != get.Header.Get("Content-Length") {
				t.Errorf("HEAD Content-Length %s, GET %s (%d bytes)", cl, get.Header.Get("Content-Length"), len(body))
			}
			tests := []struct {
				name   string
				header []string
				want   int
			}{
				{"If-None-Match its tag", []string{"If-None-Match", tag}, http.StatusNotModified},
				{"If-None-Match another", []string{"If-None-Match", `"other"`}, http.StatusOK},
				{"If-Modified-Since its time", []string{"If-Modified-Since", modified}, http.StatusNotModified},
				{"If-Modified-Since long ago", []string{"If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT"}, http.StatusOK},
			}
			for _, tt := range tests {
				t.Run(tt.name, func(t *testing.T) {
					if resp, b := s.do(http.MethodGet, path, tt.header...); resp.StatusCode != tt.want || (tt.want == http.StatusNotModified && len(b) != 0) {
						t.Errorf("status %d, %d bytes; want %d", resp.StatusCode, len(b), tt.want)
					}
				})
			}
			t.Run("preflight", func(t *testing.T) {
				resp, _ := s.do(http.MethodOptions, path, "Origin", "https://data.gov.ua", "Access-Control-Request-Method", "GET",
					"Access-Control-Request-Headers", "if-none-match")
				if resp.StatusCode != http.StatusNoContent || resp.Header.Get("Access-Control-Allow-Origin") != "*" ||
					!strings.Contains(resp.Header.Get("Access-Control-Allow-Methods"), "GET") ||
					!strings.Contains(resp.Header.Get("Access-Control-Allow-Headers"), "If-None-Match") {
					t.Errorf("status %d, headers %v", resp.StatusCode, resp.Header)
				}
			})
		})
	}
	t.Run("pages are not open to other sites", func(t *testing.T) {
		if resp, _ := s.do(http.MethodOptions, "/sql", "Origin", "https://evil.example"); resp.Header.Get("Access-Control-Allow-Origin") != "" {
			t.Error("a preflight to the SQL console is allowed")
		}
	})
}
