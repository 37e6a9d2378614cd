// hromadata.js runs on every page: it fits the charts to the screen with Ukrainian
// number formatting, and drives the period/office selector and the "copy link" button.
(function () {
  // uk formats a number the Ukrainian way: 1 234,5.
  var uk = function (v, digits) {
    return v.toLocaleString('uk-UA', { maximumFractionDigits: digits === undefined ? 1 : digits });
  };
  var fmt = function (v) { return typeof v === 'number' ? uk(v) : v; };
  // compact writes an axis tick short: 12 тис., 1,2 млн.
  var compact = function (v) {
    if (typeof v !== 'number') return v;
    var a = Math.abs(v);
    if (a >= 1e9) return uk(v / 1e9) + ' млрд';
    if (a >= 1e6) return uk(v / 1e6) + ' млн';
    if (a >= 1e4) return uk(v / 1e3) + ' тис.';
    return uk(v);
  };
  // percent writes a share the Ukrainian way: 37,9 %.
  var percent = function (v) { return typeof v === 'number' ? uk(v, 1) + '\u00a0%' : v; };
  // labelRoom is the width a month's name along an axis needs, with a gap: «вер 2023».
  var labelRoom = 72;
  window.hromadata = { format: fmt, compact: compact, percent: percent };

  // plotWidth is the width of the chart's plot as last drawn (the axis names beside
  // it take their share), or a guess before it is drawn.
  var plotWidth = function (chart, width) {
    try {
      var grid = chart.getModel().getComponent('grid');
      var rect = grid && grid.coordinateSystem && grid.coordinateSystem.getRect();
      if (rect && rect.width > 0) return rect.width;
    } catch (err) { /* not drawn yet */ }
    return width - 90;
  };

  // fit sizes what depends on the chart's width: the room for category names beside
  // horizontal bars, and whether pie slices carry labels or leave them to the legend.
  var fit = function (chart, option) {
    var width = chart.getWidth();
    var out = {};
    var cat = function (axis) { return axis && (axis.type === 'category' || axis.data); };
    ['xAxis', 'yAxis'].forEach(function (key) {
      var axes = [].concat(option[key] || []);
      if (!axes.length) return;
      out[key] = axes.map(function (axis, i) {
        if (!cat(axis)) {
          // Figures along the bottom (beside horizontal bars): as many ticks as fit
          // «40 тис.» with a gap, in the room the bars' names leave.
          if (key === 'xAxis') return { splitNumber: Math.max(2, Math.floor(width * 0.55 / labelRoom)), axisLabel: { formatter: compact, hideOverlap: true } };
          return { axisLabel: { formatter: compact } };
        }
        if (key === 'yAxis') {
          // Names beside bars: a share of the width, wrapped onto up to three lines (cut
          // with "…" only past them), so that «Компенсація пільгов…» bars can be told
          // apart; the tooltip has them whole.
          return { axisLabel: { width: Math.round(Math.max(70, Math.min(320, width * 0.38))), overflow: 'break', lineHeight: 13, fontSize: 11,
            height: 39, lineOverflow: 'truncate', ellipsis: '…' }, triggerEvent: true };
        }
        // Months along the bottom: every k-th, so that each has room for «вер 2023» and
        // a gap (ECharts' own choice lets them run together); the first and last are
        // kept inside the chart.
        var n = (axis.data || []).length;
        var every = Math.max(1, Math.ceil(n * labelRoom / Math.max(1, plotWidth(chart, width))));
        return { axisLabel: { interval: every - 1, hideOverlap: true, alignMinLabel: 'left' } };
      });
    });
    // The legend sits below the chart in as many rows as its names need, each name
    // cut to a share of the width (hovering shows it whole); the plot gives it room.
    var legend = [].concat(option.legend || [])[0];
    if (legend && legend.show) {
      var names = [].concat(option.series || []).reduce(function (n, s) {
        return n + (s.type === 'pie' ? (s.data || []).length : 1);
      }, 0);
      var nameWidth = Math.round(Math.max(90, Math.min(260, width * 0.4)));
      var perRow = Math.max(1, Math.floor(width / (nameWidth + 45)));
      // One name a row (a phone): the whole row for it, so that names sharing their
      // first words («Державна соціальна допомога …») stay told apart.
      if (perRow === 1) nameWidth = Math.max(90, width - 50);
      var rows = Math.ceil(names / perRow);
      out.legend = { type: 'plain', top: 'auto', bottom: 0, left: 0, right: 0,
        textStyle: { width: nameWidth, overflow: 'truncate', ellipsis: '…' }, tooltip: { show: true } };
      out.grid = { top: 30, bottom: rows * 24 + 4 };
    }
    // Room at the right for half of the last figure along the bottom, «60 тис.»,
    // which ECharts centres on the plot's edge.
    if (option.xAxis) out.grid = Object.assign(out.grid || {}, { right: 32 });
    var pies = [].concat(option.series || []).filter(function (s) { return s.type === 'pie'; });
    if (pies.length) {
      var narrow = width < 560;
      out.series = [].concat(option.series).map(function (s) {
        if (s.type !== 'pie') return {};
        return {
          radius: ['0', narrow ? '50%' : '55%'],
          center: ['50%', '45%'],
          // The share inside its slice («37,9 %»); the names are in the legend and,
          // with the figure, in the tooltip: names beside a pie pile up and are cut.
          label: { show: true, position: 'inside', color: '#fff', fontWeight: 'bold', formatter: function (p) { return percent(p.percent); } },
          labelLine: { show: false },
          labelLayout: { hideOverlap: true },
          tooltip: { formatter: function (p) {
            return p.marker + echarts.format.encodeHTML(p.name) + ': <b>' + fmt(p.value) + '</b> (' + percent(p.percent) + ')';
          } },
        };
      });
    }
    return out;
  };

  if (window.echarts) {
    var init = echarts.init;
    echarts.init = function (dom, theme, opts) {
      var chart = init.call(echarts, dom, theme, Object.assign({ locale: 'UK' }, opts || {}));
      var setOption = chart.setOption.bind(chart);
      var last = null;
      chart.setOption = function (option) {
        var rest = Array.prototype.slice.call(arguments, 1);
        option.tooltip = Object.assign({ valueFormatter: fmt, confine: true }, option.tooltip || {});
        [].concat(option.xAxis || [], option.yAxis || []).forEach(function (axis) {
          if (axis && axis.type !== 'category' && !axis.data) {
            axis.axisLabel = Object.assign({ formatter: compact }, axis.axisLabel || {});
          }
        });
        last = option;
        // One drawing of the option already fitted: drawn first as given, the labels
        // the fit moves or hides were left behind as ghosts of their animation.
        var r = setOption.apply(null, [option, Object.assign({ lazyUpdate: true }, rest[0] || {})]);
        setOption(fit(chart, option));
        return r;
      };
      window.addEventListener('resize', function () {
        chart.resize();
        if (last) setOption(fit(chart, last));
      });
      return chart;
    };
  }

  // The selector goes to its choice at once, leaving empty choices out of the URL; a
  // new period drops the comparison, which belonged to the old one.
  document.addEventListener('change', function (e) {
    var form = e.target.form;
    if (!form || !form.classList.contains('selector')) return;
    var q = new URLSearchParams();
    Array.prototype.forEach.call(form.elements, function (el) {
      if (!el.name || !el.value) return;
      if (el.name === 'compare' && e.target.name === 'period') return;
      q.set(el.name, el.value);
    });
    var s = q.toString();
    location.href = location.pathname + (s ? '?' + s : '');
  });

  // "Print" opens the browser's print dialog, which also saves a PDF (A4, print styles).
  document.addEventListener('click', function (e) {
    if (e.target.closest && e.target.closest('[data-print]')) window.print();
  });

  // "Copy link" puts the address of this very view on the clipboard.
  document.addEventListener('click', function (e) {
    var button = e.target.closest && e.target.closest('[data-copy-link]');
    if (!button) return;
    var url = location.href;
    var status = button.parentNode.querySelector('.copy-status');
    var done = function () {
      button.setAttribute('data-copied', url);
      if (status) status.textContent = 'Посилання скопійовано';
    };
    var fallback = function () {
      var t = document.createElement('textarea');
      t.value = url;
      document.body.appendChild(t);
      t.select();
      try { document.execCommand('copy'); } catch (err) { /* the status still shows the link */ }
      document.body.removeChild(t);
      done();
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(url).then(done, fallback);
    } else {
      fallback();
    }
  });
})();
