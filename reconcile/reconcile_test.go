package reconcile

import (
	"testing"

	"github.com/hromadata/hromadata/indicators"
)

func TestRelationsNameReportFigures(t *testing.T) {
	rels, err := Relations()
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, f := range indicators.Figures() {
		known[f.ID] = true
	}
	if len(rels) < 5 {
		t.Fatalf("%d relations", len(rels))
	}
	for _, r := range rels {
		for _, id := range append([]string{r.LHS}, r.Terms...) {
			if !known[id] {
				t.Errorf("relation %s names %q, which is not a figure of the report", r.LHS, id)
			}
		}
	}
}

func TestEvaluate(t *testing.T) {
	rel := Relation{LHS: "t", Terms: []string{"a", "b"}}
	tests := []struct {
		name string
		vals map[string]float64
		want Status
	}{
		{"holds", map[string]float64{"t": 3, "a": 1, "b": 2}, Holds},
		{"holds within rounding", map[string]float64{"t": 139499.3, "a": 82452.7, "b": 57046.6}, Holds},
		{"fails", map[string]float64{"t": 35230, "a": 30000, "b": 2809}, Fails},
		{"a term unknown", map[string]float64{"t": 3, "a": 1}, NotComputed},
		{"the total unknown", map[string]float64{"a": 1, "b": 2}, NotComputed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := evaluate(rel, tt.vals).Status; got != tt.want {
				t.Errorf("status %s, want %s", got, tt.want)
			}
		})
	}
}
