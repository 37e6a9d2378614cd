// Every chart on our pages is created through echarts.init; wrapping it once gives
// all of them the Ukrainian locale and Ukrainian number formatting (1 234,5) in
// tooltips and value axes, whatever options the server rendered.
(function () {
  var fmt = function (v) {
    return typeof v === 'number' ? v.toLocaleString('uk-UA', { maximumFractionDigits: 1 }) : v;
  };
  var init = echarts.init;
  echarts.init = function (dom, theme, opts) {
    var chart = init.call(echarts, dom, theme, Object.assign({ locale: 'UK' }, opts || {}));
    var setOption = chart.setOption.bind(chart);
    chart.setOption = function (option) {
      var rest = Array.prototype.slice.call(arguments, 1);
      option.tooltip = Object.assign({ valueFormatter: fmt }, option.tooltip || {});
      [].concat(option.xAxis || [], option.yAxis || []).forEach(function (axis) {
        if (axis && axis.type !== 'category') {
          axis.axisLabel = Object.assign({ formatter: fmt }, axis.axisLabel || {});
        }
      });
      return setOption.apply(null, [option].concat(rest));
    };
    window.addEventListener('resize', function () { chart.resize(); });
    return chart;
  };
})();
