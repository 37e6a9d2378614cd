package demo

import (
	"fmt"
	"math"
	"path/filepath"
	"sort"
	"strings"
)

// passportHeader and reportHeader are the finance department's exports of budget
// programme passports and their execution reports (docs/exports/passports.md).
var (
	passportHeader = []string{"КПКВК МБ", "Рік", "Дата затвердження", "Номер наказу", "Розділ", "№ з/п", "Зміст", "Вид показника", "Одиниця виміру", "Загальний фонд, грн", "Спеціальний фонд, грн", "Значення"}
	reportHeader   = []string{"КПКВК МБ", "Рік", "Звітний період", "Вид показника", "№ з/п", "Показник", "Одиниця виміру", "Факт", "Пояснення відхилення"}
	reportPeriods  = []string{"I квартал", "I півріччя", "9 місяців", "рік"}
)

// lagging is how many programmes a year are planned well above what they spend, so
// that the budget page and the first screen have lines that lag.
const lagging = 3

// programmeYear is what the records say of one programme in one year, cumulative to
// the end of each quarter: the ground the passport's actual values must agree with.
type programmeYear struct {
	id, kpkvk string
	year      int
	l         line
	spent     [4]int64 // kopecks from 1 January
	families  [4]int   // families paid through the benefit lists, 0 when none
}

// programmeYears gathers each programme's spending and benefit families by year.
func programmeYears(exps []expenditure, pays []*payment) (map[int][]*programmeYear, error) {
	lines, err := budgetLineInfo()
	if err != nil {
		return nil, err
	}
	benefitLine, err := budgetLines()
	if err != nil {
		return nil, err
	}
	idOf := map[string]string{}
	for id, l := range lines {
		if l.kpkvk != "" {
			idOf[l.kpkvk] = id
		}
	}
	byKey := map[string]*programmeYear{}
	get := func(year int, kpkvk string) *programmeYear {
		k := fmt.Sprint(year, kpkvk)
		if byKey[k] == nil {
			byKey[k] = &programmeYear{id: idOf[kpkvk], kpkvk: kpkvk, year: year, l: lines[idOf[kpkvk]]}
		}
		return byKey[k]
	}
	for _, e := range exps {
		py := get(e.date.Year(), e.kpkvk)
		for q := (int(e.date.Month()) - 1) / 3; q < 4; q++ {
			py.spent[q] += e.amount
		}
	}
	type seen struct {
		f     *family
		kpkvk string
		year  int
	}
	first := map[seen]int{} // the quarter a family was first paid in
	for _, pay := range pays {
		kpkvk := lines[benefitLine[pay.a.code]].kpkvk
		if byKey[fmt.Sprint(pay.listDate.Year(), kpkvk)] == nil {
			continue // not paid from the department's budget
		}
		s, q := seen{pay.fam, kpkvk, pay.listDate.Year()}, (int(pay.listDate.Month())-1)/3
		if was, ok := first[s]; !ok || q < was {
			first[s] = q
		}
	}
	for s, q0 := range first {
		py := get(s.year, s.kpkvk)
		for q := q0; q < 4; q++ {
			py.families[q]++
		}
	}
	out := map[int][]*programmeYear{}
	for _, py := range byKey {
		out[py.year] = append(out[py.year], py)
	}
	for _, ps := range out {
		sort.Slice(ps, func(i, j int) bool { return ps[i].kpkvk < ps[j].kpkvk })
	}
	return out, nil
}

// writePassports writes, for each year the budget covers, every edition of every
// programme's passport and the execution reports filed by the export date: the
// original approved in January, amended one to three times during the year, the last
// edition planning what the programme spent over its execution rate.
func (p *planner) writePassports(dir string, exps []expenditure, pays []*payment) (int, error) {
	years, err := programmeYears(exps, pays)
	if err != nil {
		return 0, err
	}
	files := 0
	for _, year := range []int{2022, 2023, 2024} {
		q := p.forYear(year, passportStream)
		var pass, rep csvFile
		pass.row(passportHeader...)
		rep.row(reportHeader...)
		slow := map[int]bool{}
		for len(slow) < min(lagging, len(years[year])) {
			slow[q.intn(len(years[year]))] = true
		}
		for i, py := range years[year] {
			rate := 0.94 + float64(q.intn(6))/100
			if slow[i] {
				rate = 0.6 + float64(q.intn(12))/100
			}
			final := roundUp(int64(float64(py.spent[3])/rate), 10000) // kopecks, to 100 UAH
			ind := q.indicators(py, final, rate)
			q.passport(&pass, py, final, ind)
			quarters := 4
			if year == ExportDate.Year()-1 {
				quarters = 3 // the year's report is not filed by the export date
			}
			for k := range quarters {
				for _, x := range ind {
					rep.row(py.kpkvk, fmt.Sprint(year), reportPeriods[k], x.kind, fmt.Sprint(x.no), x.name, x.unit, x.actual[k], x.explain(k, rate))
				}
			}
		}
		stamp := ExportDate.Format("20060102")
		if err := pass.write(filepath.Join(dir, fmt.Sprintf("pasporty_%d_%s.csv", year, stamp)), false); err != nil {
			return files, err
		}
		if err := rep.write(filepath.Join(dir, fmt.Sprintf("zvit_pasporty_%d_%s.csv", year, stamp)), false); err != nil {
			return files + 1, err
		}
		files += 2
	}
	return files, nil
}

// passport writes the editions of one programme's passport for the year.
func (q *planner) passport(c *csvFile, py *programmeYear, final int64, ind []indicator) {
	year := py.year
	plans := []int64{roundUp(int64(float64(final)*(0.88+float64(q.intn(10))/100)), 10000)}
	amended := 1 + q.intn(3)
	for k := 1; k <= amended; k++ {
		plans = append(plans, plans[0]+(final-plans[0])*int64(k)/int64(amended))
	}
	date := q.day(1, 10+q.intn(15))
	for k, plan := range plans {
		if k > 0 {
			month := 3 + (k-1)*9/amended + q.intn(9/amended)
			date = latest(q.day(month, 1+q.intn(27)), date.AddDate(0, 0, 1))
		}
		special := int64(0)
		if py.l.fund == "МБ" && (py.id == "city.sp.csp_maintenance" || py.id == "city.apparatus") {
			special = plan * 3 / 100
		}
		order := fmt.Sprintf("%d-ФУ/%d", 40+k*17+q.intn(10), year%100)
		row := func(section string, no int, content, kind, unit, general, spec, value string) {
			c.row(py.kpkvk, fmt.Sprint(year), dmy(date), order, section, fmt.Sprint(no), content, kind, unit, general, spec, value)
		}
		row("обсяг", 1, "Обсяг бюджетних призначень", "", "", money(plan-special), money(special), "")
		row("мета", 1, "Забезпечення соціального захисту мешканців громади: "+lowerFirst(py.l.name), "", "", "", "", "")
		row("завдання", 1, "Своєчасно та в повному обсязі здійснити видатки за програмою", "", "", "", "", "")
		row("завдання", 2, "Забезпечити цільове використання бюджетних коштів", "", "", "", "", "")
		row("напрям", 1, py.l.name, "", "", money(plan-special), money(special), "")
		for _, x := range ind {
			planned := x.planned
			if x.no == 1 {
				planned = money(plan) // the cost indicator follows the edition's appropriations
			}
			row("показник", x.no, x.name, x.kind, x.unit, "", "", planned)
		}
	}
}

// indicator is one performance indicator with its planned and reported values.
type indicator struct {
	no                        int
	kind, name, unit, planned string
	actual                    [4]string
}

// explain gives a reason for an indicator the programme fell short of.
func (x indicator) explain(quarter int, rate float64) string {
	if quarter == 3 && rate < 0.9 && x.no <= 2 {
		return "Економія коштів через меншу кількість звернень, ніж планувалося"
	}
	return ""
}

// indicators are the programme's four indicators: cost (what it spent, from the
// accounting), product (families paid through the benefit lists where it pays them,
// otherwise a count of its own), efficiency (cost per unit of product) and quality
// (execution of the appropriations).
func (q *planner) indicators(py *programmeYear, final int64, rate float64) []indicator {
	cost := indicator{no: 1, kind: "затрат", name: "Обсяг видатків", unit: "грн", planned: money(final)}
	name, unit := productOf(py)
	product := indicator{no: 2, kind: "продукту", name: name, unit: unit}
	var done [4]int
	if py.families[3] > 0 {
		done = py.families
	} else {
		year := int(math.Max(1, math.Round(float64(final)/100/(800+float64(q.intn(4000))))))
		for k := range 4 {
			done[k] = max(1, int(math.Round(float64(year)*rate*float64(k+1)/4)))
		}
	}
	plannedN := int(math.Round(float64(done[3]) / math.Min(1, rate+0.03)))
	product.planned = whole(plannedN)
	eff := indicator{no: 3, kind: "ефективності", name: "Середні витрати на одиницю продукту", unit: "грн", planned: money(final / int64(max(1, plannedN)))}
	quality := indicator{no: 4, kind: "якості", name: "Рівень виконання бюджетних призначень", unit: "%", planned: "100"}
	for k := range 4 {
		cost.actual[k] = money(py.spent[k])
		product.actual[k] = whole(done[k])
		eff.actual[k] = money(py.spent[k] / int64(max(1, done[k])))
		quality.actual[k] = strings.Replace(fmt.Sprintf("%.1f", 100*float64(py.spent[k])/float64(final)), ".", ",", 1)
	}
	return []indicator{cost, product, eff, quality}
}

// productOf names a programme's product indicator by what its money buys.
func productOf(py *programmeYear) (string, string) {
	switch kekv := kekvOf(py.id); {
	case py.families[3] > 0:
		return "Кількість сімей, яким виплачено допомогу", "сімей"
	case kekv == "2111":
		return "Кількість штатних одиниць", "од."
	case kekv == "2240":
		return "Кількість публікацій і виходів в ефір", "публікацій"
	default:
		return "Кількість одержувачів", "осіб"
	}
}

func roundUp(k, step int64) int64 { return (k + step - 1) / step * step }

func whole(n int) string { return strings.TrimSuffix(money(int64(n)*100), ",00") }

func lowerFirst(s string) string {
	r := []rune(s)
	if len(r) > 1 && r[1] >= 'а' && r[1] <= 'я' {
		r[0] = []rune(strings.ToLower(string(r[0])))[0]
	}
	return string(r)
}
