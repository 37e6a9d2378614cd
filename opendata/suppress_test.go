package opendata

import "testing"

func TestSuppress(t *testing.T) {
	s := Suppression{Value: "n", Group: []string{"g"}, Threshold: 5}
	tests := []struct {
		name   string
		values []int64 // one group's cells
		hidden []bool
	}{
		{"nothing small", []int64{10, 20, 30}, []bool{false, false, false}},
		{"one small hides the next smallest too", []int64{3, 20, 12}, []bool{true, false, true}},
		{"two small need no more", []int64{3, 2, 40}, []bool{true, true, false}},
		{"zeros are published", []int64{0, 20, 30}, []bool{false, false, false}},
		{"one small beside a zero hides the zero", []int64{4, 0, 30}, []bool{true, true, false}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var rows []Row
			for _, v := range tt.values {
				rows = append(rows, Row{"g": "x", "n": v})
			}
			suppress(rows, s)
			for i, r := range rows {
				if r["suppressed"] != tt.hidden[i] {
					t.Errorf("cell %d (%d): suppressed = %v, want %v", i, tt.values[i], r["suppressed"], tt.hidden[i])
				}
				if tt.hidden[i] && r["n"] != nil {
					t.Errorf("cell %d is hidden but still carries %v", i, r["n"])
				}
			}
		})
	}
}

// TestSuppressSkipsUnknownCells: an empty cell (an office's export is missing) hides
// nothing, so the complementary cell is a known one.
func TestSuppressSkipsUnknownCells(t *testing.T) {
	rows := []Row{{"g": "x", "n": int64(3)}, {"g": "x", "n": nil}, {"g": "x", "n": int64(12)}}
	suppress(rows, Suppression{Value: "n", Group: []string{"g"}, Threshold: 5})
	for i, want := range []bool{true, false, true} {
		if rows[i]["suppressed"] != want {
			t.Errorf("cell %d: suppressed = %v, want %v", i, rows[i]["suppressed"], want)
		}
	}
}
