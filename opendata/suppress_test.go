package opendata

import (
	"context"
	"testing"

	"github.com/hromadata/hromadata/privacy"
	"github.com/hromadata/hromadata/testkit"
)

// TestPublishedTablesResistDifferencing plays the differencing attack on every
// dataset that withholds counts, as published from a build: with its visible cells,
// and every total that is public beside it — its margins, which the pages and the
// other datasets show — subtraction must recover no withheld count.
func TestPublishedTablesResistDifferencing(t *testing.T) {
	db := testkit.MustOpen(t, testkit.MustBuilt(t))
	for _, d := range Datasets {
		if d.Suppress == nil {
			continue
		}
		t.Run(d.ID, func(t *testing.T) {
			rows, err := queryRows(context.Background(), db, d)
			if err != nil {
				t.Fatal(err)
			}
			truth := cellsOf(rows, *d.Suppress)
			suppress(rows, *d.Suppress)
			small := 0
			for i, r := range rows {
				truth[i].Hidden = r["suppressed"] == true
				if privacy.Small(truth[i].Value) {
					small++
					if !truth[i].Hidden {
						t.Errorf("row %v shows a small count", r)
					}
				}
				if truth[i].Hidden && r[d.Suppress.Value] != nil {
					t.Errorf("row %v is withheld but carries its count", r)
				}
			}
			if leaks := privacy.Attack(truth, d.Suppress.Margins); len(leaks) > 0 {
				t.Errorf("the published table gives away: %v", leaks)
			}
			t.Logf("%d rows, %d small counts", len(rows), small)
		})
	}
}

// TestSuppressRows: rows get the privacy rule's verdict, NULL where withheld.
func TestSuppressRows(t *testing.T) {
	s := Suppression{Value: "n", Dims: []string{"g", "o"}, Margins: [][]string{{"g"}}}
	rows := []Row{{"g": "x", "o": "a", "n": int64(3)}, {"g": "x", "o": "b", "n": int64(20)}, {"g": "x", "o": "c", "n": int64(12)}}
	suppress(rows, s)
	for i, want := range []bool{true, false, true} {
		if rows[i]["suppressed"] != want || (want && rows[i]["n"] != nil) {
			t.Errorf("row %d: %v, want suppressed=%v", i, rows[i], want)
		}
	}
}

// TestSuppressSkipsUnknownCells: an empty cell (an office's export is missing) hides
// nothing, so the complementary cell is a known one.
func TestSuppressSkipsUnknownCells(t *testing.T) {
	rows := []Row{{"g": "x", "n": int64(3)}, {"g": "x", "n": nil}, {"g": "x", "n": int64(12)}}
	suppress(rows, Suppression{Value: "n", Dims: []string{"g"}, Margins: [][]string{{"g"}}})
	for i, want := range []bool{true, false, true} {
		if rows[i]["suppressed"] != want {
			t.Errorf("cell %d: suppressed = %v, want %v", i, rows[i]["suppressed"], want)
		}
	}
}
