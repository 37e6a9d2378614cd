package sqlapi

import (
	"html/template"

	"github.com/gin-gonic/gin"

	"github.com/hromadata/hromadata/web"
)

// InstallConsole registers the browser console at /sql.
func (a *API) InstallConsole(r gin.IRoutes) {
	r.GET("/sql", func(c *gin.Context) {
		web.Render(c, web.Page{Title: "SQL для аналітиків", Here: "sql", Body: console})
	})
}

var console = template.HTML(`
<p class="lead">Один запит SELECT лише для читання до поточної збірки сховища; він виконується в окремому процесі з власними лімітами часу й пам’яті.
Потрібен токен: <code>hromadata token new --name ІМ’Я</code> (роль analyst). Кожен запит записується до журналу з ім’ям токена, роллю та метою.
Аналітику доступні вітрини й довідники: <code>mart_recipients_monthly</code>, <code>mart_families_monthly</code>,
<code>mart_payments_monthly</code>, <code>mart_expenditures_monthly</code>, <code>ref_benefits</code>, <code>ref_budget_lines</code>, <code>ref_offices</code>;
знеособлені записи про осіб (<code>core_…</code>, <code>stg_…</code>) — лише ролі steward із зазначеною метою.
Відповідь обмежена за кількістю рядків і розміром; більше вивантаження — «завантажити CSV».</p>
<form id="q" class="panel">
<p><label>Токен <input id="token" type="password" size="50" autocomplete="off"></label></p>
<p><textarea id="query" rows="8" style="width:100%;font-family:monospace">SELECT office_code, benefit_code, families
FROM mart_recipients_monthly
WHERE as_of = DATE '2024-01-01'
ORDER BY families DESC
LIMIT 20</textarea></p>
<p><button type="submit">Виконати</button> <a id="csv" href="#">завантажити CSV</a></p>
</form>
<div id="out" class="panel" style="overflow:auto;margin-top:12px"></div>
<script>
(function () {
  var $ = function (id) { return document.getElementById(id); };
  function run(format) {
    return fetch('/api/sql' + (format ? '?format=' + format : ''), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Authorization': 'Bearer ' + $('token').value },
      body: JSON.stringify({ query: $('query').value })
    });
  }
  $('q').addEventListener('submit', function (e) {
    e.preventDefault();
    $('out').textContent = 'Виконується…';
    run().then(function (r) { return r.json(); }).then(function (d) {
      var out = $('out');
      out.textContent = '';
      if (d.error) { out.textContent = d.error; return; }
      var t = document.createElement('table'), tr = t.insertRow();
      d.columns.forEach(function (c) { var th = document.createElement('th'); th.textContent = c.name; tr.appendChild(th); });
      d.rows.forEach(function (row) {
        var r = t.insertRow();
        row.forEach(function (v) { r.insertCell().textContent = v === null ? '' : (typeof v === 'number' ? v.toLocaleString('uk-UA') : v); });
      });
      var p = document.createElement('p');
      p.textContent = d.row_count + ' рядків за ' + d.elapsed_ms + ' мс' + (d.truncated ? ' — ' + d.notice : '');
      out.appendChild(p); out.appendChild(t);
    });
  });
  $('csv').addEventListener('click', function (e) {
    e.preventDefault();
    run('csv').then(function (r) { return r.ok ? r.blob() : r.json().then(function (d) { throw new Error(d.error); }); })
      .then(function (b) { var a = document.createElement('a'); a.href = URL.createObjectURL(b); a.download = 'query.csv'; a.click(); })
      .catch(function (err) { $('out').textContent = err.message; });
  });
})();
</script>`)
