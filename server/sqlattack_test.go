package server_test

import (
	"encoding/json"
	"io"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/hromadata/hromadata/auth"
	"github.com/hromadata/hromadata/sqlapi"
)

// mustHealthy checks that the rest of the site stands after an attack: health, a
// dashboard, and an analyst's SELECT 1.
func (s *site) mustHealthy(t *testing.T, after string) {
	t.Helper()
	if code, body, _ := s.get("/healthz"); code != 200 || !strings.Contains(body, `"ok"`) {
		t.Fatalf("after %s: /healthz %d %s", after, code, body)
	}
	if code, body, _ := s.get("/"); code != 200 {
		t.Fatalf("after %s: dashboard %d %.200s", after, code, body)
	}
	if code, out := s.sql(s.token, query("SELECT 1 AS x"), "application/json"); code != 200 || out["row_count"] != float64(1) {
		t.Fatalf("after %s: SELECT 1 answered %d %v", after, code, out)
	}
}

// mustCapped checks, before any memory attack, that the OS caps the workers' memory
// far below the machine's, so that a regression fails the test instead of taking the
// machine.
func (s *site) mustCapped(t *testing.T) {
	t.Helper()
	s.mustHealthy(t, "start")
	caps := s.srv.SQL.Pool().Caps()
	if caps == nil || !caps.Enforced(testCap) {
		t.Fatalf("worker memory is not capped by the OS at %d bytes: %+v", testCap, caps)
	}
}

func TestSQLSandbox(t *testing.T) {
	s := mustStart(t, sqlapi.Limits{Timeout: 2 * time.Second, MaxRows: 5})
	build, _ := filepath.Glob(filepath.Join(s.dir, "builds", "*.duckdb"))
	refused := []struct {
		name, query string
		status      int
		message     string
	}{
		{"read a file", "SELECT * FROM read_csv('/etc/passwd')", 403, "табличну функцію read_csv"},
		{"read parquet from the lake", "SELECT * FROM read_parquet('" + filepath.Join(s.dir, "lake", "*", "*.parquet") + "')", 403, "табличну функцію read_parquet"},
		{"read_blob of the build", "SELECT * FROM read_blob('" + build[0] + "')", 403, "табличну функцію read_blob"},
		{"file as a table", "SELECT * FROM '" + build[0] + "'", 403, "недоступна для ролі analyst"},
		{"enable_logging", "SELECT * FROM enable_logging(storage='file', storage_path='/nonexistent')", 403, "табличну функцію enable_logging"},
		{"enable_profiling", "SELECT * FROM enable_profiling()", 403, "табличну функцію enable_profiling"},
		{"duckdb_logs", "SELECT * FROM duckdb_logs", 403, "таблиця duckdb_logs"},
		{"duckdb_settings", "SELECT * FROM duckdb_settings()", 403, "табличну функцію duckdb_settings"},
		{"duckdb_databases", "SELECT path FROM duckdb_databases()", 403, "табличну функцію duckdb_databases"},
		{"current_setting", "SELECT current_setting('temp_directory')", 403, "функцію current_setting"},
		{"person-level rows", "SELECT * FROM core_assignments", 403, "таблиця core_assignments недоступна для ролі analyst"},
		{"copy to", "COPY mart_recipients_monthly TO '/tmp/leak.csv'", 403, "лише один запит SELECT"},
		{"attach", "ATTACH '/tmp/other.duckdb' AS o", 403, "лише один запит SELECT"},
		{"install", "INSTALL httpfs", 403, "лише один запит SELECT"},
		{"load", "LOAD httpfs", 403, "лише один запит SELECT"},
		{"set", "SET enable_external_access = true", 403, "лише один запит SELECT"},
		{"pragma", "PRAGMA database_list", 403, "лише один запит SELECT"},
		{"drop", "DROP TABLE core_assignments", 403, "лише один запит SELECT"},
		{"create", "CREATE TABLE t AS SELECT 1", 403, "лише один запит SELECT"},
		{"two statements", "SELECT 1; DROP TABLE core_assignments", 403, "лише один запит"},
		{"time limit", "SELECT count(*) FROM range(1000000000000)", 504, "довше за"},
		{"syntax", "SELEC 1", 400, "синтаксична помилка"},
		{"empty", "  ", 400, "порожній запит"},
	}
	for _, tt := range refused {
		t.Run(tt.name, func(t *testing.T) {
			code, out := s.sql(s.token, query(tt.query), "application/json")
			msg, _ := out["error"].(string)
			if code != tt.status || !strings.Contains(msg, tt.message) {
				t.Errorf("status %d %q, want %d containing %q", code, msg, tt.status, tt.message)
			}
		})
	}
	if _, err := os.Stat("/tmp/leak.csv"); err == nil {
		t.Error("COPY wrote a file")
	}
	t.Run("row cap truncates", func(t *testing.T) {
		code, out := s.sql(s.token, query("SELECT * FROM range(100)"), "application/json")
		if code != 200 || out["row_count"] != float64(5) || out["truncated"] != true || out["truncated_by"] != "rows" {
			t.Errorf("status %d, %v", code, out)
		}
	})
	t.Run("allowed select", func(t *testing.T) {
		code, out := s.sql(s.token, query("SELECT office_code, sum(families) AS families FROM mart_recipients_monthly WHERE as_of = DATE '2024-01-01' GROUP BY 1 ORDER BY 1"), "application/json")
		if code != 200 || out["row_count"] != float64(2) || out["truncated"] != false {
			t.Errorf("status %d, %v", code, out)
		}
	})
	t.Run("form and csv", func(t *testing.T) {
		code, body, _ := s.post(url.Values{"query": {"SELECT 1 AS x"}, "format": {"csv"}}.Encode(), "Bearer "+s.token)
		if code != 200 || body != "x\n1\n" {
			t.Errorf("CSV %d %q", code, body)
		}
	})
	t.Run("infinity and NaN are valid JSON", func(t *testing.T) {
		code, body, _ := s.post(url.Values{"query": {"SELECT 1/0 AS inf, -1/0 AS minf, 'NaN'::DOUBLE AS nan"}}.Encode(), "Bearer "+s.token)
		var out struct{ Rows [][]any }
		if err := json.Unmarshal([]byte(body), &out); code != 200 || err != nil || len(out.Rows) != 1 ||
			out.Rows[0][0] != "+Inf" || out.Rows[0][1] != "-Inf" || out.Rows[0][2] != "NaN" {
			t.Errorf("status %d, %v: %s", code, err, body)
		}
	})
	// An analyst exploring the schema gets from /api/sql what psql gets: the
	// catalogue, filtered to the role's relations.
	t.Run("information_schema", func(t *testing.T) {
		code, out := s.sql(s.token, query("SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'mart_recipients%' OR table_name LIKE 'core_%'"), "application/json")
		b, _ := json.Marshal(out["rows"])
		if code != 200 || !strings.Contains(string(b), "mart_recipients_monthly") || strings.Contains(string(b), "core_") {
			t.Errorf("status %d, %v", code, out)
		}
	})
	t.Run("pg_catalog columns", func(t *testing.T) {
		code, out := s.sql(s.token, query(`SELECT a.attname FROM pg_catalog.pg_attribute a JOIN pg_catalog.pg_class c ON c.oid = a.attrelid
			WHERE c.relname = 'mart_recipients_monthly' ORDER BY a.attnum`), "application/json")
		b, _ := json.Marshal(out["rows"])
		if code != 200 || !strings.Contains(string(b), "office_code") {
			t.Errorf("status %d, %v", code, out)
		}
	})
	t.Run("forbidden function in a catalogue query", func(t *testing.T) {
		code, out := s.sql(s.token, query("SELECT read_text('/etc/passwd') FROM information_schema.tables"), "application/json")
		if msg, _ := out["error"].(string); code != 403 || !strings.Contains(msg, "функцію read_text у SQL-консолі не дозволено") {
			t.Errorf("status %d, %v", code, out)
		}
	})
	s.mustHealthy(t, "the refusals")
	log, err := os.ReadFile(filepath.Join(s.dir, "logs", "sql-queries.jsonl"))
	if err != nil || !strings.Contains(string(log), `"who":"olena"`) || !strings.Contains(string(log), `"role":"analyst"`) || !strings.Contains(string(log), "DROP TABLE core_assignments") {
		t.Errorf("query log lacks who ran what: %v %.300s", err, log)
	}
	if strings.Contains(string(log), s.token) {
		t.Error("the token reached the query log")
	}
}

// post sends a raw body to /api/sql with an Authorization header as given.
func (s *site) post(body, authorization string) (int, string, http.Header) {
	s.t.Helper()
	req, _ := http.NewRequest(http.MethodPost, s.base+"/api/sql", strings.NewReader(body))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	if authorization != "" {
		req.Header.Set("Authorization", authorization)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		s.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b), resp.Trailer
}

// TestSQLResourceAttacks runs the queries that took the server down, each under the
// workers' OS cap, and checks that the site stands after each.
func TestSQLResourceAttacks(t *testing.T) {
	lim := sqlapi.Limits{Timeout: 3 * time.Second, KillGrace: 500 * time.Millisecond, MaxBytes: 1 << 20, Workers: 2, Queue: 2}
	s := mustStart(t, lim)
	s.mustCapped(t)
	t.Run("a billion-element list", func(t *testing.T) {
		start := time.Now()
		code, out := s.sql(s.token, query("SELECT count(*) FROM (SELECT unnest(range(1000000000)))"), "application/json")
		if code == 200 || out["error"] == nil || time.Since(start) > lim.Timeout+lim.KillGrace+2*time.Second {
			t.Errorf("status %d after %s: %v", code, time.Since(start), out)
		}
		s.mustHealthy(t, "the billion-element list")
	})
	t.Run("large result cut at the byte cap", func(t *testing.T) {
		code, out := s.sql(s.token, query("SELECT repeat('y', 25000) FROM range(200)"), "application/json")
		if code != 200 || out["truncated_by"] != "bytes" || out["row_count"].(float64) > float64(lim.MaxBytes)/25000 {
			t.Errorf("status %d, %v %v", code, out["truncated_by"], out["row_count"])
		}
	})
	t.Run("eight concurrent large results", func(t *testing.T) {
		codes := make([]int, 8)
		var wg sync.WaitGroup
		for i := range codes {
			wg.Go(func() {
				code, out := s.sql(s.token, query("SELECT repeat('y', 25000) FROM range(10000)"), "application/json")
				codes[i] = code
				if code == 200 && (out["truncated_by"] != "bytes" || out["row_count"].(float64) > float64(lim.MaxBytes)/25000) {
					t.Errorf("answer not cut at the byte cap: %v %v", out["truncated_by"], out["row_count"])
				}
			})
		}
		wg.Wait()
		for _, c := range codes {
			if c != 200 && c != 429 && c != 413 && c != 504 {
				t.Errorf("statuses %v: want 200 (truncated), 413, 429 or 504 only", codes)
				break
			}
		}
		s.mustHealthy(t, "the large results")
	})
	t.Run("hard time limit, others served meanwhile", func(t *testing.T) {
		start := time.Now()
		done := make(chan struct{})
		go func() {
			defer close(done)
			code, out := s.sql(s.token, query("SELECT count(*) FROM range(1000000000000) a, range(1000) b"), "application/json")
			if code != 504 || time.Since(start) > lim.Timeout+lim.KillGrace+time.Second {
				t.Errorf("status %d after %s (limit %s): %v", code, time.Since(start), lim.Timeout, out)
			}
		}()
		time.Sleep(300 * time.Millisecond)
		s.mustHealthy(t, "the start of a long query")
		<-done
		s.mustHealthy(t, "the long query")
	})
}

// TestSQLQueueBound fills the only worker and checks the next analyst is told to
// retry later, not queued without bound.
func TestSQLQueueBound(t *testing.T) {
	s := mustStart(t, sqlapi.Limits{Timeout: 2 * time.Second, Workers: 1, Queue: -1})
	s.mustHealthy(t, "start")
	done := make(chan int)
	go func() {
		code, _ := s.sql(s.token, query("SELECT count(*) FROM range(1000000000000)"), "application/json")
		done <- code
	}()
	time.Sleep(500 * time.Millisecond)
	req, _ := http.NewRequest(http.MethodPost, s.base+"/api/sql", strings.NewReader(query("SELECT 1")))
	req.Header.Set("Authorization", "Bearer "+s.token)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	var out map[string]any
	json.NewDecoder(resp.Body).Decode(&out)
	resp.Body.Close()
	if resp.StatusCode != 429 || resp.Header.Get("Retry-After") == "" || !strings.Contains(out["error"].(string), "черга") {
		t.Errorf("status %d, Retry-After %q, %v", resp.StatusCode, resp.Header.Get("Retry-After"), out)
	}
	if code := <-done; code != 504 {
		t.Errorf("the long query: %d, want 504", code)
	}
	s.mustHealthy(t, "the queue")
}

// TestSQLExtract streams a CSV larger than a JSON answer may be, and cuts it at its
// own cap, saying so in a trailer.
func TestSQLExtract(t *testing.T) {
	s := mustStart(t, sqlapi.Limits{MaxRows: 10, ExtractRows: 50000, ExtractBytes: 1 << 20})
	code, body, _ := s.post(`{"query":"SELECT range AS n FROM range(20000)","format":"csv"}`, "Bearer "+s.token)
	if lines := strings.Count(body, "\n"); code != 200 || lines != 20001 {
		t.Errorf("status %d, %d lines, want 20001", code, lines)
	}
	code, body, trailer := s.post(`{"query":"SELECT repeat('x', 100) FROM range(20000)","format":"csv"}`, "Bearer "+s.token)
	if code != 200 || len(body) > 1<<20 || len(body) < 1<<19 || trailer.Get("X-Hromadata-Truncated") != "bytes" {
		t.Errorf("status %d, %d bytes, trailer %v", code, len(body), trailer)
	}
}

// TestSQLRoles: a steward reads person-level rows for a purpose that reaches the
// query log; tokens are accepted only as Bearer, only while valid; a corrupt token
// file closes access with a clear message.
func TestSQLRoles(t *testing.T) {
	s := mustStart(t, sqlapi.Limits{})
	store := auth.NewStore(s.dir)
	steward, err := store.New(auth.Grant{Name: "iryna", Role: auth.Steward, Purpose: "перевірка якості даних про призначення"}, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	expired, err := store.New(auth.Grant{Name: "old", Role: auth.Analyst, TTL: time.Hour}, time.Now().Add(-2*time.Hour))
	if err != nil {
		t.Fatal(err)
	}
	revoked, _ := store.New(auth.Grant{Name: "gone", Role: auth.Analyst}, time.Now())
	if err := store.Revoke("gone", time.Now()); err != nil {
		t.Fatal(err)
	}
	person := query("SELECT count(*) AS n FROM core_assignments")
	tests := []struct {
		name, authorization string
		status              int
		contains            string
	}{
		{"steward reads person-level rows", "Bearer " + steward, 200, `"row_count":1`},
		{"analyst does not", "Bearer " + s.token, 403, "недоступна для ролі analyst"},
		{"no Bearer prefix", s.token, 401, "Bearer"},
		{"another scheme", "Basic " + s.token, 401, "Bearer"},
		{"expired", "Bearer " + expired, 401, "строк дії"},
		{"revoked", "Bearer " + revoked, 401, "відкликано"},
		{"unknown", "Bearer hd_nope", 401, "недійсний токен"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, body, _ := s.post(person, tt.authorization)
			if code != tt.status || !strings.Contains(body, tt.contains) {
				t.Errorf("status %d %.200s, want %d containing %q", code, body, tt.status, tt.contains)
			}
		})
	}
	log, _ := os.ReadFile(filepath.Join(s.dir, "logs", "sql-queries.jsonl"))
	if !strings.Contains(string(log), `"who":"iryna","role":"steward","purpose":"перевірка якості даних про призначення"`) {
		t.Errorf("query log lacks the steward's role and purpose: %.500s", log)
	}
	t.Run("corrupt token file", func(t *testing.T) {
		if err := os.WriteFile(filepath.Join(s.dir, auth.TokensFile), []byte(`[{"name": "olena", "sha2`), 0o600); err != nil {
			t.Fatal(err)
		}
		code, body, _ := s.post(query("SELECT 1"), "Bearer "+s.token)
		if code != 403 || !strings.Contains(body, "файл токенів пошкоджено") {
			t.Errorf("status %d %s", code, body)
		}
		if code, _, _ := s.get("/healthz"); code != 200 {
			t.Errorf("healthz %d", code)
		}
	})
}
