// Command lakeload is the baseline for the build's speed: DuckDB loading a data
// directory's lake into one table per source, nothing else — what any build must do at
// least. Usage: lakeload DATA_DIR OUT.duckdb
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
		fmt.Fprintln(os.Stderr, "usage: lakeload DATA_DIR OUT.duckdb")
		os.Exit(2)
	}
	db, err := sql.Open("duckdb", os.Args[2])
	if err != nil {
		panic(err)
	}
	defer db.Close()
	sources, err := filepath.Glob(filepath.Join(os.Args[1], "lake", "*"))
	if err != nil {
		panic(err)
	}
	start := time.Now()
	var rows int64
	for _, dir := range sources {
		name := filepath.Base(dir)
		if name[0] == '.' {
			continue
		}
		q := fmt.Sprintf("CREATE TABLE %q AS SELECT * FROM read_parquet('%s/**/*.parquet', union_by_name = true)", name, dir)
		if _, err := db.Exec(q); err != nil {
			panic(fmt.Errorf("%s: %w", name, err))
		}
		var n int64
		if err := db.QueryRow(fmt.Sprintf("SELECT count(*) FROM %q", name)).Scan(&n); err != nil {
			panic(err)
		}
		rows += n
	}
	if _, err := db.Exec("CHECKPOINT"); err != nil {
		panic(err)
	}
	fmt.Printf("%d sources, %d rows in %.2f s\n", len(sources), rows, time.Since(start).Seconds())
}
