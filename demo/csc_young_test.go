package demo

import "testing"

// TestYoungOnEveryActDay: a child the New Year gifts (under 14, acts 18–29.12.2023)
// may go to is under 14 on the last day too, as the SQL checks at the act's own date.
func TestYoungOnEveryActDay(t *testing.T) {
	s := actSpec{under: 14, from: d(2023, 12, 18), to: d(2023, 12, 29)}
	for _, tc := range []struct {
		name  string
		birth int // day of December 2009
		want  bool
	}{
		{"turns 14 before the window", 10, false},
		{"turns 14 inside the window", 20, false},
		{"14 only after the window", 30, true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c := &cscClient{who: person{birth: d(2009, 12, tc.birth)}}
			if got := s.young(c); got != tc.want {
				t.Errorf("born %02d.12.2009: young %v, want %v", tc.birth, got, tc.want)
			}
		})
	}
}
