package pgwire_test

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"net"
	"os"
	"sync"
	"testing"
	"time"

	"github.com/hromadata/hromadata/auth"
	"github.com/hromadata/hromadata/pgwire"
	"github.com/hromadata/hromadata/server"
	"github.com/hromadata/hromadata/sqlapi"
	"github.com/hromadata/hromadata/testkit"
	"github.com/hromadata/hromadata/warehouse"
)

// TestMain lets the test binary serve as the SQL worker.
func TestMain(m *testing.M) {
	if sqlapi.IsWorker() {
		os.Exit(sqlapi.WorkerMain(os.Args[2:], os.Stdin, os.Stdout, os.Stderr))
	}
	os.Exit(m.Run())
}

// endpoint is a running server's PostgreSQL endpoint with an analyst's token.
type endpoint struct {
	host  string
	port  int
	user  string
	token string
	dir   string
	log   *syncBuffer // the server's operational log
}

// syncBuffer is a log the server's goroutines write while a test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.b.String()
}

func (e endpoint) dsn() string {
	return fmt.Sprintf("host=%s port=%d dbname=hromadata user=%s password=%s sslmode=disable", e.host, e.port, e.user, e.token)
}

// mustEndpoint builds the fixture, issues a token and serves the PostgreSQL
// endpoint on a free loopback port, with a time limit short enough for the tests
// that run past it and long enough for a cold worker on a busy machine.
func mustEndpoint(t *testing.T) endpoint {
	t.Helper()
	return mustEndpointWith(t, func(*sqlapi.Limits) {})
}

// mustEndpointWith is mustEndpoint with the SQL limits changed by set.
func mustEndpointWith(t *testing.T, set func(*sqlapi.Limits)) endpoint {
	t.Helper()
	dir := testkit.MustBuilt(t)
	token, err := auth.NewStore(dir).New(auth.Grant{Name: "olena", Role: auth.Analyst}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	lim := sqlapi.Limits{Timeout: 5 * time.Second, KillGrace: 500 * time.Millisecond, Isolation: "rlimit", WorkerMemory: 1 << 30, Threads: 1}
	set(&lim)
	log := &syncBuffer{}
	srv, err := server.New(server.Config{DataDir: dir, DB: warehouse.DefaultLimits, SQL: lim,
		Log: slog.New(slog.NewTextHandler(log, nil))})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.ServePG(ctx, ln, nil, pgwire.ConnLimits{}) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve pg: %v", err)
		}
		srv.Close()
	})
	a := ln.Addr().(*net.TCPAddr)
	return endpoint{host: a.IP.String(), port: a.Port, user: "olena", token: token, dir: dir, log: log}
}
