package cli_test

import (
	"encoding/csv"
	"strings"
	"testing"

	"github.com/hromadata/hromadata/testkit"
)

// TestIndicatorsByOffice: --office computes one office's figures over the fixture
// (ZV decided for two persons in 2022), marks what the city alone keeps, and
// refuses a code no office has.
func TestIndicatorsByOffice(t *testing.T) {
	data := testkit.MustBuilt(t)
	t.Run("csv", func(t *testing.T) {
		code, out, errs := run(t, "indicators", "--data", data, "--period", "2022", "--office", "ZV", "--format", "csv", "--strict")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		got := map[string][]string{}
		for _, r := range recs[1:] {
			got[r[0]] = r
		}
		for _, c := range []struct{ id, value, coverage string }{
			{"benefit_decisions.persons", "2", "full"},
			{"budget.total", "", "city_only"},
		} {
			if r := got[c.id]; r == nil || r[8] != c.value || r[10] != c.coverage || r[11] != "ZV" {
				t.Errorf("%s: %v", c.id, r)
			}
		}
	})
	t.Run("table", func(t *testing.T) {
		_, out, _ := run(t, "indicators", "--data", data, "--period", "2022", "--office", "ZV")
		if !strings.Contains(out, "Заводське управління (ZV)") || !strings.Contains(out, "лише по місту") {
			t.Errorf("%.300s", out)
		}
	})
	t.Run("unknown office", func(t *testing.T) {
		code, _, errs := run(t, "indicators", "--data", data, "--period", "2022", "--office", "XX")
		if code != 1 || !strings.Contains(errs, "невідоме управління") {
			t.Errorf("exit %d: %s", code, errs)
		}
	})
}
