package difftest

import (
	"sort"
	"time"

	"github.com/hromadata/hromadata"
)

// The reference: each counting rule of docs/exports written once, in plain Go, over
// the generated records. Nothing here is translated from the SQL.

type ref struct {
	w *world
	m *more
	r *refs
	// emulate switches on the known bugs' behaviour (see known_test.go), only to tell
	// which of them explains a difference; the reference itself runs with none.
	emulate map[cause]bool
}

type set map[string]bool

func (s set) n() float64 { return float64(len(s)) }

// onRecord: a case is on record from the day it was taken on to the day before its
// removal (csc.md).
func onRecord(c cscCase, d time.Time) bool {
	return !c.taken.After(d) && (c.removed.IsZero() || d.Before(c.removed))
}

// onRecordAt is the state at the start of the day at: on record the day before.
func onRecordAt(c cscCase, at time.Time) bool { return onRecord(c, at.AddDate(0, 0, -1)) }

// firstDayServed is the first day of p the case was on record, if any.
func (f *ref) firstDayServed(c cscCase, p hromadata.Period) (time.Time, bool) {
	first := later(c.taken, p.From)
	if f.emulate[bugRemovedFirstDay] && c.removed.Equal(p.From) && c.taken.Before(p.From) {
		return first, true
	}
	if f.emulate[newSameDayCase] && c.removed.Equal(c.taken) && in(c.taken, p) {
		return first, true
	}
	last := p.To
	if !c.removed.IsZero() && c.removed.Before(last) {
		last = c.removed
	}
	return first, first.Before(last)
}

func later(a, b time.Time) time.Time {
	if a.After(b) {
		return a
	}
	return b
}

// isChild: the birth date decides whether a person is a child at a date (csc.md);
// someone with no birth date is neither.
func isChild(birth, d time.Time) bool { return !birth.IsZero() && birth.AddDate(18, 0, 0).After(d) }
func isAdult(birth, d time.Time) bool { return !birth.IsZero() && !birth.AddDate(18, 0, 0).After(d) }

// who is a recipient: the person, or the case for someone with no documents.
type who struct {
	category, sex, fee string
	idp                bool
	birth              time.Time
	childByCategory    bool // emulates bug 4
}

// need is a condition on a recipient at a date.
type need func(who, time.Time) bool

func any_(who, time.Time) bool    { return true }
func cat(c string) need           { return func(x who, _ time.Time) bool { return x.category == c } }
func fee(f string) need           { return func(x who, _ time.Time) bool { return x.fee == f } }
func idp(x who, _ time.Time) bool { return x.idp }

// child: by age; bug 4 also takes the category child for one.
func child(x who, d time.Time) bool {
	return isChild(x.birth, d) || (x.childByCategory && x.category == catFamilyChild)
}
func adult(x who, d time.Time) bool  { return isAdult(x.birth, d) }
func female(x who, _ time.Time) bool { return x.sex == "ж" }
func male(x who, _ time.Time) bool   { return x.sex == "ч" }
func all(ns ...need) need {
	return func(x who, d time.Time) bool {
		for _, n := range ns {
			if !n(x, d) {
				return false
			}
		}
		return true
	}
}

func (f *ref) caseWho(c cscCase) who {
	return who{c.category, c.sex, c.fee, c.idp, c.birth, f.emulate[bugChildCategory]}
}
func (f *ref) actWho(a cscAct) who {
	return who{category: a.category, sex: a.sex, birth: a.birth, childByCategory: f.emulate[bugChildCategory]}
}

func caseClient(c cscCase) string {
	if c.person != "" {
		return c.person
	}
	return "case:" + c.unit + ":" + c.caseNo
}

func actClient(a cscAct) string {
	if a.person != "" {
		return a.person
	}
	if a.caseNo != "" {
		return "case:" + a.unit + ":" + a.caseNo
	}
	return ""
}

func in(d time.Time, p hromadata.Period) bool { return !d.Before(p.From) && d.Before(p.To) }

func (f *ref) cases(kinds []string, each func(cscCase)) {
	for _, c := range f.w.cases {
		if contains(kinds, f.r.unitKind[c.unit]) {
			each(c)
		}
	}
}

// served: recipients on record on at least one day of p; a person once however many
// of the units they are on the record of (csc.md).
func (f *ref) served(kinds []string, n need, p hromadata.Period) float64 {
	s := set{}
	f.cases(kinds, func(c cscCase) {
		if d, ok := f.firstDayServed(c, p); ok && n(f.caseWho(c), d) {
			s[caseClient(c)] = true
		}
	})
	return s.n()
}

func (f *ref) takenOn(kinds []string, n need, p hromadata.Period) float64 {
	s := set{}
	f.cases(kinds, func(c cscCase) {
		if in(c.taken, p) && n(f.caseWho(c), c.taken) {
			s[caseClient(c)] = true
		}
	})
	return s.n()
}

func (f *ref) removed(kinds []string, n need, p hromadata.Period) float64 {
	s := set{}
	f.cases(kinds, func(c cscCase) {
		if !c.removed.IsZero() && in(c.removed, p) && n(f.caseWho(c), c.removed) {
			s[caseClient(c)] = true
		}
	})
	return s.n()
}

// registered: on record at the end of p (the start of the day p.To).
func (f *ref) registered(kinds []string, n need, p hromadata.Period) float64 {
	s := set{}
	f.cases(kinds, func(c cscCase) {
		if onRecordAt(c, p.To) && n(f.caseWho(c), p.To) {
			s[caseClient(c)] = true
		}
	})
	return s.n()
}

func (f *ref) unitsOnRecord(kinds []string, p hromadata.Period) float64 {
	s := set{}
	f.cases(kinds, func(c cscCase) {
		if onRecordAt(c, p.To) {
			s[c.unit] = true
		}
	})
	return s.n()
}

func (f *ref) departments(p hromadata.Period) float64 {
	s := set{}
	for _, c := range f.w.cases {
		if onRecordAt(c, p.To) {
			s[f.r.unitDept[c.unit]] = true
		}
	}
	return s.n()
}

func (f *ref) familiesServed(kinds []string, p hromadata.Period) float64 {
	s := set{}
	f.cases(kinds, func(c cscCase) {
		if _, ok := f.firstDayServed(c, p); ok {
			s[c.unit+"|"+c.caseNo] = true
		}
	})
	return s.n()
}

func (f *ref) familiesRegistered(kinds []string, p hromadata.Period) float64 {
	s := set{}
	f.cases(kinds, func(c cscCase) {
		if onRecordAt(c, p.To) {
			s[c.unit+"|"+c.caseNo] = true
		}
	})
	return s.n()
}

// familiesClosed: a family's case closes when its last member is removed, for that
// member's reason (a child leaving earlier does not close it).
func (f *ref) familiesClosed(kinds []string, reason string, p hromadata.Period) float64 {
	type fam struct {
		open   bool
		closed time.Time
		reason string
	}
	fams := map[string]*fam{}
	f.cases(kinds, func(c cscCase) {
		k := c.unit + "|" + c.caseNo
		if fams[k] == nil {
			fams[k] = &fam{}
		}
		x := fams[k]
		switch {
		case c.removed.IsZero():
			x.open = true
		case c.removed.After(x.closed) || (c.removed.Equal(x.closed) && x.reason == reasonChildLeft):
			x.closed, x.reason = c.removed, c.reason
		}
	})
	n := 0.0
	for _, x := range fams {
		if !x.open && in(x.closed, p) && (reason == "" || x.reason == reason) {
			n++
		}
	}
	return n
}

func (f *ref) acts(kinds, keys []string, p hromadata.Period, each func(cscAct)) {
	for _, a := range f.w.acts {
		if contains(kinds, f.r.unitKind[a.unit]) && contains(keys, f.r.actKey[a.code]) && in(a.date, p) {
			each(a)
		}
	}
}

func (f *ref) clients(kinds, keys []string, n need, p hromadata.Period) float64 {
	s := set{}
	f.acts(kinds, keys, p, func(a cscAct) {
		if c := actClient(a); c != "" && n(f.actWho(a), a.date) {
			s[c] = true
		}
	})
	return s.n()
}

// quantity: what the acts' Кількість counts; an empty one is one.
func (f *ref) quantity(kinds, keys []string, p hromadata.Period) float64 {
	t := 0
	f.acts(kinds, keys, p, func(a cscAct) { t += max(a.quantity, 1) })
	return float64(t)
}

func (f *ref) measures(kinds, keys []string, p hromadata.Period) float64 {
	t := 0
	f.acts(kinds, keys, p, func(a cscAct) { t += a.measure })
	return float64(t)
}

func (f *ref) amount(kinds, keys []string, p hromadata.Period) float64 {
	var t int64
	f.acts(kinds, keys, p, func(a cscAct) { t += a.amountKop })
	return float64(t) / 100
}

func (f *ref) actCount(kinds, keys []string, p hromadata.Period) float64 {
	t := 0
	f.acts(kinds, keys, p, func(cscAct) { t++ })
	return float64(t)
}

func (f *ref) actFamilies(kinds, keys []string, p hromadata.Period) float64 {
	s := set{}
	f.acts(kinds, keys, p, func(a cscAct) {
		if c := actClient(a); c != "" {
			s[c] = true
		}
	})
	return s.n()
}

// actChildren: the children of the families reached, each family once with the most
// children any of its acts recorded.
func (f *ref) actChildren(kinds, keys []string, p hromadata.Period) float64 {
	most := map[string]int{}
	f.acts(kinds, keys, p, func(a cscAct) {
		if c := actClient(a); c != "" {
			most[c] = max(most[c], a.children)
		}
	})
	t := 0
	for _, n := range most {
		t += n
	}
	return float64(t)
}

// clientsAlso: recipients with an act of keys in p who also had an act of also in the
// same kind of unit in p.
func (f *ref) clientsAlso(kinds, keys, also []string, p hromadata.Period) float64 {
	had := set{}
	alsoKinds := kinds
	if f.emulate[bugOtherUnits] {
		alsoKinds = nil
		for _, k := range f.r.unitKind {
			alsoKinds = append(alsoKinds, k)
		}
	}
	f.acts(alsoKinds, also, p, func(a cscAct) { had[actClient(a)] = true })
	s := set{}
	f.acts(kinds, keys, p, func(a cscAct) {
		if c := actClient(a); c != "" && had[c] {
			s[c] = true
		}
	})
	return s.n()
}

// pending: recipients whose latest act of on before the end of p was not followed
// by an act of off.
func (f *ref) pending(kinds, on, off []string, p hromadata.Period) float64 {
	lastOn, lastOff := map[string]time.Time{}, map[string]time.Time{}
	whole := hromadata.NewPeriod("", day(1900, 1, 1), p.To)
	f.acts(kinds, on, whole, func(a cscAct) { lastOn[actClient(a)] = later(lastOn[actClient(a)], a.date) })
	f.acts(kinds, off, whole, func(a cscAct) { lastOff[actClient(a)] = later(lastOff[actClient(a)], a.date) })
	n := 0.0
	for c, d := range lastOn {
		if c != "" && lastOff[c].Before(d) {
			n++
		}
	}
	return n
}

// received: goods of the kinds received by the units (nil: any unit) in p.
func (f *ref) received(units, kinds []string, funding string, p hromadata.Period, sum bool) float64 {
	var t int64
	for _, x := range f.w.receipts {
		if (units == nil || f.emulate[bugOtherUnits] || contains(units, x.unit)) && contains(kinds, x.kind) && (funding == "" || x.funding == funding) && in(x.date, p) {
			if sum {
				t += x.amountKop
			} else {
				t += int64(x.quantity)
			}
		}
	}
	if sum {
		return float64(t) / 100
	}
	return float64(t)
}

func (f *ref) trained(employer string, keys []string, profession string, p hromadata.Period) float64 {
	s := set{}
	for _, t := range f.w.trains {
		if t.employer == employer && contains(keys, f.r.trainKey[t.course]) && (profession == "" || t.profession == profession) && in(t.done, p) {
			s[t.worker] = true
		}
	}
	return s.n()
}

func (f *ref) hrWorkers(action string, results []string, p hromadata.Period) float64 {
	s := set{}
	for _, r := range f.w.hr {
		if r.action == action && (results == nil || contains(results, r.result)) && in(r.date, p) {
			s[r.worker] = true
		}
	}
	return s.n()
}

// documents registered in p; subject "X*" matches a prefix.
func (f *ref) documents(dirs, kinds []string, channel, subject string, p hromadata.Period) float64 {
	n := 0.0
	for _, d := range f.w.docs {
		if !contains(dirs, d.direction) || !contains(kinds, d.kind) || !in(d.date, p) || (channel != "" && d.channel != channel) {
			continue
		}
		if subject != "" && d.subject != subject && !(subject[len(subject)-1] == '*' && len(d.subject) >= len(subject)-1 && d.subject[:len(subject)-1] == subject[:len(subject)-1]) {
			continue
		}
		n++
	}
	return n
}

// holds: a status is in force at the start of day d when DATA1 < d and DATA2 is empty
// or not before d (privileges.md).
func holds(x privilege, d time.Time) bool {
	return x.granted.Before(d) && (x.ended.IsZero() || !x.ended.Before(d))
}

// granted: persons given a status the department grants in p (group "" any).
func (f *ref) granted(group string, p hromadata.Period) float64 {
	s := set{}
	for _, x := range f.w.privs {
		if f.r.lgBy[x.lgcode] == grantedByDept && (group == "" || f.r.lgGroup[x.lgcode] == group) && in(x.granted, p) {
			s[x.person] = true
		}
	}
	return s.n()
}

func (f *ref) privileged(lgcodes []string, kat string, p hromadata.Period) float64 {
	s := set{}
	for _, x := range f.w.privs {
		if contains(lgcodes, x.lgcode) && (kat == "" || x.lgkat == kat) && holds(x, p.To) {
			s[x.person] = true
		}
	}
	return s.n()
}

// largeFamilies: a family number is the office's own (IDFAM), so a family is office+IDFAM.
func (f *ref) largeFamilies(p hromadata.Period) float64 {
	s := set{}
	for _, x := range f.w.privs {
		if contains(largeFamilyLG, x.lgcode) && x.family != "" && holds(x, p.To) {
			k := x.office + "|" + x.family
			if f.emulate[bugFamilyAcrossOffices] {
				k = x.family
			}
			s[k] = true
		}
	}
	return s.n()
}

func age(birth, at time.Time) int {
	y := at.Year() - birth.Year()
	if at.Before(birth.AddDate(y, 0, 0)) {
		y--
	}
	return y
}

func (f *ref) agedBetween(lo, hi int, p hromadata.Period) float64 {
	s := set{}
	for _, x := range f.w.privs {
		if a := age(x.birth, p.To); holds(x, p.To) && a >= lo && a <= hi {
			s[x.person] = true
		}
	}
	return s.n()
}

func (f *ref) aid(keys []string, p hromadata.Period, each func(deptAid)) {
	for _, a := range f.w.aid {
		if contains(keys, f.r.aidKey[a.action]) && in(a.date, p) {
			each(a)
		}
	}
}

func (f *ref) aidRecipients(keys []string, p hromadata.Period) float64 {
	s := set{}
	f.aid(keys, p, func(a deptAid) { s[a.recipient] = true })
	return s.n()
}

func (f *ref) aidQuantity(keys []string, p hromadata.Period) float64 {
	t := 0
	f.aid(keys, p, func(a deptAid) { t += a.quantity })
	return float64(t)
}

func (f *ref) aidSum(keys []string, p hromadata.Period) float64 {
	var t int64
	f.aid(keys, p, func(a deptAid) { t += a.amountKop })
	return float64(t) / 100
}

// aidRate: the amount most recipients were given (on a tie, the larger); unknown
// (NaN) when nothing was given.
func (f *ref) aidRate(keys []string, p hromadata.Period) float64 {
	n := map[int64]int{}
	f.aid(keys, p, func(a deptAid) { n[a.amountKop]++ })
	var ks []int64
	for k := range n {
		ks = append(ks, k)
	}
	sort.Slice(ks, func(i, j int) bool { return n[ks[i]] > n[ks[j]] || (n[ks[i]] == n[ks[j]] && ks[i] > ks[j]) })
	if len(ks) == 0 {
		return unknown
	}
	return float64(ks[0]) / 100
}

func (f *ref) aidDocuments(keys []string, basis string, p hromadata.Period) float64 {
	s := set{}
	f.aid(keys, p, func(a deptAid) {
		if a.basis == basis {
			s[a.basisNo] = true
		}
	})
	return s.n()
}
