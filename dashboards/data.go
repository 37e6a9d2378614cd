package dashboards

import (
	"context"
	"database/sql"
	"time"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/indicators"
)

// benefitsView is everything the benefits page shows.
type benefitsView struct {
	AsOf, YearAgo time.Time
	BuiltAt       time.Time
	Families      int64 // distinct families at AsOf
	FamiliesAgo   int64
	IDPFamilies   int64
	IDPAgo        int64
	Paid12        float64 // thousand UAH paid in the 12 months before AsOf
	Paid12Ago     float64
	ByBenefit     []named
	Trend         []point   // city, each month start
	TrendOffices  [][]point // per office, same order as hromadata.Offices
	ByOffice      []named
	PaymentsMonth []point // thousand UAH by list month
	// Coverage of the figures above by the loaded exports: an uncovered one is "—".
	NowCov, AgoCov, PaidCov, PaidAgoCov indicators.Coverage
	Years                               []int // years the exports cover, to offer
}

// benefitSources are the exports the benefits page is computed from.
var benefitSources = []string{"benefit_assignments", "benefit_payments"}

type named struct {
	Name  string
	Value float64
}

type point struct {
	At    time.Time
	Value float64
}

func loadBenefits(ctx context.Context, db *sql.DB, asOf time.Time) (*benefitsView, error) {
	v := &benefitsView{}
	var last sql.NullTime
	if err := db.QueryRowContext(ctx, `SELECT max(as_of), (SELECT max(built_at) FROM meta_build) FROM mart_families_monthly`).Scan(&last, &v.BuiltAt); err != nil {
		return nil, err
	}
	if !last.Valid {
		return nil, hromadata.E(hromadata.Unavailable, "у збірці ще немає даних про допомоги: завантажте експорти й побудуйте сховище")
	}
	if asOf.IsZero() || asOf.After(last.Time) {
		asOf = last.Time
	}
	v.AsOf = time.Date(asOf.Year(), asOf.Month(), 1, 0, 0, 0, 0, time.UTC)
	v.YearAgo = v.AsOf.AddDate(-1, 0, 0)
	steps := []func() error{
		func() error { return scalar(ctx, db, &v.Families, familiesSQL, v.AsOf) },
		func() error { return scalar(ctx, db, &v.FamiliesAgo, familiesSQL, v.YearAgo) },
		func() error { return scalar(ctx, db, &v.IDPFamilies, idpSQL, v.AsOf) },
		func() error { return scalar(ctx, db, &v.IDPAgo, idpSQL, v.YearAgo) },
		func() error { return scalar(ctx, db, &v.Paid12, paidSQL, v.YearAgo, v.AsOf) },
		func() error { return scalar(ctx, db, &v.Paid12Ago, paidSQL, v.YearAgo.AddDate(-1, 0, 0), v.YearAgo) },
		func() (err error) { v.ByBenefit, err = namedRows(ctx, db, byBenefitSQL, v.AsOf); return },
		func() (err error) { v.ByOffice, err = namedRows(ctx, db, byOfficeSQL, v.AsOf); return },
		func() (err error) { v.Trend, err = points(ctx, db, trendSQL, "ALL"); return },
		func() (err error) { v.PaymentsMonth, err = points(ctx, db, paymentsSQL); return },
		func() (err error) { v.Years, err = indicators.YearsCovered(ctx, db, benefitSources); return },
	}
	for _, c := range []struct {
		dst      *indicators.Coverage
		kind     indicators.Kind
		from, to time.Time
	}{
		{&v.NowCov, indicators.Stock, v.AsOf, v.AsOf},
		{&v.AgoCov, indicators.Stock, v.YearAgo, v.YearAgo},
		{&v.PaidCov, indicators.Flow, v.YearAgo, v.AsOf},
		{&v.PaidAgoCov, indicators.Flow, v.YearAgo.AddDate(-1, 0, 0), v.YearAgo},
	} {
		steps = append(steps, func() (err error) {
			*c.dst, err = indicators.CoverageOf(ctx, db, benefitSources, c.kind, c.from, c.to)
			return
		})
	}
	for _, o := range hromadata.Offices {
		i := len(v.TrendOffices)
		v.TrendOffices = append(v.TrendOffices, nil)
		code := o.Code
		steps = append(steps, func() (err error) { v.TrendOffices[i], err = points(ctx, db, trendSQL, code); return })
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, err
		}
	}
	return v, nil
}

const (
	familiesSQL  = `SELECT coalesce(max(families), 0) FROM mart_families_monthly WHERE office_code = 'ALL' AND as_of = ?`
	idpSQL       = `SELECT coalesce(sum(families), 0) FROM mart_recipients_monthly WHERE benefit_code = '301' AND as_of = ?`
	paidSQL      = `SELECT coalesce(sum(amount_uah), 0) / 1000 FROM mart_payments_monthly WHERE month >= ? AND month < ?`
	byBenefitSQL = `SELECT b.short_uk, sum(r.families) FROM mart_recipients_monthly r JOIN ref_benefits b ON b.code = r.benefit_code
		WHERE r.as_of = ? GROUP BY b.short_uk ORDER BY 2 DESC`
	byOfficeSQL = `SELECT o.name_uk, f.families FROM mart_families_monthly f JOIN ref_offices o ON o.code = f.office_code
		WHERE f.as_of = ? ORDER BY o.code`
	trendSQL    = `SELECT as_of, families FROM mart_families_monthly WHERE office_code = ? ORDER BY as_of`
	paymentsSQL = `SELECT month, sum(amount_uah) / 1000 FROM mart_payments_monthly GROUP BY month ORDER BY month`
)

func scalar[T any](ctx context.Context, db *sql.DB, dst *T, q string, args ...any) error {
	return db.QueryRowContext(ctx, q, args...).Scan(dst)
}

func namedRows(ctx context.Context, db *sql.DB, q string, args ...any) ([]named, error) {
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []named
	for rows.Next() {
		var n named
		if err := rows.Scan(&n.Name, &n.Value); err != nil {
			return nil, err
		}
		out = append(out, n)
	}
	return out, rows.Err()
}

func points(ctx context.Context, db *sql.DB, q string, args ...any) ([]point, error) {
	rows, err := db.QueryContext(ctx, q, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []point
	for rows.Next() {
		var p point
		if err := rows.Scan(&p.At, &p.Value); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}
