package dashboards

import (
	"context"
	"database/sql"
	"fmt"
	"html/template"
	"strconv"
	"strings"

	"github.com/gin-gonic/gin"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/etl"
	"github.com/hromadata/hromadata/indicators"
	"github.com/hromadata/hromadata/privacy"
	"github.com/hromadata/hromadata/web"
)

// valueRow is one figure of an indicator's history: a year, a month or an office.
type valueRow struct {
	Name, Value, Why, Ago, AgoWhy, Delta, Tone string
	Link                                       template.URL
}

// indicatorView is what the definition page shows.
type indicatorView struct {
	Ind             indicators.Indicator
	View            View
	Period, AgoP    hromadata.Period
	Office          hromadata.Office
	Now             valueRow
	Offices         []valueRow
	OfficesNote     string
	Years, Months   []valueRow
	KindText, Good  string
	PeriodName, Ago string
	NowUnit         string   // the unit's form for the card's figure: «12 793 сім’ї»
	SourceTitles    []string // the exports as people call them
}

// indicator is the definition and history of one indicator:
// /indicator/<id>?period=2024-Q2&office=ZV.
func (d *Dashboards) indicator(c *gin.Context, build func() (*sql.DB, error)) error {
	ind, err := findIndicator(c.Param("id"))
	if err != nil {
		return err
	}
	db, err := build()
	if err != nil {
		return err
	}
	view, err := ReadView(c, db, ind.Sources)
	if err != nil {
		return err
	}
	v, err := loadIndicator(c.Request.Context(), db, ind, view)
	if err != nil {
		return err
	}
	body, err := web.Execute(indicatorBody, v)
	if err != nil {
		return err
	}
	web.Render(c, view.Page(web.Page{Title: strings.TrimSpace(ind.Label), Here: "dashboard", Body: body}))
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

func loadIndicator(ctx context.Context, db *sql.DB, ind indicators.Indicator, view View) (*indicatorView, error) {
	p, office := view.Period, view.Office
	v := &indicatorView{Ind: ind, View: view, Period: p, AgoP: view.Compare, Office: office, PeriodName: periodName(p), Ago: periodName(view.Compare),
		KindText: kindText(ind.Kind), Good: goodText(ind.Good), SourceTitles: sourceTitles(ind.Sources)}
	pv := newPageValues(ctx, db, ind)
	now, err := pv.at(p, office.Code)
	if err != nil {
		return nil, err
	}
	ago, err := pv.at(v.AgoP, office.Code)
	if err != nil {
		return nil, err
	}
	v.Now = compareRow(periodName(p), "", now, ago)
	v.NowUnit = unitFor(now)
	if v.Offices, v.OfficesNote, err = officeRows(pv, view); err != nil {
		return nil, err
	}
	if office.Code == "" { // an office's catalogue is computed whole: its years would cost one each
		if v.Years, err = yearRows(pv, view); err != nil {
			return nil, err
		}
	}
	months := p.Months() // an office: the period's months; the city: its whole year's
	if office.Code == "" {
		y, _ := hromadata.ParsePeriod(strconv.Itoa(p.From.Year()))
		months = y.Months()
	}
	for _, m := range months {
		val, err := pv.at(m, office.Code)
		if err != nil {
			return nil, err
		}
		v.Months = append(v.Months, compareRow(monthRowName(ind.Kind, m), view.At("", m.Label, office.Code), val, indicators.Value{}))
	}
	return v, nil
}

// unitFor is a figure's unit in the form the figure takes: «12 793 сім’ї»; the plain
// label beside «—» and a withheld «менше 5 осіб».
func unitFor(v indicators.Value) string {
	if !v.Known() || privacy.Withheld(v.Unit.Code, v.Value) {
		return v.Unit.Label
	}
	return v.Unit.LabelFor(v.Value)
}

// monthRowName names a month's row: a stock's figure is the state at the month's end,
// so it says the date, as the benefits page's chart labels the same figure.
func monthRowName(k indicators.Kind, m hromadata.Period) string {
	name := monthsNom[m.From.Month()-1]
	if k == indicators.Stock {
		name += " (станом на " + m.To.Format("02.01.2006") + ")"
	}
	return name
}

// pageValues are one indicator's values for one page, each period's computed once:
// by office, every office of a period at once, since what an office must withhold
// depends on the others' figures.
type pageValues struct {
	ctx     context.Context
	db      *sql.DB
	ind     indicators.Indicator
	offices map[string][]indicators.Value // by period label, in hromadata.Offices' order
}

func newPageValues(ctx context.Context, db *sql.DB, ind indicators.Indicator) *pageValues {
	return &pageValues{ctx: ctx, db: db, ind: ind, offices: map[string][]indicators.Value{}}
}

// at is the indicator for a period, for the city (office "") or an office.
func (pv *pageValues) at(p hromadata.Period, office string) (indicators.Value, error) {
	if office == "" { // the one indicator alone: cheaper than the whole shared catalogue
		vals, err := indicators.Compute(pv.ctx, pv.db, p, []indicators.Indicator{pv.ind})
		if err != nil {
			return indicators.Value{}, err
		}
		return vals[0], nil
	}
	vals, ok := pv.offices[p.Label]
	if !ok {
		by, hidden, err := indicators.AllOffices(pv.ctx, pv.db, p, []indicators.Indicator{pv.ind})
		if err != nil {
			return indicators.Value{}, fmt.Errorf("office values: %w", err)
		}
		for i := range by {
			vals = append(vals, markWithheld(by[i], hidden[i])[0])
		}
		pv.offices[p.Label] = vals
	}
	for i, o := range hromadata.Offices {
		if o.Code == office {
			return vals[i], nil
		}
	}
	return indicators.Value{}, indicators.CheckOffice(office)
}

// officeValues are inds for an office as pages may show them (see officeCatalogue),
// computed alone: the whole catalogue for each month and office took a cold page
// of one indicator by office half a minute.
func officeValues(ctx context.Context, db *sql.DB, p hromadata.Period, office string, inds []indicators.Indicator) ([]indicators.Value, error) {
	by, hidden, err := indicators.AllOffices(ctx, db, p, inds)
	if err != nil {
		return nil, fmt.Errorf("office values: %w", err)
	}
	for i, o := range hromadata.Offices {
		if o.Code == office {
			return markWithheld(by[i], hidden[i]), nil
		}
	}
	return nil, indicators.CheckOffice(office)
}

// markWithheld marks the figures hide names as withheld.
func markWithheld(vals []indicators.Value, hide map[string]bool) []indicators.Value {
	out := make([]indicators.Value, len(vals))
	for i, v := range vals {
		if hide[v.ID] {
			v.Value, v.Coverage = 0, indicators.Coverage{Status: withheldStatus}
		}
		out[i] = v
	}
	return out
}

// withheldStatus marks a figure no page may show (see officeCatalogue).
const withheldStatus indicators.CoverageStatus = "withheld"

// officeCatalogue is an office's catalogue as pages may show it: a figure that
// would single people out, or give one back beside the other offices' and the
// city's, is marked withheld.
func officeCatalogue(ctx context.Context, db *sql.DB, p hromadata.Period, office string) ([]indicators.Value, error) {
	vals, err := indicators.ComputeCatalogueFor(ctx, db, p, office)
	if err != nil {
		return nil, fmt.Errorf("office catalogue: %w", err)
	}
	hide, err := indicators.Withheld(ctx, db, p, office)
	if err != nil {
		return nil, fmt.Errorf("office withheld: %w", err)
	}
	return markWithheld(vals, hide), nil
}

// withheld says whether a page must not show v's figure.
func withheld(v indicators.Value) bool {
	return v.Coverage.Status == withheldStatus || v.Known() && privacy.Withheld(v.Unit.Code, v.Value)
}

// officeRows drill a city figure down to the offices, for the period and a year
// earlier. Where offices are not computed (yet) or the indicator has no office, the
// rows are nil and the note says why.
func officeRows(pv *pageValues, view View) ([]valueRow, string, error) {
	var rows []valueRow
	for _, o := range hromadata.Offices {
		now, err := pv.at(view.Period, o.Code)
		if err != nil {
			return nil, "", err
		}
		if now.Coverage.Status == indicators.CityOnly {
			return nil, now.Coverage.Reason(), nil
		}
		ago, err := pv.at(view.Compare, o.Code)
		if err != nil {
			return nil, "", err
		}
		rows = append(rows, compareRow(o.Name, view.Link("", "office", o.Code), now, ago))
	}
	return rows, "", nil
}

// yearRows are the city's indicator over every year its sources cover.
func yearRows(pv *pageValues, view View) ([]valueRow, error) {
	years, err := indicators.YearsCovered(pv.ctx, pv.db, pv.ind.Sources)
	if err != nil {
		return nil, err
	}
	var out []valueRow
	for _, y := range years {
		p, _ := hromadata.ParsePeriod(strconv.Itoa(y))
		val, err := pv.at(p, "")
		if err != nil {
			return nil, err
		}
		out = append(out, compareRow(strconv.Itoa(y), view.At("", p.Label, ""), val, indicators.Value{}))
	}
	return out, nil
}

// compareRow shows a value beside its value a year earlier and the change, when
// both are figures a page may show; ago left zero is no comparison.
func compareRow(name string, link template.URL, now, ago indicators.Value) valueRow {
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

// sourceTitles name the exports the way the loader and docs/exports do.
func sourceTitles(ids []string) []string {
	title := map[string]string{}
	for _, s := range etl.Sources() {
		title[s.ID] = s.Title
	}
	out := make([]string, len(ids))
	for i, id := range ids {
		if out[i] = title[id]; out[i] == "" {
			out[i] = id
		}
	}
	return out
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

var indicatorBody = web.Template("indicator", `{{selector .View}}
<p class="lead"><a href="{{.View.Link "/"}}">Усі напрями</a> · <a href="{{.View.Link "/areas"}}">Розділи</a>{{with .Office.Name}} · {{.}} (<a href="{{$.View.Link "" "office" ""}}">усе місто</a>){{end}}</p>
<div class="cards"><div class="card"><div class="label">{{.PeriodName}}{{with .Office.Name}}, {{.}}{{end}}</div>
<div class="value">{{.Now.Value}} <span class="unit">{{.NowUnit}}</span></div>
<div class="delta {{.Now.Tone}}">{{with .Now.Why}}{{.}}{{else}}{{with .Now.Delta}}{{.}} за рік{{end}}{{end}}</div>
<div class="label">Рік тому ({{.Ago}}): {{.Now.Ago}}{{with .Now.AgoWhy}} ({{.}}){{end}}</div></div></div>
<section class="panel"><h2>Визначення</h2><dl class="passport">
<dt>Назва</dt><dd>{{.Ind.Label}}</dd><dt>Одиниця</dt><dd>{{.Ind.Unit.Label}}</dd><dt>Вид</dt><dd>{{.KindText}}</dd>
<dt>Напрям змін</dt><dd>{{.Good}}</dd><dt>Джерела</dt><dd>{{range $i, $s := .SourceTitles}}{{if $i}}; {{end}}{{$s}}{{end}}</dd>
{{if .Ind.ReportID}}<dt>У річному звіті</dt><dd>так, серед показників звіту департаменту</dd>{{end}}</dl>
<details class="analysts"><summary>Для аналітиків</summary><dl class="passport">
<dt>Код показника</dt><dd><code>{{.Ind.ID}}</code></dd><dt>Джерела (експорти)</dt><dd>{{range $i, $s := .Ind.Sources}}{{if $i}}, {{end}}<code>{{$s}}</code>{{end}}</dd>
{{with .Ind.ReportID}}<dt>У річному звіті</dt><dd><code>{{.}}</code></dd>{{end}}<dt>Файл</dt><dd><code>{{.Ind.File}}</code></dd></dl>
<h3>SQL</h3><pre><code>{{.Ind.SQL}}</code></pre></details></section>
<section class="panel"><h2>За управліннями — {{.PeriodName}}; рік тому — {{.Ago}}</h2>
{{if .Offices}}<div class="table-wrap"><table><thead><tr><th scope="col">Управління</th><th scope="col" class="num">{{label .Period}}</th><th scope="col" class="num">{{label .AgoP}}</th><th scope="col" class="num">Зміна</th></tr></thead>
{{range .Offices}}<tr><td><a href="{{.Link}}">{{.Name}}</a></td><td class="num"{{with .Why}} title="{{.}}"{{end}}>{{.Value}}</td>
<td class="num"{{with .AgoWhy}} title="{{.}}"{{end}}>{{.Ago}}</td><td class="num delta {{.Tone}}">{{.Delta}}</td></tr>{{end}}</table></div>
{{else}}<p>{{.OfficesNote}}</p>{{end}}</section>
{{if .Office.Code}}<section class="panel"><h2>{{.PeriodName}} за місяцями: {{.Office.Name}}</h2>{{template "history" .Months}}
<p><a href="{{.View.At "" (print .Period.From.Year) .Office.Code}}">Увесь {{.Period.From.Year}} рік</a> · <a href="{{.View.At "" .Period.Label ""}}">За роками — по місту</a></p></section>
{{else}}<section class="panel"><h2>За роками</h2>{{template "history" .Years}}</section>
<section class="panel"><h2>За місяцями {{.Period.From.Year}} року</h2>{{template "history" .Months}}</section>{{end}}
{{define "history"}}<div class="table-wrap"><table><thead><tr><th scope="col">Період</th><th scope="col" class="num">Значення</th><th scope="col">Чому немає числа</th></tr></thead>
{{range .}}<tr><td><a href="{{.Link}}">{{.Name}}</a></td><td class="num">{{.Value}}</td><td>{{.Why}}</td></tr>
{{else}}<tr><td colspan="3">Жоден рік не охоплено експортами.</td></tr>{{end}}</table></div>{{end}}`, withView)
