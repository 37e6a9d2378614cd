package demo

import (
	"fmt"
	"path/filepath"
	"strings"
	"time"
)

var trainingHeader = []string{"Установа", "Табельний номер", "ПІБ", "Навчання", "Дата закінчення", "Сертифікат за професією"}

// writeTrainings writes the training register: the Centre's workers each on one of
// the listed courses (some also on the office course, some certified), and the
// department's workers on theirs.
func (p *planner) writeTrainings(dir string, scale int) (int, error) {
	s := sheet{title: fmt.Sprintf("Реєстр навчання працівників за %d рік", p.year), header: trainingHeader}
	worker := 0
	next := func(employer string) (string, person) {
		worker++
		prefix := "Ц"
		if employer == "департамент" {
			prefix = "Д"
		}
		return fmt.Sprintf("%s-%04d", prefix, worker), p.people.aged(22, 60, p.intn(100) < 80)
	}
	day := func() time.Time { return between(p.day(1, 16), p.day(12, 22), p.intn) }
	for range scale {
		var centre [][2]string
		for _, t := range cscTrainings {
			for k := range p.n(t.n) {
				if t.what == "Н14" { // the office course went to workers already on another
					w := centre[(7*k)%len(centre)]
					s.rows = append(s.rows, []any{"ЦНСП", w[0], w[1], t.what, day(), nil})
					continue
				}
				id, who := next("ЦНСП")
				centre = append(centre, [2]string{id, who.name})
				s.rows = append(s.rows, []any{"ЦНСП", id, who.name, t.what, day(), nil})
			}
		}
		for _, c := range cscCertified {
			for range p.n(c.n) {
				id, who := next("ЦНСП")
				s.rows = append(s.rows, []any{"ЦНСП", id, who.name, "Н15", day(), c.what})
			}
		}
		for _, t := range departmentTrainings {
			for range p.n(t.n) {
				id, who := next("департамент")
				s.rows = append(s.rows, []any{"департамент", id, who.name, t.what, day(), nil})
			}
		}
	}
	return 1, s.write(filepath.Join(dir, fmt.Sprintf("navchannia_%d.xlsx", p.year)))
}

var hrHeader = []string{"Табельний номер", "ПІБ", "Захід", "Дата", "Результат"}

// writeHR writes the HR register: evaluations (in the first weeks of the year, for the
// year before) and award packages.
func (p *planner) writeHR(dir string, scale int) (int, error) {
	s := sheet{title: fmt.Sprintf("Кадрові заходи за %d рік", p.year), header: hrHeader}
	worker := 0
	for range scale {
		for _, r := range hrRecords {
			action, result, _ := strings.Cut(r.what, ": ")
			for range p.n(r.n) {
				worker++
				who := p.people.aged(23, 62, p.intn(100) < 80)
				day, res := between(p.day(1, 9), p.day(2, 24), p.intn), any(result)
				if result == "" {
					day, res = between(p.day(3, 1), p.day(11, 30), p.intn), nil
				}
				s.rows = append(s.rows, []any{fmt.Sprintf("Д-%04d", worker), who.name, action, day, res})
			}
		}
	}
	return 1, s.write(filepath.Join(dir, fmt.Sprintf("kadry_%d.xlsx", p.year)))
}
