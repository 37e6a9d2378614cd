package indicators_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/indicators"
	"github.com/hromadata/hromadata/testkit"
)

// TestComputeForSome: a few indicators for an office are what the office's whole
// catalogue says of them, value, coverage and what must be withheld alike, in the
// order asked; a page of one indicator need not compute the catalogue.
func TestComputeForSome(t *testing.T) {
	db := testkit.MustOpen(t, testkit.MustBuilt(t))
	cat, err := indicators.Catalogue()
	if err != nil {
		t.Fatal(err)
	}
	var some []indicators.Indicator
	for i := len(cat) - 1; i >= 0; i -= 7 { // every seventh, backwards: order is the caller's
		some = append(some, cat[i])
	}
	ctx := context.Background()
	for _, tc := range []struct{ period, office string }{{"2023", "DN"}, {"2023-05", "ZV"}, {"2023-Q2", ""}} {
		t.Run(tc.period+"/"+tc.office, func(t *testing.T) {
			p, err := hromadata.ParsePeriod(tc.period)
			if err != nil {
				t.Fatal(err)
			}
			whole, err := indicators.ComputeCatalogueFor(ctx, db, p, tc.office)
			if err != nil {
				t.Fatal(err)
			}
			by := map[string]indicators.Value{}
			for _, v := range whole {
				by[v.ID] = v
			}
			got, err := indicators.ComputeFor(ctx, db, p, tc.office, some)
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(some) {
				t.Fatalf("%d values for %d indicators", len(got), len(some))
			}
			for i, v := range got {
				want := by[some[i].ID]
				if v.ID != some[i].ID || v.Value != want.Value || !reflect.DeepEqual(v.Coverage, want.Coverage) {
					t.Errorf("%s: %v %+v, the catalogue's %v %+v", some[i].ID, v.Value, v.Coverage, want.Value, want.Coverage)
				}
			}
			if tc.office == "" {
				return
			}
			hideAll, err := indicators.Withheld(ctx, db, p, tc.office)
			if err != nil {
				t.Fatal(err)
			}
			hide, err := indicators.WithheldFor(ctx, db, p, tc.office, some)
			if err != nil {
				t.Fatal(err)
			}
			for _, ind := range some {
				if hide[ind.ID] != hideAll[ind.ID] {
					t.Errorf("%s: withheld %v alone, %v in the catalogue", ind.ID, hide[ind.ID], hideAll[ind.ID])
				}
			}
		})
	}
}
