package difftest

import (
	"context"
	"database/sql"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/indicators"
	"github.com/hromadata/hromadata/testkit"
)

var seedsFlag = flag.String("seeds", "", "comma-separated seeds to run (default 1,2,3; or $DIFFTEST_SEEDS)")

// periods: a year, quarters and months whose edges the generated dates favour.
var periods = []string{"2023", "2023-Q1", "2023-Q4", "2023-01", "2023-06", "2023-12"}

func seeds(t *testing.T) []uint64 {
	s := *seedsFlag
	if s == "" {
		s = os.Getenv("DIFFTEST_SEEDS")
	}
	if s == "" {
		s = "1,2,3"
	}
	var out []uint64
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.ParseUint(strings.TrimSpace(f), 10, 64)
		if err != nil {
			t.Fatalf("bad seed %q: %v", f, err)
		}
		out = append(out, n)
	}
	return out
}

func allSpecs(t *testing.T) map[string]spec {
	m := map[string]spec{}
	var twice []string
	for _, group := range []map[string]spec{cscSpecs, otherSpecs, moreSpecs, centreSpecs, citySpecs, budgetSpecs, bulkSpecs} {
		for id, s := range group {
			if m[id] != nil {
				twice = append(twice, id)
			}
			m[id] = s
		}
	}
	if len(twice) > 0 {
		t.Fatalf("defined twice: %v", twice)
	}
	return m
}

// mismatch is one indicator that differs for one period.
type mismatch struct {
	id, period string
	sql, ref   float64
	decimals   int    // the indicator's precision: values equal when rounded to it agree
	cause      string // which cause explains it (known_test.go)
	known      bool
}

// TestDifferential builds a warehouse from random exports for each seed and compares
// every covered indicator with the reference computed from the same records.
func TestDifferential(t *testing.T) {
	specs := allSpecs(t)
	cat, err := indicators.Catalogue()
	if err != nil {
		t.Fatal(err)
	}
	byID := map[string]indicators.Indicator{}
	for _, ind := range cat {
		byID[ind.ID] = ind
	}
	for id := range specs {
		if _, ok := byID[id]; !ok {
			t.Errorf("reference defines %s, which the catalogue does not have", id)
		}
	}
	t.Logf("%d indicators covered × %d periods", len(specs), len(periods))
	byCause := map[string]map[string]bool{}
	seen := map[string]bool{} // indicators the data made non-zero at least once
	for _, seed := range seeds(t) {
		t.Run(fmt.Sprintf("seed=%d", seed), func(t *testing.T) {
			ms := runSeed(t, seed, specs, byID, seen)
			for _, m := range ms {
				if byCause[m.cause] == nil {
					byCause[m.cause] = map[string]bool{}
				}
				byCause[m.cause][m.id] = true
			}
			report(t, ms)
		})
	}
	summary(t, byCause)
	var zero []string
	for id := range specs {
		if !seen[id] {
			zero = append(zero, id)
		}
	}
	sort.Strings(zero)
	if len(zero) > 0 {
		t.Logf("%d indicators were zero or unknown in every period and seed (checked only weakly): %s", len(zero), strings.Join(zero, ", "))
	}
}

// summary lists, for each cause, the indicators it made differ on any seed.
func summary(t *testing.T, byCause map[string]map[string]bool) {
	var cs []string
	for c := range byCause {
		cs = append(cs, c)
	}
	sort.Strings(cs)
	for _, c := range cs {
		var ids []string
		for id := range byCause[c] {
			ids = append(ids, id)
		}
		sort.Strings(ids)
		t.Logf("%s — %d indicators:\n    %s", c, len(ids), strings.Join(ids, "\n    "))
	}
}

func runSeed(t *testing.T, seed uint64, specs map[string]spec, byID map[string]indicators.Indicator, seen map[string]bool) []mismatch {
	r := loadRefs()
	g := newGen(seed, r)
	w := &world{}
	g.cscWorld(w)
	g.staffWorld(w)
	g.documentsWorld(w)
	g.privilegesWorld(w)
	g.deptAidWorld(w)
	m := &more{}
	g.moreWorld(m)
	dir := t.TempDir()
	stale, current := filepath.Join(dir, "stale"), filepath.Join(dir, "current")
	for _, d := range []string{stale, current} {
		if err := os.MkdirAll(d, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	staleFiles, currentFiles := writeStale(t, stale, w, r), writeCurrent(t, current, w, r)
	sf, cf := &files{t: t, dir: stale}, &files{t: t, dir: current}
	for _, e := range m.exports {
		if e.stale {
			sf.records(e.source, e.name, e.recs)
		} else {
			cf.records(e.source, e.name, e.recs)
		}
	}
	// Even seeds load the superseded exports first, as they arrived; odd seeds load them
	// last, so an older revision or snapshot arriving late must not replace a newer one.
	first, second := append(staleFiles, sf.names...), append(currentFiles, cf.names...)
	if seed%2 == 1 {
		first, second = second, first
	}
	mustLoadAll(t, dir, first)
	mustLoadAll(t, dir, second)
	testkit.MustBuild(t, dir)
	db := testkit.MustOpen(t, dir)
	f := &ref{w: w, m: m, r: r}
	var out []mismatch
	ids := make([]string, 0, len(specs))
	for id := range specs {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, label := range periods {
		p, err := hromadata.ParsePeriod(label)
		if err != nil {
			t.Fatal(err)
		}
		for _, id := range ids {
			ind, ok := byID[id]
			if !ok {
				continue
			}
			got := mustSQL(t, db, ind, p)
			want := specs[id](f, p)
			if want != 0 && !math.IsNaN(want) {
				seen[id] = true
			}
			if !same(got, want, ind.Unit.Decimals) {
				m := mismatch{id: id, period: label, sql: got, ref: want, decimals: ind.Unit.Decimals}
				m.cause, m.known = explain(f, specs[id], m)
				out = append(out, m)
			}
		}
	}
	return out
}

// mustLoadAll loads files and fails on any refused file or rejected row: a row the
// loader drops would make the two sides differ for the wrong reason.
func mustLoadAll(t *testing.T, dataDir string, paths []string) {
	t.Helper()
	for _, res := range testkit.MustLoad(t, dataDir, paths...) {
		if res.Entry.RowsRejected > 0 {
			t.Fatalf("%s: %d rows rejected, first: %+v", res.Entry.File, res.Entry.RowsRejected, res.Rejects[0])
		}
	}
}

// mustSQL evaluates an indicator; NULL (unknown) is NaN.
func mustSQL(t *testing.T, db *sql.DB, ind indicators.Indicator, p hromadata.Period) float64 {
	t.Helper()
	var v sql.NullFloat64
	err := db.QueryRowContext(context.Background(), ind.SQL, sql.Named("from", p.From.Format("2006-01-02")), sql.Named("to", p.To.Format("2006-01-02"))).Scan(&v)
	if err != nil {
		t.Fatalf("indicator %s: %v", ind.ID, err)
	}
	if !v.Valid {
		return math.NaN()
	}
	return v.Float64
}

// same: both unknown, or equal to the indicator's decimals (the SQL may round to them).
func same(a, b float64, decimals int) bool {
	if math.IsNaN(a) || math.IsNaN(b) {
		return math.IsNaN(a) && math.IsNaN(b)
	}
	return math.Abs(a-b) <= 0.5*math.Pow(10, -float64(decimals))+1e-9*math.Max(1, math.Abs(b))
}

// report prints the mismatches grouped by indicator, each marked with its known bug.
func report(t *testing.T, ms []mismatch) {
	sort.Slice(ms, func(i, j int) bool { return ms[i].id < ms[j].id })
	byID := map[string][]mismatch{}
	var ids []string
	for _, m := range ms {
		if byID[m.id] == nil {
			ids = append(ids, m.id)
		}
		byID[m.id] = append(byID[m.id], m)
	}
	for _, id := range ids {
		var parts []string
		known := true
		for _, m := range byID[id] {
			parts = append(parts, fmt.Sprintf("%s: sql=%g go=%g (%s)", m.period, m.sql, m.ref, m.cause))
			known = known && m.known
		}
		msg := fmt.Sprintf("%s\n    %s", id, strings.Join(parts, "\n    "))
		if known && ignoreKnown {
			t.Log(msg)
		} else {
			t.Error(msg)
		}
	}
	if len(ids) > 0 {
		t.Logf("%d indicators differ", len(ids))
	}
}
