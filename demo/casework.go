package demo

import (
	"fmt"
	"path/filepath"
	"sort"
	"strconv"
	"time"
)

// cwSpec is one kind of event in a casework register: how many rows, how many people
// they concern, when they begin, and for cases how many are still open at the end of
// 2023 (the rest ended in endFrom..endTo).
type cwSpec struct {
	reg, code      string
	n, persons     int
	from, to       time.Time
	qty, sum       int64 // totals; quantity written only when set
	open           int
	endFrom, endTo time.Time
	lagDays        int // cases end this many days (at most) after they begin
}

var caseworkHeader = []string{"Дата", "Подія", "Номер справи", "РНОКПП", "ПІБ", "Кількість", "Сума, грн", "Дата завершення"}

// caseworkSnapshots name the registers exported as a full snapshot, by its export date;
// the others export a year's events, caseworkYearly names their files.
var (
	caseworkSnapshots = map[string]string{"cbdi": "cbdi_20250110", "yurviddil": "yurviddil_20250110",
		"hrupa": "hrupa_dohliad_20250215", "cherhy": "cherhy_20250110"}
	caseworkYearly = map[string]string{"kontrol": "kontrol", "chaes": "chaes", "diialnist": "diialnist"}
)

// caseworkFile names a register's export of the planner's year.
func (p *planner) caseworkFile(reg string) string {
	if name, ok := caseworkSnapshots[reg]; ok {
		return name
	}
	return fmt.Sprintf("%s_%d", caseworkYearly[reg], p.year)
}

type cwRow struct {
	begin, end   time.Time
	code, caseNo string
	who          *person
	qty, amount  int64
}

// writeCasework writes every casework register.
func (p *planner) writeCasework(dir string, scale int) (int, error) {
	rows := map[string][]cwRow{}
	seq := 0
	for range scale {
		for _, s := range caseworkSpecs {
			if _, snapshot := caseworkSnapshots[s.reg]; snapshot && !p.calibrated() {
				continue // the snapshot of the calibrated year is the register's only export
			}
			from, to := p.at(s.from), p.at(s.to)
			var n int
			if c := centreFrom(s.from); c == "" {
				n = p.n(s.n)
			} else if p.year < centresOpened[c].Year() {
				continue // a centre's own activity: none before it opened
			} else {
				from, _ = p.centreOpen(c)
				n = p.centreN(c, s.n)
			}
			persons := s.persons
			if persons == s.n {
				persons = n
			}
			var people []person
			for range persons {
				people = append(people, p.people.aged(18, 90, p.intn(100) < 60))
			}
			qty := p.shares(p.sum(s.qty*100)/100, n, 1)
			sums := p.shares(p.sum(s.sum), n, 1)
			for i := range n {
				seq++
				r := cwRow{begin: between(from, to, p.intn), code: s.code, caseNo: p.ref(fmt.Sprintf("%s-%06d", s.code, seq))}
				if len(people) > 0 {
					r.who = &people[i%len(people)]
				}
				if s.qty > 0 {
					r.qty = qty[i]
				}
				if s.sum > 0 {
					r.amount = sums[i]
				}
				if i >= s.open && !s.endFrom.IsZero() {
					lo := s.endFrom
					if r.begin.After(lo) {
						lo = r.begin
					}
					hi := s.endTo
					if s.lagDays > 0 && r.begin.AddDate(0, 0, s.lagDays).Before(hi) && r.begin.AddDate(0, 0, s.lagDays).After(lo) {
						hi = r.begin.AddDate(0, 0, s.lagDays)
					}
					r.end = between(lo, hi, p.intn)
				}
				rows[s.reg] = append(rows[s.reg], r)
			}
		}
	}
	files := 0
	for _, reg := range sortedKeys(rows) {
		rs := rows[reg]
		if _, snapshot := caseworkSnapshots[reg]; snapshot {
			rs = p.extendCasework(rs) // the one snapshot holds every year
		}
		sort.SliceStable(rs, func(i, j int) bool { return rs[i].begin.Before(rs[j].begin) })
		var f csvFile
		f.row(caseworkHeader...)
		for _, r := range rs {
			id, name, qty, amount := "", "", "", ""
			if r.who != nil {
				id, name = r.who.rnokpp, r.who.name
			}
			if r.qty > 0 {
				qty = strconv.FormatInt(r.qty, 10)
			}
			if r.amount > 0 {
				amount = money(r.amount)
			}
			f.row(dmy(r.begin), r.code, r.caseNo, id, name, qty, amount, dmy(r.end))
		}
		if err := f.write(filepath.Join(dir, p.caseworkFile(reg)+".csv"), false); err != nil {
			return files, err
		}
		files++
	}
	return files, nil
}
