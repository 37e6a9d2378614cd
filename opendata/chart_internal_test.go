package opendata

import (
	"slices"
	"testing"
)

// mustTable is a released table of dataset d with the given header and rows.
func mustTable(t *testing.T, d Dataset, header []string, rows ...[]string) *table {
	t.Helper()
	tb := &table{rows: rows}
	for _, h := range header {
		tb.fields = append(tb.fields, fieldOf(d, h))
	}
	return tb
}

func TestChartNeverSumsOverlappingRows(t *testing.T) {
	hdr := []string{"as_of", "office_code", "office_name", "benefit_code", "benefit_name", "families", "suppressed"}
	tb := mustTable(t, benefitRecipients, hdr,
		[]string{"2025-01-01", "1", "A", "b1", "Діти", "10", "false"},
		[]string{"2025-01-01", "2", "B", "b1", "Діти", "5", "false"},
		[]string{"2025-01-01", "1", "A", "b2", "ВПО", "7", "false"},
		[]string{"2025-01-01", "2", "B", "b2", "ВПО", "", "true"},
	)
	mc := tb.measureColumn(benefitRecipients)
	t.Run("all benefits: one line per benefit, no total", func(t *testing.T) {
		v := &datasetView{Measure: &tb.fields[mc]}
		v.chart(tb, benefitRecipients, tb.rows, mc)
		if v.Series != nil || len(v.Lines) != 2 || v.Overlap != "Вид допомоги" {
			t.Fatalf("series %v, lines %v, overlap %q", v.Series, v.Lines, v.Overlap)
		}
		if v.Lines[0].Name != "Діти" || v.Lines[0].Points[0].Sum != 15 {
			t.Errorf("the largest first: %+v", v.Lines[0])
		}
		if got := v.Lines[1].Points[0]; got.Sum != 7 || got.Suppressed != 1 {
			t.Errorf("ВПО: %+v", got)
		}
	})
	t.Run("one benefit: summed over offices", func(t *testing.T) {
		v := &datasetView{Measure: &tb.fields[mc]}
		v.chart(tb, benefitRecipients, matching(tb.rows, 3, "b1"), mc)
		if len(v.Series) != 1 || v.Series[0].Sum != 15 || v.Lines != nil {
			t.Errorf("series %v, lines %v", v.Series, v.Lines)
		}
	})
}

func TestNotApplicableIsNotMissing(t *testing.T) {
	d := budgetProgrammePassports
	hdr := []string{"year", "kpkvk", "section", "item_no", "general_fund_uah"}
	tb := mustTable(t, d, hdr,
		[]string{"2025", "0813", "обсяг", "1", "100.5"},
		[]string{"2025", "0813", "мета", "1", ""},
		[]string{"2025", "0813", "завдання", "1", ""},
		[]string{"2025", "0814", "обсяг", "1", ""},
	)
	mc := tb.measureColumn(d)
	v := &datasetView{Measure: &tb.fields[mc]}
	v.chart(tb, d, tb.measureRows(d, tb.rows), mc)
	if len(v.Series) != 1 || v.Series[0].Unknown != 1 || v.Series[0].Suppressed != 0 || v.Series[0].Sum != 100.5 {
		t.Errorf("series %+v: only the volume row without an amount is missing", v.Series)
	}
	if s, u := tb.withheld(d, mc); s != 0 || u != 1 {
		t.Errorf("withheld %d, unknown %d; want 0, 1", s, u)
	}
}

// TestOverlapDeclared: every dataset says across which columns its charted
// measure counts the same people twice; a new dataset must be added here.
func TestOverlapDeclared(t *testing.T) {
	want := map[string][]string{
		"benefit-recipients": {"benefit_code"}, "benefit-payments": nil,
		"budget-execution": nil, "budget-programmes": nil, "budget-programme-passports": nil,
		"privileges": {"category_code"}, "idp-registered": {"group"}, "idp-dormitories": nil,
		"material-aid": {"kind"}, "city-payments": {"payment_code"},
		"social-services-recipients": {"unit_code"}, "social-services-acts": nil,
		"support-centres": nil, "children-recreation": {"category"},
		"documents": nil, "commission-decisions": nil,
		"department-services": nil, "report-indicators": {"indicator_id"},
	}
	for _, d := range Datasets {
		t.Run(d.ID, func(t *testing.T) {
			w, ok := want[d.ID]
			if !ok {
				t.Fatal("not declared: is its measure additive across each column?")
			}
			if !slices.Equal(d.Overlap, w) {
				t.Errorf("overlap %v, want %v", d.Overlap, w)
			}
			for _, c := range d.Overlap {
				if !slices.ContainsFunc(d.Fields, func(f Field) bool { return f.Name == c }) {
					t.Errorf("no column %s", c)
				}
			}
		})
	}
}

func TestPreviewReadsUkrainian(t *testing.T) {
	d := budgetProgrammes
	tb := mustTable(t, d, []string{"year", "kpkvk", "paid_uah", "recipients"},
		[]string{"2024", "0813241", "39853400.00", "2447"},
		[]string{"2024", "0813242", "2447.84", ""})
	got := tb.readable(tb.rows)
	want := [][]string{{"2024", "0813241", "39\u00a0853\u00a0400,00", "2\u00a0447"}, {"2024", "0813242", "2\u00a0447,84", ""}}
	for i := range want {
		if !slices.Equal(got[i], want[i]) {
			t.Errorf("row %d: %q, want %q", i, got[i], want[i])
		}
	}
	if tb.rows[0][2] != "39853400.00" {
		t.Error("the table read from the file was changed")
	}
}
