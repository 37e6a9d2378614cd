package demo

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// TestOtherYearsVary: the uncalibrated years are not copies of 2023 — the city's
// payments to families of the fallen differ year by year — and a centre's own
// activity follows its opening (15.09.2023): none in 2022, the whole of 2024.
func TestOtherYearsVary(t *testing.T) {
	p := newPlanner(7)
	p.people = &people{p: p, used: map[string]bool{}}
	years := map[int]*planner{2023: p, 2022: p.forYear(2022, registersStream), 2024: p.forYear(2024, registersStream)}
	t.Run("payments to families of the fallen", func(t *testing.T) {
		sums := map[string]map[int]int64{"612": {}, "613": {}}
		for y, q := range years {
			for _, c := range q.cityPayments(1) {
				if s, ok := sums[c.code]; ok {
					s[y] += c.amount
				}
			}
		}
		if sums["613"][2023] != fallenMonthlyTotal {
			t.Errorf("2023's monthly payments sum to %d, the report's %d", sums["613"][2023], fallenMonthlyTotal)
		}
		for code, s := range sums {
			if s[2022] == s[2023] || s[2024] == s[2023] || s[2022] == s[2024] {
				t.Errorf("code %s: the same sum in different years: %v", code, s)
			}
		}
	})
	t.Run("the veterans' centre's posts", func(t *testing.T) {
		posts := map[int][]string{}
		for y, q := range years {
			dir := t.TempDir()
			if _, err := q.writeCasework(dir, 1); err != nil {
				t.Fatal(err)
			}
			b, err := os.ReadFile(filepath.Join(dir, q.caseworkFile("diialnist")+".csv"))
			if err != nil {
				t.Fatal(err)
			}
			text, _ := charmap.Windows1251.NewDecoder().Bytes(b)
			for _, line := range strings.Split(string(text), "\n") {
				if f := strings.Split(line, ";"); len(f) > 1 && f[1] == "СМЦ" {
					posts[y] = append(posts[y], f[0][3:]) // the month: dd.mm.yyyy
				}
			}
		}
		if len(posts[2022]) != 0 || len(posts[2023]) != 207 {
			t.Errorf("posts: %d in 2022 (the centre opened in 2023), %d in 2023 (the report's 207)", len(posts[2022]), len(posts[2023]))
		}
		early := 0
		for _, m := range posts[2024] {
			if m < "09.2024" && strings.HasSuffix(m, "2024") {
				early++
			}
		}
		if len(posts[2024]) <= len(posts[2023]) || early == 0 {
			t.Errorf("2024: %d posts, %d of them before September: the centre was open all year", len(posts[2024]), early)
		}
	})
}
