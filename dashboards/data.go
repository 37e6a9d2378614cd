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
	View          View
	AsOf, YearAgo time.Time
	BuiltAt       time.Time
	Families      int64 // distinct families at AsOf
	FamiliesAgo   int64
	IDPFamilies   int64
	IDPAgo        int64
	Paid          float64 // thousand UAH paid in the period
	PaidAgo       float64 // and in the compared period
	ByBenefit     []named
	Months        []time.Time // the trend's months: the compared period to the period's end
	// Dates are the trend's days: each month's end (the next one's start) over the same
	// months, so the last is AsOf and the line ends at the cards' figure.
	Dates         []time.Time
	StockKnown    []bool    // per date: the exports cover the state on it
	FlowKnown     []bool    // per month: the exports cover its payments
	Trend         []point   // the office chosen (or the city), each month start
	TrendOffices  [][]point // per office, same order as hromadata.Offices
	ByOffice      []named
	PaymentsMonth []point // thousand UAH by list month
	// Coverage of the figures above by the loaded exports: an uncovered one is "—".
	NowCov, AgoCov, PaidCov, PaidAgoCov indicators.Coverage
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

// loadBenefits reads the page for a view: the state at the end of its period against
// the end of the compared one, payments within each, for the city or one office.
// asOf, when not zero, is the state's date instead (the old ?as_of=).
func loadBenefits(ctx context.Context, db *sql.DB, view View, asOf time.Time) (*benefitsView, error) {
	v := &benefitsView{View: view, AsOf: view.Period.To, YearAgo: view.Compare.To}
	if !asOf.IsZero() {
		v.AsOf = time.Date(asOf.Year(), asOf.Month(), 1, 0, 0, 0, 0, time.UTC)
		v.YearAgo = v.AsOf.AddDate(-1, 0, 0)
	}
	if err := db.QueryRowContext(ctx, `SELECT max(built_at) FROM meta_build`).Scan(&v.BuiltAt); err != nil {
		return nil, err
	}
	office := view.Office.Code
	if office == "" {
		office = "ALL"
	}
	p, c := view.Period, view.Compare
	steps := []func() error{
		func() error { return scalar(ctx, db, &v.Families, familiesSQL, office, v.AsOf) },
		func() error { return scalar(ctx, db, &v.FamiliesAgo, familiesSQL, office, v.YearAgo) },
		func() error { return scalar(ctx, db, &v.IDPFamilies, idpSQL, v.AsOf, office, office) },
		func() error { return scalar(ctx, db, &v.IDPAgo, idpSQL, v.YearAgo, office, office) },
		func() error { return scalar(ctx, db, &v.Paid, paidSQL, p.From, p.To, office, office) },
		func() error { return scalar(ctx, db, &v.PaidAgo, paidSQL, c.From, c.To, office, office) },
		func() (err error) {
			v.ByBenefit, err = namedRows(ctx, db, byBenefitSQL, v.AsOf, office, office)
			return
		},
		func() (err error) { v.ByOffice, err = namedRows(ctx, db, byOfficeSQL, v.AsOf); return },
		func() (err error) { v.Trend, err = points(ctx, db, trendSQL, office, c.From, p.To); return },
		func() (err error) {
			v.PaymentsMonth, err = points(ctx, db, paymentsSQL, c.From, p.To, office, office)
			return
		},
	}
	for _, x := range []struct {
		dst      *indicators.Coverage
		kind     indicators.Kind
		from, to time.Time
	}{
		{&v.NowCov, indicators.Stock, v.AsOf, v.AsOf},
		{&v.AgoCov, indicators.Stock, v.YearAgo, v.YearAgo},
		{&v.PaidCov, indicators.Flow, p.From, p.To},
		{&v.PaidAgoCov, indicators.Flow, c.From, c.To},
	} {
		steps = append(steps, func() (err error) {
			// The city's coverage: an office's figure is stated only when every office's exports are in.
			*x.dst, err = indicators.CoverageOf(ctx, db, benefitSources, x.kind, x.from, x.to)
			return
		})
	}
	for _, o := range hromadata.Offices {
		i := len(v.TrendOffices)
		v.TrendOffices = append(v.TrendOffices, nil)
		code := o.Code
		steps = append(steps, func() (err error) { v.TrendOffices[i], err = points(ctx, db, trendSQL, code, c.From, p.To); return })
	}
	for m := c.From; m.Before(p.To); m = m.AddDate(0, 1, 0) {
		i := len(v.Months)
		end := m.AddDate(0, 1, 0)
		v.Months, v.Dates = append(v.Months, m), append(v.Dates, end)
		v.StockKnown, v.FlowKnown = append(v.StockKnown, false), append(v.FlowKnown, false)
		steps = append(steps, func() error { return known(ctx, db, &v.StockKnown[i], indicators.Stock, end, end) },
			func() error { return known(ctx, db, &v.FlowKnown[i], indicators.Flow, m, m.AddDate(0, 1, 0)) })
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, err
		}
	}
	return v, nil
}

// The page's figures for one office, or for the city when the office is 'ALL'.
const (
	familiesSQL  = `SELECT coalesce(max(families), 0) FROM mart_families_monthly WHERE office_code = ? AND as_of = ?`
	idpSQL       = `SELECT coalesce(sum(families), 0) FROM mart_recipients_monthly WHERE benefit_code = '301' AND as_of = ? AND (? = 'ALL' OR office_code = ?)`
	paidSQL      = `SELECT coalesce(sum(amount_uah), 0) / 1000 FROM mart_payments_monthly WHERE month >= ? AND month < ? AND (? = 'ALL' OR office_code = ?)`
	byBenefitSQL = `SELECT b.short_uk, sum(r.families) FROM mart_recipients_monthly r JOIN ref_benefits b ON b.code = r.benefit_code
		WHERE r.as_of = ? AND (? = 'ALL' OR r.office_code = ?) GROUP BY b.short_uk ORDER BY 2 DESC`
	byOfficeSQL = `SELECT o.name_uk, f.families FROM mart_families_monthly f JOIN ref_offices o ON o.code = f.office_code
		WHERE f.as_of = ? ORDER BY o.code`
	trendSQL    = `SELECT as_of, families FROM mart_families_monthly WHERE office_code = ? AND as_of > ? AND as_of <= ? ORDER BY as_of`
	paymentsSQL = `SELECT month, sum(amount_uah) / 1000 FROM mart_payments_monthly WHERE month >= ? AND month < ? AND (? = 'ALL' OR office_code = ?)
		GROUP BY month ORDER BY month`
)

// known says whether the benefit exports of every office cover a figure of kind over [from, to).
func known(ctx context.Context, db *sql.DB, dst *bool, kind indicators.Kind, from, to time.Time) error {
	c, err := indicators.CoverageOf(ctx, db, benefitSources, kind, from, to)
	*dst = c.Known()
	return err
}

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
