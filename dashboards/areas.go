package dashboards

import (
	"context"
	"database/sql"
	"html/template"
	"path"
	"strings"

	"github.com/gin-gonic/gin"
	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/indicators"
	"github.com/hromadata/hromadata/web"
)

// Area is a page of indicators: one catalogue file, one area of the department's work.
type Area struct {
	Slug, Title, File, Headline string
}

// Areas are the area pages, each over one file of the indicator catalogue.
var Areas = []Area{
	{"privileges", "Пільговики та ветерани", "privileges.sql", "defenders_registered_total"},
	{"idp", "Внутрішньо переміщені особи", "idp.sql", "idp_registered_total"},
	{"centres", "Центри підтримки ветеранів і ВПО", "centres.sql", "idp_centre.services_total"},
	{"material-aid", "Матеріальна допомога", "material_aid.sql", "material_aid.granted_sum"},
	{"city-payments", "Виплати за міськими програмами", "city_payments.sql", "payments.fallen_families_monthly.sum"},
	{"documents", "Документообіг", "documents.sql", "doc_flow.total"},
	{"recreation", "Оздоровлення дітей", "recreation.sql", "recreation.children_total"},
	{"csc", "Центр надання соціальних послуг", "csc.sql", "csp.eld.served"},
	{"family-support", "Підтримка сімей з дітьми", "family_support.sql", "family_support.food_sets.families"},
	{"department-aid", "Натуральна допомога та святкові заходи", "department_aid.sql", "natural_aid.persons"},
	{"hr", "Кадри та діловодство", "hr.sql", "hr.orders_total"},
}

var areaBody = web.Template("area", `
<p class="lead">{{.Year}} рік у порівнянні з {{.PrevYear}}. Роки: {{range .Years}}<a href="?year={{.}}">{{.}}</a> {{end}}
· Інші розділи: {{range .Areas}}<a href="/areas/{{.Slug}}">{{.Title}}</a> · {{end}}</p>
<section class="panel"><h2>{{.HeadlineLabel}}: за місяцями</h2>{{.Trend}}</section>
<section class="panel" style="margin-top:12px"><h2>Показники</h2>
<table><tr><th>Показник</th><th class="num">{{.Year}}</th><th class="num">{{.PrevYear}}</th><th class="num">Зміна</th><th>Одиниця</th></tr>
{{range .Rows}}<tr><td>{{.Label}}</td><td class="num">{{.Now}}</td><td class="num">{{.Prev}}</td><td class="num">{{.Delta}}</td><td>{{.Unit}}</td></tr>{{end}}
</table></section>`)

type areaRow struct{ Label, Now, Prev, Delta, Unit string }

// area renders /areas/:slug?year=2023.
func (d *Dashboards) area(c *gin.Context, build func() (*sql.DB, error)) error {
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
	now, err := indicators.Compute(ctx, db, p, inds)
	if err != nil {
		return "", err
	}
	prev, err := indicators.Compute(ctx, db, p.Previous(), inds)
	if err != nil {
		return "", err
	}
	rows := make([]areaRow, len(now))
	for i, v := range now {
		d := v.Unit.Decimals
		delta := v.Value - prev[i].Value
		sign := ""
		if delta > 0 {
			sign = "+"
		}
		rows[i] = areaRow{Label: v.Label, Now: hromadata.FormatUK(v.Value, d), Prev: hromadata.FormatUK(prev[i].Value, d),
			Delta: sign + hromadata.FormatUK(delta, d), Unit: v.Unit.Label}
	}
	trend, err := areaTrend(ctx, db, head, p)
	if err != nil {
		return "", err
	}
	y := p.From.Year()
	return web.Execute(areaBody, map[string]any{"Year": y, "PrevYear": y - 1, "Years": []int{y - 1, y}, "Areas": Areas,
		"HeadlineLabel": strings.TrimSpace(head.Label), "Trend": trend, "Rows": rows})
}

// areaTrend draws the headline indicator month by month: a stock at each month's
// start, a flow within each month.
func areaTrend(ctx context.Context, db *sql.DB, ind indicators.Indicator, p hromadata.Period) (template.HTML, error) {
	var x []string
	var data []opts.BarData
	for _, m := range p.Months() {
		v, err := indicators.One(ctx, db, ind, m.From.Format("2006-01-02"), m.To.Format("2006-01-02"))
		if err != nil {
			return "", err
		}
		x = append(x, monthLabel(m.From))
		data = append(data, opts.BarData{Value: v})
	}
	bar := charts.NewBar()
	bar.SetGlobalOptions(initOpts("320px"),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}),
		charts.WithGridOpts(opts.Grid{Left: "8%", Right: "3%", Top: "6%", Bottom: "10%"}))
	bar.SetXAxis(x).AddSeries(ind.Unit.Label, data)
	return html(bar.RenderSnippet()), nil
}
