package difftest

import (
	"fmt"
	"math/rand/v2"
	"time"

	"github.com/hromadata/hromadata/etl"
	sqlfs "github.com/hromadata/hromadata/sql"
)

// The records a world is made of, as the exports carry them (before pseudonymisation).

type cscCase struct {
	unit, caseNo, person string // person "" for a homeless person with no documents
	birth                time.Time
	sex, category        string
	idp                  bool
	fee                  string
	taken, removed       time.Time // removed zero: still on record
	reason               string
}

type cscAct struct {
	date                        time.Time
	unit, code, caseNo, person  string
	birth                       time.Time
	sex, category               string
	children, quantity, measure int // 0 writes an empty cell
	amountKop                   int64
}

type cscReceipt struct {
	date                      time.Time
	unit, kind, item, funding string
	quantity                  int
	amountKop                 int64
}

type training struct {
	employer, worker, course, profession string
	done                                 time.Time
}

type hrRecord struct {
	worker, action, result string
	date                   time.Time
}

type document struct {
	regNo                             string
	date                              time.Time
	direction, kind, channel, subject string
}

type privilege struct {
	office, person, lgcode, lgkat, family string
	birth, granted, ended                 time.Time
}

type deptAid struct {
	date                                       time.Time
	action, basis, basisNo, recipient, funding string
	quantity                                   int
	amountKop                                  int64
}

// world is one random set of records for every covered source.
type world struct {
	cases    []cscCase
	acts     []cscAct
	receipts []cscReceipt
	trains   []training
	hr       []hrRecord
	docs     []document
	privs    []privilege
	aid      []deptAid
	// stale are records only in superseded files (an older snapshot, a v1 list): they
	// must not count anywhere.
	staleCases []cscCase
	staleActs  []cscAct
	staleDocs  []document
	stalePrivs []privilege
	staleAid   []deptAid
}

// refs are the seeds' reference tables the definitions are phrased in.
type refs struct {
	unitKind, unitDept map[string]string // unit code -> kind, department
	units              []string
	actKey             map[string]string // act code -> key
	actCode            map[string]string // key -> act code
	actCodes           []string
	trainKey           map[string]string
	trainCodes         []string
	lgGroup, lgBy      map[string]string // lgcode -> status group, who grants it
	lgcodes            []string
	aidKey             map[string]string
	aidCodes           []string
	docKinds           []string
}

func mustSeed(name string) []map[string]string {
	rows, err := sqlfs.Seed(name)
	if err != nil {
		panic(err)
	}
	return rows
}

func loadRefs() *refs {
	r := &refs{unitKind: map[string]string{}, unitDept: map[string]string{}, actKey: map[string]string{}, actCode: map[string]string{},
		trainKey: map[string]string{}, lgGroup: map[string]string{}, lgBy: map[string]string{}, aidKey: map[string]string{}}
	for _, u := range mustSeed("ref_csc_units") {
		r.unitKind[u["code"]], r.unitDept[u["code"]] = u["kind"], u["department"]
		r.units = append(r.units, u["code"])
	}
	for _, a := range mustSeed("ref_csc_acts") {
		r.actKey[a["code"]], r.actCode[a["key"]] = a["key"], a["code"]
		r.actCodes = append(r.actCodes, a["code"])
	}
	for _, c := range mustSeed("ref_trainings") {
		r.trainKey[c["code"]] = c["key"]
		r.trainCodes = append(r.trainCodes, c["code"])
	}
	for _, p := range mustSeed("ref_privileges") {
		r.lgGroup[p["lgcode"]], r.lgBy[p["lgcode"]] = p["status_group"], p["granted_by"]
		r.lgcodes = append(r.lgcodes, p["lgcode"])
	}
	for _, a := range mustSeed("ref_department_actions") {
		r.aidKey[a["code"]] = a["key"]
		r.aidCodes = append(r.aidCodes, a["code"])
	}
	for _, k := range mustSeed("ref_document_kinds") {
		r.docKinds = append(r.docKinds, k["code"])
	}
	return r
}

// unitsOf lists the unit codes of the given kinds.
func (r *refs) unitsOf(kinds ...string) []string {
	var out []string
	for _, u := range r.units {
		if contains(kinds, r.unitKind[u]) {
			out = append(out, u)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func day(y, m, d int) time.Time { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }

// gen draws records; dates favour the first and last days of months, quarters, years.
type gen struct {
	rnd     *rand.Rand
	refs    *refs
	people  []string // valid tax numbers
	births  map[string]time.Time
	sexes   map[string]string
	counter int
}

func newGen(seed uint64, r *refs) *gen {
	g := &gen{rnd: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), refs: r, births: map[string]time.Time{}, sexes: map[string]string{}}
	for len(g.people) < 400 {
		s := fmt.Sprintf("%010d", g.rnd.Int64N(1e10))
		if etl.ValidRNOKPP(s) && g.births[s].IsZero() {
			g.people = append(g.people, s)
			g.births[s] = g.between(day(1925, 1, 1), day(2022, 1, 1))
			g.sexes[s] = pick(g, []string{"ч", "ж"})
		}
	}
	return g
}

func (g *gen) intn(n int) int           { return g.rnd.IntN(n) }
func (g *gen) chance(pct int) bool      { return g.rnd.IntN(100) < pct }
func pick[T any](g *gen, xs []T) T      { return xs[g.rnd.IntN(len(xs))] }
func (g *gen) person() string           { return pick(g, g.people) }
func (g *gen) seq(prefix string) string { g.counter++; return fmt.Sprintf("%s%d", prefix, g.counter) }

func (g *gen) between(lo, hi time.Time) time.Time {
	days := int(hi.Sub(lo).Hours() / 24)
	if days <= 0 {
		return lo
	}
	return lo.AddDate(0, 0, g.intn(days))
}

// date is a day in [lo, hi), half the time a boundary: the first or last day of a month.
func (g *gen) date(lo, hi time.Time) time.Time {
	for range 5 {
		if !g.chance(50) {
			break
		}
		m := g.between(lo, hi)
		first := time.Date(m.Year(), m.Month(), 1, 0, 0, 0, 0, time.UTC)
		d := first
		if g.chance(50) {
			d = first.AddDate(0, 1, -1)
		}
		if !d.Before(lo) && d.Before(hi) {
			return d
		}
	}
	return g.between(lo, hi)
}

// bornAround is a birth date making the person exactly 18 (or 17) around a boundary.
func (g *gen) bornAround(years int) time.Time {
	b := pick(g, []time.Time{day(2023, 1, 1), day(2023, 4, 1), day(2023, 7, 1), day(2023, 10, 1), day(2024, 1, 1), day(2023, 12, 31), day(2023, 3, 31)})
	return b.AddDate(-years, 0, g.intn(3)-1)
}
