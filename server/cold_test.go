package server_test

import (
	"io"
	"net/http"
	"regexp"
	"sync"
	"testing"

	"github.com/hromadata/hromadata/sqlapi"
)

// TestColdHeavyPage: 64 clients at once on heavy pages nobody asked for yet wait
// for one computation each and all get the page; distinct pages compute at most
// two at a time (the 2022 catalogue the first computes serves the others).
func TestColdHeavyPage(t *testing.T) {
	s := mustStart(t, sqlapi.DefaultLimits)
	_, areas, _ := s.get("/areas/privileges")
	warm := append([]string{"/", "/budget", "/reconcile", "/report"}, regexp.MustCompile(`/areas/[a-z-]+`).FindAllString(areas, -1)...)
	for _, p := range warm {
		if code, _, _ := s.get(p); code != http.StatusOK { // the warming at start is over once these answer
			t.Fatalf("%s: status %d", p, code)
		}
	}
	tests := []struct {
		name  string
		pages []string
		fills int64
	}{
		{"one page, 64 clients", []string{"/reconcile?period=2022&all=1"}, 1},
		{"four pages, 64 clients", []string{"/report?year=2022", "/areas/hr?year=2022", "/budget?year=2022", "/areas/idp?year=2022"}, 4},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			before := s.srv.Pages.Fills()
			bodies := make([]string, 64)
			codes := make([]int, 64)
			var wg sync.WaitGroup
			for i := range bodies {
				wg.Add(1)
				go func() {
					defer wg.Done()
					resp, err := http.Get(s.base + tt.pages[i%len(tt.pages)])
					if err != nil {
						t.Error(err)
						return
					}
					defer resp.Body.Close()
					b, _ := io.ReadAll(resp.Body)
					codes[i], bodies[i] = resp.StatusCode, string(b)
				}()
			}
			wg.Wait()
			for i, c := range codes {
				if c != http.StatusOK {
					t.Errorf("client %d (%s): status %d", i, tt.pages[i%len(tt.pages)], c)
				}
				if j := i % len(tt.pages); bodies[i] != bodies[j] {
					t.Errorf("client %d got another %s than client %d", i, tt.pages[j], j)
				}
			}
			if n := s.srv.Pages.Fills() - before; n != tt.fills {
				t.Errorf("%d computations, want %d", n, tt.fills)
			}
			if p := s.srv.Pages.PeakComputing(); p > 2 {
				t.Errorf("%d pages computed at once, the bound is 2", p)
			}
		})
	}
}
