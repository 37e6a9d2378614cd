package models

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
	"time"

	"github.com/hromadata/hromadata"
)

// Run executes the models in the given (dependency) order.
func Run(ctx context.Context, db *sql.DB, ms []Model) ([]Timing, error) {
	out := make([]Timing, 0, len(ms))
	for _, m := range ms {
		start := time.Now()
		if _, err := db.ExecContext(ctx, m.SQL); err != nil {
			return out, fmt.Errorf("model %s (%s): %w", m.Name, m.Path, err)
		}
		out = append(out, Timing{Model: m.Name, Duration: time.Since(start)})
	}
	return out, nil
}

// Timing is how long one model took to run.
type Timing struct {
	Model    string
	Duration time.Duration
}

// Failure is a data test that returned rows.
type Failure struct {
	Test   string
	Rows   int      // how many rows break the rule
	Sample []string // the first few, formatted
}

func (f Failure) String() string {
	return fmt.Sprintf("%s: %d %s правило, наприклад:\n    %s", f.Test, f.Rows, hromadata.Plural(f.Rows, "рядок порушує", "рядки порушують", "рядків порушують"), strings.Join(f.Sample, "\n    "))
}

// sampleSize is how many violating rows a failure shows.
const sampleSize = 5

// Check runs the tests and returns those that failed; the error is for a test
// that could not run at all (a broken query is a failed build too).
func Check(ctx context.Context, db *sql.DB, tests []Test) ([]Failure, error) {
	var out []Failure
	for _, t := range tests {
		f, err := check(ctx, db, t)
		if err != nil {
			return out, fmt.Errorf("test %s: %w", t.Name, err)
		}
		if f.Rows > 0 {
			out = append(out, f)
		}
	}
	return out, nil
}

func check(ctx context.Context, db *sql.DB, t Test) (Failure, error) {
	f := Failure{Test: t.Name}
	var n int
	if err := db.QueryRowContext(ctx, "SELECT count(*) FROM ("+t.SQL+")").Scan(&n); err != nil {
		return f, err
	}
	f.Rows = n
	if n == 0 {
		return f, nil
	}
	// Ordered: the build keeps no insertion order, and the same lake must show the
	// same sample in every build.
	rows, err := db.QueryContext(ctx, fmt.Sprintf("SELECT * FROM (%s) ORDER BY ALL LIMIT %d", t.SQL, sampleSize))
	if err != nil {
		return f, err
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return f, err
		}
		parts := make([]string, len(cols))
		for i, c := range cols {
			parts[i] = fmt.Sprintf("%s=%v", c, vals[i])
		}
		f.Sample = append(f.Sample, strings.Join(parts, ", "))
	}
	return f, rows.Err()
}
