package demo

import (
	"fmt"
	"math"
	"path/filepath"
	"sort"
	"time"

	sqlfs "github.com/hromadata/hromadata/sql"
)

// expenditure is one payment document of the accounting system.
type expenditure struct {
	date   time.Time
	doc    string
	kpkvk  string
	kekv   string
	fund   string
	amount int64
	payee  string
	about  string
}

var expenditureHeader = []string{"Дата", "Номер документа", "КПКВК МБ", "КЕКВ", "Джерело", "Сума, грн", "Отримувач", "Призначення платежу"}
var obligationHeader = []string{"Номер зобов’язання", "Дата реєстрації", "КПКВК МБ", "Джерело", "Сума, грн", "Дата оплати", "Контрагент"}

type line struct{ kpkvk, fund, name string }

func budgetLineInfo() (map[string]line, error) {
	rows, err := sqlfs.Seed("ref_budget_lines")
	if err != nil {
		return nil, err
	}
	m := map[string]line{}
	for _, r := range rows {
		m[r["id"]] = line{kpkvk: r["kpkvk"], fund: r["fund"], name: r["name_uk"]}
	}
	return m, nil
}

// kekvOf is the economic classification a line's spending is booked under.
func kekvOf(id string) string {
	switch {
	case id == "city.apparatus" || id == "city.sp.csp_maintenance" || id == "city.csp_municipal_bonus":
		return "2111"
	case len(id) > 10 && id[:10] == "city.media":
		return "2240"
	case id == "city.sp.transport_bus" || id == "city.sp.transport_electric" || id == "city.sp.transport_rail" || id == "city.sp.ngo_support":
		return "2610"
	}
	return "2730"
}

// expenditures are the accounting's documents: one transfer per payment list and
// programme for benefits paid through the lists, and documents spread over the
// months for every other line, 2023 adding up to the calibrated totals; next spreads
// 2024's, grown from 2023's.
func (p *planner) expenditures(pays []*payment, scale int, next *planner) ([]expenditure, error) {
	lines, err := budgetLineInfo()
	if err != nil {
		return nil, err
	}
	benefitLine, err := budgetLines()
	if err != nil {
		return nil, err
	}
	type key struct {
		date  time.Time
		kpkvk string
	}
	transfers := map[key]int64{}
	for _, pay := range pays {
		l := lines[benefitLine[pay.a.code]]
		if l.kpkvk == "" || l.fund == "поза кошторисом" {
			continue // paid by the national payer, not from the department's budget
		}
		transfers[key{pay.listDate, l.kpkvk}] += pay.amount
	}
	var out []expenditure
	fundOf := map[string]string{}
	for _, l := range lines {
		fundOf[l.kpkvk] = l.fund
	}
	for k, sum := range transfers {
		out = append(out, expenditure{date: k.date, kpkvk: k.kpkvk, kekv: "2730", fund: fundOf[k.kpkvk], amount: sum,
			payee: "АТ «Ощадбанк»", about: "Перерахування коштів за списком одержувачів допомог"})
	}
	for _, id := range sortedKeys(spent2023) {
		l := lines[id]
		if l.kpkvk == "" {
			return nil, fmt.Errorf("calibration: budget line %s has no programme code", id)
		}
		target := spent2023[id] * int64(scale)
		out = append(out, p.spread(id, l, target, 2023)...)
		out = append(out, p.spread(id, l, int64(float64(target)*0.9), 2022)...)
		out = append(out, next.spread(id, l, next.sum(target), next.year)...)
	}
	sort.Slice(out, func(i, j int) bool {
		if !out[i].date.Equal(out[j].date) {
			return out[i].date.Before(out[j].date)
		}
		if out[i].kpkvk != out[j].kpkvk {
			return out[i].kpkvk < out[j].kpkvk
		}
		return out[i].amount < out[j].amount
	})
	for i := range out {
		out[i].doc = fmt.Sprintf("%d/%05d", out[i].date.Year(), i+1)
	}
	return out, nil
}

// spread splits a year's total over documents dated in each month.
func (p *planner) spread(id string, l line, total int64, year int) []expenditure {
	perMonth := 1 + p.intn(4)
	var out []expenditure
	var weights []float64
	var sum float64
	for m := 1; m <= 12; m++ {
		for range perMonth {
			w := 0.5 + float64(p.intn(1000))/1000
			weights = append(weights, w)
			sum += w
			day := 3 + p.intn(24)
			out = append(out, expenditure{date: d(year, m, day), kpkvk: l.kpkvk, kekv: kekvOf(id), fund: l.fund,
				payee: "Контрагент за договором", about: l.name})
		}
	}
	var given int64
	for i := range out {
		out[i].amount = int64(math.Floor(float64(total) * weights[i] / sum))
		given += out[i].amount
	}
	out[len(out)-1].amount += total - given
	return out
}

// obligation is one registered budget obligation.
type obligation struct {
	no         string
	registered time.Time
	paid       time.Time
	kpkvk      string
	fund       string
	amount     int64
}

// obligations registers each document a few days before it was paid, within its budget
// year, and the December obligations still unpaid at the start of the next: 2023's
// calibrated, then 2024's (next) and 2022's (earlier), grown from them.
func (p *planner) obligations(exps []expenditure, scale int, next, earlier *planner) ([]obligation, error) {
	lines, err := budgetLineInfo()
	if err != nil {
		return nil, err
	}
	var out []obligation
	for _, q := range []*planner{p, next, earlier} {
		out = append(out, q.yearObligations(exps, lines, scale)...)
	}
	for i := range out {
		out[i].no = fmt.Sprintf("З-%06d", i+1)
	}
	return out, nil
}

// yearObligations are the obligations of the planner's budget year.
func (q *planner) yearObligations(exps []expenditure, lines map[string]line, scale int) []obligation {
	var out []obligation
	for _, e := range exps {
		if e.date.Year() == q.year {
			registered := latest(e.date.AddDate(0, 0, -1-q.intn(10)), q.day(1, 1))
			out = append(out, obligation{registered: registered, paid: e.date, kpkvk: e.kpkvk, fund: e.fund, amount: e.amount})
		}
	}
	for _, id := range sortedKeys(unpaidAt2024) {
		l := lines[id]
		out = append(out, obligation{registered: q.day(12, 20+q.intn(10)), paid: d(q.year+1, 1, 9+q.intn(10)),
			kpkvk: l.kpkvk, fund: l.fund, amount: q.sum(unpaidAt2024[id] * int64(scale))})
	}
	return out
}

// writeBudget writes one expenditures export per month and the obligations export.
func writeBudget(dir string, exps []expenditure, obls []obligation) (int, error) {
	byMonth := map[string]*csvFile{}
	var months []string
	for _, e := range exps {
		m := e.date.Format("2006-01")
		if byMonth[m] == nil {
			byMonth[m] = &csvFile{}
			byMonth[m].row(expenditureHeader...)
			months = append(months, m)
		}
		byMonth[m].row(dmy(e.date), e.doc, e.kpkvk, e.kekv, e.fund, money(e.amount), e.payee, e.about)
	}
	sort.Strings(months)
	for _, m := range months {
		if err := byMonth[m].write(filepath.Join(dir, "vydatky_"+m+".csv"), false); err != nil {
			return 0, err
		}
	}
	var c csvFile
	c.row(obligationHeader...)
	for _, o := range obls {
		c.row(o.no, dmy(o.registered), o.kpkvk, o.fund, money(o.amount), dmy(o.paid), "Контрагент за договором")
	}
	return len(months) + 1, c.write(filepath.Join(dir, "zobovyazannia_"+ExportDate.Format("20060102")+".csv"), false)
}
