package web

import (
	"math"
	"regexp"
	"strconv"
	"testing"
)

// TestContrast: the stylesheet's text colours meet WCAG 2.1 AA (4.5:1 for body
// text) on the backgrounds they are used on.
func TestContrast(t *testing.T) {
	css, err := files.ReadFile("assets/style.css")
	if err != nil {
		t.Fatal(err)
	}
	vars := map[string]string{"white": "#ffffff"}
	for _, m := range regexp.MustCompile(`--(\w+):\s*(#[0-9a-fA-F]{6})`).FindAllStringSubmatch(string(css), -1) {
		vars[m[1]] = m[2]
	}
	for _, tc := range []struct{ fg, bg string }{
		{"ink", "bg"}, {"ink", "white"}, {"muted", "bg"}, {"muted", "white"}, {"accent", "white"}, {"accent", "bg"},
		{"good", "white"}, {"bad", "white"}, {"white", "accent"},
	} {
		t.Run(tc.fg+" on "+tc.bg, func(t *testing.T) {
			fg, bg := vars[tc.fg], vars[tc.bg]
			if fg == "" || bg == "" {
				t.Fatalf("no colour --%s or --%s in style.css", tc.fg, tc.bg)
			}
			if r := contrast(fg, bg); r < 4.5 {
				t.Errorf("%s on %s: contrast %.2f, want at least 4.5", fg, bg, r)
			}
		})
	}
}

// contrast is the WCAG contrast ratio of two #rrggbb colours.
func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	return (math.Max(la, lb) + 0.05) / (math.Min(la, lb) + 0.05)
}

func luminance(hex string) float64 {
	var l float64
	for i, w := range []float64{0.2126, 0.7152, 0.0722} {
		v, _ := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		c := float64(v) / 255
		if c <= 0.03928 {
			c /= 12.92
		} else {
			c = math.Pow((c+0.055)/1.055, 2.4)
		}
		l += w * c
	}
	return l
}
