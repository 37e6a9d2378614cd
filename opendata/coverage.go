package opendata

import (
	"context"
	"database/sql"
	"fmt"
	"time"
)

// coverageUnit is one exporter of a source (warehouse's meta_coverage_units).
type coverageUnit struct {
	source, office, part string
	began                time.Time // months before it are known to be empty
}

// coverageMap is what the build's exports cover: the units of every source and the
// months each covers.
type coverageMap struct {
	units  []coverageUnit
	months map[string]bool // source \x00 office \x00 part \x00 yyyy-mm
}

// loadCoverage reads the build's coverage tables.
func loadCoverage(ctx context.Context, db *sql.DB) (*coverageMap, error) {
	c := &coverageMap{months: map[string]bool{}}
	rows, err := db.QueryContext(ctx, `SELECT source, office_code, part, began FROM meta_coverage_units`)
	if err != nil {
		return nil, fmt.Errorf("coverage units: %w", err)
	}
	for rows.Next() {
		var u coverageUnit
		var began sql.NullTime
		if err := rows.Scan(&u.source, &u.office, &u.part, &began); err != nil {
			rows.Close()
			return nil, err
		}
		u.began = began.Time
		c.units = append(c.units, u)
	}
	rows.Close()
	rows, err = db.QueryContext(ctx, `SELECT source, office_code, part, month FROM meta_coverage`)
	if err != nil {
		return nil, fmt.Errorf("coverage: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var s, o, p string
		var m time.Time
		if err := rows.Scan(&s, &o, &p, &m); err != nil {
			return nil, err
		}
		c.months[coverKey(s, o, p, m)] = true
	}
	return c, rows.Err()
}

func coverKey(source, office, part string, month time.Time) string {
	return source + "\x00" + office + "\x00" + part + "\x00" + month.Format("2006-01")
}

// covers says whether every unit of the sources covers the month; with an office,
// only the units of that office, where a source is exported per office.
func (c *coverageMap) covers(sources []string, office string, month time.Time) bool {
	for _, s := range sources {
		var units []coverageUnit
		for _, u := range c.units {
			if u.source == s && (office == "" || u.office == office) {
				units = append(units, u)
			}
		}
		if len(units) == 0 { // exported for the whole department: every unit counts
			for _, u := range c.units {
				if u.source == s {
					units = append(units, u)
				}
			}
		}
		if len(units) == 0 {
			return false
		}
		for _, u := range units {
			if !(!u.began.IsZero() && month.Before(u.began)) && !c.months[coverKey(s, u.office, u.part, month)] {
				return false
			}
		}
	}
	return true
}

// lastCovered is the last day of the latest month all the sources cover, or zero.
func (c *coverageMap) lastCovered(sources []string) time.Time {
	var last time.Time
	for k := range c.months {
		var m time.Time
		if len(k) >= 7 {
			m, _ = time.Parse("2006-01", k[len(k)-7:])
		}
		if m.After(last) && c.covers(sources, "", m) {
			last = m
		}
	}
	if last.IsZero() {
		return last
	}
	return last.AddDate(0, 1, -1)
}

// neededMonth is the month a row's date needs covered: a stock at the start of a
// day needs the month before it; a flow, its own month.
func neededMonth(dateField string, t time.Time) time.Time {
	m := time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC)
	if dateField == "as_of" {
		return m.AddDate(0, -1, 0)
	}
	return m
}

// applyCoverage empties the measures of rows whose month the dataset's sources do
// not cover: unknown, never 0.
func applyCoverage(rows []Row, d Dataset, c *coverageMap) {
	if d.Coverage == nil {
		return
	}
	field := d.DateField()
	for _, r := range rows {
		known := true
		switch t := r[field].(type) {
		case time.Time:
			office, _ := r[d.Coverage.Office].(string)
			known = c.covers(d.Coverage.Sources, office, neededMonth(field, t))
		case int64: // a year, to date: every month of it up to the last covered
			known = c.coversYear(d.Coverage.Sources, int(t))
		}
		if !known {
			for _, m := range d.Measures() {
				r[m] = nil
			}
		}
	}
}

// coversYear says whether the sources cover every month of a year up to the last
// month they cover at all (the current year runs to date).
func (c *coverageMap) coversYear(sources []string, year int) bool {
	last := c.lastCovered(sources)
	if last.IsZero() || last.Year() < year {
		return false
	}
	for m := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC); m.Year() == year && !m.After(last); m = m.AddDate(0, 1, 0) {
		if !c.covers(sources, "", m) {
			return false
		}
	}
	return true
}
