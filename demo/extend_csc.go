package demo

// extendCSC adds 2024 to the Centre's register and journal. The register as the other
// snapshots: per unit and category, counterparts of 2023's taken-on cases and removals
// during 2024 (a family's case, one number for several people, keeps as it was). The
// journal repeats each 2023 act a year later for the same recipient, as many times per
// act kind as its growth says.
func (q *planner) extendCSC(cases []*cscClient, acts []cscAct) ([]*cscClient, []cscAct) {
	members := map[string]int{}
	for _, c := range cases {
		members[c.unit+"|"+c.caseNo]++
	}
	type series struct{ ins, stock []*cscClient }
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
		if c.from.Before(jan2024) && (c.to.IsZero() || !c.to.Before(jan2024)) {
			by[k].stock = append(by[k].stock, c)
		}
	}
	for _, k := range sortedKeys(by) {
		s := by[k]
		q.extend(flow{ins: len(s.ins), stock: len(s.stock),
			recur: func(i int) { cases = append(cases, q.recurClient(s.ins[i])) },
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
				acts = append(acts, next)
			}
		}
	}
	return cases, acts
}

// recurClient is a taken-on case's counterpart a year later, for another person.
func (q *planner) recurClient(c *cscClient) *cscClient {
	age := cscAges[c.category]
	if age == [2]int{} {
		age = cscAges[""]
	}
	n := *c
	n.caseNo = q.ref(c.caseNo)
	n.who = q.people.aged(age[0], age[1], c.female)
	n.from = c.from.AddDate(1, 0, 0)
	if !c.to.IsZero() {
		n.to = c.to.AddDate(1, 0, 0)
	}
	return &n
}
