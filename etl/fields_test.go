package etl

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"time"
)

func TestParseMoney(t *testing.T) {
	tests := []struct {
		in   string
		want int64
		ok   bool
	}{
		{"1 234,56", 123456, true},
		{"1\u00a0234,5", 123450, true},
		{"860,00", 86000, true},
		{"12", 1200, true},
		{"-15,20", -1520, true},
		{"1.234,56", 0, false},
		{"12,345", 0, false},
		{"abc", 0, false},
		{",5", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseMoney(tt.in)
			if (err == nil) != tt.ok || got != tt.want {
				t.Errorf("ParseMoney(%q) = %d, %v; want %d, ok=%v", tt.in, got, err, tt.want, tt.ok)
			}
		})
	}
}

func TestParseDate(t *testing.T) {
	tests := []struct {
		in   string
		want int32 // days since 1970-01-01
		msg  string
	}{
		{"01.01.1970", 0, ""},
		{"31.12.2023", 19722, ""},
		{"45291", 19722, ""}, // Excel serial for 31.12.2023
		{"31.02.2023", 0, "такої дати не існує"},
		{"2023-12-31", 0, "дата має бути у форматі дд.мм.рррр"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := ParseDate(tt.in)
			if tt.msg != "" {
				if err == nil || err.Error() != tt.msg {
					t.Fatalf("ParseDate(%q) error = %v, want %q", tt.in, err, tt.msg)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Errorf("ParseDate(%q) = %d, %v; want %d", tt.in, got, err, tt.want)
			}
		})
	}
}

func TestValidRNOKPP(t *testing.T) {
	for in, want := range map[string]bool{
		"3294512325": true, "3294512326": false, "329451232": false, "32945123250": false, "32945A2325": false,
	} {
		if got := ValidRNOKPP(in); got != want {
			t.Errorf("ValidRNOKPP(%q) = %v, want %v", in, got, want)
		}
	}
}

func TestParseCount(t *testing.T) {
	tests := []struct {
		name, in string
		want     int64
		ok       bool
	}{
		{"plain", "747", 747, true},
		{"thousands with a space", "347 844", 347844, true},
		{"zero", "0", 0, true},
		{"negative", "-3", 0, false},
		{"fraction", "1,5", 0, false},
		{"text", "три", 0, false},
		{"empty", "", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ParseCount(tt.in)
			if (err == nil) != tt.ok || got != tt.want {
				t.Errorf("ParseCount(%q) = %d, %v; want %d, ok=%v", tt.in, got, err, tt.want, tt.ok)
			}
		})
	}
}

// TestFastPathsAgree checks the fast paths of the parsers against the general ones on
// every shape they take: a value they accept must come out exactly as before.
func TestFastPathsAgree(t *testing.T) {
	t.Run("dates and months of 1890-2110", func(t *testing.T) {
		for y := 1890; y <= 2110; y++ {
			for m := 0; m <= 13; m++ {
				for d := 0; d <= 32; d++ {
					s := fmt.Sprintf("%02d.%02d.%04d", d, m, y)
					got, ok := civilDate(s[6:], s[3:5], s[:2])
					tm, err := time.Parse("02.01.2006", s)
					want := ok == (err == nil && y >= 1900 && y <= 2100)
					if !want || (ok && got != daysSinceEpoch(tm)) {
						t.Fatalf("civilDate(%s) = %d, %v; time.Parse gives %v, %v", s, got, ok, tm, err)
					}
				}
			}
		}
	})
	t.Run("amounts", func(t *testing.T) {
		rng := rand.New(rand.NewPCG(1, 2))
		const alphabet = "0123456789 ,.-"
		for range 200000 {
			b := make([]byte, 1+rng.IntN(9))
			for i := range b {
				b[i] = alphabet[rng.IntN(len(alphabet))]
			}
			s := string(b)
			got, ok := plainMoney(s)
			want, err := parseMoney(s)
			if ok && (err != nil || got != want) {
				t.Fatalf("plainMoney(%q) = %d; parseMoney gives %d, %v", s, got, want, err)
			}
		}
	})
}
