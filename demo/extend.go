package demo

import (
	"fmt"
	"math"
	"time"
)

// The benefits programme's 2024, not calibrated to anything: whoever was decided in 2023
// has a counterpart decided a year later (a new family, as many per code as the code's
// growth says), as many open-ended assignments end during 2024 as keep each code's
// count within its growth, and every assignment is paid through 2024 at its 2023 amount. 2023's records stay as they
// were: nothing new starts before 2024, nothing ends before it that had not.

var (
	jan2025      = d(2025, 1, 1)
	lastList2024 = d(2024, 12, 31)
)

// extendBenefits adds 2024's families and the 2024 payments of every family.
func (q *planner) extendBenefits(fams []*family) ([]*family, []*payment) {
	seq := map[string]int{}
	decisions := 0
	for _, f := range fams {
		seq[f.office.Code]++
		decisions += len(f.assigned)
	}
	growth := map[string]float64{}
	for _, code := range sortedKeys(baseMonthly) {
		growth[code] = q.factor()
	}
	var born []*family
	add := func(f *family, a *assignment) {
		decisions++
		nf := &family{office: f.office, assigned: []*assignment{q.recur(a, decisions)}}
		nf.person = q.people.next(a.code)
		seq[nf.office.Code]++
		nf.account = fmt.Sprintf("%s%07d", nf.office.Code, seq[nf.office.Code])
		born = append(born, nf)
	}
	before := activeAt(fams, jan2024)
	for _, f := range fams {
		for _, a := range f.assigned {
			if a.decision.Year() == calibratedYear && !a.from.AddDate(1, 0, 0).Before(jan2024) {
				for range copies(growth[a.code], q.intn) {
					add(f, a)
				}
			}
		}
	}
	q.leave(fams, before, activeAt(append(append([]*family(nil), fams...), born...), jan2025), growth)
	var pays []*payment
	for _, f := range append(append([]*family(nil), fams...), born...) {
		for _, a := range f.assigned {
			pays = append(pays, payments2024(f, a)...)
		}
	}
	return born, pays
}

// leave ends, during 2024, as many open-ended assignments of each code as make its
// count at 01.01.2025 its count a year before, grown.
func (q *planner) leave(fams []*family, before, after map[string]int, growth map[string]float64) {
	stay := map[string][]*assignment{}
	for _, f := range fams {
		for _, a := range f.assigned {
			if a.to.IsZero() && a.from.Before(jan2024) {
				stay[a.code] = append(stay[a.code], a)
			}
		}
	}
	for _, code := range sortedKeys(stay) {
		as := stay[code]
		excess := min(len(as), after[code]-int(math.Round(float64(before[code])*growth[code])))
		for _, i := range q.rnd.Perm(len(as))[:max(0, excess)] {
			as[i].to = between(d(2024, 1, 31), d(2024, 12, 31), q.intn)
		}
	}
}

// activeAt counts the assignments active at the start of day t, by code.
func activeAt(fams []*family, t time.Time) map[string]int {
	out := map[string]int{}
	for _, f := range fams {
		for _, a := range f.assigned {
			if a.from.Before(t) && (a.to.IsZero() || !a.to.Before(t)) {
				out[a.code]++
			}
		}
	}
	return out
}

// copies is how many counterparts an assignment has a year later: the growth's whole
// part, and one more with the chance of its fraction.
func copies(growth float64, rnd func(int) int) int {
	whole := math.Floor(growth)
	n := int(whole)
	if rnd(1000) < int((growth-whole)*1000) {
		n++
	}
	return n
}

// recur is the assignment a year after a, for a new family.
func (q *planner) recur(a *assignment, seq int) *assignment {
	next := &assignment{code: a.code, rule: a.rule, monthly: a.monthly, half: 1 + q.intn(2),
		decision: a.decision.AddDate(1, 0, 0), from: a.from.AddDate(1, 0, 0)}
	if !a.to.IsZero() {
		next.to = a.to.AddDate(1, 0, 0)
	}
	next.number = fmt.Sprintf("%d/%06d", next.decision.Year(), seq)
	return next
}

// payments2024 pays an assignment's months of 2024 (a lump sum once, in the list after
// its decision), at the amount of its assignment.
func payments2024(f *family, a *assignment) []*payment {
	var out []*payment
	pay := func(m time.Time) bool {
		l := firstList(latest(m, a.decision), a.half)
		if l.After(lastList2024) {
			return false
		}
		out = append(out, &payment{fam: f, a: a, listDate: l, forMonth: m, amount: a.monthly})
		return true
	}
	if lumpSum(a.code) {
		if m := monthOf(a.from); m.Year() == 2024 {
			pay(m)
		}
		return out
	}
	for m := monthOf(latest(a.from, jan2024)); m.Before(jan2025); m = m.AddDate(0, 1, 0) {
		if (!a.to.IsZero() && a.to.Before(m)) || !pay(m) {
			break
		}
	}
	return out
}
