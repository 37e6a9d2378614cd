package indicators_test

import (
	"context"
	"database/sql"
	"os"
	"path/filepath"
	"testing"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/indicators"
	"github.com/hromadata/hromadata/testkit"
)

// These tests load small hand-made exports, unlike the demo's, through the real
// loader, build a real warehouse from them and compute indicators, so that a counting
// rule is checked on data the demo never produces (a quantity above one, an event on
// the last day of a period, an internal letter).

// mustWarehouse loads files (name → content; a string is CSV text written in
// windows-1251, []byte is written as it is), builds, and opens the build. Every row
// must load.
func mustWarehouse(t *testing.T, files map[string]any) *sql.DB {
	t.Helper()
	dir := t.TempDir()
	inbox := filepath.Join(dir, "inbox")
	if err := os.MkdirAll(inbox, 0o755); err != nil {
		t.Fatal(err)
	}
	for name, content := range files {
		var b []byte
		switch c := content.(type) {
		case string:
			b = testkit.CP1251(t, c)
		case []byte:
			b = c
		default:
			t.Fatalf("%s: content of type %T", name, content)
		}
		if err := os.WriteFile(filepath.Join(inbox, name), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, r := range testkit.MustLoad(t, dir, inbox) {
		if r.Entry.RowsRejected > 0 {
			t.Fatalf("%s: %d rows rejected (see %s)", r.Entry.File, r.Entry.RowsRejected, r.Entry.RejectsFile)
		}
	}
	testkit.MustBuild(t, dir)
	return testkit.MustOpen(t, dir)
}

// mustCompute returns the catalogue's values of ids for a period, by id.
func mustCompute(t *testing.T, db *sql.DB, period string, ids ...string) map[string]indicators.Value {
	t.Helper()
	p, err := hromadata.ParsePeriod(period)
	if err != nil {
		t.Fatal(err)
	}
	cat, err := indicators.Catalogue()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]bool{}
	for _, id := range ids {
		want[id] = true
	}
	var inds []indicators.Indicator
	for _, ind := range cat {
		if want[ind.ID] {
			inds = append(inds, ind)
			delete(want, ind.ID)
		}
	}
	for id := range want {
		t.Fatalf("no indicator %s in the catalogue", id)
	}
	vals, err := indicators.Compute(context.Background(), db, p, inds)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]indicators.Value{}
	for _, v := range vals {
		out[v.ID] = v
	}
	return out
}

// expect is an indicator's expected value for a period.
type expect struct {
	period, id string
	want       float64
}

// checkAll computes every expectation and reports each that differs, as a subtest.
func checkAll(t *testing.T, db *sql.DB, cases []expect) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.period+" "+c.id, func(t *testing.T) {
			got := mustCompute(t, db, c.period, c.id)[c.id].Value
			if got != c.want {
				t.Errorf("%s for %s = %v, want %v", c.id, c.period, got, c.want)
			}
		})
	}
}
