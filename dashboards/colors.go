package dashboards

import (
	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/hromadata/hromadata"
)

// officeColors give each office one colour on every chart, and the city its own,
// so a reader who learnt Заводське is orange on one chart finds it orange on the next.
var officeColors = map[string]string{"ALL": "#1b2a3a", "DN": "#0057b8", "ZV": "#d9730d", "PV": "#2a9d8f"}

// officeColorByName is the colour of an office named as people read it.
func officeColorByName(name string) string {
	for _, o := range hromadata.Offices {
		if o.Name == name {
			return officeColors[o.Code]
		}
	}
	return ""
}

// officeSeries colours a chart's series of an office (code, or "ALL" for the city).
func officeSeries(code string) []charts.SeriesOpts {
	c := officeColors[code]
	return []charts.SeriesOpts{charts.WithItemStyleOpts(opts.ItemStyle{Color: c}), charts.WithLineStyleOpts(opts.LineStyle{Color: c})}
}
