package warehouse

import (
	"context"
	"database/sql"
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/etl"
)

// Coverage tables say which months the loaded exports cover, so that a figure for a
// period no export covers is unknown rather than 0 (docs/exports/README.md):
//
//	meta_coverage(source, office_code, part, month)  a month one unit's exports cover
//	meta_coverage_units(source, office_code, part, began)  the units a source is exported by
//
// A unit is an office for exports made per office, a part (a register's department,
// a centre) for exports made per part, and '' for the whole department. began, when
// known, is the month the unit started work: every month before it is known to be
// empty, and so covered.

// began are the units that started work at a known date (docs/exports/centres.md):
// the support centres opened in 2023 and export nothing before.
var began = map[string]map[unit]time.Time{
	"centre_services": {
		{part: "vpo"}:      time.Date(2023, 7, 1, 0, 0, 0, 0, time.UTC),
		{part: "veterany"}: time.Date(2023, 9, 1, 0, 0, 0, 0, time.UTC),
	},
}

// sittings are the sources exported per month of a body's sittings: the loader refuses
// an empty file, so a month without sittings has none, and a month missing between two
// loaded months of the source is a month without sittings (docs/exports/material_aid.md).
var sittings = map[string]bool{"material_aid": true}

// unit is one exporter of a source.
type unit struct{ office, part string }

// covered is what one source's loaded exports cover.
type covered struct {
	units  map[unit]bool
	months map[unit]map[time.Time]bool
	halves map[unit]map[time.Time]int // half-month lists seen per month
	snaps  map[unit]time.Time         // snapshots: the export date
}

func createCoverage(ctx context.Context, db *sql.DB, dataDir string) error {
	entries, err := etl.ReadManifest(dataDir)
	if err != nil {
		return fmt.Errorf("coverage: %w", err)
	}
	bySource := map[string]*covered{}
	for _, src := range etl.Sources() {
		c := &covered{units: map[unit]bool{}, months: map[unit]map[time.Time]bool{},
			halves: map[unit]map[time.Time]int{}, snaps: map[unit]time.Time{}}
		if src.Pattern.SubexpIndex("office") > 0 {
			for _, o := range hromadata.Offices {
				c.units[unit{office: o.Code}] = true
			}
		}
		for u := range began[src.ID] {
			c.units[u] = true
		}
		bySource[src.ID] = c
	}
	for _, e := range etl.Current(entries) {
		if err := addEntry(bySource, e); err != nil {
			return fmt.Errorf("coverage of %s: %w", e.File, err)
		}
	}
	for _, c := range bySource {
		if len(c.units) == 0 { // never loaded: the whole department's exports are missing
			c.units[unit{}] = true
		}
	}
	for id := range sittings {
		bySource[id].fillGaps()
	}
	if _, err := db.ExecContext(ctx, `CREATE TABLE meta_coverage (source VARCHAR, office_code VARCHAR, part VARCHAR, month DATE);
		CREATE TABLE meta_coverage_units (source VARCHAR, office_code VARCHAR, part VARCHAR, began DATE)`); err != nil {
		return err
	}
	ids := make([]string, 0, len(bySource))
	for id := range bySource {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if err := bySource[id].insert(ctx, db, id); err != nil {
			return fmt.Errorf("coverage of %s: %w", id, err)
		}
	}
	return nil
}

// addEntry records what one export in the lake covers, read from its file name as
// the loader resolved it.
func addEntry(bySource map[string]*covered, e etl.Entry) error {
	m, err := etl.Resolve(e.File)
	if err != nil {
		return err
	}
	groups := m.Source.Pattern.FindStringSubmatch(e.File)
	group := func(k string) string {
		if i := m.Source.Pattern.SubexpIndex(k); i > 0 {
			return groups[i]
		}
		return ""
	}
	c := bySource[m.Source.ID]
	u := unit{office: m.Office.Code, part: group("part")}
	c.units[u] = true
	period := group("period")
	if period == "" { // a snapshot: its revision is its export date
		d, err := time.Parse("20060102", fmt.Sprint(m.Revision))
		if err != nil {
			return fmt.Errorf("a snapshot without an export date: %w", err)
		}
		c.snaps[u] = d
		return nil
	}
	if c.months[u] == nil {
		c.months[u], c.halves[u] = map[time.Time]bool{}, map[time.Time]int{}
	}
	switch len(period) {
	case 4: // a year's file
		y, _ := time.Parse("2006", period)
		for i := range 12 {
			c.months[u][y.AddDate(0, i, 0)] = true
		}
	case 7: // a month's file
		mo, _ := time.Parse("2006-01", period)
		c.months[u][mo] = true
	default: // a half-month list: the month is covered when both halves are in
		mo, _ := time.Parse("2006-01", period[:7])
		if c.halves[u][mo]++; c.halves[u][mo] == 2 {
			c.months[u][mo] = true
		}
	}
	return nil
}

// fillGaps covers the months between each unit's first and last loaded month.
func (c *covered) fillGaps() {
	for _, months := range c.months {
		var first, last time.Time
		for m := range months {
			if first.IsZero() || m.Before(first) {
				first = m
			}
			if m.After(last) {
				last = m
			}
		}
		for m := first; !m.IsZero() && !m.After(last); m = m.AddDate(0, 1, 0) {
			months[m] = true
		}
	}
}

// insert writes one source's units and covered months. A snapshot covers every month
// from the source's earliest recorded date to the last month that ended by its export
// date: it is the register's whole state, closed cases included.
func (c *covered) insert(ctx context.Context, db *sql.DB, source string) error {
	for u := range c.units {
		var start *time.Time
		if b, ok := began[source][u]; ok {
			start = &b
		}
		if _, err := db.ExecContext(ctx, "INSERT INTO meta_coverage_units VALUES (?, ?, ?, ?)", source, u.office, u.part, start); err != nil {
			return err
		}
	}
	if len(c.snaps) > 0 {
		earliest, err := earliestRecord(ctx, db, source)
		if err != nil {
			return err
		}
		for u, d := range c.snaps {
			from := earliest
			if !from.Valid || from.Time.After(d) {
				from = sql.NullTime{Time: d, Valid: true}
			}
			_, err := db.ExecContext(ctx, `INSERT INTO meta_coverage SELECT ?, ?, ?, m::DATE
				FROM generate_series(date_trunc('month', ?::DATE)::TIMESTAMP, (?::DATE - INTERVAL 1 MONTH)::TIMESTAMP, INTERVAL 1 MONTH) t(m)
				WHERE m + INTERVAL 1 MONTH <= ?::DATE`, source, u.office, u.part, from.Time, d, d)
			if err != nil {
				return err
			}
		}
	}
	for u, months := range c.months {
		for mo := range months {
			if _, err := db.ExecContext(ctx, "INSERT INTO meta_coverage VALUES (?, ?, ?, ?)", source, u.office, u.part, mo); err != nil {
				return err
			}
		}
	}
	return nil
}

// earliestRecord is the earliest date any record of the source's raw table carries,
// birth dates aside (a person's birth is not the register's beginning).
func earliestRecord(ctx context.Context, db *sql.DB, source string) (sql.NullTime, error) {
	var src *etl.Source
	for _, s := range etl.Sources() {
		if s.ID == source {
			src = s
		}
	}
	var parts []string
	for _, col := range src.Columns {
		if (col.Type == etl.Date || col.Type == etl.Month) && col.Name != "birth_date" {
			parts = append(parts, fmt.Sprintf("SELECT min(%s) AS d FROM raw_%s", col.Name, source))
		}
	}
	var t sql.NullTime
	if len(parts) == 0 {
		return t, nil
	}
	err := db.QueryRowContext(ctx, "SELECT min(d) FROM ("+strings.Join(parts, " UNION ALL ")+")").Scan(&t)
	return t, err
}
