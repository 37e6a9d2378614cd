package indicators

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

// Coverage says whether the loaded exports cover what an indicator needs for a
// period: every month of a flow's [from, to), or the month before a stock's date,
// for every unit (office, part) that exports each of its sources. Only a fully
// covered figure is known; any other is "немає даних", never 0.
type Coverage struct {
	Status  CoverageStatus
	Missing []Gap // what is not covered, when Status is not full
}

// CoverageStatus is full, partial or none.
type CoverageStatus string

// Coverage statuses.
const (
	Full    CoverageStatus = "full"    // every month needed is covered
	Partial CoverageStatus = "partial" // some are, some are not: the figure is unknown
	None    CoverageStatus = "none"    // nothing the period needs was loaded
	// Undefined: the exports cover the period but the records give the figure no value
	// (a share of nothing, a latest date of no event): unknown, not 0.
	Undefined CoverageStatus = "undefined"
	// CityOnly: asked for one office, but the indicator's records carry no office
	// (budget, the Centre): the figure exists for the city only.
	CityOnly CoverageStatus = "city_only"
)

// Gap is one unit of one source whose exports miss some months.
type Gap struct {
	Source, Office, Part string
	Months               []time.Time
}

// Known says whether a figure with this coverage can be stated.
func (c Coverage) Known() bool { return c.Status == Full }

// String is the coverage for machines: "full", "none" or
// "partial: benefit_payments/PV 2023-11; …".
func (c Coverage) String() string {
	if c.Status != Partial {
		return string(c.Status)
	}
	parts := make([]string, len(c.Missing))
	for i, g := range c.Missing {
		unit := g.Source
		if u := g.Office + g.Part; u != "" {
			unit += "/" + u
		}
		parts[i] = unit + " " + monthRanges(g.Months, "2006-01", "..")
	}
	return "partial: " + strings.Join(parts, "; ")
}

// Reason says in Ukrainian why a figure is unknown, for people.
func (c Coverage) Reason() string {
	switch c.Status {
	case Full:
		return ""
	case None:
		return "немає даних: завантажені експорти не охоплюють період"
	case Undefined:
		return "немає даних: за цей період записи не дають показнику значення"
	case CityOnly:
		return "показник ведеться лише в цілому по місту, без розподілу за управліннями"
	}
	var parts []string
	for _, g := range c.Missing {
		who := sourceTitle(g.Source)
		if o := officeName(g.Office); o != "" {
			who += ", " + o
		} else if g.Part != "" {
			who += ", " + g.Part
		}
		parts = append(parts, who+": "+monthRanges(g.Months, "01.2006", "–"))
	}
	return "немає даних: не завантажено експорти (" + strings.Join(parts, "; ") + ")"
}

// sourceTitle names an export for people, as the loader and docs/exports do.
func sourceTitle(id string) string {
	for _, s := range etl.Sources() {
		if s.ID == id {
			return "«" + s.Title + "»"
		}
	}
	return id
}

func officeName(code string) string {
	for _, o := range hromadata.Offices {
		if o.Code == code {
			return o.Name
		}
	}
	return ""
}

// monthRanges writes sorted months compactly: 2023-01..2023-03, 2023-05.
func monthRanges(ms []time.Time, layout, dash string) string {
	var out []string
	for i := 0; i < len(ms); {
		j := i
		for j+1 < len(ms) && ms[j+1].Equal(ms[j].AddDate(0, 1, 0)) {
			j++
		}
		s := ms[i].Format(layout)
		if j > i {
			s += dash + ms[j].Format(layout)
		}
		out = append(out, s)
		i = j + 1
	}
	return strings.Join(out, ", ")
}

// NeededMonths are the months an indicator of a kind needs for [from, to): a flow
// every month it touches, a stock (the state at the start of to) the month before.
func NeededMonths(kind Kind, from, to time.Time) (first, last time.Time) {
	month := func(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC) }
	last = month(to.AddDate(0, 0, -1))
	if kind == Stock {
		return last, last
	}
	return month(from), last
}

// CoverageOf reads from the build's coverage tables whether sources cover the months
// a figure of kind needs over [from, to).
func CoverageOf(ctx context.Context, db *sql.DB, sources []string, kind Kind, from, to time.Time) (Coverage, error) {
	return coverageOf(ctx, db, sources, kind, from, to)
}

// coverageOf is CoverageOf on a database or a connection: under an office's
// search_path meta_coverage and meta_coverage_units are that office's units only.
func coverageOf(ctx context.Context, db querier, sources []string, kind Kind, from, to time.Time) (Coverage, error) {
	if len(sources) == 0 {
		return Coverage{Status: None}, nil
	}
	first, last := NeededMonths(kind, from, to)
	marks := strings.TrimSuffix(strings.Repeat("?, ", len(sources)), ", ")
	args := []any{first, last}
	for _, s := range sources {
		args = append(args, s)
	}
	rows, err := db.QueryContext(ctx, `
		SELECT source, office_code, part, month, loaded OR before_began, loaded FROM (
		  SELECT u.source, u.office_code, u.part, m.month::DATE AS month,
		         u.began IS NOT NULL AND m.month < u.began AS before_began, EXISTS (
		           SELECT 1 FROM meta_coverage c WHERE c.source = u.source AND c.office_code = u.office_code
		             AND c.part = u.part AND c.month = m.month) AS loaded
		  FROM meta_coverage_units u
		CROSS JOIN generate_series(?::TIMESTAMP, ?::TIMESTAMP, INTERVAL 1 MONTH) m(month)
		  WHERE u.source IN (`+marks+`))
		ORDER BY 1, 2, 3, 4`, args...)
	if err != nil {
		if strings.Contains(err.Error(), "meta_coverage") {
			return Coverage{}, hromadata.E(hromadata.Unavailable, "збірка не знає, які періоди охоплюють експорти: перебудуйте сховище (hromadata build)")
		}
		return Coverage{}, fmt.Errorf("coverage: %w", err)
	}
	defer rows.Close()
	return readCoverage(rows, len(sources))
}

// readCoverage reads coverageOf's rows. A month before a unit began is covered (known
// empty) only beside a month some unit's exports do cover: a period wholly before every
// unit began (the centres in 2022) is one the exports say nothing of, so none, not 0.
func readCoverage(rows *sql.Rows, nSources int) (Coverage, error) {
	var c Coverage
	seen := map[string]bool{}
	covered, loaded := 0, 0
	for rows.Next() {
		var g Gap
		var m time.Time
		var ok, wasLoaded bool
		if err := rows.Scan(&g.Source, &g.Office, &g.Part, &m, &ok, &wasLoaded); err != nil {
			return c, err
		}
		seen[g.Source] = true
		if wasLoaded {
			loaded++
		}
		if ok {
			covered++
			continue
		}
		if n := len(c.Missing); n > 0 && c.Missing[n-1].Source == g.Source && c.Missing[n-1].Office == g.Office && c.Missing[n-1].Part == g.Part {
			c.Missing[n-1].Months = append(c.Missing[n-1].Months, m)
			continue
		}
		g.Months = []time.Time{m}
		c.Missing = append(c.Missing, g)
	}
	if err := rows.Err(); err != nil {
		return c, err
	}
	switch {
	case covered == 0 || loaded == 0:
		c.Status = None
	case len(c.Missing) == 0 && len(seen) == nSources:
		c.Status = Full
	default:
		c.Status = Partial
	}
	sort.SliceStable(c.Missing, func(i, j int) bool { return c.Missing[i].Source < c.Missing[j].Source })
	return c, nil
}

// YearsCovered are the calendar years in which the sources' exports cover at least
// one month each: the years a page can offer.
func YearsCovered(ctx context.Context, db *sql.DB, sources []string) ([]int, error) {
	if len(sources) == 0 {
		return nil, nil
	}
	marks := strings.TrimSuffix(strings.Repeat("?, ", len(sources)), ", ")
	args := make([]any, 0, len(sources)+1)
	for _, s := range sources {
		args = append(args, s)
	}
	args = append(args, len(sources))
	rows, err := db.QueryContext(ctx, `SELECT year(month) FROM meta_coverage WHERE source IN (`+marks+`)
		GROUP BY 1 HAVING count(DISTINCT source) = ? ORDER BY 1`, args...)
	if err != nil {
		return nil, fmt.Errorf("years covered: %w", err)
	}
	defer rows.Close()
	var out []int
	for rows.Next() {
		var y int
		if err := rows.Scan(&y); err != nil {
			return nil, err
		}
		out = append(out, y)
	}
	return out, rows.Err()
}

// SourcesOf is every source the indicators read, sorted, each once.
func SourcesOf(inds []Indicator) []string {
	seen := map[string]bool{}
	var out []string
	for _, ind := range inds {
		for _, s := range ind.Sources {
			if !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	sort.Strings(out)
	return out
}
