package indicators

import (
	"context"
	"database/sql"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/privacy"
)

// Withheld are the indicators whose figure for office ("" for the city) must not
// be shown, by the rule of every public output: a count of 1 to 4 people, and for
// an office, beside it enough other offices' figures that the city's, their total,
// gives none of them back by subtraction.
func Withheld(ctx context.Context, db *sql.DB, p hromadata.Period, office string) (map[string]bool, error) {
	out := map[string]bool{}
	if office == "" {
		vals, err := ComputeCatalogueShared(ctx, db, p)
		for _, v := range vals {
			out[v.ID] = v.Known() && privacy.Withheld(v.Unit.Code, v.Value)
		}
		return out, err
	}
	if err := CheckOffice(office); err != nil {
		return nil, err
	}
	by := make([][]Value, len(hromadata.Offices))
	mine := 0
	for i, o := range hromadata.Offices {
		vals, err := ComputeCatalogueFor(ctx, db, p, o.Code)
		if err != nil {
			return nil, err
		}
		by[i] = vals
		if o.Code == office {
			mine = i
		}
	}
	return withheldAmong(by, mine), nil
}

// WithheldFor is Withheld for inds alone: each indicator is suppressed across the
// offices by itself, so its answer is Withheld's for those indicators.
func WithheldFor(ctx context.Context, db *sql.DB, p hromadata.Period, office string, inds []Indicator) (map[string]bool, error) {
	if err := CheckOffice(office); err != nil {
		return nil, err
	}
	_, hidden, err := AllOffices(ctx, db, p, inds)
	if err != nil {
		return nil, err
	}
	for i, o := range hromadata.Offices {
		if o.Code == office {
			return hidden[i], nil
		}
	}
	return nil, nil
}

// AllOffices computes inds for every office, in hromadata.Offices' order, and what
// each office must withhold of them beside the others: what a page showing one
// indicator by office needs, in one pass.
func AllOffices(ctx context.Context, db *sql.DB, p hromadata.Period, inds []Indicator) (vals [][]Value, hidden []map[string]bool, err error) {
	vals = make([][]Value, len(hromadata.Offices))
	for i, o := range hromadata.Offices {
		if vals[i], err = ComputeFor(ctx, db, p, o.Code, inds); err != nil {
			return nil, nil, err
		}
	}
	hidden = make([]map[string]bool, len(vals))
	for i := range vals {
		hidden[i] = withheldAmong(vals, i)
	}
	return vals, hidden, nil
}

// withheldAmong suppresses each people-counting indicator across the offices'
// catalogues (by office, in the same order) with the city as their total, and
// says which of office mine's figures are hidden.
func withheldAmong(by [][]Value, mine int) map[string]bool {
	out := map[string]bool{}
	for j, v := range by[mine] {
		if !v.Known() || !privacy.Withheld(v.Unit.Code, 1) { // 1 is withheld in a unit that counts people
			continue
		}
		cells := make([]*privacy.Cell, len(by))
		for i := range by {
			cells[i] = &privacy.Cell{Dims: map[string]string{}, Unknown: !by[i][j].Known()}
			if !cells[i].Unknown { // an unknown figure is shown empty: no partner, whatever it sums to
				cells[i].Value = int64(by[i][j].Value + 0.5)
			}
		}
		privacy.Suppress(cells, [][]string{{}}) // the one total: the city
		out[v.ID] = cells[mine].Hidden
	}
	return out
}
