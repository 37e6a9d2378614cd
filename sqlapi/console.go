package sqlapi

import (
	"html/template"

	"github.com/gin-gonic/gin"

	"github.com/hromadata/hromadata/web"
)

// defaultQuery is what the editor holds when the link carries no query.
const defaultQuery = `SELECT office_code, sum(persons) AS persons, sum(amount_uah) AS amount_uah
FROM mart_material_aid_monthly
WHERE month = DATE '2023-05-01' AND idp
GROUP BY office_code
ORDER BY office_code`

// InstallConsole registers the browser console at /sql; /sql?q=… opens it with
// that query, so a query can be shared as a link.
func (a *API) InstallConsole(r gin.IRoutes) {
	r.GET("/sql", func(c *gin.Context) {
		q, ok := c.GetQuery("q")
		if !ok {
			q = defaultQuery
		}
		body, err := web.Execute(console, q)
		if err != nil {
			web.Error(c, err)
			return
		}
		web.Render(c, web.Page{Title: "SQL для аналітиків", Here: "sql", Body: body})
	})
}

// console is the page; its script is an embedded asset (/assets/console.js), so the
// page's Content-Security-Policy needs no inline script.
var console = template.Must(template.New("console").Parse(`
<link rel="stylesheet" href="/assets/console.css">
<p class="lead">Один запит SELECT лише для читання до поточної збірки сховища; він виконується в окремому процесі з власними лімітами часу й пам’яті.
Потрібен токен: <code>hromadata token new --name ІМ’Я</code> (роль analyst). Кожен запит записується до журналу з ім’ям токена, роллю та метою.
Аналітику доступні вітрини (<code>mart_…</code>) і довідники (<code>ref_…</code>) — перелік зі стовпцями й поясненнями праворуч, після введення токена;
знеособлені записи про осіб (<code>core_…</code>, <code>stg_…</code>) — лише ролі steward із зазначеною метою.
Докладно — у посібнику аналітика <code>docs/analysts.md</code> (вітрини, приклади запитів, підключення з psql, Python, DBeaver, Excel і Power BI).</p>
<div class="console">
<form id="q" class="panel">
<p><label>Токен <input id="token" type="password" size="50" autocomplete="off"></label></p>
<p><textarea id="query" rows="10" spellcheck="false" style="width:100%;font-family:monospace">{{.}}</textarea></p>
<div id="editor"></div>
<p><button type="submit" title="Ctrl+Enter">Виконати</button>
<button type="button" id="share">Посилання на запит</button>
<span>Завантажити все: <a id="dl-csv" href="#" data-format="csv">CSV</a> · <a id="dl-xlsx" href="#" data-format="xlsx">XLSX</a> · <a id="dl-parquet" href="#" data-format="parquet">Parquet</a></span></p>
<p><label>Назва <input id="save-name" size="30"></label> <label>Опис <input id="save-desc" size="40"></label> <button type="button" id="save">Зберегти запит</button></p>
<p id="status" role="status"></p>
</form>
<aside class="panel" id="schema"><h3>Таблиці</h3><p>Введіть токен, щоб побачити доступні таблиці.</p></aside>
</div>
<div id="out" class="panel" style="overflow:auto;margin-top:12px"></div>
<details class="panel"><summary>Збережені запити</summary><div id="saved"></div></details>
<details class="panel"><summary>Історія моїх запитів</summary><div id="history"></div></details>
<script src="/assets/sql-editor.js"></script>
<script src="/assets/console.js"></script>
`))
