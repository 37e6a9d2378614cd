package models

import (
	"context"
	"database/sql"
	"testing"

	_ "github.com/duckdb/duckdb-go/v2"
)

// TestFailureSampleIsOrdered: a failed data test shows the first rows in sort order,
// so two builds of one lake name the same rows whatever order DuckDB produced them in
// (builds run without preserving insertion order).
func TestFailureSampleIsOrdered(t *testing.T) {
	db, err := sql.Open("duckdb", "?threads=2&preserve_insertion_order=false")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	fs, err := Check(context.Background(), db, []Test{{Name: "descending", SQL: "SELECT 100 - i AS n FROM range(100) t(i)"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(fs) != 1 || fs[0].Rows != 100 {
		t.Fatalf("failures = %+v, want one with 100 rows", fs)
	}
	want := []string{"n=1", "n=2", "n=3", "n=4", "n=5"}
	for i, w := range want {
		if i >= len(fs[0].Sample) || fs[0].Sample[i] != w {
			t.Fatalf("sample = %v, want %v", fs[0].Sample, want)
		}
	}
}
