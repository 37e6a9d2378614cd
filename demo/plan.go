package demo

import (
	"fmt"
	"math/rand/v2"
	"slices"
	"sort"
	"time"

	"github.com/hromadata/hromadata"
)

// class says in which year an assignment's decision falls.
type class int

const (
	free class = iota
	in2023
	before2023
)

// assignment is one benefit assignment of a family.
type assignment struct {
	code     string
	active   bool // active at 01.01.2024
	rule     rule
	class    class
	next     *assignment // set on a closed assignment that a renewal follows
	decision time.Time
	from, to time.Time // to is zero for open-ended
	number   string
	half     int     // which twice-monthly list pays it
	weight   float64 // share of its budget line
	monthly  int64   // kopecks, as written in the assignments export
}

// family is one applicant with all their assignments.
type family struct {
	office   hromadata.Office
	person   person
	account  string
	assigned []*assignment
}

type planner struct {
	rnd    *rand.Rand
	seed   uint64
	year   int        // the year the year-scoped registers describe
	growth *rand.Rand // each series' growth against the calibrated year (other years only)
	fams   []*family
	people *people
}

func (p *planner) intn(n int) int { return p.rnd.IntN(n) }

// newPlanner makes a deterministic planner from a seed.
func newPlanner(seed uint64) *planner {
	return &planner{rnd: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)), seed: seed, year: calibratedYear}
}

// plan builds every family and assignment of the demo city, with dates that hold the
// calibration exactly. scale multiplies every count.
func (p *planner) plan(scale int) error {
	for range scale {
		if err := p.city(); err != nil {
			return err
		}
	}
	p.assignOffices()
	if err := p.decide(decidedIn2023 * scale); err != nil {
		return err
	}
	p.date()
	return nil
}

// city adds one city's worth of families.
func (p *planner) city() error {
	slots := map[string]int{}
	listed := 0
	for code, n := range activeAt2024 {
		slots[code] = n
		listed += n
	}
	var fams []*family
	newFam := func(codes ...string) {
		f := &family{}
		for _, c := range codes {
			f.assigned = append(f.assigned, &assignment{code: c, active: true, rule: activeRule(c)})
		}
		fams = append(fams, f)
	}
	overlapping := 0
	for _, o := range overlaps {
		for range o.n {
			newFam(o.a, o.b)
		}
		slots[o.a] -= o.n
		slots[o.b] -= o.n
		overlapping += o.n
	}
	for _, code := range sortedKeys(slots) {
		if slots[code] < 0 {
			return fmt.Errorf("calibration: overlaps exceed active count of %s", code)
		}
		for range slots[code] {
			newFam(code)
		}
	}
	unlisted := families - (listed - overlapping)
	rest := unlisted
	for _, code := range sortedKeys(unlistedShares) {
		for range unlistedShares[code] {
			newFam(code)
		}
		rest -= unlistedShares[code]
	}
	for range rest {
		newFam("504")
	}
	// Some listed families also hold an unlisted benefit: it changes no count.
	for i := 0; i < 400; i++ {
		f := fams[p.intn(len(fams))]
		if len(f.assigned) == 1 && f.assigned[0].code == "404" {
			f.assigned = append(f.assigned, &assignment{code: "504", active: true, rule: openRule})
		}
	}
	for _, code := range sortedKeys(renewed) {
		n := renewed[code]
		for _, f := range fams {
			if n == 0 {
				break
			}
			if len(f.assigned) == 1 && f.assigned[0].code == code {
				f.assigned = append(f.assigned, &assignment{code: code, next: f.assigned[0]})
				n--
			}
		}
	}
	for _, code := range sortedKeys(closedOnly) {
		for range closedOnly[code] {
			fams = append(fams, &family{assigned: []*assignment{{code: code, rule: closedRules[code]}}})
		}
	}
	p.fams = append(p.fams, fams...)
	return nil
}

// officeWeights split the city's families between the three district offices.
var officeWeights = []int{38, 34, 28}

func (p *planner) assignOffices() {
	for _, f := range p.fams {
		r, i := p.intn(100), 0
		for r >= officeWeights[i] {
			r -= officeWeights[i]
			i++
		}
		f.office = hromadata.Offices[i]
	}
}

// decide fixes which families have a decision in 2023: those whose benefits can only
// have started in 2023, plus enough others to make exactly want.
func (p *planner) decide(want int) error {
	forced := 0
	var candidates []*family
	for _, f := range p.fams {
		has2023, hasFree := false, false
		for _, a := range f.assigned {
			if a.next != nil {
				continue // a renewal's predecessor: dated from its successor
			}
			switch {
			case a.rule.forced2023():
				a.class = in2023
				has2023 = true
			case a.rule.forcedPre():
				a.class = before2023
			default:
				hasFree = true
			}
		}
		if has2023 {
			forced++
		} else if hasFree {
			candidates = append(candidates, f)
		}
	}
	need := want - forced
	if need < 0 || need > len(candidates) {
		return fmt.Errorf("calibration: %d families must decide in 2023, %d are forced, %d can be chosen", want, forced, len(candidates))
	}
	p.rnd.Shuffle(len(candidates), func(i, j int) { candidates[i], candidates[j] = candidates[j], candidates[i] })
	for i, f := range candidates {
		chosen := i < need
		for _, a := range f.assigned {
			if a.class != free || a.next != nil {
				continue
			}
			if chosen {
				a.class, chosen = in2023, false
			} else {
				a.class = before2023
			}
		}
	}
	return nil
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return slices.Clip(keys)
}
