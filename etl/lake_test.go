package etl

import (
	"strings"
	"testing"

	"github.com/apache/arrow-go/v18/arrow/array"
)

// TestLakeBatchOutgrowsItsReserve: the text buffers are sized by the first row, and
// rows with longer values, or more rows than the export was thought to hold, still
// keep every value.
func TestLakeBatchOutgrowsItsReserve(t *testing.T) {
	src := &Source{Columns: []Column{{Name: "code", Type: Code}, {Name: "n", Type: Count}}}
	tests := []struct {
		name   string
		expect int
		values []string
	}{
		{"longer values", 3, []string{"a", strings.Repeat("b", 100), strings.Repeat("c", 5000)}},
		{"more rows", 1, []string{"x", "yy", "zzz", "", "wwww"}},
		{"none expected", 0, []string{"q"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := newLakeBatch(src, tt.expect)
			for i, v := range tt.values {
				b.add([]cell{{s: v, null: v == ""}, {n: int64(i)}}, "f.csv", i+2)
			}
			rec := b.builder.NewRecordBatch()
			defer rec.Release()
			codes := rec.Column(0).(*array.String)
			for i, v := range tt.values {
				if got := codes.Value(i); got != v || codes.IsNull(i) != (v == "") {
					t.Errorf("row %d: %q (null %v), want %q", i, got, codes.IsNull(i), v)
				}
				if got := rec.Column(3).(*array.Int64).Value(i); got != int64(i+2) {
					t.Errorf("row %d: line %d, want %d", i, got, i+2)
				}
			}
		})
	}
}
