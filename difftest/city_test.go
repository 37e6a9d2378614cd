package difftest

import (
	"fmt"
	"sort"

	"github.com/hromadata/hromadata"
)

// City-programme payments (city_payments.md): persons are distinct tax numbers, families
// distinct case numbers; the rate is the amount most payments were made at.

func (g *gen) cityWorld(m *more) {
	codes := mustSeed("ref_city_payments")
	for i := range 500 {
		c := pick(g, codes)["code"]
		r := rec{"paid_date": g.date(day(2022, 12, 1), day(2024, 1, 1)), "payment_code": c, "case_id": fmt.Sprintf("С-%d", g.intn(150)),
			"person_id": g.person(), "amount_kop": pick(g, []int64{75000, 75000, 100000, 250000, 123456})}
		if i%7 == 0 {
			r["for_month"] = day(2023, 1+g.intn(12), 1)
		}
		m.city = append(m.city, r)
	}
	exports := byMonth("city_payments", "miski_vyplaty_", ".csv", "paid_date", m.city)
	for i, e := range exports {
		if e.name == "miski_vyplaty_2023-09.csv" { // re-sent: v2 replaces a list with an extra payment
			exports[i].name = "miski_vyplaty_2023-09_v2.csv"
			extra := rec{"paid_date": day(2023, 9, 1), "payment_code": codes[0]["code"], "case_id": "С-999", "person_id": g.person(), "amount_kop": int64(99999900)}
			exports = append(exports, export{"city_payments", "miski_vyplaty_2023-09.csv", append([]rec{extra}, e.recs...), true})
		}
	}
	m.exports = append(m.exports, exports...)
}

func (f *ref) city(codes []string, p hromadata.Period) []rec {
	return f.each(f.m.city, func(r rec) bool { return contains(codes, r.str("payment_code")) && in(r.date("paid_date"), p) })
}

func cityPersons(codes ...string) spec {
	return ps(func(f *ref, p hromadata.Period) float64 { return distinct(f.city(codes, p), "person_id") })
}

func citySum(codes ...string) spec {
	return ps(func(f *ref, p hromadata.Period) float64 { return sumKop(f.city(codes, p)) / 1000 })
}

// cityRate: the amount most payments were made at, the larger on a tie; unknown when
// nothing was paid.
func cityRate(codes ...string) spec {
	return ps(func(f *ref, p hromadata.Period) float64 {
		n := map[int64]int{}
		for _, r := range f.city(codes, p) {
			n[r.kop("amount_kop")]++
		}
		var ks []int64
		for k := range n {
			ks = append(ks, k)
		}
		if len(ks) == 0 {
			return unknown
		}
		sort.Slice(ks, func(i, j int) bool { return n[ks[i]] > n[ks[j]] || (n[ks[i]] == n[ks[j]] && ks[i] > ks[j]) })
		return float64(ks[0]) / 100
	})
}

var citySpecs = map[string]spec{}

func init() {
	for name, code := range map[string]string{"afghan_day": "601", "afghan_families_oneoff": "602", "afghan_families_monthly": "603",
		"chornobyl_widows": "604", "police_families_monthly": "605", "rehabilitated_monthly": "608", "tsyganok_stipend": "609"} {
		citySpecs["payments."+name+".persons"] = cityPersons(code)
		citySpecs["payments."+name+".rate"] = cityRate(code)
		citySpecs["payments."+name+".sum"] = citySum(code)
	}
	citySpecs["payments.tram_accident.persons"] = cityPersons("606", "607")
	citySpecs["payments.tram_accident.sum"] = citySum("606", "607")
	citySpecs["payments.tram_accident.group_750.rate"] = cityRate("606")
}
