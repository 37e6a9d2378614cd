package dashboards

import (
	"html/template"
	"time"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"
	"github.com/go-echarts/go-echarts/v2/render"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/privacy"
	"github.com/hromadata/hromadata/web"
)

var monthsUK = []string{"січ", "лют", "бер", "кві", "тра", "чер", "лип", "сер", "вер", "жов", "лис", "гру"}

func monthLabel(t time.Time) string { return monthsUK[t.Month()-1] + " " + t.Format("2006") }

func initOpts(height string) charts.GlobalOpts {
	return charts.WithInitializationOpts(opts.Initialization{Width: "100%", Height: height, AssetsHost: web.AssetsPrefix})
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

func benefitBar(v *benefitsView) template.HTML {
	bar := charts.NewBar()
	bar.SetGlobalOptions(initOpts("640px"),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		charts.WithGridOpts(opts.Grid{Left: "26%", Right: "4%", Top: "2%", Bottom: "4%"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}))
	var names []string
	var data []opts.BarData
	for i := len(v.ByBenefit) - 1; i >= 0; i-- {
		name, value := publicCount(v.ByBenefit[i])
		names = append(names, name)
		data = append(data, opts.BarData{Value: value})
	}
	bar.SetXAxis(names).AddSeries("Сімей", data).XYReversal()
	return html(bar.RenderSnippet())
}

func trendLine(v *benefitsView) template.HTML {
	line := charts.NewLine()
	line.SetGlobalOptions(initOpts("360px"),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Top: "0"}),
		charts.WithGridOpts(opts.Grid{Left: "10%", Right: "4%", Top: "14%", Bottom: "10%"}))
	var x []string
	for _, p := range v.Trend {
		x = append(x, monthLabel(p.At))
	}
	line.SetXAxis(x).AddSeries("Місто", lineData(v.Trend), officeSeries("ALL")...)
	for i, o := range hromadata.Offices {
		line.AddSeries(o.Name, lineData(v.TrendOffices[i]), officeSeries(o.Code)...)
	}
	return html(line.RenderSnippet())
}

func lineData(ps []point) []opts.LineData {
	out := make([]opts.LineData, len(ps))
	for i, p := range ps {
		out[i] = opts.LineData{Value: p.Value}
	}
	return out
}

func officePie(v *benefitsView) template.HTML {
	pie := charts.NewPie()
	pie.SetGlobalOptions(initOpts("360px"),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "item"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Top: "0"}))
	var data []opts.PieData
	for _, n := range v.ByOffice {
		name, value := publicCount(n)
		data = append(data, opts.PieData{Name: name, Value: value, ItemStyle: &opts.ItemStyle{Color: officeColorByName(n.Name)}})
	}
	pie.AddSeries("Сімей", data)
	return html(pie.RenderSnippet())
}

func paymentsBar(v *benefitsView) template.HTML {
	bar := charts.NewBar()
	bar.SetGlobalOptions(initOpts("360px"),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}),
		charts.WithGridOpts(opts.Grid{Left: "10%", Right: "4%", Top: "6%", Bottom: "10%"}))
	var x []string
	var data []opts.BarData
	for _, p := range v.PaymentsMonth {
		x = append(x, monthLabel(p.At))
		data = append(data, opts.BarData{Value: p.Value})
	}
	bar.SetXAxis(x).AddSeries("Виплачено, тис. грн", data)
	return html(bar.RenderSnippet())
}

// html joins a chart's element and script for our own layout (go-echarts' page
// template would load ECharts from its CDN).
func html(s render.ChartSnippet) template.HTML {
	return template.HTML(s.Element + s.Script)
}
