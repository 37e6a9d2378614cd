package server_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/hromadata/hromadata/sqlapi"
)

// TestIndicatorsAPIByOffice: ?office=ZV gives Zavodske's figures, CityOnly for
// what has no office, and refuses an unknown code in Ukrainian.
func TestIndicatorsAPIByOffice(t *testing.T) {
	s := mustStart(t, sqlapi.DefaultLimits)
	type row struct {
		Value    *json.Number `json:"value"`
		Coverage string       `json:"coverage"`
		Reason   string       `json:"reason"`
		Withheld bool         `json:"withheld"`
	}
	get := func(t *testing.T, path string) (string, map[string]row) {
		t.Helper()
		resp, b := s.do(http.MethodGet, path)
		var out struct {
			Office     string `json:"office"`
			Indicators []struct {
				ID string `json:"id"`
				row
			} `json:"indicators"`
		}
		if err := json.Unmarshal(b, &out); err != nil || resp.StatusCode != http.StatusOK {
			t.Fatalf("status %d: %v %.200s", resp.StatusCode, err, b)
		}
		rows := map[string]row{}
		for _, r := range out.Indicators {
			rows[r.ID] = r.row
		}
		return out.Office, rows
	}
	t.Run("json", func(t *testing.T) {
		office, rows := get(t, "/api/indicators?period=2022&office=ZV")
		if office != "ZV" {
			t.Errorf("office %q", office)
		}
		// two persons decided in ZV in 2022: a small count, withheld beside DN's one
		if r := rows["benefit_decisions.persons"]; r.Coverage != "full" || !r.Withheld || r.Value != nil {
			t.Errorf("benefit_decisions.persons: %+v", r)
		}
		if r := rows["budget.total"]; r.Coverage != "city_only" || r.Value != nil || !strings.Contains(r.Reason, "по місту") {
			t.Errorf("budget.total: %+v", r)
		}
	})
	t.Run("csv", func(t *testing.T) {
		_, b := s.do(http.MethodGet, "/api/indicators?period=2023-Q2&office=ZV&format=csv")
		if !strings.Contains(string(b), "budget.total,") || !strings.Contains(string(b), ",city_only,,ZV\n") {
			t.Errorf("%.300s", b)
		}
	})
	t.Run("unknown office", func(t *testing.T) {
		resp, b := s.do(http.MethodGet, "/api/indicators?period=2023&office=zv")
		if resp.StatusCode != http.StatusBadRequest || !strings.Contains(string(b), "невідоме управління") {
			t.Errorf("status %d: %s", resp.StatusCode, b)
		}
	})
}
