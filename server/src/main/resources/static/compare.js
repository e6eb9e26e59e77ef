/*
 * The jobs selected for a comparison. The selection lives in the browser (localStorage key
 * "perftracker.compare"), so it survives paging, sorting, reloads and other tabs, and any server node can serve
 * the page.
 *
 * API for the comparison feature (and anyone else):
 *   PerfTracker.compare.ids()               → [17, 18]: the selected job ids, in the order they were selected
 *   PerfTracker.compare.jobs()              → [{id: 17, title: "Nightly"}, …]
 *   PerfTracker.compare.has(17)             → true
 *   PerfTracker.compare.add(17, "Nightly"), .remove(17), .toggle(17, "Nightly"), .clear()
 *   PerfTracker.compare.set([{id: 18, title: "…"}, {id: 17, title: "…"}]): the whole selection at once, in this
 *   order (the comparison dialog reorders with it, and fills it with a saved comparison's jobs to edit it)
 *   document event "perftracker:compare-change", detail {ids: [...], jobs: [...]}: after every change, also
 *   when another tab changed the selection.
 *
 * On the jobs list, each row's "compare" button (data-compare-job) toggles its job, and the bar
 * (data-compare-bar) says how many jobs are selected.
 */
(function () {
  'use strict';
  const KEY = 'perftracker.compare';

  function read() {
    try {
      const value = JSON.parse(window.localStorage.getItem(KEY) || '[]');
      return Array.isArray(value) ? value.filter(function (j) {
        return j && Number.isInteger(j.id) && j.id > 0;
      }).map(function (j) {
        return {id: j.id, title: String(j.title || '')};
      }) : [];
    } catch (e) {
      return [];
    }
  }

  function write(jobs) {
    try {
      window.localStorage.setItem(KEY, JSON.stringify(jobs));
    } catch (e) {
      // storage full or disabled: the selection then lasts as long as the page
    }
    changed(jobs);
  }

  function changed(jobs) {
    show(jobs);
    document.dispatchEvent(new CustomEvent('perftracker:compare-change', {
      detail: {ids: jobs.map(function (j) { return j.id; }), jobs: jobs.slice()}
    }));
  }

  const api = {
    jobs: read,
    ids: function () {
      return read().map(function (j) { return j.id; });
    },
    has: function (id) {
      return read().some(function (j) { return j.id === Number(id); });
    },
    add: function (id, title) {
      const jobs = read();
      id = Number(id);
      if (Number.isInteger(id) && id > 0 && !jobs.some(function (j) { return j.id === id; })) {
        jobs.push({id: id, title: String(title || '')});
        write(jobs);
      }
    },
    remove: function (id) {
      write(read().filter(function (j) { return j.id !== Number(id); }));
    },
    toggle: function (id, title) {
      api.has(id) ? api.remove(id) : api.add(id, title);
    },
    clear: function () {
      write([]);
    },
    set: function (jobs) {
      const seen = new Set();
      write((jobs || []).map(function (j) {
        return {id: Number(j.id), title: String(j.title || '')};
      }).filter(function (j) {
        const fresh = Number.isInteger(j.id) && j.id > 0 && !seen.has(j.id);
        seen.add(j.id);
        return fresh;
      }));
    }
  };

  /** Marks the rows' buttons and the bar after a change. */
  function show(jobs) {
    const selected = new Set(jobs.map(function (j) { return j.id; }));
    document.querySelectorAll('button[data-compare-job]').forEach(function (button) {
      const on = selected.has(Number(button.dataset.compareJob));
      button.setAttribute('aria-pressed', String(on));
      button.textContent = on ? '✓ selected' : 'compare';
      const row = button.closest('tr');
      if (row) {
        row.classList.toggle('selected', on);
      }
    });
    document.querySelectorAll('[data-compare-bar]').forEach(function (bar) {
      const count = bar.querySelector('[data-compare-count]');
      if (count) {
        count.textContent = jobs.length === 0 ? 'No jobs selected for comparison'
          : jobs.length + (jobs.length === 1 ? ' job' : ' jobs') + ' selected for comparison: '
            + jobs.map(function (j) { return '#' + j.id; }).join(', ');
      }
      const clear = bar.querySelector('[data-compare-clear]');
      if (clear) {
        clear.disabled = jobs.length === 0;
      }
    });
  }

  document.addEventListener('click', function (event) {
    const button = event.target.closest('button[data-compare-job]');
    if (button) {
      api.toggle(button.dataset.compareJob, button.dataset.compareTitle);
    } else if (event.target.closest('[data-compare-clear]')) {
      api.clear();
    }
  });

  window.addEventListener('storage', function (event) {
    if (event.key === KEY) {
      changed(read());
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    show(read());
  });

  window.PerfTracker = window.PerfTracker || {};
  window.PerfTracker.compare = api;
})();
