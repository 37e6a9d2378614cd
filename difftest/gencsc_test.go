package difftest

import (
	"strings"
	"time"
)

var (
	dataFrom = day(2022, 10, 1) // records span a little before and after the compared year
	dataTo   = day(2024, 2, 1)
)

// kindActs are the acts each kind of unit mostly records (by key); any unit also
// records a few acts of other units' kinds, which must not count for it.
var kindActs = map[string][]string{
	"home_care":      {"home_care", "survey", "quality_monitoring", "hairdresser", "seamstress", "repair", "food_aid"},
	"day_care":       {"day_care", "hot_meal", "social_adaptation", "university", "museum", "food_set", "essentials", "hairdresser", "seamstress", "repair", "clothing", "gift_children_day", "gift_disabled_pillow", "gift_disabled_food", "gift_new_year", "gift_new_year_sponsor"},
	"idp_shelter":    {"shelter"},
	"rental":         {"rental"},
	"social_taxi":    {"taxi_contract", "taxi_city", "taxi_oblast"},
	"transport":      {"transport_city", "transport_oblast"},
	"inclusive":      {"inclusive_support", "parent_training"},
	"humanitarian":   {"humanitarian_items", "food_set_akhmetov", "chicken", "food_set_military_admin", "chicken_oblast"},
	"invincibility":  {"charging"},
	"homeless_reg":   {"representation", "sent_night_shelter", "sent_released_unit", "sent_heating_point", "passport_help", "hospital_accompaniment", "stateless_help", "address_registration", "address_deregistration", "patrol_raid", "patrol_found", "social_housing_aid"},
	"night_shelter":  {"shelter", "medical_exam", "inpatient", "hiv_test", "sent_boarding", "heating_point_visit", "boarding_requested"},
	"released":       {"social_adaptation", "representation", "legal_consultation", "legal_consultation_passport", "employed", "medical_exam", "patronage", "contract", "psych_service", "probation_info", "probation_notice", "police_reference", "police_info"},
	"families":       {"notification", "needs_assessment", "difficult_identified", "consulting", "informing", "crisis_intervention", "need_psych", "need_legal", "need_employment", "need_treatment", "need_housing", "need_family_ties", "need_humanitarian", "need_documents", "need_referred"},
	"dv":             {"dv_report_police", "dv_report_self", "dv_specialized_request", "psych_support", "consulting", "crisis_intervention", "shelter", "referral"},
	"dv_mobile":      {"dv_mobile_trip", "dv_mobile_service", "psych_support", "consulting"},
	"dv_crisis_room": {"shelter", "psych_support", "referral"},
}

// noClientActs are recorded without a recipient.
var noClientActs = []string{"patrol_raid", "dv_mobile_trip", "notification", "dv_report_police"}

// caseKinds are the unit kinds that keep a register of cases.
var caseKinds = []string{"home_care", "day_care", "social_taxi", "homeless_reg", "night_shelter", "released", "dv", "fam_difficult", "fam_guardians", "fam_foster", "fam_homes"}

func (g *gen) cscWorld(w *world) {
	for _, unit := range g.refs.unitsOf(caseKinds...) {
		kind := g.refs.unitKind[unit]
		for range 8 + g.intn(8) {
			if contains(familyKinds, kind) {
				w.cases = append(w.cases, g.family(unit)...)
			} else {
				w.cases = append(w.cases, g.individual(unit, kind))
			}
		}
	}
	w.cases = append(w.cases, g.moves()...)
	for m := dataFrom; m.Before(dataTo); m = m.AddDate(0, 1, 0) {
		for _, unit := range g.refs.units {
			for range 4 + g.intn(6) {
				w.acts = append(w.acts, g.act(unit, m, w.cases))
			}
		}
	}
	named := []string{"ЗВ-ПТП", "ЗВ-НЕЗЛ", "СОВ", "ДНС-МОБ"}
	for i := range 150 {
		unit := pick(g, g.refs.units)
		if i%3 != 0 {
			unit = pick(g, named) // the units the labels name get most receipts
		}
		w.receipts = append(w.receipts, cscReceipt{date: g.date(day(2022, 12, 1), day(2024, 1, 1)), unit: unit,
			kind: pick(g, receiptKinds), item: g.seq("товар "), funding: pick(g, receiptFundings), quantity: max(g.quantity(), 1), amountKop: int64(100 + g.intn(5000000))})
	}
	// An older snapshot of the Dnipro department and a first version of a month's acts,
	// both superseded, must not count.
	for range 5 {
		c := g.individual("ДН-ДОМ", "home_care")
		w.staleCases = append(w.staleCases, c)
		w.staleActs = append(w.staleActs, g.act("ДН-ДОМ", day(2023, 6, 1), w.cases))
	}
}

func (g *gen) quantity() int {
	switch g.intn(3) {
	case 0:
		return 1
	case 1:
		return 2 + g.intn(30)
	}
	return 0
}

// stay draws the dates of a case and the reason it closed.
func (g *gen) stay(c *cscCase) {
	c.taken = g.date(day(2021, 6, 1), day(2024, 1, 2))
	if g.chance(55) {
		c.removed = g.date(c.taken, day(2024, 1, 2))
		if g.chance(5) {
			c.removed = c.taken
		}
		c.reason = pick(g, cscReasons)
	}
}

func (g *gen) individual(unit, kind string) cscCase {
	c := cscCase{unit: unit, caseNo: g.seq("С-"), category: pick(g, adultCategories)}
	if !(kind == "homeless_reg" && g.chance(25)) {
		c.person = g.person()
		c.birth, c.sex = g.births[c.person], g.sexes[c.person]
		if c.category == catDisabledChild || g.chance(10) {
			c.birth = g.bornAround(18 - g.intn(2))
		}
	} else if g.chance(50) {
		c.sex = "ч"
	}
	if g.chance(10) { // the register keeps category child for individuals too, e.g. on the taxi's record
		c.category = catFamilyChild
		c.birth = g.bornAround(18)
	}
	c.idp = g.chance(30)
	if kind == "home_care" || kind == "day_care" {
		c.fee = pick(g, cscFees)
	}
	g.stay(&c)
	return c
}

// family is a parent and one to three children under one case; a child may leave the
// family before it closes, and one may be exactly 18 on a boundary.
func (g *gen) family(unit string) []cscCase {
	parent := cscCase{unit: unit, caseNo: g.seq("Ф-"), category: catParent, person: g.person()}
	parent.birth, parent.sex = g.births[parent.person], g.sexes[parent.person]
	g.stay(&parent)
	if !parent.removed.IsZero() {
		parent.reason = pick(g, []string{reasonOvercame, reasonMovedAway, "закінчення строку"})
	}
	out := []cscCase{parent}
	for range 1 + g.intn(3) {
		ch := parent
		ch.person, ch.category = g.person(), catFamilyChild
		ch.birth, ch.sex = g.between(day(2006, 1, 1), day(2022, 1, 1)), g.sexes[ch.person]
		if g.chance(30) {
			ch.birth = g.bornAround(18)
		}
		if g.chance(20) {
			ch.removed = g.date(ch.taken, day(2024, 1, 2))
			if !parent.removed.IsZero() && ch.removed.After(parent.removed) {
				ch.removed = parent.removed
			}
			ch.reason = reasonChildLeft
		}
		out = append(out, ch)
	}
	return out
}

// moves are people removed from one unit and taken on by another of the same kind the
// same day (or the next).
func (g *gen) moves() []cscCase {
	var out []cscCase
	for _, kind := range []string{"home_care", "day_care"} {
		units := g.refs.unitsOf(kind)
		for range 4 {
			a := g.individual(units[0], kind)
			a.removed = g.date(day(2023, 1, 1), day(2024, 1, 1))
			a.reason = "виїзд"
			if a.taken.After(a.removed) {
				a.taken = a.removed.AddDate(0, -3, 0)
			}
			b := a
			b.unit, b.caseNo = units[1+g.intn(len(units)-1)], g.seq("П-")
			b.taken, b.removed, b.reason = a.removed.AddDate(0, 0, g.intn(2)), time.Time{}, ""
			out = append(out, a, b)
		}
	}
	return out
}

// act draws an act of the month in the unit: mostly of the unit's own kind, to a
// person or family on its record when there is one.
func (g *gen) act(unit string, month time.Time, cases []cscCase) cscAct {
	kind := g.refs.unitKind[unit]
	key := ""
	if own := kindActs[kind]; len(own) > 0 && g.chance(85) {
		key = pick(g, own)
	}
	code := g.refs.actCode[key]
	if code == "" {
		code = pick(g, g.refs.actCodes)
		key = g.refs.actKey[code]
	}
	a := cscAct{date: g.date(month, month.AddDate(0, 1, 0)), unit: unit, code: code, quantity: g.quantity()}
	if g.chance(50) {
		a.measure = 1 + g.intn(6)
	}
	if g.chance(40) {
		a.amountKop = int64(1000 + g.intn(300000))
	}
	switch {
	case contains(noClientActs, key) && g.chance(80):
	case kind == "families":
		a.caseNo = "Ф-" + pick(g, []string{"1", "2", "3", "4", "5", "6", "7", "8"})
		a.children = g.intn(5)
	default:
		a.person = g.person()
		if kind == "homeless_reg" { // a few people, so raids, referrals and registrations meet
			a.person = pick(g, g.people[:12])
		}
		a.birth, a.sex, a.category = g.births[a.person], g.sexes[a.person], pick(g, adultCategories)
		if strings.HasPrefix(key, "gift_") && key != "gift_disabled_pillow" && g.chance(85) { // children's gifts go mostly to children
			a.birth = g.between(day(2006, 1, 1), day(2022, 1, 1))
		}
		if g.chance(15) {
			a.birth = g.bornAround(18)
			a.category = pick(g, []string{catFamilyChild, catDisabledChild})
		}
		if g.chance(10) { // a homeless person with no documents: the case number identifies them
			a.person, a.caseNo = "", pick(g, []string{"Б-1", "Б-2", "Б-3"})
		}
	}
	return a
}
