package dashboards

import (
	"database/sql"
	"html/template"
	"strconv"

	"github.com/gin-gonic/gin"

	"github.com/hromadata/hromadata"
	"github.com/hromadata/hromadata/indicators"
	"github.com/hromadata/hromadata/reconcile"
	"github.com/hromadata/hromadata/web"
)

var reconcileBody = web.Template("reconcile", `{{selector .View}}
{{if .View.Office.Code}}<p class="empty nodata">Звіт департаменту подає показники в цілому по місту, тож звірка — лише по місту, без розподілу за управліннями.</p>{{end}}
<p class="lead">{{if .R.Published}}Звірка за {{.R.Period.Label}}: з {{len .R.Figures}} показників звіту сховище обчислює
{{.Computed}} — збігаються <b>{{.Matches}}</b>, розбіжностей <b>{{.Mismatches}}</b>, немає даних <b>{{.NoData}}</b>.
{{else}}Звіт за {{.R.Period.Label}} не опубліковано: порівнювати нічого; нижче — обчислені значення.{{end}}
{{if not .All}}<a href="{{.View.Link "/reconcile" "all" "1"}}">Показати всі показники звіту</a>{{end}}</p>
<section class="panel"><h2>Арифметичні співвідношення звіту</h2><div class="table-wrap">
<table><tr><th>Співвідношення</th><th>У звіті</th><th>За записами</th><th>Пояснення</th></tr>
{{range .R.Relations}}<tr><td><code>{{.LHS}}</code> = сума складових ({{len .Terms}})</td>
<td class="{{cls .Published.Status}}">{{.Published.Status}}{{$d := .Decimals}}{{with .Published.LHS}}: {{num (deref .) $d}}{{end}}{{with .Published.Sum}} проти {{num (deref .) $d}}{{end}}</td>
<td class="{{cls .Computed.Status}}">{{.Computed.Status}}{{with .Computed.LHS}}: {{num (deref .) $d}}{{end}}{{with .Computed.Sum}} проти {{num (deref .) $d}}{{end}}</td>
<td>{{.Note}}</td></tr>{{end}}
</table></div></section>
{{with .R.Programmes}}<section class="panel"><h2>Виплати за міськими програмами проти видатків бухгалтерії, тис. грн</h2><div class="table-wrap">
<table><tr><th>Рядок бюджету</th><th class="num">Виплати за списками</th><th class="num">Видатки за рядком</th><th>Стан</th></tr>
{{range .}}<tr><td>{{.Name}}<br><small><code>{{.Line}}</code></small></td><td class="num">{{num .Payments 1}}</td><td class="num">{{num .Accounting 1}}</td>
<td class="{{cls .Status}}">{{if eq .Status "виконується"}}виплати вміщуються у видатки{{else}}виплати перевищують видатки{{end}}</td></tr>{{end}}
</table></div></section>{{else}}{{with .R.ProgrammesCoverage.Reason}}<p>Виплати за міськими програмами: {{.}}</p>{{end}}{{end}}
<section class="panel"><h2>Показники</h2><div class="table-wrap">
<table><tr><th>Стан</th><th>Показник звіту</th><th class="num">Опубліковано</th><th class="num">Обчислено</th></tr>
{{range .R.Figures}}{{if or $.All .IndicatorID}}<tr><td class="{{cls .Status}}">{{.Status}}</td><td>{{.Label}}<br><small><code>{{.ID}}</code></small>{{with .Note}}<br><small>{{.}}</small>{{end}}</td>
<td class="num">{{uk .Value .Decimals}}</td><td class="num">{{if .Computed}}{{num (deref .Computed) .Decimals}}{{end}}</td></tr>{{end}}{{end}}
</table></div></section>`, withView, template.FuncMap{"cls": statusClass, "deref": func(p *float64) float64 { return *p }, "uk": publishedUK})

// reconcile shows published against computed figures, and the report's relations.
func (d *Dashboards) reconcile(c *gin.Context, build func() (*sql.DB, error)) error {
	db, err := build()
	if err != nil {
		return err
	}
	view, err := readCatalogueView(c, db)
	if err != nil {
		return err
	}
	rep, err := reconcile.Run(c.Request.Context(), db, view.Period)
	if err != nil {
		return err
	}
	body, err := web.Execute(reconcileBody, map[string]any{
		"View": view, "R": rep, "All": c.Query("all") != "",
		"Matches": rep.Counts[reconcile.Match], "Mismatches": rep.Counts[reconcile.Mismatch], "NoData": rep.Counts[reconcile.NoData],
		"Computed": rep.Counts[reconcile.Match] + rep.Counts[reconcile.Mismatch],
	})
	if err != nil {
		return err
	}
	web.Render(c, view.Page(web.Page{Title: "Звірка з опублікованим звітом за " + Label(view.Period), Here: "reconcile", Body: body}))
	return nil
}

// readCatalogueView is ReadView for a page over the whole catalogue.
func readCatalogueView(c *gin.Context, db *sql.DB) (View, error) {
	cat, err := indicators.Catalogue()
	if err != nil {
		return View{}, err
	}
	return ReadView(c, db, indicators.SourcesOf(cat))
}

func statusClass(s reconcile.Status) string {
	switch s {
	case reconcile.Match, reconcile.Holds:
		return "ok"
	case reconcile.Mismatch, reconcile.Fails:
		return "bad"
	}
	return "muted"
}

// publishedUK shows a published figure in Ukrainian format when it is a number.
func publishedUK(s string, decimals int) string {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return s
	}
	if v != float64(int64(v)) && decimals == 0 {
		decimals = 1
	}
	return hromadata.FormatUK(v, decimals)
}
