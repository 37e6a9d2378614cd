package demo

import "time"

// The demo city is calibrated to the department's 2023 annual report, so that the
// warehouse, computing from records only, reproduces the published figures. Nothing
// outside this package may know these numbers.

// activeAt2024 is how many families hold an active assignment of each benefit code
// at the start of 01.01.2024. Codes 402 and 403 together make the report's line of
// 1145; codes 5xx are benefits the report's table does not list.
var activeAt2024 = map[string]int{
	"101": 350, "102": 4660, "103": 924, "104": 347, "105": 5, "106": 12,
	"201": 1643, "202": 936, "301": 17622, "401": 68, "402": 900, "403": 245,
	"404": 2434, "405": 7, "406": 512, "407": 181, "408": 324, "409": 480,
	"410": 36, "411": 6, "412": 0, "413": 570, "414": 519, "415": 0, "416": 28,
}

// overlaps are families counted on two lines of the table (they hold both benefits).
var overlaps = []struct {
	a, b string
	n    int
}{
	{"201", "202", 400}, {"301", "102", 300}, {"404", "201", 200},
	{"301", "202", 150}, {"406", "402", 100}, {"301", "404", 50},
}

// families is the number of distinct families receiving any benefit at 01.01.2024.
const families = 35230

// unlistedShares split the families that hold only unlisted benefits; 504 takes the rest.
var unlistedShares = map[string]int{"501": 3, "502": 330, "503": 260}

// decidedIn2023 is the number of persons with a benefit decision dated in 2023.
const decidedIn2023 = 18539

// budget2023 is what each budget line paid out in 2023, in kopecks.
var budget2023 = map[string]int64{
	"hs.disabled_childhood":            8245270000,
	"hs.no_pension_disabled":           2623450000,
	"hs.care_allowance":                429780000,
	"hs.psychiatric_care":              1344290000,
	"hs.pension_age_no_pension":        116410000,
	"hs.care_compensation_80plus":      980000,
	"hs.social_scholarships":           1071870000,
	"hs.chornobyl":                     117880000,
	"sf.maternity":                     143490000,
	"sf.birth_adoption":                5226040000,
	"sf.guardianship":                  2813560000,
	"sf.single_mothers":                727430000,
	"sf.sick_child_care":               38110000,
	"sf.alimony":                       365570000,
	"sf.large_families":                2436400000,
	"sf.orphans":                       1710500000,
	"sf.municipal_nanny":               46160000,
	"low_income":                       4923190000,
	"subv.idp_defenders_housing":       3354040000,
	"city.sp.social_service_providers": 381480000,
}

// spent2023 is what the accounting exports show for each budget line that is not
// paid through the benefit payment lists, in kopecks.
var spent2023 = map[string]int64{
	"state.veteran_adaptation":                  34110000,
	"state.disability.rehab_children":           12220000,
	"state.disability.sanatorium_cash":          3330000,
	"state.disability.explosive_victims":        3380000,
	"state.disability.sanatorium_reimbursement": 1150000,
	"state.war_lump_sum":                        206340000,
	"oblast.chornobyl_medical":                  21990000,
	"oblast.deputies_aid":                       140810000,
	"city.sp.measures.deputies":                 1716620000,
	"city.sp.measures.other":                    1649250000,
	"city.sp.transport_bus":                     1010000000,
	"city.sp.transport_electric":                1870000000,
	"city.sp.transport_rail":                    5410000,
	"city.sp.chornobyl_travel":                  1190000,
	"city.sp.housing_privileges":                39370000,
	"city.sp.ngo_support":                       49380000,
	"city.sp.csp_maintenance":                   3995660000,
	"city.defenders_program":                    1673990000,
	"city.family_gender_program":                31370000,
	"city.csp_municipal_bonus":                  219570000,
	"city.media.newspaper":                      11190000,
	"city.media.radio":                          15100000,
	"city.media.tv_mis":                         18260000,
	"city.media.internet":                       18690000,
	"city.media.tv_channel9":                    4680000,
	"city.apparatus":                            4339590000,
}

// unpaidAt2024 are obligations registered in December 2023 and paid in January 2024:
// the creditor debt at 01.01.2024, by budget line, in kopecks.
var unpaidAt2024 = map[string]int64{
	"state.veteran_adaptation":        8000000,
	"state.disability.rehab_children": 3810000,
	"city.sp.transport_electric":      120000000,
	"city.sp.transport_bus":           40000000,
	"city.sp.csp_maintenance":         15240000,
}

// closedOnly are families whose only assignments ended during 2022–2023.
var closedOnly = map[string]int{
	"301": 4200, "101": 1400, "201": 1500, "102": 700, "105": 40, "413": 900, "404": 60, "403": 120, "414": 480,
}

// renewed are active families that also hold an earlier, closed assignment of the same code.
var renewed = map[string]int{"201": 900, "301": 1500, "403": 40}

// City-programme payments of 2023, per payment code (ref_city_payments): how many
// persons, the amount in kopecks, and how many months a monthly payment ran.
var cityOneOff = []struct {
	code    string
	persons int
	amount  int64
	date    time.Time
}{
	{"601", 585, 100000, d(2023, 2, 15)}, {"602", 5, 1000000, d(2023, 2, 15)}, {"604", 144, 50000, d(2023, 4, 26)},
	{"606", 48, 75000, d(2023, 6, 1)}, {"607", 6, 100000, d(2023, 6, 1)}, {"610", 15, 776700, d(2023, 9, 1)},
	{"611", 1733, 100000, d(2023, 10, 1)}, {"614", 57, 50000, d(2023, 7, 14)},
	{"618", 31, 260000, d(2023, 6, 1)}, {"619", 9, 260000, d(2023, 6, 1)},
}

// Housing compensation to two IDP combatants, paid from the special account: the
// flat's price and the taxes and fees of the purchase, in kopecks.
var housingCompensation = []struct {
	code   string
	amount []int64
}{{"622", []int64{253031006, 253031006}}, {"623", []int64{2930310, 2930310}}}

var cityMonthly = []struct {
	code    string
	persons int
	amount  int64
}{
	{"603", 5, 258900}, {"605", 4, 258900}, {"608", 3, 258900}, {"609", 1, 5000},
	{"620", 19, 5000}, {"621", 305, 10500},
}

// Families raising a child with a disability and cancer get 1 000 грн a month: 22
// all year, and one family that joined in August.
const (
	oncologyFamilies     = 22
	oncologyJoinerMonths = 5
	oncologyAmount       = 100000
)

// Police families: one recipient was paid five months of 2022 as arrears in January.
const policeArrearsMonths = 5

// Families of fallen defenders: 144 families of 326 persons shared the annual aid of
// 5 000 грн a family; three families, paid in full in December 2022, only received
// top-ups in 2023, which is why 2023's sum is not 144 × 5 000.
const (
	fallenFamilies        = 144
	fallenPersons         = 326
	fallenFamilyAid       = 500000
	fallenTopUpFamilies   = 3
	fallenTopUpTotal      = 16700
	fallenMonthlyPersons  = 461
	fallenMonthlyPayments = 4219   // person-months: recipients joined during the year
	fallenMonthlyAmount   = 323625 // kopecks
	fallenMonthlyTotal    = 1365374000
)

// Housing privilege (50 %) for families of the fallen and for volunteers, in kopecks.
var cityHousing = []struct {
	code    string
	persons int
	total   int64
}{
	{"615", 205, 63128900}, {"616", 2, 1157100},
}

// The privilege register at 01.01.2024, by LGCODE and LGKAT ("ЗХ" marks defenders
// of Ukraine): records active then, and how many of them were granted in 2023.
var privilegeBuckets = []struct {
	lgcode, lgkat  string
	active, in2023 int
}{
	{"10", "ЗХ", 1738, 400}, {"10", "АФ", 600, 0},
	{"11", "ЗХ", 133, 60}, {"11", "ВВ", 150, 40},
	{"12", "ЗХ", 3, 1}, {"12", "ВВ", 200, 0},
	{"13", "ВВ", 375, 100}, {"13", "ЗХ", 525, 232}, {"20", "", 9000, 153}, {"21", "", 6000, 1}, {"30", "", 20, 1},
	{"40", "", 1223, 19}, {"60", "", 2400, 319}, {"70", "", 4, 0}, {"80", "", 3, 0},
}

// Large families at 01.01.2024 and their statuses granted in 2023.
const (
	largeFamilies        = 1570
	largeFamilyChildren  = 5173
	largeParentsIn2023   = 218
	largeChildrenIn2023  = 487
	centenariansAged100  = 4
	centenariansOver100  = 2
	closedPrivilegeShare = 10 // one record in ten also has an ended predecessor
)

// Material aid granted by the commission in 2023, per category (ref_material_aid):
// persons and kopecks. The report's line "на лікування та інше" also counted the
// IDPs' aid, which the records hold under category 10 only.
var materialAid = []struct {
	category string
	persons  int
	total    int64
}{
	{"1", 7, 930000}, {"2", 826, 129170000}, {"3", 56, 26500000}, {"4", 10, 3230000},
	{"5", 424, 140790000}, {"6", 93, 10420000}, {"7", 58, 4170000}, {"8", 58, 67670000},
	{"9", 5, 300000}, {"10", 25, 4110000}, {"11", 30, 1920000}, {"12", 1095, 148310000},
}

// materialAidRefused are the applications the commission turned down in 2023.
const materialAidRefused = 117

// Deputies' aid in 2023: statements and, per council, persons and kopecks.
var deputiesAid = []struct {
	council    string
	statements int
	persons    int
	total      int64
}{
	{"обласна", 8, 98, 140810000}, {"міська", 55, 1626, 1390000000},
}

// ЄІБД ВПО: persons who arrived since 24.02.2022, earlier IDPs re-issued a certificate
// since then, and those on record at 01.01.2024 with children, pensioners and persons
// with disabilities among them.
const (
	idpArrivedSince    = 34263
	idpReissuedEarlier = 801
	idpEarlierOther    = 1500
	idpOnRecord        = 28914
	idpChildren        = 6553
	idpPensioners      = 6281
	idpDisabled        = 1537
	idpSheltered       = 1732 // persons placed in dormitories since 24.02.2022
	idpShelteredNow    = 293  // living there at 01.01.2024
)

// Support centres' registers for their first months (the IDP centre opened 26.07.2023,
// the veterans' centre 15.09.2023): per service code, what the report counts — service
// acts ("services", "documents", "items") or distinct visitors ("persons", "children").
var centreServices = []struct {
	code, counts string
	n            int
}{
	{"V01", "services", 12},
	{"V02", "services", 66},
	{"V03", "services", 53},
	{"V04", "services", 58},
	{"V05", "services", 7},
	{"V06", "services", 13},
	{"V07", "services", 11},
	{"V08", "services", 34},
	{"V09", "services", 35},
	{"V10", "services", 31},
	{"V11", "services", 46},
	{"V12", "services", 39},
	{"V13", "services", 18},
	{"V14", "services", 49},
	{"V15", "services", 27},
	{"V16", "services", 7},
	{"V17", "services", 13},
	{"V18", "services", 26},
	{"V19", "services", 13},
	{"V20", "services", 28},
	{"V21", "services", 18},
	{"V22", "services", 37},
	{"V23", "services", 35},
	{"V24", "services", 95},
	{"V25", "services", 35},
	{"V30", "meetings", 15},
	{"V31", "items", 20},
	{"V32", "persons", 25},
	{"V33", "children", 24},
	{"V34", "children", 12},
	{"I01", "persons", 1576},
	{"I02", "documents", 514},
	{"I03", "services", 166},
	{"I04", "persons", 74},
	{"I05", "persons", 413},
	{"I06", "persons", 115},
	{"I07", "persons", 84},
	{"I08", "persons", 60},
	{"I09", "persons", 60},
	{"I10", "persons", 156},
	{"I11", "persons", 23},
	{"I12", "persons", 17},
	{"I20", "persons", 241},
	{"I21", "persons", 754},
	{"I22", "persons", 168},
	{"I23", "persons", 163},
	{"I24", "persons", 11},
}

// idpCentreRepeats are the repeat visits that make the IDP centre's service acts add up
// to what it reports in total, while its lines count persons.
var idpCentreRepeats = map[string]int{"I01": 1500, "I04": 300, "I05": 400, "I09": 107}

// veteranApplicants are the veterans' centre's visitors by category.
var veteranApplicants = []struct {
	category string
	persons  int
}{
	{"combatants", 72},
	{"war_disabled", 22},
	{"war_participants", 1},
	{"fallen_families", 18},
	{"veteran_families", 36},
}

// Documents registered in 2023 by direction, kind, and channel or subject.
var documents2023 = []struct {
	direction, kind, channel, subject string
	n                                 int
}{
	{"вхідний", "лист", "", "", 10840},
	{"вихідний", "лист", "", "ДВС: повторне відкриття", 85},
	{"вихідний", "лист", "", "ДВС: хід виконання", 47},
	{"вихідний", "лист", "", "ДВС: зміна реквізитів", 51},
	{"вихідний", "лист", "", "ДВС: виконавчий документ", 12},
	{"вихідний", "лист", "", "прокуратура", 7},
	{"вихідний", "лист", "", "адвокат", 15},
	{"вихідний", "лист", "", "правоохоронні органи", 12},
	{"вихідний", "лист", "", "приватний виконавець", 8},
	{"вихідний", "лист", "", "", 12520 - 85 - 47 - 51 - 12 - 7 - 15 - 12 - 8},
	{"вхідний", "звернення", "гаряча лінія", "", 3552},
	{"вхідний", "звернення", "ЦНАП", "", 4204},
	{"вхідний", "звернення", "пошта", "", 201},
	{"вхідний", "звернення", "особистий прийом", "", 119},
	{"вхідний", "звернення", "електронна пошта", "", 52},
	{"вихідний", "звернення", "", "", 7643},
	{"внутрішній", "проєкт рішення МР", "", "", 37},
	{"внутрішній", "проєкт рішення ВК", "", "", 39},
	{"внутрішній", "проєкт розпорядження МГ", "", "", 22},
	{"внутрішній", "договір", "", "", 134},
	{"внутрішній", "наказ АГ", "", "", 145},
	{"внутрішній", "наказ відпустка", "", "", 717},
	{"внутрішній", "наказ ОС", "", "", 369},
	{"внутрішній", "наказ ОД", "", "", 18},
	{"вихідний", "звіт", "", "звіт: чисельність і вакансії", 12},
	{"вихідний", "звіт", "", "звіт: кількісний склад", 12},
	{"вихідний", "звіт", "", "звіт: склад керівників і спеціалістів", 4},
	{"вихідний", "звіт", "", "звіт: звернення громадян", 1},
	{"вихідний", "звіт", "", "звіт: бланки суворої звітності", 4},
	{"вихідний", "звіт", "", "звіт: бланки розпоряджень", 4},
	{"вихідний", "звіт", "", "звіт: бланки рішень виконкому", 4},
	{"вихідний", "звіт", "", "звіт: заброньовані військовозобов’язані", 1},
}

// Children's recreation in 2023: children per destination (ref_recreation_places) and
// category; where the report gives a destination's total only, the category is the
// destination's own (its programme is for that category).
var recreation2023 = []struct {
	place, category string
	children        int
}{
	{"RC01", "idp", 10},
	{"RC02", "fallen_defenders", 2},
	{"RC03", "fallen_defenders", 4},
	{"RC04", "fallen_defenders", 1},
	{"RC05", "orphans", 10},
	{"RC06", "orphans", 1},
	{"RC06", "defenders_children", 2},
	{"RC06", "deprived_care", 2},
	{"RC06", "large_families", 3},
	{"RC06", "idp", 2},
	{"RC07", "deprived_care", 2},
	{"RC07", "large_families", 2},
	{"RC08", "orphans", 22},
	{"RC08", "low_income", 3},
	{"RC08", "fallen_defenders", 2},
	{"RC09", "orphans", 3},
	{"RC09", "low_income", 11},
	{"RC09", "fallen_defenders", 6},
}

// The social-services commission in 2023: sittings and decisions by how the service is paid.
const socialServicesMeetings = 56

var socialServicesDecisions = map[string]int{
	"за рахунок бюджету": 2099, "диференційована оплата": 850, "за рахунок отримувача": 109, "відмова": 1,
}

// advisorySittings are 2023's sittings of the other advisory bodies (ref_advisory_bodies).
var advisorySittings = map[string]int{"01": 2, "02": 4, "03": 10, "04": 1, "05": 13, "06": 2, "07": 12, "08": 4, "09": 1}

// departmentActions are the department's gifts, sets, vouchers and reimbursements of
// 2023 (ref_department_actions), in kopecks.
var departmentActions = []aidAction{
	{code: "А01", from: d(2023, 5, 14), to: d(2023, 5, 14), recipients: 4, sum: 200000, basis: "список", funding: "міський бюджет"},
	{code: "А02", from: d(2023, 5, 29), to: d(2023, 6, 2), recipients: 70, sum: 4700000, basis: "список", funding: "міський бюджет", child: true},
	{code: "А03", from: d(2023, 5, 29), to: d(2023, 6, 2), recipients: 83, sum: 5300000, basis: "список", funding: "міський бюджет"},
	{code: "А04", from: d(2023, 11, 30), to: d(2023, 12, 4), recipients: 70, sum: 4100000, basis: "список", funding: "міський бюджет", child: true},
	{code: "А05", from: d(2023, 7, 8), to: d(2023, 7, 8), recipients: 3, sum: 500000, basis: "список", funding: "міський бюджет"},
	{code: "А06", from: d(2023, 3, 1), to: d(2023, 11, 30), recipients: 195, sum: 10800000, basis: "рішення", funding: "міський бюджет"},
	{code: "А07", from: d(2023, 8, 21), to: d(2023, 8, 31), recipients: 29, sum: 6400000, basis: "список", funding: "міський бюджет"},
	{code: "А08", from: d(2023, 11, 30), recipients: 3, rowsEach: 2, qtyEach: 8, each: 144000, basis: "заява", apps: 6, funding: "міський бюджет", child: true},
	{code: "А09", from: d(2023, 12, 19), to: d(2023, 12, 19), recipients: 378, sum: 7945000, basis: "список", funding: "міський бюджет", child: true},
	{code: "А10", from: d(2023, 12, 20), to: d(2023, 12, 28), recipients: 45, sum: 945000, basis: "список", funding: "міський бюджет", child: true},
	{code: "А11", from: d(2023, 12, 21), to: d(2023, 12, 21), recipients: 48, sum: 1010000, basis: "клопотання", petitions: 2, funding: "міський бюджет", child: true},
	{code: "А12", from: d(2023, 12, 22), to: d(2023, 12, 27), recipients: 130, basis: "список", funding: "меценат"},
	{code: "А13", from: d(2023, 12, 17), to: d(2023, 12, 17), recipients: 49, basis: "список", funding: "благодійна допомога", child: true},
	{code: "А14", from: d(2023, 2, 14), to: d(2023, 2, 15), recipients: 5, each: 299800, basis: "список", funding: "міський бюджет"},
	{code: "А15", from: d(2023, 5, 5), to: d(2023, 5, 8), recipients: 15, sum: 2005000, basis: "список", funding: "міський бюджет"},
	{code: "А16", from: jan2023, to: d(2023, 12, 22), recipients: 145, sum: 6420000, petitions: 13, apps: 5, funding: "міський бюджет"},
	{code: "А17", from: d(2023, 3, 1), to: d(2023, 11, 30), recipients: 4, sum: 297000, basis: "список", funding: "міський бюджет"},
	{code: "А18", from: d(2023, 3, 1), to: d(2023, 11, 30), same: "А17", sum: 340000, basis: "список", funding: "міський бюджет"},
	{code: "А19", from: d(2023, 2, 1), to: d(2023, 10, 31), recipients: 4, sum: 1229300, basis: "список", funding: "міський бюджет"},
	{code: "А20", from: d(2023, 2, 1), to: d(2023, 10, 31), same: "А19", sum: 355000, basis: "список", funding: "міський бюджет"},
	{code: "А21", from: d(2023, 4, 1), to: d(2023, 10, 31), recipients: 10, sum: 18500000, basis: "заява", apps: 10, funding: "міський бюджет"},
}

// hrRecords are the HR register's 2023 entries: the annual evaluation of officials
// for 2022 by result, and the award packages prepared.
var hrRecords = []count{{"оцінювання: добре", 38}, {"оцінювання: високо", 75}, {"нагородження", 18}}

// caseworkSpecs are the department's smaller registers over 2023 (ref_casework_events),
// sums in kopecks.
var caseworkSpecs = []cwSpec{
	// Persons with disabilities on record, their rehabilitation and referrals.
	{reg: "cbdi", code: "ОБЛ", n: 5928, persons: 5928, from: d(2005, 1, 1), to: d(2023, 12, 20), open: 5518, endFrom: jan2023, endTo: d(2023, 12, 31)},
	{reg: "cbdi", code: "ІПР", n: 1158, persons: 1158, from: jan2023, to: d(2023, 12, 28)},
	{reg: "cbdi", code: "МСЕК", n: 11, persons: 11, from: jan2023, to: d(2023, 12, 28)},
	{reg: "cbdi", code: "ІНТ", n: 51, persons: 51, from: jan2023, to: d(2023, 12, 28)},
	{reg: "cbdi", code: "ЗРД", n: 45, persons: 45, from: d(2022, 3, 1), to: d(2023, 12, 20), open: 41, endFrom: d(2023, 5, 1), endTo: d(2023, 11, 30)},
	{reg: "cbdi", code: "ДРД", n: 4, persons: 4, from: d(2023, 5, 1), to: d(2023, 11, 30), sum: 9020000},
	// Control of targeted use of budget funds.
	{reg: "kontrol", code: "ДРРП", n: 2306, persons: 2306, from: jan2023, to: d(2023, 12, 29)},
	{reg: "kontrol", code: "ЗАП", n: 7119, from: jan2023, to: d(2023, 12, 29)},
	{reg: "kontrol", code: "ОБС", n: 510, persons: 510, from: jan2023, to: d(2023, 12, 29)},
	{reg: "kontrol", code: "ДОК", n: 10508, persons: 9000, from: jan2023, to: d(2023, 12, 29)},
	{reg: "kontrol", code: "НЕД", n: 82, persons: 82, from: jan2023, to: d(2023, 12, 29), sum: 28235000},
	{reg: "kontrol", code: "ПДБ", n: 60, persons: 60, from: jan2023, to: d(2023, 12, 29), sum: 38020282},
	{reg: "kontrol", code: "ПСД", n: 9, persons: 9, from: jan2023, to: d(2023, 12, 29), sum: 14141998},
	{reg: "kontrol", code: "ПДВС", n: 5, persons: 5, from: jan2023, to: d(2023, 12, 29), sum: 2324720},
	// Legal work.
	{reg: "yurviddil", code: "СЗК", n: 50, from: jan2023, to: d(2023, 12, 28)},
	{reg: "yurviddil", code: "СЗЦ", n: 127, from: jan2023, to: d(2023, 12, 28)},
	{reg: "yurviddil", code: "КОН", n: 156, persons: 156, from: jan2023, to: d(2023, 12, 28)},
	{reg: "yurviddil", code: "ВП", n: 124, persons: 124, from: d(2019, 1, 1), to: d(2023, 12, 15), open: 84, endFrom: jan2023, endTo: d(2023, 12, 29)},
	// The working group on the fact of care: trips (confirmed or not), two of them only
	// in January 2024, and refusals.
	{reg: "hrupa", code: "ДП", n: 57, persons: 57, from: jan2023, to: d(2023, 12, 1), endFrom: jan2023, endTo: d(2023, 12, 29), lagDays: 20},
	{reg: "hrupa", code: "ДП", n: 1, persons: 1, from: d(2023, 12, 20), to: d(2023, 12, 28), endFrom: d(2024, 1, 10), endTo: d(2024, 1, 20)},
	{reg: "hrupa", code: "ДН", n: 6, persons: 6, from: jan2023, to: d(2023, 12, 1), endFrom: jan2023, endTo: d(2023, 12, 29), lagDays: 20},
	{reg: "hrupa", code: "ДН", n: 1, persons: 1, from: d(2023, 12, 20), to: d(2023, 12, 28), endFrom: d(2024, 1, 10), endTo: d(2024, 1, 20)},
	{reg: "hrupa", code: "ДВ", n: 37, persons: 37, from: jan2023, to: d(2023, 12, 28)},
	// Queues.
	{reg: "cherhy", code: "САН", n: 515, persons: 515, from: d(2012, 1, 1), to: d(2023, 12, 20), open: 485, endFrom: jan2023, endTo: d(2023, 12, 29)},
	{reg: "cherhy", code: "КРЖ", n: 9, persons: 9, from: d(2016, 1, 1), to: d(2023, 12, 20), open: 7, endFrom: jan2023, endTo: d(2023, 12, 29)},
	{reg: "cherhy", code: "РЖЗ", n: 482, persons: 482, from: d(2022, 6, 1), to: d(2023, 12, 20), open: 432, endFrom: jan2023, endTo: d(2023, 12, 29)},
	// Chornobyl compensations assigned, and case files sent to the payments centre.
	{reg: "chaes", code: "ХАР", n: 773, persons: 773, from: jan2023, to: d(2023, 12, 28)},
	{reg: "chaes", code: "ОЗД", n: 648, persons: 648, from: jan2023, to: d(2023, 12, 28)},
	{reg: "chaes", code: "ПРО", n: 23, persons: 23, from: jan2023, to: d(2023, 12, 28)},
	{reg: "chaes", code: "ІНВ", n: 3, persons: 3, from: jan2023, to: d(2023, 12, 28)},
	{reg: "chaes", code: "ГОД", n: 5, persons: 5, from: jan2023, to: d(2023, 12, 28)},
	{reg: "chaes", code: "СПР", n: 768, persons: 768, from: jan2023, to: d(2023, 12, 28)},
	// Information and organisation.
	{reg: "diialnist", code: "ГАЗ", n: 22, from: jan2023, to: d(2023, 12, 28)},
	{reg: "diialnist", code: "РАД", n: 7, from: jan2023, to: d(2023, 12, 28)},
	{reg: "diialnist", code: "МІС", n: 28, from: jan2023, to: d(2023, 12, 28)},
	{reg: "diialnist", code: "ІНТ", n: 39, from: jan2023, to: d(2023, 12, 28)},
	{reg: "diialnist", code: "К9", n: 9, from: jan2023, to: d(2023, 12, 28)},
	{reg: "diialnist", code: "СМЦ", n: 207, from: d(2023, 9, 15), to: d(2023, 12, 29)},
	{reg: "diialnist", code: "ЗЦЦ", n: 6, from: d(2023, 9, 15), to: d(2023, 12, 29)},
	{reg: "diialnist", code: "ТОР", n: 4, from: d(2023, 2, 1), to: d(2023, 10, 31)},
	{reg: "diialnist", code: "БУК", n: 8, qty: 2000, from: d(2023, 3, 1), to: d(2023, 12, 10)},
}
