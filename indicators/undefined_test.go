package indicators_test

import (
	"context"
	"testing"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/indicators"
	"github.com/hromadata/hromadata/testkit"
)

// TestNullIsUnknown: a figure whose records give it no value (a share of nothing) is
// unknown with its reason, not a 0 that reads as a fact.
func TestNullIsUnknown(t *testing.T) {
	db := testkit.MustOpen(t, testkit.MustBuilt(t))
	p, _ := hromadata.ParsePeriod("2023-09") // the fixture's accounting covers September
	inds := []indicators.Indicator{
		{ID: "share", Label: "частка", Unit: hromadata.Units["percent"], Kind: indicators.Flow, SQL: "SELECT NULL::DOUBLE", Sources: []string{"budget_expenditures"}},
		{ID: "zero", Label: "нуль", Unit: hromadata.Units["persons"], Kind: indicators.Flow, SQL: "SELECT 0", Sources: []string{"budget_expenditures"}},
	}
	vals, err := indicators.Compute(context.Background(), db, p, inds)
	if err != nil {
		t.Fatal(err)
	}
	if vals[0].Known() || vals[0].Coverage.Status != indicators.Undefined || vals[0].Coverage.Reason() == "" {
		t.Errorf("NULL: known=%v coverage=%v", vals[0].Known(), vals[0].Coverage)
	}
	if !vals[1].Known() {
		t.Errorf("a 0 the records give is a known 0: %v", vals[1].Coverage)
	}
}
