/*
 * PerfTracker pages: small enhancements on top of server-rendered HTML. Every page works without this script:
 * times then read in UTC, a test or job opens on its own page, and forms submit with their buttons.
 *
 * HTML from data is never built here: text goes in with textContent, and an expanded row shows a fragment that
 * the server rendered (and escaped) itself, parsed inertly with DOMParser.
 */
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  // "25 Nov, 02:42" this year, "25 Nov 2023, 02:42" before: dense, and unambiguous in any locale
  const thisYear = new Intl.DateTimeFormat(undefined, {
    month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
  });
  const otherYear = new Intl.DateTimeFormat(undefined, {
    year: 'numeric', month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23'
  });

  /** <time datetime="2024-05-01T01:42:10Z"> reads in UTC as served; show it in the viewer's time zone. */
  function localTimes(root) {
    root.querySelectorAll('time[datetime]').forEach(function (el) {
      if (el.dataset.local) {
        return;
      }
      const instant = new Date(el.getAttribute('datetime'));
      if (isNaN(instant.getTime())) {
        return;
      }
      el.title = el.getAttribute('datetime');
      const format = instant.getFullYear() === new Date().getFullYear() ? thisYear : otherYear;
      el.textContent = format.format(instant);
      el.dataset.local = 'true';
    });
  }

  /** Opens or closes the details row under a table row, loading it from the server the first time. */
  async function toggle(button) {
    const row = button.closest('tr');
    const existing = row.nextElementSibling;
    if (existing && existing.classList.contains('details-row')) {
      const open = button.getAttribute('aria-expanded') !== 'true';
      existing.hidden = !open;
      button.setAttribute('aria-expanded', String(open));
      return;
    }
    const detailsRow = document.createElement('tr');
    detailsRow.className = 'details-row';
    detailsRow.id = 'details-' + (row.dataset.jobId || row.dataset.testId || Date.now());
    const cell = document.createElement('td');
    cell.colSpan = row.cells.length;
    cell.textContent = 'Loading…';
    detailsRow.appendChild(cell);
    row.after(detailsRow);
    button.setAttribute('aria-controls', detailsRow.id);
    button.setAttribute('aria-expanded', 'true');
    try {
      const response = await fetch(button.dataset.expandUrl, {credentials: 'same-origin'});
      if (!response.ok) {
        throw new Error('the server answered ' + response.status);
      }
      const parsed = new DOMParser().parseFromString(await response.text(), 'text/html');
      cell.replaceChildren.apply(cell, Array.from(parsed.body.childNodes));
      localTimes(cell);
      detailsRow.dataset.loaded = 'true';
      document.dispatchEvent(new CustomEvent('perftracker:expanded', {detail: {row: row, container: cell}}));
    } catch (error) {
      cell.textContent = 'The details could not be loaded: ' + error.message + '. ';
      const link = document.createElement('a');
      link.href = button.dataset.expandUrl.replace(/[?&]part=[^&]*/, '');
      link.textContent = 'Open them on their own page';
      cell.appendChild(link);
      cell.classList.add('bad');
    }
  }

  document.addEventListener('click', function (event) {
    const button = event.target.closest('button.expander');
    if (button) {
      toggle(button);
    }
  });

  document.addEventListener('change', function (event) {
    const select = event.target.closest('select[data-autosubmit]');
    if (select && select.form) {
      select.form.requestSubmit ? select.form.requestSubmit() : select.form.submit();
    }
  });

  document.addEventListener('submit', function (event) {
    const question = event.target.dataset ? event.target.dataset.confirm : null;
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });

  /*
   * CSRF: every write a page makes carries the page's token (docs/auth.md). Server-rendered forms have it in a
   * hidden field (page/csrf.jte); POST forms without one get it here, before they are sent, and every fetch() to
   * this server that is not a read gets it in the X-CSRF-Token header. Pages and scripts need do nothing more.
   */
  const csrfMeta = document.querySelector('meta[name="csrf-token"]');
  const csrfToken = csrfMeta ? csrfMeta.content : '';

  function addCsrfField(form) {
    if (csrfToken && (form.getAttribute('method') || '').toLowerCase() === 'post'
        && !form.querySelector('input[name="csrf_token"]')) {
      const input = document.createElement('input');
      input.type = 'hidden';
      input.name = 'csrf_token';
      input.value = csrfToken;
      form.appendChild(input);
    }
  }

  document.addEventListener('submit', function (event) {
    addCsrfField(event.target);
  }, true);

  if (csrfToken && window.fetch) {
    const send = window.fetch.bind(window);
    window.fetch = function (resource, init) {
      const isRequest = typeof Request !== 'undefined' && resource instanceof Request;
      const method = ((init && init.method) || (isRequest ? resource.method : 'GET')).toUpperCase();
      const url = new URL(isRequest ? resource.url : String(resource), window.location.href);
      if (['GET', 'HEAD', 'OPTIONS'].indexOf(method) >= 0 || url.origin !== window.location.origin) {
        return send(resource, init);
      }
      const headers = new Headers((init && init.headers) || (isRequest ? resource.headers : undefined));
      if (!headers.has('X-CSRF-Token')) {
        headers.set('X-CSRF-Token', csrfToken);
      }
      return send(resource, Object.assign({}, init, {headers: headers}));
    };
  }

  window.PerfTracker = window.PerfTracker || {};
  /** The page's CSRF token and the header that carries it, for scripts that send requests without fetch(). */
  window.PerfTracker.csrf = {token: csrfToken, header: 'X-CSRF-Token'};

  document.addEventListener('DOMContentLoaded', function () {
    localTimes(document);
    document.querySelectorAll('form').forEach(addCsrfField);
  });

  /**
   * Sends a write to the API (POST, PUT, DELETE) with a JSON body and returns the JSON answer. Every script that
   * writes goes through here, so that what every write needs (a header, a token) is added in this one place. A
   * refusal throws an Error whose message is the server's, with the fields it names.
   */
  async function send(method, url, body) {
    const response = await fetch(url, {
      method: method,
      credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
      body: body === undefined ? undefined : JSON.stringify(body)
    });
    let answer = null;
    try {
      answer = await response.json();
    } catch (e) {
      answer = null;
    }
    if (!response.ok) {
      let message = answer && answer.message ? answer.message : 'the server answered ' + response.status;
      if (answer && answer.errors) {
        const problems = Object.keys(answer.errors).map(function (field) {
          return field + ': ' + [].concat(answer.errors[field]).join(', ');
        });
        if (problems.length && problems.join('; ') !== message) {
          message += ' (' + problems.join('; ') + ')';
        }
      }
      const error = new Error(message);
      error.status = response.status;
      throw error;
    }
    return answer;
  }

  /**
   * Fills parts of a page that were left as placeholders ({@code data-part}, {@code data-part-href}, a style that
   * holds their height) from one request for all of them: the first part's URL with {@code &n=} for each other one.
   * Each filled part is enhanced and announced ({@code perftracker:part-loaded}); a part that could not be loaded says
   * so, with a button that calls {@code options.retry(part)}.
   *
   * @param options {failure: what the note says, enhance(part), retry(part)}
   */
  async function fetchParts(batch, options) {
    const url = batch[0].dataset.partHref + batch.slice(1).map(function (p) { return '&n=' + p.dataset.part; })
      .join('');
    try {
      const response = await fetch(url, {credentials: 'same-origin'});
      if (!response.ok) {
        throw new Error('the server answered ' + response.status);
      }
      const parsed = new DOMParser().parseFromString(await response.text(), 'text/html');
      batch.forEach(function (part) {
        const answer = parsed.querySelector('[data-part-answer="' + part.dataset.part + '"]');
        part.replaceChildren.apply(part, Array.from(answer.childNodes));
        part.removeAttribute('style');
        part.removeAttribute('data-part-href');
        part.dataset.loaded = 'true';
        options.enhance(part);
        document.dispatchEvent(new CustomEvent('perftracker:part-loaded', {detail: {part: part}}));
      });
    } catch (error) {
      batch.forEach(function (part) {
        const note = document.createElement('p');
        note.className = 'bad';
        note.textContent = options.failure + ': ' + error.message + '. ';
        const again = document.createElement('button');
        again.type = 'button';
        again.textContent = 'Try again';
        again.addEventListener('click', function () {
          note.remove();
          options.retry(part);
        });
        note.appendChild(again);
        part.prepend(note);
        delete part.dataset.queued;
      });
    }
  }

  window.PerfTracker = window.PerfTracker || {};
  window.PerfTracker.send = send;
  window.PerfTracker.fetchParts = fetchParts;
})();
