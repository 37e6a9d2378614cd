package sqlapi

import (
	"context"
	"database/sql"
	"strings"
	"testing"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/auth"
)

func mustMemDB(t *testing.T) *sql.DB {
	t.Helper()
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// TestPolicy checks the allowlist on DuckDB's parse tree: what each role may read and
// call, and that everything else is refused by name.
func TestPolicy(t *testing.T) {
	db := mustMemDB(t)
	relations := map[string]bool{"mart_recipients_monthly": true, "ref_offices": true, "core_assignments": true, "stg_privileges": true, "meta_build": true}
	tests := []struct {
		name, role, query string
		refusal           string // "" if allowed
	}{
		{"mart with aggregates and windows", auth.Analyst, "SELECT office_code, sum(families), rank() OVER (ORDER BY sum(families) DESC) FROM mart_recipients_monthly GROUP BY 1", ""},
		{"qualified main", auth.Analyst, "SELECT * FROM main.ref_offices", ""},
		{"cte, join, subquery, lambda", auth.Analyst, "WITH m AS (SELECT * FROM mart_recipients_monthly) SELECT list_transform([1,2], x -> x + 1), (SELECT max(families) FROM m) FROM m JOIN ref_offices USING (office_code) WHERE office_code IN (SELECT office_code FROM m) AND as_of BETWEEN DATE '2023-01-01' AND DATE '2024-01-01' ORDER BY 1 LIMIT 3", ""},
		{"recursive cte", auth.Analyst, "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 5) SELECT sum(n) FROM r", ""},
		{"generators", auth.Analyst, "SELECT * FROM range(3), generate_series(1, 2), unnest([1, 2])", ""},
		{"dates and text", auth.Analyst, "SELECT date_trunc('month', DATE '2024-02-03'), strftime(DATE '2024-02-03', '%d.%m.%Y'), upper(lpad('a', 3, '0')), CASE WHEN 1 < 2 THEN 'так' END, coalesce(NULL, 1)::VARCHAR, 'a' LIKE 'a%'", ""},
		{"values", auth.Analyst, "SELECT * FROM (VALUES (1), (2)) v(x)", ""},
		{"decimal cast", auth.Analyst, "SELECT 1.5::DECIMAL(10,1), CAST(families AS DECIMAL(18,2)) FROM mart_recipients_monthly", ""},
		{"steward reads person-level rows", auth.Steward, "SELECT * FROM core_assignments JOIN stg_privileges USING (person_id)", ""},
		{"analyst refused person-level rows", auth.Analyst, "SELECT * FROM core_assignments", "таблиця core_assignments недоступна для ролі analyst"},
		{"analyst refused staging", auth.Analyst, "SELECT count(*) FROM (SELECT * FROM stg_privileges)", "таблиця stg_privileges"},
		{"person-level rows in a subquery expression", auth.Analyst, "SELECT (SELECT count(*) FROM core_assignments)", "таблиця core_assignments"},
		{"build metadata", auth.Steward, "SELECT * FROM meta_build", "таблиця meta_build"},
		{"unknown role", "admin", "SELECT * FROM ref_offices", "таблиця ref_offices недоступна для ролі admin"},
		{"another catalog", auth.Steward, "SELECT * FROM other.main.core_assignments", "таблиця core_assignments"},
		{"system schema", auth.Analyst, "SELECT * FROM information_schema.tables", "таблиця tables"},
		{"duckdb_logs", auth.Analyst, "SELECT * FROM duckdb_logs", "таблиця duckdb_logs"},
		{"a cte's name does not leak out of its scope", auth.Analyst, "SELECT * FROM (WITH duckdb_logs AS (SELECT 1) SELECT * FROM duckdb_logs), duckdb_logs", "таблиця duckdb_logs"},
		{"a cte that names itself reads the real table", auth.Analyst, "WITH core_assignments AS (SELECT * FROM core_assignments) SELECT * FROM core_assignments", "таблиця core_assignments"},
		{"a recursive cte that names a table", auth.Analyst, "WITH RECURSIVE core_assignments AS (SELECT * FROM core_assignments) SELECT * FROM core_assignments", "таблиця core_assignments"},
		{"a recursive cte that shadows a table in its anchor", auth.Analyst, "WITH RECURSIVE core_assignments AS (SELECT * FROM core_assignments UNION ALL SELECT * FROM core_assignments WHERE false) SELECT 1 FROM core_assignments", "core_assignments"},
		// Whether a hidden table exists must not change the answer: a recursive CTE
		// under a hidden table's name is refused alike when no such table exists.
		{"a recursive cte named for a hidden table", auth.Analyst, "WITH RECURSIVE core_assignments(n) AS (SELECT 1 UNION ALL SELECT n+1 FROM core_assignments WHERE n<3) SELECT count(*) FROM core_assignments", "таблиця core_assignments недоступна для ролі analyst"},
		{"a recursive cte named like a hidden table that is not there", auth.Analyst, "WITH RECURSIVE core_zzz(n) AS (SELECT 1 UNION ALL SELECT n+1 FROM core_zzz WHERE n<3) SELECT count(*) FROM core_zzz", "таблиця core_zzz недоступна для ролі analyst"},
		{"a recursive cte named like build metadata that is not there", auth.Analyst, "WITH RECURSIVE meta_zzz(n) AS (SELECT 1 UNION ALL SELECT n+1 FROM meta_zzz WHERE n<3) SELECT count(*) FROM meta_zzz", "таблиця meta_zzz недоступна для ролі analyst"},
		{"a cte named for a system view", auth.Analyst, "WITH RECURSIVE pg_settings AS (SELECT * FROM pg_settings) SELECT * FROM pg_settings", "pg_settings"},
		{"a cte may not see a later one", auth.Analyst, "WITH a AS (SELECT * FROM core_assignments), core_assignments AS (SELECT 1) SELECT * FROM a", "таблиця core_assignments"},
		{"file by name", auth.Analyst, "SELECT * FROM '/etc/passwd'", "таблиця /etc/passwd"},
		{"read_csv", auth.Analyst, "SELECT * FROM read_csv('/etc/passwd')", "табличну функцію read_csv"},
		{"read_blob", auth.Steward, "SELECT * FROM read_blob('/data/builds/build.duckdb')", "табличну функцію read_blob"},
		{"read_text in a subquery", auth.Analyst, "SELECT (SELECT content FROM read_text('/etc/hostname'))", "табличну функцію read_text"},
		{"glob", auth.Analyst, "SELECT * FROM glob('/*')", "табличну функцію glob"},
		{"enable_logging", auth.Analyst, "SELECT * FROM enable_logging(storage='file', storage_path='/nonexistent')", "табличну функцію enable_logging"},
		{"enable_profiling", auth.Analyst, "SELECT * FROM enable_profiling()", "табличну функцію enable_profiling"},
		{"duckdb_settings", auth.Analyst, "SELECT * FROM duckdb_settings()", "табличну функцію duckdb_settings"},
		{"duckdb_databases", auth.Analyst, "SELECT * FROM duckdb_databases()", "табличну функцію duckdb_databases"},
		{"pragma function", auth.Analyst, "SELECT * FROM pragma_database_list()", "табличну функцію pragma_database_list"},
		{"query smuggles sql", auth.Analyst, "SELECT * FROM query('SELECT * FROM core_assignments')", "табличну функцію query"},
		{"query_table", auth.Analyst, "SELECT * FROM query_table('core_assignments')", "табличну функцію query_table"},
		{"current_setting", auth.Analyst, "SELECT current_setting('temp_directory')", "функцію current_setting"},
		{"getvariable", auth.Analyst, "SELECT getvariable('x')", "функцію getvariable"},
		{"current_setting in a lambda", auth.Analyst, "SELECT list_transform(['a'], x -> current_setting(x))", "функцію current_setting"},
		{"current_setting in a window", auth.Analyst, "SELECT 1 ORDER BY current_setting('threads')", "функцію current_setting"},
		{"a build macro", auth.Steward, "SELECT fn_age(DATE '2000-01-01', DATE '2024-01-01')", "функцію fn_age"},
		{"schema-qualified function", auth.Analyst, "SELECT pg_catalog.lower('a')", "функцію lower"},
		{"nextval", auth.Analyst, "SELECT nextval('s')", "функцію nextval"},
		{"parameter", auth.Analyst, "SELECT $1", "вираз PARAMETER"},
		{"summarize as a table", auth.Analyst, "SELECT * FROM (SUMMARIZE core_assignments)", "конструкцію SHOW_REF"},
		{"describe", auth.Analyst, "DESCRIBE SELECT 1", "конструкцію SHOW_REF"},
		{"pivot, which the parse tree cannot carry", auth.Analyst, "SELECT * FROM (PIVOT core_assignments ON office_code USING count(*))", "лише один запит SELECT"},
		{"copy", auth.Analyst, "COPY mart_recipients_monthly TO '/tmp/x.csv'", "лише один запит SELECT"},
		{"attach", auth.Analyst, "ATTACH '/tmp/x.duckdb'", "лише один запит SELECT"},
		{"set", auth.Analyst, "SET threads = 64", "лише один запит SELECT"},
		{"pragma", auth.Analyst, "PRAGMA enable_profiling", "лише один запит SELECT"},
		{"smuggled second statement", auth.Analyst, "SELECT 1; SELECT * FROM enable_logging()", "дозволено лише один запит"},
		{"smuggled after a comment", auth.Analyst, "SELECT 1 -- ;\n; COPY ref_offices TO '/tmp/x'", "лише один запит"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := canonical(context.Background(), db, tt.query, policy{role: tt.role, relations: relations})
			switch {
			case tt.refusal == "" && err != nil:
				t.Errorf("refused: %v", err)
			case tt.refusal != "" && err == nil:
				t.Errorf("allowed, want refused with %q", tt.refusal)
			case tt.refusal != "" && (!strings.Contains(err.Error(), tt.refusal) || hromadata.KindOf(err) != hromadata.Forbidden):
				t.Errorf("refused with %q (kind %v), want %q", err, hromadata.KindOf(err), tt.refusal)
			}
		})
	}
}
