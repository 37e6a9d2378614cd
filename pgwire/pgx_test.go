package pgwire_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgtype"

	"github.com/hromadata/hromadata/sqlapi"
)

func mustConnect(t *testing.T, e endpoint) *pgx.Conn {
	t.Helper()
	conn, err := pgx.Connect(context.Background(), e.dsn())
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

// TestPgx: the extended protocol with parameters, the types in binary format, a
// refusal, the time limit and a client's cancel request.
func TestPgx(t *testing.T) {
	e := mustEndpoint(t)
	ctx := context.Background()
	conn := mustConnect(t, e)

	t.Run("types in binary", func(t *testing.T) {
		var (
			n    int64
			i    int32
			f    float64
			s    string
			d    time.Time
			ts   time.Time
			b    bool
			num  pgtype.Numeric
			null *string
		)
		err := conn.QueryRow(ctx, `SELECT 42::BIGINT, 7::INTEGER, 2.5::DOUBLE, 'Кам’янське', DATE '2024-01-01',
			TIMESTAMP '2024-01-01 10:30:00', true, 1234.56::DECIMAL(18,2), NULL::VARCHAR`).Scan(&n, &i, &f, &s, &d, &ts, &b, &num, &null)
		if err != nil {
			t.Fatal(err)
		}
		nf, _ := num.Float64Value()
		if n != 42 || i != 7 || f != 2.5 || s != "Кам’янське" || d.Format("2006-01-02") != "2024-01-01" ||
			ts.Format("2006-01-02 15:04") != "2024-01-01 10:30" || !b || nf.Float64 != 1234.56 || null != nil {
			t.Errorf("got %v %v %v %q %v %v %v %v %v", n, i, f, s, d, ts, b, nf, null)
		}
	})
	t.Run("column types", func(t *testing.T) {
		rows, err := conn.Query(ctx, "SELECT 1.5::DECIMAL(10,1) AS a, 1::BIGINT AS b, 1::INTEGER AS c, 1::DOUBLE AS d, 'x' AS e, DATE '2024-01-01' AS f, TIMESTAMP '2024-01-01' AS g, true AS h")
		if err != nil {
			t.Fatal(err)
		}
		rows.Close()
		want := []uint32{1700, 20, 23, 701, 25, 1082, 1114, 16}
		for i, fd := range rows.FieldDescriptions() {
			if fd.DataTypeOID != want[i] {
				t.Errorf("column %s: OID %d, want %d", fd.Name, fd.DataTypeOID, want[i])
			}
		}
	})
	t.Run("parameters", func(t *testing.T) {
		var families int64
		err := conn.QueryRow(ctx, "SELECT coalesce(sum(families), 0) FROM mart_recipients_monthly WHERE as_of = $1 AND benefit_code <> $2",
			time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC), "no-such-benefit").Scan(&families)
		if err != nil {
			t.Fatal(err)
		}
		var all int64
		if err := conn.QueryRow(ctx, "SELECT coalesce(sum(families), 0) FROM mart_recipients_monthly WHERE as_of = DATE '2024-01-01'").Scan(&all); err != nil {
			t.Fatal(err)
		}
		if families != all || all == 0 {
			t.Errorf("parameterised sum %d, literal sum %d", families, all)
		}
		var n int64
		var ok bool
		if err := conn.QueryRow(ctx, "SELECT count(*), bool_and(families >= $1) FROM mart_recipients_monthly WHERE families > $2 AND $3 < 2.5",
			int64(1), int64(0), 1.5).Scan(&n, &ok); err != nil || n == 0 || !ok {
			t.Errorf("numeric parameters: %d %v %v", n, ok, err)
		}
	})
	t.Run("refused", func(t *testing.T) {
		_, err := conn.Exec(ctx, "SELECT * FROM read_csv('/etc/passwd')")
		mustPgError(t, err, "42501", "read_csv")
	})
	t.Run("catalogue holds no files or data", func(t *testing.T) {
		for _, q := range []string{
			"SELECT count(*) FROM pg_class, read_text('/etc/passwd')",
			"SELECT count(*) FROM pg_catalog.pg_class, glob('/*')",
			"SELECT count(*) FROM pg_class, mart_recipients_monthly",
		} {
			var n int64
			if err := conn.QueryRow(ctx, q).Scan(&n); err == nil {
				t.Errorf("%s: answered %d", q, n)
			}
		}
		var core, marts int64
		if err := conn.QueryRow(ctx, "SELECT count(*) FILTER (WHERE relname LIKE 'core%'), count(*) FILTER (WHERE relname LIKE 'mart%') FROM pg_class").Scan(&core, &marts); err != nil || core != 0 || marts == 0 {
			t.Errorf("an analyst's catalogue lists %d core_ and %d mart_ tables (%v)", core, marts, err)
		}
	})
	t.Run("time limit", func(t *testing.T) {
		_, err := conn.Exec(ctx, "SELECT count(*) FROM range(100000000000) a WHERE a.range % 7 = 3")
		mustPgError(t, err, "57014", "довше за")
	})
	t.Run("cancel request", func(t *testing.T) {
		qctx, cancel := context.WithCancel(ctx)
		time.AfterFunc(300*time.Millisecond, cancel) // pgx sends a cancel request
		start := time.Now()
		_, err := conn.Exec(qctx, "SELECT count(*) FROM range(100000000000) a WHERE a.range % 7 = 3")
		if err == nil || time.Since(start) > 1500*time.Millisecond {
			t.Fatalf("cancelled query: %v after %s", err, time.Since(start))
		}
		c2 := mustConnect(t, e)
		var x int
		if err := c2.QueryRow(ctx, "SELECT 1").Scan(&x); err != nil || x != 1 {
			t.Fatalf("after a cancel: %v", err)
		}
	})
	t.Run("pg_cancel_backend", func(t *testing.T) {
		c1, c2 := mustConnect(t, e), mustConnect(t, e)
		pid := c2.PgConn().PID()
		done := make(chan error, 1)
		go func() {
			_, err := c2.Exec(ctx, "SELECT count(*) FROM range(100000000000) a WHERE a.range % 7 = 3")
			done <- err
		}()
		time.Sleep(400 * time.Millisecond)
		var ok bool
		if err := c1.QueryRow(ctx, "SELECT pg_cancel_backend($1)", int32(pid)).Scan(&ok); err != nil || !ok {
			t.Fatalf("pg_cancel_backend: %v %v", ok, err)
		}
		mustPgError(t, <-done, "57014", "скасовано")
		qlog, err := os.ReadFile(filepath.Join(e.dir, "logs", "sql-queries.jsonl"))
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(qlog), `"status":"cancelled","error":"запит скасовано на вимогу клієнта"`) {
			t.Errorf("the query log does not say the query was cancelled:\n%s", qlog)
		}
	})
}

func mustPgError(t *testing.T, err error, code, message string) {
	t.Helper()
	var pe *pgconn.PgError
	if !errors.As(err, &pe) {
		t.Fatalf("want a PostgreSQL error %s, got %v", code, err)
	}
	if pe.Code != code || !strings.Contains(pe.Message, message) {
		t.Errorf("got %s %q, want %s with %q", pe.Code, pe.Message, code, message)
	}
}

// mustConnectErr connects and closes, returning the error.
func mustConnectErr(dsn string) (bool, error) {
	conn, err := pgx.Connect(context.Background(), dsn)
	if err != nil {
		return false, err
	}
	return conn.PgConn().Conn() != nil, conn.Close(context.Background())
}

// TestTruncatedAnswer: an answer past the row cap ends in an error after its rows,
// never as a silently shorter answer.
func TestTruncatedAnswer(t *testing.T) {
	e := mustEndpointWith(t, func(l *sqlapi.Limits) { l.ExtractRows = 3 })
	conn := mustConnect(t, e)
	rows, err := conn.Query(context.Background(), "SELECT * FROM range(10)")
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for rows.Next() {
		n++
	}
	rows.Close()
	mustPgError(t, rows.Err(), "54000", "ліміт кількості рядків (3)")
	var x int64
	if err := conn.QueryRow(context.Background(), "SELECT count(*) FROM range(3)").Scan(&x); err != nil || x != 3 {
		t.Errorf("within the cap: %d %v", x, err)
	}
}

// TestWrongPasswordLogged: a wrong token is a failed authentication in the log, at
// WARN with the user's name and never the password, not a server ERROR.
func TestWrongPasswordLogged(t *testing.T) {
	e := mustEndpoint(t)
	const wrong = "hd_not-a-token-at-all"
	bad := e
	bad.token = wrong
	if conn, err := pgx.Connect(context.Background(), bad.dsn()); err == nil {
		conn.Close(context.Background())
		t.Fatal("a wrong token connected")
	}
	var log string
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if log = e.log.String(); strings.Contains(log, "authentication failed") {
			break
		}
	}
	for _, tc := range []struct {
		name string
		ok   bool
	}{
		{"a failed authentication at WARN", strings.Contains(log, `level=WARN msg="authentication failed"`)},
		{"names the user", strings.Contains(log, "user=olena")},
		{"no ERROR", !strings.Contains(log, "level=ERROR")},
		{"no password", !strings.Contains(log, wrong)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if !tc.ok {
				t.Errorf("log:\n%s", log)
			}
		})
	}
}
