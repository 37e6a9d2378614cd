package demo

import (
	"fmt"
	"math"
	"sort"
	"time"

	sqlfs "github.com/hromadata/hromadata/sql"
)

// payment is one row of a twice-monthly payment list.
type payment struct {
	fam      *family
	a        *assignment
	listDate time.Time
	forMonth time.Time
	amount   int64 // kopecks
}

var lastList = d(2023, 12, 31)

// listDate is the date of a list: the 4th for the first half, the 19th for the second.
func listDate(month time.Time, half int) time.Time {
	if half == 1 {
		return month.AddDate(0, 0, 3)
	}
	return month.AddDate(0, 0, 18)
}

// firstList is the first list of the given half on or after t.
func firstList(t time.Time, half int) time.Time {
	for m := monthOf(t); ; m = m.AddDate(0, 1, 0) {
		if l := listDate(m, half); !l.Before(t) {
			return l
		}
	}
}

// payments lists every payment of January 2022 – December 2023. A month is paid in
// the first list after both the month began and the decision was taken, so months
// before a late decision are paid as arrears in one list.
func payments(fams []*family) []*payment {
	var out []*payment
	for _, f := range fams {
		for _, a := range f.assigned {
			if lumpSum(a.code) {
				m := monthOf(a.from)
				if l := firstList(latest(m, a.decision), a.half); !l.Before(jan2022) && !l.After(lastList) {
					out = append(out, &payment{fam: f, a: a, listDate: l, forMonth: m})
				}
				continue
			}
			for m := monthOf(latest(a.from, jan2022)); m.Before(jan2024); m = m.AddDate(0, 1, 0) {
				if !a.to.IsZero() && a.to.Before(m) {
					break
				}
				l := firstList(latest(m, a.decision), a.half)
				if l.After(lastList) {
					break
				}
				out = append(out, &payment{fam: f, a: a, listDate: l, forMonth: m})
			}
		}
	}
	return out
}

// calibrate sets every amount: a budget line the report publishes gets exactly its
// 2023 total, shared by weight; everything else gets its assignment's base amount.
func calibrate(pays []*payment, fams []*family, scale int, rnd func(int) int) error {
	lines, err := budgetLines()
	if err != nil {
		return err
	}
	for _, f := range fams {
		for _, a := range f.assigned {
			a.weight = baseMonthly[a.code] * (0.8 + 0.4*float64(rnd(1000))/1000)
		}
	}
	byLine := map[string][]*payment{}
	for _, p := range pays {
		line := lines[p.a.code]
		if _, ok := budget2023[line]; ok && p.listDate.Year() == 2023 {
			byLine[line] = append(byLine[line], p)
			continue
		}
		p.amount = kopecks(p.a.weight * indexation(p.listDate))
	}
	for _, line := range sortedKeys(budget2023) {
		slots := byLine[line]
		if len(slots) == 0 {
			return fmt.Errorf("calibration: budget line %s has no payments in 2023", line)
		}
		target := budget2023[line] * int64(scale)
		var total float64
		for _, p := range slots {
			total += p.a.weight
		}
		var sum int64
		for _, p := range slots {
			p.amount = int64(math.Floor(float64(target) * p.a.weight / total))
			sum += p.amount
		}
		sort.SliceStable(slots, func(i, j int) bool { return slots[i].a.weight > slots[j].a.weight })
		for i := 0; sum < target; i = (i + 1) % len(slots) {
			slots[i].amount++
			sum++
		}
	}
	for _, p := range pays {
		if p.listDate.Year() == 2023 || p.a.monthly == 0 {
			p.a.monthly = p.amount
		}
	}
	for _, f := range fams {
		for _, a := range f.assigned {
			if a.monthly == 0 {
				a.monthly = kopecks(a.weight)
			}
		}
	}
	return nil
}

// indexation lowers 2022 amounts: benefits were indexed at the start of 2023.
func indexation(t time.Time) float64 {
	if t.Year() < 2023 {
		return 0.93
	}
	return 1
}

func kopecks(uah float64) int64 { return int64(math.Round(uah * 100)) }

func budgetLines() (map[string]string, error) {
	rows, err := sqlfs.Seed("ref_benefits")
	if err != nil {
		return nil, err
	}
	m := map[string]string{}
	for _, r := range rows {
		m[r["code"]] = r["budget_line"]
	}
	return m, nil
}

func monthOf(t time.Time) time.Time { return time.Date(t.Year(), t.Month(), 1, 0, 0, 0, 0, time.UTC) }

func latest(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}
