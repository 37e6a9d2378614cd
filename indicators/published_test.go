package indicators_test

import (
	"testing"

	"github.com/hromadata/hromadata/indicators"
)

// TestReproduces: a value kept to the kopeck reproduces a figure the report printed
// to one, two or three decimals when it rounds to it, and only then.
func TestReproduces(t *testing.T) {
	tests := []struct {
		name   string
		value  float64
		figure string
		want   bool
	}{
		{"thousands printed to one decimal", 49231.94321, "49231.9", true},
		{"thousands printed to three decimals", 12.34512, "12.345", true},
		{"rounds up", 12.34567, "12.35", true},
		{"off by a printed digit", 12.34567, "12.34", false},
		{"whole hryvnias", 750.4, "750", true},
		{"kopecks printed", 750.5, "750.50", true},
		{"kopecks differ", 750.5, "750.49", false},
		{"a count", 35230, "35230", true},
		{"a count one off", 35229, "35230", false},
		{"no figure", 1, "", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := indicators.Reproduces(tt.value, tt.figure); got != tt.want {
				t.Errorf("Reproduces(%v, %q) = %v, want %v", tt.value, tt.figure, got, tt.want)
			}
		})
	}
}
