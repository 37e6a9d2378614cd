package demo

import (
	"testing"
	"time"
)

// familiesOnRecord counts large families on the register at the start of day as_of,
// by the rule of docs/exports/privileges.md: DATA1 < D and (DATA2 empty or DATA2 ≥ D).
func familiesOnRecord(rs []privilege, asOf time.Time) (families, children int) {
	seen := map[string]bool{}
	for _, r := range rs {
		if (r.lgcode != "50" && r.lgcode != "51") || !r.granted.Before(asOf) || (!r.ended.IsZero() && r.ended.Before(asOf)) {
			continue
		}
		seen[r.family] = true
		if r.lgcode == "51" {
			children++
		}
	}
	return len(seen), children
}

// TestLargeFamiliesRegisterMoves: the register of large families is not a frozen
// stock — families come onto it and leave it year by year — while 2023's published
// figures (families and children at 01.01.2024, statuses granted in 2023) hold.
func TestLargeFamiliesRegisterMoves(t *testing.T) {
	p := newPlanner(7)
	p.people = &people{p: p, used: map[string]bool{}}
	rs := p.forYear(2024, privilegesStream).extendPrivileges(p.privileges(1))
	t.Run("2023 as published", func(t *testing.T) {
		fams, kids := familiesOnRecord(rs, jan2024)
		parents, born := 0, 0
		for _, r := range rs {
			if r.granted.Year() == 2023 && r.lgcode == "50" {
				parents++
			}
			if r.granted.Year() == 2023 && r.lgcode == "51" {
				born++
			}
		}
		if fams != largeFamilies || kids != largeFamilyChildren || parents != largeParentsIn2023 || born != largeChildrenIn2023 {
			t.Errorf("01.01.2024: %d families, %d children; granted in 2023: %d parents, %d children; want %d, %d, %d, %d",
				fams, kids, parents, born, largeFamilies, largeFamilyChildren, largeParentsIn2023, largeChildrenIn2023)
		}
	})
	t.Run("stock moves every year", func(t *testing.T) {
		prev := -1
		for y := 2016; y <= 2025; y++ {
			fams, kids := familiesOnRecord(rs, d(y, 1, 1))
			t.Logf("01.01.%d: %d families, %d children", y, fams, kids)
			if fams == prev {
				t.Errorf("01.01.%d: %d families, as a year before", y, fams)
			}
			prev = fams
		}
	})
	t.Run("families enter and leave in 2023 and 2024", func(t *testing.T) {
		for _, y := range []int{2023, 2024} {
			first, last := map[string]time.Time{}, map[string]time.Time{}
			for _, r := range rs {
				if r.lgcode != "50" && r.lgcode != "51" {
					continue
				}
				if f, ok := first[r.family]; !ok || r.granted.Before(f) {
					first[r.family] = r.granted
				}
				end := r.ended
				if end.IsZero() {
					end = d(9999, 1, 1)
				}
				if l, ok := last[r.family]; !ok || end.After(l) {
					last[r.family] = end
				}
			}
			in, out := 0, 0
			for f := range first {
				if first[f].Year() == y {
					in++
				}
				if last[f].Year() == y {
					out++
				}
			}
			if in < 20 || out < 20 {
				t.Errorf("%d: %d families came onto the register, %d left it", y, in, out)
			}
		}
	})
	t.Run("no child registered before birth", func(t *testing.T) {
		for _, r := range rs {
			if r.lgcode == "51" && !r.granted.After(r.who.birth) {
				t.Fatalf("family %s: child born %s registered %s", r.family, r.who.birth.Format(time.DateOnly), r.granted.Format(time.DateOnly))
			}
		}
	})
}
