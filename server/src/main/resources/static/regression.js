/*
 * The regression pages: the charts of series (a small one per series on a regression's page, a large one that zooms
 * on a series' page), the parts of a regression's page loaded as they come near the window, the trend-class filter,
 * and the include/exclude buttons of a regression's jobs.
 *
 * A chart is a <div data-series-chart="{…}"> whose JSON the server wrote (SeriesChartView): per point its build,
 * end time, mean, spread and level; the change points with their alert's state. It is drawn with ECharts (animation
 * off) when it scrolls into view and let go when it is far away; a drawn chart's element gets
 * data-chart-rendered="true". Text is drawn on the canvas (tooltips in richText), never inserted as HTML; parts come
 * as HTML the server escaped, parsed inertly with DOMParser.
 */
(function () {
  'use strict';
  const BAD = '#b42318';
  const GOOD = '#1a7f37';
  const GREY = '#6e7781';
  const LINE = '#1f5fae';
  const BAND = 'rgba(31, 95, 174, 0.15)';
  const MAX_PARTS_AT_ONCE = 4;
  const live = new Map();
  const queue = [];
  let fetching = false;
  let loading = null;
  const when = new Intl.DateTimeFormat(undefined, {
    year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
  });

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

  function number(v) {
    if (!isFinite(v)) {
      return String(v);
    }
    const abs = Math.abs(v);
    return abs !== 0 && (abs < 1e-3 || abs >= 1e15) ? v.toExponential(2)
      : Number(v.toPrecision(3)).toLocaleString('en-US', {maximumFractionDigits: 6});
  }

  // ---- charts ------------------------------------------------------------------------------------------------

  function changeColor(change) {
    if (!change.settled) {
      return GREY;
    }
    return change.direction === 'regression' ? BAD : GOOD;
  }

  function tooltip(c) {
    const unit = c.unit ? ' ' + c.unit : '';
    return function (params) {
      const i = (Array.isArray(params) ? params[0] : params).dataIndex;
      const lines = [c.builds[i] + ' · ' + when.format(new Date(c.ends[i] * 1000)),
        'mean ' + number(c.mean[i]) + unit + (c.n[i] > 1 ? ' ± ' + number(c.spread[i]) + ' (sd of ' + c.n[i]
          + ' scores)' : ' (1 score: no spread)')];
      if (c.level.length) {
        lines.push('level found ' + number(c.level[i]) + unit);
      }
      c.changes.filter(function (ch) { return ch.at === i; }).forEach(function (ch) {
        lines.push('change ' + ch.label + ': ' + number(ch.before) + ' → ' + number(ch.after) + unit);
      });
      lines.push('build ' + (c.first + i + 1) + ' of ' + c.total);
      return lines.join('\n');
    };
  }

  function option(c, large) {
    const lower = c.mean.map(function (m, i) { return m - c.spread[i]; });
    const width = c.spread.map(function (s) { return 2 * s; });
    const markers = c.changes.map(function (ch) {
      const color = changeColor(ch);
      return {xAxis: ch.at, name: ch.label, lineStyle: {color: color, width: 1.5, type: ch.settled ? 'solid' : 'dashed'},
        label: {formatter: ch.label, color: color, position: 'end', fontSize: large ? 12 : 10}};
    });
    const series = [
      // the spread: a band from mean − sd to mean + sd (two stacked lines, the second filled)
      {type: 'line', name: 'spread', stack: 'spread', data: lower, symbol: 'none', silent: true, z: 1,
        lineStyle: {opacity: 0}, color: BAND},
      {type: 'line', name: 'spread', stack: 'spread', data: width, symbol: 'none', silent: true, z: 1,
        lineStyle: {opacity: 0}, areaStyle: {color: BAND}, color: BAND},
      {type: 'line', name: 'mean', data: c.mean, color: LINE, symbolSize: large ? 5 : 3, showSymbol: large, z: 3,
        lineStyle: {width: large ? 1.6 : 1.2}}
    ];
    if (c.level.length) {
      series.push({type: 'line', name: 'level', data: c.level, step: 'end', symbol: 'none', silent: true, z: 2,
        color: GREY, lineStyle: {type: 'dashed', width: 1.4}});
    }
    if (markers.length) {
      // a series of its own, so that the legend shows and hides the change points
      series.push({type: 'line', name: 'changes', data: c.mean.map(function () { return '-'; }), symbol: 'none',
        color: BAD, z: 4, markLine: {symbol: 'none', silent: true, animation: false, data: markers}});
    }
    const names = series.map(function (s) { return s.name; }).filter(function (n, i, all) {
      return all.indexOf(n) === i;
    });
    return {
      animation: false,
      grid: large ? {left: 72, right: 28, top: 48, bottom: 84} : {left: 52, right: 14, top: 34, bottom: 26},
      legend: {data: names, top: 0, right: large ? 120 : 0, itemWidth: large ? 18 : 10, itemHeight: large ? 9 : 6,
        itemGap: large ? 10 : 6, textStyle: {fontSize: large ? 12 : 10}},
      // richText: the tooltip is drawn, not HTML, so uploaded builds and units never become markup
      tooltip: {trigger: 'axis', renderMode: 'richText', confine: true, formatter: tooltip(c)},
      toolbox: large ? {right: 8, top: 0, feature: {dataZoom: {yAxisIndex: 'none', title: {zoom: 'Zoom', back: 'Undo zoom'}},
        restore: {title: 'Reset'}, saveAsImage: {title: 'Save as image'}}} : undefined,
      dataZoom: large
        ? [{type: 'inside', xAxisIndex: 0, filterMode: 'none'}, {type: 'slider', xAxisIndex: 0, filterMode: 'none', bottom: 8}]
        : [{type: 'inside', xAxisIndex: 0, filterMode: 'none', zoomOnMouseWheel: 'shift', moveOnMouseWheel: false,
          moveOnMouseMove: false}],
      xAxis: {type: 'category', data: c.builds, boundaryGap: false, name: large ? 'build' : '',
        nameLocation: 'middle', nameGap: 28, axisLabel: {hideOverlap: true, fontSize: large ? 12 : 10}},
      yAxis: {type: 'value', scale: true, name: large ? c.unit + (c.lessBetter ? ' (lower is better)'
        : ' (higher is better)') : '', nameTextStyle: {align: 'left'}, splitNumber: large ? 5 : 3,
        axisLabel: {formatter: number, fontSize: large ? 12 : 10}},
      series: series
    };
  }

  function draw(echarts, el) {
    const c = JSON.parse(el.dataset.seriesChart);
    const chart = echarts.init(el, null, {renderer: 'canvas'});
    chart.on('finished', function () {
      el.dataset.chartRendered = 'true';
    });
    chart.setOption(option(c, el.dataset.chartSize === 'large'));
    return chart;
  }

  function echartsSource(el) {
    const holder = el.closest('[data-echarts]');
    return holder ? holder.dataset.echarts : '';
  }

  const charts = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      const el = entry.target;
      if (entry.isIntersecting && !live.has(el)) {
        live.set(el, null);
        library(echartsSource(el)).then(function (echarts) {
          if (live.has(el)) {
            live.set(el, draw(echarts, el));
          }
        }).catch(function (error) {
          el.textContent = 'The chart could not be drawn: ' + error.message;
        });
      } else if (!entry.isIntersecting && live.has(el)) {
        // far out of view: let the canvas go; the card keeps its height, so nothing moves
        const chart = live.get(el);
        live.delete(el);
        if (chart) {
          chart.dispose();
        }
        delete el.dataset.chartRendered;
      }
    });
  }, {rootMargin: '600px 0px'});

  function enhance(root) {
    root.querySelectorAll('[data-series-chart]').forEach(function (el) { charts.observe(el); });
  }

  window.addEventListener('resize', function () {
    live.forEach(function (chart) {
      if (chart) {
        chart.resize();
      }
    });
  });

  // ---- parts of a regression's page --------------------------------------------------------------------------

  function load(part) {
    if (part.dataset.loaded || part.dataset.queued) {
      return;
    }
    part.dataset.queued = 'true';
    queue.push(part);
    pump();
  }

  /** One request at a time: the parts that come due meanwhile go together in the next one. */
  function pump() {
    if (fetching || queue.length === 0) {
      return;
    }
    fetching = true;
    fetchParts(queue.splice(0, MAX_PARTS_AT_ONCE)).finally(function () {
      fetching = false;
      pump();
    });
  }

  function fetchParts(batch) {
    return window.PerfTracker.fetchParts(batch, {
      failure: 'These series could not be loaded',
      enhance: enhance,
      retry: function (part) { load(part); }
    });
  }

  const parts = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (entry.isIntersecting) {
        parts.unobserve(entry.target);
        load(entry.target);
      }
    });
  }, {rootMargin: '1500px 0px'});

  // ---- the trend-class filter: a change shows the classes ticked, with a short URL --------------------------

  function filterUrl(form) {
    const classes = Array.from(form.querySelectorAll('input[name=class][type=checkbox]:checked'))
      .map(function (box) { return box.value; });
    const params = ['class=' + classes.join(',')];
    const q = form.querySelector('input[name=q]');
    if (q && q.value.trim()) {
      params.push('q=' + encodeURIComponent(q.value.trim()));
    }
    const group = form.querySelector('input[name=group]');
    if (group) {
      params.push('group=' + encodeURIComponent(group.value));
    }
    return form.getAttribute('action') + '?' + params.join('&');
  }

  document.addEventListener('change', function (event) {
    const box = event.target.closest('form[data-reg-filter] input[type=checkbox]');
    if (box) {
      window.location.assign(filterUrl(box.form));
    }
  });

  // ---- include or exclude a job, in place ---------------------------------------------------------------------

  async function toggleLink(form, button) {
    const include = button.getAttribute('aria-pressed') !== 'true';
    button.disabled = true;
    try {
      await window.PerfTracker.send('PATCH', button.dataset.jobApi, {link: include});
      button.setAttribute('aria-pressed', String(include));
      button.textContent = include ? '✓ included' : '✗ excluded';
      button.title = include ? 'In the series; press to exclude it' : 'Left out of the series; press to include it';
      form.querySelector('input[name=link]').value = include ? 'false' : 'true';
      button.closest('tr').classList.toggle('excluded', !include);
    } catch (error) {
      const note = document.createElement('span');
      note.className = 'bad';
      note.textContent = ' ' + error.message;
      form.appendChild(note);
    } finally {
      button.disabled = false;
    }
  }

  document.addEventListener('submit', function (event) {
    const form = event.target;
    if (form.matches && form.matches('form[data-reg-filter]')) {
      event.preventDefault();
      window.location.assign(filterUrl(form));
      return;
    }
    const button = form.querySelector ? form.querySelector('button.link-toggle[data-job-api]') : null;
    if (button && window.PerfTracker && window.PerfTracker.send) {
      event.preventDefault();
      toggleLink(form, button);
    }
  });

  document.addEventListener('perftracker:expanded', function (event) {
    enhance(event.detail.container);
  });

  document.querySelectorAll('.reg-part[data-part-href]').forEach(function (part) { parts.observe(part); });
  enhance(document);
})();
