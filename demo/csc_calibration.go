package demo

import "time"

// The Centre for Social Services' volumes, calibrated to the 2023 report. Only the
// generator knows these numbers; the models count rows.

// count is how many of something.
type count struct {
	what string
	n    int
}

// caseSpec is one unit kind's register over 2023: on record at its start (before),
// taken on and removed during it, and how the served split by category, IDP status
// and fee. takenCats split only those taken on, stayCats only those still on record.
type caseSpec struct {
	kind                      string
	before, taken, removed    int
	removeTakenOnly           bool
	cats, takenCats, stayCats []count
	otherCat                  string
	idp                       int
	fees                      []count
	femalePct, noIDPct        int
}

// familySpec is one family unit's register: families (and their children) closed in
// 2023 for each reason, those still on record, and children who left a family that
// stayed.
type familySpec struct {
	kind         string
	closed       []familyCount
	open         familyCount
	childrenLeft int
}

type familyCount struct {
	families int
	children int64
	reason   string
}

// actSpec is one kind of act in one unit kind: how many recipients, acts, and what
// they add up to. Recipients come from overlap (some of another spec's), then the
// pool of a unit kind's cases or fromActs (other specs' recipients), then fresh
// groups, invented families, or invented people when the pool runs short.
type actSpec struct {
	kind, key, tag string // tag tells two specs of one key apart
	from, to       time.Time
	persons, rows  int
	qty, measures  int64
	sum            int64 // kopecks
	monthly        bool  // one act per recipient per month on record
	pool           string
	poolCategory   string
	poolTaken      bool // only cases taken on in 2023
	poolBefore     bool // only cases on record before 2023
	fromActs       []string
	same           string // exactly another spec's recipients
	disjoint       string // specs of one group never share a recipient
	overlap        struct {
		id      string
		skip, n int
	}
	fresh         []freshGroup
	freshCategory string
	under         int // recipients younger than this many years at the spec's start (gifts for children under 14)
	families      int
	children      int64
}

type freshGroup struct {
	n        int
	category string
	female   bool
	child    bool
}

func (s actSpec) id() string {
	if s.tag != "" {
		return s.key + "/" + s.tag
	}
	return s.kind + "/" + s.key
}

func (s actSpec) window() (time.Time, time.Time) {
	lo, hi := s.from, s.to
	if lo.IsZero() {
		lo = jan2023
	}
	if hi.IsZero() {
		hi = d(2023, 12, 31)
	}
	return lo, hi
}

// cscDepartmentSlugs name each department's register export (etl's csc_cases pattern).
var cscDepartmentSlugs = map[string]string{"ДН": "dn", "ЗВ": "zv", "ПД": "pd", "БО": "bo", "СД": "sd", "ДНС": "dns"}

var cscCases = []caseSpec{
	{kind: "home_care", before: 1700, taken: 481, removed: 682, femalePct: 70,
		cats: []count{{"elderly", 1621}, {"disabled", 557}, {"disabled_child", 3}}, idp: 91,
		fees: []count{{"диференційована", 741}, {"платна", 103}}},
	{kind: "day_care", before: 406, taken: 876, removed: 409, femalePct: 65,
		cats: []count{{"elderly", 861}, {"disabled", 351}, {"disabled_child", 69}, {"sick_working_age", 1}}, idp: 225},
	{kind: "homeless_reg", before: 336, taken: 216, removed: 78, femalePct: 20, noIDPct: 30, otherCat: "working_age",
		takenCats: []count{{"elderly", 49}, {"disabled", 27}, {"working_age", 140}}},
	{kind: "night_shelter", before: 34, taken: 96, removed: 100, femalePct: 20, noIDPct: 30, otherCat: "working_age"},
	{kind: "released", before: 18, taken: 23, removed: 13, femalePct: 10, otherCat: "working_age"},
	{kind: "social_taxi", before: 130, taken: 40, removed: 16, femalePct: 55, otherCat: "disabled",
		stayCats: []count{{"disabled_child", 19}}},
	{kind: "dv", before: 3, taken: 7, removed: 4, removeTakenOnly: true, femalePct: 100, otherCat: "difficult",
		stayCats: []count{{"disabled_sight", 1}, {"family_child", 1}}},
}

var cscFamilies = []familySpec{
	{kind: "fam_difficult", closed: []familyCount{{60, 120, "подолання СЖО"}, {5, 10, "виїзд"}}, open: familyCount{28, 62, ""}},
	{kind: "fam_guardians", closed: []familyCount{{36, 40, "закінчення строку"}}, open: familyCount{16, 24, ""}},
	{kind: "fam_foster", closed: []familyCount{{2, 1, "закінчення строку"}}, open: familyCount{11, 26, ""}},
	{kind: "fam_homes", open: familyCount{16, 107, ""}, childrenLeft: 1},
}

func fam(key string, families int, children int64) actSpec {
	return actSpec{kind: "families", key: key, persons: families, families: families, children: children}
}

func dvPeople(women, men, girls, boys int) []freshGroup {
	return []freshGroup{{women, "difficult", true, false}, {men, "difficult", false, false}, {girls, "family_child", true, true}, {boys, "family_child", false, true}}
}

var cscActs = []actSpec{
	// Home care: monthly acts with visits and measures, surveys, monitoring, natural aid.
	{kind: "home_care", key: "home_care", pool: "home_care", persons: 2181, monthly: true, qty: 111718, measures: 347844},
	{kind: "home_care", key: "survey", pool: "home_care", poolTaken: true, persons: 598, freshCategory: "elderly"},
	{kind: "home_care", key: "quality_monitoring", pool: "home_care", persons: 705},
	{kind: "home_care", key: "hairdresser", pool: "home_care", persons: 921, rows: 1762, qty: 1762, measures: 1762},
	{kind: "home_care", key: "seamstress", pool: "home_care", persons: 520, rows: 904, qty: 904, measures: 904},
	{kind: "home_care", key: "repair", pool: "home_care", persons: 22, rows: 28, qty: 28, measures: 28},
	{kind: "home_care", key: "food_aid", pool: "home_care", persons: 216, rows: 600, measures: 1607},
	// Day care and its natural aid; the natural aid's recipients are all different people.
	{kind: "day_care", key: "day_care", pool: "day_care", persons: 134, rows: 900, qty: 4799},
	{kind: "day_care", key: "hot_meal", same: "day_care/day_care", qty: 4799, sum: 32575420},
	{kind: "day_care", key: "social_adaptation", pool: "day_care", persons: 42, rows: 200, qty: 332},
	{kind: "day_care", key: "university", pool: "day_care", poolCategory: "elderly", persons: 41, rows: 300, from: d(2023, 10, 1)},
	{kind: "day_care", key: "museum", pool: "day_care", persons: 16, rows: 40},
	{kind: "day_care", key: "food_set", pool: "day_care", disjoint: "day_natural", persons: 637, rows: 900, qty: 1100},
	{kind: "day_care", key: "essentials", pool: "day_care", disjoint: "day_natural", persons: 167, qty: 400},
	{kind: "day_care", key: "hairdresser", pool: "day_care", disjoint: "day_natural", persons: 205, rows: 354, qty: 354},
	{kind: "day_care", key: "seamstress", pool: "day_care", disjoint: "day_natural", persons: 118, rows: 205, qty: 205},
	{kind: "day_care", key: "repair", pool: "day_care", disjoint: "day_natural", persons: 28, rows: 287, qty: 287},
	{kind: "day_care", key: "clothing", pool: "day_care", disjoint: "day_natural", persons: 83, qty: 108},
	{kind: "day_care", key: "gift_children_day", pool: "day_care", poolCategory: "disabled_child", persons: 66, sum: 4443780, freshCategory: "disabled_child", from: d(2023, 5, 29), to: d(2023, 6, 2)},
	{kind: "day_care", key: "gift_disabled_pillow", pool: "day_care", poolCategory: "disabled", persons: 30, sum: 495000, freshCategory: "disabled", from: d(2023, 11, 29), to: d(2023, 12, 4)},
	{kind: "day_care", key: "gift_disabled_food", pool: "day_care", poolCategory: "disabled_child", persons: 62, sum: 3500470, freshCategory: "disabled_child", from: d(2023, 11, 29), to: d(2023, 12, 4)},
	{kind: "day_care", key: "gift_new_year", pool: "day_care", poolCategory: "disabled_child", under: 14, persons: 39, sum: 822900, freshCategory: "disabled_child", from: d(2023, 12, 18), to: d(2023, 12, 29)},
	{kind: "day_care", key: "gift_new_year_sponsor", pool: "day_care", poolCategory: "disabled_child", persons: 69, sum: 1455900, freshCategory: "disabled_child", from: d(2023, 12, 18), to: d(2023, 12, 29)},
	// Shelter for IDPs, rental, transport, inclusive education.
	{kind: "idp_shelter", key: "shelter", monthly: true, qty: 32653, measures: 10472,
		fresh: []freshGroup{{16, "elderly", true, false}, {6, "disabled", false, false}, {13, "difficult", true, false}}},
	{kind: "rental", key: "rental", persons: 121, rows: 130, freshCategory: "disabled"},
	{kind: "social_taxi", key: "taxi_contract", pool: "social_taxi", poolTaken: true, persons: 18},
	{kind: "social_taxi", key: "taxi_city", pool: "social_taxi", persons: 90, rows: 443},
	{kind: "social_taxi", key: "taxi_oblast", pool: "social_taxi", persons: 15, rows: 23},
	{kind: "transport", key: "transport_city", disjoint: "transport", persons: 221, rows: 942, freshCategory: "disabled"},
	{kind: "transport", key: "transport_oblast", disjoint: "transport", persons: 35, rows: 50, freshCategory: "disabled"},
	{kind: "inclusive", key: "inclusive_support", monthly: true, qty: 747, measures: 8861, fresh: []freshGroup{{3, "disabled_child", false, true}}},
	{kind: "inclusive", key: "parent_training", persons: 2, freshCategory: "parent"},
	// Humanitarian aid and the points for IDPs.
	{kind: "humanitarian", key: "humanitarian_items", persons: 1122, rows: 2000, qty: 6820, freshCategory: "difficult"},
	{kind: "centre", key: "food_set_akhmetov", persons: 1700, rows: 5054, qty: 5054, freshCategory: "parent"},
	{kind: "centre", key: "chicken", rows: 260, qty: 37350},
	{kind: "centre", key: "food_set_military_admin", persons: 3100, rows: 6200, qty: 12828, freshCategory: "difficult"},
	{kind: "centre", key: "chicken_oblast", rows: 90, qty: 2250},
	{kind: "centre", key: "social_housing_aid", persons: 152, sum: 149354800, freshCategory: "difficult"},
	{kind: "invincibility", key: "charging", persons: 31, rows: 48, from: d(2023, 11, 30), freshCategory: "elderly"},
	// Homeless persons: registration unit.
	{kind: "homeless_reg", key: "representation", pool: "homeless_reg", persons: 552, measures: 12223},
	{kind: "homeless_reg", key: "patrol_raid", rows: 104},
	{kind: "homeless_reg", key: "patrol_found", pool: "homeless_reg", poolTaken: true, persons: 108},
	{kind: "homeless_reg", key: "sent_night_shelter", pool: "homeless_reg", persons: 39, overlap: struct {
		id      string
		skip, n int
	}{"homeless_reg/patrol_found", 0, 13}},
	{kind: "homeless_reg", key: "sent_released_unit", pool: "homeless_reg", persons: 23, overlap: struct {
		id      string
		skip, n int
	}{"homeless_reg/patrol_found", 13, 6}},
	{kind: "homeless_reg", key: "sent_heating_point", pool: "homeless_reg", persons: 30, overlap: struct {
		id      string
		skip, n int
	}{"homeless_reg/patrol_found", 19, 15}},
	{kind: "homeless_reg", key: "address_registration", tag: "2022", pool: "homeless_reg", poolBefore: true, persons: 114, from: jan2022, to: d(2022, 12, 31)},
	{kind: "homeless_reg", key: "address_deregistration", pool: "homeless_reg", persons: 64, overlap: struct {
		id      string
		skip, n int
	}{"address_registration/2022", 0, 64}},
	{kind: "homeless_reg", key: "address_registration", pool: "homeless_reg", poolTaken: true, persons: 74, to: d(2023, 9, 30)},
	{kind: "homeless_reg", key: "outcome_disability_pension", persons: 26, from: d(2023, 10, 1), overlap: struct {
		id      string
		skip, n int
	}{"homeless_reg/address_registration", 0, 26}},
	{kind: "homeless_reg", key: "outcome_employed", persons: 48, from: d(2023, 10, 1), overlap: struct {
		id      string
		skip, n int
	}{"homeless_reg/address_registration", 26, 48}},
	{kind: "homeless_reg", key: "passport_help", pool: "homeless_reg", persons: 30},
	{kind: "homeless_reg", key: "hospital_accompaniment", pool: "homeless_reg", persons: 24},
	{kind: "homeless_reg", key: "stateless_help", pool: "homeless_reg", persons: 21},
	// Night shelter.
	{kind: "night_shelter", key: "shelter", pool: "night_shelter", persons: 130, monthly: true, measures: 144646},
	{kind: "night_shelter", key: "medical_exam", pool: "night_shelter", persons: 47},
	{kind: "night_shelter", key: "inpatient", pool: "night_shelter", persons: 26},
	{kind: "night_shelter", key: "hiv_test", pool: "night_shelter", persons: 41},
	{kind: "night_shelter", key: "boarding_requested", pool: "night_shelter", persons: 8, to: d(2023, 6, 30)},
	{kind: "night_shelter", key: "sent_boarding", persons: 6, from: d(2023, 7, 1), overlap: struct {
		id      string
		skip, n int
	}{"night_shelter/boarding_requested", 0, 6}},
	{kind: "night_shelter", key: "heating_point_visit", persons: 60, rows: 140, from: d(2023, 11, 1), freshCategory: "working_age"},
	// Released persons.
	{kind: "released", key: "social_adaptation", pool: "released", persons: 41, measures: 423},
	{kind: "released", key: "representation", pool: "released", persons: 41, measures: 281},
	{kind: "released", key: "legal_consultation_passport", pool: "released", disjoint: "legal", persons: 12},
	{kind: "released", key: "legal_consultation", pool: "released", disjoint: "legal", persons: 11},
	{kind: "released", key: "employed", pool: "released", persons: 16},
	{kind: "released", key: "medical_exam", pool: "released", persons: 23},
	{kind: "released", key: "contract", pool: "released", poolTaken: true, persons: 23},
	{kind: "released", key: "patronage", pool: "released", persons: 41},
	{kind: "released", key: "psych_service", pool: "released", persons: 30, rows: 85},
	{kind: "released", key: "probation_info", rows: 125},
	{kind: "released", key: "probation_notice", rows: 59},
	{kind: "released", key: "police_reference", pool: "released", persons: 9},
	{kind: "released", key: "police_info", pool: "released", persons: 12},
	// Families, children and youth: acts reach families with their children.
	{kind: "families", key: "notification", rows: 910},
	fam("needs_assessment", 898, 1365), fam("difficult_identified", 60, 121),
	fam("consulting", 738, 924), fam("informing", 808, 1120), fam("crisis_intervention", 8, 16),
	fam("need_psych", 601, 548), fam("need_legal", 39, 78), fam("need_employment", 7, 12),
	fam("need_treatment", 17, 38), fam("need_housing", 12, 33), fam("need_family_ties", 51, 86),
	fam("need_humanitarian", 279, 764), fam("need_documents", 20, 43), fam("need_referred", 181, 316),
	// Domestic violence.
	{kind: "dv_mobile", key: "dv_mobile_trip", rows: 179},
	{kind: "dv_mobile", key: "dv_mobile_service", fresh: dvPeople(442, 63, 4, 7)},
	{kind: "dv", key: "dv_specialized_request", fresh: dvPeople(440, 24, 1, 1)},
	{kind: "dv", key: "dv_report_police", fromActs: []string{"dv_mobile/dv_mobile_service", "dv/dv_specialized_request"}, persons: 451},
	{kind: "dv", key: "dv_report_self", fromActs: []string{"dv/dv_specialized_request"}, persons: 85},
	{kind: "dv", key: "psych_support", fromActs: []string{"dv_mobile/dv_mobile_service", "dv/dv_specialized_request"}, persons: 446},
	{kind: "dv", key: "consulting", fromActs: []string{"dv_mobile/dv_mobile_service", "dv/dv_specialized_request"}, persons: 509},
	{kind: "dv", key: "crisis_intervention", fromActs: []string{"dv_mobile/dv_mobile_service"}, persons: 40},
	{kind: "dv", key: "referral", fromActs: []string{"dv_mobile/dv_mobile_service", "dv/dv_specialized_request"}, persons: 233},
	{kind: "dv_crisis_room", key: "shelter", fromActs: []string{"dv/dv_specialized_request"}, persons: 1, from: d(2023, 9, 1), qty: 12},
}

var cscReceipts = []cscReceipt{
	{d(2023, 3, 14), "ЗВ-ПТП", "меблі", "Шафи та ліжка для пункту тимчасового перебування", 6, 780000, "місцевий бюджет"},
	{d(2023, 6, 20), "ЗВ-ПТП", "обладнання", "Кондиціонери", 4, 5612000, "благодійна допомога"},
	{d(2023, 6, 20), "ЗВ-ПТП", "обладнання", "Зарядна станція", 1, 2136000, "благодійна допомога"},
	{d(2023, 6, 20), "ЗВ-ПТП", "обладнання", "Світильники світлодіодні", 12, 635140, "благодійна допомога"},
	{d(2023, 11, 28), "ЗВ-НЕЗЛ", "генератор", "Генератор бензиновий", 2, 5400000, "благодійна допомога"},
	{d(2023, 8, 10), "ДН-АВТО", "автомобіль", "Автомобіль FIAT Dukato (Мобільна соціальна служба)", 1, 179820000, "міжнародна технічна допомога"},
	{d(2023, 10, 5), "СОВ", "планшет", "Планшет Pixus Drive 10.1 LTE", 5, 2971090, "міжнародна технічна допомога"},
}

// trainings of the Centre's workers: completed courses by key, and certifications.
var cscTrainings = []count{
	{"Н01", 2}, {"Н02", 1}, {"Н03", 3}, {"Н04", 1}, {"Н05", 3}, {"Н06", 4}, {"Н07", 3}, {"Н08", 1},
	{"Н09", 1}, {"Н10", 30}, {"Н11", 18}, {"Н12", 2}, {"Н13", 37}, {"Н14", 12},
}

var cscCertified = []count{{"практичний психолог", 2}, {"фахівець із соціальної роботи", 3}}

// departmentTrainings are the department's own workers' courses.
var departmentTrainings = []count{{"Н16", 120}}
