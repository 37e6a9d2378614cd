package difftest

import (
	"sort"
	"time"

	"github.com/hromadata/hromadata"
)

// bulkSpecs are families of indicators defined alike, one per code of a list.
var bulkSpecs = map[string]spec{}

// younger: a person known to be younger than age at the date.
func younger(age int) need {
	return func(x who, d time.Time) bool { return !x.birth.IsZero() && x.birth.AddDate(age, 0, 0).After(d) }
}

// giftChildren: children (younger than the label's age) given a gift of the day-care
// units; NEW 9 takes every recipient of the gift for a child.
func giftChildren(key string, age int) spec {
	return func(f *ref, p hromadata.Period) float64 {
		n := younger(age)
		if f.emulate[newGiftAge] {
			n = any_
		}
		return f.clients(l{"day_care"}, l{key}, n, p)
	}
}

// cityCaseRate: the most frequent total per family case, in thousand гривень.
func cityCaseRate(codes ...string) spec {
	return ps(func(f *ref, p hromadata.Period) float64 {
		per := map[string]int64{}
		for _, r := range f.city(codes, p) {
			per[r.str("case_id")] += r.kop("amount_kop")
		}
		n := map[int64]int{}
		for _, t := range per {
			n[t]++
		}
		var ks []int64
		for k := range n {
			ks = append(ks, k)
		}
		if len(ks) == 0 {
			return unknown
		}
		sort.Slice(ks, func(i, j int) bool { return n[ks[i]] > n[ks[j]] || (n[ks[i]] == n[ks[j]] && ks[i] > ks[j]) })
		return float64(ks[0]) / 100000
	})
}

// aidQuantityRate: the quantity most rows were given at (the larger on a tie).
func aidQuantityRate(key string) spec {
	return ps(func(f *ref, p hromadata.Period) float64 {
		n := map[int]int{}
		f.aid(l{key}, p, func(a deptAid) { n[a.quantity]++ })
		best, bn := 0, 0
		for q, c := range n {
			if c > bn || (c == bn && q > best) {
				best, bn = q, c
			}
		}
		if bn == 0 {
			return unknown
		}
		return float64(best)
	})
}

func init() {
	for _, k := range allTrains {
		bulkSpecs["csp.eld.training."+k] = trained("ЦНСП", l{k}, "")
	}
	for _, k := range []string{"difficult_identified", "informing", "crisis_intervention:crisis", "need_psych:needs_met.psych", "need_legal:needs_met.legal",
		"need_employment:needs_met.employment", "need_treatment:needs_met.treatment", "need_housing:needs_met.housing",
		"need_family_ties:needs_met.family_ties", "need_humanitarian:needs_met.humanitarian", "need_documents:needs_met.documents"} {
		key, name := k, k
		if i := indexOf(k, ':'); i > 0 {
			key, name = k[:i], k[i+1:]
		}
		bulkSpecs["csp.families."+name+".families"] = famActs(l{"families"}, l{key})
		bulkSpecs["csp.families."+name+".children"] = famChildren(l{"families"}, l{key})
	}
	for name, kind := range map[string]string{"difficult": "fam_difficult", "guardians": "fam_guardians", "foster": "fam_foster", "family_homes": "fam_homes"} {
		bulkSpecs["csp.families.registered."+name+".families"] = famReg(l{kind})
		bulkSpecs["csp.families.registered."+name+".children"] = reg(l{kind}, child)
	}
	bulkSpecs["csp.families.orphans_family_homes.families"] = famServed(l{"fam_homes"})
	bulkSpecs["csp.families.orphans_family_homes.children"] = served(l{"fam_homes"}, child)
	bulkSpecs["csp.families.orphans_guardians.families"] = famServed(l{"fam_guardians"})
	for _, k := range []string{"hiv_test:hiv_tests", "inpatient:inpatient", "heating_point_visit:heating_point_visitors"} {
		i := indexOf(k, ':')
		bulkSpecs["csp.homeless.night."+k[i+1:]] = clients(l{"night_shelter"}, l{k[:i]}, any_)
	}
	for _, k := range []string{"hospital_accompaniment", "stateless_help", "sent_heating_point", "sent_released_unit"} {
		bulkSpecs["csp.homeless.reg."+k] = clients(l{"homeless_reg"}, l{k}, any_)
	}
	bulkSpecs["csp.homeless.reg.taken_on.disabled"] = taken(l{"homeless_reg"}, cat(catDisabled))
	bulkSpecs["csp.homeless.reg.patrol.sent_released_unit"] = also(l{"homeless_reg"}, l{"patrol_found"}, l{"sent_released_unit"})
	bulkSpecs["csp.homeless.reg.address_registration_help.disability_pension"] = also(l{"homeless_reg"}, l{"outcome_disability_pension"}, l{"address_registration"})
	bulkSpecs["csp.homeless.reg.address_registration_help.employed"] = also(l{"homeless_reg"}, l{"outcome_employed"}, l{"address_registration"})
	bulkSpecs["csp.homeless.released.medical_exam"] = clients(l{"released"}, l{"medical_exam"}, any_)
	bulkSpecs["csp.homeless.released.patronage"] = clients(l{"released"}, l{"patronage"}, any_)
	bulkSpecs["csp.homeless.released.police_references"] = rows(l{"released"}, l{"police_reference"})
	bulkSpecs["csp.homeless.released.probation_notices"] = rows(l{"released"}, l{"probation_notice"})
	bulkSpecs["csp.homeless.released.representation_measures"] = meas(l{"released"}, l{"representation"})
	bulkSpecs["csp.day.natural_aid.repair.persons"] = clients(l{"day_care"}, l{"repair"}, any_)
	bulkSpecs["csp.day.natural_aid.repair.services"] = qty(l{"day_care"}, l{"repair"})
	bulkSpecs["csp.day.natural_aid.seamstress.persons"] = clients(l{"day_care"}, l{"seamstress"}, any_)
	bulkSpecs["csp.day.natural_aid.seamstress.services"] = qty(l{"day_care"}, l{"seamstress"})
	bulkSpecs["csp.day.gifts.children_day.children"] = giftChildren("gift_children_day", 18)
	bulkSpecs["csp.day.gifts.disabled_day.children"] = giftChildren("gift_disabled_food", 18)
	bulkSpecs["csp.day.gifts.new_year.children_u14"] = giftChildren("gift_new_year", 14)
	bulkSpecs["csp.day.gifts.new_year.children_u18_sponsor"] = giftChildren("gift_new_year_sponsor", 18)
	bulkSpecs["csp.day.gifts.disabled_day.adults_sum"] = amt(l{"day_care"}, l{"gift_disabled_pillow"})
	bulkSpecs["csp.day.gifts.new_year.children_u18_sponsor_sum"] = amt(l{"day_care"}, l{"gift_new_year_sponsor"})
	bulkSpecs["csp.dv.mobile.children.boys"] = clients(l{"dv_mobile"}, l{"dv_mobile_service"}, all(male, child))
	bulkSpecs["csp.dv.specialized.men"] = clients(l{"dv"}, l{"dv_specialized_request"}, all(male, adult))
	bulkSpecs["csp.dv.reports.self_referrals"] = rows(l{"dv"}, l{"dv_report_self"})
	bulkSpecs["csp.dv.specialized_service_requests"] = rows(l{"dv"}, l{"dv_specialized_request"})
	for _, k := range []string{"consulting", "crisis_intervention:crisis", "referral:referred"} {
		key, name := k, k
		if i := indexOf(k, ':'); i > 0 {
			key, name = k[:i], k[i+1:]
		}
		bulkSpecs["csp.dv.services."+name] = clients(dvAll, l{key}, any_)
	}
	bulkSpecs["csp.transport.city.services"] = qty(l{"transport"}, l{"transport_city"})
	bulkSpecs["csp.transport.oblast.persons"] = clients(l{"transport"}, l{"transport_oblast"}, any_)
	every := l{} // every kind of unit: these labels name none
	r := loadRefs()
	for _, u := range r.units {
		if k := r.unitKind[u]; !contains(every, k) {
			every = append(every, k)
		}
	}
	bulkSpecs["csp.aid.akhmetov_food_sets"] = qty(every, l{"food_set_akhmetov"})
	bulkSpecs["csp.aid.chicken_kg"] = qty(every, l{"chicken"})
	bulkSpecs["csp.aid.idp_food_sets_military_admin"] = qty(every, l{"food_set_military_admin"})
	bulkSpecs["csp.aid.idp_chicken_kg_oblast"] = qty(every, l{"chicken_oblast"})
	bulkSpecs["csp.aid.social_housing.sum"] = amt(every, l{"social_housing_aid"})
	bulkSpecs["csp.mobile_service.vehicle_cost"] = recvSum(nil, l{"автомобіль"}, "")

	for name, sub := range map[string]string{"bank_details": "ДВС: зміна реквізитів", "exec_document": "ДВС: виконавчий документ", "progress": "ДВС: хід виконання"} {
		bulkSpecs["legal.enforcement_applications."+name] = docs(l{dirOut}, l{"лист"}, "", sub)
	}
	bulkSpecs["legal.lawyer_responses"] = docs(l{dirOut}, l{"лист"}, "", "адвокат")
	bulkSpecs["legal.law_enforcement_responses"] = docs(l{dirOut}, l{"лист"}, "", "правоохоронні органи")
	bulkSpecs["legal.private_executor_responses"] = docs(l{dirOut}, l{"лист"}, "", "приватний виконавець")
	bulkSpecs["drafts.executive_committee"] = docs(l{dirInternal}, l{"проєкт рішення ВК"}, "", "")
	bulkSpecs["drafts.mayor_orders"] = docs(l{dirInternal}, l{"проєкт розпорядження МГ"}, "", "")
	for name, kind := range map[string]string{"admin": "наказ АГ", "core": "наказ ОД", "personnel": "наказ ОС"} {
		bulkSpecs["hr.orders."+name] = docs(l{dirInternal}, l{kind}, "", "")
	}
	for i, name := range []string{"headcount_vacancies", "staff_statistics", "staff_quality", "appeals", "strict_forms", "mayor_order_forms", "exec_decision_forms", "reservation"} {
		bulkSpecs["hr.reports."+name] = docs(l{dirOut}, l{"звіт"}, "", reportSubject[i])
	}
	for _, g := range []string{"war_participants", "fallen_veteran_families", "war_children", "nazi_victims"} {
		bulkSpecs["privilege_status."+g] = granted(g)
	}
	bulkSpecs["defenders_registered.war_disabled"] = privileged(l{"11"}, "ЗХ")
	bulkSpecs["defenders_registered.war_participants"] = privileged(l{"12"}, "ЗХ")

	bulkSpecs["new_year.csp_children"] = aidN("new_year_csp")
	bulkSpecs["new_year.show_children"] = aidN("new_year_show")
	bulkSpecs["events.victory_day.sum"] = aidK("victory_day_food")
	bulkSpecs["centenarians.natural_aid_sum"] = aidK("centenarian_gift")
	bulkSpecs["centenarians.flowers_sum"] = aidK("centenarian_flowers")
	bulkSpecs["honorary_citizens.greeted"] = aidN("honorary_gift", "honorary_flowers")
	bulkSpecs["honorary_citizens.natural_aid_sum"] = aidK("honorary_gift")
	bulkSpecs["family_support.pool.visits"] = aidQ("pool")
	bulkSpecs["family_support.pool.children"] = aidN("pool")
	bulkSpecs["family_support.pool.visits_per_month"] = aidQuantityRate("pool")
	bulkSpecs["family_support.skarby.families"] = aidN("skarby")
	bulkSpecs["family_support.school_aid.sum"] = aidK("school_aid")
	bulkSpecs["family_support.hello_baby.sum"] = aidK("hello_baby")
	bulkSpecs["family_support.food_sets.families"] = aidN("food_sets")
	bulkSpecs["family_support.oncology_monthly.rate"] = cityRate("617")
	bulkSpecs["privileges.beneficiaries"] = cityPersons("621")
	bulkSpecs["payments.fallen_families_annual.families"] = ps(func(f *ref, p hromadata.Period) float64 { return distinct(f.city(l{"612"}, p), "case_id") })
	bulkSpecs["payments.fallen_families_annual.persons"] = cityPersons("612")
	bulkSpecs["payments.fallen_families_annual.rate"] = cityCaseRate("612")
	bulkSpecs["payments.tram_accident.group_1000.persons"] = cityPersons("607")
	bulkSpecs["payments.tram_accident.group_1000.rate"] = cityRate("607")
	bulkSpecs["payments.tram_accident.group_750.sum"] = citySum("606")
	bulkSpecs["ngo_support.granted"] = budgetPaid("city.sp.ngo_support")
	bulkSpecs["budget.state"] = budgetPaid("state")
	bulkSpecs["budget.city"] = budgetPaid("city")
	bulkSpecs["budget.city.media"] = budgetPaid("city.media")
	bulkSpecs["creditor_debt.total"] = creditorDebt("")
	bulkSpecs["creditor_debt.city"] = creditorDebt("МБ")

	for _, k := range []string{"tv_mis:tv_mis_stories", "radio:radio_broadcasts", "tv_channel9:tv_channel9_stories"} {
		i := indexOf(k, ':')
		bulkSpecs["media."+k[i+1:]] = cwThings("diialnist", k[:i])
	}
	for _, k := range []string{"health_aid_annual", "travel_compensation", "oneoff_disabled", "oneoff_breadwinner_loss", "lost_earnings", "sanatorium_voucher:sanatorium_vouchers"} {
		key, name := k, k
		if i := indexOf(k, ':'); i > 0 {
			key, name = k[:i], k[i+1:]
		}
		bulkSpecs["chornobyl."+name] = cwSubj("chaes", key)
	}
	bulkSpecs["control.home_inspections"] = cwThings("kontrol", "home_inspection")
	bulkSpecs["control.document_checks"] = cwThings("kontrol", "document_check")
	bulkSpecs["control.false_info.cases"] = cwThings("kontrol", "false_info")
	bulkSpecs["control.false_info.sum"] = cwThousands("kontrol", "false_info")
	bulkSpecs["legal.court_sessions.civil"] = cwThings("yurviddil", "court_session_civil")
	bulkSpecs["legal.court_sessions.criminal"] = cwThings("yurviddil", "court_session_criminal")
	bulkSpecs["care_fact_group.refused_trips"] = cwThings("hrupa", "care_refused")
	bulkSpecs["care_fact_group.trips.not_confirmed"] = cwEnded("hrupa", "care_not_confirmed")
	bulkSpecs["veterans_local.capital_repair_waitlist"] = cwOpen("cherhy", "capital_repair_queue")
	bulkSpecs["defenders.repair_aid_registered"] = cwOpen("cherhy", "repair_aid_queue")
	bulkSpecs["defenders.fallen_families.repair_aid_registered"] = cwOpen("cherhy", "repair_aid_queue_fallen")
	bulkSpecs["rehab.ipr_completed"] = cwThings("cbdi", "ipr_completed")
	bulkSpecs["rehab.boarding_referrals"] = cwSubj("cbdi", "boarding_referral")
	bulkSpecs["disability.child_rehab_contract.children"] = cwSubj("cbdi", "child_rehab_contract")

	for _, k := range []string{"hungary_miskolc", "poland_zakopane", "truskavets_moldova", "hopeua_hope_for_kids"} {
		bulkSpecs["recreation.charity."+k] = rec_("charity."+k, "")
	}
	for _, c := range []string{"defenders_children", "deprived_care", "large_families"} {
		bulkSpecs["recreation.oblast.sokolyata."+c] = rec_("oblast.sokolyata", c)
	}
	for _, c := range []string{"orphans", "fallen_defenders", "low_income"} {
		bulkSpecs["recreation.state.artek_zakarpattia."+c] = rec_("state.artek_zakarpattia", c)
	}
	for _, b := range []string{"accessibility_committee", "civil_support_centre", "family_policy_council", "housing_compensation", "natural_aid_commission", "social_needs_group", "veteran_assistant_selection"} {
		bulkSpecs["advisory."+b+"_meetings"] = sit(b)
	}
	bulkSpecs["social_services_commission.decisions.differentiated"] = ssApps("диференційована оплата")
	bulkSpecs["social_services_commission.decisions.recipient_paid"] = ssApps("за рахунок отримувача")
	for _, k := range []string{"child_treatment", "chornobyl", "emergency", "oncology", "released_prisoners", "veterans"} {
		bulkSpecs["material_aid.granted_persons."+k] = aidPersons(k)
		bulkSpecs["material_aid.granted_sum."+k] = aidThousands(k)
	}
	for _, k := range []string{"dental", "travel", "other", "psychological", "sanatorium", "housing_queue"} {
		bulkSpecs["veteran_centre.consultations."+k] = centreActs("ветерани", "consultations."+k)
	}
	for _, c := range []string{"war_disabled", "war_participants", "veteran_families"} {
		bulkSpecs["veteran_centre.applicants."+c] = centreVisitors("ветерани", c)
	}
	for _, k := range []string{"social_accompaniment", "winter_clothes_vouchers", "medical_consultations", "group_events_participants", "humanitarian_aid.clothes", "humanitarian_aid.hygiene"} {
		bulkSpecs["idp_centre."+k] = centreVisitors("ВПО", "", k)
	}
	bulkSpecs["veteran_centre.concert_tickets"] = centreActs("ветерани", "concert_tickets")
	bulkSpecs["veteran_centre.irc_children"] = centreVisitors("ветерани", "", "irc_children")
}

func indexOf(s string, c byte) int {
	for i := 0; i < len(s); i++ {
		if s[i] == c {
			return i
		}
	}
	return -1
}
