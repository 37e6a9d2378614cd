package cli_test

import (
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/hromadata/hromadata/testkit"
)

// TestIndicatorsUnknown drives the command over the fixture, whose Південне
// управління sent no register of assignments: its benefit figures are unknown in
// every output, and a year no export covers says so.
func TestIndicatorsUnknown(t *testing.T) {
	data := testkit.MustBuilt(t)
	t.Run("json carries null and coverage", func(t *testing.T) {
		code, out, errs := run(t, "indicators", "--data", data, "--period", "2023-09", "--format", "json")
		if code != 0 {
			t.Fatalf("exit %d: %s", code, errs)
		}
		var rows []map[string]any
		if err := json.Unmarshal([]byte(out), &rows); err != nil {
			t.Fatal(err)
		}
		got := map[string]map[string]any{}
		for _, r := range rows {
			got[r["id"].(string)] = r
		}
		if r := got["benefit_recipients_total"]; r["value"] != nil || r["coverage"] != "partial: benefit_assignments/PV 2023-09" {
			t.Errorf("uncovered figure: value %v, coverage %v", r["value"], r["coverage"])
		}
		if r := got["budget.total"]; r["value"] == nil || r["coverage"] != "full" {
			t.Errorf("covered figure: value %v, coverage %v", r["value"], r["coverage"])
		}
	})
	t.Run("csv leaves the cell empty", func(t *testing.T) {
		_, out, _ := run(t, "indicators", "--data", data, "--period", "2023-09", "--format", "csv")
		recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
		if err != nil {
			t.Fatal(err)
		}
		col := map[string]int{}
		for i, h := range recs[0] {
			col[h] = i
		}
		for _, r := range recs[1:] {
			if r[col["id"]] == "benefit_recipients_total" && (r[col["value"]] != "" || !strings.HasPrefix(r[col["coverage"]], "partial")) {
				t.Errorf("value %q, coverage %q", r[col["value"]], r[col["coverage"]])
			}
		}
	})
	for _, tc := range []struct {
		name     string
		args     []string
		code     int
		out, err string
	}{
		{"table says no data", []string{"--period", "2023-09"}, 0, "немає даних", "немає даних для"},
		{"strict fails on unknown figures", []string{"--period", "2023-09", "--strict"}, 1, "немає даних", "немає даних для"},
		{"a year without exports is not covered", []string{"--period", "2030"}, 0, "немає даних", "період 2030 не охоплено"},
		{"strict fails on a year without exports", []string{"--period", "2030", "--strict"}, 1, "", "період 2030 не охоплено"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := run(t, append([]string{"indicators", "--data", data}, tc.args...)...)
			if code != tc.code || !strings.Contains(out, tc.out) || !strings.Contains(errs, tc.err) {
				t.Errorf("exit %d (want %d), stdout has %q: %v, stderr %q", code, tc.code, tc.out, strings.Contains(out, tc.out), errs)
			}
			if strings.Contains(tc.args[1], "2030") && strings.Contains(out, "\n0 ") {
				t.Errorf("a figure of 2030 printed as 0:\n%.300s", out)
			}
		})
	}
}

// TestReconcileUncovered: a period the report does not cover has nothing published to
// compare, and a figure the exports do not cover is not a mismatch but "немає даних".
func TestReconcileUncovered(t *testing.T) {
	data := testkit.MustBuilt(t)
	for _, tc := range []struct {
		name, period string
		want         []string
		not          []string
	}{
		{"a year without a report", "2030", []string{"Звіт за 2030 не опубліковано: порівнювати нічого", "немає даних"}, []string{"збігається", "розбіжність", "35230"}}, // nor the 2023 report's figures
		{"the report's year with an office missing", "2023", []string{"немає даних  35230", "Звірка за 2023"}, []string{"розбіжність  35230"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			code, out, errs := run(t, "reconcile", "--data", data, "--period", tc.period)
			if code != 0 {
				t.Fatalf("exit %d: %s", code, errs)
			}
			for _, w := range tc.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%.600s", w, out)
				}
			}
			for _, n := range tc.not {
				if strings.Contains(out, n) {
					t.Errorf("output has %q:\n%.600s", n, out)
				}
			}
		})
	}
}
