/* The search index in the browser: loads what a query needs from sok/indeks/ and ranks what it finds.
 *
 * Nothing is indexed here. The manifest names the term shards; a query loads only the shards that hold
 * its words, the saksnummer shard of a number's year, and the filter table when a filter is set. A
 * result's display file is loaded when the page shows it. The file formats are described in
 * Sources/RaadSite/Search/SearchIndexFiles.swift; sok.js draws the page.
 */
(function (root) {
  "use strict";

  var norsk = root.RaadSokNorsk;
  var MAX_PREFIX_SHARDS = 4;
  // Ranking: the exact saksnummer, then the title, then the vedtak, then the rest (weights 3, 2, 1 in the
  // index); the exact letters before folded ones ("råd" before "rad"), both before a longer word that
  // starts with the query's. Equal scores are left in id order, which is newest first.
  var WEIGHT_SCORE = [0, 1, 10, 100];
  var NUMMER_SCORE = 10000;
  // Without a document that has every word: each word a document has counts more than any score of words.
  var COVERAGE_SCORE = 1000;
  var FOLDED_QUALITY = 0.9;
  /* Filter name in the URL -> the manifest's list of its values, and the filter table's column. */
  var FILTERS = { utvalg: "utvalg", aar: "years", sakstype: "types" };

  /* Saksnummer in the forms people write them: "14/26", "14-26", "sak 14/26", "14/2026". */
  var NUMMER = /(?:\bsak(?:snummer|snr\.?|s)?\s*)?(?<![\p{L}\p{N}])(\d{1,3})\s*[\/-]\s*(\d{4}|\d{2})(?![\p{L}\p{N}])/giu;

  /* The numbers in a query, each with the keys it is filed under ("2/2026" is also a møte), and the rest. */
  function parseQuery(text) {
    var numbers = [];
    var rest = text.replace(NUMMER, function (match, nummer, year) {
      var n = String(parseInt(nummer, 10));
      if (n === "0") return match;
      var keys = [n + "/" + year.slice(-2)];
      if (year.length === 4) keys.push(n + "/" + year);
      numbers.push({ keys: keys, text: n + "/" + year.slice(-2) });
      return " ";
    });
    return { numbers: numbers, rest: rest };
  }

  function queryTerms(rest, stopWords) {
    var seen = new Set();
    return norsk.queryWords(rest, stopWords).map(function (word) {
      var term = norsk.term(word);
      return { word: word, exact: term.exact, folded: term.folded, prefix: Array.from(term.folded).length >= 3 };
    }).filter(function (term) {
      if (seen.has(term.exact)) return false;
      seen.add(term.exact);
      return true;
    });
  }

  /* The last shard whose first key is not after `key`: the one whose range holds it. */
  function shardIndex(firstKeys, key) {
    var low = 0, high = firstKeys.length - 1;
    while (low < high) {
      var mid = (low + high + 1) >> 1;
      if (firstKeys[mid] <= key) low = mid; else high = mid - 1;
    }
    return low;
  }

  /* The shards a term needs: its own, and for a prefix the following ones whose keys still start with it. */
  function shardsFor(firstKeys, term) {
    var first = shardIndex(firstKeys, term.folded);
    var indexes = [first];
    for (var i = first + 1; term.prefix && i < firstKeys.length && indexes.length < MAX_PREFIX_SHARDS; i++) {
      if (!firstKeys[i].startsWith(term.folded)) break;
      indexes.push(i);
    }
    return indexes;
  }

  /* How well a dictionary key matches a term: 1 for the term's own key, less for a longer key it starts. */
  function keyQuality(key, term) {
    if (key === term.folded) return 1;
    if (term.prefix && key.startsWith(term.folded)) {
      return 0.4 + 0.4 * Array.from(term.folded).length / Array.from(key).length;
    }
    return 0;
  }

  /* id -> the best score of one term in that document, from the shards' postings. */
  function scoresIn(shards, term) {
    var scores = new Map();
    shards.forEach(function (shard) {
      Object.keys(shard.terms).forEach(function (key) {
        var keyScore = keyQuality(key, term);
        if (keyScore === 0) return;
        var variants = shard.terms[key];
        Object.keys(variants).forEach(function (exact) {
          var quality = keyScore < 1 ? keyScore : exact === term.exact ? 1 : FOLDED_QUALITY;
          var id = 0;
          variants[exact].forEach(function (posting) {
            id += posting >> 2;
            var score = WEIGHT_SCORE[posting & 3] * quality;
            if (!(scores.get(id) >= score)) scores.set(id, score);
          });
        });
      });
    });
    return scores;
  }

  /* A document matches when it has every word; its score is the sum. When none has them all, the search
   * does not dead-end: the documents with the most of the words are listed, more words before a better
   * score, and `partial` says so. A document with the number
   * comes first whatever the words; a bare number also lists the documents that refer to it. */
  function combine(perTerm, byNumber) {
    var scores = new Map();
    var partial = false;
    if (perTerm.length > 0) {
      var counts = new Map();
      perTerm.forEach(function (termScores) {
        termScores.forEach(function (score, id) {
          scores.set(id, (scores.get(id) || 0) + score);
          counts.set(id, (counts.get(id) || 0) + 1);
        });
      });
      var most = 0;
      counts.forEach(function (count) { if (count > most) most = count; });
      if (most === perTerm.length || byNumber.exact.size > 0) {
        counts.forEach(function (count, id) { if (count < perTerm.length) scores.delete(id); });
      } else {
        partial = most > 0;
        counts.forEach(function (count, id) { scores.set(id, count * COVERAGE_SCORE + scores.get(id)); });
      }
    } else {
      byNumber.mentioned.forEach(function (id) { scores.set(id, WEIGHT_SCORE[1]); });
    }
    byNumber.exact.forEach(function (id) { scores.set(id, (scores.get(id) || 0) + NUMMER_SCORE); });
    return { scores: scores, partial: partial };
  }

  /* The index under `base` (a folder URL ending in /); its files are asked for as `file?v=version`, so a
   * shard cached from an older build is never read with a newer manifest. */
  function SearchIndex(base, version) {
    var files = new Map();
    var manifest = null;

    function load(path) {
      var known = files.get(path);
      if (known) return known;
      var promise = fetch(base + path + "?v=" + encodeURIComponent(version)).then(function (response) {
        if (!response.ok) throw new Error(path + ": " + response.status);
        return response.json();
      });
      promise.catch(function () { files.delete(path); });  // try again on the next query
      files.set(path, promise);
      return promise;
    }

    function loadManifest() {
      if (!manifest) {
        manifest = load("manifest.json").then(function (m) {
          m.stopWordSet = new Set(m.stopWords);
          return m;
        });
        manifest.catch(function () { manifest = null; });
      }
      return manifest;
    }

    function termScores(m, term) {
      return Promise.all(shardsFor(m.termShards, term).map(function (i) { return load("ord/" + i + ".json"); }))
        .then(function (shards) { return scoresIn(shards, term); });
    }

    function numberHits(numbers) {
      var years = new Set();
      numbers.forEach(function (n) { n.keys.forEach(function (key) { years.add(key.slice(-2)); }); });
      return Promise.all(Array.from(years).map(function (year) {
        // A year without any number has no shard.
        return load("saksnummer/" + year + ".json").catch(function () { return { exact: {}, mentioned: {} }; });
      })).then(function (shards) {
        var hits = { exact: new Set(), mentioned: new Set() };
        shards.forEach(function (shard) {
          numbers.forEach(function (n) {
            n.keys.forEach(function (key) {
              (shard.exact[key] || []).forEach(function (id) { hits.exact.add(id); });
              (shard.mentioned[key] || []).forEach(function (id) { hits.mentioned.add(id); });
            });
          });
        });
        return hits;
      });
    }

    function applyFilters(m, filters, ids) {
      var active = Object.keys(FILTERS).filter(function (name) { return filters[name]; });
      if (active.length === 0) return Promise.resolve(ids);
      return load("filtre.json").then(function (table) {
        var wanted = active.map(function (name) {
          var position = m[FILTERS[name]].findIndex(function (o) { return o.value === filters[name]; });
          return { column: table[FILTERS[name]], position: position };
        });
        return ids.filter(function (id) {
          return wanted.every(function (w) { return w.column[id] === w.position; });
        });
      });
    }

    /* Resolves to { ids, query }: the matching ids best first, and the parsed query. With no words or
     * numbers but a filter, every document the filter holds, newest first. */
    this.search = function (text, filters) {
      return loadManifest().then(function (m) {
        var parsed = parseQuery(text);
        var query = { numbers: parsed.numbers, terms: queryTerms(parsed.rest, m.stopWordSet), stopWords: m.stopWordSet };
        query.onlyStopWords = query.terms.length === 0 && query.numbers.length === 0 && /[\p{L}\p{N}]/u.test(parsed.rest);
        var ranked;
        if (query.terms.length === 0 && query.numbers.length === 0) {
          var filtered = !query.onlyStopWords && Object.keys(FILTERS).some(function (name) { return filters[name]; });
          ranked = Promise.resolve(filtered ? Array.from({ length: m.documents }, function (_, id) { return id; }) : []);
        } else {
          ranked = Promise.all([Promise.all(query.terms.map(function (t) { return termScores(m, t); })),
            numberHits(query.numbers)]).then(function (found) {
            var combined = combine(found[0], found[1]);
            var scores = combined.scores;
            var ids = Array.from(scores.keys()).sort(function (a, b) { return scores.get(b) - scores.get(a) || a - b; });
            // The words the best result lacks: what the status line says was left out.
            query.missing = combined.partial ? query.terms.filter(function (term, i) { return !found[0][i].has(ids[0]); })
              .map(function (term) { return term.word; }) : [];
            return ids;
          });
        }
        return ranked.then(function (ids) { return applyFilters(m, filters, ids); }).then(function (ids) {
          return { ids: ids, query: query };
        });
      });
    };

    /* What a result shows: tittel, nummer, utvalg, dato, sakstype, status, url and text for the snippet.
     * Documents come a few to a file; `documentFiles` holds each file's first id. */
    this.document = function (id) {
      return loadManifest().then(function (m) {
        var low = 0, high = m.documentFiles.length - 1;
        while (low < high) {
          var middle = (low + high + 1) >> 1;
          if (m.documentFiles[middle] <= id) low = middle; else high = middle - 1;
        }
        return load("dokument/" + low + ".json").then(function (documents) { return documents[id - m.documentFiles[low]]; });
      });
    };
  }

  /* Where a query's words and numbers stand in `text`: sorted, non-overlapping [start, end) ranges. */
  function matchRanges(text, query) {
    var ranges = [];
    if (query.terms.length > 0) {
      norsk.scanGroups(text, function (start, end, parts) {
        var hit = norsk.groupWords(parts.map(norsk.prepare), query.stopWords).some(function (word) {
          var t = norsk.term(word);
          return query.terms.some(function (q) {
            return t.folded === q.folded || (q.prefix && t.folded.startsWith(q.folded));
          });
        });
        if (hit) ranges.push([start, end]);
      });
    }
    query.numbers.forEach(function (n) {
      var parts = n.text.split("/");
      var pattern = new RegExp("(?<!\\p{N})0?" + parts[0] + "\\s*[/-]\\s*(?:20)?" + parts[1] + "(?!\\p{N})", "gu");
      var match;
      while ((match = pattern.exec(text)) !== null) ranges.push([match.index, match.index + match[0].length]);
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var kept = [];
    ranges.forEach(function (r) { if (kept.length === 0 || r[0] >= kept[kept.length - 1][1]) kept.push(r); });
    return kept;
  }

  root.RaadSokIndeks = { SearchIndex: SearchIndex, parseQuery: parseQuery, matchRanges: matchRanges,
    filterNames: Object.keys(FILTERS) };
})(this);
