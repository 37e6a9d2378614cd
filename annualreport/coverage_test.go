package annualreport

import (
	"context"
	"strings"
	"testing"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/testkit"
)

// TestReportWithoutData: a year no export covers has no report, said so, rather than
// a report of zeros; a covered year prints «немає даних» for what it does not cover.
func TestReportWithoutData(t *testing.T) {
	db := testkit.MustOpen(t, testkit.MustBuilt(t))
	_, err := Build(context.Background(), db, "2030")
	if hromadata.KindOf(err) != hromadata.NotFound || !strings.Contains(hromadata.MessageOf(err), "не охоплюють") {
		t.Errorf("report for 2030: %v, want «не охоплюють»", err)
	}
	r, err := Build(context.Background(), db, "2023")
	if err != nil {
		t.Fatal(err)
	}
	unknown := 0
	for _, b := range r.Blocks {
		if b.Table == nil {
			continue
		}
		for _, row := range b.Table.Rows {
			if row.Value == noData {
				unknown++
			}
		}
	}
	if unknown == 0 {
		t.Error("the fixture covers few sources, yet every figure of 2023 is printed as a number")
	}
}
