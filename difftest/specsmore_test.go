package difftest

import "github.com/hromadata/hromadata"

func ps(fn func(f *ref, p hromadata.Period) float64) spec { return fn }

func aidPersons(key string) spec {
	return ps(func(f *ref, p hromadata.Period) float64 { return distinct(f.aidGranted(key, p), "person_id") })
}
func aidThousands(key string) spec {
	return ps(func(f *ref, p hromadata.Period) float64 { return round1(sumKop(f.aidGranted(key, p)) / 1000) })
}
func idpReg(who string) spec {
	return ps(func(f *ref, p hromadata.Period) float64 { return f.idpOnRecord(who, p.To) })
}
func rec_(place, cat string) spec {
	return ps(func(f *ref, p hromadata.Period) float64 { return f.recreationChildren(place, cat, p) })
}
func sit(body string) spec {
	return ps(func(f *ref, p hromadata.Period) float64 { return f.sittings(body, p) })
}
func ssApps(decision string) spec {
	return ps(func(f *ref, p hromadata.Period) float64 { return f.ssApplications(decision, p) })
}
func cwSubj(reg string, keys ...string) spec {
	return ps(func(f *ref, p hromadata.Period) float64 { return f.cwSubjects(reg, keys, p) })
}
func cwOpen(reg string, keys ...string) spec {
	return ps(func(f *ref, p hromadata.Period) float64 { return f.cwOpen(reg, keys, p.To) })
}
func cwThings(reg string, keys ...string) spec {
	return ps(func(f *ref, p hromadata.Period) float64 {
		if f.emulate[bugQuantityRows] {
			return float64(len(f.cw(reg, keys, func(r rec) bool { return in(r.date("event_date"), p) })))
		}
		return f.cwQuantity(reg, keys, p)
	})
}
func cwThousands(reg string, keys ...string) spec {
	return ps(func(f *ref, p hromadata.Period) float64 {
		return sumKop(f.cw(reg, keys, func(r rec) bool { return in(r.date("event_date"), p) })) / 1000
	})
}
func cwEnded(reg string, keys ...string) spec {
	return ps(func(f *ref, p hromadata.Period) float64 {
		return float64(len(f.cw(reg, keys, func(r rec) bool { return !r.date("end_date").IsZero() && in(r.date("end_date"), p) })))
	})
}

// moreSpecs define the indicators of the generic sources by their labels.
var moreSpecs = map[string]spec{
	"material_aid.applications_considered": ps(func(f *ref, p hromadata.Period) float64 {
		return float64(len(f.each(f.m.matAid, func(r rec) bool { return in(r.date("meeting_date"), p) })))
	}),
	"material_aid.granted_persons":                 aidPersons(""),
	"material_aid.granted_sum":                     aidThousands(""),
	"material_aid.granted_persons.large_families":  aidPersons("large_families"),
	"material_aid.granted_sum.large_families":      aidThousands("large_families"),
	"material_aid.granted_persons.disabled":        aidPersons("disabled"),
	"material_aid.granted_sum.military":            aidThousands("military"),
	"material_aid.granted_persons.idp":             aidPersons("idp"),
	"material_aid.granted_sum.treatment_other":     aidThousands("treatment_other"),
	"material_aid.granted_persons.afghan_veterans": aidPersons("afghan_veterans"),
	"deputies_aid.statements":                      ps(func(f *ref, p hromadata.Period) float64 { return distinct(f.deputies("", p), "statement_no") }),
	"deputies_aid.oblast.persons": ps(func(f *ref, p hromadata.Period) float64 {
		return distinct(f.deputies("обласна", p), "person_id")
	}),
	"deputies_aid.city.sum":                        ps(func(f *ref, p hromadata.Period) float64 { return round1(sumKop(f.deputies("міська", p)) / 1000) }),
	"idp_registered_total":                         idpReg(""),
	"idp_registered.children":                      idpReg("children"),
	"idp_registered.pensioners":                    idpReg("pensioners"),
	"idp_registered.disabled":                      idpReg("disabled"),
	"idp_arrived_total":                            ps(func(f *ref, p hromadata.Period) float64 { return f.idpSince("arrived", p) }),
	"idp_certificates_issued":                      ps(func(f *ref, p hromadata.Period) float64 { return f.idpSince("certificate_date", p) }),
	"idp_dormitories.residents_now":                ps(func(f *ref, p hromadata.Period) float64 { return f.dormResidents(p.To) }),
	"idp_dormitories.sheltered_total":              ps(func(f *ref, p hromadata.Period) float64 { return f.dormSheltered(p) }),
	"recreation.children_total":                    rec_("", ""),
	"recreation.charity.austria":                   rec_("charity.austria", ""),
	"recreation.oblast.sokolyata":                  rec_("oblast.sokolyata", ""),
	"recreation.oblast.sokolyata.orphans":          rec_("oblast.sokolyata", "orphans"),
	"recreation.oblast.sokolyata.idp":              rec_("oblast.sokolyata", "idp"),
	"recreation.state.artek_kyiv.low_income":       rec_("state.artek_kyiv", "low_income"),
	"social_services_commission.applications":      ssApps(""),
	"social_services_commission.decisions.refused": ssApps("відмова"),
	"social_services_commission.decisions.budget":  ssApps("за рахунок бюджету"),
	"advisory.guardianship_council_meetings":       sit("guardianship_council"),
	"advisory.ngo_competition_meetings":            sit("ngo_competition"),
	"advisory.material_aid_commission_meetings":    sit("material_aid_commission"),
	"advisory.social_services_commission_meetings": sit("social_services_commission"),
	"disability_registered_total":                  cwOpen("cbdi", "disability_record"),
	"disability.ipr_completed":                     cwSubj("cbdi", "ipr_completed"),
	"disability.transport_msek_referrals":          cwSubj("cbdi", "transport_msek_referral"),
	"disability.child_rehab_applications":          cwOpen("cbdi", "child_rehab_application"),
	"disability.child_rehab_contract.sum":          cwThousands("cbdi", "child_rehab_contract"),
	"control.property_registry_checks":             cwSubj("kontrol", "property_check"),
	"control.requests_sent":                        cwThings("kontrol", "request"),
	"control.returned_total":                       cwThousands("kontrol", "returned_voluntary", "returned_court", "returned_enforcement"),
	"legal.court_sessions":                         cwThings("yurviddil", "court_session_criminal", "court_session_civil"),
	"legal.enforcement_cases":                      cwOpen("yurviddil", "enforcement_case"),
	"legal.consultations":                          cwThings("yurviddil", "consultation"),
	"care_fact_group.applications":                 cwThings("hrupa", "care_confirmed", "care_not_confirmed", "care_refused"),
	"care_fact_group.trips":                        cwEnded("hrupa", "care_confirmed", "care_not_confirmed"),
	"care_fact_group.trips.confirmed":              cwEnded("hrupa", "care_confirmed"),
	"labour_veterans.sanatorium_waitlist":          cwOpen("cherhy", "sanatorium_queue"),
	"payments.repair_aid.registered":               cwOpen("cherhy", "repair_aid_queue", "repair_aid_queue_fallen"),
	"chornobyl.food_compensation":                  cwSubj("chaes", "food_compensation"),
	"chornobyl.case_files_sent":                    cwThings("chaes", "case_file_sent"),
	"media.newspaper_articles":                     cwThings("diialnist", "newspaper"),
	"media.internet_posts":                         cwThings("diialnist", "internet"),
	"veteran_centre.publications":                  cwThings("diialnist", "veteran_centre_post"),
	"procurement.open_tenders":                     cwThings("diialnist", "open_tender"),
	"dv_prevention.booklets":                       cwThings("diialnist", "dv_booklets"),
}
