package reconcile

import (
	"context"
	"database/sql"
	_ "embed"
	"fmt"

	"github.com/hromadata/hromadata"
)

//go:embed programmes.sql
var programmesSQL string

// Programme is one budget line of the city's programmes: what its payments to people
// add up to beside what the accounting paid on the line, in thousand гривень.
type Programme struct {
	Line, Name           string
	Payments, Accounting float64
	Status               Status // Holds when the payments fit within the line
}

// Programmes reconciles the city-programme payment lists with the accounting's
// budget lines over the period.
func Programmes(ctx context.Context, db *sql.DB, p hromadata.Period) ([]Programme, error) {
	rows, err := db.QueryContext(ctx, programmesSQL,
		sql.Named("from", p.From.Format("2006-01-02")), sql.Named("to", p.To.Format("2006-01-02")))
	if err != nil {
		return nil, fmt.Errorf("programmes: %w", err)
	}
	defer rows.Close()
	var out []Programme
	for rows.Next() {
		var pr Programme
		if err := rows.Scan(&pr.Line, &pr.Name, &pr.Payments, &pr.Accounting); err != nil {
			return nil, fmt.Errorf("programmes: %w", err)
		}
		pr.Status = Holds
		if pr.Payments > pr.Accounting {
			pr.Status = Fails
		}
		out = append(out, pr)
	}
	return out, rows.Err()
}
