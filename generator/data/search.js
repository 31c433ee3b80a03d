/* Search engine for the static index written by generator/search.py (files: search_files.py).
 * A classic script: fetch, XHR, workers from URLs, modules and WASM all fail from file:// (kiosks),
 * so every index file is a classic script too, calling back into window.ZW_SEARCH.
 * In search/search.js lunr.js 2.3.9 comes first; the Traditional→Simplified map, the site's
 * meta and its matters' lunr index are appended, then ZW_SEARCH.start().
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
  var loaded = {}, waiting = {}, shards = {}, chunks = {}, meta = null, matters = null, searches = {};
  var matterRows = null, prefetching = false; // every matter's row (m.js), loaded after the first results
  var t2s = {};

  function mark(name) { if (window.performance && performance.mark) performance.mark('zw-search:' + name); }

  S.t = function (value) { t2s = value; }; // {Traditional: Simplified}, from the same OpenCC data as textnorm.py
  S.i = function (value) { meta = value; };
  S.p = function (n, value) { shards[n] = value; done('p/' + n); };
  S.d = function (n, value) { chunks[n] = value; done('d/' + n); };
  S.m = function (value) { matterRows = value; mark('matters'); done('m'); };

  function done(key) {
    loaded[key] = true;
    var callbacks = waiting[key] || [];
    delete waiting[key];
    for (var i = 0; i < callbacks.length; i++) callbacks[i](null);
  }

  /* Load index files (by key, e.g. 'p/12') as classic scripts; call back once all are in. Without a
     callback, start loading files that a later call will likely need. */
  function need(keys, callback) {
    var pending = keys.length + 1, failed = null;
    function one(err) {
      if (err && !failed) failed = err;
      if (--pending === 0 && callback) callback(failed);
    }
    var write = written(), tags = '';
    keys.forEach(function (key) {
      if (loaded[key]) { pending--; return; }
      if (waiting[key]) { waiting[key].push(one); return; }
      waiting[key] = [one];
      if (write) {
        tags += '<script src="' + root + 'search/' + key + '.js" onerror="ZW_SEARCH.failed(\'' + key + '\')"><\/script>';
        return;
      }
      var tag = document.createElement('script');
      tag.src = root + 'search/' + key + '.js';
      tag.onerror = function () { S.failed(key); };
      document.head.appendChild(tag);
    });
    if (tags) document.write(tags); // once: each write runs the parser
    one(null);
  }

  S.failed = function (key) {
    var callbacks = waiting[key] || [];
    delete waiting[key];
    callbacks.forEach(function (cb) { cb(new Error('cannot load search/' + key + '.js')); });
  };

  /* Whether to write the script into the page being parsed rather than add it: from disk (a kiosk), a
     file loads in a moment, and the first query's files then run before the page is first laid out, so
     the page is laid out once, with its results (measured: ~460 → ~280 ms to results at district scale).
     Over a network the page shows first and the files follow. Only a script the parser runs may write. */
  function written() {
    var current = document.currentScript;
    return window.location.protocol === 'file:' && document.readyState === 'loading' && !!current &&
      !current.async && !current.defer;
  }

  /* Walk code points, not UTF-16 units: the map and the text hold astral characters. */
  function chars(text) { return Array.from ? Array.from(text) : text.split(''); }

  function simplified(c) { return t2s[c] || c; }

  function normalize(text) {
    var s = (text.normalize ? text.normalize('NFKC') : text).toLowerCase();
    return chars(s).map(simplified).join('');
  }
  S.normalize = normalize;

  /* normalize() of one character, without its work where NFKC cannot change it (ASCII, the URO):
     the results page folds every character it shows to mark the query's words. */
  S.normalizeChar = function (c) {
    var code = c.charCodeAt(0);
    if (code < 0x80) return c.toLowerCase();
    if (code >= 0x4e00 && code <= 0x9fff) return simplified(c);
    return normalize(c);
  };

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

  /* Add 1 to counts[n] for each record n of a list of hexadecimal gaps ("3,1,a"), read in place;
     `touched` collects each record the first time any list of the query names it. */
  function count(gaps, counts, seen, touched) {
    var n = 0, value = 0, length = gaps.length;
    for (var i = 0; i <= length; i++) {
      var c = i < length ? gaps.charCodeAt(i) : 44;
      if (c !== 44) { value = value * 16 + (c < 58 ? c - 48 : c - 87); continue; }
      if (!length) break;
      n += value;
      value = 0;
      counts[n]++;
      if (!seen[n]) { seen[n] = 1; touched.push(n); }
    }
  }

  /* The matters' titles are searched with lunr (research/search.md §1): idx.query with the pre-cut
     tokens and no pipeline, since lunr's query parser splits on spaces only and its trimmer erases
     Chinese. A lone Han character matches inside title bigrams through wildcards. */
  function matterIndex() {
    if (!matters) { matters = loadIndex(meta.lunr); mark('lunr'); }
    return matters;
  }

  /* lunr.Index.load, but with the terms' TokenSet built as a plain trie: lunr's Builder minimises
     the automaton as each term goes in, which took half of the load in a first query (18.5 → 9.1 ms,
     median of 10 fresh pages). intersect() reads either automaton; the results are the same. */
  function loadIndex(data) {
    var vectors = {}, inverted = Object.create(null), root = new lunr.TokenSet();
    data.fieldVectors.forEach(function (pair) { vectors[pair[0]] = new lunr.Vector(pair[1]); });
    data.invertedIndex.forEach(function (pair) {
      var term = pair[0], node = root;
      inverted[term] = pair[1];
      for (var i = 0; i < term.length; i++) {
        var c = term.charAt(i);
        node = node.edges[c] || (node.edges[c] = new lunr.TokenSet());
      }
      node['final'] = true;
    });
    return new lunr.Index({fields: data.fields, fieldVectors: vectors, invertedIndex: inverted, tokenSet: root,
                           pipeline: lunr.Pipeline.load(data.pipeline)});
  }
  S.loadIndex = loadIndex; // (tests compare it with lunr.Index.load)

  function matterHits(list, visit) {
    var wildcard = lunr.Query.wildcard.LEADING | lunr.Query.wildcard.TRAILING;
    var single = list.filter(function (t) { return chars(t).length === 1 && HAN_RUN.test(t); });
    matterIndex().query(function (q) {
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

  /* A variant's matters found by lunr, as [record, tokens in its title, lunr's score]; asked once. */
  function lunrHits(variant) {
    if (!variant.hits) {
      variant.hits = [];
      if (!variant.tokens.length) return variant.hits; // lunr would find every matter for no term
      matterHits(variant.tokens, function (n, hits, score) { variant.hits.push([n, hits, score]); });
    }
    return variant.hits;
  }

  /* The row chunks of the matters that will lead the first page, known before the shards: a matter
     whose title holds every token of a variant scores 3, as no document can score more, and matters go
     first on equal scores, by lunr's score (rank). Loading them with the shards saves a page of such
     matters a second round of files, which from disk load one after another. Not guessed when a 文号
     or a filter may reorder the page. */
  function leadingRows(list, filters) {
    if (matterRows || filters.domain || filters.stage || list.some(function (v) { return v.code; })) return [];
    var whole = {}, scores = {};
    list.forEach(function (v) {
      lunrHits(v).forEach(function (hit) {
        if (hit[1] === v.tokens.length) whole[hit[0]] = true;
        scores[hit[0]] = Math.max(scores[hit[0]] || 0, hit[2]);
      });
    });
    var leading = Object.keys(whole).map(Number).sort(function (a, b) { return (scores[b] - scores[a]) || (a - b); });
    return unique(leading.slice(0, PAGE).map(chunkOf));
  }

  function chunkOf(n) { return 'd/' + Math.floor(n / meta.chunk); }

  /* Score every record for one variant: 3 a token in the title, 1 a token only in the text, over the
     query's tokens; a record must hold half of them at least (a part of a word still matches:
     出生证明 finds 出生医学证明). A 文号 or 索引号 typed whole outranks everything. `work` holds arrays
     reused from variant to variant: allocating them again costs garbage collections at district scale. */
  function scoreVariant(variant, work, filters) {
    var size = variant.tokens.length, title = work.title, text = work.text, seen = work.seen, touched = [];
    variant.tokens.forEach(function (token) {
      var lists = entry(token);
      if (!lists) return;
      count(lists[0], title, seen, touched);
      count(lists[1], text, seen, touched);
    });
    if (size && filters.type !== 'd') {
      lunrHits(variant).forEach(function (hit) {
        var n = hit[0];
        if (!seen[n]) { seen[n] = 1; touched.push(n); }
        title[n] += hit[1];
        work.lunr[n] = Math.max(work.lunr[n] || 0, hit[2]);
      });
    }
    var needed = Math.ceil(size / 2), best = work.best;
    for (var i = 0; i < touched.length; i++) {
      var n = touched[i], t = title[n], x = text[n];
      title[n] = text[n] = seen[n] = 0;
      if (t + x < needed) continue;
      // A title matches when it holds half the query at least: one shared bigram (居民 of 居民身份证) is no title hit.
      var score = (t >= needed ? 3 * t + x : t + x) / size;
      if (score > best[n]) { if (!best[n]) work.found.push(n); best[n] = score; }
    }
    var code = variant.code && entry(variant.code);
    if (code) {
      var codeTouched = [];
      count(code[0], title, seen, codeTouched);
      codeTouched.forEach(function (m) {
        title[m] = seen[m] = 0;
        if (!best[m]) work.found.push(m);
        best[m] = Math.max(best[m], 100);
      });
    }
  }

  function filterMask(filters) {
    var mask = null;
    facetTokens(filters).forEach(function (token) {
      var next = new Uint8Array(meta.records), lists = entry(token), listed = [];
      if (lists) count(lists[0], next, new Uint8Array(meta.records), listed);
      if (mask) listed.forEach(function (n) { next[n] = mask[n]; });
      mask = next;
    });
    return mask;
  }

  /* Rank: score; then matters before documents (matters by lunr's BM25, then site order), then the
     higher record number: valid above expired and repealed, newer above older (search_records.py).
     Only what a page shows is put in order at first: sorting the thousands of records that a common
     word finds took ~10 ms of a first query (CPU profile), to show ten of them. */
  function rank(work, filters) {
    var matterCount = meta.matters, mask = filterMask(filters), best = work.best, extra = work.lunr;
    var kept = work.found.filter(function (n) {
      if (filters.type === 'm' && n >= matterCount) return false;
      if (filters.type === 'd' && n < matterCount) return false;
      return !mask || mask[n];
    });
    function before(a, b) {
      var am = a < matterCount, bm = b < matterCount;
      if (best[a] !== best[b]) return best[b] - best[a];
      if (am !== bm) return am ? -1 : 1;
      if (am) return ((extra[b] || 0) - (extra[a] || 0)) || (a - b);
      return b - a;
    }
    return {records: kept, unfiltered: work.found.length, before: before}; // before: null once sorted
  }

  /* The first `limit` records of a ranking, in order: picked out while they are few of many, sorted all
     once more are asked for ("more results"). The order is total (ties end on the record number), so
     both give the same records. The picked ones are kept: a query from the address is asked for twice,
     by S.start and by the page, and a typed one again on Enter. */
  function first(result, limit) {
    var list = result.records, before = result.before;
    if (result.top && result.top.length === Math.min(limit, list.length)) return result.top;
    if (before && limit * 8 < list.length) {
      var top = result.top = [];
      for (var i = 0; i < list.length; i++) {
        var n = list[i], at = top.length;
        if (at === limit) {
          if (before(n, top[limit - 1]) >= 0) continue;
          at = limit - 1;
        }
        while (at > 0 && before(n, top[at - 1]) < 0) { top[at] = top[at - 1]; at--; }
        top[at] = n;
      }
      return top;
    }
    if (before) {
      list.sort(before);
      result.before = null; // nor the scores it reads: the ranking is kept for later pages
    }
    return list.slice(0, limit);
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
    var list = variants(normalize(query).trim()), files = [];
    list.forEach(function (v) { files = files.concat(v.tokens, v.code ? [v.code] : []); });
    files = unique(files.concat(facetTokens(filters)).map(function (t) { return 'p/' + shardOf(t, meta.shards); }));
    need(files, function (err) {
      if (err) return finish(err);
      mark('shards');
      var records = meta.records;
      var work = {best: new Float64Array(records), lunr: {}, found: [], title: new Uint8Array(records),
                  text: new Uint8Array(records), seen: new Uint8Array(records)};
      list.forEach(function (v) { scoreVariant(v, work, filters); });
      var result = rank(work, filters);
      result.words = unique(list.map(function (v) { return v.text; }));
      mark('ranked');
      finish(null, result);
    });
    if (filters.type !== 'd') {
      list.forEach(lunrHits); // while the shards load
      need(leadingRows(list, filters));
    }
  }

  function rows(order, callback) {
    var size = meta.chunk, own = matterRows;
    var elsewhere = order.filter(function (n) { return !own || n >= meta.matters; });
    need(unique(elsewhere.map(chunkOf)), function (err) {
      if (err) return callback(err);
      callback(null, order.map(function (n) {
        var row = own && n < meta.matters ? own[n] : chunks[Math.floor(n / size)][n % size];
        return {title: row[0], url: row[1], kind: row[2], domains: row[3], date: row[4], validity: row[5],
                snippet: row[6], number: row[7]};
      }));
    });
  }

  /* Start loading what later queries will likely need: every matter's row (m.js), so that a page of
     matters needs no row chunk. The page calls this once its results are shown, and the load starts
     after they are painted and the page is idle: its ~700 KB must not delay the first results. */
  S.prefetch = function () {
    if (prefetching) return;
    prefetching = true;
    var idle = window.requestIdleCallback || function (fn) { setTimeout(fn, 50); };
    var frame = window.requestAnimationFrame || function (fn) { setTimeout(fn, 16); };
    frame(function () { setTimeout(function () { idle(function () { need(['m']); }); }, 0); });
  };

  /* Search; callback(error, {total, unfiltered, words, results: [{title, url (from the site root), kind,
     domains, date, validity, snippet, number}]}), results best first, at most `limit` of them. */
  S.search = function (query, filters, limit, callback) {
    filters = filters || {};
    ranked(query, filters, function (err, result) {
      if (err) return callback(err);
      rows(first(result, limit), function (err2, found) {
        if (err2) return callback(err2);
        mark('rows');
        callback(null, {total: result.records.length, unfiltered: result.unfiltered, words: result.words,
                        results: found});
      });
    });
  };
  S.pageSize = PAGE;

  /* Called last in search.js, once the data is in: start the search of search.html?q=… at once (its
     files load while the page is still being laid out), then serve the page's queue. */
  S.start = function () {
    mark('engine');
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
