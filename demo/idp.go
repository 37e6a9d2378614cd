package demo

import (
	"fmt"
	"path/filepath"
	"time"

	"github.com/hromadata/hromadata"
)

// idp is a person in the IDP database.
type idp struct {
	office                 hromadata.Office
	who                    person
	certificate            string
	certified, arrived     time.Time
	registered, deregister time.Time
	pensioner, disabled    bool
}

var fullScale = d(2022, 2, 24)

// idps builds the database: arrivals since the full-scale invasion, earlier IDPs, who is
// still on record at 2024 and the flags among them.
func (p *planner) idps(scale int) []idp {
	var out []idp
	seq := 0
	for range scale {
		var city []idp
		add := func(arrived, certified time.Time, age int) {
			seq++
			who := p.people.aged(age, age, p.intn(100) < 55)
			city = append(city, idp{office: p.office(), who: who, certificate: fmt.Sprintf("%04d-%07d", 1200+p.intn(40), seq),
				certified: certified, arrived: arrived, registered: certified})
		}
		for range idpArrivedSince {
			arrived := between(fullScale, d(2023, 12, 20), p.intn)
			add(arrived, arrived.AddDate(0, 0, p.intn(10)), 18+p.intn(70))
		}
		for range idpReissuedEarlier {
			add(between(d(2014, 6, 1), d(2021, 12, 31), p.intn), between(d(2022, 3, 1), d(2023, 12, 20), p.intn), 18+p.intn(70))
		}
		for range idpEarlierOther {
			arrived := between(d(2014, 6, 1), d(2021, 12, 31), p.intn)
			add(arrived, arrived.AddDate(0, 0, p.intn(30)), 18+p.intn(70))
		}
		p.rnd.Shuffle(len(city), func(i, j int) { city[i], city[j] = city[j], city[i] })
		// The first idpOnRecord stay on record; the rest left the city or returned home.
		for i := idpOnRecord; i < len(city); i++ {
			c := &city[i]
			// Left the city or went home: some time after registering, always before 2024.
			lo := clamp(c.registered.AddDate(0, 1, 0), d(2022, 6, 1), d(2023, 12, 28))
			c.deregister = latest(between(lo, d(2023, 12, 28), p.intn), c.registered)
		}
		for i := 0; i < idpChildren; i++ {
			c := &city[i]
			c.who = p.people.aged(0, 17, p.intn(2) == 0)
		}
		for i := idpChildren; i < idpChildren+idpPensioners; i++ {
			c := &city[i]
			c.who = p.people.aged(60, 92, p.intn(100) < 60)
			c.pensioner = true
		}
		for i := 0; i < idpDisabled; i++ {
			city[idpChildren+idpPensioners/2+i].disabled = true
		}
		out = append(out, city...)
	}
	return out
}

var idpHeader = []string{"Номер довідки", "Дата видачі довідки", "РНОКПП", "ПІБ", "Дата народження", "Дата прибуття", "Дата взяття на облік", "Дата зняття з обліку", "Пенсіонер", "Інвалідність"}

func yesNo(b bool) string {
	if b {
		return "так"
	}
	return "ні"
}

func optionalDate(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t
}

// writeIDPs writes one workbook per office and the dormitories' placements of the
// placed: those of 2023, as they were at its end.
func (p *planner) writeIDPs(dir string, people, placed []idp) (int, error) {
	for _, o := range hromadata.Offices {
		s := sheet{title: "ЄІБД ВПО: взяті на облік, " + o.Name, header: idpHeader}
		for _, c := range people {
			if c.office == o {
				s.rows = append(s.rows, []any{c.certificate, c.certified, c.who.rnokpp, c.who.name, c.who.birth,
					c.arrived, c.registered, optionalDate(c.deregister), yesNo(c.pensioner), yesNo(c.disabled)})
			}
		}
		if err := s.write(filepath.Join(dir, fmt.Sprintf("vpo_%s_%s.xlsx", o.Slug, ExportDate.Format("20060102")))); err != nil {
			return 0, err
		}
	}
	return len(hromadata.Offices) + 1, p.writeDormitories(dir, placed)
}

var dormitories = []string{"Гуртожиток, вул. Сигнальна, 7", "Гуртожиток, пр. Свободи, 42", "Місце компактного проживання «Дружба»", "Гуртожиток КЗ «Ліцей № 3»"}

// writeDormitories places arrivals in dormitories: those still there at 2024 are on
// record, a few moved between dormitories, the others moved out.
func (p *planner) writeDormitories(dir string, people []idp) error {
	s := sheet{title: "Поселення ВПО в місцях компактного проживання", header: []string{"Місце проживання", "Номер довідки ВПО", "ПІБ", "Дата заселення", "Дата виселення"}}
	placed := 0
	for _, c := range people {
		if placed == idpSheltered*len(people)/(idpArrivedSince+idpReissuedEarlier+idpEarlierOther) || c.arrived.Before(fullScale) {
			continue
		}
		in := c.arrived.AddDate(0, 0, p.intn(5))
		now := placed < idpShelteredNow*len(people)/(idpArrivedSince+idpReissuedEarlier+idpEarlierOther) && c.deregister.IsZero()
		if placed < idpShelteredNow*len(people)/(idpArrivedSince+idpReissuedEarlier+idpEarlierOther) && !now {
			continue // those living there now must still be on record
		}
		var out time.Time
		if !now {
			out = between(in.AddDate(0, 0, 7), latest(in.AddDate(0, 0, 8), d(2023, 12, 28)), p.intn)
			if out.After(d(2023, 12, 28)) {
				out = d(2023, 12, 28)
			}
			if out.Before(in) {
				out = in
			}
		}
		place := dormitories[p.intn(len(dormitories))]
		if p.intn(20) == 0 && !now { // moved from one dormitory to another: one person, two placements
			s.rows = append(s.rows, []any{dormitories[p.intn(len(dormitories))], c.certificate, c.who.name, in, in.AddDate(0, 0, 3)})
			in = in.AddDate(0, 0, 3)
			if out.Before(in) {
				out = in
			}
		}
		s.rows = append(s.rows, []any{place, c.certificate, c.who.name, in, optionalDate(out)})
		placed++
	}
	return s.write(filepath.Join(dir, "gurtozhytky_"+ExportDate.Format("20060102")+".xlsx"))
}
