// The analysts' SQL console (/sql): runs queries through POST /api/sql, browses the
// schema, shares a query as a link, saves queries and shows the token's history.
// The formatting rules are in formatCell, which web/editor/format.test.js checks.
(function (root) {
  'use strict';

  var numericType = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL\(\d+,\s*\d+\))$/;
  // Years, codes, identifiers and date parts are labels, not quantities: 2023, not «2 023».
  var labelName = /(^|_)(year|years|month|quarter|week|day|code|codes|id|no|number|kpkvk|kekv|lgcode|protocol)$|^(year|month|quarter|date_part|extract|datepart)\b|(^|_)(рік|код)$/i;

  // formatCell turns one JSON value of a column into its text and alignment: numbers
  // right-aligned; quantities grouped by thousands the Ukrainian way; years, codes and
  // identifiers not grouped; a DECIMAL with exactly its scale's digits; a double with
  // all the digits it has.
  function formatCell(v, col) {
    if (v === null || v === undefined) return { text: '', right: false };
    var type = (col && col.type || '').toUpperCase();
    var name = col && col.name || '';
    if (typeof v !== 'number' || !numericType.test(type)) {
      // JSON cannot carry infinities and NaN (1/0, 0/0): /api/sql sends them as text.
      var special = numericType.test(type) && /^([+-]Inf|NaN)$/.test(v);
      return { text: typeof v === 'object' ? JSON.stringify(v) : String(v), right: typeof v === 'number' || special };
    }
    var group = !labelName.test(name);
    var dec = /^DECIMAL\(\d+,\s*(\d+)\)$/.exec(type);
    var text;
    if (dec) {
      text = v.toFixed(Number(dec[1]));
    } else if (Number.isInteger(v) || !/FLOAT|DOUBLE/.test(type)) {
      text = String(v);
    } else {
      text = String(v);
      if (/e/i.test(text)) return { text: text, right: true };
    }
    if (!group) return { text: text.replace('.', ','), right: true };
    var neg = text.charAt(0) === '-';
    if (neg) text = text.slice(1);
    var parts = text.split('.');
    var whole = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
    return { text: (neg ? '−' : '') + whole + (parts.length > 1 ? ',' + parts[1] : ''), right: true };
  }

  if (typeof module !== 'undefined' && module.exports) {
    module.exports = { formatCell: formatCell };
    return;
  }

  var doc = root.document;
  var $ = function (id) { return doc.getElementById(id); };
  var editor = null;

  function query() { return editor ? editor.value() : $('query').value; }
  function setQuery(q) { if (editor) editor.setValue(q); else $('query').value = q; }
  function token() { return $('token').value.trim(); }
  function status(text) { $('status').textContent = text; }

  function api(method, path, body) {
    var opts = { method: method, headers: { 'Authorization': 'Bearer ' + token() } };
    if (body !== undefined) {
      opts.headers['Content-Type'] = 'application/json';
      opts.body = JSON.stringify(body);
    }
    return fetch(path, opts);
  }
  function json(r) {
    return r.json().then(function (d) {
      if (!r.ok) throw new Error(d.error + (d.detail ? ' — ' + d.detail : ''));
      return d;
    });
  }

  function table(d) {
    var t = doc.createElement('table'), tr = t.createTHead().insertRow();
    d.columns.forEach(function (c) {
      var th = doc.createElement('th');
      th.textContent = c.name;
      th.title = c.type;
      if (numericType.test(c.type)) th.style.textAlign = 'right';
      tr.appendChild(th);
    });
    var body = t.createTBody();
    d.rows.forEach(function (row) {
      var r = body.insertRow();
      row.forEach(function (v, i) {
        var f = formatCell(v, d.columns[i]), td = r.insertCell();
        td.textContent = f.text;
        if (f.right) { td.style.textAlign = 'right'; td.style.fontVariantNumeric = 'tabular-nums'; }
      });
    });
    return t;
  }

  function run() {
    var out = $('out');
    out.textContent = 'Виконується…';
    api('POST', '/api/sql', { query: query() }).then(json).then(function (d) {
      out.textContent = '';
      var p = doc.createElement('p');
      p.textContent = 'Рядків: ' + d.row_count + ', ' + d.elapsed_ms + ' мс';
      out.appendChild(p);
      if (d.truncated) {
        var n = doc.createElement('p');
        n.className = 'notice';
        n.textContent = 'Показано не все (обрізано): ' + d.notice + '. Усі рядки — «Завантажити все» (CSV, XLSX, Parquet).';
        out.appendChild(n);
      }
      out.appendChild(table(d));
      loadHistory();
    }).catch(function (e) { out.textContent = e.message; });
  }

  function download(format) {
    status('Готується вивантаження ' + format.toUpperCase() + '…');
    api('POST', '/api/sql?format=' + format, { query: query() }).then(function (r) {
      if (!r.ok) return json(r);
      return r.blob().then(function (b) {
        var a = doc.createElement('a');
        a.href = URL.createObjectURL(b);
        a.download = 'query.' + format;
        a.click();
        status('Завантажено query.' + format);
      });
    }).catch(function (e) { status(e.message); });
  }

  function share() {
    var url = root.location.origin + '/sql?q=' + encodeURIComponent(query());
    root.history.replaceState(null, '', url);
    if (root.navigator.clipboard) root.navigator.clipboard.writeText(url).catch(function () {});
    status('Посилання на запит (скопійовано): ' + url);
  }

  function schema() {
    if (!token()) return;
    api('GET', '/api/sql/schema').then(json).then(function (d) {
      var box = $('schema');
      box.textContent = '';
      var h = doc.createElement('h3');
      h.textContent = 'Таблиці (роль ' + d.role + ')';
      box.appendChild(h);
      d.relations.forEach(function (rel) {
        var det = doc.createElement('details'), sum = doc.createElement('summary');
        sum.textContent = rel.name;
        det.appendChild(sum);
        if (rel.description) { var p = doc.createElement('p'); p.textContent = rel.description; det.appendChild(p); }
        var ul = doc.createElement('ul');
        rel.columns.forEach(function (c) {
          var li = doc.createElement('li'), code = doc.createElement('code');
          code.textContent = c.name;
          li.appendChild(code);
          li.appendChild(doc.createTextNode(' ' + c.type + (c.description ? ' — ' + c.description : '')));
          ul.appendChild(li);
        });
        det.appendChild(ul);
        box.appendChild(det);
      });
      if (editor && editor.setSchema) editor.setSchema(d.relations);
    }).catch(function (e) { $('schema').textContent = e.message; });
  }

  function list(box, items, label) {
    box.textContent = '';
    if (!items.length) { box.textContent = 'Немає.'; return; }
    var ul = doc.createElement('ul');
    items.forEach(function (it) {
      var li = doc.createElement('li'), a = doc.createElement('a');
      a.href = '/sql?q=' + encodeURIComponent(it.query);
      a.textContent = label(it);
      a.addEventListener('click', function (e) { e.preventDefault(); setQuery(it.query); });
      li.appendChild(a);
      ul.appendChild(li);
    });
    box.appendChild(ul);
  }
  function loadSaved() {
    api('GET', '/api/sql/saved').then(json).then(function (d) {
      list($('saved'), d.saved, function (q) { return q.name + ' (' + q.owner + ')' + (q.description ? ' — ' + q.description : ''); });
    }).catch(function (e) { $('saved').textContent = e.message; });
  }
  function loadHistory() {
    api('GET', '/api/sql/history').then(json).then(function (d) {
      list($('history'), d.history, function (h) { return h.at.slice(0, 16).replace('T', ' ') + ' — ' + h.query.slice(0, 120); });
    }).catch(function (e) { $('history').textContent = e.message; });
  }
  function save() {
    api('POST', '/api/sql/saved', { name: $('save-name').value, description: $('save-desc').value, query: query() })
      .then(json).then(function () { status('Запит збережено'); loadSaved(); })
      .catch(function (e) { status(e.message); });
  }

  function refresh() {
    root.sessionStorage.setItem('hromadata-token', token());
    schema(); loadSaved(); loadHistory();
  }

  $('token').value = root.sessionStorage.getItem('hromadata-token') || '';
  if (root.SQLEditor) {
    editor = root.SQLEditor.create($('editor'), $('query').value, run);
    $('query').style.display = 'none';
  }
  $('query').addEventListener('keydown', function (e) {
    if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') { e.preventDefault(); run(); }
  });
  $('q').addEventListener('submit', function (e) { e.preventDefault(); run(); });
  $('share').addEventListener('click', share);
  $('save').addEventListener('click', save);
  ['csv', 'xlsx', 'parquet'].forEach(function (f) {
    $('dl-' + f).addEventListener('click', function (e) { e.preventDefault(); download(f); });
  });
  $('token').addEventListener('change', refresh);
  if (token()) refresh();
})(typeof window !== 'undefined' ? window : this);
