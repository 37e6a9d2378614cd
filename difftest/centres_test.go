package difftest

import (
	"fmt"
	"strings"

	"github.com/hromadata/hromadata"
)

// The support centres' service journals (centres.md): "persons" count distinct visitor
// cards, "services" count rows.

var centreSlugs = map[string]string{"ВПО": "vpo", "ветерани": "veterany"}

type centreService struct{ centre, key string }

var centreServices = func() map[string]centreService {
	m := map[string]centreService{}
	for _, r := range mustSeed("ref_centre_services") {
		m[r["code"]] = centreService{r["centre"], r["report_key"]}
	}
	return m
}()

func (g *gen) centresWorld(m *more) {
	codes := mustSeed("ref_centre_services")
	byFile := map[string][]rec{}
	var names []string
	for range 400 {
		code := pick(g, codes)["code"]
		r := rec{"service_date": g.date(day(2023, 7, 1), day(2024, 1, 1)), "service_code": code, "visitor_id": fmt.Sprintf("К-%d", g.intn(90))}
		if g.chance(60) {
			r["category"] = pick(g, []string{"combatants", "war_disabled", "war_participants", "fallen_families", "veteran_families", "idp"})
		}
		m.centres = append(m.centres, r)
		name := "tsentr_" + centreSlugs[centreServices[code].centre] + "_" + r.date("service_date").Format("2006-01") + ".xlsx"
		if byFile[name] == nil {
			names = append(names, name)
		}
		byFile[name] = append(byFile[name], r)
	}
	for _, n := range names {
		m.exports = append(m.exports, export{"centre_services", n, byFile[n], false})
	}
}

func (f *ref) centre(centre string, keys []string, p hromadata.Period) []rec {
	return f.each(f.m.centres, func(r rec) bool {
		s := centreServices[r.str("service_code")]
		return s.centre == centre && (keys == nil || contains(keys, s.key)) && in(r.date("service_date"), p)
	})
}

func centreActs(centre string, keys ...string) spec {
	return ps(func(f *ref, p hromadata.Period) float64 { return float64(len(f.centre(centre, keys, p))) })
}

func centreVisitors(centre, category string, keys ...string) spec {
	return ps(func(f *ref, p hromadata.Period) float64 {
		return distinct(f.each(f.centre(centre, keys, p), func(r rec) bool {
			return category == "" || r.str("category") == category || (category == "*" && r.str("category") != "")
		}), "visitor_id")
	})
}

// keysWith lists a centre's report keys starting with prefix.
func keysWith(prefix string) []string {
	var out []string
	for _, s := range centreServices {
		if strings.HasPrefix(s.key, prefix) && !contains(out, s.key) {
			out = append(out, s.key)
		}
	}
	return out
}

var centreSpecs = map[string]spec{
	"veteran_centre.consultations_total":               centreActs("ветерани", keysWith("consultations.")...),
	"veteran_centre.consultations.status_certificates": centreActs("ветерани", "consultations.status_certificates"),
	"veteran_centre.consultations.legal":               centreActs("ветерани", "consultations.legal"),
	"veteran_centre.psychologist_meetings":             centreActs("ветерани", "psychologist_meetings"),
	"veteran_centre.concert_invited":                   centreVisitors("ветерани", "", "concert_invited"),
	"veteran_centre.applicants_total":                  centreVisitors("ветерани", "*"),
	"veteran_centre.applicants.combatants":             centreVisitors("ветерани", "combatants"),
	"veteran_centre.applicants.fallen_families":        centreVisitors("ветерани", "fallen_families"),
	"idp_centre.consultations":                         centreVisitors("ВПО", "", "consultations"),
	"idp_centre.hotline_calls":                         centreActs("ВПО", "hotline_calls"),
	"idp_centre.legal_consultations":                   centreActs("ВПО", "legal_consultations"),
	"idp_centre.psych_help_persons":                    centreVisitors("ВПО", "", "psych_help_persons"),
	"idp_centre.medical_consultations.got_medicines":   centreVisitors("ВПО", "", "medical_consultations.got_medicines"),
	"idp_centre.services_total":                        centreActs("ВПО"),
	"idp_centre.humanitarian_aid.persons":              centreVisitors("ВПО", "", keysWith("humanitarian_aid.")...),
	"idp_centre.humanitarian_aid.food_sets":            centreVisitors("ВПО", "", "humanitarian_aid.food_sets"),
}
