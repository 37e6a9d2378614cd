package warehouse_test

import (
	"testing"

	"github.com/hromadata/hromadata/testkit"
)

// TestCoverageRules checks meta_coverage against the fixture's exports: a snapshot
// covers from the register's earliest record to the last month ended by its export
// date, a half-month list's month needs both halves, a monthly file its month, a
// yearly file its twelve months, and a centre's months before it opened are empty.
func TestCoverageRules(t *testing.T) {
	db := testkit.MustOpen(t, testkit.MustBuilt(t))
	for _, tc := range []struct {
		name, source, office, part, month string
		covered                           bool
	}{
		{"snapshot covers the month before its export", "benefit_assignments", "DN", "", "2023-12-01", true},
		{"snapshot does not cover the month of its export", "benefit_assignments", "DN", "", "2024-01-01", false},
		{"snapshot covers back to its earliest record", "benefit_assignments", "DN", "", "2015-03-01", true},
		{"snapshot covers nothing before its earliest record", "benefit_assignments", "DN", "", "2015-02-01", false},
		{"an office with no export covers nothing", "benefit_assignments", "PV", "", "2023-06-01", false},
		{"one half of a month is not the month", "benefit_payments", "DN", "", "2023-09-01", false},
		{"a monthly file covers its month", "budget_expenditures", "", "", "2023-09-01", true},
		{"a month without its file is not covered", "budget_expenditures", "", "", "2023-10-01", false},
		{"a yearly file covers January", "department_aid", "", "", "2023-01-01", true},
		{"a yearly file covers December", "department_aid", "", "", "2023-12-01", true},
		{"a part's snapshot covers its part", "csc_cases", "", "dn", "2023-12-01", true},
		{"a source never loaded covers nothing", "recreation", "", "", "2023-06-01", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var units, covered int
			err := db.QueryRow(`SELECT count(*),
				count(*) FILTER ((began IS NOT NULL AND ?::DATE < began) OR EXISTS (SELECT 1 FROM meta_coverage c
					WHERE c.source = u.source AND c.office_code = u.office_code AND c.part = u.part AND c.month = ?::DATE))
				FROM meta_coverage_units u WHERE source = ? AND office_code = ? AND part = ?`,
				tc.month, tc.month, tc.source, tc.office, tc.part).Scan(&units, &covered)
			if err != nil {
				t.Fatal(err)
			}
			if units != 1 || (covered == 1) != tc.covered {
				t.Errorf("%s %s/%s %s: %d units, covered %d; want one unit, covered %v", tc.source, tc.office, tc.part, tc.month, units, covered, tc.covered)
			}
		})
	}
	t.Run("a centre's months before it opened are known to be empty", func(t *testing.T) {
		var began string
		if err := db.QueryRow(`SELECT strftime(began, '%Y-%m') FROM meta_coverage_units WHERE source = 'centre_services' AND part = 'vpo'`).Scan(&began); err != nil || began != "2023-07" {
			t.Errorf("began %q (%v), want 2023-07", began, err)
		}
	})
}
