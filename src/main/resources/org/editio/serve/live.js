// editio serve: reloads the page after each successful build and shows the problems of the last build in
// an overlay. Served by `editio serve` only (/_editio/live.js); never written into the site.
(() => {
  'use strict';
  const BASE = '/_editio/';
  let shown = null;      // the state ({server, build, ok}) the page was loaded with
  let dismissed = -1;    // the build whose overlay the reader closed

  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = BASE + 'live.css';
  document.head.appendChild(style);

  function where(p) {
    if (p.file === null) {
      return '(edition)';
    }
    return p.file + (p.line === null ? '' : ':' + p.line + (p.column === null ? '' : ':' + p.column));
  }

  function overlay() {
    let o = document.getElementById('editio-live');
    if (!o) {
      o = document.createElement('div');
      o.id = 'editio-live';
      o.setAttribute('role', 'alert');
      o.setAttribute('aria-labelledby', 'editio-live-title');
      o.addEventListener('keydown', e => {
        if (e.key === 'Escape') {
          close(o);
        }
      });
      document.body.appendChild(o);
    }
    return o;
  }

  function close(o) {
    dismissed = Number(o.dataset.build);
    o.remove();
  }

  function render(data) {
    const problems = data.report ? data.report.problems : [];
    const existing = document.getElementById('editio-live');
    if (data.failure === null && problems.length === 0) {
      if (existing) {
        existing.remove();
      }
      return;
    }
    if (data.build === dismissed) {
      return;
    }
    const o = overlay();
    o.dataset.build = String(data.build);
    o.replaceChildren();
    const head = document.createElement('div');
    head.className = 'editio-live-head';
    const title = document.createElement('p');
    title.id = 'editio-live-title';
    const errors = problems.filter(p => p.severity === 'error').length;
    const warnings = problems.length - errors;
    title.textContent = data.failure !== null ? 'editio serve: the build failed'
      : 'editio serve: ' + errors + ' error(s), ' + warnings + ' warning(s) in build ' + data.build
        + (errors > 0 ? ' (this page reloads once they are fixed)' : '');
    const button = document.createElement('button');
    button.type = 'button';
    button.textContent = 'Dismiss';
    button.addEventListener('click', () => close(o));
    head.append(title, button);
    const list = document.createElement('ol');
    list.tabIndex = 0;
    list.setAttribute('aria-label', 'Problems');
    if (data.failure !== null) {
      const li = document.createElement('li');
      li.className = 'error';
      li.textContent = 'build failed: ' + data.failure;
      list.append(li);
    }
    for (const p of problems) {
      const li = document.createElement('li');
      li.className = p.severity;
      const code = document.createElement('code');
      code.textContent = where(p);
      li.append(code, ': ' + p.severity + ': ' + p.message + ' [' + p.code + ']');
      list.append(li);
    }
    o.append(head, list);
  }

  function update() {
    fetch(BASE + 'problems.json', {cache: 'no-store'})
      .then(r => r.json())
      .then(render)
      .catch(() => { /* the server stopped: the event stream reconnects */ });
  }

  const events = new EventSource(BASE + 'events');
  events.addEventListener('state', e => {
    const s = JSON.parse(e.data);
    if (shown === null) {
      shown = s;
    } else if (s.ok && (s.server !== shown.server || s.build !== shown.build)) {
      // built while the page was away (the server restarted, or a reload was missed)
      location.reload();
      return;
    }
    update();
  });
  events.addEventListener('reload', () => location.reload());
})();
