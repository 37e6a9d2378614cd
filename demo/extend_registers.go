package demo

import (
	"fmt"
	"math"
	"time"
)

// The snapshot registers run through 2024 the way the benefits do: who came in during
// 2023 has a counterpart a year later (a new person, as many as the series' growth
// says), and as many of those on record at 01.01.2024 leave during 2024 as left during
// 2023, grown the same — but no fewer or more than keep the series' count at 01.01.2025
// within a tenth of its growth. 2023's records stay as they were.

// flow carries one series of a register into 2024: ins are the records that came in
// during 2023, outs how many left during it, stock those on record at 01.01.2024;
// recur adds the counterpart of one record that came in, leave takes one record of the
// stock off during 2024.
type flow struct {
	ins, outs, stock int
	recur            func(i int)
	leave            func(i int)
}

// extend runs one series: counterparts of the year's arrivals, then departures.
func (q *planner) extend(f flow) {
	g := q.factor()
	added := 0
	for i := range f.ins {
		for range copies(g, q.intn) {
			f.recur(i)
			added++
		}
	}
	stock := float64(f.stock)
	most := f.stock + added - int(math.Round(stock*(g-0.1)))
	least := f.stock + added - int(math.Round(stock*(g+0.1)))
	leaves := min(f.stock, max(0, least, min(most, int(math.Round(float64(f.outs)*g)))))
	for _, i := range q.rnd.Perm(f.stock)[:leaves] {
		f.leave(i)
	}
}

// during2024 is a day of 2024 on which a record on file since from can end.
func (q *planner) during2024(from time.Time) time.Time {
	return between(latest(d(2024, 1, 10), from.AddDate(0, 1, 0)), d(2024, 12, 28), q.intn)
}

// extendPrivileges adds 2024 to the privilege register: per LGCODE and LGKAT, new
// records and ended ones; a large family's new status is of one more member of a
// family on the register, or of a family new in 2024 where 2023's was new; as many
// families leave during 2024 as left during 2023. The register's ages stop at 99 in 2023, so that only the
// calibrated centenarians are 100: most of those turning 100 in 2024 die first.
func (q *planner) extendPrivileges(rs []privilege) []privilege {
	var turning []int
	for i, r := range rs {
		if r.who.birth.Year() == 1924 && r.ended.IsZero() {
			turning = append(turning, i)
		}
	}
	for _, i := range q.rnd.Perm(len(turning))[min(len(turning), q.n(centenariansAged100)):] {
		rs[turning[i]].ended = between(d(2024, 1, 10), latest(d(2024, 1, 10), rs[turning[i]].who.birth.AddDate(100, 0, -1)), q.intn)
	}
	type series struct {
		ins, stock []int
		outs       int
	}
	by := map[string]*series{}
	for i, r := range rs {
		k := r.lgcode + "/" + r.lgkat
		if by[k] == nil {
			by[k] = &series{}
		}
		if r.granted.Year() == calibratedYear {
			by[k].ins = append(by[k].ins, i)
		}
		if r.ended.Year() == calibratedYear {
			by[k].outs++
		}
		if r.granted.Before(jan2024) && (r.ended.IsZero() || !r.ended.Before(jan2024)) {
			by[k].stock = append(by[k].stock, i)
		}
	}
	out, counterpart := rs, counterpartFamilies(rs)
	for _, k := range sortedKeys(by) {
		s := by[k]
		q.extend(flow{ins: len(s.ins), outs: s.outs, stock: len(s.stock),
			recur: func(i int) {
				r := rs[s.ins[i]]
				lo, hi := privilegeAges(r.lgcode, r.lgkat)
				office, family := q.office(), ""
				switch r.lgcode {
				case "50":
					lo, hi, office, family = 25, 55, r.office, counterpart(r.family)
				case "51":
					lo, hi, office, family = 0, 17, r.office, counterpart(r.family)
				}
				out = append(out, privilege{office: office, who: q.people.aged(lo, min(hi, 98), q.intn(100) < 60), lgcode: r.lgcode, lgkat: r.lgkat,
					family: family, granted: r.granted.AddDate(1, 0, 0)})
			},
			leave: func(i int) {
				r := &out[s.stock[i]] // out: rs's array may have been outgrown
				if r.ended.IsZero() {
					r.ended = q.during2024(r.granted)
				}
			}})
	}
	q.largeFamiliesLeave2024(out)
	return out
}

// extendIDPs adds 2024 to the IDP database: new registrations and deregistrations.
func (q *planner) extendIDPs(people []idp) []idp {
	var ins, stock []int
	outs := 0
	for i, c := range people {
		if c.registered.Year() == calibratedYear {
			ins = append(ins, i)
		}
		if c.deregister.Year() == calibratedYear {
			outs++
		}
		if c.registered.Before(jan2024) && c.deregister.IsZero() {
			stock = append(stock, i)
		}
	}
	out := people
	q.extend(flow{ins: len(ins), outs: outs, stock: len(stock),
		recur: func(i int) {
			c := people[ins[i]]
			age := 2024 - c.who.birth.Year()
			n := idp{office: q.office(), who: q.people.aged(age, age, q.intn(100) < 55), certified: c.certified.AddDate(1, 0, 0),
				arrived: c.arrived.AddDate(1, 0, 0), registered: c.registered.AddDate(1, 0, 0), pensioner: c.pensioner, disabled: c.disabled}
			switch {
			case c.arrived.Before(fullScale):
				n.arrived = c.arrived // an earlier IDP re-issued a certificate
			case n.arrived.Before(jan2024):
				n.arrived = jan2024 // arrived in 2022, registered in 2023: the counterpart arrives in 2024
			}
			n.certificate = fmt.Sprintf("%04d-%07d", 1200+q.intn(40), len(out)+1)
			out = append(out, n)
		},
		leave: func(i int) { out[stock[i]].deregister = q.during2024(out[stock[i]].registered) }})
	return out
}

// extendCasework adds 2022's and 2024's records to a snapshot register's 2023 ones, per
// event kind: 2024 as the other registers; 2022 only for the kinds that begin all
// their records in 2023 (the others already reach back), their counterparts ending
// within 2022.
func (p *planner) extendCasework(rs []cwRow) []cwRow {
	byCode := map[string][]int{}
	for i, r := range rs {
		byCode[r.code] = append(byCode[r.code], i)
	}
	out := rs
	for _, year := range otherYears {
		q := p.forYear(year, caseworkStream)
		for _, code := range sortedKeys(byCode) {
			var ins, stock []int
			outs := 0
			cases, flowOnly := false, true
			for _, i := range byCode[code] {
				r := rs[i]
				if r.end.Year() == calibratedYear {
					outs++
				}
				cases = cases || !r.end.IsZero()
				flowOnly = flowOnly && r.begin.Year() == calibratedYear
				if r.begin.Year() == calibratedYear {
					ins = append(ins, i)
				}
				if r.begin.Before(jan2024) && (r.end.IsZero() || !r.end.Before(jan2024)) {
					stock = append(stock, i)
				}
			}
			if !cases || year < calibratedYear {
				stock = nil
			}
			if year < calibratedYear && !flowOnly {
				continue
			}
			q.extend(flow{ins: len(ins), outs: outs, stock: len(stock),
				recur: func(i int) {
					out = append(out, q.recurCase(rs[ins[i]], len(out)))
				},
				leave: func(i int) { out[stock[i]].end = q.during2024(out[stock[i]].begin) }})
		}
	}
	return out
}

// recurCase is a record's counterpart in the planner's year, for another person.
func (q *planner) recurCase(r cwRow, seq int) cwRow {
	shift := q.year - calibratedYear
	n := cwRow{begin: r.begin.AddDate(shift, 0, 0), code: r.code, caseNo: q.ref(fmt.Sprintf("%s-%06d", r.code, seq)), qty: r.qty, amount: r.amount}
	if !r.end.IsZero() {
		n.end = r.end.AddDate(shift, 0, 0)
		if shift < 0 && !n.end.Before(jan2023) {
			n.end = between(n.begin, d(2022, 12, 30), q.intn)
		}
	}
	if r.who != nil {
		who := q.people.aged(18, 90, q.intn(100) < 60)
		n.who = &who
	}
	return n
}
