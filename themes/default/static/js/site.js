/* The theme's one classic script: each data-module starts in its own try/catch, and every page
   works without it (file:// forbids ES modules, so none are used). */
(function () {
  'use strict';
  var modules = {};

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
