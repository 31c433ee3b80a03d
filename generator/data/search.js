/* Search engine for the static index written by generator/search.py (files: search_files.py).
 * A classic script: fetch, XHR, workers from URLs, modules and WASM all fail from file:// (kiosks),
 * so every index file is a classic script too, calling back into window.ZW_SEARCH.
 * lunr.js 2.3.9 comes first in the same file; the Traditional→Simplified map is appended after it.
 * Normalisation and tokens mirror generator/textnorm.py exactly. */
(function () {
  'use strict';
  var S = window.ZW_SEARCH = window.ZW_SEARCH || {};
  var HAN = '\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff', ASTRAL = '\\u{20000}-\\u{2fa1f}\\u{30000}-\\u{323af}';
  var RUNS, HAN_RUN, CODE_CHARS;
  try { // astral Han needs the u flag; without it (old engines) the BMP ranges still work
    RUNS = new RegExp('[' + HAN + ASTRAL + ']+|[a-z0-9]+', 'gu');
    HAN_RUN = new RegExp('^[' + HAN + ASTRAL + ']+$', 'u');
    CODE_CHARS = new RegExp('[^' + HAN + ASTRAL + 'a-z0-9]+', 'gu');
  } catch (e) {
    RUNS = new RegExp('[' + HAN + ']+|[a-z0-9]+', 'g');
    HAN_RUN = new RegExp('^[' + HAN + ']+$');
    CODE_CHARS = new RegExp('[^' + HAN + 'a-z0-9]+', 'g');
  }
  var PAGE = 10; // results a page shows; the first page's rows load with the first query
  var script = document.currentScript;
  var root = script ? script.src.replace(/search\/search\.js(\?.*)?$/, '') : '';
  var loaded = {}, waiting = {}, shards = {}, chunks = {}, t2s = {}, meta = null, matters = null;
  var searches = {};

  function mark(name) { if (window.performance && performance.mark) performance.mark('zw-search:' + name); }

  function done(key) {
    loaded[key] = true;
    var callbacks = waiting[key] || [];
    delete waiting[key];
    for (var i = 0; i < callbacks.length; i++) callbacks[i](null);
  }
  S.i = function (value) { meta = value; mark('index'); done('index'); };
  S.p = function (n, value) { shards[n] = value; done('p/' + n); };
  S.d = function (n, value) { chunks[n] = value; done('d/' + n); };
  /* Walk code points, not UTF-16 units: the map and the text hold astral characters. */
  function chars(text) { return Array.from ? Array.from(text) : text.split(''); }
  S.t = function (pairs) {
    var list = chars(pairs);
    for (var i = 0; i + 1 < list.length; i += 2) t2s[list[i]] = list[i + 1];
  };

  /* Load index files (by key, e.g. 'p/12') as injected classic scripts; call back once all are in. */
  function need(keys, callback) {
    var pending = keys.length + 1, failed = null;
    function one(err) {
      if (err && !failed) failed = err;
      if (--pending === 0) callback(failed);
    }
    keys.forEach(function (key) {
      if (loaded[key]) { pending--; return; }
      if (waiting[key]) { waiting[key].push(one); return; }
      waiting[key] = [one];
      if (key === 'index' && document.querySelector('script[src$="search/index.js"]')) return; // the page loads it
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

  function normalize(text) {
    var s = (text.normalize ? text.normalize('NFKC') : text).toLowerCase();
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

  /* The query as token lists: itself, and with each known abbreviation expanded (低保 → 最低生活保障). */
  function variants(normal) {
    var texts = [normal], abbreviations = meta.abbreviations;
    Object.keys(abbreviations).sort().forEach(function (short) {
      if (normal.indexOf(short) < 0) return;
      abbreviations[short].forEach(function (long) { texts.push(normal.split(short).join(long)); });
    });
    return unique(texts).slice(0, 8).map(function (text) {
      var code = /[0-9]/.test(text) ? codeToken(text) : '';
      return {text: text, tokens: unique(tokens(text)), code: code.length > 3 ? code : ''};
    });
  }

  function facetTokens(filters) {
    var out = [];
    if (filters.domain) out.push('@d:' + filters.domain);
    if (filters.stage) out.push('@s:' + filters.stage);
    return out;
  }

  function entry(token) {
    var shard = shards[shardOf(token, meta.shards)];
    return shard && shard[token];
  }

  /* Call visit(n) for each record of a list of hexadecimal gaps ("3,1,a"), without splitting it. */
  function decode(gaps, visit) {
    var n = 0, value = 0, digit = false;
    for (var i = 0; i < gaps.length; i++) {
      var c = gaps.charCodeAt(i);
      if (c === 44) { n += value; visit(n); value = 0; digit = false; continue; }
      value = value * 16 + (c < 58 ? c - 48 : c - 87);
      digit = true;
    }
    if (digit) { n += value; visit(n); }
  }

  /* The matters' titles are searched with lunr (research/search.md §1): idx.query with the pre-cut
     tokens and no pipeline, since lunr's query parser splits on spaces only and its trimmer erases
     Chinese. A lone Han character matches inside title bigrams through wildcards. */
  function matterHits(list, visit) {
    if (!matters) { matters = lunr.Index.load(meta.lunr); mark('lunr'); }
    var wildcard = lunr.Query.wildcard.LEADING | lunr.Query.wildcard.TRAILING;
    var single = list.filter(function (t) { return chars(t).length === 1 && HAN_RUN.test(t); });
    matters.query(function (q) {
      list.forEach(function (t) {
        q.term(t, single.indexOf(t) < 0 ? {fields: ['t'], usePipeline: false}
          : {fields: ['t'], usePipeline: false, wildcard: wildcard});
      });
    }).forEach(function (result) {
      var terms = Object.keys(result.matchData.metadata), hits = 0;
      list.forEach(function (t) {
        var found = single.indexOf(t) < 0 ? terms.indexOf(t) >= 0
          : terms.some(function (term) { return term.indexOf(t) >= 0; });
        if (found) hits++;
      });
      visit(parseInt(result.ref, 10), hits, result.score);
    });
  }

  /* Score every record for one variant: 3 a token in the title, 1 a token only in the text, over the
     query's tokens; a record must hold half of them at least (a part of a word still matches:
     出生证明 finds 出生医学证明). A 文号 or 索引号 typed whole outranks everything. */
  function scoreVariant(variant, best, extra, filters) {
    var count = variant.tokens.length, title = new Uint8Array(meta.records), text = new Uint8Array(meta.records);
    var touched = [];
    function hit(list) { return function (n) { if (!title[n] && !text[n]) touched.push(n); list[n]++; }; }
    variant.tokens.forEach(function (token) {
      var lists = entry(token);
      if (!lists) return;
      decode(lists[0], hit(title));
      decode(lists[1], hit(text));
    });
    if (count && filters.type !== 'd') {
      matterHits(variant.tokens, function (n, hits, score) {
        if (!title[n] && !text[n]) touched.push(n);
        title[n] += hits;
        extra[n] = Math.max(extra[n] || 0, score);
      });
    }
    var needed = Math.ceil(count / 2);
    touched.forEach(function (n) {
      if (title[n] + text[n] < needed) return;
      // A title matches when it holds half the query at least: one shared bigram (居民 of 居民身份证) is no title hit.
      var score = (title[n] >= needed ? 3 * title[n] + text[n] : title[n] + text[n]) / count;
      if (score > best[n]) best[n] = score;
    });
    if (variant.code && entry(variant.code)) {
      decode(entry(variant.code)[0], function (n) { best[n] = Math.max(best[n], 100); });
    }
  }

  function filterMask(filters) {
    var mask = null;
    facetTokens(filters).forEach(function (token) {
      var next = new Uint8Array(meta.records), lists = entry(token);
      if (lists) decode(lists[0], function (n) { if (!mask || mask[n]) next[n] = 1; });
      mask = next;
    });
    return mask;
  }

  /* Rank: score; then matters before documents (matters by lunr's BM25, then site order), then the
     higher record number: valid above expired and repealed, newer above older (search_records.py). */
  function rank(best, extra, filters) {
    var matterCount = meta.matters, mask = filterMask(filters), all = [], kept = [];
    for (var n = 0; n < best.length; n++) {
      if (!best[n]) continue;
      all.push(n);
      if (filters.type === 'm' && n >= matterCount) continue;
      if (filters.type === 'd' && n < matterCount) continue;
      if (mask && !mask[n]) continue;
      kept.push(n);
    }
    kept.sort(function (a, b) {
      var am = a < matterCount, bm = b < matterCount;
      if (best[a] !== best[b]) return best[b] - best[a];
      if (am !== bm) return am ? -1 : 1;
      if (am) return ((extra[b] || 0) - (extra[a] || 0)) || (a - b);
      return b - a;
    });
    return {order: kept, unfiltered: all.length};
  }

  /* Start a search, or join the one running for the same query and filters; call back with its ranking. */
  function ranked(query, filters, callback) {
    var key = JSON.stringify([query, filters.type || '', filters.domain || '', filters.stage || '']);
    var search = searches[key];
    if (search) {
      if (search.result) callback(null, search.result); else search.callbacks.push(callback);
      return;
    }
    search = searches[key] = {callbacks: [callback]};
    function finish(err, result) {
      if (err) delete searches[key]; else search.result = result;
      search.callbacks.forEach(function (cb) { cb(err, result); });
    }
    need(['index'], function (err) {
      if (err) return finish(err);
      var list = variants(normalize(query).trim()), files = [];
      list.forEach(function (v) { files = files.concat(v.tokens, v.code ? [v.code] : []); });
      files = unique(files.concat(facetTokens(filters)).map(function (t) { return 'p/' + shardOf(t, meta.shards); }));
      need(files, function (err2) {
        if (err2) return finish(err2);
        mark('shards');
        var best = new Float64Array(meta.records), extra = {};
        list.forEach(function (v) { scoreVariant(v, best, extra, filters); });
        var result = rank(best, extra, filters);
        result.words = unique(list.map(function (v) { return v.text; }));
        mark('ranked');
        finish(null, result);
      });
    });
  }

  function rows(order, callback) {
    var size = meta.chunk;
    need(unique(order.map(function (n) { return 'd/' + Math.floor(n / size); })), function (err) {
      if (err) return callback(err);
      callback(null, order.map(function (n) {
        var row = chunks[Math.floor(n / size)][n % size];
        return {title: row[0], url: row[1], kind: row[2], domains: row[3], date: row[4], validity: row[5],
                snippet: row[6], number: row[7]};
      }));
    });
  }

  /* Search; callback(error, {total, unfiltered, words, results: [{title, url (from the site root), kind,
     domains, date, validity, snippet, number}]}), results best first, at most `limit` of them. */
  S.search = function (query, filters, limit, callback) {
    filters = filters || {};
    ranked(query, filters, function (err, result) {
      if (err) return callback(err);
      rows(result.order.slice(0, limit), function (err2, found) {
        if (err2) return callback(err2);
        mark('rows');
        callback(null, {total: result.order.length, unfiltered: result.unfiltered, words: result.words,
                        results: found});
      });
    });
  };
  S.pageSize = PAGE;
  S.meta = function (callback) { need(['index'], function (err) { callback(err, meta); }); };

  /* Called last in search.js, once the map is in: take index.js if it came first, start the search of
     search.html?q=… at once (its files load while the page is still being laid out), then serve the
     page's queue. */
  S.start = function () {
    mark('engine');
    if (window.ZW_SEARCH_INDEX) S.i(window.ZW_SEARCH_INDEX);
    var params = window.URLSearchParams ? new URLSearchParams(window.location.search) : null;
    var first = params && (params.get('q') || '').trim();
    if (first) {
      S.search(first, {type: params.get('type') || '', domain: params.get('domain') || '',
                       stage: params.get('stage') || ''}, PAGE, function () {});
    }
    var queued = S.queue || [];
    S.queue = {push: function (fn) { fn(); }};
    queued.forEach(function (fn) { fn(); });
  };
})();
