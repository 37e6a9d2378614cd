package dashboards

import (
	"html/template"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/web"
)

// card is one key number with its change over a year.
type card struct {
	Label, Value, Unit, Delta string
	Up                        bool
}

var cardsHTML = web.Template("cards", `<div class="cards">
{{range .}}<div class="card"><div class="label">{{.Label}}</div>
<div class="value">{{.Value}} <span class="unit">{{.Unit}}</span></div>
<div class="delta {{if .Up}}up{{else}}down{{end}}">{{.Delta}}</div></div>
{{end}}</div>`)

// withCards lets a page template write {{cards .Cards}}: every page draws its key
// numbers the same way.
var withCards = template.FuncMap{"cards": func(cs []card) (template.HTML, error) { return web.Execute(cardsHTML, cs) }}

func newCard(label string, now, ago float64, decimals int, unit string) card {
	c := card{Label: label, Value: hromadata.FormatUK(now, decimals), Unit: unit, Up: now >= ago}
	sign := "+"
	if now < ago {
		sign = ""
	}
	c.Delta = sign + hromadata.FormatUK(now-ago, decimals) + " за рік"
	if ago != 0 {
		c.Delta += " (" + sign + hromadata.FormatUK(100*(now-ago)/ago, 1) + "%)"
	}
	return c
}

var body = web.Template("benefits", `
<p class="lead">Сім’ї, які отримують державні соціальні допомоги, станом на {{.AsOf}}; порівняння — з {{.YearAgo}}.</p>
{{cards .Cards}}
<div class="grid">
<section class="panel"><h2>Сімей за місяцями, січень 2022 — грудень 2023</h2>{{.Trend}}</section>
<section class="panel"><h2>Сімей за районними управліннями</h2>{{.Offices}}</section>
<section class="panel"><h2>Виплачено за місяцями, тис. грн</h2>{{.Payments}}</section>
<section class="panel"><h2>Отримувачі за видами допомог (сімей)</h2>{{.Benefits}}</section>
</div>`, withCards)

func (v *benefitsView) render() (template.HTML, error) {
	data := map[string]any{
		"AsOf":    v.AsOf.Format("02.01.2006"),
		"YearAgo": v.YearAgo.Format("02.01.2006"),
		"Cards": []card{
			newCard("Сімей отримують допомоги", float64(v.Families), float64(v.FamiliesAgo), 0, "сімей"),
			newCard("з них допомогу на проживання ВПО", float64(v.IDPFamilies), float64(v.IDPAgo), 0, "сімей"),
			newCard("Виплачено за 12 місяців", v.Paid12, v.Paid12Ago, 1, "тис. грн"),
		},
		"Trend":    trendLine(v),
		"Offices":  officePie(v),
		"Payments": paymentsBar(v),
		"Benefits": benefitBar(v),
	}
	return web.Execute(body, data)
}
