package reconcile

import (
	"strconv"
	"strings"
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
			for _, f := range strings.Split(id, "*") {
				f = strings.TrimSpace(f)
				if _, err := strconv.ParseFloat(f, 64); err == nil {
					continue
				}
				if !known[f] {
					t.Errorf("relation %s names %q, which is not a figure of the report", r.LHS, f)
				}
			}
			if false {
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
	product := Relation{LHS: "sum", Terms: []string{"persons * rate * 12 * 0.001"}}
	if got := evaluate(product, map[string]float64{"sum": 155.34, "persons": 5, "rate": 2589}).Status; got != Holds {
		t.Errorf("persons × rate × 12 months: %s, want holds", got)
	}
	if got := evaluate(product, map[string]float64{"sum": 137.217, "persons": 4, "rate": 2589}).Status; got != Fails {
		t.Errorf("police families with arrears: %s, want fails", got)
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := evaluate(rel, tt.vals).Status; got != tt.want {
				t.Errorf("status %s, want %s", got, tt.want)
			}
		})
	}
}

func TestNotesNameReportFigures(t *testing.T) {
	notes, err := Notes()
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, f := range indicators.Figures() {
		known[f.ID] = true
	}
	for id := range notes {
		if !known[id] {
			t.Errorf("note for %q, which is not a figure of the report", id)
		}
	}
}
