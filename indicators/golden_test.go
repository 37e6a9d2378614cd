package indicators_test

import (
	"bytes"
	"context"
	"encoding/csv"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/indicators"
	"github.com/hromadata/hromadata/testkit"
)

var update = flag.Bool("update", false, "rewrite golden files")

// TestGolden computes the whole catalogue over the hand-made fixture for several
// periods and compares with testdata/*.csv, whose values were checked by hand
// against the fixture's rows (see testkit/testdata/inbox).
func TestGolden(t *testing.T) {
	db := testkit.MustOpen(t, testkit.MustBuilt(t))
	cat, err := indicators.Catalogue()
	if err != nil {
		t.Fatal(err)
	}
	for _, period := range []string{"2023", "2023-Q3", "2023-09", "2022"} {
		t.Run(period, func(t *testing.T) {
			p, err := hromadata.ParsePeriod(period)
			if err != nil {
				t.Fatal(err)
			}
			vals, err := indicators.Compute(context.Background(), db, p, cat)
			if err != nil {
				t.Fatal(err)
			}
			var b bytes.Buffer
			w := csv.NewWriter(&b)
			w.Write([]string{"id", "value"})
			for _, v := range vals {
				w.Write([]string{v.ID, v.Formatted()})
			}
			w.Flush()
			golden := filepath.Join("testdata", "golden-"+period+".csv")
			if *update {
				if err := os.WriteFile(golden, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(b.Bytes(), want) {
				t.Errorf("indicators for %s differ from %s:\n%s", period, golden, lineDiff(string(want), b.String()))
			}
		})
	}
}

// lineDiff lists the lines only one side has, marked - (golden) and + (computed).
func lineDiff(want, got string) string {
	in := func(s string) map[string]bool {
		m := map[string]bool{}
		for _, l := range strings.Split(s, "\n") {
			m[l] = true
		}
		return m
	}
	w, g := in(want), in(got)
	var out []string
	for _, l := range strings.Split(want, "\n") {
		if !g[l] {
			out = append(out, "- "+l)
		}
	}
	for _, l := range strings.Split(got, "\n") {
		if !w[l] {
			out = append(out, "+ "+l)
		}
	}
	return strings.Join(out, "\n")
}
