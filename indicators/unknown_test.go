package indicators_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/indicators"
	"github.com/hromadata/hromadata/testkit"
)

// MustPartlyCovered builds the fixture plus Південне управління's register of
// assignments exported on 01.11.2023: every office covers October 2023, and
// Південне does not cover November or December.
func MustPartlyCovered(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	inbox := testkit.MustInbox(t, dir)
	pv := "Код управління;Особовий рахунок;РНОКПП заявника;ПІБ заявника;Дата народження;Код допомоги;Номер рішення;Дата рішення;Призначено з;Призначено по;Розмір, грн;Стан\n" +
		"PV;PV0000001;3012345670;Гончаренко Ольга Петрівна;12.04.1988;301;2022/000101;03.03.2022;01.03.2022;;2 000,00;діюча\n"
	if err := os.WriteFile(filepath.Join(inbox, "pryznachennia_pivdenne_20231101.csv"), testkit.CP1251(t, pv), 0o644); err != nil {
		t.Fatal(err)
	}
	testkit.MustLoad(t, dir, inbox)
	testkit.MustBuild(t, dir)
	return dir
}

// TestUncoveredIsUnknown: a figure for a period one office's exports do not cover is
// unknown — not the sum of the other offices, not 0 — and a covered period has a value.
func TestUncoveredIsUnknown(t *testing.T) {
	db := testkit.MustOpen(t, MustPartlyCovered(t))
	cat, err := indicators.Catalogue()
	if err != nil {
		t.Fatal(err)
	}
	var inds []indicators.Indicator
	for _, ind := range cat {
		if ind.ID == "benefit_recipients_total" || ind.ID == "benefit_decisions.persons" {
			inds = append(inds, ind)
		}
	}
	if len(inds) != 2 {
		t.Fatalf("fixture indicators not found: %v", inds)
	}
	for _, tc := range []struct {
		period, id string
		known      bool
		value      float64
		coverage   string
	}{
		{"2023-10", "benefit_recipients_total", true, 6, "full"},
		{"2023-11", "benefit_recipients_total", false, 0, "partial: benefit_assignments/PV 2023-11"},
		{"2023-10", "benefit_decisions.persons", true, 0, "full"},
		{"2023-Q4", "benefit_decisions.persons", false, 0, "partial: benefit_assignments/PV 2023-11..2023-12"},
		{"2030", "benefit_recipients_total", false, 0, "none"},
	} {
		t.Run(tc.period+"/"+tc.id, func(t *testing.T) {
			p, err := hromadata.ParsePeriod(tc.period)
			if err != nil {
				t.Fatal(err)
			}
			vals, err := indicators.Compute(context.Background(), db, p, inds)
			if err != nil {
				t.Fatal(err)
			}
			for _, v := range vals {
				if v.ID != tc.id {
					continue
				}
				if v.Known() != tc.known || v.Coverage.String() != tc.coverage || (tc.known && v.Value != tc.value) {
					t.Errorf("known %v, coverage %q, value %v; want %v, %q, %v", v.Known(), v.Coverage, v.Value, tc.known, tc.coverage, tc.value)
				}
				if !tc.known && !strings.HasPrefix(v.Coverage.Reason(), "немає даних") {
					t.Errorf("reason %q", v.Coverage.Reason())
				}
			}
		})
	}
}
