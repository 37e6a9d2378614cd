package dashboards

import (
	"context"
	"database/sql"
	"html/template"
	"time"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/indicators"
	"github.com/hromadata/hromadata/web"
)

// planRow is one programme's plan against its cash execution (docs/exports/passports.md).
type planRow struct {
	Name, KPKVK string
	Plan        sql.NullFloat64 // thousand UAH; NULL when no passport is in force
	Approved    sql.NullTime    // the edition in force
	Period, YTD float64         // spent in the period and from 1 January, thousand UAH
	Pct         sql.NullFloat64 // execution, %
	Lags        bool
}

// budgetPlan is the plan-versus-execution table of the budget page.
type budgetPlan struct {
	Rows     []planRow
	LastDay  time.Time
	Elapsed  float64 // share of the year elapsed, %
	Spent    indicators.Coverage
	Lagging  int
	YearFrom time.Time
}

// planSQL lists lagging lines first, the furthest behind at the top, then lines with a
// plan by how far they run ahead, then lines without a passport.
const planSQL = `SELECT name_uk, kpkvk, plan_uah / 1000, plan_approved, spent_period_uah / 1000, spent_ytd_uah / 1000,
	execution_pct, elapsed_pct, lags
	FROM budget_plan_execution(?::DATE, ?::DATE)
	ORDER BY lags DESC, plan_uah IS NULL, execution_pct - elapsed_pct NULLS LAST, name_uk`

func loadBudgetPlan(ctx context.Context, db *sql.DB, p hromadata.Period) (*budgetPlan, error) {
	last := p.To.AddDate(0, 0, -1)
	b := &budgetPlan{LastDay: last, YearFrom: time.Date(last.Year(), 1, 1, 0, 0, 0, 0, time.UTC)}
	var err error
	if b.Spent, err = indicators.CoverageOf(ctx, db, []string{"budget_expenditures"}, indicators.Flow, b.YearFrom, p.To); err != nil {
		return nil, err
	}
	rows, err := db.QueryContext(ctx, planSQL, p.From.Format(time.DateOnly), p.To.Format(time.DateOnly))
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	for rows.Next() {
		var r planRow
		if err := rows.Scan(&r.Name, &r.KPKVK, &r.Plan, &r.Approved, &r.Period, &r.YTD, &r.Pct, &b.Elapsed, &r.Lags); err != nil {
			return nil, err
		}
		if !b.Spent.Known() { // spending not covered since January: execution unknown
			r.Pct, r.Lags = sql.NullFloat64{}, false
		}
		if r.Lags {
			b.Lagging++
		}
		b.Rows = append(b.Rows, r)
	}
	return b, rows.Err()
}

var planHTML = web.Template("budget-plan", `<section class="panel" id="plan"><h2>План і касове виконання за програмами</h2>
<p>План — бюджетні призначення за паспортом бюджетної програми в редакції, чинній на {{date (iso .LastDay)}}; виконання — касові
видатки з {{date (iso .YearFrom)}} до {{date (iso .LastDay)}} включно. Минуло {{num .Elapsed 1}} % року: програма відстає, якщо її
виконання менше більш ніж на 10 відсоткових пунктів (і план не менший за 10 тис. грн).
{{if .Lagging}}<b>Відстають: {{.Lagging}} {{programmes .Lagging}}.</b>{{else if .Spent.Known}}Програм, що відстають, немає.{{end}}</p>
{{if not .Spent.Known}}<p class="empty nodata">Касове виконання з початку року: немає даних — {{.Spent.Reason}}.</p>{{end}}
{{if .Rows}}<div class="table-wrap"><table><tr><th>Програма (КПКВК МБ)</th><th class="num">План, тис. грн</th>
<th class="num">Видатки за період, тис. грн</th><th class="num">З початку року, тис. грн</th><th class="num">Виконання, %</th><th>Стан</th></tr>
{{range .Rows}}<tr><td>{{.Name}}<br><small><code>{{.KPKVK}}</code>{{with .Approved}}{{if .Valid}}, паспорт від {{date (iso .Time)}}{{end}}{{end}}</small>{{if .Pct.Valid}}<span class="narrow-only"> · виконано {{num .Pct.Float64 1}} %{{if .Lags}}, <b class="bad">відстає</b>{{end}}</span>{{end}}</td>
<td class="num">{{if .Plan.Valid}}{{num .Plan.Float64 1}}{{else}}немає даних{{end}}</td>
<td class="num">{{if $.Spent.Known}}{{num .Period 1}}{{else}}немає даних{{end}}</td>
<td class="num">{{if $.Spent.Known}}{{num .YTD 1}}{{else}}немає даних{{end}}</td>
<td class="num">{{if .Pct.Valid}}{{num .Pct.Float64 1}}{{else}}немає даних{{end}}</td>
<td class="{{if .Lags}}bad{{else if .Plan.Valid}}ok{{else}}muted{{end}}">{{if .Lags}}відстає{{else if not .Plan.Valid}}немає паспорта на цей день{{else if .Pct.Valid}}за графіком{{end}}</td></tr>
{{end}}</table></div>{{else}}<p class="empty nodata">За цей період немає ні паспортів бюджетних програм, ні видатків.</p>{{end}}
</section>`, template.FuncMap{"iso": func(t time.Time) string { return t.Format(time.DateOnly) },
	"programmes": func(n int) string {
		return hromadata.Plural(n, "програма", "програми", "програм")
	}})

// withPlan lets the budget page write {{plan .Plan}}.
var withPlan = template.FuncMap{"plan": func(b *budgetPlan) (template.HTML, error) { return web.Execute(planHTML, b) }}
