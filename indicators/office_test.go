package indicators_test

import (
	"context"
	"database/sql"
	"errors"
	"reflect"
	"testing"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/indicators"
	"github.com/hromadata/hromadata/testkit"
)

// MustOfficeCatalogue computes the catalogue for an office ("" for the city) by id.
func MustOfficeCatalogue(t *testing.T, db *sql.DB, period, office string) map[string]indicators.Value {
	t.Helper()
	p, err := hromadata.ParsePeriod(period)
	if err != nil {
		t.Fatal(err)
	}
	vals, err := indicators.ComputeCatalogueFor(context.Background(), db, p, office)
	if err != nil {
		t.Fatalf("%s %s: %v", period, office, err)
	}
	out := make(map[string]indicators.Value, len(vals))
	for _, v := range vals {
		out[v.ID] = v
	}
	return out
}

// TestOfficeCatalogue checks the catalogue by office on the hand-made fixture:
// benefits exported by DN and ZV (no person in both), privileges by ZV only.
func TestOfficeCatalogue(t *testing.T) {
	db := testkit.MustOpen(t, testkit.MustBuilt(t))
	db.SetMaxOpenConns(1) // one connection: an office's search_path must not stay on it

	t.Run("offices sum to the city where no person moves", func(t *testing.T) {
		for _, period := range []string{"2022", "2023", "2023-Q3", "2023-09"} {
			city := MustOfficeCatalogue(t, db, period, "")
			by := map[string]map[string]indicators.Value{}
			for _, o := range hromadata.Offices {
				by[o.Code] = MustOfficeCatalogue(t, db, period, o.Code)
			}
			split := 0
			for id, c := range city {
				if by["ZV"][id].Coverage.Status == indicators.CityOnly {
					continue
				}
				split++
				sum := 0.0
				for _, o := range hromadata.Offices {
					sum += by[o.Code][id].Value
				}
				if sum != c.Value {
					t.Errorf("%s %s: offices sum to %v, the city is %v", period, id, sum, c.Value)
				}
			}
			if split < 40 {
				t.Errorf("%s: only %d indicators split by office", period, split)
			}
		}
	})

	t.Run("hand-checked office values", func(t *testing.T) {
		for _, c := range []struct {
			period, office, id string
			want               float64
		}{
			// as of 01.07.2023 ZV0000001 and ZV0000002 receive, ZV0000003 ended 31.03.2023
			{"2023-Q2", "ZV", "benefit_recipients_total", 2},
			{"2023-Q2", "DN", "benefit_recipients_total", 3},
			// decisions of 2022: ZV 02.04 and 01.10 (two persons), DN 10.05 (one)
			{"2022", "ZV", "benefit_decisions.persons", 2},
			{"2022", "DN", "benefit_decisions.persons", 1},
			{"2023", "ZV", "benefit_decisions.persons", 0},
			// privileges granted in 2023, all in ZV's register: 15.06 and 10.10
			{"2023", "ZV", "privilege_status_total", 2},
		} {
			t.Run(c.period+" "+c.office+" "+c.id, func(t *testing.T) {
				v := MustOfficeCatalogue(t, db, c.period, c.office)[c.id]
				if !v.Known() || v.Value != c.want || v.Published != "" {
					t.Errorf("got %v (%s, published %q), want %v", v.Value, v.Coverage, v.Published, c.want)
				}
			})
		}
	})

	t.Run("budget is city only", func(t *testing.T) {
		v := MustOfficeCatalogue(t, db, "2023", "ZV")["budget.total"]
		if v.Coverage.Status != indicators.CityOnly || v.Known() || v.Coverage.Reason() == "" {
			t.Errorf("budget.total for ZV: %s", v.Coverage)
		}
	})

	t.Run("an office without exports is unknown, the others known", func(t *testing.T) {
		const id = "benefit_recipients_total" // PV exported no assignments
		want := map[string]bool{"DN": true, "ZV": true, "PV": false, "": false}
		for office, known := range want {
			if v := MustOfficeCatalogue(t, db, "2023", office)[id]; v.Known() != known {
				t.Errorf("office %q: known %v (%s), want %v", office, v.Known(), v.Coverage, known)
			}
		}
		if v := MustOfficeCatalogue(t, db, "2023", "DN")["privilege_status_total"]; v.Known() {
			t.Errorf("DN exported no privileges, yet known: %s", v.Coverage)
		}
	})

	t.Run("the city is unchanged", func(t *testing.T) {
		p, _ := hromadata.ParsePeriod("2023")
		want, err := indicators.ComputeCatalogue(context.Background(), db, p)
		if err != nil {
			t.Fatal(err)
		}
		MustOfficeCatalogue(t, db, "2023", "ZV")
		got, err := indicators.ComputeCatalogueFor(context.Background(), db, p, "")
		if err != nil || !reflect.DeepEqual(got, want) {
			t.Errorf("the city after an office differs: %v", err)
		}
	})

	t.Run("an unknown office is refused in Ukrainian", func(t *testing.T) {
		p, _ := hromadata.ParsePeriod("2023")
		_, err := indicators.ComputeCatalogueFor(context.Background(), db, p, "XX")
		var e *hromadata.Error
		if !errors.As(err, &e) || hromadata.HTTPStatus(err) != 400 || hromadata.MessageOf(err) == "" {
			t.Errorf("got %v", err)
		}
	})
}

// TestOfficeCatalogueShared: an office's catalogue is kept per build, period and office.
func TestOfficeCatalogueShared(t *testing.T) {
	db := testkit.MustOpen(t, testkit.MustBuilt(t))
	p, _ := hromadata.ParsePeriod("2023")
	ctx := indicators.WithBuild(context.Background(), "build-test-office-memo")
	first, err := indicators.ComputeCatalogueFor(ctx, db, p, "ZV")
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	for _, c := range []struct {
		name, office string
		shared       bool
	}{{"same office", "ZV", true}, {"another office", "DN", false}, {"the city", "", false}} {
		t.Run(c.name, func(t *testing.T) {
			again, err := indicators.ComputeCatalogueFor(ctx, db, p, c.office)
			if got := err == nil && reflect.DeepEqual(first, again); got != c.shared {
				t.Errorf("shared %v, want %v (%v)", got, c.shared, err)
			}
		})
	}
}
