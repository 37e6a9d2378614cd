package demo

import "fmt"

// extendCSC adds 2024 to the Centre's register and journal. The register as the other
// snapshots: per unit and category, counterparts of 2023's taken-on cases and removals
// during 2024; a family (one case number, several people) as one. The journal repeats
// each 2023 act a year later, as many times per act kind as its growth says, for the
// recipient's counterpart if the recipient was taken on in 2023 and has one, else for
// the same recipient.
func (q *planner) extendCSC(cases []*cscClient, acts []cscAct) ([]*cscClient, []cscAct) {
	members := map[string]int{}
	for _, c := range cases {
		members[c.unit+"|"+c.caseNo]++
	}
	counterpart := map[*cscClient]*cscClient{}
	recur := func(c *cscClient, seq int) *cscClient {
		n := q.recurClient(c, seq)
		if counterpart[c] == nil {
			counterpart[c] = n
		}
		return n
	}
	cases = q.extendCSCFamilies(cases, members, recur)
	type series struct {
		ins, stock []*cscClient
		outs       int
	}
	by := map[string]*series{}
	for _, c := range cases {
		if members[c.unit+"|"+c.caseNo] > 1 {
			continue
		}
		k := c.unit + "|" + c.category
		if by[k] == nil {
			by[k] = &series{}
		}
		if c.from.Year() == calibratedYear {
			by[k].ins = append(by[k].ins, c)
		}
		if c.to.Year() == calibratedYear {
			by[k].outs++
		}
		if c.from.Before(jan2024) && (c.to.IsZero() || !c.to.Before(jan2024)) {
			by[k].stock = append(by[k].stock, c)
		}
	}
	for _, k := range sortedKeys(by) {
		s := by[k]
		q.extend(flow{ins: len(s.ins), outs: s.outs, stock: len(s.stock),
			recur: func(i int) { cases = append(cases, recur(s.ins[i], len(cases))) },
			leave: func(i int) {
				if c := s.stock[i]; c.to.IsZero() {
					c.to, c.reason = q.during2024(c.from), "інше"
				}
			}})
	}
	byKey := map[string][]cscAct{}
	for _, a := range acts {
		if a.date.Year() == calibratedYear {
			byKey[a.key] = append(byKey[a.key], a)
		}
	}
	for _, key := range sortedKeys(byKey) {
		g := q.factor()
		for _, a := range byKey[key] {
			for range copies(g, q.intn) {
				next := a
				next.date = a.date.AddDate(1, 0, 0)
				if c := counterpart[a.c]; c != nil {
					next.c = c
				}
				acts = append(acts, next)
			}
		}
	}
	return cases, acts
}

// recurClient is a taken-on case's counterpart a year later, for another person, its
// case numbered by seq.
func (q *planner) recurClient(c *cscClient, seq int) *cscClient {
	age := cscAges[c.category]
	if age == [2]int{} {
		age = cscAges[""]
	}
	n := *c
	n.caseNo = q.ref(fmt.Sprintf("%05d", seq))
	n.who = q.people.aged(age[0], age[1], c.female)
	n.from = c.from.AddDate(1, 0, 0)
	if !c.to.IsZero() {
		n.to = c.to.AddDate(1, 0, 0)
	}
	return &n
}

// extendCSCFamilies carries the families' cases into 2024, per unit: a family taken on
// has its counterpart (as many people, all new), a family leaving leaves whole, for a
// reason a family of the unit left for in 2023.
func (q *planner) extendCSCFamilies(cases []*cscClient, members map[string]int, recur func(*cscClient, int) *cscClient) []*cscClient {
	type series struct {
		ins, stock [][]*cscClient
		reasons    []string
	}
	groups := map[string][]*cscClient{}
	var keys []string
	for _, c := range cases {
		k := c.unit + "|" + c.caseNo
		if members[k] > 1 {
			if groups[k] == nil {
				keys = append(keys, k)
			}
			groups[k] = append(groups[k], c)
		}
	}
	by := map[string]*series{}
	for _, k := range keys {
		g := groups[k]
		head := g[0]
		if by[head.unit] == nil {
			by[head.unit] = &series{}
		}
		s := by[head.unit]
		if head.from.Year() == calibratedYear {
			s.ins = append(s.ins, g)
		}
		if head.to.Year() == calibratedYear {
			s.reasons = append(s.reasons, head.reason)
		}
		if head.from.Before(jan2024) && (head.to.IsZero() || !head.to.Before(jan2024)) {
			s.stock = append(s.stock, g)
		}
	}
	for _, unit := range sortedKeys(by) {
		s := by[unit]
		stock := s.stock
		if len(s.reasons) == 0 {
			stock = nil // nobody left in 2023: no reason to leave for
		}
		q.extend(flow{ins: len(s.ins), outs: len(s.reasons), stock: len(stock),
			recur: func(i int) {
				seq := len(cases)
				for _, c := range s.ins[i] {
					cases = append(cases, recur(c, seq))
				}
			},
			leave: func(i int) {
				to, reason := q.during2024(stock[i][0].from), s.reasons[q.intn(len(s.reasons))]
				for _, c := range stock[i] {
					if c.to.IsZero() {
						c.to, c.reason = to, reason
					}
				}
			}})
	}
	return cases
}

// cumulativeActs are the act kinds whose every earlier act counts at a date (whether a
// request is still pending): a 2022 act of theirs would change 2023's figures.
var cumulativeActs = map[string]bool{"address_registration": true, "address_deregistration": true,
	"boarding_requested": true, "sent_boarding": true}

// earlierActs adds the journal's 2022: each 2023 act a year earlier, for the same
// recipient, as many times per act kind as its growth says.
func (q *planner) earlierActs(acts []cscAct) []cscAct {
	byKey := map[string][]cscAct{}
	for _, a := range acts {
		if a.date.Year() == calibratedYear && !cumulativeActs[a.key] {
			byKey[a.key] = append(byKey[a.key], a)
		}
	}
	for _, key := range sortedKeys(byKey) {
		g := q.factor()
		for _, a := range byKey[key] {
			for range copies(g, q.intn) {
				before := a
				before.date = a.date.AddDate(-1, 0, 0)
				acts = append(acts, before)
			}
		}
	}
	return acts
}
