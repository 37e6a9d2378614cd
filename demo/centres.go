package demo

import (
	"fmt"
	"path/filepath"
	"time"
)

// visit is one service act of a support centre.
type visit struct {
	date     time.Time
	code     string
	card     string
	who      person
	category string
}

// centresOpened: both centres opened in the second half of 2023, so they have no 2022.
var centresOpened = map[string]time.Time{"vpo": d(2023, 7, 26), "veterany": d(2023, 9, 15)}

// centreOpen is the first day of the planner's year a centre served, and how many of
// its calibrated counts one series of the year's counts makes (a whole year against
// 2023's months open).
func (p *planner) centreOpen(centre string) (time.Time, float64) {
	opened := centresOpened[centre]
	if p.calibrated() {
		return opened, 1
	}
	return p.day(1, 3), 365 / d(2023, 12, 29).Sub(opened).Hours() * 24
}

// centreFrom is the centre whose own activity begins on from, the day it opened
// (its posts, its staff's trainings), or "".
func centreFrom(from time.Time) string {
	for c, opened := range centresOpened {
		if from.Equal(opened) {
			return c
		}
	}
	return ""
}

// centreN is a count of the calibration in the planner's year at a centre.
func (p *planner) centreN(centre string, n int) int {
	_, k := p.centreOpen(centre)
	return p.n(int(float64(n) * k))
}

// centreVisits builds both centres' registers: every service once per counted visitor
// (or act), then the IDP centre's repeat visits and the veterans' visitor categories.
func (p *planner) centreVisits(scale int) map[string][]visit {
	out := map[string][]visit{}
	if p.year < calibratedYear {
		return out
	}
	cards := 0
	newVisitor := func() (string, person) {
		cards++
		return fmt.Sprintf("К-%06d", cards), p.people.next("000")
	}
	for range scale {
		var veterans []struct {
			card     string
			who      person
			category string
		}
		for _, a := range veteranApplicants {
			for range p.centreN("veterany", a.persons) {
				card, who := newVisitor()
				veterans = append(veterans, struct {
					card     string
					who      person
					category string
				}{card, who, a.category})
			}
		}
		var medical []visit
		served := 0
		for _, s := range centreServices {
			centre := "vpo"
			if s.code[0] == 'V' {
				centre = "veterany"
			}
			from, _ := p.centreOpen(centre)
			for i := range p.centreN(centre, s.n) {
				day := between(from, p.day(12, 29), p.intn)
				v := visit{date: day, code: s.code}
				switch {
				case s.code == "I08": // medicines go to those the physician saw
					m := medical[i%len(medical)]
					v.card, v.who = m.card, m.who
				case s.code[0] == 'V' && s.code < "V30": // consultations: every veteran visitor at least once
					vet := veterans[served%len(veterans)]
					v.card, v.who, v.category = vet.card, vet.who, vet.category
					served++
				default:
					v.card, v.who = newVisitor()
					if centre == "vpo" {
						v.category = "idp"
					}
				}
				if s.code == "I07" {
					medical = append(medical, v)
				}
				out[centre] = append(out[centre], v)
			}
		}
		for _, code := range sortedKeys(idpCentreRepeats) { // sorted: the generator must be deterministic
			n := idpCentreRepeats[code]
			var same []visit
			for _, v := range out["vpo"] {
				if v.code == code {
					same = append(same, v)
				}
			}
			for range p.centreN("vpo", n) {
				v := same[p.intn(len(same))]
				v.date = between(v.date, p.day(12, 29), p.intn)
				out["vpo"] = append(out["vpo"], v)
			}
		}
	}
	return out
}

var centreHeader = []string{"Дата", "Послуга", "Картка відвідувача", "РНОКПП", "ПІБ", "Категорія"}

// writeCentres writes each centre's register, one workbook per month.
func (p *planner) writeCentres(dir string, scale int) (int, error) {
	files := 0
	for centre, visits := range p.centreVisits(scale) {
		byMonth := map[string]*sheet{}
		for _, v := range visits {
			m := v.date.Format("2006-01")
			if byMonth[m] == nil {
				byMonth[m] = &sheet{title: "Журнал послуг центру підтримки, " + m, header: centreHeader}
			}
			var category any
			if v.category != "" {
				category = v.category
			}
			byMonth[m].rows = append(byMonth[m].rows, []any{v.date, v.code, v.card, v.who.rnokpp, v.who.name, category})
		}
		for _, m := range sortedKeys(byMonth) {
			if err := byMonth[m].write(filepath.Join(dir, fmt.Sprintf("tsentr_%s_%s.xlsx", centre, m))); err != nil {
				return files, err
			}
			files++
		}
	}
	return files, nil
}
