/*
 * The comparison dialog of the jobs list: the jobs selected for a comparison (PerfTracker.compare), in an order
 * the user sets by dragging or with each job's up and down buttons, a title whose placeholder is the automatic
 * one, and the options. Save creates the comparison through the API (POST /api/v1.0/<p>/comparison/) and opens
 * it; with ?edit=<id> in the URL the dialog opens filled in with that comparison and saves it with PUT.
 *
 * The panel is not modal: jobs can still be ticked in the list while it is open, and it follows the selection
 * through the event perftracker:compare-change. Every text from data goes in with textContent.
 */
(function () {
  'use strict';
  const dialog = document.querySelector('[data-compare-dialog]');
  if (!dialog || !window.PerfTracker || !window.PerfTracker.compare) {
    return;
  }
  const compare = window.PerfTracker.compare;
  const project = dialog.dataset.project;
  const form = dialog.querySelector('[data-compare-form]');
  const list = dialog.querySelector('[data-compare-jobs]');
  const title = dialog.querySelector('[data-compare-title-input]');
  const error = dialog.querySelector('[data-compare-error]');
  const status = dialog.querySelector('[data-compare-status]');
  let editing = null;
  let dragged = null;

  // ---- the automatic title: the same rules as the server's ComparisonTitle ----------------------------------

  function titles(jobs) {
    return jobs.map(function (j) {
      const t = (j.title || '').trim().replace(/\s+/g, ' ');
      return t === '' ? 'job ' + j.id : t;
    });
  }

  function autoTitle(jobs) {
    if (jobs.length === 0) {
      return 'Comparison';
    }
    const all = titles(jobs);
    if (all.length === 1) {
      return all[0];
    }
    const counts = {};
    all.forEach(function (t) { counts[t] = (counts[t] || 0) + 1; });
    const unique = all.map(function (t, i) { return counts[t] > 1 ? t + ' #' + jobs[i].id : t; });
    const words = unique.map(function (t) { return t.split(/\s+/); });
    let shared = 0;
    for (;;) {
      const word = words[0][shared];
      if (!words.every(function (w) { return w.length > shared + 1 && w[shared] === word; })) {
        break;
      }
      shared++;
    }
    const prefix = words[0].slice(0, shared).join(' ').replace(/[:\-,;/|]+$/, '').trim();
    if (prefix === '') {
      return unique.join(' vs ');
    }
    return prefix + ': ' + words.map(function (w) { return w.slice(shared).join(' '); }).join(' vs ');
  }

  // ---- the list of jobs ----------------------------------------------------------------------------------------

  function button(text, label, data) {
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = text;
    b.setAttribute('aria-label', label);
    Object.keys(data).forEach(function (k) { b.dataset[k] = data[k]; });
    return b;
  }

  function render(focus) {
    const jobs = compare.jobs();
    list.replaceChildren();
    jobs.forEach(function (job, i) {
      const item = document.createElement('li');
      item.className = 'compare-job';
      item.draggable = true;
      item.dataset.jobId = job.id;
      const handle = document.createElement('span');
      handle.className = 'drag-handle';
      handle.setAttribute('aria-hidden', 'true');
      handle.textContent = '⠿';
      const position = document.createElement('span');
      position.className = 'compare-pos';
      position.textContent = '#' + (i + 1);
      const link = document.createElement('a');
      link.href = '/' + project + '/job/' + job.id;
      link.textContent = 'job ' + job.id;
      const name = document.createElement('span');
      name.className = 'title';
      name.textContent = job.title;
      const role = document.createElement('span');
      role.className = 'muted';
      role.textContent = i === 0 ? 'baseline' : '';
      const up = button('↑', 'Move job ' + job.id + ' up', {move: '-1'});
      up.disabled = i === 0;
      const down = button('↓', 'Move job ' + job.id + ' down', {move: '1'});
      down.disabled = i === jobs.length - 1;
      const remove = button('×', 'Remove job ' + job.id + ' from the comparison', {remove: 'true'});
      item.append(handle, position, link, name, role, up, down, remove);
      list.appendChild(item);
    });
    dialog.querySelector('[data-compare-empty]').hidden = jobs.length > 0;
    dialog.querySelector('[data-compare-save]').disabled = jobs.length === 0;
    title.placeholder = autoTitle(jobs);
    document.querySelectorAll('[data-compare-open]').forEach(function (b) {
      b.disabled = jobs.length === 0 && !editing;
    });
    if (focus) {
      const item = list.querySelector('li[data-job-id="' + focus.id + '"]');
      const wanted = item ? item.querySelector(focus.selector) : null;
      const target = wanted && !wanted.disabled ? wanted : item ? item.querySelector('button:not([disabled])') : null;
      if (target) {
        target.focus();
      }
    }
  }

  function move(id, to) {
    const jobs = compare.jobs();
    const from = jobs.findIndex(function (j) { return j.id === id; });
    if (from < 0 || to < 0 || to >= jobs.length || from === to) {
      return;
    }
    const job = jobs.splice(from, 1)[0];
    jobs.splice(to, 0, job);
    compare.set(jobs);
    status.textContent = 'Job ' + id + ' is now #' + (to + 1) + ' of ' + jobs.length
      + (to === 0 ? ', the baseline' : '');
  }

  list.addEventListener('click', function (event) {
    const b = event.target.closest('button');
    if (!b) {
      return;
    }
    const id = Number(b.closest('li').dataset.jobId);
    if (b.dataset.move) {
      const index = compare.ids().indexOf(id);
      move(id, index + Number(b.dataset.move));
      render({id: id, selector: 'button[data-move="' + b.dataset.move + '"]'});
    } else if (b.dataset.remove) {
      const next = b.closest('li').nextElementSibling || b.closest('li').previousElementSibling;
      compare.remove(id);
      status.textContent = 'Job ' + id + ' removed';
      if (next) {
        render({id: Number(next.dataset.jobId), selector: 'button[data-remove]'});
      } else {
        title.focus();
      }
    }
  });

  // drag and drop: a job dropped on the upper half of another goes before it, on the lower half after it
  list.addEventListener('dragstart', function (event) {
    const item = event.target.closest('li');
    dragged = Number(item.dataset.jobId);
    item.classList.add('dragging');
    event.dataTransfer.effectAllowed = 'move';
    event.dataTransfer.setData('text/plain', String(dragged));
  });

  function dropPlace(event) {
    const item = event.target.closest('li');
    if (!item) {
      return null;
    }
    const box = item.getBoundingClientRect();
    return {item: item, after: event.clientY > box.top + box.height / 2};
  }

  function clearMarks() {
    list.querySelectorAll('.drop-before, .drop-after, .dragging').forEach(function (li) {
      li.classList.remove('drop-before', 'drop-after', 'dragging');
    });
  }

  list.addEventListener('dragover', function (event) {
    const place = dropPlace(event);
    if (dragged === null || !place) {
      return;
    }
    event.preventDefault();
    list.querySelectorAll('.drop-before, .drop-after').forEach(function (li) {
      li.classList.remove('drop-before', 'drop-after');
    });
    place.item.classList.add(place.after ? 'drop-after' : 'drop-before');
  });

  list.addEventListener('drop', function (event) {
    const place = dropPlace(event);
    if (dragged === null || !place) {
      return;
    }
    event.preventDefault();
    const ids = compare.ids();
    const from = ids.indexOf(dragged);
    let to = ids.indexOf(Number(place.item.dataset.jobId)) + (place.after ? 1 : 0);
    if (to > from) {
      to--;
    }
    move(dragged, to);
  });

  list.addEventListener('dragend', function () {
    dragged = null;
    clearMarks();
  });

  // ---- open, fill, save, cancel ------------------------------------------------------------------------------

  function open() {
    dialog.hidden = false;
    document.body.classList.add('compare-open');
    document.querySelectorAll('[data-compare-open]').forEach(function (b) { b.setAttribute('aria-expanded', 'true'); });
    render();
    title.focus();
  }

  function close() {
    dialog.hidden = true;
    document.body.classList.remove('compare-open');
    document.querySelectorAll('[data-compare-open]').forEach(function (b) { b.setAttribute('aria-expanded', 'false'); });
    showError('');
  }

  function showError(message) {
    error.textContent = message;
    error.hidden = message === '';
  }

  function field(name) {
    return form.elements.namedItem(name);
  }

  async function edit(id) {
    try {
      const saved = await fetch('/api/v1.0/' + project + '/comparison/' + encodeURIComponent(id),
        {credentials: 'same-origin', headers: {'Accept': 'application/json'}});
      if (!saved.ok) {
        throw new Error('comparison ' + id + ' could not be read: the server answered ' + saved.status);
      }
      const c = await saved.json();
      editing = c.id;
      dialog.querySelector('[data-compare-heading]').textContent = 'Edit comparison #' + c.id;
      compare.set(c.jobs.map(function (j) { return {id: j.id, title: j.title}; }));
      title.value = c.title;
      ['charts_type', 'tables_type', 'tests_type', 'values_type'].forEach(function (name) {
        field(name).value = String(c[name]);
      });
      field('alpha').value = String(c.alpha);
      field('likely_threshold').value = String(c.likely_threshold);
      open();
    } catch (e) {
      open();
      showError(e.message);
    }
  }

  form.addEventListener('submit', async function (event) {
    event.preventDefault();
    const ids = compare.ids();
    if (ids.length === 0) {
      showError('Select at least one job.');
      return;
    }
    const alpha = Number(field('alpha').value);
    if (!(alpha > 0 && alpha < 1)) {
      showError('α must be a number between 0 and 1, such as 0.05.');
      field('alpha').focus();
      return;
    }
    const threshold = field('likely_threshold').value.trim() === '' ? NaN : Number(field('likely_threshold').value);
    if (!(threshold >= 0)) {
      showError('The one-sample threshold must be a percentage of 0 or more, such as 5.');
      field('likely_threshold').focus();
      return;
    }
    const body = {title: title.value.trim(), jobs: ids, alpha: alpha, likely_threshold: threshold};
    ['charts_type', 'tables_type', 'tests_type', 'values_type'].forEach(function (name) {
      body[name] = Number(field(name).value);
    });
    const save = dialog.querySelector('[data-compare-save]');
    save.disabled = true;
    showError('');
    status.textContent = 'Saving…';
    try {
      const answer = editing
        ? await window.PerfTracker.send('PUT', '/api/v1.0/' + project + '/comparison/' + editing, body)
        : await window.PerfTracker.send('POST', '/api/v1.0/' + project + '/comparison/', body);
      compare.clear();
      window.location.assign('/' + project + '/comparison/' + answer.id);
    } catch (e) {
      showError('Not saved: ' + e.message);
      status.textContent = '';
      save.disabled = false;
    }
  });

  dialog.querySelector('[data-compare-cancel]').addEventListener('click', function () {
    if (editing) {
      // the selection was the comparison's, not the user's: let it go with the edit
      editing = null;
      compare.clear();
      const url = new URL(window.location.href);
      url.searchParams.delete('edit');
      window.history.replaceState(null, '', url.pathname + url.search);
      dialog.querySelector('[data-compare-heading]').textContent = 'New comparison';
      form.reset(); // the title and the options were the comparison's too: back to the defaults
    }
    close();
  });

  dialog.addEventListener('keydown', function (event) {
    if (event.key === 'Escape') {
      close();
    }
  });

  document.addEventListener('click', function (event) {
    const opener = event.target.closest('[data-compare-open]');
    if (opener) {
      dialog.hidden ? open() : close();
    }
  });

  // a change made from the list itself re-renders there, keeping the focus on the button pressed
  document.addEventListener('perftracker:compare-change', function () {
    if (!list.contains(document.activeElement)) {
      render();
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    const id = new URLSearchParams(window.location.search).get('edit');
    if (id && /^\d+$/.test(id) && id !== '0') {
      edit(id);
    } else {
      render();
      if (id === '0') {
        open();
      }
    }
  });
})();
