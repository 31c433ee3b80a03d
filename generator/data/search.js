/* Search engine for the static index written by generator/search.py.
 * Classic script, no fetch, XHR, workers or modules: all of them fail from file:// (kiosks).
 * Index files are classic scripts too; each calls back into window.ZW_SEARCH.
 * Normalisation and tokens mirror generator/textnorm.py exactly. */
(function () {
  'use strict';
  var S = window.ZW_SEARCH = window.ZW_SEARCH || {};
  var HAN = '\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff';
  var RUNS, HAN_RUN, HAN_CHAR, CODE_CHARS;
  try { // Extension B needs the u flag; without it (old engines) the BMP ranges still work
    RUNS = new RegExp('[' + HAN + '\\u{20000}-\\u{2a6df}]+|[a-z0-9]+', 'gu');
    HAN_RUN = new RegExp('^[' + HAN + '\\u{20000}-\\u{2a6df}]+$', 'u');
    HAN_CHAR = new RegExp('[' + HAN + '\\u{20000}-\\u{2a6df}]', 'gu');
    CODE_CHARS = new RegExp('[^' + HAN + '\\u{20000}-\\u{2a6df}a-z0-9]+', 'gu');
  } catch (e) {
    RUNS = new RegExp('[' + HAN + ']+|[a-z0-9]+', 'g');
    HAN_RUN = new RegExp('^[' + HAN + ']+$');
    HAN_CHAR = new RegExp('[' + HAN + ']', 'g');
    CODE_CHARS = new RegExp('[^' + HAN + 'a-z0-9]+', 'g');
  }
  var script = document.currentScript;
  var root = script ? script.src.replace(/search\/search\.js(\?.*)?$/, '') : '';
  var loaded = {}, waiting = {}, data = {p: {}, d: {}};
  var t2s = null;

  function done(key) {
    loaded[key] = true;
    var callbacks = waiting[key] || [];
    delete waiting[key];
    for (var i = 0; i < callbacks.length; i++) callbacks[i](null);
  }
  S.m = function (n, value) { data.m = value; done('meta'); };
  S.f = function (n, value) { data.f = parseFacets(value); done('facets'); };
  /* Walk code points, not UTF-16 units: the map and the text hold Extension B characters. */
  function chars(text) { return Array.from ? Array.from(text) : text.split(''); }
  S.t = function (n, value) {
    var list = chars(value);
    t2s = {};
    for (var i = 0; i + 1 < list.length; i += 2) t2s[list[i]] = list[i + 1];
    done('t2s');
  };
  S.p = function (n, value) { data.p[n] = value; done('p/' + n); };
  S.d = function (n, value) { data.d[n] = value; done('d/' + n); };

  /* Load index files (by key, e.g. 'p/12') with injected classic scripts; call back once all are in. */
  function need(keys, callback) {
    var pending = 0, failed = null;
    function one(err) {
      if (err && !failed) failed = err;
      if (--pending === 0) callback(failed);
    }
    pending = keys.length + 1;
    keys.forEach(function (key) {
      if (loaded[key]) { pending--; return; }
      if (waiting[key]) { waiting[key].push(one); return; }
      waiting[key] = [one];
      var tag = document.createElement('script');
      tag.src = root + 'search/' + key + '.js';
      tag.onerror = function () {
        var callbacks = waiting[key] || [];
        delete waiting[key];
        callbacks.forEach(function (cb) { cb(new Error('cannot load ' + tag.src)); });
      };
      document.head.appendChild(tag);
    });
    one(null);
  }

  function parseFacets(text) {
    var rows = text ? text.split(';') : [], out = new Array(rows.length);
    for (var i = 0; i < rows.length; i++) {
      var parts = rows[i].split('.'), code = parseInt(parts[0], 36);
      out[i] = {
        kind: code === 0 ? 'm' : 'd',
        stage: code === 0 ? -1 : (code - 1) % 6,
        validity: code === 0 ? 0 : Math.floor((code - 1) / 6),
        domains: parseInt(parts[1], 36),
        day: parseInt(parts[2], 36),
        titleTokens: parseInt(parts[3], 36) || 1
      };
    }
    return out;
  }

  function normalize(text) {
    var s = text.normalize ? text.normalize('NFKC') : text;
    s = s.toLowerCase();
    if (!t2s) return s;
    return chars(s).map(function (c) { return t2s[c] || c; }).join('');
  }
  S.normalize = normalize;

  function tokens(normal) {
    var found = [], runs = normal.match(RUNS) || [];
    runs.forEach(function (run) {
      var list = chars(run);
      if (HAN_RUN.test(run) && list.length > 1) {
        for (var i = 0; i + 1 < list.length; i++) found.push(list[i] + list[i + 1]);
      } else {
        found.push(run);
      }
    });
    return found;
  }
  S.tokens = tokens;

  function codeToken(normal) {
    var compact = normal.replace(CODE_CHARS, '');
    return compact ? '#' + compact : '';
  }

  function shardOf(token, count) {
    var h = 0x811c9dc5;
    for (var i = 0; i < token.length; i++) {
      h ^= token.charCodeAt(i);
      h = Math.imul ? Math.imul(h, 0x01000193) >>> 0 : (h * 0x01000193) >>> 0;
    }
    return h % count;
  }
  S.shardOf = shardOf;

  function unique(list) {
    var seen = {}, out = [];
    list.forEach(function (x) { if (x && !seen[x]) { seen[x] = true; out.push(x); } });
    return out;
  }

  /* The query as token sets: itself, and with each known abbreviation expanded (低保 → 最低生活保障). */
  function variants(normal) {
    var texts = [normal], abbreviations = data.m.abbreviations;
    Object.keys(abbreviations).sort().forEach(function (short) {
      if (normal.indexOf(short) < 0) return;
      abbreviations[short].forEach(function (long) { texts.push(normal.split(short).join(long)); });
    });
    return unique(texts).slice(0, 8).map(function (text) {
      var list = tokens(text);
      var code = /[0-9]/.test(text) ? codeToken(text) : '';
      return {text: text, tokens: unique(list), code: code.length > 3 ? code : ''};
    });
  }

  function decode(gaps, visit) {
    if (!gaps) return;
    var parts = gaps.split(','), n = 0;
    for (var i = 0; i < parts.length; i++) { n += parseInt(parts[i], 16); visit(n); }
  }

  function posting(token) {
    var shard = data.p[shardOf(token, data.m.shards)];
    return shard && shard[token];
  }

  /* Score every record: 3 for a token in the title, 1 for one in the text; a code (文号) match outranks all.
     Among equal scores, a title the query covers more fully (the policy itself, not its 政策解读) goes first. */
  function score(variant) {
    var scores = {}, matched = {}, inTitle = {};
    variant.tokens.forEach(function (token) {
      var lists = posting(token);
      if (!lists) return;
      decode(lists[0], function (n) {
        scores[n] = (scores[n] || 0) + 3; matched[n] = (matched[n] || 0) + 1; inTitle[n] = (inTitle[n] || 0) + 1;
      });
      decode(lists[1], function (n) { scores[n] = (scores[n] || 0) + 1; matched[n] = (matched[n] || 0) + 1; });
    });
    var needed = Math.ceil(variant.tokens.length / 2), count = Math.max(1, variant.tokens.length);
    var result = {};
    Object.keys(scores).forEach(function (n) {
      if (matched[n] < needed) return;
      var coverage = (inTitle[n] || 0) / Math.max(data.f[n].titleTokens, inTitle[n] || 0, 1);
      result[n] = scores[n] / count + 0.1 * coverage / count;
    });
    if (variant.code) {
      var lists = posting(variant.code);
      if (lists) decode(lists[0], function (n) { result[n] = (result[n] || 0) + 100; });
    }
    return result;
  }

  function passes(facet, filters) {
    if (filters.type && facet.kind !== filters.type) return false;
    if (filters.domain) {
      var bit = data.m.domain_ids.indexOf(filters.domain);
      if (bit < 0 || !(facet.domains & (1 << bit))) return false;
    }
    if (filters.stage && (facet.kind !== 'd' || data.m.stages[facet.stage] !== filters.stage)) return false;
    return true;
  }

  /* Rank: score, then matters before documents, valid before expired and repealed, newer first. */
  function rank(best, filters) {
    var facets = data.f;
    return Object.keys(best).map(Number).filter(function (n) {
      return passes(facets[n], filters);
    }).sort(function (a, b) {
      var fa = facets[a], fb = facets[b];
      return (best[b] - best[a]) || ((fa.kind === 'm' ? 0 : 1) - (fb.kind === 'm' ? 0 : 1)) ||
        ((fa.validity ? 1 : 0) - (fb.validity ? 1 : 0)) || (fb.day - fa.day) || (a - b);
    });
  }

  /* Search; callback(error, {total, results: [{title, url (relative to the site root), kind, domains, date, validity, snippet, number}], words}). */
  S.search = function (query, filters, limit, callback) {
    need(['meta', 't2s', 'facets'], function (err) {
      if (err) return callback(err);
      var normal = normalize(query).trim(), list = variants(normal);
      var keys = [];
      list.forEach(function (v) {
        v.tokens.concat(v.code ? [v.code] : []).forEach(function (t) { keys.push('p/' + shardOf(t, data.m.shards)); });
      });
      need(unique(keys), function (err2) {
        if (err2) return callback(err2);
        var best = {};
        list.forEach(function (v) {
          var scores = score(v);
          Object.keys(scores).forEach(function (n) { if (!(best[n] >= scores[n])) best[n] = scores[n]; });
        });
        var order = rank(best, filters || {}), top = order.slice(0, limit);
        var chunks = unique(top.map(function (n) { return 'd/' + Math.floor(n / data.m.chunk); }));
        need(chunks, function (err3) {
          if (err3) return callback(err3);
          callback(null, {
            total: order.length,
            words: unique(list.map(function (v) { return v.text; })),
            results: top.map(function (n) {
              var row = data.d[Math.floor(n / data.m.chunk)][n % data.m.chunk];
              return {title: row[0], url: row[1], kind: row[2], domains: row[3], date: row[4],
                      validity: row[5], snippet: row[6], number: row[7]};
            })
          });
        });
      });
    });
  };

  S.meta = function (callback) { need(['meta'], function (err) { callback(err, data.m); }); };
})();
