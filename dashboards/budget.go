package dashboards

import (
	"context"
	"database/sql"
	"fmt"
	"time"

	"github.com/gin-gonic/gin"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/indicators"
	"github.com/hromadata/hromadata/web"
)

// budgetView is what the budget page shows for a period.
type budgetView struct {
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

func loadBudget(ctx context.Context, db *sql.DB, p, c hromadata.Period) (*budgetView, error) {
	from, to := p.From, p.To
	v := &budgetView{MonthlyByFund: map[string][]float64{}, ByFundPrev: map[string]float64{}}
	var prevByFund []named
	steps := []func() error{
		func() error { return scalar(ctx, db, &v.Total, spentSQL, from, to) },
		func() error { return scalar(ctx, db, &v.Prev, spentSQL, c.From, c.To) },
		func() error { return scalar(ctx, db, &v.Debt, debtSQL, to.Format("2006-01-02")) },
		func() error { return scalar(ctx, db, &v.DebtPrev, debtSQL, c.To.Format("2006-01-02")) },
		func() (err error) { v.ByFund, err = namedRows(ctx, db, byFundSQL, from, to); return },
		func() (err error) { prevByFund, err = namedRows(ctx, db, byFundSQL, c.From, c.To); return },
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

var budgetBody = web.Template("budget", `{{selector .View}}
<p class="lead">Касові видатки департаменту за {{.Now}} за даними бухгалтерії; для порівняння — {{.Prev}}.</p>
{{if .View.Office.Code}}<div class="empty nodata">{{.CityOnly}}</div>{{else}}
{{cards .Cards}}
<div class="grid">
{{chart .Monthly}}
{{chart .City}}
</div>
{{plan .Plan}}{{end}}`, withCards, withView, withCharts, withPlan)

// budget is the leadership page on budget execution: /budget?period=2023.
func (d *Dashboards) budget(c *gin.Context, build func() (*sql.DB, error)) error {
	db, err := build()
	if err != nil {
		return err
	}
	view, err := ReadView(c, db, []string{"budget_expenditures"})
	if err != nil {
		return err
	}
	p := view.Period
	v, err := loadBudget(c.Request.Context(), db, p, view.Compare)
	if err != nil {
		return err
	}
	cov, err := loadBudgetCoverage(c.Request.Context(), db, p, view.Compare)
	if err != nil {
		return err
	}
	plan, err := loadBudgetPlan(c.Request.Context(), db, p)
	if err != nil {
		return err
	}
	cards := []card{coveredCard("Видатки за "+Label(p), v.Total, v.Prev, cov.spent, cov.spentPrev, 1, "тис. грн")}
	for _, f := range v.ByFund {
		cards = append(cards, coveredCard(fundNames[f.Name], f.Value, v.ByFundPrev[f.Name], cov.spent, cov.spentPrev, 1, "тис. грн"))
	}
	debt := coveredCard("Кредиторська заборгованість на кінець періоду", v.Debt, v.DebtPrev, cov.debt, cov.debtPrev, 1, "тис. грн")
	debt.Tone = tone("down", v.Debt, v.DebtPrev) // less debt is the good direction
	cards = append(cards, debt)
	monthly, city := v.monthlyChart(view), v.cityChart(cov.spent.Known())
	view.withLinks(c.Request.URL.Path, monthly, city)
	if done, err := serveChartData(c, view, monthly, city); done {
		return err
	}
	body, err := web.Execute(budgetBody, map[string]any{
		"View": view, "Now": Label(p), "Prev": Label(view.Compare), "Cards": view.against(cards), "Monthly": monthly, "City": city, "Plan": plan,
		"CityOnly": "немає даних за управлінням: " + indicators.Coverage{Status: indicators.CityOnly}.Reason() + "; оберіть «Усе місто»",
	})
	if err != nil {
		return err
	}
	web.Render(c, view.Page(web.Page{Title: "Виконання бюджету за " + Label(p) + officeSuffix(view), Here: "budget", Charts: true, Body: body}))
	return nil
}

// monthlyChart draws spending by month and fund; a month the exports do not cover
// is a gap, not 0.
func (v *budgetView) monthlyChart(view View) *chart {
	ch := &chart{ID: "monthly", Title: "Видатки за місяцями та джерелами, тис. грн", Kind: barChart, Axis: "Місяць", Height: "380px", Stack: true, Decimals: 1, Cats: v.Months}
	months := view.Period.Months()
	for _, code := range []string{"ДБ", "СубвДБ", "СубвОБ", "МБ"} {
		vals := v.MonthlyByFund[code]
		if vals == nil {
			continue
		}
		s := series{Name: fundNames[code]}
		for i, x := range vals {
			if view.Covered(months[i]) {
				s.Values = append(s.Values, x)
			} else {
				s.Values = append(s.Values, "-")
			}
		}
		ch.Series = append(ch.Series, s)
	}
	return ch
}

// cityChart draws the city budget's programmes; nothing when the period is not covered.
func (v *budgetView) cityChart(known bool) *chart {
	ch := &chart{ID: "programmes", Title: "Міський бюджет за програмами, тис. грн", Kind: hbarChart, Axis: "Програма", Decimals: 1,
		Series: []series{{Name: "тис. грн", Color: cityColor}}}
	for i := len(v.CityLines) - 1; known && i >= 0; i-- {
		ch.Cats = append(ch.Cats, v.CityLines[i].Name)
		ch.Series[0].Values = append(ch.Series[0].Values, v.CityLines[i].Value)
	}
	ch.Height = fmt.Sprintf("%dpx", 60+44*len(ch.Cats))
	return ch
}

// budgetCoverage says which of the budget page's figures the exports cover.
type budgetCoverage struct {
	spent, spentPrev, debt, debtPrev indicators.Coverage
}

func loadBudgetCoverage(ctx context.Context, db *sql.DB, p, prev hromadata.Period) (c budgetCoverage, err error) {
	spent, debt := []string{"budget_expenditures"}, []string{"budget_obligations"}
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
	return c, nil
}
