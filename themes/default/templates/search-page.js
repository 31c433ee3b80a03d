/* search.html: shows what window.ZW_SEARCH (search/search.js) finds, and searches again in place.
   A classic script like the engine (file:// forbids modules); the page works without it through
   the form's own GET. search.html includes it inline, after search.js: as a template, so it must
   hold no Jinja delimiters (double braces, a brace with % or #) and no closing script tag. */
(function () {
  'use strict';

  var TYPING_PAUSE = 50; // ms without a keystroke before the typed words are searched in the background

  function start() {
    var form = document.getElementById('search-form');
    if (!form) return;
    var strings = JSON.parse(form.getAttribute('data-strings'));
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-results');
    var help = document.getElementById('search-help');
    var widen = document.getElementById('search-widen');
    var more = document.getElementById('search-more');
    var names = ['type', 'domain', 'stage'];
    var state = {query: '', filters: {}, limit: 0, run: 0};
    var typing = null; // the timer of a search in the background (below)

    function element(tag, className, value) {
      var node = document.createElement(tag);
      if (className) node.className = className;
      if (value) node.textContent = value;
      return node;
    }

    /* The text folded as search compares it, with where each folded character came from. */
    function fold(value) {
      var normal = '', starts = [], ends = [], at = 0;
      (Array.from ? Array.from(value) : value.split('')).forEach(function (c) {
        var folded = window.ZW_SEARCH.normalizeChar(c);
        for (var i = 0; i < folded.length; i++) { starts.push(at); ends.push(at + c.length); }
        normal += folded;
        at += c.length;
      });
      return {normal: normal, starts: starts, ends: ends};
    }

    /* The stretches of a text that are the query's words (as folded: 戶籍 marks 户籍), as [start, end]. */
    function spans(value, words) {
      var text = fold(value), found = [];
      words.forEach(function (word) {
        var list = window.ZW_SEARCH.tokens(word);
        list.forEach(function (token) {
          if (token.length < 2 && list.length > 1) return; // a lone character marks only a one-character query
          for (var at = text.normal.indexOf(token); at >= 0; at = text.normal.indexOf(token, at + 1)) {
            found.push([text.starts[at], text.ends[at + token.length - 1]]);
          }
        });
      });
      found.sort(function (a, b) { return a[0] - b[0] || b[1] - a[1]; });
      var merged = [];
      found.forEach(function (s) {
        var last = merged[merged.length - 1];
        if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]); else merged.push(s.slice());
      });
      return merged;
    }

    /* Text with the query's words in <mark>, built as nodes: content never goes through innerHTML. */
    function highlight(value, words) {
      var fragment = document.createDocumentFragment(), position = 0;
      spans(value, words).forEach(function (s) {
        fragment.appendChild(document.createTextNode(value.slice(position, s[0])));
        fragment.appendChild(element('mark', '', value.slice(s[0], s[1])));
        position = s[1];
      });
      fragment.appendChild(document.createTextNode(value.slice(position)));
      return fragment;
    }

    /* About 80 characters of the snippet, starting a little before its first match. */
    function excerpt(value, words) {
      var first = spans(value, words)[0], from = first ? Math.max(0, first[0] - 20) : 0;
      var text = value.slice(from, from + 80);
      return (from ? '…' : '') + text + (from + 80 < value.length ? '…' : '');
    }

    function item(r, words) {
      var li = element('li', 'zw-results__item');
      var link = element('a', 'zw-results__title');
      link.href = r.url;
      link.appendChild(highlight(r.title, words));
      li.appendChild(link);
      var meta = element('p', 'zw-results__meta');
      meta.appendChild(element('span', 'zw-tag zw-tag--' + r.kind, strings['type_' + r.kind]));
      if (r.domains) meta.appendChild(element('span', '', r.domains));
      if (r.number) meta.appendChild(element('span', '')).appendChild(highlight(r.number, words));
      if (r.date) meta.appendChild(element('span', '', r.date));
      if (r.validity !== 'valid') meta.appendChild(element('span', 'zw-tag zw-tag--' + r.validity, strings['validity_' + r.validity]));
      li.appendChild(meta);
      if (r.snippet) {
        var p = element('p', 'zw-results__snippet');
        p.appendChild(highlight(excerpt(r.snippet, words), words));
        li.appendChild(p);
      }
      return li;
    }

    function show(run, err, found, from) {
      if (run !== state.run) return; // a newer search has started
      if (err) { status.textContent = strings.error; list.textContent = ''; return; }
      help.hidden = widen.hidden = true;
      if (!found.total) {
        list.textContent = '';
        status.textContent = strings.none.replace('{query}', state.query);
        if (found.unfiltered) {
          widen.hidden = false;
          widen.querySelector('a').textContent = strings.widen.replace('{total}', found.unfiltered);
          widen.querySelector('a').href = '?' + new URLSearchParams({q: state.query}).toString();
        }
        help.hidden = false;
        more.hidden = true;
        return shown();
      }
      var fragment = document.createDocumentFragment();
      found.results.slice(from).forEach(function (r) { fragment.appendChild(item(r, found.words)); });
      if (!from) list.textContent = '';
      var firstNew = fragment.firstChild;
      list.appendChild(fragment);
      status.textContent = found.total > found.results.length
        ? strings.count_more.replace('{total}', found.total).replace('{shown}', found.results.length)
        : strings.count.replace('{total}', found.total);
      more.hidden = found.total <= found.results.length;
      if (from && firstNew) firstNew.querySelector('a').focus(); // keyboard users go on where the new results begin
      shown();
    }

    /* The answer is on the page (results, or none): say so to the benchmarks, and let the engine
       load what later queries will likely need. */
    function shown() {
      if (window.performance && performance.mark) performance.mark('zw-search:shown');
      if (window.ZW_SEARCH.prefetch) window.ZW_SEARCH.prefetch(); // (a cached older engine has none)
    }

    function search(from) {
      var run = ++state.run;
      if (!from) status.textContent = strings.searching;
      window.ZW_SEARCH.search(state.query, state.filters, state.limit, function (err, found) {
        show(run, err, found, from);
      });
    }

    /* Read the query and filters from the address, as a bookmark, a reload or the back button give them. */
    function fromAddress() {
      var params = new URLSearchParams(window.location.search);
      state.query = (params.get('q') || '').trim();
      state.filters = {};
      names.forEach(function (name) {
        state.filters[name] = params.get(name) || '';
        form.elements[name].value = state.filters[name];
      });
      form.elements.q.value = state.query;
      state.limit = window.ZW_SEARCH.pageSize;
      document.title = (state.query ? state.query + ' - ' : '') + form.getAttribute('data-title');
      if (state.query) { search(0); return; } // the last results stay until the new ones replace them: no empty frame
      list.textContent = '';
      help.hidden = widen.hidden = more.hidden = true;
      status.textContent = strings.empty_query;
    }

    /* Search again in place: the address changes (so it can be bookmarked and shared), the page does not reload. */
    function submit(event) {
      window.clearTimeout(typing);
      var params = new URLSearchParams();
      params.set('q', form.elements.q.value.trim());
      names.forEach(function (name) { if (form.elements[name].value) params.set(name, form.elements[name].value); });
      try {
        window.history.pushState(null, '', '?' + params.toString());
      } catch (e) { // the browser refuses (some do from file://): let the form load the page
        if (!event) form.submit();
        return;
      }
      if (event) event.preventDefault();
      fromAddress();
    }

    /* Search while the visitor types, without showing it: on Enter the results are then in memory, and
       show at once rather than after a round of index files. The bigrams of the words typed so far are
       the finished query's too, so their shards load once either way; only the rows of a half-typed
       query's first page may go unused. Not while an input method
       is still composing (its letters are no query yet), and once typing pauses: a pasted query or an
       input method's phrase is one search, not one a character. Chromium sends no input event once a
       composition ends, Firefox does: both are heard. */
    function typed() {
      window.clearTimeout(typing);
      typing = window.setTimeout(function () {
        var query = form.elements.q.value.trim(), filters = {};
        if (!query) return;
        names.forEach(function (name) { filters[name] = form.elements[name].value; });
        window.ZW_SEARCH.search(query, filters, window.ZW_SEARCH.pageSize, function () {});
      }, TYPING_PAUSE);
    }
    form.elements.q.addEventListener('input', function (event) {
      if (event.isComposing) window.clearTimeout(typing); else typed();
    });
    form.elements.q.addEventListener('compositionend', typed);
    form.addEventListener('submit', submit);
    names.forEach(function (name) {
      form.elements[name].addEventListener('change', function () { if (form.elements.q.value.trim()) submit(null); });
    });
    more.querySelector('button').addEventListener('click', function () {
      var from = list.children.length;
      state.limit = from + window.ZW_SEARCH.pageSize;
      search(from);
    });
    window.addEventListener('popstate', fromAddress);
    fromAddress();
  }

  /* Start when both the engine and the results' elements are there: search.html loads this script
     after them, so at once, without waiting for the rest of the page. */
  var engine = window.ZW_SEARCH = window.ZW_SEARCH || {};
  (engine.queue = engine.queue || []).push(function () {
    if (document.getElementById('search-more')) start(); else document.addEventListener('DOMContentLoaded', start);
  });
})();
