/*
 * The comparison page: loads its parts as they come near the window, draws each section's chart (ECharts) when it
 * scrolls into view and lets go of charts far away, opens a linked section (#s-<id>) even when its part has not
 * been loaded yet, shows or hides every table, and draws the iterations of an expanded row.
 *
 * A part is a <div class="cmp-part" data-part-href="…/part?n=3" data-sections="12 15 19"> that the server filled
 * with a placeholder as tall as the part will be; its HTML comes from the server (escaped there) and is parsed
 * inertly with DOMParser. Charts read their data from a data-chart attribute and draw text on a canvas, never as
 * HTML. A drawn chart's element gets data-chart-rendered="true".
 */
(function () {
  'use strict';
  // job colours: never red or green, which mean worse and better here
  const COLORS = ['#1f5fae', '#c77700', '#7b52ab', '#1b8a9a', '#5c6bc0', '#8d6e63', '#00838f', '#9e7a00', '#455a64',
    '#6a1b9a'];
  const BAD = '#b42318';
  // one request at a time per page: parts waiting meanwhile go together in the next one
  const MAX_LOADS = 1;
  const MAX_PARTS_AT_ONCE = 4;
  const body = document.querySelector('[data-comparison]');
  if (!body) {
    return;
  }
  const live = new Map();
  const queue = [];
  let loads = 0;
  let tablesOpen = null;
  let loading = null;

  function library() {
    if (window.echarts) {
      return Promise.resolve(window.echarts);
    }
    if (!loading) {
      loading = new Promise(function (resolve, reject) {
        const script = document.createElement('script');
        script.src = body.dataset.echarts;
        script.onload = function () { resolve(window.echarts); };
        script.onerror = function () { reject(new Error('could not load ' + script.src)); };
        document.head.appendChild(script);
      });
    }
    return loading;
  }

  // ---- parts -------------------------------------------------------------------------------------------------

  function load(part, first) {
    if (part.dataset.loaded || part.dataset.queued) {
      return;
    }
    part.dataset.queued = 'true';
    first ? queue.unshift(part) : queue.push(part);
    pump();
  }

  /** Fetches the waiting parts, several in one request (the server computes the comparison once for them). */
  function pump() {
    while (loads < MAX_LOADS && queue.length > 0) {
      const batch = queue.splice(0, MAX_PARTS_AT_ONCE);
      loads++;
      fetchParts(batch).finally(function () {
        loads--;
        pump();
      });
    }
  }

  function fetchParts(batch) {
    return window.PerfTracker.fetchParts(batch, {
      failure: 'This part could not be loaded',
      enhance: enhance,
      retry: function (part) { load(part, true); }
    });
  }

  const parts = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      if (entry.isIntersecting) {
        parts.unobserve(entry.target);
        load(entry.target, false);
      }
    });
  }, {rootMargin: '1500px 0px'});

  // ---- charts ------------------------------------------------------------------------------------------------

  const charts = new IntersectionObserver(function (entries) {
    entries.forEach(function (entry) {
      const el = entry.target;
      if (entry.isIntersecting && !live.has(el)) {
        live.set(el, null);
        library().then(function (echarts) {
          if (live.has(el)) {
            live.set(el, el.dataset.chart ? drawSection(echarts, el) : drawIterations(echarts, el));
          }
        }).catch(function (error) {
          el.textContent = 'The chart could not be drawn: ' + error.message;
        });
      } else if (!entry.isIntersecting && live.has(el)) {
        // far out of view: let the canvas go; the element keeps its height, so nothing moves
        const chart = live.get(el);
        live.delete(el);
        if (chart) {
          chart.dispose();
        }
        delete el.dataset.chartRendered;
      }
    });
  }, {rootMargin: '600px 0px'});

  function axisValue(c, category) {
    return c.axis === 'category' ? category : c.x[category];
  }

  function label(c, category) {
    return c.categories[category] + (c.xName ? ' ' + c.xName : '');
  }

  function number(v) {
    if (!isFinite(v)) {
      return String(v);
    }
    const abs = Math.abs(v);
    return abs !== 0 && (abs < 1e-3 || abs >= 1e15) ? v.toExponential(2)
      : Number(v.toPrecision(3)).toLocaleString('en-US', {maximumFractionDigits: 6});
  }

  /** Error bars (the 95% confidence interval of a mean) as a custom series: a vertical line with two caps. */
  function errorBars(c, s, visible) {
    const bar = c.kind === 'bar';
    return {
      type: 'custom', name: s.name, color: COLORS[s.job % COLORS.length], silent: true, z: 3,
      encode: {x: 0, y: [1, 2]},
      data: s.points.filter(function (p) { return p[2] > 0; }).map(function (p) {
        return [axisValue(c, p[0]), p[1] - p[2], p[1] + p[2]];
      }),
      renderItem: function (params, api) {
        const x = api.value(0);
        const top = api.coord([x, api.value(2)]);
        const bottom = api.coord([x, api.value(1)]);
        let dx = 0;
        if (bar) {
          const shown = visible().filter(function (name) { return name; });
          const n = Math.max(1, shown.length);
          const position = Math.max(0, shown.indexOf(s.name));
          const band = api.size([1, 0])[0] * 0.7;
          const width = band / (n + (n - 1) * 0.1);
          dx = -band / 2 + width / 2 + position * width * 1.1;
        }
        const style = {stroke: api.visual('color'), lineWidth: 1.2};
        const line = function (x1, y1, x2, y2) {
          return {type: 'line', shape: {x1: x1, y1: y1, x2: x2, y2: y2}, style: style};
        };
        const at = top[0] + dx;
        return {type: 'group', children: [line(at, top[1], at, bottom[1]), line(at - 4, top[1], at + 4, top[1]),
          line(at - 4, bottom[1], at + 4, bottom[1])]};
      }
    };
  }

  function drawSection(echarts, el) {
    const c = JSON.parse(el.dataset.chart);
    const line = c.kind === 'line';
    const series = [];
    const names = c.series.map(function (s) { return s.name; });
    const selected = {};
    const visible = function () {
      return names.map(function (name) { return selected[name] === false ? null : name; });
    };
    c.series.forEach(function (s) {
      const color = COLORS[s.job % COLORS.length];
      const point = function (p) {
        const value = line ? [axisValue(c, p[0]), p[1]] : p[1];
        if (!p[3]) {
          return {value: value, category: p[0]};
        }
        return {value: value, category: p[0], failed: true, symbol: 'diamond', symbolSize: 12,
          itemStyle: {color: BAD}, label: {show: true, position: 'top', formatter: 'failed', color: BAD}};
      };
      let data;
      if (line) {
        data = s.points.map(point);
      } else {
        data = c.categories.map(function () { return '-'; });
        s.points.forEach(function (p) { data[p[0]] = point(p); });
      }
      series.push({type: line ? 'line' : 'bar', name: s.name, color: color, data: data, symbolSize: 6,
        barGap: '10%', barCategoryGap: '30%', connectNulls: false});
      series.push(errorBars(c, s, visible));
      if (s.trend.length > 1) {
        series.push({type: 'line', name: s.name + ' (trend)', color: color, symbol: 'none', silent: true,
          lineStyle: {type: 'dashed', width: 1.5}, z: 1,
          data: s.trend.map(function (t) { return [axisValue(c, t[0]), t[1]]; })});
      }
    });
    const numeric = c.axis !== 'category';
    const xAxis = numeric
      ? {type: c.axis === 'log' ? 'log' : 'value', logBase: 2, name: c.xName, nameLocation: 'middle', nameGap: 26,
        min: 'dataMin', max: 'dataMax', axisLabel: {formatter: number}}
      : {type: 'category', data: c.categories, name: c.xName, nameLocation: 'middle', nameGap: 26,
        axisLabel: {rotate: c.categories.length > 10 ? 40 : 0}};
    const chart = echarts.init(el, null, {renderer: 'canvas'});
    chart.on('finished', function () {
      el.dataset.chartRendered = 'true';
    });
    chart.on('legendselectchanged', function (event) {
      Object.assign(selected, event.selected);
    });
    chart.setOption({
      animation: false,
      color: COLORS,
      grid: {left: 70, right: 190, top: 34, bottom: numeric || c.categories.length <= 10 ? 46 : 80},
      legend: {type: 'scroll', orient: 'vertical', right: 4, top: 28, bottom: 8, itemWidth: 14, itemHeight: 9,
        itemGap: 5, textStyle: {fontSize: 11}, data: names.concat(
        c.series.filter(function (s) { return s.trend.length > 1; }).map(function (s) { return s.name + ' (trend)'; }))},
      // richText: the tooltip is drawn, not HTML, so uploaded names and units can never become markup
      tooltip: {trigger: 'item', renderMode: 'richText', formatter: function (p) {
        if (p.seriesType !== 'line' && p.seriesType !== 'bar' || !p.data || p.data.category === undefined) {
          return p.seriesName;
        }
        const y = Array.isArray(p.data.value) ? p.data.value[1] : p.data.value;
        return p.seriesName + '\n' + label(c, p.data.category) + ': ' + number(y) + ' ' + c.yName
          + (p.data.failed ? ' (failed)' : '');
      }},
      toolbox: {right: 190, top: 0, feature: {dataZoom: {yAxisIndex: 'none', title: {zoom: 'Zoom', back: 'Undo zoom'}},
        restore: {title: 'Reset'}, saveAsImage: {title: 'Save as image'}}},
      dataZoom: [{type: 'inside', xAxisIndex: 0, filterMode: 'none'}],
      xAxis: xAxis,
      yAxis: {type: 'value', scale: line, name: c.yName + (c.lessBetter ? ' (lower is better)' : ' (higher is better)'),
        nameTextStyle: {align: 'left'}, axisLabel: {formatter: number}},
      series: series
    });
    return chart;
  }

  /** The iterations of one test in every job: one line per job over the iteration number. */
  function drawIterations(echarts, el) {
    const d = JSON.parse(el.dataset.iterations);
    const most = d.series.reduce(function (m, s) { return Math.max(m, s.scores.length); }, 0);
    const chart = echarts.init(el, null, {renderer: 'canvas'});
    chart.on('finished', function () {
      el.dataset.chartRendered = 'true';
    });
    chart.setOption({
      animation: false,
      grid: {left: 70, right: 150, top: 28, bottom: 40},
      legend: {type: 'scroll', orient: 'vertical', right: 4, top: 20},
      tooltip: {trigger: 'axis', renderMode: 'richText', valueFormatter: function (v) { return number(v) + ' ' + d.unit; }},
      xAxis: {type: 'category', name: 'iteration', nameLocation: 'middle', nameGap: 24,
        data: Array.from({length: most}, function (_, i) { return i + 1; })},
      yAxis: {type: 'value', scale: true, name: d.unit, axisLabel: {formatter: number}},
      series: d.series.map(function (s) {
        return {type: 'line', name: s.name, data: s.scores, symbolSize: 6, color: COLORS[s.job % COLORS.length]};
      })
    });
    return chart;
  }

  window.addEventListener('resize', function () {
    live.forEach(function (chart) {
      if (chart) {
        chart.resize();
      }
    });
  });

  // ---- tables, links, expanded rows --------------------------------------------------------------------------

  function enhance(root) {
    root.querySelectorAll('.cmp-chart[data-chart], .cmp-iterations-chart[data-iterations]').forEach(function (el) {
      charts.observe(el);
    });
    if (tablesOpen !== null) {
      root.querySelectorAll('details.cmp-table').forEach(function (d) { d.open = tablesOpen; });
    }
  }

  document.addEventListener('click', function (event) {
    const button = event.target.closest('[data-tables]');
    if (button) {
      tablesOpen = button.dataset.tables === 'open';
      document.querySelectorAll('details.cmp-table').forEach(function (d) { d.open = tablesOpen; });
    }
  });

  /** A link to a section (#s-<id>) whose part is not in the page yet: load that part first, then go there. */
  function follow() {
    const match = /^#s-(\d+)$/.exec(window.location.hash);
    if (!match || document.getElementById('s-' + match[1])) {
      return;
    }
    const part = Array.from(document.querySelectorAll('.cmp-part[data-part-href]')).find(function (p) {
      return (' ' + p.dataset.sections + ' ').indexOf(' ' + match[1] + ' ') >= 0;
    });
    if (!part) {
      return;
    }
    part.closest('details').open = true;
    part.scrollIntoView();
    const done = function (event) {
      if (event.detail.part === part) {
        document.removeEventListener('perftracker:part-loaded', done);
        const target = document.getElementById('s-' + match[1]);
        if (target) {
          target.scrollIntoView();
        }
      }
    };
    document.addEventListener('perftracker:part-loaded', done);
    load(part, true);
  }

  document.addEventListener('perftracker:expanded', function (event) {
    enhance(event.detail.container);
  });
  window.addEventListener('hashchange', follow);

  document.querySelectorAll('.cmp-part[data-part-href]').forEach(function (part) { parts.observe(part); });
  enhance(document);
  follow();
})();
