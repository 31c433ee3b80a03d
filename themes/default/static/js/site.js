/* The theme's one classic script: each data-module starts in its own try/catch, and every page
   works without it (file:// forbids ES modules, so none are used). */
(function () {
  'use strict';
  var modules = {};

  modules['search-page'] = function (form) {
    var strings = JSON.parse(form.getAttribute('data-strings'));
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-results');
    var help = document.getElementById('search-help');
    var more = document.getElementById('search-more');
    var params = new URLSearchParams(window.location.search);
    var query = (params.get('q') || '').trim();
    var filters = {type: params.get('type') || '', domain: params.get('domain') || '', stage: params.get('stage') || ''};
    var limit = 20;
    form.elements.q.value = query;
    ['type', 'domain', 'stage'].forEach(function (name) {
      form.elements[name].value = filters[name];
      form.elements[name].addEventListener('change', function () { if (form.elements.q.value.trim()) form.submit(); });
    });
    if (!query) { status.textContent = strings.empty_query; return; }
    document.title = query + ' - ' + document.title;

    function text(tag, className, value) {
      var node = document.createElement(tag);
      if (className) node.className = className;
      if (value) node.textContent = value;
      return node;
    }

    /* Mark every occurrence of the query's words (as normalised) in a text, without innerHTML. */
    function highlight(value, words) {
      var fragment = document.createDocumentFragment(), normal = window.ZW_SEARCH.normalize(value);
      var marks = [];
      words.forEach(function (word) {
        window.ZW_SEARCH.tokens(word).forEach(function (token) {
          var at = normal.indexOf(token);
          while (at >= 0 && token.length > 1) { marks.push([at, at + token.length]); at = normal.indexOf(token, at + 1); }
        });
      });
      marks.sort(function (a, b) { return a[0] - b[0]; });
      var position = 0;
      marks.forEach(function (m) {
        if (m[0] < position) { if (m[1] > position && fragment.lastChild) { fragment.lastChild.textContent += value.slice(position, m[1]); position = m[1]; } return; }
        fragment.appendChild(document.createTextNode(value.slice(position, m[0])));
        fragment.appendChild(text('mark', '', value.slice(m[0], m[1])));
        position = m[1];
      });
      fragment.appendChild(document.createTextNode(value.slice(position)));
      return fragment;
    }

    function show(err, found) {
      list.textContent = '';
      if (err) { status.textContent = strings.error; return; }
      if (!found.total) {
        status.textContent = strings.none.replace('{query}', query);
        help.hidden = false;
        return;
      }
      status.textContent = found.total > found.results.length
        ? strings.count_more.replace('{total}', found.total).replace('{shown}', found.results.length)
        : strings.count.replace('{total}', found.total);
      found.results.forEach(function (r) {
        var item = text('li', 'zw-results__item');
        var link = text('a', 'zw-results__title');
        link.href = r.url;
        link.appendChild(highlight(r.title, found.words));
        item.appendChild(link);
        var meta = text('p', 'zw-results__meta');
        meta.appendChild(text('span', 'zw-tag zw-tag--' + r.kind, strings['type_' + r.kind]));
        [r.domains, r.number, r.date].forEach(function (v) { if (v) meta.appendChild(text('span', '', v)); });
        if (r.validity !== 'valid') meta.appendChild(text('span', 'zw-tag zw-tag--' + r.validity, strings['validity_' + r.validity]));
        item.appendChild(meta);
        if (r.snippet) { var p = text('p', 'zw-results__snippet'); p.appendChild(highlight(r.snippet, found.words)); item.appendChild(p); }
        list.appendChild(item);
      });
      more.hidden = found.total <= found.results.length;
    }

    function run() {
      status.textContent = strings.searching;
      window.ZW_SEARCH.search(query, filters, limit, show);
    }
    more.addEventListener('click', function () { limit += 20; run(); });
    if (window.ZW_SEARCH && window.ZW_SEARCH.search) run();
    else window.addEventListener('load', run);
  };

  /* 大字 / 高对比: root classes, remembered across pages (the head script applies them before paint). */
  modules.display = function (bar) {
    var root = document.documentElement;
    var buttons = bar.querySelectorAll('[data-display]');
    function save() {
      var on = [];
      for (var i = 0; i < buttons.length; i++) {
        var name = buttons[i].getAttribute('data-display');
        if (root.classList.contains(name)) on.push(name);
      }
      try { localStorage.setItem('zw-display', on.join(' ')); } catch (e) { /* private mode: not remembered */ }
    }
    for (var i = 0; i < buttons.length; i++) {
      (function (button) {
        var name = button.getAttribute('data-display');
        button.setAttribute('aria-pressed', String(root.classList.contains(name)));
        button.addEventListener('click', function () {
          var on = root.classList.toggle(name);
          button.setAttribute('aria-pressed', String(on));
          save();
        });
      })(buttons[i]);
    }
    bar.hidden = false; // the controls need JS, so they only show with it
  };

  /* 打印本页: a button only with JS, since window.print is all it does; Ctrl+P works without it. */
  modules.print = function (holder) {
    holder.querySelector('button').addEventListener('click', function () { window.print(); });
    holder.hidden = false;
  };

  /* Kiosk: back to the home page after the configured idle seconds, as the next resident should find it:
     at the top, in the kiosk's own display settings (the last resident's 大字 / 高对比 are forgotten). */
  modules.kiosk = function (body) {
    var seconds = parseInt(body.getAttribute('data-idle'), 10) || 120;
    var home = body.getAttribute('data-home');
    var atHome = /(^|\/)index\.html$/.test(window.location.pathname) && !window.location.search;
    var timer = null;
    function reset() {
      if (timer) clearTimeout(timer);
      timer = setTimeout(function () {
        var root = document.documentElement;
        var changed = root.classList.contains('zw-large') || root.classList.contains('zw-contrast');
        try { localStorage.removeItem('zw-display'); } catch (e) { /* nothing was remembered */ }
        if (!atHome || window.scrollY || changed) window.location.href = home;
      }, seconds * 1000);
    }
    ['pointerdown', 'keydown', 'scroll', 'touchstart', 'wheel'].forEach(function (type) {
      window.addEventListener(type, reset, {passive: true});
    });
    reset();
  };

  function start() {
    var nodes = document.querySelectorAll('[data-module]');
    for (var i = 0; i < nodes.length; i++) {
      try { modules[nodes[i].getAttribute('data-module')](nodes[i]); } catch (e) { if (window.console) console.error(e); }
    }
  }
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start); else start();
})();
