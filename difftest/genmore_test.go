package difftest

import (
	"fmt"

	"github.com/hromadata/hromadata"
)

// more is every generic source's records, and the exports they are written as.
type more struct {
	matAid, deputies, idps, dorms, recreation, ssDecisions, advisory, casework, centres, city, expenditures, obligations, assignments []rec
	exports                                                                                                                           []export
}

func (g *gen) moreWorld(m *more) {
	g.materialAid(m)
	g.idpWorld(m)
	g.commissions(m)
	g.caseworkWorld(m)
	g.centresWorld(m)
	g.cityWorld(m)
	g.budgetWorld(m)
}

func (g *gen) materialAid(m *more) {
	cats := mustSeed("ref_material_aid")
	for range 150 {
		r := rec{"meeting_date": g.date(day(2022, 12, 1), day(2024, 1, 1)), "protocol_no": itoa(1 + g.intn(20)), "person_id": g.person(),
			"category": pick(g, cats)["code"], "decision": "відмовити"}
		if g.chance(80) {
			r["decision"], r["amount_kop"] = "виділити", int64(100000+g.intn(20)*50000)
		}
		m.matAid = append(m.matAid, r)
	}
	m.exports = append(m.exports, byMonth("material_aid", "matdopomoga_", ".xlsx", "meeting_date", m.matAid)...)
	for i := range 60 {
		m.deputies = append(m.deputies, rec{"statement_no": fmt.Sprintf("В-%d", i/4), "statement_date": g.date(day(2022, 12, 1), day(2024, 1, 1)),
			"council": pick(g, []string{"обласна", "міська"}), "person_id": g.person(), "amount_kop": int64(50000 + g.intn(10)*10000)})
	}
	m.exports = append(m.exports, byMonth("deputies_aid", "deputatska_", ".xlsx", "statement_date", m.deputies)...)
	// A first version of March, replaced by _v2 with the same month's real records.
	stale := rec{"meeting_date": day(2023, 3, 15), "protocol_no": "99", "person_id": g.person(), "category": "1", "decision": "виділити", "amount_kop": int64(99900000)}
	var march []rec
	for _, e := range m.exports {
		if e.name == "matdopomoga_2023-03.xlsx" {
			march = e.recs
		}
	}
	for i := range m.exports {
		if m.exports[i].name == "matdopomoga_2023-03.xlsx" {
			m.exports[i].name = "matdopomoga_2023-03_v2.xlsx"
		}
	}
	m.exports = append(m.exports, export{"material_aid", "matdopomoga_2023-03.xlsx", append([]rec{stale}, march...), true})
}

// idpWorld: each office's registrations (a person who moved is taken off in one office
// and registered in another with the same certificate), and dormitory placements of
// registered people.
func (g *gen) idpWorld(m *more) {
	byOffice := map[string][]rec{}
	for i := range 120 {
		o := pick(g, hromadata.Offices)
		p := g.person()
		birth := g.births[p]
		if g.chance(20) {
			birth = g.bornAround(18)
		}
		arrived := g.date(day(2021, 1, 1), day(2024, 1, 1))
		r := rec{"certificate_id": fmt.Sprintf("ВПО-%04d", i), "certificate_date": arrived.AddDate(0, 0, g.intn(20)), "person_id": p, "birth_date": birth,
			"arrived": arrived, "registered": g.date(arrived, day(2024, 1, 2)), "pensioner": g.chance(30), "disabled": g.chance(15)}
		r["certificate_date"] = later(r.date("certificate_date"), arrived)
		if g.chance(30) {
			r["deregistered"] = g.date(r.date("registered"), day(2024, 1, 2))
		}
		if g.chance(10) && r.date("deregistered").IsZero() {
			moved := g.date(r.date("registered"), day(2024, 1, 1))
			r["deregistered"] = moved
			o2 := pick(g, hromadata.Offices)
			r2 := rec{}
			for k, v := range r {
				r2[k] = v
			}
			// the new office registers them under a new certificate: one person, two rows
			r2["registered"], r2["deregistered"] = moved, nil
			r2["certificate_id"], r2["certificate_date"] = fmt.Sprintf("ВПО-П%04d", i), moved
			byOffice[o2.Slug] = append(byOffice[o2.Slug], r2)
			m.idps = append(m.idps, r2)
		}
		if g.chance(10) { // a child with no tax number yet
			delete(r, "person_id")
		}
		byOffice[o.Slug] = append(byOffice[o.Slug], r)
		m.idps = append(m.idps, r)
		if g.chance(25) {
			d := rec{"place": pick(g, []string{"Гуртожиток 1", "Гуртожиток 2"}), "certificate_id": r["certificate_id"], "moved_in": g.date(r.date("registered"), day(2024, 1, 2))}
			if g.chance(40) {
				d["moved_out"] = g.date(d.date("moved_in"), day(2024, 1, 2))
			}
			m.dorms = append(m.dorms, d)
		}
	}
	for _, o := range hromadata.Offices {
		m.exports = append(m.exports, export{"idp_registrations", "vpo_" + o.Slug + "_20240105.xlsx", byOffice[o.Slug], false})
	}
	m.exports = append(m.exports, export{"idp_dormitories", "gurtozhytky_20240105.xlsx", m.dorms, false})
	places := mustSeed("ref_recreation_places")
	cats := []string{"orphans", "defenders_children", "deprived_care", "large_families", "idp", "low_income", "fallen_defenders"}
	for i := range 120 {
		child := fmt.Sprintf("І-АА %06d", g.intn(80))
		m.recreation = append(m.recreation, rec{"voucher_no": itoa(i), "arrival": g.date(day(2023, 1, 1), day(2024, 1, 1)), "place": pick(g, places)["code"],
			"child_id": child, "birth_date": day(2012, 1, 1), "category": pick(g, cats)})
	}
	m.exports = append(m.exports, export{"recreation", "ozdorovlennia_2023.xlsx", m.recreation, false})
}

func (g *gen) commissions(m *more) {
	for range 80 {
		m.ssDecisions = append(m.ssDecisions, rec{"meeting_date": g.date(day(2022, 12, 1), day(2024, 1, 1)), "protocol_no": "1", "person_id": g.person(),
			"service": "догляд вдома", "decision": pick(g, []string{"за рахунок бюджету", "диференційована оплата", "за рахунок отримувача", "відмова"})})
	}
	m.exports = append(m.exports, byMonth("social_services_decisions", "rishennia_posluhy_", ".csv", "meeting_date", m.ssDecisions)...)
	bodies := mustSeed("ref_advisory_bodies")
	for range 60 {
		m.advisory = append(m.advisory, rec{"meeting_date": g.date(day(2023, 1, 1), day(2024, 1, 1)), "body": pick(g, bodies)["code"], "protocol_no": "1"})
	}
	m.exports = append(m.exports, export{"advisory_meetings", "zasidannia_2023.csv", m.advisory, false})
}

// caseworkWorld: events of every register; Кількість is filled where things are
// counted (booklets, publications, consultations), empty (one) elsewhere.
func (g *gen) caseworkWorld(m *more) {
	events := mustSeed("ref_casework_events")
	byReg := map[string][]rec{}
	var regs []string
	for range 500 {
		e := pick(g, events)
		r := rec{"register": e["register"], "key": e["key"], "event_date": g.date(day(2022, 6, 1), day(2024, 1, 1)), "event": e["code"]}
		if g.chance(70) {
			r["person_id"] = g.person()
		} else {
			r["case_no"] = fmt.Sprintf("%s-%d", e["register"], g.intn(30))
		}
		if e["register"] == "diialnist" || e["key"] == "consultation" {
			r["quantity"] = g.quantity()
		}
		if g.chance(40) {
			r["amount_kop"] = int64(1000 + g.intn(1000000))
		}
		if g.chance(50) {
			r["end_date"] = g.date(r.date("event_date"), day(2024, 1, 2))
		}
		if byReg[e["register"]] == nil {
			regs = append(regs, e["register"])
		}
		byReg[e["register"]] = append(byReg[e["register"]], r)
		m.casework = append(m.casework, r)
	}
	snapshot := map[string]string{"cbdi": "cbdi", "yurviddil": "yurviddil", "hrupa": "hrupa_dohliad", "cherhy": "cherhy"}
	prefix := map[string]string{"kontrol": "kontrol", "chaes": "chaes", "diialnist": "diialnist"}
	for _, reg := range regs {
		if p, ok := snapshot[reg]; ok {
			m.exports = append(m.exports, export{reg, p + "_20240105.csv", byReg[reg], false})
			continue
		}
		years := map[string][]rec{}
		for _, r := range byReg[reg] {
			y := r.date("event_date").Format("2006")
			years[y] = append(years[y], r)
		}
		for y, rs := range years {
			m.exports = append(m.exports, export{reg, prefix[reg] + "_" + y + ".csv", rs, false})
		}
	}
}
