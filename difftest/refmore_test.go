package difftest

import (
	"math"
	"time"

	"github.com/hromadata/hromadata"
)

// The reference for the generic sources (material_aid.md, idp.md, recreation.md,
// commissions.md, casework.md).

func (f *ref) each(recs []rec, keep func(rec) bool) []rec {
	var out []rec
	for _, r := range recs {
		if keep(r) {
			out = append(out, r)
		}
	}
	return out
}

func distinct(recs []rec, col string) float64 {
	s := set{}
	for _, r := range recs {
		s[r.str(col)] = true
	}
	return s.n()
}

func sumKop(recs []rec) float64 {
	var t int64
	for _, r := range recs {
		t += r.kop("amount_kop")
	}
	return float64(t) / 100
}

var aidCategoryKey = func() map[string]string {
	m := map[string]string{}
	for _, r := range mustSeed("ref_material_aid") {
		m[r["code"]] = r["report_key"]
	}
	return m
}()

// granted: the commission's decisions to give aid in p, in one category (its report
// key) or all ("").
func (f *ref) aidGranted(key string, p hromadata.Period) []rec {
	return f.each(f.m.matAid, func(r rec) bool {
		return r.str("decision") == "виділити" && (key == "" || aidCategoryKey[r.str("category")] == key) && in(r.date("meeting_date"), p)
	})
}

func (f *ref) deputies(council string, p hromadata.Period) []rec {
	return f.each(f.m.deputies, func(r rec) bool {
		return (council == "" || r.str("council") == council) && in(r.date("statement_date"), p)
	})
}

// idpOnRecord: registered before d and not taken off before it; children younger
// than 18 at d (idp.md).
func (f *ref) idpOnRecord(who string, d time.Time) float64 {
	s := set{}
	for _, r := range f.each(f.m.idps, func(r rec) bool {
		if !r.date("registered").Before(d) || (!r.date("deregistered").IsZero() && r.date("deregistered").Before(d)) {
			return false
		}
		switch who {
		case "children":
			return isChild(r.date("birth_date"), d)
		case "pensioners", "disabled":
			return r[map[string]string{"pensioners": "pensioner", "disabled": "disabled"}[who]] == true
		}
		return true
	}) {
		s[f.idpPerson(r)] = true
	}
	return s.n()
}

// idpPerson: a person is their tax number, else their certificate (idp.md).
func (f *ref) idpPerson(r rec) string {
	if r.str("person_id") != "" && !f.emulate[newIDPByCertificate] {
		return r.str("person_id")
	}
	return "cert:" + r.str("certificate_id")
}

var fullScale = day(2022, 2, 24) // the start of the full-scale invasion, as the labels say

// idpSince: persons (by tax number, else by certificate) with col in [24.02.2022, p.To);
// a person who moved between offices has two certificates but is one person.
func (f *ref) idpSince(col string, p hromadata.Period) float64 {
	since := hromadata.NewPeriod("", fullScale, p.To)
	s := set{}
	for _, r := range f.each(f.m.idps, func(r rec) bool { return in(r.date(col), since) }) {
		s[f.idpPerson(r)] = true
	}
	return s.n()
}

func (f *ref) dormResidents(d time.Time) float64 {
	return distinct(f.each(f.m.dorms, func(r rec) bool {
		return r.date("moved_in").Before(d) && (r.date("moved_out").IsZero() || !r.date("moved_out").Before(d))
	}), "certificate_id")
}

func (f *ref) dormSheltered(p hromadata.Period) float64 {
	since := hromadata.NewPeriod("", fullScale, p.To)
	return distinct(f.each(f.m.dorms, func(r rec) bool { return in(r.date("moved_in"), since) }), "certificate_id")
}

var recreationKey = func() map[string]string {
	m := map[string]string{}
	for _, r := range mustSeed("ref_recreation_places") {
		m[r["code"]] = r["report_key"]
	}
	return m
}()

func (f *ref) recreationChildren(place, cat string, p hromadata.Period) float64 {
	return distinct(f.each(f.m.recreation, func(r rec) bool {
		return (place == "" || recreationKey[r.str("place")] == place) && (cat == "" || r.str("category") == cat) && in(r.date("arrival"), p)
	}), "child_id")
}

var advisoryKey = func() map[string]string {
	m := map[string]string{}
	for _, r := range mustSeed("ref_advisory_bodies") {
		m[r["code"]] = r["report_key"]
	}
	return m
}()

// sittings: a body's meetings; the two commissions whose decisions are loaded met on
// the distinct dates of their decisions.
func (f *ref) sittings(body string, p hromadata.Period) float64 {
	dates := func(recs []rec) float64 {
		s := set{}
		for _, r := range recs {
			if in(r.date("meeting_date"), p) {
				s[dmy(r.date("meeting_date"))] = true
			}
		}
		return s.n()
	}
	switch body {
	case "material_aid_commission":
		return dates(f.m.matAid)
	case "social_services_commission":
		return dates(f.m.ssDecisions)
	}
	return float64(len(f.each(f.m.advisory, func(r rec) bool { return advisoryKey[r.str("body")] == body && in(r.date("meeting_date"), p) })))
}

func (f *ref) ssApplications(decision string, p hromadata.Period) float64 {
	return float64(len(f.each(f.m.ssDecisions, func(r rec) bool {
		return (decision == "" || r.str("decision") == decision) && in(r.date("meeting_date"), p)
	})))
}

func (f *ref) cw(reg string, keys []string, keep func(rec) bool) []rec {
	return f.each(f.m.casework, func(r rec) bool { return r.str("register") == reg && contains(keys, r.str("key")) && keep(r) })
}

func subject(r rec) string {
	if s := r.str("person_id"); s != "" {
		return s
	}
	return "case:" + r.str("case_no")
}

func (f *ref) cwSubjects(reg string, keys []string, p hromadata.Period) float64 {
	s := set{}
	for _, r := range f.cw(reg, keys, func(r rec) bool { return in(r.date("event_date"), p) }) {
		s[subject(r)] = true
	}
	return s.n()
}

// cwOpen: cases open at the start of d: begun before d, not ended before it (casework.md).
func (f *ref) cwOpen(reg string, keys []string, d time.Time) float64 {
	s := set{}
	for _, r := range f.cw(reg, keys, func(r rec) bool {
		return r.date("event_date").Before(d) && (r.date("end_date").IsZero() || !r.date("end_date").Before(d))
	}) {
		s[subject(r)] = true
	}
	return s.n()
}

func (f *ref) cwQuantity(reg string, keys []string, p hromadata.Period) float64 {
	t := 0
	for _, r := range f.cw(reg, keys, func(r rec) bool { return in(r.date("event_date"), p) }) {
		t += max(r.int("quantity"), 1)
	}
	return float64(t)
}

func round1(x float64) float64 { return math.Round(x*10) / 10 }
