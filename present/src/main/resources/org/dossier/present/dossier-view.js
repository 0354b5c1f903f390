/*
 * Dossier view: renders a dossier.json object as a page, and shows the evidence of any item on click.
 * Article text is untrusted: it only ever enters the page through DOM text nodes (textContent), never as markup.
 * Offsets are UTF-16 indexes, as in Java, so text.slice(start, end) is the evidence span.
 * Reusable: DossierView.render(container, dossier). Runs by itself when the page has <script id="dossier-data">.
 */
(function () {
  'use strict';

  var KIND_TITLES = { expectation: 'Expectations (before the event)', outcome: 'Outcomes (after the event)', statement: 'Statements' };
  var SECTIONS = [
    ['sources', 'Sources'], ['summary', 'Summary'], ['entities', 'People & organizations'], ['quotes', 'Quotes'],
    ['figures', 'Figures'], ['timeline', 'Timeline'], ['claims', 'Claims'], ['scorecard', 'Scorecard'],
    ['agreements', 'Agreements'], ['contradictions', 'Contradictions'], ['coverage', 'Coverage'], ['events', 'Coded events'],
    ['texts', 'Source texts']
  ];
  var CURRENCY = { USD: '$', EUR: '\u20ac', GBP: '\u00a3', JPY: '\u00a5' };
  var SCALES = [[1e12, 'trillion'], [1e9, 'billion'], [1e6, 'million']];

  /* ---------- small DOM helpers: text in, text nodes out ---------- */

  function el(tag, className, children) {
    var node = document.createElement(tag);
    if (className) { node.className = className; }
    append(node, children);
    return node;
  }

  function append(node, children) {
    if (children === null || children === undefined) { return node; }
    if (!Array.isArray(children)) { children = [children]; }
    children.forEach(function (child) {
      if (child === null || child === undefined || child === false) { return; }
      if (Array.isArray(child)) { append(node, child); return; }
      node.appendChild(typeof child === 'string' || typeof child === 'number' ? document.createTextNode(String(child)) : child);
    });
    return node;
  }

  /** A map without a prototype, so ids such as "constructor" are plain keys. */
  function dict() { return Object.create(null); }
  function list(value) { return Array.isArray(value) ? value : []; }
  function str(value) { return value === null || value === undefined ? '' : String(value); }
  function none() { return el('p', 'none', 'None found.'); }

  function table(headers, rows) {
    if (!rows.length) { return none(); }
    var head = el('tr', null, headers.map(function (h) { return el('th', null, h); }));
    var body = rows.map(function (cells) { return el('tr', null, cells.map(function (c) { return el('td', null, c); })); });
    return el('div', 'table-wrap', el('table', null, [el('thead', null, head), el('tbody', null, body)]));
  }

  function badge(text, kind) { return text ? el('span', 'badge badge-' + kind + ' badge-' + kind + '-' + str(text).replace(/[^a-z0-9-]/gi, ''), text) : null; }

  /* ---------- figures for people: $59 billion, 20–60 percent ---------- */

  function plain(n) {
    if (typeof n !== 'number' || !isFinite(n)) { return '?'; }
    return n.toLocaleString('en-US', { maximumFractionDigits: 2 });
  }

  function scaleOf(n) {
    for (var i = 0; i < SCALES.length; i++) { if (Math.abs(n) >= SCALES[i][0]) { return SCALES[i]; } }
    return [1, ''];
  }

  function scaled(n) { var s = scaleOf(n); return plain(n / s[0]) + (s[1] ? ' ' + s[1] : ''); }

  function formatFigure(value, unit) {
    var low = Array.isArray(value) ? value[0] : value;
    var high = Array.isArray(value) ? value[1] : value;
    var prefix = unit && CURRENCY[unit] ? CURRENCY[unit] : '';
    var suffix = unit && !CURRENCY[unit] ? ' ' + unit : '';
    if (low === high) { return prefix + scaled(low) + suffix; }
    var ls = scaleOf(low), hs = scaleOf(high);
    if (ls[1] === hs[1]) { return prefix + plain(low / ls[0]) + '\u2013' + plain(high / hs[0]) + (ls[1] ? ' ' + ls[1] : '') + suffix; }
    return prefix + scaled(low) + '\u2013' + prefix + scaled(high) + suffix;
  }

  /* ---------- the view ---------- */

  function render(container, dossier) {
    var d = dossier || {};
    var sources = list(d.sources);
    var sourceById = dict(), sourceNumber = dict(), entityById = dict(), claimById = dict(), evidenceById = dict();
    sources.forEach(function (s, i) { if (s && !(s.id in sourceById)) { sourceById[s.id] = s; sourceNumber[s.id] = i + 1; } });
    list(d.entities).forEach(function (e) { if (e) { entityById[e.id] = e; } });
    list(d.claims).forEach(function (c) { if (c) { claimById[c.id] = c; evidenceById[c.id] = c.evidence; } });
    list(d.quotes).forEach(function (q) { if (q) { evidenceById[q.id] = q.evidence; } });
    list(d.figures).forEach(function (f) { if (f) { evidenceById[f.id] = f.evidence; } });
    list(d.timeline).forEach(function (t) { if (t) { evidenceById[t.id] = list(t.evidence)[0]; } });

    var panel = evidencePanel();
    var active = null;

    function entityName(id) { return entityById[id] && entityById[id].name ? entityById[id].name : str(id); }
    function entityNames(ids) { return list(ids).map(entityName).join(', '); }
    function ref(id) { return '[' + (sourceNumber[id] || id) + ']'; }

    /** A link that shows its evidence when clicked; label defaults to the evidence text. */
    function evLink(ev, label, className) {
      if (!ev) { return label ? el('span', className, label) : null; }
      var a = el('a', 'ev' + (className ? ' ' + className : '') + (ev.resolved ? ' resolved' : ''), label === undefined ? str(ev.text) : label);
      a.href = '#src-' + encodeURIComponent(str(ev.source));
      var s = sourceById[ev.source];
      a.title = (s && s.title ? s.title + ' ' : '') + ref(ev.source) + ' \u00b7 characters ' + ev.start + '\u2013' + ev.end;
      a.addEventListener('click', function (event) {
        event.preventDefault();
        if (active) { active.classList.remove('active'); }
        active = a;
        a.classList.add('active');
        panel.show(ev);
      });
      return a;
    }

    function refLink(ev) { return ev ? evLink(ev, ref(ev.source), 'ref') : null; }
    function refLinks(evs) { return list(evs).map(function (ev) { return [refLink(ev), ' ']; }); }
    function quoted(ev) { return ev ? [evLink(ev, '\u201c' + str(ev.text) + '\u201d'), ' ', refLink(ev)] : null; }

    /* The evidence panel: one source's full text with the span marked and scrolled into view. */
    function evidencePanel() {
      var title = el('div', 'panel-title', 'Evidence');
      var meta = el('div', 'panel-meta', 'Click any quote, figure, date, mention or claim to see where it comes from.');
      var body = el('div', 'source-text panel-text');
      var close = el('button', 'panel-close', '\u00d7');
      close.type = 'button';
      close.setAttribute('aria-label', 'Close evidence');
      var aside = el('aside', 'panel', [el('div', 'panel-head', [title, close]), meta, body]);
      aside.setAttribute('aria-live', 'polite');
      close.addEventListener('click', function () { aside.classList.remove('open'); });

      function show(ev, sourceId) {
        var id = ev ? ev.source : sourceId;
        var s = sourceById[id];
        aside.classList.add('open');
        body.textContent = '';
        title.textContent = s ? ref(id) + ' ' + (s.title || s.outlet || s.id) : 'Source ' + str(id);
        if (!s) { meta.textContent = 'This source is not in the dossier.'; return; }
        var text = str(s.text);
        var details = [s.outlet, s.published, s.id].filter(Boolean).join(' \u00b7 ');
        if (!ev) { meta.textContent = details; append(body, text); body.scrollTop = 0; return; }
        var start = ev.start, end = ev.end, note = '';
        if (text.slice(start, end) !== ev.text) {
          var found = text.indexOf(str(ev.text));
          note = found >= 0 ? ' \u2014 offsets did not match; showing the first match of the text' : ' \u2014 offsets do not match the source text';
          if (found >= 0) { start = found; end = found + str(ev.text).length; } else { start = end = 0; }
        }
        meta.textContent = details + ' \u00b7 characters ' + ev.start + '\u2013' + ev.end + (ev.resolved ? ' \u00b7 resolved mention' : '') + note;
        var mark = el('mark', 'hl', text.slice(start, end));
        append(body, [text.slice(0, start), mark, text.slice(end)]);
        // Scroll the panel only (not the page): the panel is the mark's offsetParent, as is the text body's.
        body.scrollTop = Math.max(0, mark.offsetTop - body.offsetTop - body.clientHeight / 3);
        mark.classList.add('flash');
      }

      return { node: aside, show: show };
    }

    /* ---------- sections ---------- */

    function header() {
      var e = d.event || {};
      var facts = [];
      if (e.start || e.end) { facts.push(e.start === e.end || !e.end ? str(e.start) : str(e.start || '?') + ' \u2013 ' + str(e.end)); }
      if (list(e.participants).length) { facts.push(entityNames(e.participants)); }
      facts.push(sources.length + (sources.length === 1 ? ' source' : ' sources'));
      if (d.generated) { facts.push('generated ' + d.generated); }
      var nav = el('nav', 'sections', SECTIONS.map(function (s) {
        var a = el('a', null, s[1]);
        a.href = '#sec-' + s[0];
        return a;
      }));
      return [el('header', 'top', [el('h1', null, e.title || 'Dossier'), el('p', 'meta', facts.join(' \u00b7 '))]), nav];
    }

    function section(key, title, count, content) {
      var s = el('section', null, [el('h2', null, [title, count === null ? null : el('span', 'count', String(count))]), content]);
      s.id = 'sec-' + key;
      return s;
    }

    function sourcesSection() {
      return table(['#', 'Title', 'Outlet', 'Author', 'Published', 'Phase', ''], sources.map(function (s, i) {
        var open = el('a', 'ev', 'read');
        open.href = '#src-' + encodeURIComponent(str(s.id));
        open.addEventListener('click', function (event) { event.preventDefault(); panel.show(null, s.id); });
        var title = [el('div', null, s.title || '(untitled)'), el('div', 'muted', s.id)];
        if (s.uri && /^https?:\/\//i.test(s.uri)) {
          var link = el('a', 'external', 'original');
          link.href = s.uri;
          link.rel = 'noopener noreferrer';
          link.target = '_blank';
          title.push(link);
        }
        list(s.warnings).forEach(function (w) { title.push(el('div', 'warning', '\u26a0 ' + w)); });
        return [String(i + 1), title, str(s.outlet), str(s.author),
          [str(s.published), s.publishedInferred ? el('span', 'muted', ' (inferred)') : null], badge(s.phase, 'phase'), open];
      }));
    }

    function summarySection() {
      var items = list(d.summary);
      if (!items.length) { return none(); }
      return el('p', 'summary', items.map(function (ev) { return [evLink(ev), ' ', refLink(ev), ' ']; }));
    }

    function entitiesSection() {
      return table(['Name', 'Type', 'Roles', 'Mentions', 'Aliases'], list(d.entities).map(function (e) {
        var mentions = list(e.mentions);
        var resolved = mentions.filter(function (m) { return m && m.resolved; }).length;
        var details = el('details', null, [
          el('summary', null, mentions.length + (resolved ? ' (' + resolved + ' resolved)' : '')),
          el('ul', 'mentions', mentions.map(function (m) {
            return el('li', null, [evLink(m), ' ', refLink(m), m && m.resolved ? el('span', 'muted', ' resolved') : null]);
          }))]);
        return [el('strong', null, str(e.name)), badge(e.type, 'type'), list(e.roles).join('; '), details, list(e.aliases).join(', ')];
      }));
    }

    function quotesSection() {
      var quotes = list(d.quotes);
      if (!quotes.length) { return none(); }
      var groups = [], byName = dict();
      quotes.forEach(function (q) {
        var name = q.speaker ? entityName(q.speaker) : q.speakerText || 'Unattributed';
        if (!(name in byName)) { byName[name] = []; groups.push(name); }
        byName[name].push(q);
      });
      return el('div', null, groups.map(function (name) {
        return el('div', 'quote-group', [el('h3', null, name), byName[name].map(function (q) {
          var by = [q.speakerText, q.cue].filter(Boolean).join(', ');
          return el('blockquote', 'quote', [evLink(q.evidence, '\u201c' + str(q.evidence && q.evidence.text) + '\u201d'),
            el('footer', null, [by ? '\u2014 ' + by + ' ' : '', refLink(q.evidence)])]);
        })]);
      }));
    }

    function figuresSection() {
      return table(['Value', 'Subject', 'About', 'Time', 'Text'], list(d.figures).map(function (f) {
        return [el('strong', 'figure', evLink(f.evidence, formatFigure(f.value, f.unit))), str(f.subject), entityNames(f.about),
          str(f.time), quoted(f.evidence)];
      }));
    }

    function timelineSection() {
      var items = list(d.timeline);
      if (!items.length) { return none(); }
      return el('ol', 'timeline', items.map(function (t) {
        var first = list(t.evidence)[0];
        return el('li', null, [el('time', null, str(t.date)), ' ', badge(t.certainty, 'certainty'),
          el('div', 'what', first ? evLink(first, str(t.what)) : str(t.what)), el('div', 'refs', refLinks(t.evidence))]);
      }));
    }

    function claimsSection() {
      var claims = list(d.claims);
      if (!claims.length) { return none(); }
      var kinds = ['expectation', 'outcome', 'statement'];
      claims.forEach(function (c) { if (kinds.indexOf(c.kind) < 0) { kinds.push(c.kind); } });
      return el('div', null, kinds.map(function (kind) {
        var ofKind = claims.filter(function (c) { return c.kind === kind; });
        if (!ofKind.length) { return null; }
        return [el('h3', null, KIND_TITLES[kind] || str(kind) || 'Other'), el('ul', 'claims', ofKind.map(function (c) {
          return el('li', null, [evLink(c.evidence), ' ', refLink(c.evidence), ' ', badge(c.topic, 'topic'),
            list(c.actors).length ? el('span', 'muted', ' ' + entityNames(c.actors)) : null]);
        }))];
      }));
    }

    function claimLinks(ids) {
      var links = list(ids).map(function (id) {
        var c = claimById[id];
        return el('div', 'claim-ref', c ? [evLink(c.evidence), ' ', refLink(c.evidence)] : str(id));
      });
      return links.length ? links : el('span', 'muted', '\u2014');
    }

    function scorecardSection() {
      return table(['Expected', 'Outcome', 'Status', 'Why'], list(d.scorecard).map(function (r) {
        return [claimLinks(r.expectation), claimLinks(r.outcome), badge(r.status, 'status'), str(r.why)];
      }));
    }

    function evidenceGroups(items, withKind) {
      if (!items.length) { return none(); }
      return el('ul', 'groups', items.map(function (g) {
        return el('li', null, [el('strong', null, str(g.about)), withKind ? [' ', badge(g.kind, 'kind')] : null,
          el('ul', null, list(g.items).map(function (ev) { return el('li', null, quoted(ev)); }))]);
      }));
    }

    function coverageSection() {
      var c = d.coverage || {};
      var topics = list(c.topics), bySource = c.bySource || {}, unique = c.uniqueFacts || {};
      var parts = [];
      if (topics.length) {
        var headers = ['Topic'].concat(sources.map(function (s) { return ref(s.id); }));
        parts.push(table(headers, topics.map(function (topic) {
          return [topic].concat(sources.map(function (s) {
            var n = (bySource[s.id] || {})[topic] || 0;
            return el('span', 'cov cov-' + Math.min(n, 3), n ? String(n) : '\u00b7');
          }));
        })));
      }
      var uniqueIds = Object.keys(unique);
      if (uniqueIds.length) {
        parts.push(el('h3', null, 'Reported by one source only'));
        parts.push(el('ul', null, uniqueIds.map(function (sid) {
          return el('li', null, [ref(sid) + ' ', list(unique[sid]).map(function (id) {
            var ev = evidenceById[id];
            return [ev ? evLink(ev, id + ': ' + str(ev.text)) : str(id), ' '];
          })]);
        })));
      }
      return parts.length ? el('div', null, parts) : none();
    }

    function eventsSection() {
      return table(['Date', 'Actor', 'Event', 'Target', 'Certainty', 'Evidence'], list(d.events).map(function (e) {
        return [str(e.date), entityNames(e.actor), [el('code', null, str(e.code)), e.mode ? ' ' + str(e.mode) : ''],
          entityNames(e.target), str(e.certainty),
          list(e.evidence).map(function (ev) { return el('div', null, quoted(ev)); })];
      }));
    }

    function textsSection() {
      if (!sources.length) { return none(); }
      return el('div', null, sources.map(function (s) {
        var article = el('article', 'source', [
          el('h3', null, ref(s.id) + ' ' + (s.title || s.id)),
          el('p', 'muted', [s.outlet, s.author, s.published, s.id].filter(Boolean).join(' \u00b7 ')),
          el('div', 'source-text', str(s.text))]);
        article.id = 'src-' + s.id;
        return article;
      }));
    }

    var main = el('main', 'content', [
      section('sources', 'Sources', sources.length, sourcesSection()),
      section('summary', 'Summary', null, summarySection()),
      section('entities', 'People & organizations', list(d.entities).length, entitiesSection()),
      section('quotes', 'Quotes', list(d.quotes).length, quotesSection()),
      section('figures', 'Figures', list(d.figures).length, figuresSection()),
      section('timeline', 'Timeline', list(d.timeline).length, timelineSection()),
      section('claims', 'Claims', list(d.claims).length, claimsSection()),
      section('scorecard', 'Scorecard', list(d.scorecard).length, scorecardSection()),
      section('agreements', 'Agreements', list(d.agreements).length, evidenceGroups(list(d.agreements), false)),
      section('contradictions', 'Contradictions', list(d.contradictions).length, evidenceGroups(list(d.contradictions), true)),
      section('coverage', 'Coverage', null, coverageSection()),
      section('events', 'Coded events', list(d.events).length, eventsSection()),
      section('texts', 'Source texts', null, textsSection())
    ]);
    container.textContent = '';
    append(container, [header(), el('div', 'layout', [main, panel.node])]);
  }

  var api = { render: render, formatFigure: formatFigure };
  if (typeof window !== 'undefined') { window.DossierView = api; }

  var data = typeof document !== 'undefined' ? document.getElementById('dossier-data') : null;
  var app = typeof document !== 'undefined' ? document.getElementById('app') : null;
  if (data && app) {
    try {
      render(app, JSON.parse(data.textContent));
    } catch (err) {
      app.textContent = 'This dossier could not be shown: ' + err.message;
    }
  }
}());
