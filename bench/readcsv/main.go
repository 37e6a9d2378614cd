// Command readcsv is the benchmark's baseline: DuckDB's own read_csv of UTF-8 copies
// of the demo exports, written to Parquet — the same rows our loader reads and writes,
// without validation, pseudonymisation or accounting (rows DuckDB cannot parse are
// skipped, as our loader rejects them).
package main

import (
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
	"time"

	_ "github.com/duckdb/duckdb-go/v2"
)

func main() {
	if len(os.Args) != 3 {
		fmt.Fprintln(os.Stderr, "usage: readcsv UTF8_DIR OUT_DIR")
		os.Exit(2)
	}
	in, out := os.Args[1], os.Args[2]
	db, err := sql.Open("duckdb", "")
	if err != nil {
		panic(err)
	}
	defer db.Close()
	start := time.Now()
	var rows int64
	for _, glob := range []string{"pryznachennia_*.csv", "vyplaty_*.csv"} {
		q := fmt.Sprintf(`COPY (SELECT * FROM read_csv('%s', delim = ';', header = true, decimal_separator = ',',
			dateformat = '%%d.%%m.%%Y', union_by_name = true, ignore_errors = true)) TO '%s' (FORMAT parquet, COMPRESSION snappy)`,
			filepath.Join(in, glob), filepath.Join(out, glob[:len(glob)-6]+".parquet"))
		res, err := db.Exec(q)
		if err != nil {
			panic(err)
		}
		n, _ := res.RowsAffected()
		rows += n
	}
	fmt.Printf("%d rows in %.2f s\n", rows, time.Since(start).Seconds())
}
