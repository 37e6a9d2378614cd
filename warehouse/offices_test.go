package warehouse_test

import (
	"testing"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/testkit"
	"github.com/hromadata/hromadata/warehouse"
)

// TestOfficeSchemas: a build has, for each office, views of every relation with an
// office_code that show that office's rows only, readable by the serving instance.
func TestOfficeSchemas(t *testing.T) {
	db := testkit.MustOpen(t, testkit.MustBuilt(t))
	for _, o := range hromadata.Offices {
		t.Run(o.Code, func(t *testing.T) {
			s := warehouse.OfficeSchema(o.Code)
			var views int
			if err := db.QueryRow("SELECT count(*) FROM duckdb_views() WHERE schema_name = ?", s).Scan(&views); err != nil || views < 8 {
				t.Fatalf("%d views in %s: %v", views, s, err)
			}
			for _, rel := range []string{"core_assignments", "core_privileges", "meta_coverage_units"} {
				var others, mine int
				err := db.QueryRow("SELECT count(*) FILTER (WHERE office_code <> ?), count(*) FROM "+s+"."+rel, o.Code).Scan(&others, &mine)
				var want int
				db.QueryRow("SELECT count(*) FROM main."+rel+" WHERE office_code = ?", o.Code).Scan(&want)
				if err != nil || others != 0 || mine != want {
					t.Errorf("%s.%s: %d rows of other offices, %d of %d own (%v)", s, rel, others, mine, want, err)
				}
			}
		})
	}
}
