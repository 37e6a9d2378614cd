// Command lakediff compares two data directories' lakes and rejects row for row —
// how a change to the loader is shown not to change what it loads. Load the same
// exports into both with the same pseudonym.key (copy it before the second load).
// It prints, per source, the rows only one side has; exit status 1 if any differ.
package main

import (
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"strings"

	_ "github.com/duckdb/duckdb-go/v2"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: lakediff DATA_A DATA_B")
		os.Exit(2)
	}
	a, b := os.Args[1], os.Args[2]
	db, err := sql.Open("duckdb", "")
	if err != nil {
		panic(err)
	}
	defer db.Close()
	differ := false
	sources, _ := filepath.Glob(filepath.Join(a, "lake", "*"))
	for _, dir := range sources {
		src := filepath.Base(dir)
		if strings.HasPrefix(src, ".") {
			continue
		}
		differ = compare(db, src,
			fmt.Sprintf("read_parquet('%s/**/*.parquet')", dir),
			fmt.Sprintf("read_parquet('%s/lake/%s/**/*.parquet')", b, src)) || differ
	}
	differ = compare(db, "rejects",
		fmt.Sprintf("read_csv('%s/rejects/*.csv', delim=';', all_varchar=true)", a),
		fmt.Sprintf("read_csv('%s/rejects/*.csv', delim=';', all_varchar=true)", b)) || differ
	if differ {
		os.Exit(1)
	}
}

// compare prints the rows of one relation missing from the other, both ways.
func compare(db *sql.DB, name, a, b string) bool {
	var rows, onlyA, onlyB int64
	q := fmt.Sprintf(`SELECT (SELECT count(*) FROM %[1]s),
		(SELECT count(*) FROM (SELECT * FROM %[1]s EXCEPT ALL SELECT * FROM %[2]s)),
		(SELECT count(*) FROM (SELECT * FROM %[2]s EXCEPT ALL SELECT * FROM %[1]s))`, a, b)
	if err := db.QueryRow(q).Scan(&rows, &onlyA, &onlyB); err != nil {
		fmt.Printf("%s: %v\n", name, err)
		return true
	}
	fmt.Printf("%s: %d rows, %d only in the first, %d only in the second\n", name, rows, onlyA, onlyB)
	return onlyA+onlyB > 0
}
