package pgwire_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/hromadata/hromadata/auth"
)

// TestRevokedTokenEndsSession: a token revoked after login stops working on the
// open session too, for a new query and for one prepared before, with the
// message /api/sql gives.
func TestRevokedTokenEndsSession(t *testing.T) {
	e := mustEndpoint(t)
	ctx := context.Background()
	conns := []*pgx.Conn{mustConnect(t, e), mustConnect(t, e)} // a FATAL refusal ends its session
	if _, err := conns[1].Prepare(ctx, "prepared", "SELECT 1"); err != nil {
		t.Fatal(err)
	}
	if err := auth.NewStore(e.dir).Revoke(e.user, time.Now()); err != nil {
		t.Fatal(err)
	}
	for i, tt := range []struct{ name, query string }{{"new query", "SELECT 2"}, {"prepared before", "prepared"}} {
		t.Run(tt.name, func(t *testing.T) {
			var n int
			err := conns[i].QueryRow(ctx, tt.query).Scan(&n)
			if err == nil || !strings.Contains(err.Error(), "відкликано") {
				t.Errorf("after revocation: %v (n=%d), want the token refused", err, n)
			}
		})
	}
}

// TestQuerySizeBeforeAnyPath: a query over the size limit is refused even when it
// names the catalogue, and the query log keeps only a bounded prefix of it.
func TestQuerySizeBeforeAnyPath(t *testing.T) {
	e := mustEndpoint(t)
	ctx := context.Background()
	conn := mustConnect(t, e)
	big := "SELECT relname FROM pg_class WHERE relname <> '" + strings.Repeat("x", 200<<10) + "'"
	_, err := conn.Exec(ctx, big)
	if err == nil || !strings.Contains(err.Error(), "запит довший за 64 КБ") {
		t.Errorf("a 200 KB catalogue query: %v, want refused as too long", err)
	}
	qlog, err := os.ReadFile(filepath.Join(e.dir, "logs", "sql-queries.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(qlog), "\n") {
		if len(line) > 80<<10 {
			t.Errorf("a query log line of %d KB, want the query cut to a bounded prefix", len(line)>>10)
		}
	}
}
