package demo

import (
	"fmt"
	"math"
	"slices"
	"time"
)

// The register of large families moves: a family comes onto it when its third child is
// born and leaves it when its children grow up. The families on record at 01.01.2024
// and the statuses granted in 2023 are the report's; some of 2023's statuses are of
// whole families new that year, the rest of a newborn or a second parent joining a
// family already on record; other families left before 2024.
const (
	largeNewFamilies2023 = 70  // families that came onto the register in 2023
	largeFamiliesLeft    = 240 // families that left it between 2016 and 2023
)

// largeFamilies registers parents and children of large families, three children or more.
func (p *planner) largeFamilies(seq *int) []privilege {
	children := make([]int, largeFamilies)
	for i := range children {
		children[i] = 3
	}
	for extra := largeFamilyChildren - 3*largeFamilies; extra > 0; extra-- {
		children[p.intn(largeFamilies)]++
	}
	parentsLeft, kidsLeft, newLeft := largeParentsIn2023, largeChildrenIn2023, largeNewFamilies2023
	var out []privilege
	var seconds, later []int // second parents and fourth-or-later children of families on record before 2023
	for i, n := range children {
		*seq++
		fam, office := fmt.Sprintf("БС%06d", *seq), p.office()
		parents := 1 + min(1, p.intn(5))
		isNew := newLeft > 0 && p.intn(len(children)-i) < newLeft && parents <= parentsLeft && n <= kidsLeft
		reg, last := between(d(2007, 1, 10), d(2022, 12, 28), p.intn), d(2022, 12, 28)
		if isNew {
			reg, last = p.grantedIn(2023), d(2023, 12, 28)
			newLeft, parentsLeft, kidsLeft = newLeft-1, parentsLeft-parents, kidsLeft-n
		}
		for k := range parents {
			if k == 1 && !isNew {
				seconds = append(seconds, len(out))
			}
			out = append(out, privilege{office: office, who: p.people.aged(25, 55, p.intn(100) < 55), lgcode: "50", family: fam, granted: reg})
		}
		for k := range n {
			birth := p.childBorn(reg, last, k < 3)
			if k >= 3 && !isNew {
				later = append(later, len(out))
			}
			granted := slices.MinFunc([]time.Time{latest(reg, birth.AddDate(0, 0, 20+p.intn(60))), last}, time.Time.Compare)
			out = append(out, privilege{office: office, who: p.people.born(birth, p.intn(2) == 0), lgcode: "51", family: fam, granted: granted})
		}
	}
	p.joinIn2023(out, seconds, parentsLeft, false)
	p.joinIn2023(out, later, kidsLeft, true)
	return append(out, p.leftLargeFamilies(seq)...)
}

// childBorn is the birth of a child of a family registered on reg: the first three are
// born before it, the others at any time up to a month before last; every child is
// under 18 at 01.01.2024.
func (p *planner) childBorn(reg, last time.Time, first3 bool) time.Time {
	from := latest(d(2006, 1, 2), reg.AddDate(-10, 0, 0))
	if first3 {
		return between(from, reg.AddDate(0, 0, -20), p.intn)
	}
	return between(from, last.AddDate(0, -1, 0), p.intn)
}

// joinIn2023 grants want of the candidates their status in 2023: a second parent, or a
// child born in 2023.
func (p *planner) joinIn2023(rs []privilege, candidates []int, want int, newborn bool) {
	for _, c := range p.rnd.Perm(len(candidates))[:min(want, len(candidates))] {
		r := &rs[candidates[c]]
		r.granted = p.grantedIn(2023)
		if newborn {
			birth := between(d(2023, 1, 2), d(2023, 11, 28), p.intn)
			r.who, r.granted = p.people.born(birth, p.intn(2) == 0), birth.AddDate(0, 0, 20+p.intn(10))
		}
	}
}

// leftLargeFamilies are families that left the register between 2016 and 2023, the
// day their eldest child turned 18 and the family stopped having three minors.
func (p *planner) leftLargeFamilies(seq *int) []privilege {
	var out []privilege
	for range largeFamiliesLeft {
		*seq++
		fam, office := fmt.Sprintf("БС%06d", *seq), p.office()
		ended := between(d(2016, 1, 10), d(2023, 12, 28), p.intn)
		eldest := ended.AddDate(-18, 0, 0)
		reg := between(eldest.AddDate(2, 0, 0), eldest.AddDate(12, 0, 0), p.intn)
		for range 1 + min(1, p.intn(5)) {
			out = append(out, privilege{office: office, who: p.people.aged(40, 65, p.intn(100) < 55), lgcode: "50", family: fam, granted: reg, ended: ended})
		}
		for k := range 3 + p.intn(2) {
			birth := eldest
			if k > 0 {
				birth = between(eldest, reg.AddDate(0, 0, -20), p.intn)
			}
			out = append(out, privilege{office: office, who: p.people.born(birth, p.intn(2) == 0), lgcode: "51", family: fam, granted: reg, ended: ended})
		}
	}
	return out
}

// largeFamiliesLeave2024 takes as many large families off the register during 2024 as
// left it during 2023, grown by the series' factor.
func (q *planner) largeFamiliesLeave2024(rs []privilege) {
	first, last := map[string]time.Time{}, map[string]time.Time{}
	open := map[string]bool{}
	for _, r := range rs {
		if r.family == "" {
			continue
		}
		if f, ok := first[r.family]; !ok || r.granted.Before(f) {
			first[r.family] = r.granted
		}
		last[r.family] = latest(last[r.family], latest(r.granted, r.ended))
		open[r.family] = open[r.family] || r.ended.IsZero()
	}
	left, stock := 0, []string{}
	for _, f := range sortedKeys(first) {
		switch {
		case !open[f] && last[f].Year() == calibratedYear:
			left++
		case open[f] && first[f].Before(jan2024):
			stock = append(stock, f)
		}
	}
	leaving := map[string]time.Time{}
	for _, i := range q.rnd.Perm(len(stock))[:min(len(stock), int(math.Round(float64(left)*q.factor())))] {
		leaving[stock[i]] = q.during2024(last[stock[i]])
	}
	for i := range rs {
		if day, ok := leaving[rs[i].family]; ok && rs[i].ended.IsZero() {
			rs[i].ended = latest(day, rs[i].granted)
		}
	}
}

// counterpartFamilies maps a family that came onto the register in 2023 to its 2024
// counterpart, a family of its own; another family's counterpart joins the family itself.
func counterpartFamilies(rs []privilege) func(string) string {
	first := map[string]time.Time{}
	for _, r := range rs {
		if f, ok := first[r.family]; r.family != "" && (!ok || r.granted.Before(f)) {
			first[r.family] = r.granted
		}
	}
	ids := map[string]string{}
	for _, f := range sortedKeys(first) {
		if first[f].Year() == calibratedYear {
			ids[f] = fmt.Sprintf("БН%06d", len(ids)+1)
		}
	}
	return func(f string) string {
		if id, ok := ids[f]; ok {
			return id
		}
		return f
	}
}
