package web

import "testing"

func TestDateUK(t *testing.T) {
	for in, want := range map[string]string{
		"2024-01-01":           "01.01.2024",
		"2026-11-23T22:22:07Z": "23.11.2026 22:22 UTC",
		"невідомо":             "невідомо",
	} {
		if got := DateUK(in); got != want {
			t.Errorf("DateUK(%q) = %q, want %q", in, got, want)
		}
	}
}
