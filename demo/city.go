package demo

import (
	"fmt"
	"path/filepath"
	"sort"
	"time"
)

// cityPayment is one payment under a city social-protection programme.
type cityPayment struct {
	date     time.Time
	code     string
	caseNo   string
	who      person
	forMonth time.Time // zero for one-off payments
	percent  string
	amount   int64
}

var cityHeader = []string{"Дата виплати", "Код виплати", "Номер справи", "РНОКПП", "ПІБ", "За місяць", "Відсоток пільги", "Сума, грн"}

// cityPayments generates the planner's year's payments under the city programmes; the
// one-off events of 2023 (police arrears, housing for two combatants) happen only then.
func (p *planner) cityPayments(scale int) []cityPayment {
	var out []cityPayment
	cases := 0
	newCase := func() string { cases++; return fmt.Sprintf("МП-%06d", cases) }
	for range scale {
		for _, t := range cityOneOff {
			for range p.n(t.persons) {
				out = append(out, cityPayment{date: p.at(t.date), code: t.code, caseNo: newCase(), who: p.people.next("000"), amount: t.amount})
			}
		}
		for _, t := range cityMonthly {
			for i := range p.n(t.persons) {
				c, who := newCase(), p.people.next("000")
				for m := 1; m <= 12; m++ {
					out = append(out, cityPayment{date: p.day(m, 10), code: t.code, caseNo: c, who: who, forMonth: p.day(m, 1), amount: t.amount})
				}
				if t.code == "605" && i == 0 && p.calibrated() {
					for m := 13 - policeArrearsMonths; m <= 12; m++ {
						out = append(out, cityPayment{date: d(2023, 1, 10), code: t.code, caseNo: c, who: who, forMonth: d(2022, m, 1), amount: t.amount})
					}
				}
			}
		}
		oncology := p.n(oncologyFamilies)
		for i := range oncology + 1 {
			c, who, first := newCase(), p.people.next("000"), 1
			if i == oncology {
				first = 13 - oncologyJoinerMonths
			}
			for m := first; m <= 12; m++ {
				out = append(out, cityPayment{date: p.day(m, 10), code: "617", caseNo: c, who: who, forMonth: p.day(m, 1), amount: oncologyAmount})
			}
		}
		if p.calibrated() {
			out = append(out, p.housingCompensation(newCase)...)
		}
		out = append(out, p.fallenAnnual(newCase)...)
		out = append(out, p.fallenMonthly(newCase)...)
		for _, t := range cityHousing {
			out = append(out, p.housing(t.code, p.n(t.persons), p.sum(t.total), newCase)...)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].date.Before(out[j].date) })
	return out
}

// housingCompensation pays two IDP combatants for their flats.
func (p *planner) housingCompensation(newCase func() string) []cityPayment {
	var out []cityPayment
	combatants := []person{p.people.aged(25, 50, false), p.people.aged(25, 50, false)}
	for _, h := range housingCompensation {
		for i, amount := range h.amount {
			out = append(out, cityPayment{date: d(2023, 8+i, 17), code: h.code, caseNo: newCase(), who: combatants[i], amount: amount})
		}
	}
	return out
}

// fallenAnnual splits each family's aid between its members; the last families get top-ups.
// Another year has its own number of families and members (the aid per family is the
// programme's), so its sum is not 2023's.
func (p *planner) fallenAnnual(newCase func() string) []cityPayment {
	families := p.n(fallenFamilies)
	persons := max(p.n(fallenPersons), families)
	sizes := make([]int, families)
	for i := range sizes {
		sizes[i] = 1
	}
	for extra := persons - families; extra > 0; extra-- {
		if i := p.intn(families - fallenTopUpFamilies); sizes[i] < 5 {
			sizes[i]++
		} else {
			extra++
		}
	}
	var out []cityPayment
	topUps := []int64{5000, 5000, fallenTopUpTotal - 10000}
	for f, size := range sizes {
		c := newCase()
		total := int64(fallenFamilyAid)
		if f >= families-fallenTopUpFamilies {
			total = topUps[f-(families-fallenTopUpFamilies)]
		}
		share := total / int64(size)
		for m := range size {
			amount := share
			if m == size-1 {
				amount = total - share*int64(size-1)
			}
			out = append(out, cityPayment{date: p.day(5, 8), code: "612", caseNo: c, who: p.people.next("000"), amount: amount})
		}
	}
	return out
}

// fallenMonthly pays each recipient from the month they joined to December. Another
// year has its own recipients and person-months, so its sum is not 2023's.
func (p *planner) fallenMonthly(newCase func() string) []cityPayment {
	persons := p.n(fallenMonthlyPersons)
	payments := min(max(p.n(fallenMonthlyPayments), persons), 12*persons)
	months := make([]int, persons)
	total := 0
	for i := range months {
		months[i] = 12
		total += 12
	}
	for total > payments {
		if i := p.intn(len(months)); months[i] > 1 {
			months[i]--
			total--
		}
	}
	var out []cityPayment
	for _, n := range months {
		c, who := newCase(), p.people.next("000")
		for m := 13 - n; m <= 12; m++ {
			out = append(out, cityPayment{date: p.day(m, 10), code: "613", caseNo: c, who: who, forMonth: p.day(m, 1), amount: fallenMonthlyAmount})
		}
	}
	// The calibrated year's sum is the report's: the difference is a rounding correction on the last payment.
	if p.calibrated() {
		out[len(out)-1].amount += fallenMonthlyTotal - int64(fallenMonthlyPayments)*fallenMonthlyAmount
	}
	return out
}

// housing pays half of each household's monthly utility bill, months varying per person.
func (p *planner) housing(code string, persons int, total int64, newCase func() string) []cityPayment {
	var out []cityPayment
	var weights []float64
	var sum float64
	for range persons {
		c, who := newCase(), p.people.next("000")
		from := 1 + p.intn(6)
		for m := from; m <= 12; m++ {
			w := 0.6 + float64(p.intn(800))/1000
			weights = append(weights, w)
			sum += w
			out = append(out, cityPayment{date: p.day(m, 20), code: code, caseNo: c, who: who, forMonth: p.day(m, 1), percent: "50"})
		}
	}
	var given int64
	for i := range out {
		out[i].amount = int64(float64(total) * weights[i] / sum)
		given += out[i].amount
	}
	out[len(out)-1].amount += total - given
	return out
}

func writeCityPayments(dir string, pays []cityPayment) (int, error) {
	files := map[string]*csvFile{}
	var months []string
	for _, c := range pays {
		m := c.date.Format("2006-01")
		if files[m] == nil {
			files[m] = &csvFile{}
			files[m].row(cityHeader...)
			months = append(months, m)
		}
		forMonth := ""
		if !c.forMonth.IsZero() {
			forMonth = c.forMonth.Format("01.2006")
		}
		files[m].row(dmy(c.date), c.code, c.caseNo, c.who.rnokpp, c.who.name, forMonth, c.percent, money(c.amount))
	}
	sort.Strings(months)
	for _, m := range months {
		if err := files[m].write(filepath.Join(dir, "miski_vyplaty_"+m+".csv"), false); err != nil {
			return 0, err
		}
	}
	return len(months), nil
}
