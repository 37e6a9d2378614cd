package dashboards

import (
	"fmt"
	"html/template"
	"strings"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/indicators"
	"github.com/hromadata/hromadata/privacy"
	"github.com/hromadata/hromadata/web"
	"time"
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
	c := coveredCard(strings.TrimSpace(now.Label), now.Value, ago.Value, now.Coverage, ago.Coverage, now.Unit.Decimals, now.Unit.LabelFor(now.Value))
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

// against says on the cards what they compare with when it is not the year before:
// "+12 проти 2021 рік", "2021 рік: немає даних".
func (v View) against(cs []card) []card {
	if v.explicit.Get("compare") == "" {
		return cs
	}
	for i := range cs {
		cs[i].Delta = strings.Replace(cs[i].Delta, " за рік", " проти: "+Label(v.Compare), 1)
		cs[i].Delta = strings.Replace(cs[i].Delta, "рік тому: немає даних", Label(v.Compare)+": немає даних", 1)
	}
	return cs
}

// signed writes a change with its sign.
func signed(delta float64, decimals int) string {
	if delta > 0 {
		return "+" + hromadata.FormatUK(delta, decimals)
	}
	return hromadata.FormatUK(delta, decimals)
}

// percent writes a share or a change in per cent the one Ukrainian way every page
// uses: «16,7 %», a space before the sign.
func percent(v float64) string { return hromadata.FormatUK(v, 1) + " %" }

// signedPercent is percent with its sign: «+16,7 %».
func signedPercent(v float64) string { return signed(v, 1) + " %" }

func newCard(label string, now, ago float64, decimals int, unit string) card {
	// Neutral unless the caller knows better: more families or more spending is not good news by itself.
	c := card{Label: label, Value: hromadata.FormatUK(now, decimals), Unit: unit, Up: now >= ago, Tone: "neutral"}
	c.Delta = signed(now-ago, decimals) + " за рік"
	if ago != 0 {
		c.Delta += " (" + signedPercent(100*(now-ago)/ago) + ")"
	}
	return c
}

var body = web.Template("benefits", `{{selector .View}}
<p class="lead">Сім’ї, які отримують державні соціальні допомоги{{with .View.Office.Name}} ({{.}}){{end}}, станом на {{.AsOf}}; порівняння — з {{.YearAgo}}.</p>
{{cards .Cards}}
<div class="grid">
{{chart .Trend}}
{{chart .Offices}}
{{chart .Payments}}
{{chart .Benefits}}
</div>`, withCards, withView, withCharts)

// charts are the page's charts, in the order it draws them.
func (v *benefitsView) charts() []*chart {
	return []*chart{v.trendLine(), v.officePie(), v.paymentsBar(), v.benefitBar()}
}

// familiesUnit is the unit of the benefits cards, in the form each figure takes.
var familiesUnit = hromadata.Units["families"]

func (v *benefitsView) render(cs []*chart) (template.HTML, error) {
	data := map[string]any{
		"View":    v.View,
		"AsOf":    v.AsOf.Format("02.01.2006"),
		"YearAgo": v.YearAgo.Format("02.01.2006"),
		"Cards": v.View.against([]card{
			coveredCard("Сімей отримують допомоги", float64(v.Families), float64(v.FamiliesAgo), v.NowCov, v.AgoCov, 0, familiesUnit.LabelFor(float64(v.Families))),
			coveredCard("з них допомогу на проживання ВПО", float64(v.IDPFamilies), float64(v.IDPAgo), v.NowCov, v.AgoCov, 0, familiesUnit.LabelFor(float64(v.IDPFamilies))),
			coveredCard("Виплачено за "+Label(v.View.Period), v.Paid, v.PaidAgo, v.PaidCov, v.PaidAgoCov, 1, "тис. грн"),
		}),
		"Trend": cs[0], "Offices": cs[1], "Payments": cs[2], "Benefits": cs[3],
	}
	return web.Execute(body, data)
}

// monthly lays points out over the page's months: "-" (a gap) for a month without
// one, or whose exports are not all in (its sum would be too small, not known).
func monthly(ps []point, at0 []time.Time, covered []bool) []any {
	at := map[time.Time]float64{}
	for _, p := range ps {
		at[p.At.UTC()] = p.Value
	}
	out := make([]any, len(at0))
	for i, m := range at0 {
		if x, ok := at[m]; ok && covered[i] {
			out[i] = x
		} else {
			out[i] = "-"
		}
	}
	return out
}

func monthLabels(ms []time.Time) []string {
	out := make([]string, len(ms))
	for i, m := range ms {
		out[i] = monthLabel(m)
	}
	return out
}

func (v *benefitsView) trendLine() *chart {
	first, last := "", ""
	if n := len(v.Dates); n > 0 {
		first, last = v.Dates[0].Format("02.01.2006"), v.Dates[n-1].Format("02.01.2006")
	}
	ch := &chart{ID: "families", Title: "Сімей станом на початок місяця, " + first + " — " + last, Kind: lineChart, Axis: "Станом на початок місяця", Height: "360px", Cats: monthLabels(v.Dates)}
	name, color := "Місто", cityColor
	if v.View.Office.Code != "" {
		name, color = v.View.Office.Name, officeColors[v.View.Office.Code]
	}
	ch.Series = append(ch.Series, series{Name: name, Values: monthly(v.Trend, v.Dates, v.StockKnown), Color: color})
	for i, o := range hromadata.Offices {
		if o.Code != v.View.Office.Code {
			ch.Series = append(ch.Series, series{Name: o.Name, Values: monthly(v.TrendOffices[i], v.Dates, v.StockKnown), Color: officeColors[o.Code]})
		}
	}
	return ch
}

func (v *benefitsView) officePie() *chart {
	ch := &chart{ID: "offices", Title: "Сімей за районними управліннями на " + v.AsOf.Format("02.01.2006"), Kind: pieChart, Axis: "Управління", Height: "360px",
		Series: []series{{Name: "Сімей"}}}
	for _, n := range v.ByOffice {
		name, value := publicCount(n)
		ch.Cats = append(ch.Cats, name)
		ch.Series[0].Values = append(ch.Series[0].Values, value)
	}
	return ch
}

func (v *benefitsView) paymentsBar() *chart {
	return &chart{ID: "payments", Title: "Виплачено за місяцями, тис. грн", Kind: barChart, Axis: "Місяць", Height: "360px", Decimals: 1,
		Cats: monthLabels(v.Months), Series: []series{{Name: "Виплачено, тис. грн", Values: monthly(v.PaymentsMonth, v.Months, v.FlowKnown), Color: cityColor}}}
}

func (v *benefitsView) benefitBar() *chart {
	ch := &chart{ID: "benefits", Title: "Отримувачі за видами допомог на " + v.AsOf.Format("02.01.2006") + " (сімей)", Kind: hbarChart, Axis: "Вид допомоги",
		Series: []series{{Name: "Сімей", Color: cityColor}}}
	for i := len(v.ByBenefit) - 1; i >= 0; i-- {
		name, value := publicCount(v.ByBenefit[i])
		ch.Cats = append(ch.Cats, name)
		ch.Series[0].Values = append(ch.Series[0].Values, value)
	}
	ch.Height = fmt.Sprintf("%dpx", 60+44*len(ch.Cats))
	return ch
}
