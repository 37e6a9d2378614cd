package dashboards

import (
	"context"
	"database/sql"
	"fmt"
	"html/template"
	"path"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/indicators"
	"github.com/hromadata/hromadata/privacy"
	"github.com/hromadata/hromadata/web"
)

// Area is a page of indicators: one catalogue file, one area of the department's work.
type Area struct {
	Slug, Title, File string
	Headline          string   // drawn month by month
	Cards             []string // key numbers, each with its change over a year
	Parts             []string // drawn side by side: the area's breakdown
	PartsTitle        string
}

// Areas are the area pages, each over one file of the indicator catalogue.
var Areas = []Area{
	{Slug: "privileges", Title: "Пільговики та ветерани", File: "privileges.sql", Headline: "defenders_registered_total",
		Cards:      []string{"defenders_registered_total", "privilege_status_total", "chornobyl_residents_total", "large_families.families"},
		Parts:      []string{"defenders_registered.combatants", "defenders_registered.war_disabled", "defenders_registered.war_participants"},
		PartsTitle: "Захисники і Захисниці на обліку за статусом"},
	{Slug: "idp", Title: "Внутрішньо переміщені особи", File: "idp.sql", Headline: "idp_registered_total",
		Cards:      []string{"idp_registered_total", "idp_arrived_total", "idp_certificates_issued", "idp_dormitories.residents_now"},
		Parts:      []string{"idp_registered.children", "idp_registered.pensioners", "idp_registered.disabled"},
		PartsTitle: "ВПО на обліку: діти, пенсіонери, особи з інвалідністю"},
	{Slug: "centres", Title: "Центри підтримки ветеранів і ВПО", File: "centres.sql", Headline: "idp_centre.services_total",
		Cards:      []string{"idp_centre.services_total", "veteran_centre.consultations_total", "veteran_centre.applicants_total", "idp_centre.humanitarian_aid.persons"},
		Parts:      []string{"veteran_centre.applicants.combatants", "veteran_centre.applicants.war_disabled", "veteran_centre.applicants.war_participants", "veteran_centre.applicants.fallen_families", "veteran_centre.applicants.veteran_families"},
		PartsTitle: "Звернулися до Центру підтримки ветеранів за категоріями"},
	{Slug: "material-aid", Title: "Матеріальна допомога", File: "material_aid.sql", Headline: "material_aid.granted_sum",
		Cards:      []string{"material_aid.granted_sum", "material_aid.granted_persons", "material_aid.applications_considered", "deputies_aid.statements"},
		Parts:      []string{"material_aid.granted_persons.large_families", "material_aid.granted_persons.disabled", "material_aid.granted_persons.child_treatment", "material_aid.granted_persons.military", "material_aid.granted_persons.oncology", "material_aid.granted_persons.veterans", "material_aid.granted_persons.idp", "material_aid.granted_persons.treatment_other"},
		PartsTitle: "Отримали матеріальну допомогу за категоріями"},
	{Slug: "city-payments", Title: "Виплати за міськими програмами", File: "city_payments.sql", Headline: "payments.fallen_families_monthly.sum",
		Cards: []string{"payments.fallen_families_monthly.sum", "payments.defenders_day.persons", "payments.fallen_families_annual.families", "privileges.beneficiaries"}},
	{Slug: "documents", Title: "Документообіг", File: "documents.sql", Headline: "doc_flow.total",
		Cards:      []string{"doc_flow.total", "doc_flow.incoming_letters", "doc_flow.outgoing_letters", "doc_flow.incoming_appeals"},
		Parts:      []string{"doc_flow.incoming_appeals.hotline", "doc_flow.incoming_appeals.cnap"},
		PartsTitle: "Звернення громадян за каналами"},
	{Slug: "recreation", Title: "Оздоровлення дітей", File: "recreation.sql", Headline: "recreation.children_total",
		Cards: []string{"recreation.children_total", "recreation.oblast.sokolyata"}},
	{Slug: "csc", Title: "Центр надання соціальних послуг", File: "csc.sql", Headline: "csp.eld.served",
		Cards:      []string{"csp.served_total", "csp.eld.served", "csp.homeless.served", "csp.dv.reports"},
		Parts:      []string{"csp.served.elderly_disabled_depts", "csp.served.homeless_dept", "csp.served.families_dept.families", "csp.served.dv_dept"},
		PartsTitle: "На обслуговуванні за відділами"},
	{Slug: "family-support", Title: "Підтримка сімей з дітьми", File: "family_support.sql", Headline: "family_support.food_sets.families",
		Cards: []string{"family_support.oncology_monthly.sum", "family_support.children_day.cash.sum", "family_support.food_sets.families", "family_support.school_aid.families"}},
	{Slug: "department-aid", Title: "Натуральна допомога та святкові заходи", File: "department_aid.sql", Headline: "natural_aid.persons",
		Cards: []string{"natural_aid.persons", "natural_aid.sum", "new_year.sets_total", "veterans.sanatorium_vouchers"}},
	{Slug: "hr", Title: "Кадри та діловодство", File: "hr.sql", Headline: "hr.orders_total",
		Cards:      []string{"hr.orders_total", "hr.evaluation.officials", "hr.mental_health_course.persons", "hr.award_packages.persons"},
		Parts:      []string{"hr.orders.admin", "hr.orders.leave", "hr.orders.personnel", "hr.orders.core"},
		PartsTitle: "Накази за видами"},
	{Slug: "casework", Title: "Контроль, юридична робота, черги", File: "casework.sql", Headline: "control.document_checks",
		Cards:      []string{"disability_registered_total", "control.document_checks", "legal.court_sessions", "labour_veterans.sanatorium_waitlist"},
		Parts:      []string{"control.property_registry_checks", "control.home_inspections", "control.false_info.cases"},
		PartsTitle: "Контроль за цільовим використанням коштів"},
}

var areaBody = web.Template("area", `
<p class="lead">{{.Year}} рік у порівнянні з {{.PrevYear}}. Роки з даними: {{range .Years}}<a href="?year={{.}}">{{.}}</a> {{else}}немає{{end}}
· Інші розділи: {{range .Areas}}<a href="/areas/{{.Slug}}">{{.Title}}</a> · {{end}}</p>
{{cards .Cards}}
<section class="panel"><h2>{{.HeadlineLabel}}: за місяцями</h2>{{.Trend}}</section>
{{if .Parts}}<section class="panel" style="margin-top:12px"><h2>{{.PartsTitle}}</h2>{{.Parts}}</section>{{end}}
<section class="panel" style="margin-top:12px"><h2>Показники</h2>
<table><tr><th>Показник</th><th class="num">{{.Year}}</th><th class="num">{{.PrevYear}}</th><th class="num">Зміна</th><th>Одиниця</th></tr>
{{range .Rows}}<tr><td><a href="/indicator/{{.ID}}?period={{$.Year}}">{{.Label}}</a></td><td class="num"{{with .NowWhy}} title="{{.}}"{{end}}>{{.Now}}</td><td class="num"{{with .PrevWhy}} title="{{.}}"{{end}}>{{.Prev}}</td><td class="num">{{.Delta}}</td><td>{{.Unit}}</td></tr>{{end}}
</table>{{range .Reasons}}<p class="muted"><small>— {{.}}</small></p>{{end}}</section>`, withCards)

type areaRow struct{ ID, Label, Now, NowWhy, Prev, PrevWhy, Delta, Unit string }

// area renders /areas/:slug?year=2023; /areas/benefits is the state benefits page.
func (d *Dashboards) area(c *gin.Context, build func() (*sql.DB, error)) error {
	if c.Param("slug") == "benefits" {
		return d.benefits(c, build)
	}
	var a *Area
	for i := range Areas {
		if Areas[i].Slug == c.Param("slug") {
			a = &Areas[i]
		}
	}
	if a == nil {
		return hromadata.E(hromadata.NotFound, "такого розділу немає")
	}
	p, err := yearParam(c)
	if err != nil {
		return err
	}
	db, err := build()
	if err != nil {
		return err
	}
	body, err := renderArea(c.Request.Context(), db, *a, p)
	if err != nil {
		return err
	}
	web.Render(c, web.Page{Title: a.Title + " за " + p.Label + " рік", Here: "areas", Charts: true, Body: body})
	return nil
}

func renderArea(ctx context.Context, db *sql.DB, a Area, p hromadata.Period) (template.HTML, error) {
	cat, err := indicators.Catalogue()
	if err != nil {
		return "", err
	}
	var inds []indicators.Indicator
	var head indicators.Indicator
	for _, ind := range cat {
		if path.Base(ind.File) == a.File {
			inds = append(inds, ind)
			if ind.ID == a.Headline {
				head = ind
			}
		}
	}
	now, err := indicators.ComputeSome(ctx, db, p, inds)
	if err != nil {
		return "", err
	}
	prev, err := indicators.ComputeSome(ctx, db, p.Previous(), inds)
	if err != nil {
		return "", err
	}
	rows, reasons := areaRows(now, prev)
	trend, err := areaTrend(ctx, db, head, p)
	if err != nil {
		return "", err
	}
	byID := map[string]int{}
	for i, v := range now {
		byID[v.ID] = i
	}
	var cards []card
	for _, id := range a.Cards {
		if i, ok := byID[id]; ok {
			v := now[i]
			cards = append(cards, valueCard(v, prev[i]))
		}
	}
	var parts template.HTML
	if len(a.Parts) > 0 {
		parts = areaParts(a.Parts, now, byID)
	}
	years, err := indicators.YearsCovered(ctx, db, indicators.SourcesOf(inds))
	if err != nil {
		return "", err
	}
	y := p.From.Year()
	return web.Execute(areaBody, map[string]any{"Year": y, "PrevYear": y - 1, "Years": years, "Areas": Areas,
		"HeadlineLabel": strings.TrimSpace(head.Label), "Trend": trend, "Rows": rows, "Reasons": reasons, "Cards": cards,
		"Parts": parts, "PartsTitle": a.PartsTitle})
}

// areaRows are the table's rows: "—" for a figure that cannot be known, with the
// reason, and no change against a year without data. reasons lists each reason once.
func areaRows(now, prev []indicators.Value) (rows []areaRow, reasons []string) {
	seen := map[string]bool{}
	shown := func(v indicators.Value) (string, string) {
		if v.Known() && privacy.Withheld(v.Unit.Code, v.Value) {
			return privacy.WithheldText, "приховано, щоб не можна було встановити особу"
		}
		if v.Known() {
			return hromadata.FormatUK(v.Value, v.Unit.Decimals), ""
		}
		why := v.Coverage.Reason()
		if !seen[why] {
			seen[why] = true
			reasons = append(reasons, fmt.Sprintf("%d рік: %s", v.Period.From.Year(), why))
		}
		return noData, why
	}
	rows = make([]areaRow, len(now))
	for i, v := range now {
		r := areaRow{ID: v.ID, Label: v.Label, Unit: v.Unit.Label}
		r.Now, r.NowWhy = shown(v)
		r.Prev, r.PrevWhy = shown(prev[i])
		// A change beside a withheld figure would give it back.
		if v.Known() && prev[i].Known() && !privacy.Withheld(v.Unit.Code, v.Value) && !privacy.Withheld(v.Unit.Code, prev[i].Value) {
			r.Delta = signed(v.Value-prev[i].Value, v.Unit.Decimals)
		}
		rows[i] = r
	}
	return rows, reasons
}

// areaTrend draws the headline indicator month by month: a stock at each month's
// start, a flow within each month.
func areaTrend(ctx context.Context, db *sql.DB, ind indicators.Indicator, p hromadata.Period) (template.HTML, error) {
	var x []string
	var data []opts.BarData
	for _, m := range p.Months() {
		vals, err := indicators.Compute(ctx, db, m, []indicators.Indicator{ind})
		if err != nil {
			return "", err
		}
		x = append(x, monthLabel(m.From))
		data = append(data, opts.BarData{Value: chartValue(vals[0])})
	}
	bar := charts.NewBar()
	bar.SetGlobalOptions(initOpts("320px"),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}),
		charts.WithGridOpts(opts.Grid{Left: "8%", Right: "3%", Top: "6%", Bottom: "10%"}))
	bar.SetXAxis(x).AddSeries(ind.Unit.Label, data)
	return html(bar.RenderSnippet()), nil
}

// areaParts draws the area's breakdown: the parts' values side by side, longest first.
func areaParts(ids []string, vals []indicators.Value, byID map[string]int) template.HTML {
	var names []string
	var data []opts.BarData
	for i := len(ids) - 1; i >= 0; i-- { // ECharts draws a category axis bottom-up
		if j, ok := byID[ids[i]]; ok {
			name := shorten(strings.TrimSpace(vals[j].Label), 50)
			if vals[j].Known() && privacy.Withheld(vals[j].Unit.Code, vals[j].Value) {
				name += " (" + privacy.WithheldText + ")"
			}
			names = append(names, name)
			data = append(data, opts.BarData{Value: chartValue(vals[j])})
		}
	}
	bar := charts.NewBar()
	bar.SetGlobalOptions(initOpts(fmt.Sprintf("%dpx", 60+40*len(names))),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}),
		charts.WithGridOpts(opts.Grid{Left: "38%", Right: "4%", Top: "4%", Bottom: "8%"}))
	bar.SetXAxis(names).AddSeries("", data)
	bar.XYReversal()
	return html(bar.RenderSnippet())
}

// shorten cuts a label to n letters for a chart axis; the table below has it whole.
func shorten(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
