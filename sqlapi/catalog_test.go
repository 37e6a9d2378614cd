package sqlapi

import (
	"bufio"
	"context"
	"database/sql"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/auth"
	"github.com/hromadata/hromadata/warehouse"
)

// TestParametersOnlyFromPG: $n parameters pass the allowlist only for the
// PostgreSQL endpoint, which binds them.
func TestParametersOnlyFromPG(t *testing.T) {
	db := mustMemDB(t)
	relations := map[string]bool{"mart_recipients_monthly": true}
	q := "SELECT * FROM mart_recipients_monthly WHERE as_of = $1"
	if _, err := canonical(context.Background(), db, q, policy{role: auth.Analyst, relations: relations}); err == nil || !strings.Contains(err.Error(), "PARAMETER") {
		t.Errorf("/api/sql: %v, want PARAMETER refused", err)
	}
	if _, err := canonical(context.Background(), db, q, policy{role: auth.Analyst, relations: relations, params: true}); err != nil {
		t.Errorf("pg endpoint: %v", err)
	}
}

// TestCatalogQuery: a query about the catalogue may not read the build's relations
// (empty in the catalogue instance), and only one SELECT passes.
func TestCatalogQuery(t *testing.T) {
	db := mustMemDB(t)
	relations := map[string]bool{"mart_recipients_monthly": true, "core_assignments": true}
	tests := []struct {
		name, query, refusal string
		kind                 hromadata.Kind
	}{
		{"catalogue", "SELECT relname FROM pg_class WHERE relname ~ '^(m)$'", "", 0},
		{"catalogue and data", "SELECT * FROM pg_class, mart_recipients_monthly", "не може водночас читати таблицю mart_recipients_monthly", hromadata.Forbidden},
		{"not a select", "COPY pg_class TO '/tmp/x'", "лише один запит SELECT", hromadata.Forbidden},
		{"two statements", "SELECT 1 FROM pg_class; SELECT 2", "лише один запит SELECT", hromadata.Forbidden},
		{"forbidden function", "SELECT read_text('/etc/passwd') FROM pg_class", "функцію read_text у SQL-консолі не дозволено", hromadata.Forbidden},
		{"forbidden table function", "SELECT * FROM read_text('/etc/passwd'), pg_class", "табличну функцію read_text заборонено", hromadata.Forbidden},
		{"setting", "SELECT current_setting('temp_directory') FROM pg_class", "функцію current_setting у SQL-консолі не дозволено", hromadata.Forbidden},
		{"DuckDB's own catalogue", "SELECT * FROM duckdb_tables, pg_class", "таблиця duckdb_tables недоступна для ролі analyst", hromadata.Forbidden},
		{"a catalogue PostgreSQL has and the emulation not", "SELECT * FROM pg_auth_members", "таблиці pg_auth_members у каталозі немає", hromadata.Forbidden},
		// A hidden relation is refused alike whether it exists or not.
		{"hidden relation of the build", "SELECT * FROM pg_class, core_assignments", "таблиця core_assignments недоступна для ролі analyst", hromadata.Forbidden},
		{"hidden relation not in the build", "SELECT * FROM pg_class, core_nothing", "таблиця core_nothing недоступна для ролі analyst", hromadata.Forbidden},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := policy{role: auth.Analyst, relations: relations, catalog: &catalogNames{relations: map[string]bool{"pg_class": true}}}
			_, err := catalogQuery(context.Background(), db, tt.query, p)
			switch {
			case tt.refusal == "" && err != nil:
				t.Errorf("refused: %v", err)
			case tt.refusal != "" && (err == nil || !strings.Contains(err.Error(), tt.refusal) || hromadata.KindOf(err) != tt.kind):
				t.Errorf("got %v, want %q", err, tt.refusal)
			}
		})
	}
}

// TestRewriteCatalog: psql's spellings become DuckDB's.
func TestRewriteCatalog(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"operator and collation", "c.relname OPERATOR(pg_catalog.~) '^(t)$' COLLATE pg_catalog.default", "c.relname  ~  '^(t)$' "},
		{"schema", "pg_catalog.pg_class c", "pg_class c"},
		{"information_schema", "information_schema.tables", "information_schema_.tables"},
		{"regclass", "c.oid::pg_catalog.regclass", "c.oid::VARCHAR"},
		{"name as regclass", "d.classoid = 'pg_namespace'::regclass", "d.classoid = coalesce((SELECT oid FROM pg_class WHERE relname = 'pg_namespace'), 0)"},
		{"generate_series alias", "FROM pg_catalog.generate_series(0, pg_catalog.array_upper(x, 1)) s, t", "FROM generate_series(0, array_upper(x, 1)) AS s(s), t"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := rewriteCatalog(tt.in); got != tt.want {
				t.Errorf("got %q, want %q", got, tt.want)
			}
		})
	}
}

// TestCatalogMadeOncePerBuild: a role's catalogue depends only on the build and the
// role, so a worker started later (after a restart) opens the one made before
// instead of making it again; each role has its own, listing only its relations.
func TestCatalogMadeOncePerBuild(t *testing.T) {
	// A build's name has dots in it, as the warehouse names them.
	build := filepath.Join(t.TempDir(), "build-20240115T093000.123456.duckdb")
	if err := os.Rename(mustEmptyBuild(t), build); err != nil {
		t.Fatal(err)
	}
	stale := filepath.Join(filepath.Dir(build), "catalogs", "build-20240101T000000.1.analyst.00000000.duckdb")
	if err := os.MkdirAll(filepath.Dir(stale), 0o700); err != nil {
		t.Fatal(err)
	}
	mustWriteFile(t, stale)
	db, err := sql.Open("duckdb", build)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE core_people AS SELECT 1 AS person"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	newWorker := func() *worker {
		w := &worker{out: bufio.NewWriter(io.Discard), lim: warehouse.Limits{Threads: 1, MemoryLimit: "256MB"}}
		if err := w.open(build); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() {
			for _, c := range w.catalogs {
				c.db.Close()
			}
			w.db.Close()
		})
		return w
	}
	relnames := func(w *worker, role string) string {
		c, err := w.catalogDB(role)
		if err != nil {
			t.Fatal(err)
		}
		var names string
		if err := c.db.QueryRow("SELECT string_agg(relname, ',' ORDER BY relname) FROM pg_class WHERE relnamespace = 2200").Scan(&names); err != nil {
			t.Fatal(err)
		}
		return names
	}
	first := newWorker()
	if got := relnames(first, auth.Analyst); got != "mart_x" {
		t.Errorf("analyst's catalogue lists %q, want mart_x", got)
	}
	file := catalogFile(build, auth.Analyst)
	made, err := os.Stat(file)
	if err != nil {
		t.Fatalf("the catalogue was not kept for the build: %v", err)
	}
	second := newWorker()
	if got := relnames(second, auth.Analyst); got != "mart_x" {
		t.Errorf("second worker's analyst catalogue lists %q", got)
	}
	if again, err := os.Stat(file); err != nil || !again.ModTime().Equal(made.ModTime()) {
		t.Errorf("the second worker made the catalogue again: %v", err)
	}
	if got := relnames(second, auth.Steward); got != "core_people,mart_x" {
		t.Errorf("steward's catalogue lists %q, want core_people,mart_x", got)
	}
	if _, err := os.Stat(file); err != nil {
		t.Errorf("making the steward's catalogue removed the analyst's: %v", err)
	}
	if _, err := os.Stat(stale); err == nil {
		t.Error("the catalogue of a build that is gone was kept")
	}
}

func mustWriteFile(t *testing.T, path string) {
	t.Helper()
	if err := os.WriteFile(path, nil, 0o600); err != nil {
		t.Fatal(err)
	}
}
