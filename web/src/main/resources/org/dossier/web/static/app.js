/*
 * The Dossier app around the shared view (dossier-view.js): event list, search, adding articles and rebuilding.
 * Everything from the server (article text, titles, errors) enters the page as DOM text nodes only, never as markup.
 */
(function () {
  'use strict';

  var state = { event: null, poll: null };

  function $(id) { return document.getElementById(id); }

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    if (text !== undefined && text !== null) { node.textContent = String(text); }
    return node;
  }

  function api(method, path, body) {
    var init = { method: method, headers: { 'Accept': 'application/json' } };
    if (body !== undefined) { init.headers['Content-Type'] = 'application/json'; init.body = JSON.stringify(body); }
    return fetch(path, init).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (json) {
        if (!r.ok) { throw new Error(json && json.error ? json.error : 'HTTP ' + r.status); }
        return json;
      });
    });
  }

  function eventPath(suffix) { return '/api/events/' + encodeURIComponent(state.event) + (suffix || ''); }

  function message(text) { $('manage-message').textContent = text; }

  /* ---------- events ---------- */

  function loadEvents(select) {
    return api('GET', '/api/events').then(function (json) {
      var events = json.events || [];
      var sel = $('event-select');
      sel.textContent = '';
      events.forEach(function (e) {
        var o = el('option', null, e.title + (e.built ? '' : ' (not built)'));
        o.value = e.id;
        sel.appendChild(o);
      });
      var wanted = select || decodeURIComponent((location.hash.match(/event=([^&]+)/) || [])[1] || '');
      var ids = events.map(function (e) { return e.id; });
      if (!events.length) {
        $('dossier-view').textContent = 'This workspace has no events yet: open Manage to create one.';
        $('manage').hidden = false;
        return;
      }
      showEvent(ids.indexOf(wanted) >= 0 ? wanted : ids[0]);
    }).catch(function (err) { $('dossier-view').textContent = 'Could not list the events: ' + err.message; });
  }

  function showEvent(id) {
    state.event = id;
    $('event-select').value = id;
    if (history.replaceState) { history.replaceState(null, '', '#event=' + encodeURIComponent(id)); }
    $('search-results').hidden = true;
    $('source-panel').hidden = true;
    loadDossier();
    refreshStatus();
  }

  function loadDossier() {
    var view = $('dossier-view');
    view.textContent = '';
    view.appendChild(el('p', 'muted', 'Loading the dossier\u2026'));
    fetch(eventPath('/dossier'), { headers: { 'Accept': 'application/json' } }).then(function (r) {
      if (r.status === 404) { view.textContent = 'No dossier yet: add articles and rebuild (Manage).'; return null; }
      if (!r.ok) { throw new Error('HTTP ' + r.status); }
      return r.json();
    }).then(function (dossier) {
      if (!dossier) { return; }
      window.DossierView.render(view, dossier);
      addSpeakerFilter(view);
      view.setAttribute('data-loaded', state.event);
    }).catch(function (err) { view.textContent = 'The dossier could not be shown: ' + err.message; });
  }

  /* Quotes: a speaker filter over the view's quote groups (one group per speaker, titled by an h3). */
  function addSpeakerFilter(view) {
    var section = view.querySelector('#sec-quotes');
    if (!section) { return; }
    var groups = Array.prototype.slice.call(section.querySelectorAll('.quote-group'));
    if (!groups.length) { return; }
    var select = el('select');
    select.id = 'speaker-select';
    select.setAttribute('aria-label', 'Filter quotes by speaker');
    var label = el('label', null, 'Speaker ');
    label.appendChild(select);
    var box = el('div', 'speaker-filter');
    box.appendChild(label);
    var all = el('option', null, 'All speakers (' + groups.length + ')');
    all.value = '';
    select.appendChild(all);
    groups.forEach(function (g) {
      var name = g.querySelector('h3') ? g.querySelector('h3').textContent : '';
      var o = el('option', null, name + ' (' + g.querySelectorAll('blockquote').length + ')');
      o.value = name;
      select.appendChild(o);
    });
    select.addEventListener('change', function () {
      groups.forEach(function (g) {
        var name = g.querySelector('h3') ? g.querySelector('h3').textContent : '';
        g.hidden = select.value !== '' && name !== select.value;
      });
    });
    var heading = section.querySelector('h2');
    heading.parentNode.insertBefore(box, heading.nextSibling);
  }

  /* ---------- search ---------- */

  function search(event) {
    event.preventDefault();
    var q = $('search-input').value.trim();
    if (!q || !state.event) { return; }
    var mode = $('search-mode').value;
    var list = $('search-hits');
    list.textContent = '';
    $('search-results').hidden = false;
    $('search-meta').textContent = 'searching\u2026';
    api('GET', eventPath('/search?q=' + encodeURIComponent(q) + '&mode=' + encodeURIComponent(mode) + '&limit=20')).then(function (res) {
      $('search-meta').textContent = res.hits.length + ' sentences \u00b7 ' + (mode === 'semantic' ? 'semantic' : 'full text')
        + ' \u00b7 ' + Math.round(res.tookMs) + ' ms';
      $('search-results').setAttribute('data-mode', mode);
      if (!res.hits.length) { list.appendChild(el('li', 'none', 'No sentence matches.')); }
      res.hits.forEach(function (hit) { list.appendChild(hitItem(hit)); });
    }).catch(function (err) { $('search-meta').textContent = 'Search failed: ' + err.message; });
  }

  /** A hit: the sentence with the query words marked (text nodes and <mark> elements), and its source. */
  function hitItem(hit) {
    var li = el('li', 'hit');
    var a = el('a', 'hit-text');
    a.href = '#';
    var text = String(hit.text), at = 0;
    (hit.highlights || []).forEach(function (span) {
      var s = span[0], e = span[1];
      if (s < at || e > text.length || s >= e) { return; }
      a.appendChild(document.createTextNode(text.slice(at, s)));
      a.appendChild(el('mark', null, text.slice(s, e)));
      at = e;
    });
    a.appendChild(document.createTextNode(text.slice(at)));
    a.addEventListener('click', function (event) { event.preventDefault(); showSource(hit.source, hit.start, hit.end); });
    li.appendChild(a);
    var from = hit.sourceTitle && hit.sourceTitle !== hit.source ? hit.sourceTitle + ' \u00b7 ' : '';
    li.appendChild(el('span', 'hit-source', from + hit.source + ' \u00b7 characters ' + hit.start + '\u2013' + hit.end));
    return li;
  }

  /** Shows a source's text from the API with [start, end) highlighted. */
  function showSource(sourceId, start, end) {
    api('GET', eventPath('/sources/' + encodeURIComponent(sourceId))).then(function (s) {
      var text = String(s.text || '');
      $('source-title').textContent = s.title || s.outlet || s.id;
      $('source-meta').textContent = [s.outlet, s.published, s.id].filter(Boolean).join(' \u00b7 ') + ' \u00b7 characters ' + start + '\u2013' + end;
      var body = $('source-text');
      body.textContent = '';
      var mark = el('mark', 'hl', text.slice(start, end));
      body.appendChild(document.createTextNode(text.slice(0, start)));
      body.appendChild(mark);
      body.appendChild(document.createTextNode(text.slice(end)));
      $('source-panel').hidden = false;
      body.scrollTop = Math.max(0, mark.offsetTop - body.offsetTop - body.clientHeight / 3);
    }).catch(function (err) { $('search-meta').textContent = 'Could not open the source: ' + err.message; });
  }

  /* ---------- managing: create, add, rebuild ---------- */

  function createEvent(event) {
    event.preventDefault();
    var id = $('create-id').value.trim();
    api('POST', '/api/events', { id: id, title: $('create-title').value.trim() || null }).then(function (e) {
      message('Created ' + e.id + '.');
      loadEvents(e.id);
    }).catch(function (err) { message('Could not create the event: ' + err.message); });
  }

  function readFile(file) {
    return new Promise(function (resolve, reject) {
      var reader = new FileReader();
      reader.onload = function () { resolve({ name: file.name.replace(/[^A-Za-z0-9._-]/g, '_'), text: String(reader.result) }); };
      reader.onerror = function () { reject(new Error('cannot read ' + file.name)); };
      reader.readAsText(file);
    });
  }

  function addArticles(event) {
    event.preventDefault();
    if (!state.event) { message('Create an event first.'); return; }
    var files = Array.prototype.slice.call($('add-files').files || []);
    Promise.all(files.map(readFile)).then(function (articles) {
      var text = $('add-text').value;
      if (text.trim()) {
        var name = $('add-name').value.trim() || 'pasted-' + Date.now() + '.txt';
        if (!/\.(txt|html?)$/i.test(name)) { name += '.txt'; }
        articles.push({ name: name, text: text });
      }
      var urls = $('add-urls').value.split(/\s+/).filter(function (u) { return u; });
      if (!articles.length && !urls.length) { throw new Error('choose files, paste a text or give URLs'); }
      var stored = [];
      var done = articles.length ? api('POST', eventPath('/sources'), { articles: articles }) : Promise.resolve({ stored: [] });
      return done.then(function (res) {
        stored = stored.concat(res.stored);
        if (urls.length) { message('Fetching ' + urls.length + ' URL(s)\u2026'); }
        return urls.length ? api('POST', eventPath('/sources'), { urls: urls }) : { stored: [] };
      }).then(function (res) { return { stored: stored.concat(res.stored) }; });
    }).then(function (res) {
      message('Added ' + res.stored.join(', ') + '. Rebuild to update the dossier.');
      $('add-text').value = '';
      $('add-files').value = '';
      $('add-urls').value = '';
    }).catch(function (err) { message('Could not add: ' + err.message); });
  }

  function rebuild() {
    if (!state.event) { return; }
    api('POST', eventPath('/rebuild')).then(showStatus).catch(function (err) { message('Could not rebuild: ' + err.message); });
  }

  function refreshStatus() {
    if (!state.event) { return; }
    api('GET', eventPath('/rebuild')).then(showStatus).catch(function () { /* the event may be gone */ });
  }

  function showStatus(s) {
    var bar = $('rebuild-progress');
    var line = s.state.toLowerCase();
    if (s.stage) { line += ': ' + s.stage + (s.total ? ' ' + s.done + '/' + s.total : ''); }
    if (s.seconds) { line += ' (' + s.seconds.toFixed(1) + ' s)'; }
    if (s.error) { line += ' \u2014 ' + s.error; }
    if (s.warnings && s.warnings.length) { line += ' \u2014 ' + s.warnings.length + ' warning(s): ' + s.warnings.join('; '); }
    $('rebuild-status').textContent = line;
    bar.hidden = !(s.state === 'QUEUED' || s.state === 'RUNNING');
    bar.max = Math.max(1, s.total);
    bar.value = s.done;
    clearTimeout(state.poll);
    if (s.state === 'QUEUED' || s.state === 'RUNNING') {
      var event = state.event;
      state.poll = setTimeout(function () { if (state.event === event) { refreshStatus(); } }, 1000);
    } else if (s.state === 'DONE' && state.lastState && state.lastState !== 'DONE') {
      loadEvents(state.event);
    }
    state.lastState = s.state;
  }

  /* ---------- wiring ---------- */

  $('event-select').addEventListener('change', function () { state.lastState = null; showEvent(this.value); });
  $('search-form').addEventListener('submit', search);
  $('create-form').addEventListener('submit', createEvent);
  $('add-form').addEventListener('submit', addArticles);
  $('rebuild').addEventListener('click', rebuild);
  $('manage-toggle').addEventListener('click', function () { $('manage').hidden = !$('manage').hidden; });
  $('source-close').addEventListener('click', function () { $('source-panel').hidden = true; });
  loadEvents();
}());
