package dashboards

import (
	"fmt"
	"html/template"
	"strings"
	"time"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/render"
	"github.com/go-echarts/go-echarts/v2/types"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/privacy"
	"github.com/hromadata/hromadata/web"
)

var monthsUK = []string{"січ", "лют", "бер", "кві", "тра", "чер", "лип", "сер", "вер", "жов", "лис", "гру"}

func monthLabel(t time.Time) string { return monthsUK[t.Month()-1] + " " + t.Format("2006") }

func initOpts(height string) charts.GlobalOpts {
	return charts.WithInitializationOpts(opts.Initialization{Width: "100%", Height: height, AssetsHost: web.AssetsPrefix})
}

// Colours that mean one thing on every chart: the city and each office.
const cityColor = "#0057b8"

var officeColors = map[string]string{"DN": "#c2410c", "ZV": "#15803d", "PV": "#7c3aed"}

// officeColor is an office's colour by its Ukrainian name, "" for anything else.
func officeColor(name string) string {
	for _, o := range hromadata.Offices {
		if strings.HasPrefix(name, o.Name) {
			return officeColors[o.Code]
		}
	}
	return ""
}

// chartKind is how a chart draws its data.
type chartKind int

const (
	barChart  chartKind = iota // categories along the bottom
	hbarChart                  // categories down the side, for long names
	lineChart
	pieChart
)

var kindNames = map[chartKind]string{barChart: "Стовпчикова діаграма", hbarChart: "Стовпчикова діаграма", lineChart: "Графік", pieChart: "Кругова діаграма"}

// chart is one chart and its data: the same figures make the picture, the table
// behind it (its text alternative) and its CSV/XLSX download.
type chart struct {
	ID, Title string
	Kind      chartKind
	Axis      string // what the categories are, the table's first column
	Cats      []string
	Series    []series
	Height    string
	Stack     bool
	Decimals  int
	Link      func(format string) template.URL // the data download; set by the page (View.charts)
}

// series is one row of values over the categories.
type series struct {
	Name   string
	Values []any // float64, or "-" for a figure not drawn: unknown or withheld
	Color  string
}

// publicCount is a count of families as a public page may show it: 1 to 4 are
// withheld by the rule every public output follows (package privacy), the bar or slice
// left empty and its name saying why.
func publicCount(n named) (string, any) {
	if privacy.Small(int64(n.Value)) {
		return n.Name + " (менше 5 — приховано)", "-"
	}
	return n.Name, n.Value
}

// draw renders the chart with go-echarts. hromadata.js fits its labels to the screen.
func (ch *chart) draw() template.HTML {
	global := []charts.GlobalOpts{initOpts(ch.Height),
		charts.WithToolboxOpts(opts.Toolbox{Show: opts.Bool(true), Right: "0", Top: "0", Feature: &opts.ToolBoxFeature{
			SaveAsImage: &opts.ToolBoxFeatureSaveAsImage{Show: opts.Bool(true), Type: "png", Name: ch.ID, Title: "Зберегти як PNG"}}}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(len(ch.Series) > 1 || ch.Kind == pieChart), Bottom: "0", Left: "0", Right: "0"}),
	}
	if ch.Kind == pieChart {
		return ch.pie(global)
	}
	global = append(global, charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		charts.WithGridOpts(opts.Grid{Left: "4", Right: "16", Top: "30", Bottom: "4", ContainLabel: opts.Bool(true)}))
	rect := charts.NewBar() // a rectangular chart of either series type: bars and lines share everything else
	rect.SetGlobalOptions(global...)
	rect.SetXAxis(ch.Cats)
	kind := types.ChartBar
	if ch.Kind == lineChart {
		kind = types.ChartLine
	}
	for _, s := range ch.Series {
		rect.MultiSeries = append(rect.MultiSeries, ch.series(kind, s))
	}
	if ch.Kind == hbarChart {
		rect.XYReversal()
	}
	return html(rect.RenderSnippet())
}

// series is one series of a bar or line chart: only its type tells them apart.
func (ch *chart) series(kind string, s series) charts.SingleSeries {
	data := make([]opts.BarData, len(s.Values))
	for i, v := range s.Values {
		data[i] = opts.BarData{Value: v}
	}
	out := charts.SingleSeries{Name: s.Name, Type: kind, Data: data}
	o := []charts.SeriesOpts{charts.WithItemStyleOpts(opts.ItemStyle{Color: s.Color}), charts.WithLineStyleOpts(opts.LineStyle{Color: s.Color})}
	if ch.Stack {
		o = append(o, charts.WithBarChartOpts(opts.BarChart{Stack: "all"}))
	}
	out.ConfigureSeriesOpts(o...)
	return out
}

func (ch *chart) pie(global []charts.GlobalOpts) template.HTML {
	pie := charts.NewPie()
	pie.SetGlobalOptions(append(global, charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item"}))...)
	var data []opts.PieData
	for i, name := range ch.Cats {
		d := opts.PieData{Name: name, Value: ch.Series[0].Values[i]}
		if c := officeColor(name); c != "" {
			d.ItemStyle = &opts.ItemStyle{Color: c}
		}
		data = append(data, d)
	}
	pie.AddSeries(ch.Series[0].Name, data, charts.WithPieChartOpts(opts.PieChart{Radius: []string{"0", "55%"}, Center: []string{"50%", "45%"}}))
	return html(pie.RenderSnippet())
}

// html joins a chart's element and script for our own layout (go-echarts' page
// template would load ECharts from its CDN).
func html(s render.ChartSnippet) template.HTML {
	return template.HTML(s.Element + s.Script)
}

// cell shows a value in the table: "—" for a figure not drawn.
func (ch *chart) cell(v any) string {
	if f, ok := v.(float64); ok {
		return hromadata.FormatUK(f, ch.Decimals)
	}
	return noData
}

// Summary is the chart's text for screen readers: what it shows, and its largest
// and smallest figures.
func (ch *chart) Summary() string {
	type at struct {
		v         float64
		cat, name string
	}
	var hi, lo *at
	n := 0
	for _, s := range ch.Series {
		for i, v := range s.Values {
			f, ok := v.(float64)
			if !ok {
				continue
			}
			n++
			a := &at{f, ch.Cats[i], s.Name}
			if hi == nil || f > hi.v {
				hi = a
			}
			if lo == nil || f < lo.v {
				lo = a
			}
		}
	}
	out := kindNames[ch.Kind] + " «" + ch.Title + "»"
	if hi == nil {
		return out + ": немає даних."
	}
	name := func(a *at) string {
		if len(ch.Series) > 1 {
			return a.cat + ", " + a.name
		}
		return a.cat
	}
	return fmt.Sprintf("%s: кількість значень — %d; найбільше — %s: %s, найменше — %s: %s. Усі значення — у таблиці даних нижче.", out,
		n, name(hi), ch.cell(hi.v), name(lo), ch.cell(lo.v))
}

var chartHTML = web.Template("chart", `<section class="panel chart" id="chart-{{.C.ID}}"><h2>{{.C.Title}}</h2>
<div class="chart-box" role="img" aria-label="{{.C.Summary}}">{{.Drawn}}</div>
<p class="chart-tools">Дані діаграми: {{with .C.Link}}<a href="{{call . "csv"}}" download>CSV</a> · <a href="{{call . "xlsx"}}" download>XLSX</a>{{end}}</p>
<details class="chart-table"><summary>Таблиця даних</summary><div class="table-wrap"><table>
<caption>{{.C.Title}}</caption>
<thead><tr><th scope="col">{{.C.Axis}}</th>{{range .C.Series}}<th scope="col" class="num">{{.Name}}</th>{{end}}</tr></thead>
<tbody>{{range $i, $cat := .C.Cats}}<tr><th scope="row">{{$cat}}</th>{{range $.C.Series}}<td class="num">{{$.C.Cell (index .Values $i)}}</td>{{end}}</tr>{{end}}</tbody>
</table></div></details></section>`)

// Cell is cell for the template.
func (ch *chart) Cell(v any) string { return ch.cell(v) }

// withCharts lets a page template write {{chart .Trend}}: every chart comes with its
// save and download tools and its table.
var withCharts = template.FuncMap{"chart": func(ch *chart) (template.HTML, error) {
	if ch == nil {
		return "", nil
	}
	return web.Execute(chartHTML, map[string]any{"C": ch, "Drawn": ch.draw()})
}}
