package dashboards

import (
	"context"
	"database/sql"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/indicators"
	"github.com/hromadata/hromadata/web"
)

// catalogueFor is the per-office catalogue the drill-down reads; tests replace it
// until offices are computed for real.
var catalogueFor = indicators.ComputeCatalogueFor

// valueRow is one figure of an indicator's history: a year, a month or an office.
type valueRow struct {
	Name, Link, Value, Why, Ago, AgoWhy, Delta string
	Tone                                       string
}

// indicatorView is what the definition page shows.
type indicatorView struct {
	Ind             indicators.Indicator
	Period, AgoP    hromadata.Period
	Office          hromadata.Office
	Now             valueRow
	Offices         []valueRow
	OfficesNote     string
	Years, Months   []valueRow
	KindText, Good  string
	PeriodName, Ago string
}

// indicator is the definition and history of one indicator:
// /indicator/<id>?period=2024-Q2&office=ZV.
func (d *Dashboards) indicator(c *gin.Context, build func() (*sql.DB, error)) error {
	ind, err := findIndicator(c.Param("id"))
	if err != nil {
		return err
	}
	p, err := periodParam(c)
	if err != nil {
		return err
	}
	office, err := officeParam(c)
	if err != nil {
		return err
	}
	db, err := build()
	if err != nil {
		return err
	}
	v, err := loadIndicator(c.Request.Context(), db, ind, p, office)
	if err != nil {
		return err
	}
	body, err := web.Execute(indicatorBody, v)
	if err != nil {
		return err
	}
	web.Render(c, web.Page{Title: strings.TrimSpace(ind.Label), Here: "dashboard", Body: body})
	return nil
}

func findIndicator(id string) (indicators.Indicator, error) {
	cat, err := indicators.Catalogue()
	if err != nil {
		return indicators.Indicator{}, err
	}
	for _, ind := range cat {
		if ind.ID == id {
			return ind, nil
		}
	}
	return indicators.Indicator{}, hromadata.E(hromadata.NotFound, "такого показника в каталозі немає")
}

func loadIndicator(ctx context.Context, db *sql.DB, ind indicators.Indicator, p hromadata.Period, office hromadata.Office) (*indicatorView, error) {
	v := &indicatorView{Ind: ind, Period: p, AgoP: yearAgo(p), Office: office, PeriodName: periodName(p), Ago: periodName(yearAgo(p)),
		KindText: kindText(ind.Kind), Good: goodText(ind.Good)}
	now, err := valueFor(ctx, db, ind, p, office.Code)
	if err != nil {
		return nil, err
	}
	ago, err := valueFor(ctx, db, ind, v.AgoP, office.Code)
	if err != nil {
		return nil, err
	}
	v.Now = compareRow(periodName(p), "", now, ago)
	if v.Offices, v.OfficesNote, err = officeRows(ctx, db, ind, p); err != nil {
		return nil, err
	}
	if office.Code == "" { // an office's catalogue is computed whole: its years would cost one each
		if v.Years, err = yearRows(ctx, db, ind); err != nil {
			return nil, err
		}
	}
	months := p.Months() // an office: the period's months; the city: its whole year's
	if office.Code == "" {
		y, _ := hromadata.ParsePeriod(strconv.Itoa(p.From.Year()))
		months = y.Months()
	}
	for _, m := range months {
		val, err := valueFor(ctx, db, ind, m, office.Code)
		if err != nil {
			return nil, err
		}
		v.Months = append(v.Months, compareRow(monthsNom[m.From.Month()-1], "?period="+m.Label+officeQuery(office), val, indicators.Value{}))
	}
	return v, nil
}

// valueFor is one indicator for a period, for the city (office "") or an office.
func valueFor(ctx context.Context, db *sql.DB, ind indicators.Indicator, p hromadata.Period, office string) (indicators.Value, error) {
	if office == "" { // the one indicator alone: cheaper than the whole shared catalogue
		vals, err := indicators.Compute(ctx, db, p, []indicators.Indicator{ind})
		if err != nil {
			return indicators.Value{}, err
		}
		return vals[0], nil
	}
	vals, err := catalogueFor(ctx, db, p, office)
	if err != nil {
		return indicators.Value{}, hromadata.E(hromadata.NotFound, "за управліннями показники ще не обчислюються")
	}
	v, ok := byID(vals)[ind.ID]
	if !ok {
		return indicators.Value{Indicator: ind, Period: p, Coverage: indicators.Coverage{Status: indicators.None}}, nil
	}
	return v, nil
}

// officeRows drill a city figure down to the offices, for the period and a year
// earlier. Where offices are not computed (yet) or the indicator has no office, the
// rows are nil and the note says why.
func officeRows(ctx context.Context, db *sql.DB, ind indicators.Indicator, p hromadata.Period) ([]valueRow, string, error) {
	var rows []valueRow
	for _, o := range hromadata.Offices {
		now, err := valueFor(ctx, db, ind, p, o.Code)
		if err != nil {
			return nil, "За управліннями цей показник ще не обчислюється.", nil
		}
		if now.Coverage.Status == indicators.CityOnly {
			return nil, now.Coverage.Reason(), nil
		}
		ago, err := valueFor(ctx, db, ind, yearAgo(p), o.Code)
		if err != nil {
			return nil, "За управліннями цей показник ще не обчислюється.", nil
		}
		rows = append(rows, compareRow(o.Name, "?period="+p.Label+"&office="+o.Code, now, ago))
	}
	return rows, "", nil
}

// yearRows are the city's indicator over every year its sources cover.
func yearRows(ctx context.Context, db *sql.DB, ind indicators.Indicator) ([]valueRow, error) {
	years, err := indicators.YearsCovered(ctx, db, ind.Sources)
	if err != nil {
		return nil, err
	}
	var out []valueRow
	for _, y := range years {
		p, _ := hromadata.ParsePeriod(strconv.Itoa(y))
		val, err := valueFor(ctx, db, ind, p, "")
		if err != nil {
			return nil, err
		}
		out = append(out, compareRow(strconv.Itoa(y), "?period="+p.Label, val, indicators.Value{}))
	}
	return out, nil
}

func officeQuery(o hromadata.Office) string {
	if o.Code == "" {
		return ""
	}
	return "&office=" + o.Code
}

// compareRow shows a value beside its value a year earlier and the change, when
// both are figures a page may show; ago left zero is no comparison.
func compareRow(name, link string, now, ago indicators.Value) valueRow {
	r := valueRow{Name: name, Link: link, Tone: "neutral"}
	r.Value, r.Why = figure(now)
	if ago.ID == "" {
		return r
	}
	r.Ago, r.AgoWhy = figure(ago)
	if r.Why == "" && r.AgoWhy == "" {
		r.Delta = change(now.Value, ago.Value, now.Unit.Decimals)
		r.Tone = tone(now.Good, now.Value, ago.Value)
	}
	return r
}

func kindText(k indicators.Kind) string {
	if k == indicators.Stock {
		return "запас: стан на початок дня після кінця періоду"
	}
	return "потік: події за період"
}

func goodText(g string) string {
	switch g {
	case "up":
		return "зростання — на краще (зелений)"
	case "down":
		return "зменшення — на краще (зелений)"
	}
	return "зміна ні добра, ні погана сама по собі (синій)"
}

var indicatorBody = web.Template("indicator", `
<p class="lead"><a href="/?period={{.Period.Label}}">Усі напрями</a> · Показник <code>{{.Ind.ID}}</code>{{with .Office.Name}} · {{.}} (<a href="?period={{$.Period.Label}}">усе місто</a>){{end}}</p>
<div class="cards"><div class="card"><div class="label">{{.PeriodName}}{{with .Office.Name}}, {{.}}{{end}}</div>
<div class="value">{{.Now.Value}} <span class="unit">{{.Ind.Unit.Label}}</span></div>
<div class="delta {{.Now.Tone}}">{{with .Now.Why}}{{.}}{{else}}{{with .Now.Delta}}{{.}} за рік{{end}}{{end}}</div>
<div class="label">Рік тому ({{.Ago}}): {{.Now.Ago}}{{with .Now.AgoWhy}} ({{.}}){{end}}</div></div></div>
<section class="panel"><h2>Визначення</h2><dl class="passport">
<dt>Назва</dt><dd>{{.Ind.Label}}</dd><dt>Одиниця</dt><dd>{{.Ind.Unit.Label}}</dd><dt>Вид</dt><dd>{{.KindText}}</dd>
<dt>Напрям змін</dt><dd>{{.Good}}</dd><dt>Джерела (експорти)</dt><dd>{{range $i, $s := .Ind.Sources}}{{if $i}}, {{end}}<code>{{$s}}</code>{{end}}</dd>
{{with .Ind.ReportID}}<dt>У річному звіті</dt><dd><code>{{.}}</code></dd>{{end}}<dt>Файл</dt><dd><code>{{.Ind.File}}</code></dd></dl>
<h3>SQL</h3><pre><code>{{.Ind.SQL}}</code></pre></section>
<section class="panel"><h2>За управліннями — {{.PeriodName}}; рік тому — {{.Ago}}</h2>
{{if .Offices}}<table><tr><th>Управління</th><th class="num">{{.Period.Label}}</th><th class="num">Рік тому</th><th class="num">Зміна</th></tr>
{{range .Offices}}<tr><td><a href="{{.Link}}">{{.Name}}</a></td><td class="num"{{with .Why}} title="{{.}}"{{end}}>{{.Value}}</td>
<td class="num"{{with .AgoWhy}} title="{{.}}"{{end}}>{{.Ago}}</td><td class="num delta {{.Tone}}">{{.Delta}}</td></tr>{{end}}</table>
{{else}}<p>{{.OfficesNote}}</p>{{end}}</section>
{{if .Office.Code}}<section class="panel"><h2>{{.PeriodName}} за місяцями: {{.Office.Name}}</h2>{{template "history" .Months}}
<p><a href="?period={{.Period.From.Year}}&office={{.Office.Code}}">Увесь {{.Period.From.Year}} рік</a> · <a href="?period={{.Period.Label}}">За роками — по місту</a></p></section>
{{else}}<section class="panel"><h2>За роками</h2>{{template "history" .Years}}</section>
<section class="panel"><h2>За місяцями {{.Period.From.Year}} року</h2>{{template "history" .Months}}</section>{{end}}
{{define "history"}}<table><tr><th>Період</th><th class="num">Значення</th><th>Чому немає числа</th></tr>
{{range .}}<tr><td><a href="{{.Link}}">{{.Name}}</a></td><td class="num">{{.Value}}</td><td>{{.Why}}</td></tr>
{{else}}<tr><td colspan="3">Жоден рік не охоплено експортами.</td></tr>{{end}}</table>{{end}}`)
