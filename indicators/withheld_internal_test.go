package indicators

import (
	"testing"

	"github.com/hromadata/hromadata"
)

// TestWithheldAmong: an office's figure is hidden when small, and beside a small
// one, so that the city's figure minus the visible offices gives no small count.
func TestWithheldAmong(t *testing.T) {
	persons := hromadata.Units["persons"]
	full, none := Coverage{Status: Full}, Coverage{Status: None}
	vals := func(cov []Coverage, ns ...float64) [][]Value {
		out := make([][]Value, len(ns))
		for i, n := range ns {
			out[i] = []Value{{Indicator: Indicator{ID: "x", Unit: persons}, Value: n, Coverage: cov[i]}}
		}
		return out
	}
	all := []Coverage{full, full, full}
	for _, c := range []struct {
		name string
		cov  []Coverage
		ns   []float64
		want []bool // hidden, by office
	}{
		{"nothing small", all, []float64{10, 20, 30}, []bool{false, false, false}},
		{"one small hides the next smallest", all, []float64{3, 20, 30}, []bool{true, true, false}},
		{"two small that together make 5", all, []float64{3, 2, 30}, []bool{true, true, false}},
		{"two small under 5 hide a third", all, []float64{1, 2, 30}, []bool{true, true, true}},
		{"an unknown office is no partner", []Coverage{full, full, none}, []float64{3, 20, 7}, []bool{true, true, false}},
	} {
		t.Run(c.name, func(t *testing.T) {
			by := vals(c.cov, c.ns...)
			for i, want := range c.want {
				if got := withheldAmong(by, i)["x"]; got != want {
					t.Errorf("office %d: hidden %v, want %v", i, got, want)
				}
			}
		})
	}
}
