package cli

import (
	"bytes"
	"context"
	"strings"
	"testing"
)

// TestStartPG: the PostgreSQL endpoint is off unless asked, refuses plain text
// beyond loopback, and refuses a certificate it cannot read.
func TestStartPG(t *testing.T) {
	tests := []struct {
		name  string
		flags pgFlags
		want  string // "" for no error
	}{
		{"off", pgFlags{}, ""},
		{"plain on all interfaces", pgFlags{addr: "0.0.0.0:0"}, "лише на 127.0.0.1"},
		{"missing certificate", pgFlags{addr: "127.0.0.1:0", cert: "/nonexistent.pem", key: "/nonexistent.key"}, "сертифікат TLS"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out bytes.Buffer
			err := startPG(context.Background(), Env{Stdout: &out}, nil, tt.flags, func(error) {})
			switch {
			case tt.want == "" && err != nil:
				t.Fatalf("error %v", err)
			case tt.want != "" && (err == nil || !strings.Contains(err.Error(), tt.want)):
				t.Fatalf("got %v, want %q", err, tt.want)
			}
			if out.Len() != 0 {
				t.Errorf("printed %q", out.String())
			}
		})
	}
}
