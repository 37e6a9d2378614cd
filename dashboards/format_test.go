package dashboards

import (
	"regexp"
	"strings"
	"testing"

	"github.com/hromadata/hromadata/indicators"
)

// TestPercentChangeWrittenOneWay: every change in per cent a page writes has the
// space before the sign, «+16,7 %», whichever card or row writes it.
func TestPercentChangeWrittenOneWay(t *testing.T) {
	cov := indicators.Coverage{Status: indicators.Full}
	tests := []struct{ name, got, want string }{
		{"benefits card", newCard("Сімей", 116.7, 100, 1, "сімей").Delta, "+16,7 за рік (+16,7 %)"},
		{"benefits card, fall", coveredCard("Сімей", 50, 100, cov, cov, 0, "сімей").Delta, "−50 за рік (−50,0 %)"},
		{"home card and indicator row", change(116.7, 100, 1), "+16,7 (+16,7 %)"},
		{"sentence", sentence(116.7, 100, 1, "ніж у 2022 році"), "Більше на 16,7 (на 16,7 %), ніж у 2022 році."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.got != tt.want {
				t.Errorf("got %q, want %q", tt.got, tt.want)
			}
		})
	}
}

// TestBarAndLineDifferOnlyInType: one builder draws both; the same chart drawn as
// bars and as a line differs only in its series' type.
func TestBarAndLineDifferOnlyInType(t *testing.T) {
	ids := regexp.MustCompile(`(goecharts_|option_|id="|getElementById\(')[A-Za-z]+`) // go-echarts names each chart's element at random
	draw := func(kind chartKind, stack bool) string {
		ch := &chart{ID: "x", Title: "Т", Kind: kind, Axis: "Місяць", Height: "300px", Stack: stack, Cats: []string{"січ", "лют"},
			Series: []series{{Name: "А", Values: []any{1.0, "-"}, Color: cityColor}, {Name: "Б", Values: []any{2.0, 3.0}, Color: "#8a9bb0"}}}
		return ids.ReplaceAllString(string(ch.draw()), "${1}ID")
	}
	for _, stack := range []bool{false, true} {
		bar, line := draw(barChart, stack), draw(lineChart, stack)
		if got := strings.ReplaceAll(line, `"type":"line"`, `"type":"bar"`); got != bar {
			t.Errorf("stack %v: a line chart differs from the bar chart beyond its type:\nbar  %s\nline %s", stack, bar, line)
		}
		if !strings.Contains(line, `"type":"line"`) || !strings.Contains(bar, `"type":"bar"`) {
			t.Errorf("stack %v: series types lost: %s", stack, line)
		}
	}
}
