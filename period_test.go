package hromadata

import (
	"testing"
	"time"
)

func TestParsePeriod(t *testing.T) {
	d := func(y, m, day int) time.Time { return time.Date(y, time.Month(m), day, 0, 0, 0, 0, time.UTC) }
	tests := []struct {
		in       string
		from, to time.Time
	}{
		{"2023", d(2023, 1, 1), d(2024, 1, 1)},
		{"2023-Q2", d(2023, 4, 1), d(2023, 7, 1)},
		{"2023-Q4", d(2023, 10, 1), d(2024, 1, 1)},
		{"2023-05", d(2023, 5, 1), d(2023, 6, 1)},
		{"2023-12", d(2023, 12, 1), d(2024, 1, 1)},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			p, err := ParsePeriod(tt.in)
			if err != nil || !p.From.Equal(tt.from) || !p.To.Equal(tt.to) {
				t.Errorf("ParsePeriod(%q) = [%v, %v) %v", tt.in, p.From, p.To, err)
			}
		})
	}
	for _, bad := range []string{"", "23", "2023-13", "2023-Q5", "2023-5", "травень"} {
		if _, err := ParsePeriod(bad); KindOf(err) != Invalid {
			t.Errorf("ParsePeriod(%q) error = %v, want Invalid", bad, err)
		}
	}
}

func TestFormatUK(t *testing.T) {
	for _, tt := range []struct {
		v    float64
		dec  int
		want string
	}{
		{1234567.8, 1, "1\u00a0234\u00a0567,8"}, {35230, 0, "35\u00a0230"}, {999, 0, "999"}, {-1500.25, 2, "−1\u00a0500,25"}, {0, 1, "0,0"},
	} {
		if got := FormatUK(tt.v, tt.dec); got != tt.want {
			t.Errorf("FormatUK(%v, %d) = %q, want %q", tt.v, tt.dec, got, tt.want)
		}
	}
}
