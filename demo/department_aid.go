package demo

import (
	"fmt"
	"path/filepath"
	"time"
)

// aidAction is one action of the department's gifts and natural aid: how many
// recipients, what they got in all, and on what documents.
type aidAction struct {
	code            string
	from, to        time.Time
	recipients      int
	rowsEach        int   // rows per recipient (monthly reimbursements), default one
	qtyEach         int64 // items per row, default one
	sum             int64 // kopecks in all
	each            int64 // kopecks per row, when every row costs the same (instead of sum)
	basis, funding  string
	petitions, apps int // the documents aid was given on, when it was asked for
	child           bool
	same            string // the recipients of another action (the same people)
}

var aidHeader = []string{"Дата", "Захід", "Підстава", "Номер документа", "Отримувач (РНОКПП або свідоцтво)", "ПІБ", "Кількість", "Сума, грн", "Джерело"}

// writeDepartmentAid writes the year's register of the department's gifts and aid.
func (p *planner) writeDepartmentAid(dir string, scale int) (int, error) {
	s := sheet{title: fmt.Sprintf("Реєстр натуральної допомоги та подарунків за %d рік", p.year), header: aidHeader}
	certs := 0
	for pass := range scale {
		who := map[string][][2]string{}
		for _, a := range departmentActions {
			people := who[a.same]
			if a.same == "" {
				for range p.n(a.recipients) {
					if a.child {
						certs++
						c := p.people.aged(2, 16, p.intn(2) == 0)
						people = append(people, [2]string{fmt.Sprintf("І-АП %06d", certs), c.name})
					} else {
						c := p.people.aged(25, 90, p.intn(100) < 70)
						people = append(people, [2]string{c.rnokpp, c.name})
					}
				}
			}
			who[a.code] = people
			rows := len(people) * max(1, a.rowsEach)
			sums := p.shares(p.sum(a.sum)/10, rows, 1)
			if a.each > 0 {
				for i := range sums {
					sums[i] = a.each / 10
				}
			}
			docs := aidDocuments(a, rows, pass)
			for i := range rows {
				r := people[i%len(people)]
				day := between(p.at(a.from), p.at(a.to), p.intn)
				if a.rowsEach > 1 { // monthly: one row per recipient per month
					day = p.at(a.from).AddDate(0, i/len(people), 0)
				}
				s.rows = append(s.rows, []any{day, a.code, docs[i][0], docs[i][1], r[0], r[1], max(1, a.qtyEach), money(sums[i] * 10), a.funding})
			}
		}
	}
	return 1, s.write(filepath.Join(dir, fmt.Sprintf("nat_dopomoha_%d.xlsx", p.year)))
}

// aidDocuments gives each row its basis: applications are one person's each, the
// petitions share the rest; actions given by list share one list.
func aidDocuments(a aidAction, rows, pass int) [][2]string {
	out := make([][2]string, rows)
	for i := range out {
		switch {
		case i < a.apps:
			out[i] = [2]string{"заява", fmt.Sprintf("З-%d-%s-%d", pass+1, a.code, i+1)}
		case a.petitions > 0:
			out[i] = [2]string{"клопотання", fmt.Sprintf("К-%d-%s-%d", pass+1, a.code, (i-a.apps)%a.petitions+1)}
		default:
			out[i] = [2]string{a.basis, fmt.Sprintf("С-%d-%s", pass+1, a.code)}
		}
	}
	return out
}
