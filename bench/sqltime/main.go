// Command sqltime runs SQL statements (separated by lines holding only ";;") against a
// DuckDB file with the build's settings and prints each one's wall and CPU time, and
// the rows of SELECT and EXPLAIN: for trying a model's rewrite on a copy of a 10× build
// (CPU time, as wall time means little on a shared machine).
// Usage: sqltime BUILD.duckdb FILE.sql ...
package main

import (
	"database/sql"
	"fmt"
	"os"
	"strings"
	"syscall"
	"time"

	_ "github.com/duckdb/duckdb-go/v2"
)

// cpu is the process's user + system time so far.
func cpu() time.Duration {
	var ru syscall.Rusage
	syscall.Getrusage(syscall.RUSAGE_SELF, &ru)
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func main() {
	db, err := sql.Open("duckdb", os.Args[1]+"?threads=2&memory_limit=1GB&preserve_insertion_order=false")
	if err != nil {
		panic(err)
	}
	defer db.Close()
	for _, f := range os.Args[2:] {
		b, err := os.ReadFile(f)
		if err != nil {
			panic(err)
		}
		for _, q := range strings.Split(string(b), "\n;;\n") {
			if strings.TrimSpace(q) == "" {
				continue
			}
			w, c := time.Now(), cpu()
			if t := strings.TrimSpace(q); strings.HasPrefix(t, "SELECT") || strings.HasPrefix(t, "EXPLAIN") {
				rows, err := db.Query(q)
				if err != nil {
					panic(err)
				}
				cols, _ := rows.Columns()
				for rows.Next() {
					vals := make([]any, len(cols))
					ptrs := make([]any, len(cols))
					for i := range vals {
						ptrs[i] = &vals[i]
					}
					rows.Scan(ptrs...)
					fmt.Println(vals...)
				}
				rows.Close()
			} else if _, err := db.Exec(q); err != nil {
				fmt.Printf("ERROR %v\n", err)
			}
			line := strings.SplitN(strings.TrimSpace(q), "\n", 2)[0]
			fmt.Printf("%-70.70s wall %6.2fs cpu %6.2fs\n", line, time.Since(w).Seconds(), (cpu() - c).Seconds())
		}
	}
}
