package server_test

import (
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/hromadata/hromadata/sqlapi"
)

// BenchmarkCachedPage is the serving path of a page held in memory, without the
// network: what each request costs the server beyond writing its bytes.
func BenchmarkCachedPage(b *testing.B) {
	s := mustStart(b, sqlapi.DefaultLimits)
	for _, path := range []string{"/", "/reconcile"} {
		s.do(http.MethodGet, path)
		b.Run(path, func(b *testing.B) {
			req := httptest.NewRequest(http.MethodGet, path, nil)
			b.ReportAllocs()
			for b.Loop() {
				w := httptest.NewRecorder()
				s.srv.Handler.ServeHTTP(w, req)
				if w.Code != http.StatusOK {
					b.Fatal(w.Code)
				}
			}
		})
	}
}
