package opendata

import (
	"testing"
	"time"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/indicators"
)

// TestCoverageEmptiesUncoveredMonths: a month the Centre's registers do not cover
// is an empty cell in social-services-recipients — not 0 and not withheld — while a
// covered month keeps its zero; a stock at the start of a day needs the month before
// it covered, per office where a source is exported per office.
func TestCoverageEmptiesUncoveredMonths(t *testing.T) {
	month := func(m int) time.Time { return time.Date(2023, time.Month(m), 1, 0, 0, 0, 0, time.UTC) }
	cov := &coverageMap{
		units: []coverageUnit{{source: "csc_cases", part: "dn"}, {source: "csc_cases", part: "zv"},
			{source: "benefit_assignments", office: "DN"}, {source: "benefit_assignments", office: "ZV"}},
		months: map[string]bool{
			coverKey("csc_cases", "", "dn", month(1)): true, coverKey("csc_cases", "", "zv", month(1)): true,
			coverKey("csc_cases", "", "dn", month(2)):           true, // zv's register misses February
			coverKey("benefit_assignments", "DN", "", month(1)): true,
		},
	}
	for _, tc := range []struct {
		name  string
		d     Dataset
		row   Row
		field string
		known bool
	}{
		{"covered month keeps its zero", socialServicesRecipients, Row{"month": month(1), "unit_code": "ДН-ДОМ", "recipients": int64(0)}, "recipients", true},
		{"a part missing empties the month", socialServicesRecipients, Row{"month": month(2), "unit_code": "ДН-ДОМ", "recipients": int64(0)}, "recipients", false},
		{"an uncovered month is empty", socialServicesRecipients, Row{"month": month(3), "unit_code": "ДН-ДОМ", "recipients": int64(7)}, "recipients", false},
		{"stock needs the month before", benefitRecipients, Row{"as_of": month(2), "office_code": "DN", "families": int64(3)}, "families", true},
		{"stock on the first of the month covered is unknown", benefitRecipients, Row{"as_of": month(1), "office_code": "DN", "families": int64(3)}, "families", false},
		{"another office's export does not count", benefitRecipients, Row{"as_of": month(2), "office_code": "ZV", "families": int64(0)}, "families", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rows := []Row{tc.row}
			applyCoverage(rows, tc.d, cov)
			if (rows[0][tc.field] != nil) != tc.known {
				t.Errorf("%s = %v, want known=%v", tc.field, rows[0][tc.field], tc.known)
			}
			if tc.d.Suppress != nil {
				suppress(rows, *tc.d.Suppress)
				if rows[0]["suppressed"] == true && rows[0][tc.field] == nil && !tc.known {
					t.Error("an unknown cell is marked withheld")
				}
			}
		})
	}
}

// TestDatasetDefinitions: every dataset has what its passport and schema are built
// from, a primary key of required fields, and measures that may be empty.
func TestDatasetDefinitions(t *testing.T) {
	seen := map[string]bool{}
	for _, d := range Datasets {
		t.Run(d.ID, func(t *testing.T) {
			if seen[d.ID] || d.Title == "" || d.Description == "" || len(d.Keywords) == 0 || d.Frequency == "" || d.LegalBasis == "" || d.Purpose == "" {
				t.Errorf("metadata incomplete or id repeated: %+v", d)
			}
			seen[d.ID] = true
			if (d.SQL() == "") == (d.build == nil) {
				t.Error("a dataset needs exactly one of a query and a Go function")
			}
			fields := map[string]Field{}
			for _, f := range d.Fields {
				if f.Title == "" || f.Description == "" || f.Type == "" {
					t.Errorf("field %s undocumented", f.Name)
				}
				fields[f.Name] = f
			}
			for _, k := range d.Key {
				if !fields[k].Required {
					t.Errorf("key field %s missing or not required", k)
				}
			}
			for _, m := range d.Measures() {
				if fields[m].Required {
					t.Errorf("measure %s is required, but an unknown month is an empty cell", m)
				}
			}
			if d.Suppress != nil {
				if _, ok := fields["suppressed"]; !ok {
					t.Error("suppressing dataset has no suppressed column")
				}
			}
		})
	}
}

// TestIndicatorRow: an indicator's row shows the computed figure only when the
// exports cover the year, withholds a small count of people, never an amount, and
// keeps the report's printed figure beside it.
func TestIndicatorRow(t *testing.T) {
	known := indicators.Coverage{Status: indicators.Full}
	people := hromadata.Unit{Code: "persons"}
	money := hromadata.Unit{Code: "thousand_uah"}
	for _, tc := range []struct {
		name       string
		v          indicators.Value
		computed   any
		suppressed bool
		published  any
	}{
		{"known count", indicators.Value{Indicator: indicators.Indicator{ID: "a", Unit: people}, Value: 12, Coverage: known}, 12.0, false, nil},
		{"small count withheld", indicators.Value{Indicator: indicators.Indicator{ID: "a", Unit: people}, Value: 3, Coverage: known}, nil, true, nil},
		{"small amount shown", indicators.Value{Indicator: indicators.Indicator{ID: "a", Unit: money}, Value: 3, Coverage: known}, 3.0, false, nil},
		{"unknown is empty, not 0", indicators.Value{Indicator: indicators.Indicator{ID: "a", Unit: people, ReportID: "r"}, Value: 0,
			Coverage: indicators.Coverage{Status: indicators.Partial}, Published: "35230"}, nil, false, "35230"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			r := indicatorRow(2023, tc.v)
			if r["computed"] != tc.computed || r["suppressed"] != tc.suppressed || r["published"] != tc.published {
				t.Errorf("row %v", r)
			}
		})
	}
}
