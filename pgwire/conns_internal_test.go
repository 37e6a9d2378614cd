package pgwire

import (
	"context"
	"io"
	"log/slog"
	"net"
	"runtime"
	"strings"
	"testing"
	"time"
)

// mustGuardedServer serves the endpoint with the connection limits on a free
// loopback port; no one logs in, so it needs no API or tokens.
func mustGuardedServer(t *testing.T, lim ConnLimits) string {
	t.Helper()
	s, err := New(Config{Conns: lim, Log: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()
	t.Cleanup(func() { cancel(); <-done })
	return ln.Addr().String()
}

func mustDial(t *testing.T, addr string) net.Conn {
	t.Helper()
	c, err := net.Dial("tcp", addr)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close() })
	return c
}

// readWithin reads what the server sends on c, up to its close, waiting at most d.
func readWithin(t *testing.T, c net.Conn, d time.Duration) (string, error) {
	t.Helper()
	c.SetReadDeadline(time.Now().Add(d))
	b, err := io.ReadAll(c)
	return string(b), err
}

// sslAnswer asks for TLS and returns the server's one-byte answer: a server that
// answers is alive.
func sslAnswer(t *testing.T, addr string) string {
	t.Helper()
	c := mustDial(t, addr)
	c.Write([]byte{0, 0, 0, 8, 0x04, 0xd2, 0x16, 0x2f})
	c.SetReadDeadline(time.Now().Add(5 * time.Second))
	b := make([]byte, 1)
	if _, err := io.ReadFull(c, b); err != nil {
		t.Fatalf("no answer to an SSL request: %v", err)
	}
	return string(b)
}

// TestIdleConnections: connections that never log in are bounded in number, in
// time and in memory, and the server keeps answering past them.
func TestIdleConnections(t *testing.T) {
	t.Run("beyond the limit refused with too_many_connections", func(t *testing.T) {
		addr := mustGuardedServer(t, ConnLimits{MaxConns: 3, Handshake: time.Minute})
		for range 3 {
			mustDial(t, addr)
		}
		got, _ := readWithin(t, mustDial(t, addr), 5*time.Second)
		if len(got) == 0 || got[0] != 'E' || !strings.Contains(got, "53300") || !strings.Contains(got, "забагато підключень") {
			t.Errorf("4th connection got %q, want an ErrorResponse 53300", got)
		}
	})
	t.Run("handshake deadline closes them and frees their slots", func(t *testing.T) {
		addr := mustGuardedServer(t, ConnLimits{MaxConns: 3, Handshake: 300 * time.Millisecond})
		idle := []net.Conn{mustDial(t, addr), mustDial(t, addr), mustDial(t, addr)}
		for i, c := range idle {
			if _, err := readWithin(t, c, 5*time.Second); err != nil {
				t.Errorf("idle connection %d not closed by the server: %v", i, err)
			}
		}
		if got := sslAnswer(t, addr); got != "N" {
			t.Errorf("after the idle ones: SSL answer %q, want N", got)
		}
	})
	t.Run("small message buffer per connection", func(t *testing.T) {
		addr := mustGuardedServer(t, ConnLimits{MaxConns: 32, Handshake: time.Minute})
		var before, after runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&before)
		const n = 16
		for range n {
			mustDial(t, addr)
		}
		sslAnswer(t, addr) // served after the idle ones were accepted
		time.Sleep(200 * time.Millisecond)
		runtime.ReadMemStats(&after)
		if grew := int64(after.HeapAlloc) - int64(before.HeapAlloc); grew > n<<20 {
			t.Errorf("%d idle connections took %d MB, want under 1 MB each", n, grew>>20)
		}
	})
}
