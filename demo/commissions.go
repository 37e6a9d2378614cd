package demo

import (
	"fmt"
	"path/filepath"
	"sort"
	"time"
)

var socialServices = []string{"догляд вдома", "денний догляд", "соціальне таксі", "натуральна допомога", "соціальний супровід", "стаціонарний догляд"}

// writeSocialServicesDecisions writes the commission's decisions, one export per month.
func (p *planner) writeSocialServicesDecisions(dir string, scale int) (int, error) {
	var days []time.Time
	for day := p.at(d(2023, 1, 4)); len(days) < socialServicesMeetings; day = day.AddDate(0, 0, 7) {
		days = append(days, day)
		if len(days)%13 == 0 && len(days) < socialServicesMeetings { // extraordinary sittings, four a year
			days = append(days, day.AddDate(0, 0, 2))
		}
	}
	files := map[string]*csvFile{}
	k := 0 // decisions go round the sittings, so that every sitting decides something
	for range scale {
		for _, decision := range sortedKeys(socialServicesDecisions) {
			for range p.n(socialServicesDecisions[decision]) {
				day := days[k%len(days)]
				k++
				who := p.people.next("000")
				m := day.Format("2006-01")
				if files[m] == nil {
					files[m] = &csvFile{}
					files[m].row("Дата засідання", "Номер протоколу", "РНОКПП заявника", "ПІБ заявника", "Послуга", "Рішення")
				}
				files[m].row(dmy(day), fmt.Sprintf("%d/%d", protocolNo(day, days), p.year), who.rnokpp, who.name, socialServices[p.intn(len(socialServices))], decision)
			}
		}
	}
	for _, m := range sortedKeys(files) {
		if err := files[m].write(filepath.Join(dir, "rishennia_posluhy_"+m+".csv"), false); err != nil {
			return 0, err
		}
	}
	return len(files), nil
}

func protocolNo(day time.Time, days []time.Time) int {
	return sort.Search(len(days), func(i int) bool { return !days[i].Before(day) }) + 1
}

// writeAdvisoryMeetings writes the year's sittings of the other advisory bodies.
func (p *planner) writeAdvisoryMeetings(dir string, scale int) (int, error) {
	var c csvFile
	c.row("Дата засідання", "Орган", "Номер протоколу")
	for range scale {
		for _, body := range sortedKeys(advisorySittings) {
			for i := range p.n(advisorySittings[body]) {
				c.row(dmy(between(p.day(1, 10), p.day(12, 22), p.intn)), body, fmt.Sprintf("%s-%d", body, i+1))
			}
		}
	}
	return 1, c.write(filepath.Join(dir, fmt.Sprintf("zasidannia_%d.csv", p.year)), false)
}
