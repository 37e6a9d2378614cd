package privacy

import (
	"fmt"
	"math/rand/v2"
	"testing"
)

// table makes offices × benefits cells of one date from values, row by row.
func table(values [][]int64) []*Cell {
	var cells []*Cell
	for b, row := range values {
		for o, v := range row {
			cells = append(cells, &Cell{Dims: map[string]string{"benefit": fmt.Sprint(b), "office": fmt.Sprint(o)}, Value: v})
		}
	}
	return cells
}

var bothMargins = [][]string{{"benefit"}, {"office"}, {}}

func TestSuppress(t *testing.T) {
	tests := []struct {
		name   string
		values [][]int64
		hidden []bool // row by row
	}{
		{"nothing small", [][]int64{{10, 20, 30}}, []bool{false, false, false}},
		{"one small hides the next smallest with people", [][]int64{{3, 20, 12}}, []bool{true, false, true}},
		{"a zero is no partner", [][]int64{{4, 0, 30}}, []bool{true, false, true}},
		{"two small that sum under the threshold take a third", [][]int64{{1, 2, 40, 50}}, []bool{true, true, true, false}},
		{"two small that reach the threshold need no more", [][]int64{{3, 2, 40}}, []bool{true, true, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			cells := table(tt.values)
			Suppress(cells, [][]string{{}})
			for i, c := range cells {
				if c.Hidden != tt.hidden[i] {
					t.Errorf("cell %d (%d): hidden = %v, want %v", i, c.Value, c.Hidden, tt.hidden[i])
				}
			}
			if leaks := Attack(cells, [][]string{{}}); len(leaks) > 0 {
				t.Errorf("attack recovers: %v", leaks)
			}
		})
	}
}

// TestDifferencingAttack: on random tables full of small counts, with totals public
// along both dimensions and overall, subtraction recovers nothing after Suppress; and
// the attack is real: hiding small cells alone, or one partner per total along one
// dimension only (the earlier rule), leaks.
func TestDifferencingAttack(t *testing.T) {
	for seed := range uint64(300) {
		r := rand.New(rand.NewPCG(seed, 7))
		values, offices := make([][]int64, 3+r.IntN(8)), 2+r.IntN(3) // dense, as every dataset is
		for b := range values {
			values[b] = make([]int64, offices)
			for o := range values[b] {
				values[b][o] = []int64{0, 0, 1, 2, 3, 4, 5, 8, 13, 40}[r.IntN(10)]
			}
		}
		cells := table(values)
		Suppress(cells, bothMargins)
		if leaks := Attack(cells, bothMargins); len(leaks) > 0 {
			t.Fatalf("seed %d: %v\n%v", seed, leaks, values)
		}
	}
	naive := table([][]int64{{3, 20, 12}, {10, 10, 10}})
	for _, c := range naive {
		c.Hidden = Small(c.Value)
	}
	if leaks := Attack(naive, bothMargins); len(leaks) == 0 {
		t.Error("the attack recovers nothing from primary suppression alone")
	}
	oneWay := table([][]int64{{3, 20, 12}, {10, 10, 10}})
	Suppress(oneWay, [][]string{{"benefit"}})
	if leaks := Attack(oneWay, bothMargins); len(leaks) == 0 {
		t.Error("the attack recovers nothing when suppression minded one margin of two")
	}
}

func TestWithheld(t *testing.T) {
	for _, tt := range []struct {
		unit string
		v    float64
		want bool
	}{{"persons", 3, true}, {"families", 4, true}, {"children", 1, true}, {"persons", 0, false}, {"persons", 5, false}, {"thousand_uah", 3, false}, {"items", 2, false}} {
		if got := Withheld(tt.unit, tt.v); got != tt.want {
			t.Errorf("Withheld(%s, %v) = %v, want %v", tt.unit, tt.v, got, tt.want)
		}
	}
}
