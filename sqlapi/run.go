package sqlapi

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"math/big"
	"strings"
	"time"

	"github.com/hromadata/hromadata"
)

// Limits bound one analyst's query.
type Limits struct {
	Timeout time.Duration
	MaxRows int
}

// DefaultLimits suit interactive use; larger extracts belong in open data.
var DefaultLimits = Limits{Timeout: 10 * time.Second, MaxRows: 10000}

// Column is a result column.
type Column struct {
	Name string `json:"name"`
	Type string `json:"type"`
}

// Result is a query's answer.
type Result struct {
	Columns   []Column `json:"columns"`
	Rows      [][]any  `json:"rows"`
	RowCount  int      `json:"row_count"`
	ElapsedMS int64    `json:"elapsed_ms"`
}

// Run checks and executes one query.
func Run(ctx context.Context, db *sql.DB, query string, lim Limits) (*Result, error) {
	start := time.Now()
	ctx, cancel := context.WithTimeout(ctx, lim.Timeout)
	defer cancel()
	text, err := canonical(ctx, db, query)
	if err != nil {
		if ctx.Err() != nil {
			return nil, classify(ctx, err, lim)
		}
		return nil, err
	}
	res, err := execute(ctx, db, fmt.Sprintf("SELECT * FROM (%s) LIMIT %d", text, lim.MaxRows+1), lim)
	if err != nil {
		return nil, classify(ctx, err, lim)
	}
	res.ElapsedMS = time.Since(start).Milliseconds()
	return res, nil
}

func execute(ctx context.Context, db *sql.DB, q string, lim Limits) (*Result, error) {
	rows, err := db.QueryContext(ctx, q)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	types, err := rows.ColumnTypes()
	if err != nil {
		return nil, err
	}
	res := &Result{Columns: make([]Column, len(types)), Rows: [][]any{}}
	for i, t := range types {
		res.Columns[i] = Column{Name: t.Name(), Type: t.DatabaseTypeName()}
	}
	for rows.Next() {
		if len(res.Rows) == lim.MaxRows {
			return nil, hromadata.E(hromadata.TooLarge, fmt.Sprintf("результат більший за ліміт у %d рядків: додайте умови, агрегування або LIMIT", lim.MaxRows))
		}
		vals := make([]any, len(types))
		ptrs := make([]any, len(types))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			return nil, err
		}
		for i, v := range vals {
			vals[i] = plain(v)
		}
		res.Rows = append(res.Rows, vals)
	}
	res.RowCount = len(res.Rows)
	return res, rows.Err()
}

// plain turns driver values into what JSON and CSV can carry.
func plain(v any) any {
	switch x := v.(type) {
	case time.Time:
		if x.Hour() == 0 && x.Minute() == 0 && x.Second() == 0 && x.Nanosecond() == 0 {
			return x.Format("2006-01-02")
		}
		return x.Format(time.RFC3339Nano)
	case []byte:
		return string(x)
	case *big.Int:
		return x.String()
	case interface{ Float64() float64 }:
		return x.Float64()
	case fmt.Stringer:
		return x.String()
	}
	return v
}

// classify turns a failure into an error for the analyst: the time limit, the
// sandbox's refusals, or DuckDB's own message about the query.
func classify(ctx context.Context, err error, lim Limits) error {
	var he *hromadata.Error
	switch {
	case errors.As(err, &he):
		return err
	case errors.Is(ctx.Err(), context.DeadlineExceeded), strings.Contains(err.Error(), "Interrupt"):
		return hromadata.E(hromadata.Timeout, fmt.Sprintf("запит виконувався довше за %s і був перерваний: спростіть його або обмежте дані", lim.Timeout))
	case strings.Contains(err.Error(), "Permission Error"), strings.Contains(err.Error(), "disabled by configuration"):
		return hromadata.E(hromadata.Forbidden, "доступ до файлів, мережі та налаштувань з SQL-консолі заборонено")
	case strings.Contains(err.Error(), "read-only"):
		return errOnlySelect
	}
	msg := err.Error()
	if i := strings.Index(msg, "Error: "); i >= 0 {
		msg = msg[i+len("Error: "):]
	}
	return hromadata.E(hromadata.Invalid, "помилка в запиті: "+msg)
}
