package difftest

import (
	"fmt"
	"time"

	"github.com/hromadata/hromadata"
)

func (g *gen) staffWorld(w *world) {
	workers := make([]string, 30)
	for i := range workers {
		workers[i] = fmt.Sprintf("Т%03d", i+1)
	}
	for range 120 {
		t := training{employer: pick(g, employers), worker: pick(g, workers), course: pick(g, g.refs.trainCodes), done: g.date(day(2022, 12, 1), day(2024, 1, 1))}
		if g.refs.trainKey[t.course] == certificationK && g.chance(80) {
			t.profession = pick(g, professions)
		}
		w.trains = append(w.trains, t)
	}
	for range 60 {
		r := hrRecord{worker: pick(g, workers), action: pick(g, hrActions), date: g.date(day(2023, 1, 1), day(2024, 1, 1))}
		if r.action == hrActions[0] {
			r.result = pick(g, hrResults)
		}
		w.hr = append(w.hr, r)
	}
}

func (g *gen) document() document {
	d := document{regNo: g.seq("Д-"), direction: pick(g, docDirections), kind: pick(g, g.refs.docKinds)}
	if d.direction == dirIn && d.kind == "звернення" {
		d.channel = pick(g, docChannels)
	}
	if d.direction == dirOut && d.kind == "лист" && g.chance(60) {
		d.subject = pick(g, legalSubjects)
	}
	if d.kind == "звіт" {
		d.subject = pick(g, reportSubject)
	}
	return d
}

func (g *gen) documentsWorld(w *world) {
	for m := dataFrom; m.Before(dataTo); m = m.AddDate(0, 1, 0) {
		for range 25 + g.intn(10) {
			d := g.document()
			d.date = g.date(m, m.AddDate(0, 1, 0))
			w.docs = append(w.docs, d)
		}
	}
	for range 6 { // only in the first version of May, replaced by _v2
		d := g.document()
		d.date = day(2023, 5, 1+g.intn(31))
		w.staleDocs = append(w.staleDocs, d)
	}
}

// privilegesWorld: each office's register; family numbers are the office's own, so
// the same IDFAM in two offices is two families; some people moved between offices.
func (g *gen) privilegesWorld(w *world) {
	for _, o := range hromadata.Offices {
		for range 40 {
			w.privs = append(w.privs, g.privilege(o.Code))
		}
		for f := 1; f <= 4; f++ {
			fam := fmt.Sprintf("%06d", f)
			parent := g.privilege(o.Code)
			parent.lgcode, parent.family = "50", fam
			w.privs = append(w.privs, parent)
			for range 1 + g.intn(3) {
				ch := g.privilege(o.Code)
				ch.lgcode, ch.family, ch.granted, ch.ended = "51", fam, parent.granted, parent.ended
				w.privs = append(w.privs, ch)
			}
		}
		w.stalePrivs = append(w.stalePrivs, g.privilege(o.Code))
	}
	for range 5 { // moved: the status ends in one office and starts in another
		a := g.privilege("DN")
		a.ended = g.date(day(2023, 1, 1), day(2024, 1, 1))
		if a.granted.After(a.ended) {
			a.granted = a.ended.AddDate(-1, 0, 0)
		}
		b := a
		b.office, b.granted, b.ended = "PV", a.ended, time.Time{}
		w.privs = append(w.privs, a, b)
	}
}

func (g *gen) privilege(office string) privilege {
	p := privilege{office: office, person: g.person(), lgcode: pick(g, g.refs.lgcodes), granted: g.date(day(2019, 1, 1), day(2024, 1, 2))}
	p.birth = g.births[p.person]
	if g.chance(10) {
		p.birth = g.bornAround(100 + g.intn(3) - 1)
	}
	if p.lgcode[0] == '1' {
		p.lgkat = pick(g, privilegeKats)
	}
	if g.chance(30) {
		p.ended = g.date(p.granted, day(2024, 1, 2))
	}
	return p
}

func (g *gen) deptAidWorld(w *world) {
	for _, code := range g.refs.aidCodes {
		for range 3 + g.intn(8) {
			w.aid = append(w.aid, g.aid(code))
		}
	}
	for range 4 {
		w.staleAid = append(w.staleAid, g.aid(pick(g, g.refs.aidCodes)))
	}
}

func (g *gen) aid(code string) deptAid {
	a := deptAid{date: g.date(day(2023, 1, 1), day(2024, 1, 1)), action: code, basis: pick(g, deptAidBases),
		basisNo: pick(g, []string{"К-1", "К-2", "З-1", "З-2", "С-1", "Р-1"}), recipient: g.person(), funding: pick(g, deptAidFundings),
		quantity: 1 + g.intn(2)*g.intn(5), amountKop: pick(g, []int64{299800, 299800, 45050, 100000, 0})}
	return a
}
