package difftest

import (
	"fmt"

	"github.com/hromadata/hromadata"
)

// The accounting's expenditures and obligations (budget.md), and the benefits
// programme complex's assignments (benefits.md). No benefit payment lists are written:
// the build's reconciliation of lists with the accounting is not what is tested here.

type budgetLine struct{ parent, fund, kpkvk string }

var budgetLines = func() map[string]budgetLine {
	m := map[string]budgetLine{}
	for _, r := range mustSeed("ref_budget_lines") {
		m[r["id"]] = budgetLine{r["parent_id"], r["fund"], r["kpkvk"]}
	}
	return m
}()

// under: whether line is anc or below it in the budget's tree.
func under(line, anc string) bool {
	for l := line; l != ""; l = budgetLines[l].parent {
		if l == anc {
			return true
		}
	}
	return false
}

func lineOf(kpkvk string) string {
	for id, l := range budgetLines {
		if l.kpkvk == kpkvk {
			return id
		}
	}
	return ""
}

func (g *gen) budgetWorld(m *more) {
	var leaves []string
	for _, r := range mustSeed("ref_budget_lines") {
		if r["kpkvk"] != "" {
			leaves = append(leaves, r["id"])
		}
	}
	kekv := mustSeed("ref_kekv")
	for i := range 300 {
		l := budgetLines[pick(g, leaves)]
		m.expenditures = append(m.expenditures, rec{"paid_date": g.date(day(2022, 12, 1), day(2024, 1, 1)), "doc_no": fmt.Sprintf("ПД-%d", i),
			"kpkvk": l.kpkvk, "kekv": pick(g, kekv)["code"], "fund": l.fund, "amount_kop": int64(g.intn(5000000000))})
	}
	m.exports = append(m.exports, byMonth("budget_expenditures", "vydatky_", ".csv", "paid_date", m.expenditures)...)
	for i := range 80 {
		l := budgetLines[pick(g, leaves)]
		r := rec{"obligation_no": fmt.Sprintf("З-%d", i), "registered": g.date(day(2022, 10, 1), day(2024, 1, 1)), "kpkvk": l.kpkvk, "fund": l.fund,
			"amount_kop": int64(g.intn(100000000))}
		if g.chance(60) {
			r["paid"] = g.date(r.date("registered"), day(2024, 1, 5))
		}
		m.obligations = append(m.obligations, r)
	}
	m.exports = append(m.exports, export{"budget_obligations", "zobovyazannia_20240105.csv", m.obligations, false})
	g.benefitsWorld(m)
}

func (g *gen) benefitsWorld(m *more) {
	codes := mustSeed("ref_benefits")
	byOffice := map[string][]rec{}
	for i := range 250 {
		person := g.people[i%120] // several benefits per family, one office per family
		o := hromadata.Offices[(i%120)%3]
		from := g.date(day(2020, 1, 1), day(2024, 1, 2))
		r := rec{"office_code": o.Code, "account_id": fmt.Sprintf("%s-%d", o.Code, i%120), "person_id": person, "birth_date": g.births[person],
			"benefit_code": pick(g, codes)["code"], "decision_no": fmt.Sprintf("Р-%d", i), "decision_date": from.AddDate(0, 0, -g.intn(20)),
			"date_from": from, "monthly_kop": int64(100000 + g.intn(500000)), "status": "діюча"}
		if g.chance(50) {
			r["date_to"] = g.date(from, day(2024, 3, 1))
			if r.date("date_to").Before(day(2024, 1, 10)) {
				r["status"] = "припинена"
			}
		}
		m.assignments = append(m.assignments, r)
		byOffice[o.Slug] = append(byOffice[o.Slug], r)
	}
	for _, o := range hromadata.Offices {
		m.exports = append(m.exports, export{"benefit_assignments", "pryznachennia_" + o.Slug + "_20240110.csv", byOffice[o.Slug], false})
		stale := rec{"office_code": o.Code, "account_id": "OLD", "person_id": g.people[399], "benefit_code": codes[1]["code"], "decision_no": "Р-OLD-" + o.Code,
			"decision_date": day(2023, 5, 1), "date_from": day(2023, 5, 1), "monthly_kop": int64(100), "status": "діюча"}
		m.exports = append(m.exports, export{"benefit_assignments", "pryznachennia_" + o.Slug + "_20231001.csv", []rec{stale}, true})
	}
}

func budgetPaid(line string) spec {
	return ps(func(f *ref, p hromadata.Period) float64 {
		return round1(sumKop(f.each(f.m.expenditures, func(r rec) bool {
			return under(lineOf(r.str("kpkvk")), line) && in(r.date("paid_date"), p)
		})) / 1000)
	})
}

// creditorDebt: obligations registered before the start of p.To and not paid by then.
func creditorDebt(fund string) spec {
	return ps(func(f *ref, p hromadata.Period) float64 {
		return round1(sumKop(f.each(f.m.obligations, func(r rec) bool {
			return (fund == "" || r.str("fund") == fund) && r.date("registered").Before(p.To) && (r.date("paid").IsZero() || !r.date("paid").Before(p.To))
		})) / 1000)
	})
}

// familiesReceiving: a family is its applicant; an assignment is in force at d when
// it began before d and did not end before it.
func familiesReceiving(codes ...string) spec {
	return ps(func(f *ref, p hromadata.Period) float64 {
		return distinct(f.each(f.m.assignments, func(r rec) bool {
			return contains(codes, r.str("benefit_code")) && r.date("date_from").Before(p.To) && (r.date("date_to").IsZero() || !r.date("date_to").Before(p.To))
		}), "person_id")
	})
}

var budgetSpecs = map[string]spec{
	"budget.total":                               budgetPaid("total"),
	"budget.state_subvention":                    budgetPaid("subv"),
	"budget.state.hardship":                      budgetPaid("hs"),
	"budget.state.hardship.care_allowance":       budgetPaid("hs.care_allowance"),
	"budget.state.children_family":               budgetPaid("sf"),
	"budget.state.children_family.alimony":       budgetPaid("sf.alimony"),
	"budget.state.disability.rehab_children":     budgetPaid("state.disability.rehab_children"),
	"budget.oblast_subvention.deputies_aid":      budgetPaid("oblast.deputies_aid"),
	"budget.city.social_program.measures":        budgetPaid("city.sp.measures"),
	"budget.city.social_program.csp_maintenance": budgetPaid("city.sp.csp_maintenance"),
	"budget.city.media.radio":                    budgetPaid("city.media.radio"),
	"creditor_debt.state":                        creditorDebt("ДБ"),
	"benefit_recipients.children_family":         familiesReceiving("101", "102", "103", "104", "105", "106"),
	"benefit_recipients.single_mothers":          familiesReceiving("103"),
	"benefit_recipients.idp_living":              familiesReceiving("301"),
	"benefit_recipients.disabled_childhood":      familiesReceiving("404"),
	"benefit_recipients.housing_compensation":    familiesReceiving("416"),
	"benefit_decisions.persons": ps(func(f *ref, p hromadata.Period) float64 {
		return distinct(f.each(f.m.assignments, func(r rec) bool { return in(r.date("decision_date"), p) }), "person_id")
	}),
	"family_support.oncology_monthly.sum":                         citySum("617"),
	"family_support.children_day.cash.two_plus_disabled_families": ps(func(f *ref, p hromadata.Period) float64 { return distinct(f.city([]string{"619"}, p), "case_id") }),
	"family_support.children_day.food_disabled.sum":               aidK("children_day_food_disabled"),
	"family_support.disabled_day.food.children":                   aidN("disabled_day_food"),
	"family_support.skarby.sum":                                   aidK("skarby"),
	"family_support.school_aid.families":                          aidN("school_aid"),
}
