package dashboards

import (
	"context"
	"database/sql"
	"fmt"
	"html/template"
	"net/http"
	"net/url"

	"github.com/gin-gonic/gin"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/indicators"
	"github.com/hromadata/hromadata/web"
)

// homeArea is one card of the department's first screen: an area of its work, the
// page that tells more, and the indicator that is its key number.
type homeArea struct {
	Title, Path, Key string
	// Budget says whose money the area's sums are, where people might add them to
	// the department's spending.
	Budget string
}

// homeAreas are the department's areas of work in the order leadership reads them.
var homeAreas = []homeArea{
	{"Державні соціальні допомоги", "/areas/benefits", "benefit_recipients_total",
		"Виплати державних допомог не входять до видатків департаменту на сторінці «Бюджет»: їх не можна додавати до них."},
	{"Бюджет департаменту", "/budget", "budget.total",
		"Касові видатки департаменту: кошти державного, обласного й міського бюджетів разом."},
	{"Пільговики та ветерани", "/areas/privileges", "privilege_status_total", ""},
	{"Внутрішньо переміщені особи", "/areas/idp", "idp_registered_total", ""},
	{"Матеріальна допомога", "/areas/material-aid", "material_aid.granted_persons", ""},
	{"Міські програми", "/areas/city-payments", "payments.fallen_families_monthly.sum",
		"Виплати за міськими програмами — з міського бюджету, вони вже є у видатках департаменту."},
	{"Центр надання соціальних послуг", "/areas/csc", "csp.served_total", ""},
	{"Центри підтримки ветеранів і ВПО", "/areas/centres", "veteran_centre.applicants_total", ""},
	{"Підтримка сімей з дітьми", "/areas/family-support", "family_support.food_sets.families", ""},
	{"Оздоровлення дітей", "/areas/recreation", "recreation.children_total", ""},
	{"Документообіг", "/areas/documents", "doc_flow.total", ""},
	{"Контроль, юридична робота, черги", "/areas/casework", "disability_registered_total", ""},
}

// homeCard is an area's card: its key number, the change against the same period
// a year earlier, coloured by what the indicator counts as good news, and a
// sentence of what changed.
type homeCard struct {
	homeArea
	Label, Value, Unit, Delta, Tone, Sentence string
	Link, KeyLink                             template.URL
}

var homeBody = web.Template("home", `{{selector .View}}
<p class="lead">{{with .View.Office.Name}}{{.}}{{else}}Департамент{{end}} за {{.Name}}; порівняння — {{.AgoName}}.</p>
<p class="budgets-note"><b>Різні бюджети.</b> Числа карток належать до різних бюджетів і не додаються: видатки департаменту
(картка «Бюджет департаменту») — це його кошторис; державні допомоги виплачуються поза ним; кількості людей грошей не показують.
Колір зміни означає, чи вона добра: зелений — на краще, червоний — на гірше, синій — ні те, ні те (більше витрат — не добра новина сама по собі).</p>
{{homeCards .Cards}}
<section class="panel alerts"><h2>Варто поглянути{{if .View.Office.Code}} (по місту){{end}}</h2>{{alerts .Alerts}}</section>`, withAlerts, withView, withHomeCards)

// homeCardsHTML links a card's key number to its indicator (whose offices may be known
// when the city's figure is not); an unknown «—» is not underlined: so, it reads as «=».
var homeCardsHTML = web.Template("homeCards", `<div class="cards home">
{{range .}}<div class="card"><div class="label"><a href="{{.Link}}">{{.Title}}</a></div>
<div class="value"><a href="{{.KeyLink}}" title="{{.Label}}{{if eq .Value "—"}}: немає даних{{end}}"{{if eq .Value "—"}} class="nodata"{{end}}>{{.Value}}</a> <span class="unit">{{.Unit}}</span></div>
<div class="label">{{.Label}}</div>
<div class="delta {{.Tone}}">{{.Delta}}</div>
<p class="sentence">{{.Sentence}}</p>
{{with .Budget}}<p class="budget"><small>{{.}}</small></p>{{end}}</div>
{{end}}</div>`)

// withHomeCards lets a page template write {{homeCards .Cards}}: the first screen and
// the areas' index draw an area's card the same way.
var withHomeCards = template.FuncMap{"homeCards": func(cs []homeCard) (template.HTML, error) { return web.Execute(homeCardsHTML, cs) }}

// home is the department's first screen: /?period=2024-Q2&office=ZV. The benefits
// page it replaced lives at /areas/benefits; its old links (/?as_of=…) are sent there.
func (d *Dashboards) home(c *gin.Context, build func() (*sql.DB, error)) error {
	if asOf := c.Query("as_of"); asOf != "" {
		c.Redirect(http.StatusMovedPermanently, "/areas/benefits?as_of="+url.QueryEscape(asOf))
		return nil
	}
	keys, err := homeIndicators()
	if err != nil {
		return err
	}
	db, view, err := openHomeView(c, build, keys)
	if err != nil {
		return err
	}
	body, err := renderHome(c.Request.Context(), db, view, keys)
	if err != nil {
		return err
	}
	web.Render(c, view.Page(web.Page{Title: "Департамент соціальної політики: " + periodName(view.Period) + officeSuffix(view), Here: "dashboard", Body: body}))
	return nil
}

func renderHome(ctx context.Context, db *sql.DB, view View, keys []indicators.Indicator) (template.HTML, error) {
	cards, err := homeCards(ctx, db, view, homeAreas, keys)
	if err != nil {
		return "", err
	}
	alerts, err := RunAlerts(ctx, db, view.Period)
	if err != nil {
		return "", err
	}
	return web.Execute(homeBody, map[string]any{"View": view, "Name": periodName(view.Period), "AgoName": periodName(view.Compare),
		"Cards": cards, "Alerts": alerts})
}

// homeCards are the cards of areas, whose key numbers are keys, for the view.
func homeCards(ctx context.Context, db *sql.DB, view View, areas []homeArea, keys []indicators.Indicator) ([]homeCard, error) {
	now, err := homeValues(ctx, db, view.Period, view.Office.Code, keys)
	if err != nil {
		return nil, err
	}
	prev, err := homeValues(ctx, db, view.Compare, view.Office.Code, keys)
	if err != nil {
		return nil, err
	}
	cards := make([]homeCard, len(areas))
	for i, a := range areas {
		cards[i] = newHomeCard(a, now[i], prev[i], view)
	}
	return cards, nil
}

// homeValues are the cards' key numbers for p. For the city, the key numbers alone,
// not the whole catalogue: the first screen must be quick to compute on every new
// build, and the same SQL gives the area pages the same figures. For an office,
// the key numbers alone too, and what it must withhold of them.
func homeValues(ctx context.Context, db *sql.DB, p hromadata.Period, office string, keys []indicators.Indicator) ([]indicators.Value, error) {
	if office == "" {
		return indicators.Compute(ctx, db, p, keys)
	}
	return officeValues(ctx, db, p, office, keys)
}

// homeIndicators are the first screen's key numbers, in the cards' order.
func homeIndicators() ([]indicators.Indicator, error) { return keyIndicators(homeAreas) }

// keyIndicators are the key numbers of areas, in their order.
func keyIndicators(areas []homeArea) ([]indicators.Indicator, error) {
	cat, err := indicators.Catalogue()
	if err != nil {
		return nil, err
	}
	byKey := make(map[string]indicators.Indicator, len(cat))
	for _, ind := range cat {
		byKey[ind.ID] = ind
	}
	out := make([]indicators.Indicator, len(areas))
	for i, a := range areas {
		ind, ok := byKey[a.Key]
		if !ok {
			return nil, fmt.Errorf("home card %s: no indicator %s", a.Title, a.Key)
		}
		out[i] = ind
	}
	return out, nil
}

func byID(vals []indicators.Value) map[string]indicators.Value {
	out := make(map[string]indicators.Value, len(vals))
	for _, v := range vals {
		out[v.ID] = v
	}
	return out
}
