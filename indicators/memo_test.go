package indicators_test

import (
	"context"
	"reflect"
	"testing"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/indicators"
	"github.com/hromadata/hromadata/testkit"
)

// TestCatalogueSharedPerBuild: under a build's name the catalogue for a period is
// computed once; the second call is answered without the database (closed here).
func TestCatalogueSharedPerBuild(t *testing.T) {
	dir := testkit.MustBuilt(t)
	db := testkit.MustOpen(t, dir)
	p, _ := hromadata.ParsePeriod("2023")
	ctx := indicators.WithBuild(context.Background(), "build-test-memo")
	first, err := indicators.ComputeCatalogueShared(ctx, db, p)
	if err != nil {
		t.Fatal(err)
	}
	db.Close()
	t.Run("shared within the build", func(t *testing.T) {
		again, err := indicators.ComputeCatalogueShared(ctx, db, p)
		if err != nil || !reflect.DeepEqual(first, again) {
			t.Errorf("computed again: %v", err)
		}
	})
	t.Run("subset from the shared catalogue", func(t *testing.T) {
		some, err := indicators.ComputeSome(ctx, db, p, []indicators.Indicator{first[1].Indicator, first[0].Indicator})
		if err != nil || len(some) != 2 || some[0].ID != first[1].ID || some[1].Value != first[0].Value {
			t.Errorf("%v %v", some, err)
		}
	})
	t.Run("another period is its own", func(t *testing.T) {
		q, _ := hromadata.ParsePeriod("2023-Q2")
		if _, err := indicators.ComputeCatalogueShared(ctx, db, q); err == nil {
			t.Error("2023-Q2 was answered from 2023's catalogue")
		}
	})
	t.Run("another build is its own", func(t *testing.T) {
		if _, err := indicators.ComputeCatalogueShared(indicators.WithBuild(context.Background(), "build-test-other"), db, p); err == nil {
			t.Error("another build was answered from this one's catalogue")
		}
	})
	t.Run("without a build, computed each time", func(t *testing.T) {
		if _, err := indicators.ComputeCatalogueShared(context.Background(), db, p); err == nil {
			t.Error("answered without the database")
		}
	})
	t.Run("callers get their own copy", func(t *testing.T) {
		a, _ := indicators.ComputeCatalogueShared(ctx, db, p)
		a[0].Value = -1
		if b, _ := indicators.ComputeCatalogueShared(ctx, db, p); b[0].Value == -1 {
			t.Error("one caller's change reached another")
		}
	})
}
