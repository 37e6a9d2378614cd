package hromadata_test

import (
	"fmt"
	"testing"

	"github.com/hromadata/hromadata"
)

func TestPlural(t *testing.T) {
	for _, c := range []struct {
		n    int64
		want string
	}{
		{0, "рядків"}, {1, "рядок"}, {2, "рядки"}, {4, "рядки"}, {5, "рядків"}, {11, "рядків"},
		{12, "рядків"}, {14, "рядків"}, {20, "рядків"}, {21, "рядок"}, {22, "рядки"}, {25, "рядків"},
		{101, "рядок"}, {111, "рядків"}, {112, "рядків"}, {122, "рядки"}, {1001, "рядок"}, {-3, "рядки"},
	} {
		t.Run(fmt.Sprint(c.n), func(t *testing.T) {
			if got := hromadata.Plural(c.n, "рядок", "рядки", "рядків"); got != c.want {
				t.Errorf("%d %s, want %s", c.n, got, c.want)
			}
		})
	}
	if got := hromadata.Count(uint(3), "файл", "файли", "файлів"); got != "3 файли" {
		t.Errorf("Count: %s", got)
	}
}

func TestUnitLabelFor(t *testing.T) {
	for _, c := range []struct {
		unit string
		v    float64
		want string
	}{
		{"persons", 1, "особа"},
		{"persons", 402, "особи"},
		{"persons", 2991, "особа"},
		{"persons", 29944, "особи"},
		{"persons", 11, "осіб"},
		{"families", 12793, "сім’ї"},
		{"families", 12795, "сімей"},
		{"families", 21, "сім’я"},
		{"thousand_uah", 3, "тис. грн"},
		{"persons", 2.5, "осіб"}, // not a count: the label as it is
	} {
		t.Run(fmt.Sprint(c.unit, c.v), func(t *testing.T) {
			if got := hromadata.Units[c.unit].LabelFor(c.v); got != c.want {
				t.Errorf("%v %s: got %q, want %q", c.v, c.unit, got, c.want)
			}
		})
	}
}
