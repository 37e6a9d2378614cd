package demo

import (
	"fmt"
	"path/filepath"
	"time"
)

// writeRecreation writes the year's register of recreation vouchers.
func (p *planner) writeRecreation(dir string, scale int) (int, error) {
	s := sheet{title: fmt.Sprintf("Реєстр путівок на оздоровлення та відпочинок дітей, %d", p.year),
		header: []string{"Номер путівки", "Дата заїзду", "Заклад", "Свідоцтво про народження", "ПІБ дитини", "Дата народження", "Категорія"}}
	arrivals := map[string]time.Time{}
	seq := 0
	for range scale {
		for _, g := range recreation2023 {
			if _, ok := arrivals[g.place]; !ok {
				arrivals[g.place] = between(p.day(6, 1), p.day(8, 20), p.intn) // one shift per destination
			}
			for range p.n(g.children) {
				seq++
				child := p.people.aged(7, 15, p.intn(2) == 0)
				s.rows = append(s.rows, []any{p.ref(fmt.Sprintf("П-%04d", seq)), arrivals[g.place], g.place,
					fmt.Sprintf("І-КИ %06d", 100000+seq), child.name, child.birth, g.category})
			}
		}
	}
	return 1, s.write(filepath.Join(dir, fmt.Sprintf("ozdorovlennia_%d.xlsx", p.year)))
}
