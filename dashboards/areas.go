package dashboards

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"path"
	"strings"

	"github.com/gin-gonic/gin"

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

var areaBody = web.Template("area", `{{selector .View}}
<p class="lead">{{.Now}}; для порівняння — {{.Prev}}{{with .View.Office.Name}} · {{.}}{{end}}.
Інші розділи: {{range $i, $a := .Areas}}{{if $i}} · {{end}}<a href="{{$.View.Link (print "/areas/" $a.Slug)}}">{{$a.Title}}</a>{{end}}.</p>
{{if .OfficeMissing}}<div class="empty nodata">{{.OfficeMissing}}</div>{{else}}
{{cards .Cards}}
{{chart .Trend}}
{{chart .Parts}}
<section class="panel"><h2>Показники</h2><div class="table-wrap">
<table><thead><tr><th scope="col">Показник</th><th scope="col" class="num">{{.Now}}</th><th scope="col" class="num">{{.Prev}}</th><th scope="col" class="num">Зміна</th><th scope="col">Одиниця</th></tr></thead>
<tbody>{{range .Rows}}<tr><td><a href="{{$.View.Link (print "/indicator/" .ID)}}">{{.Label}}</a></td><td class="num"{{with .NowWhy}} title="{{.}}"{{end}}>{{.Now}}</td><td class="num"{{with .PrevWhy}} title="{{.}}"{{end}}>{{.Prev}}</td><td class="num">{{.Delta}}</td><td>{{.Unit}}</td></tr>{{end}}</tbody>
</table></div>{{range .Reasons}}<p class="muted"><small>— {{.}}</small></p>{{end}}</section>{{end}}`, withCards, withView, withCharts)

// officeMissing is what an area page says when its figures are not computed by office.
const officeMissing = "немає даних за управлінням: показники цього розділу ще не обчислюються окремо за управліннями; оберіть «Усе місто»"

type areaRow struct{ ID, Label, Now, NowWhy, Prev, PrevWhy, Delta, Unit string }

// area renders /areas/:slug?period=2023&office=DN; /areas/benefits is the state benefits page.
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
	db, err := build()
	if err != nil {
		return err
	}
	inds, head, err := areaIndicators(*a)
	if err != nil {
		return err
	}
	v, err := ReadView(c, db, indicators.SourcesOf(inds))
	if err != nil {
		return err
	}
	data, err := renderArea(c.Request.Context(), db, *a, v, inds, head)
	if err != nil {
		return err
	}
	v.withLinks(c.Request.URL.Path, data.trend, data.parts)
	if done, err := serveChartData(c, v, data.trend, data.parts); done {
		return err
	}
	body, err := web.Execute(areaBody, data.page)
	if err != nil {
		return err
	}
	web.Render(c, v.Page(web.Page{Title: a.Title + " за " + Label(v.Period) + officeSuffix(v), Here: "areas", Charts: true, Body: body}))
	return nil
}

// officeSuffix names the chosen office in a title.
func officeSuffix(v View) string {
	if v.Office.Code == "" {
		return ""
	}
	return " — " + v.Office.Name
}

func areaIndicators(a Area) (inds []indicators.Indicator, head indicators.Indicator, err error) {
	cat, err := indicators.Catalogue()
	if err != nil {
		return nil, head, err
	}
	for _, ind := range cat {
		if path.Base(ind.File) == a.File {
			inds = append(inds, ind)
			if ind.ID == a.Headline {
				head = ind
			}
		}
	}
	return inds, head, nil
}

// errNoOffice: the figures asked for by office are not computed by office.
var errNoOffice = errors.New("not computed by office")

// valuesFor computes inds for p, for the city or one office.
func valuesFor(ctx context.Context, db *sql.DB, p hromadata.Period, office string, inds []indicators.Indicator) ([]indicators.Value, error) {
	if office == "" {
		return indicators.ComputeSome(ctx, db, p, inds)
	}
	out, err := indicators.ComputeFor(ctx, db, p, office, inds) // the area's alone, not the catalogue
	if err != nil {
		return nil, fmt.Errorf("%w: %v", errNoOffice, err)
	}
	return out, nil
}

type areaData struct {
	page         map[string]any
	trend, parts *chart
}

func renderArea(ctx context.Context, db *sql.DB, a Area, v View, inds []indicators.Indicator, head indicators.Indicator) (areaData, error) {
	d := areaData{page: map[string]any{"View": v, "Now": Label(v.Period), "Prev": Label(v.Compare), "Areas": Areas}}
	now, err := valuesFor(ctx, db, v.Period, v.Office.Code, inds)
	var prev []indicators.Value
	if err == nil {
		prev, err = valuesFor(ctx, db, v.Compare, v.Office.Code, inds)
	}
	if errors.Is(err, errNoOffice) {
		d.page["OfficeMissing"] = officeMissing
		return d, nil
	}
	if err != nil {
		return d, err
	}
	rows, reasons := areaRows(now, prev)
	if d.trend, err = areaTrend(ctx, db, head, v); err != nil {
		return d, err
	}
	byID := map[string]int{}
	for i, x := range now {
		byID[x.ID] = i
	}
	var cards []card
	for _, id := range a.Cards {
		if i, ok := byID[id]; ok {
			cards = append(cards, valueCard(now[i], prev[i]))
		}
	}
	if len(a.Parts) > 0 {
		d.parts = areaParts(a.Parts, now, byID)
		d.parts.Title = a.PartsTitle + ", " + Label(v.Period)
	}
	for k, x := range map[string]any{"Rows": rows, "Reasons": reasons, "Cards": v.against(cards), "Trend": d.trend, "Parts": d.parts} {
		d.page[k] = x
	}
	return d, nil
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

// areaTrend draws the headline indicator month by month beside the compared
// period: a stock at each month's start, a flow within each month.
func areaTrend(ctx context.Context, db *sql.DB, ind indicators.Indicator, v View) (*chart, error) {
	ch := &chart{ID: "trend", Title: strings.TrimSpace(ind.Label) + ": за місяцями", Kind: barChart, Axis: "Місяць", Height: "320px", Decimals: ind.Unit.Decimals}
	for _, p := range []hromadata.Period{v.Period, v.Compare} {
		s := series{Name: Label(p) + ", " + ind.Unit.Label}
		for _, m := range p.Months() {
			var vals []indicators.Value
			var err error
			if v.Office.Code == "" {
				vals, err = indicators.Compute(ctx, db, m, []indicators.Indicator{ind})
			} else {
				vals, err = valuesFor(ctx, db, m, v.Office.Code, []indicators.Indicator{ind})
			}
			if err != nil {
				return nil, err
			}
			s.Values = append(s.Values, chartValue(vals[0]))
		}
		ch.Series = append(ch.Series, s)
	}
	ch.Series[0].Color = cityColor
	if c := officeColors[v.Office.Code]; c != "" {
		ch.Series[0].Color = c
	}
	ch.Series[1].Color = "#8a9bb0"
	for _, m := range v.Period.Months() {
		ch.Cats = append(ch.Cats, monthNames[m.From.Month()-1])
	}
	return ch, nil
}

// areaParts draws the area's breakdown: the parts' values side by side, longest first.
func areaParts(ids []string, vals []indicators.Value, byID map[string]int) *chart {
	ch := &chart{ID: "parts", Kind: hbarChart, Axis: "Складова", Series: []series{{Name: "Значення", Color: cityColor}}}
	for i := len(ids) - 1; i >= 0; i-- { // ECharts draws a category axis bottom-up
		if j, ok := byID[ids[i]]; ok {
			name := strings.TrimSpace(vals[j].Label)
			if vals[j].Known() && privacy.Withheld(vals[j].Unit.Code, vals[j].Value) {
				name += " (" + privacy.WithheldText + ")"
			}
			ch.Cats = append(ch.Cats, name)
			ch.Series[0].Values = append(ch.Series[0].Values, chartValue(vals[j]))
			ch.Decimals = vals[j].Unit.Decimals
			ch.Series[0].Name = "Значення, " + vals[j].Unit.Label
		}
	}
	ch.Height = fmt.Sprintf("%dpx", 60+48*len(ch.Cats))
	return ch
}
