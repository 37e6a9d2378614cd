package dashboards

import (
	"context"
	"database/sql"
	"html/template"
	"time"

	"github.com/gin-gonic/gin"
	"github.com/go-echarts/go-echarts/v2/charts"
	"github.com/go-echarts/go-echarts/v2/opts"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/indicators"
	"github.com/hromadata/hromadata/web"
)

// budgetView is what the budget page shows for a year.
type budgetView struct {
	Year           int
	Total, Prev    float64 // thousand UAH
	ByFund         []named // thousand UAH in the year
	ByFundPrev     map[string]float64
	Months         []string
	MonthlyByFund  map[string][]float64
	CityLines      []named
	Debt, DebtPrev float64
}

const (
	spentSQL   = `SELECT coalesce(sum(amount_uah), 0) / 1000 FROM mart_expenditures_monthly WHERE month >= ? AND month < ?`
	byFundSQL  = `SELECT fund, sum(amount_uah) / 1000 FROM mart_expenditures_monthly WHERE month >= ? AND month < ? GROUP BY fund ORDER BY 2 DESC`
	monthlySQL = `SELECT month, fund, sum(amount_uah) / 1000 FROM mart_expenditures_monthly WHERE month >= ? AND month < ?
		GROUP BY ALL ORDER BY month, fund`
	cityLinesSQL = `SELECT b.name_uk, sum(e.amount_uah) / 1000 FROM mart_expenditures_monthly e
		JOIN core_budget_lines c ON c.line_id = e.line_id
		JOIN ref_budget_lines b ON b.id = c.ancestor_id
		WHERE b.parent_id IN ('city', 'city.sp') AND b.id <> 'city.sp' AND e.month >= ? AND e.month < ? GROUP BY b.name_uk ORDER BY 2 DESC`
	debtSQL = `SELECT creditor_debt(NULL, ?)`
)

func loadBudget(ctx context.Context, db *sql.DB, year int) (*budgetView, error) {
	from, to := time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(year+1, 1, 1, 0, 0, 0, 0, time.UTC)
	prevFrom := from.AddDate(-1, 0, 0)
	v := &budgetView{Year: year, MonthlyByFund: map[string][]float64{}, ByFundPrev: map[string]float64{}}
	var prevByFund []named
	steps := []func() error{
		func() error { return scalar(ctx, db, &v.Total, spentSQL, from, to) },
		func() error { return scalar(ctx, db, &v.Prev, spentSQL, prevFrom, from) },
		func() error { return scalar(ctx, db, &v.Debt, debtSQL, to.Format("2006-01-02")) },
		func() error { return scalar(ctx, db, &v.DebtPrev, debtSQL, from.Format("2006-01-02")) },
		func() (err error) { v.ByFund, err = namedRows(ctx, db, byFundSQL, from, to); return },
		func() (err error) { prevByFund, err = namedRows(ctx, db, byFundSQL, prevFrom, from); return },
		func() (err error) { v.CityLines, err = namedRows(ctx, db, cityLinesSQL, from, to); return },
		func() error { return v.loadMonthly(ctx, db, from, to) },
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, err
		}
	}
	for _, n := range prevByFund {
		v.ByFundPrev[n.Name] = n.Value
	}
	if v.Total == 0 && v.Prev == 0 {
		return nil, hromadata.E(hromadata.NotFound, "за цей рік у сховищі немає видатків: завантажте експорти бухгалтерії")
	}
	return v, nil
}

func (v *budgetView) loadMonthly(ctx context.Context, db *sql.DB, from, to time.Time) error {
	rows, err := db.QueryContext(ctx, monthlySQL, from, to)
	if err != nil {
		return err
	}
	defer rows.Close()
	index := map[string]int{}
	for m := from; m.Before(to); m = m.AddDate(0, 1, 0) {
		index[m.Format("2006-01")] = len(v.Months)
		v.Months = append(v.Months, monthLabel(m))
	}
	for rows.Next() {
		var m time.Time
		var fund string
		var amount float64
		if err := rows.Scan(&m, &fund, &amount); err != nil {
			return err
		}
		if v.MonthlyByFund[fund] == nil {
			v.MonthlyByFund[fund] = make([]float64, len(v.Months))
		}
		v.MonthlyByFund[fund][index[m.Format("2006-01")]] = amount
	}
	return rows.Err()
}

// fundNames are the funding sources as leadership reads them.
var fundNames = map[string]string{"ДБ": "Державний бюджет", "СубвОБ": "Субвенція з обласного бюджету", "СубвДБ": "Субвенція з державного бюджету", "МБ": "Міський бюджет"}

var budgetBody = web.Template("budget", `
<p class="lead">Касові видатки департаменту за {{.Year}} рік за даними бухгалтерії; порівняння — з {{.PrevYear}} роком.
Роки з даними: {{range .Years}}<a href="?year={{.}}">{{.}}</a> {{else}}немає{{end}}</p>
{{cards .Cards}}
<div class="grid">
<section class="panel"><h2>Видатки за місяцями та джерелами, тис. грн</h2>{{.Monthly}}</section>
<section class="panel"><h2>Міський бюджет за програмами, тис. грн</h2>{{.City}}</section>
</div>`, withCards)

// budget is the leadership page on budget execution: /budget?year=2023.
func (d *Dashboards) budget(c *gin.Context, build func() (*sql.DB, error)) error {
	p, err := yearParam(c)
	if err != nil {
		return err
	}
	db, err := build()
	if err != nil {
		return err
	}
	v, err := loadBudget(c.Request.Context(), db, p.From.Year())
	if err != nil {
		return err
	}
	cov, err := loadBudgetCoverage(c.Request.Context(), db, p)
	if err != nil {
		return err
	}
	cards := []card{coveredCard("Видатки за рік", v.Total, v.Prev, cov.spent, cov.spentPrev, 1, "тис. грн")}
	for _, f := range v.ByFund {
		cards = append(cards, coveredCard(fundNames[f.Name], f.Value, v.ByFundPrev[f.Name], cov.spent, cov.spentPrev, 1, "тис. грн"))
	}
	debt := coveredCard("Кредиторська заборгованість на кінець року", v.Debt, v.DebtPrev, cov.debt, cov.debtPrev, 1, "тис. грн")
	debt.Tone = tone("down", v.Debt, v.DebtPrev) // less debt is the good direction
	cards = append(cards, debt)
	body, err := web.Execute(budgetBody, map[string]any{
		"Year": v.Year, "PrevYear": v.Year - 1, "Years": cov.years, "Cards": cards,
		"Monthly": v.monthlyChart(), "City": v.cityChart(),
	})
	if err != nil {
		return err
	}
	web.Render(c, web.Page{Title: "Виконання бюджету за " + p.Label + " рік", Here: "budget", Charts: true, Body: body})
	return nil
}

func (v *budgetView) monthlyChart() template.HTML {
	bar := charts.NewBar()
	bar.SetGlobalOptions(initOpts("380px"),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(true), Top: "0"}),
		charts.WithGridOpts(opts.Grid{Left: "12%", Right: "4%", Top: "14%", Bottom: "10%"}))
	bar.SetXAxis(v.Months)
	for _, code := range []string{"ДБ", "СубвДБ", "СубвОБ", "МБ"} {
		vals := v.MonthlyByFund[code]
		if vals == nil {
			continue
		}
		data := make([]opts.BarData, len(vals))
		for i, x := range vals {
			data[i] = opts.BarData{Value: x}
		}
		bar.AddSeries(fundNames[code], data, charts.WithBarChartOpts(opts.BarChart{Stack: "fund"}))
	}
	return html(bar.RenderSnippet())
}

func (v *budgetView) cityChart() template.HTML {
	bar := charts.NewBar()
	bar.SetGlobalOptions(initOpts("380px"),
		charts.WithTooltipOpts(opts.Tooltip{Show: opts.Bool(true), Trigger: "axis"}),
		charts.WithLegendOpts(opts.Legend{Show: opts.Bool(false)}),
		charts.WithGridOpts(opts.Grid{Left: "40%", Right: "4%", Top: "2%", Bottom: "6%"}))
	var names []string
	var data []opts.BarData
	for i := len(v.CityLines) - 1; i >= 0; i-- {
		names = append(names, v.CityLines[i].Name)
		data = append(data, opts.BarData{Value: v.CityLines[i].Value})
	}
	bar.SetXAxis(names).AddSeries("тис. грн", data).XYReversal()
	return html(bar.RenderSnippet())
}

// budgetCoverage says which of the budget page's figures the exports cover.
type budgetCoverage struct {
	spent, spentPrev, debt, debtPrev indicators.Coverage
	years                            []int
}

func loadBudgetCoverage(ctx context.Context, db *sql.DB, p hromadata.Period) (c budgetCoverage, err error) {
	spent, debt := []string{"budget_expenditures"}, []string{"budget_obligations"}
	prev := p.Previous()
	for _, x := range []struct {
		dst     *indicators.Coverage
		sources []string
		kind    indicators.Kind
		p       hromadata.Period
	}{{&c.spent, spent, indicators.Flow, p}, {&c.spentPrev, spent, indicators.Flow, prev},
		{&c.debt, debt, indicators.Stock, p}, {&c.debtPrev, debt, indicators.Stock, prev}} {
		if *x.dst, err = indicators.CoverageOf(ctx, db, x.sources, x.kind, x.p.From, x.p.To); err != nil {
			return c, err
		}
	}
	c.years, err = indicators.YearsCovered(ctx, db, spent)
	return c, err
}
