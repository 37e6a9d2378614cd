package demo

import (
	"fmt"
	"time"

	sqlfs "github.com/hromadata/hromadata/sql"
)

// cscClient is one row of the Centre's register: a person on one unit's record.
type cscClient struct {
	unit, caseNo string
	who          person
	female       bool
	noID         bool // a homeless person with no documents: known by the case only
	category     string
	idp          bool
	fee          string
	from, to     time.Time // taken on; removed (zero while on record)
	reason       string
	family       bool // a family known by its case, reached by the families department
	children     int  // children of that family
}

// interval is the part of [lo, hi] the client was on record.
func (c *cscClient) interval(lo, hi time.Time) (time.Time, time.Time, bool) {
	a, b := lo, hi
	if c.from.After(a) {
		a = c.from
	}
	if !c.to.IsZero() && c.to.Before(b) {
		b = c.to
	}
	return a, b, !b.Before(a)
}

// csc generates the Centre's register and journal for one pass of the calibration.
type csc struct {
	p      *planner
	pass   int
	seq    int
	units  map[string][]string // unit codes by kind
	kindOf map[string]string   // unit kind by code
	cases  map[string][]*cscClient
	byAct  map[string][]*cscClient // recipients of each act spec, by spec id
	used   map[string]map[*cscClient]bool
	acts   []cscAct
}

// cscAct is one row of the journal.
type cscAct struct {
	date      time.Time
	unit, key string
	c         *cscClient // nil for acts with no recipient (a raid, a trip)
	quantity  int64      // 0: not written (one)
	measures  int64
	amount    int64 // kopecks
}

// cscReceipt is one row of the Centre's goods receipts.
type cscReceipt struct {
	date             time.Time
	unit, kind, item string
	quantity         int64
	amount           int64
	funding          string
}

// cscUnit is one unit of the Centre, as the warehouse's seed lists it.
type cscUnit struct{ code, kind, department string }

// cscUnitsFromSeed reads the Centre's units from the seed the warehouse uses, so the
// demo writes only units the loader accepts.
func cscUnitsFromSeed() ([]cscUnit, error) {
	rows, err := sqlfs.Seed("ref_csc_units")
	if err != nil {
		return nil, err
	}
	out := make([]cscUnit, len(rows))
	for i, r := range rows {
		out[i] = cscUnit{code: r["code"], kind: r["kind"], department: r["department"]}
	}
	return out, nil
}

func newCSC(p *planner, pass int, units []cscUnit) *csc {
	g := &csc{p: p, pass: pass, units: map[string][]string{}, kindOf: map[string]string{}, cases: map[string][]*cscClient{},
		byAct: map[string][]*cscClient{}, used: map[string]map[*cscClient]bool{}}
	for _, u := range units {
		g.units[u.kind] = append(g.units[u.kind], u.code)
		g.kindOf[u.code] = u.kind
	}
	return g
}

// ages of invented recipients at 01.01.2024, by category.
var cscAges = map[string][2]int{
	"elderly": {65, 94}, "disabled": {25, 64}, "disabled_sight": {30, 60}, "disabled_child": {4, 16},
	"sick_working_age": {30, 55}, "working_age": {20, 59}, "difficult": {20, 70}, "parent": {25, 60},
	"family_child": {1, 16}, "": {20, 80},
}

func (g *csc) person(unit, category string, female bool) *cscClient {
	g.seq++
	age := cscAges[category]
	who := g.p.people.aged(age[0], age[1], female)
	return &cscClient{unit: unit, caseNo: fmt.Sprintf("%d-%05d", g.pass+1, g.seq), who: who, female: female, category: category}
}

func (g *csc) femaleShare(pct int) bool { return g.p.intn(100) < pct }

// pick returns n distinct indices of [0, total) in random order.
func (g *csc) pick(total, n int) []int {
	idx := make([]int, total)
	for i := range idx {
		idx[i] = i
	}
	for i := 0; i < n; i++ {
		j := i + g.p.intn(total-i)
		idx[i], idx[j] = idx[j], idx[i]
	}
	return idx[:n]
}

// spread shares total between n parts, each at least floor (when total allows).
func (g *csc) spread(total int64, n int, floor int64) []int64 { return g.p.shares(total, n, floor) }

// caseDates places a case: on record from before 2023, or taken on during it; removed
// during 2023 or still on record.
func (g *csc) caseDates(c *cscClient, taken, removed bool) {
	if taken {
		c.from = between(jan2023, d(2023, 12, 20), g.p.intn)
	} else {
		c.from = between(d(2018, 1, 1), d(2022, 12, 31), g.p.intn)
	}
	if removed { // on 02.01.2023 at the earliest: one removed on 01.01 was not served in 2023
		lo := c.from.AddDate(0, 0, 1)
		if lo.Before(jan2023.AddDate(0, 0, 1)) {
			lo = jan2023.AddDate(0, 0, 1)
		}
		c.to = between(lo, d(2023, 12, 31), g.p.intn)
	}
}

// register builds the cases of one unit kind from its spec.
func (g *csc) register(s caseSpec) {
	units := g.units[s.kind]
	n := s.before + s.taken
	removed := map[int]bool{}
	stay := []int{}
	for _, i := range g.pick(n, n) {
		if len(removed) < s.removed && (!s.removeTakenOnly || i < s.taken) {
			removed[i] = true
		} else {
			stay = append(stay, i)
		}
	}
	cats := make([]string, n)
	assign := func(idx []int, counts []count) {
		k := 0
		for _, ct := range counts {
			for range ct.n {
				cats[idx[k]] = ct.what
				k++
			}
		}
	}
	taken := make([]int, s.taken) // the first s.taken cases are the ones taken on in 2023
	for i := range taken {
		taken[i] = i
	}
	switch {
	case s.takenCats != nil:
		assign(taken, s.takenCats)
	case s.stayCats != nil:
		assign(stay, s.stayCats)
	default:
		assign(g.pick(n, n), s.cats)
	}
	var out []*cscClient
	for i := range n {
		cat := cats[i]
		if cat == "" {
			cat = s.otherCat
		}
		c := g.person(units[i%len(units)], cat, g.femaleShare(s.femalePct))
		c.noID = s.noIDPct > 0 && g.p.intn(100) < s.noIDPct
		g.caseDates(c, i < s.taken, removed[i])
		if removed[i] {
			c.reason = "інше"
		}
		out = append(out, c)
	}
	for _, i := range g.pick(n, s.idp) {
		out[i].idp = true
	}
	k := 0
	order := g.pick(n, n)
	for _, f := range s.fees {
		for range f.n {
			out[order[k]].fee = f.what
			k++
		}
	}
	for _, c := range out {
		if c.fee == "" && s.fees != nil {
			c.fee = "безоплатно"
		}
	}
	g.cases[s.kind] = append(g.cases[s.kind], out...)
}

// families builds one family unit's cases: each family an applicant and its children.
func (g *csc) families(s familySpec) {
	unit := g.units[s.kind][0]
	add := func(families int, children int64, removed bool, reason string) {
		per := g.spread(children, families, 1)
		for i := range families {
			parent := g.person(unit, "parent", g.femaleShare(85))
			g.caseDates(parent, g.p.intn(100) < 40, removed)
			parent.reason = reason
			members := []*cscClient{parent}
			for range per[i] {
				child := g.person(unit, "family_child", g.femaleShare(50))
				child.caseNo, child.from, child.to, child.reason = parent.caseNo, parent.from, parent.to, parent.reason
				members = append(members, child)
			}
			g.cases[s.kind] = append(g.cases[s.kind], members...)
		}
	}
	for _, r := range s.closed {
		add(r.families, r.children, true, r.reason)
	}
	add(s.open.families, s.open.children, false, "")
	for range s.childrenLeft { // a child leaves a family that stays on record
		for _, c := range g.cases[s.kind] {
			if c.category == "family_child" && c.to.IsZero() && c.from.Before(jan2023) {
				c.to, c.reason = between(jan2023.AddDate(0, 0, 1), d(2023, 12, 31), g.p.intn), "вибуття дитини"
				break
			}
		}
	}
}

// journal builds the acts of one spec.
func (g *csc) journal(s actSpec) {
	lo, hi := s.window()
	recips := g.recipients(s)
	id := s.id()
	g.byAct[id] = append(g.byAct[id], recips...)
	unit := func(c *cscClient) string {
		if c != nil && c.unit != "" && g.kindOf[c.unit] == s.kind {
			return c.unit
		}
		us := g.units[s.kind]
		return us[g.p.intn(len(us))]
	}
	var rows []cscAct
	dateFor := func(c *cscClient) time.Time {
		if c != nil {
			if a, b, ok := c.interval(lo, hi); ok {
				return between(a, b, g.p.intn)
			}
		}
		return between(lo, hi, g.p.intn)
	}
	switch {
	case s.monthly:
		for _, c := range recips {
			a, b, ok := c.interval(lo, hi)
			if !ok {
				a, b = lo, hi
			}
			for m := time.Date(a.Year(), a.Month(), 1, 0, 0, 0, 0, time.UTC); !m.After(b); m = m.AddDate(0, 1, 0) {
				end := m.AddDate(0, 1, -1)
				if end.After(b) {
					end = b
				}
				rows = append(rows, cscAct{date: end, unit: unit(c), key: s.key, c: c})
			}
		}
	case len(recips) == 0:
		for range s.rows {
			rows = append(rows, cscAct{date: between(lo, hi, g.p.intn), unit: unit(nil), key: s.key})
		}
	default:
		n := max(s.rows, len(recips))
		for i := range n {
			c := recips[i%len(recips)]
			if i >= len(recips) {
				c = recips[g.p.intn(len(recips))]
			}
			rows = append(rows, cscAct{date: dateFor(c), unit: unit(c), key: s.key, c: c})
		}
	}
	qty := g.spread(s.qty, len(rows), 1)
	meas := g.spread(s.measures, len(rows), 1)
	sums := g.spread(s.sum/10, len(rows), 1) // whole ten-kopeck steps, as prices are
	for i := range rows {
		if s.qty > 0 {
			rows[i].quantity = qty[i]
		}
		if s.measures > 0 {
			rows[i].measures = meas[i]
		}
		if s.sum > 0 {
			rows[i].amount = sums[i] * 10
		}
	}
	if s.sum%10 != 0 && len(rows) > 0 {
		rows[0].amount += s.sum % 10
	}
	g.acts = append(g.acts, rows...)
}

// recipients chooses who an act spec reaches: some of another spec's recipients, then
// people on the spec's pool of cases, then invented people.
func (g *csc) recipients(s actSpec) []*cscClient {
	if s.same != "" {
		return append([]*cscClient(nil), g.byAct[s.same]...)
	}
	var out []*cscClient
	avoid := map[*cscClient]bool{} // the overlap spec's recipients share only the chosen few
	if s.overlap.id != "" {
		from := g.byAct[s.overlap.id]
		out = append(out, from[s.overlap.skip:s.overlap.skip+s.overlap.n]...)
		for _, c := range from {
			avoid[c] = true
		}
	}
	if s.disjoint != "" && g.used[s.disjoint] == nil {
		g.used[s.disjoint] = map[*cscClient]bool{}
	}
	if s.pool != "" || len(s.fromActs) > 0 {
		var pool []*cscClient
		for _, c := range g.poolOf(s) {
			if !avoid[c] && (s.disjoint == "" || !g.used[s.disjoint][c]) {
				pool = append(pool, c)
				avoid[c] = true // a person in two source specs is one candidate
			}
		}
		need := min(s.persons-len(out), len(pool))
		for _, i := range g.pick(len(pool), need) {
			out = append(out, pool[i])
		}
	}
	for _, gr := range s.fresh {
		for range gr.n {
			c := g.person("", gr.category, gr.female)
			if gr.child {
				c.who = g.p.people.aged(3, 16, gr.female)
			}
			c.caseNo = "А-" + c.caseNo
			out = append(out, c)
		}
	}
	if s.families > 0 {
		per := g.spread(s.children, s.families, 0)
		for i := range s.families {
			c := g.person("", "parent", true)
			c.noID, c.family, c.children = true, true, int(per[i])
			c.caseNo = "С-" + c.caseNo
			out = append(out, c)
		}
	}
	for len(out) < s.persons { // the pool ran short: people the Centre met only here
		c := g.person("", s.freshCategory, g.femaleShare(60))
		for s.under > 0 && !s.young(c) {
			c = g.person("", s.freshCategory, g.femaleShare(60))
		}
		c.caseNo = "А-" + c.caseNo
		out = append(out, c)
	}
	if s.disjoint != "" {
		for _, c := range out {
			g.used[s.disjoint][c] = true
		}
	}
	return out
}

// young says whether c is younger than the spec's age bound on every day the act can
// fall on: at its start, a child turning 14 before the act would be counted as older.
func (s actSpec) young(c *cscClient) bool { return c.who.birth.After(s.to.AddDate(-s.under, 0, 0)) }

// poolOf lists the cases a spec draws from: a unit kind's, or other specs' recipients.
func (g *csc) poolOf(s actSpec) []*cscClient {
	var pool []*cscClient
	for _, id := range s.fromActs {
		pool = append(pool, g.byAct[id]...)
	}
	for _, c := range g.cases[s.pool] {
		if s.poolCategory != "" && c.category != s.poolCategory || s.under > 0 && !s.young(c) {
			continue
		}
		if s.poolTaken && c.from.Before(jan2023) {
			continue
		}
		if s.poolBefore && !c.from.Before(jan2023) {
			continue
		}
		if _, _, ok := c.interval(s.window()); !ok && !s.poolBefore {
			continue
		}
		pool = append(pool, c)
	}
	return pool
}

// build runs the whole calibration once.
func (g *csc) build() {
	for _, s := range cscCases {
		g.register(s)
	}
	for _, s := range cscFamilies {
		g.families(s)
	}
	for _, s := range cscActs {
		g.journal(s)
	}
}
