package indicators

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/hromadata/hromadata"
)

// Value is an indicator computed for a period.
type Value struct {
	Indicator
	Period    hromadata.Period
	Value     float64 // what the records give; a figure only when Known
	Coverage  Coverage
	Published string // the report's figure, for the period the report covers; "" otherwise
}

// Known says whether the exports cover the period: otherwise the figure is unknown
// ("немає даних"), whatever the records sum to.
func (v Value) Known() bool { return v.Coverage.Known() }

// Formatted is the value for machines (1234.5), as precise as its unit.
func (v Value) Formatted() string { return hromadata.FormatISO(v.Value, v.Unit.Precision) }

// Compute evaluates the indicators for a period against a build, each with the
// coverage of its sources.
func Compute(ctx context.Context, db *sql.DB, p hromadata.Period, inds []Indicator) ([]Value, error) {
	return compute(ctx, db, p, inds)
}

// querier is a database or one connection of it: an office's catalogue runs on
// a connection of its own, whose search_path reads the office's views.
type querier interface {
	QueryContext(ctx context.Context, query string, args ...any) (*sql.Rows, error)
	QueryRowContext(ctx context.Context, query string, args ...any) *sql.Row
}

func compute(ctx context.Context, db querier, p hromadata.Period, inds []Indicator) ([]Value, error) {
	from, to := p.From.Format("2006-01-02"), p.To.Format("2006-01-02")
	out := make([]Value, 0, len(inds))
	coverages := map[string]Coverage{} // by kind and sources: few distinct ones
	for _, ind := range inds {
		key := string(ind.Kind) + ":" + strings.Join(ind.Sources, ",")
		c, ok := coverages[key]
		if !ok {
			var err error
			if c, err = coverageOf(ctx, db, ind.Sources, ind.Kind, p.From, p.To); err != nil {
				return nil, err
			}
			coverages[key] = c
		}
		v, err := one(ctx, db, ind, from, to)
		if err != nil {
			return nil, err
		}
		cv := c
		if !v.Valid && c.Known() {
			cv = Coverage{Status: Undefined}
		}
		out = append(out, Value{Indicator: ind, Period: p, Value: v.Float64, Coverage: cv, Published: publishedFor(ind.ReportID, p)})
	}
	return out, nil
}

// ComputeCatalogue evaluates the whole catalogue for a period.
func ComputeCatalogue(ctx context.Context, db *sql.DB, p hromadata.Period) ([]Value, error) {
	cat, err := Catalogue()
	if err != nil {
		return nil, err
	}
	return Compute(ctx, db, p, cat)
}

// One evaluates one indicator over [from, to) given as ISO dates, whatever the
// coverage: callers that show it check CoverageOf.
func One(ctx context.Context, db *sql.DB, ind Indicator, from, to string) (float64, error) {
	v, err := one(ctx, db, ind, from, to)
	return v.Float64, err
}

// one is One with NULL kept: the records give the figure no value.
func one(ctx context.Context, db querier, ind Indicator, from, to string) (sql.NullFloat64, error) {
	var v sql.NullFloat64
	if err := db.QueryRowContext(ctx, ind.SQL, sql.Named("from", from), sql.Named("to", to)).Scan(&v); err != nil {
		return v, fmt.Errorf("indicator %s: %w", ind.ID, err)
	}
	return v, nil
}
