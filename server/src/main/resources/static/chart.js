/*
 * The chart of a test's iterations (ECharts). A chart is a <div class="chart" data-chart-scores="[…]"
 * data-chart-unit="ms" data-chart-lib="/webjars/echarts/…/echarts.min.js">; ECharts (about 1 MB) is loaded only
 * when the first chart is shown. When a chart has been drawn its div gets data-chart-rendered="true".
 */
(function () {
  'use strict';
  let loading = null;

  function library(src) {
    if (window.echarts) {
      return Promise.resolve(window.echarts);
    }
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        const script = document.createElement('script');
        script.src = src;
        script.onload = function () { resolve(window.echarts); };
        script.onerror = function () { reject(new Error('could not load ' + src)); };
        document.head.appendChild(script);
      });
    }
    return loading;
  }

  function draw(echarts, el) {
    const scores = JSON.parse(el.dataset.chartScores);
    const unit = el.dataset.chartUnit || '';
    const chart = echarts.init(el, null, {renderer: 'canvas'});
    chart.on('finished', function () {
      el.dataset.chartRendered = 'true';
    });
    chart.setOption({
      animation: false,
      grid: {left: 64, right: 24, top: 28, bottom: 36},
      // richText: the tooltip is drawn, not HTML, so the uploaded unit can never become markup
      tooltip: {trigger: 'axis', renderMode: 'richText', valueFormatter: function (v) { return v + (unit ? ' ' + unit : ''); }},
      xAxis: {type: 'category', name: 'iteration', nameLocation: 'middle', nameGap: 24,
        data: scores.map(function (_, i) { return i + 1; })},
      yAxis: {type: 'value', name: unit, scale: true},
      series: [{
        type: 'line', data: scores, symbolSize: 6, color: '#3b5b92',
        markLine: {symbol: 'none', silent: true, label: {formatter: 'mean'}, lineStyle: {color: '#6e7781'},
          data: [{type: 'average', name: 'mean'}]}
      }]
    });
    window.addEventListener('resize', function () { chart.resize(); });
  }

  function drawAll(root) {
    root.querySelectorAll('.chart[data-chart-scores]').forEach(function (el) {
      if (el.dataset.chartStarted) {
        return;
      }
      el.dataset.chartStarted = 'true';
      library(el.dataset.chartLib).then(function (echarts) {
        draw(echarts, el);
      }).catch(function (error) {
        el.textContent = 'The chart could not be drawn: ' + error.message;
      });
    });
  }

  document.addEventListener('DOMContentLoaded', function () { drawAll(document); });
  document.addEventListener('perftracker:expanded', function (event) { drawAll(event.detail.container); });
})();
