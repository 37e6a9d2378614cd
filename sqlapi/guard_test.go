package sqlapi

import (
	"strings"
	"testing"
)

// TestQueryAttrs: the query log keeps at most maxQueryBytes of a query's text,
// still valid UTF-8, and says how long the whole was.
func TestQueryAttrs(t *testing.T) {
	tests := []struct {
		name      string
		query     string
		wantBytes int
		cut       bool
	}{
		{"short", "SELECT 1", 8, false},
		{"at the limit", strings.Repeat("x", maxQueryBytes), maxQueryBytes, false},
		{"15 MB", strings.Repeat("я", 15<<19), 15 << 20, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := queryAttrs(tt.query)
			text, n := a[1].(string), a[3].(int)
			if n != tt.wantBytes {
				t.Errorf("query_bytes %d, want %d", n, tt.wantBytes)
			}
			if len(text) > maxQueryBytes+len("…") || !strings.HasPrefix(tt.query, strings.TrimSuffix(text, "…")) || strings.HasSuffix(text, "…") != tt.cut {
				t.Errorf("logged %d bytes (cut %v), want the whole or a prefix of at most %d", len(text), strings.HasSuffix(text, "…"), maxQueryBytes)
			}
		})
	}
}
