package demo

import (
	"fmt"
	"time"
)

var lastDecision = d(2023, 12, 29)

// date gives every assignment its decision, start and end dates, list half and number.
func (p *planner) date() {
	seq := 0
	for _, f := range p.fams {
		kept := f.assigned[:0]
		for _, a := range f.assigned {
			if a.next == nil {
				p.dateOne(a)
			}
		}
		for _, a := range f.assigned {
			if a.next != nil && !p.datePredecessor(a) {
				continue // no room before its successor: the family never had it
			}
			seq++
			a.number = fmt.Sprintf("%d/%06d", a.decision.Year(), seq)
			a.half = 1 + p.intn(2)
			kept = append(kept, a)
		}
		f.assigned = kept
	}
}

func (p *planner) dateOne(a *assignment) {
	r := a.rule
	lag := p.intn(15) // decisions follow the application by up to two weeks
	switch {
	case r.fixedFrom:
		a.from = r.fromMin
		a.decision = a.from.AddDate(0, 0, lag)
	case a.class == in2023 && !r.forced2023():
		a.decision = between(jan2023, lastDecision, p.intn)
		a.from = clamp(a.decision.AddDate(0, 0, -lag), r.fromMin, r.fromMax)
	case a.class == in2023:
		a.from = between(r.fromMin, r.fromMax, p.intn)
		a.decision = a.from.AddDate(0, 0, lag)
	default:
		a.from = between(r.fromMin, earliest(r.fromMax, d(2022, 12, 16)), p.intn)
		a.decision = a.from.AddDate(0, 0, lag)
	}
	a.to = r.end(a.from, p.intn)
}

// datePredecessor places a closed assignment right before the renewal that follows it.
func (p *planner) datePredecessor(a *assignment) bool {
	next := a.next
	a.to = next.from.AddDate(0, 0, -1)
	if a.code == "201" { // low-income support is granted for six months at a time
		a.from = next.from.AddDate(0, -6, 0)
	} else {
		lo := next.from.AddDate(-2, 0, 0)
		if a.code == "301" && lo.Before(d(2022, 3, 1)) {
			lo = d(2022, 3, 1)
		}
		hi := next.from.AddDate(0, 0, -60)
		if hi.Before(lo) {
			return false
		}
		a.from = between(lo, hi, p.intn)
	}
	a.decision = a.from.AddDate(0, 0, p.intn(15))
	if !a.decision.Before(next.decision) {
		a.decision = a.from
	}
	return true
}

func clamp(t, lo, hi time.Time) time.Time {
	if t.Before(lo) {
		return lo
	}
	if t.After(hi) {
		return hi
	}
	return t
}

func earliest(a, b time.Time) time.Time {
	if a.Before(b) {
		return a
	}
	return b
}
