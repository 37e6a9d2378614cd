package server

import (
	"bytes"
	"context"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"

	"github.com/gin-gonic/gin"
)

func TestHTTPServerLimits(t *testing.T) {
	srv := httpServer(http.NotFoundHandler(), DefaultHTTPLimits)
	tests := []struct {
		name string
		set  bool
	}{
		{"read header timeout", srv.ReadHeaderTimeout > 0},
		{"read timeout", srv.ReadTimeout > 0},
		{"write timeout", srv.WriteTimeout > 0},
		{"idle timeout", srv.IdleTimeout > 0},
		{"header bytes", srv.MaxHeaderBytes > 0},
		{"connections", DefaultHTTPLimits.Connections > 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !tt.set {
				t.Error("not set")
			}
		})
	}
}

// TestHungUpClientIsNot500: a page that fails because its client went away is
// logged as the client's doing, not as a server error.
func TestHungUpClientIsNot500(t *testing.T) {
	var log bytes.Buffer
	gin.SetMode(gin.ReleaseMode)
	r := gin.New()
	r.Use(requestLog(slog.New(slog.NewTextHandler(&log, nil))))
	r.GET("/slow", func(c *gin.Context) { c.String(http.StatusInternalServerError, c.Request.Context().Err().Error()) })
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	r.ServeHTTP(httptest.NewRecorder(), httptest.NewRequestWithContext(ctx, http.MethodGet, "/slow", nil))
	if !strings.Contains(log.String(), "status=499") {
		t.Errorf("logged %q, want status=499", log.String())
	}
}
