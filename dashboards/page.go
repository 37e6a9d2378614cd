package dashboards

import (
	"fmt"
	"html/template"
	"strings"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/indicators"
	"github.com/hromadata/hromadata/privacy"
	"github.com/hromadata/hromadata/web"
)

// card is one key number with its change over a year.
type card struct {
	Label, Value, Unit, Delta string
	Up, Muted                 bool // Muted: no change to show, the figure or its year ago is unknown
	// Tone colours a change by what it means (see tone): good, bad or neutral.
	Tone string
}

var cardsHTML = web.Template("cards", `<div class="cards">
{{range .}}<div class="card"><div class="label">{{.Label}}</div>
<div class="value">{{.Value}} <span class="unit">{{.Unit}}</span></div>
<div class="delta {{if .Muted}}muted{{else if .Tone}}{{.Tone}}{{else if .Up}}up{{else}}down{{end}}">{{.Delta}}</div></div>
{{end}}</div>`)

// withCards lets a page template write {{cards .Cards}}: every page draws its key
// numbers the same way.
var withCards = template.FuncMap{"cards": func(cs []card) (template.HTML, error) { return web.Execute(cardsHTML, cs) }}

// noData stands for a figure that cannot be known: never 0.
const noData = "—"

// valueCard is newCard for indicator values: "—" and the reason when the figure is
// unknown, and no change when the year before is.
func valueCard(now, ago indicators.Value) card {
	if now.Known() && privacy.Withheld(now.Unit.Code, now.Value) {
		return card{Label: strings.TrimSpace(now.Label), Value: privacy.WithheldText, Unit: now.Unit.Label, Delta: "приховано, щоб не можна було встановити особу", Muted: true}
	}
	if ago.Known() && privacy.Withheld(ago.Unit.Code, ago.Value) {
		ago.Coverage = indicators.Coverage{Status: indicators.Undefined} // no change against a withheld year
	}
	c := coveredCard(strings.TrimSpace(now.Label), now.Value, ago.Value, now.Coverage, ago.Coverage, now.Unit.Decimals, now.Unit.Label)
	c.Tone = tone(now.Good, now.Value, ago.Value)
	return c
}

// coveredCard is newCard for figures whose coverage is known.
func coveredCard(label string, now, ago float64, nowCov, agoCov indicators.Coverage, decimals int, unit string) card {
	if !nowCov.Known() {
		return card{Label: label, Value: noData, Unit: unit, Delta: nowCov.Reason(), Muted: true}
	}
	if !agoCov.Known() {
		return card{Label: label, Value: hromadata.FormatUK(now, decimals), Unit: unit, Delta: "рік тому: немає даних", Muted: true}
	}
	return newCard(label, now, ago, decimals, unit)
}

// chartValue is what a chart draws: nothing ("-", a gap in ECharts) for an unknown
// figure, and for a withheld one (1 to 4 people).
func chartValue(v indicators.Value) any {
	if !v.Known() || privacy.Withheld(v.Unit.Code, v.Value) {
		return "-"
	}
	return v.Value
}

// signed writes a change with its sign.
func signed(delta float64, decimals int) string {
	if delta > 0 {
		return "+" + hromadata.FormatUK(delta, decimals)
	}
	return hromadata.FormatUK(delta, decimals)
}

func newCard(label string, now, ago float64, decimals int, unit string) card {
	// Neutral unless the caller knows better: more families or more spending is not good news by itself.
	c := card{Label: label, Value: hromadata.FormatUK(now, decimals), Unit: unit, Up: now >= ago, Tone: "neutral"}
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
<p class="lead">Сім’ї, які отримують державні соціальні допомоги, станом на {{.AsOf}}; порівняння — з {{.YearAgo}}.
Роки з даними: {{range .Years}}<a href="?as_of={{.AsOf}}">{{.Year}}</a> {{else}}немає{{end}}</p>
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
			coveredCard("Сімей отримують допомоги", float64(v.Families), float64(v.FamiliesAgo), v.NowCov, v.AgoCov, 0, "сімей"),
			coveredCard("з них допомогу на проживання ВПО", float64(v.IDPFamilies), float64(v.IDPAgo), v.NowCov, v.AgoCov, 0, "сімей"),
			coveredCard("Виплачено за 12 місяців", v.Paid12, v.Paid12Ago, v.PaidCov, v.PaidAgoCov, 1, "тис. грн"),
		},
		"Years":    yearLinks(v.Years),
		"Trend":    trendLine(v),
		"Offices":  officePie(v),
		"Payments": paymentsBar(v),
		"Benefits": benefitBar(v),
	}
	return web.Execute(body, data)
}

// yearLink offers a year on the benefits page: the state at its end.
type yearLink struct {
	Year int
	AsOf string
}

func yearLinks(years []int) []yearLink {
	out := make([]yearLink, len(years))
	for i, y := range years {
		out[i] = yearLink{y, fmt.Sprintf("%d-01-01", y+1)}
	}
	return out
}
