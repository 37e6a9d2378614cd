package opendata

import (
	"cmp"
	"html/template"
	"slices"
	"strconv"
	"strings"

	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/hromadata/hromadata/web"
)

// maxLines: of more values of an overlapping column the chart draws the largest.
const maxLines = 8

// line is the measure by date for one value of an overlapping column.
type line struct {
	Name   string
	Points []point
}

// chart fills what the page charts of the measure over rows: the sum by date when
// the measure adds up across every column that varies in rows; else one line per
// value of the one overlapping column that varies, never their total (Overlap);
// else a word on why nothing is charted.
func (v *datasetView) chart(t *table, d Dataset, rows [][]string, mc int) {
	var varying []int
	for _, name := range d.Overlap {
		if c := t.col(name); c >= 0 && len(distinct(rows, c)) > 1 {
			varying = append(varying, c)
		}
	}
	switch {
	case len(varying) == 0:
		v.Series = t.series(rows, mc)
		v.Chart = measureChart([]line{{v.Measure.Title, v.Series}})
	case len(varying) == 1:
		lc := t.labelColumn(varying[0])
		v.Overlap = t.fields[lc].Title
		for _, val := range distinct(rows, lc) {
			v.Lines = append(v.Lines, line{val, t.series(matching(rows, lc, val), mc)})
		}
		slices.SortStableFunc(v.Lines, func(a, b line) int { return cmp.Compare(b.last(), a.last()) })
		if len(v.Lines) > maxLines {
			v.Omitted, v.Lines = len(v.Lines)-maxLines, v.Lines[:maxLines]
		}
		v.Chart = measureChart(v.Lines)
	default:
		var titles []string
		for _, c := range varying {
			titles = append(titles, "«"+t.fields[t.labelColumn(c)].Title+"»")
		}
		v.NoChart = "Значення не додаються за " + strings.Join(titles, " і ") +
			": ті самі люди можуть враховуватися в кількох із них. Щоб побачити графік, оберіть у вибірці одне значення" +
			map[bool]string{true: "", false: " кожного з них"}[len(titles) == 1] + "."
	}
}

// last is the line's value at its latest date with a value known.
func (l line) last() float64 {
	for i := len(l.Points) - 1; i >= 0; i-- {
		if l.Points[i].N > 0 {
			return l.Points[i].Sum
		}
	}
	return 0
}

// labelColumn is the column people read for column c: its name beside a code
// (benefit_code → benefit_name, kind → kind_name, indicator_id → label), else c.
func (t *table) labelColumn(c int) int {
	name := t.fields[c].Name
	base, _ := strings.CutSuffix(name, "_code")
	base, _ = strings.CutSuffix(base, "_id")
	for _, n := range []string{base + "_name", name + "_name", "label"} {
		if i := t.col(n); i >= 0 && (n != "label" || name == "indicator_id") {
			return i
		}
	}
	return c
}

// distinct are the values of column c in rows, sorted.
func distinct(rows [][]string, c int) []string {
	var out []string
	for _, r := range rows {
		if !slices.Contains(out, r[c]) {
			out = append(out, r[c])
		}
	}
	slices.Sort(out)
	return out
}

func matching(rows [][]string, c int, val string) [][]string {
	var out [][]string
	for _, r := range rows {
		if r[c] == val {
			out = append(out, r)
		}
	}
	return out
}

// measureChart draws each line of the measure by date; a date with no value
// known is a gap, never 0.
func measureChart(lines []line) template.HTML {
	c := charts.NewLine()
	c.SetGlobalOptions(
		charts.WithToolboxOpts(opts.Toolbox{Show: opts.Bool(true), Right: "0", Top: "0", Feature: &opts.ToolBoxFeature{
			SaveAsImage: &opts.ToolBoxFeatureSaveAsImage{Show: opts.Bool(true), Type: "png", Title: "Зберегти як PNG"}}}),
		charts.WithInitializationOpts(opts.Initialization{Width: "100%", Height: "360px", AssetsHost: web.AssetsPrefix}),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(len(lines) > 1), Type: "scroll", Bottom: "0"}),
		charts.WithGridOpts(opts.Grid{ContainLabel: opts.Bool(true), Left: "8", Right: "16", Top: "40", Bottom: map[bool]string{true: "22%", false: "10%"}[len(lines) > 1]}))
	var dates []string
	for _, l := range lines {
		for _, p := range l.Points {
			if !slices.Contains(dates, p.Date) {
				dates = append(dates, p.Date)
			}
		}
	}
	slices.Sort(dates)
	x := make([]string, len(dates))
	for i, d := range dates {
		x[i] = periodLabel(d)
	}
	c.SetXAxis(x)
	for _, l := range lines {
		data := make([]opts.LineData, len(dates))
		for i := range data {
			data[i] = opts.LineData{Value: "-"}
		}
		for _, p := range l.Points {
			if p.N > 0 {
				data[slices.Index(dates, p.Date)] = opts.LineData{Value: p.Sum}
			}
		}
		c.AddSeries(l.Name, data)
	}
	s := c.RenderSnippet()
	// The table below the chart, or the lines' names, say in words what it shows.
	names := make([]string, len(lines))
	for i, l := range lines {
		names[i] = l.Name
	}
	alt := template.HTMLEscapeString("Графік за датами: " + strings.Join(names, "; "))
	return template.HTML(`<div class="chart-box" role="img" aria-label="` + alt + `">` + s.Element + s.Script + `</div>`)
}

var monthsUK = []string{"січ", "лют", "бер", "кві", "тра", "чер", "лип", "сер", "вер", "жов", "лис", "гру"}

// periodLabel names a date of the axis short and the Ukrainian way: "січ 2025"
// for the first of a month (a stock at its start or a month's flow), else the
// date; a year stays as it is.
func periodLabel(d string) string {
	if len(d) == 10 && strings.HasSuffix(d, "-01") {
		if m, err := strconv.Atoi(d[5:7]); err == nil && m >= 1 && m <= 12 {
			return monthsUK[m-1] + " " + d[:4]
		}
	}
	if len(d) == 10 {
		return web.DateUK(d)
	}
	return d
}
