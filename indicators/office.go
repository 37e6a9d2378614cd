package indicators

import (
	"context"
	"database/sql"
	"database/sql/driver"
	"fmt"
	"strings"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/warehouse"
)

// ComputeCatalogueFor is the catalogue for one office, by its code, or for the
// whole city when office is "". An indicator is computed for an office when
// every relation it reads, through its macros, carries the office (see ByOffice);
// the others come back with coverage CityOnly. Coverage is the office's own: a
// month another office has not exported leaves this office's figure known.
// Memoised per build, period and office like ComputeCatalogueShared.
func ComputeCatalogueFor(ctx context.Context, db *sql.DB, p hromadata.Period, office string) ([]Value, error) {
	if office == "" {
		return ComputeCatalogueShared(ctx, db, p)
	}
	if err := CheckOffice(office); err != nil {
		return nil, err
	}
	return shared(ctx, p.Label+"\x00"+office, func() ([]Value, error) { return computeOffice(ctx, db, p, office) })
}

// CheckOffice refuses a code that names no office, in Ukrainian.
func CheckOffice(code string) error {
	if officeName(code) != "" {
		return nil
	}
	codes := make([]string, len(hromadata.Offices))
	for i, o := range hromadata.Offices {
		codes[i] = o.Code + " — " + o.Name
	}
	return hromadata.E(hromadata.Invalid, fmt.Sprintf("невідоме управління %q: відомі коди %s", code, strings.Join(codes, ", ")))
}

// ComputeFor is ComputeCatalogueFor for inds alone, in their order: a page of one
// indicator by office need not compute the whole catalogue for every month it shows.
func ComputeFor(ctx context.Context, db *sql.DB, p hromadata.Period, office string, inds []Indicator) ([]Value, error) {
	if office == "" {
		return Compute(ctx, db, p, inds)
	}
	if err := CheckOffice(office); err != nil {
		return nil, err
	}
	return computeOfficeSome(ctx, db, p, office, inds)
}

func computeOffice(ctx context.Context, db *sql.DB, p hromadata.Period, office string) ([]Value, error) {
	cat, err := Catalogue()
	if err != nil {
		return nil, err
	}
	return computeOfficeSome(ctx, db, p, office, cat)
}

// computeOfficeSome computes cat for an office: CityOnly for what it has no office for.
func computeOfficeSome(ctx context.Context, db *sql.DB, p hromadata.Period, office string, cat []Indicator) ([]Value, error) {
	conn, err := officeConn(ctx, db, office)
	if err != nil {
		return nil, err
	}
	defer releaseOfficeConn(conn)
	able, err := ByOffice(ctx, conn, office, cat)
	if err != nil {
		return nil, err
	}
	var inds []Indicator
	for _, ind := range cat {
		if able[ind.ID] {
			inds = append(inds, ind)
		}
	}
	computed, err := compute(ctx, conn, p, inds)
	if err != nil {
		return nil, fmt.Errorf("office %s: %w", office, err)
	}
	out := make([]Value, 0, len(cat))
	for _, ind := range cat {
		if !able[ind.ID] {
			out = append(out, Value{Indicator: ind, Period: p, Coverage: Coverage{Status: CityOnly}})
			continue
		}
		v := computed[0]
		computed = computed[1:]
		v.Published = "" // the report publishes the city's figures only
		out = append(out, v)
	}
	return out, nil
}

// officeConn is a connection of its own that reads the office's views before main.
func officeConn(ctx context.Context, db *sql.DB, office string) (*sql.Conn, error) {
	conn, err := db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	var n int
	if err := conn.QueryRowContext(ctx, "SELECT count(*) FROM duckdb_schemas() WHERE schema_name = ?", warehouse.OfficeSchema(office)).Scan(&n); err != nil || n == 0 {
		conn.Close()
		if err != nil {
			return nil, fmt.Errorf("office schema: %w", err)
		}
		return nil, hromadata.E(hromadata.Unavailable, "збірка не розділяє дані за управліннями: перебудуйте сховище (hromadata build)")
	}
	if _, err := conn.ExecContext(ctx, "SET search_path = '"+warehouse.OfficeSchema(office)+",main'"); err != nil {
		releaseOfficeConn(conn)
		return nil, fmt.Errorf("office search path: %w", err)
	}
	return conn, nil
}

// releaseOfficeConn returns the connection to the pool reading main again, or
// discards it when that fails: a pooled connection left reading one office would
// give the city's pages that office's figures.
func releaseOfficeConn(conn *sql.Conn) {
	if _, err := conn.ExecContext(context.Background(), "RESET search_path"); err != nil {
		conn.Raw(func(any) error { return driver.ErrBadConn })
	}
	conn.Close()
}
