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
	s := sheet{title: "Реєстр навчання працівників за 2023 рік", header: trainingHeader}
	worker := 0
	next := func(employer string) (string, person) {
		worker++
		prefix := "Ц"
		if employer == "департамент" {
			prefix = "Д"
		}
		return fmt.Sprintf("%s-%04d", prefix, worker), p.people.aged(22, 60, p.intn(100) < 80)
	}
	day := func() time.Time { return between(d(2023, 1, 16), d(2023, 12, 22), p.intn) }
	for range scale {
		var centre [][2]string
		for _, t := range cscTrainings {
			for k := range t.n {
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
			for range c.n {
				id, who := next("ЦНСП")
				s.rows = append(s.rows, []any{"ЦНСП", id, who.name, "Н15", day(), c.what})
			}
		}
		for _, t := range departmentTrainings {
			for range t.n {
				id, who := next("департамент")
				s.rows = append(s.rows, []any{"департамент", id, who.name, t.what, day(), nil})
			}
		}
	}
	return 1, s.write(filepath.Join(dir, "navchannia_2023.xlsx"))
}

var hrHeader = []string{"Табельний номер", "ПІБ", "Захід", "Дата", "Результат"}

// writeHR writes the HR register: evaluations (in the first weeks of the year, for the
// year before) and award packages.
func (p *planner) writeHR(dir string, scale int) (int, error) {
	s := sheet{title: "Кадрові заходи за 2023 рік", header: hrHeader}
	worker := 0
	for range scale {
		for _, r := range hrRecords {
			action, result, _ := strings.Cut(r.what, ": ")
			for range r.n {
				worker++
				who := p.people.aged(23, 62, p.intn(100) < 80)
				day, res := between(d(2023, 1, 9), d(2023, 2, 24), p.intn), any(result)
				if result == "" {
					day, res = between(d(2023, 3, 1), d(2023, 11, 30), p.intn), nil
				}
				s.rows = append(s.rows, []any{fmt.Sprintf("Д-%04d", worker), who.name, action, day, res})
			}
		}
	}
	return 1, s.write(filepath.Join(dir, "kadry_2023.xlsx"))
}
