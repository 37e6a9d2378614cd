package indicators_test

import (
	"context"
	"database/sql"
	"testing"

	"github.com/hromadata/hromadata/indicators"
)

// TestByOffice: which SQL is split by office, derived from what it reads through
// macros, on a small database shaped like a build.
func TestByOffice(t *testing.T) {
	db, err := sql.Open("duckdb", "")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	db.SetMaxOpenConns(1)
	for _, q := range []string{
		"CREATE TABLE core_a (office_code VARCHAR, x INT)",
		"CREATE TABLE core_b (x INT)",
		"CREATE TABLE ref_codes (code VARCHAR)",
		"CREATE VIEW v_sum AS SELECT sum(x) AS s FROM core_a",
		"CREATE MACRO from_a() AS (SELECT count(*) FROM core_a)",
		"CREATE MACRO from_b() AS (SELECT count(*) FROM core_b)",
		"CREATE MACRO nested() AS (SELECT from_a() + (SELECT count(*) FROM ref_codes))",
		"CREATE MACRO tab_a() AS TABLE SELECT * FROM core_a",
		"CREATE SCHEMA office_zv",
		"CREATE VIEW office_zv.core_a AS SELECT * FROM main.core_a WHERE office_code = 'ZV'",
	} {
		if _, err := db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		name, sql string
		want      bool
	}{
		{"office table", "SELECT count(*) FROM core_a", true},
		{"through a macro", "SELECT from_a()", true},
		{"through nested macros and a reference table", "SELECT nested()", true},
		{"through a table macro", "SELECT count(*) FROM tab_a()", true},
		{"office-less table", "SELECT count(*) FROM core_b", false},
		{"office-less table through a macro", "SELECT from_a() + from_b()", false},
		{"view of main without office_code", "SELECT s FROM v_sum", false},
		{"qualified with main", "SELECT count(*) FROM main.core_a", false},
		{"a name in a comment or literal reads nothing", "SELECT count(*) FROM core_a -- core_b\nWHERE 'core_b' <> ''", true},
		{"nothing read", "SELECT 1", false},
	} {
		t.Run(c.name, func(t *testing.T) {
			got, err := indicators.ByOffice(context.Background(), db, "ZV", []indicators.Indicator{{ID: "x", SQL: c.sql}})
			if err != nil {
				t.Fatal(err)
			}
			if got["x"] != c.want {
				t.Errorf("by office %v, want %v", got["x"], c.want)
			}
		})
	}
}
