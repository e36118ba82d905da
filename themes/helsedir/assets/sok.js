/* The search page: looks queries up in the prebuilt index under sok/indeks/ and lists the results.
 *
 * Nothing is indexed here. The manifest names the term shards; a query loads only the shards that hold its
 * words, the saksnummer shard of a number's year, the filter table when a filter is set, and one small
 * file per result shown. The query and filters live in the URL (?q=…&utvalg=…&aar=…&sakstype=…).
 */
(function () {
  "use strict";

  var norsk = window.RaadSokNorsk;
  var root = document.getElementById("sok");
  if (!root || !norsk || !window.fetch || !window.history.replaceState) return;

  var PAGE_SIZE = 20;
  var DEBOUNCE_MS = 200;
  var MAX_PREFIX_SHARDS = 4;
  // Ranking: the exact saksnummer, then the title, then the vedtak, then the rest (weights 3, 2, 1 in the
  // index); a match of the exact letters before a folded one ("råd" before "rad"), both before a prefix.
  var WEIGHT_SCORE = [0, 1, 10, 100];
  var NUMMER_SCORE = 10000;
  var FOLDED_QUALITY = 0.9;
  var FILTERS = ["utvalg", "aar", "sakstype"];
  var FILTER_TABLE = { utvalg: "utvalg", aar: "years", sakstype: "types" };

  var indexBase = root.getAttribute("data-indeks");
  var version = root.getAttribute("data-versjon");
  var form = root.querySelector("form");
  var input = document.getElementById("sok-q");
  var selects = { utvalg: document.getElementById("sok-utvalg"), aar: document.getElementById("sok-aar"),
    sakstype: document.getElementById("sok-type") };
  var status = document.getElementById("sok-status");
  var list = document.getElementById("sok-treff");
  var more = document.getElementById("sok-flere");

  var files = new Map();
  var manifestPromise = null;
  var searchCount = 0;
  var shown = null;
  var typingEntry = false;
  var timer = null;

  function load(path) {
    var known = files.get(path);
    if (known) return known;
    var promise = fetch(indexBase + path + "?v=" + encodeURIComponent(version)).then(function (response) {
      if (!response.ok) throw new Error(path + ": " + response.status);
      return response.json();
    });
    promise.catch(function () { files.delete(path); });
    files.set(path, promise);
    return promise;
  }

  function manifest() {
    if (!manifestPromise) {
      manifestPromise = load("manifest.json").then(function (m) {
        m.stopWordSet = new Set(m.stopWords);
        return m;
      });
      manifestPromise.catch(function () { manifestPromise = null; });
    }
    return manifestPromise;
  }

  /* Saksnummer in the forms people write them ("14/26", "14-26", "sak 14/26", "2/2026"), and the rest. */
  var NUMMER = /(?:\bsak(?:snummer|snr\.?|s)?\s*)?(?<![\p{L}\p{N}])(\d{1,3})\s*[\/-]\s*(\d{4}|\d{2})(?![\p{L}\p{N}])/giu;

  function parseQuery(text) {
    var numbers = [];
    var rest = text.replace(NUMMER, function (match, nummer, year) {
      var n = String(parseInt(nummer, 10));
      var keys = [n + "/" + year.slice(-2)];
      if (year.length === 4) keys.push(n + "/" + year);
      if (n !== "0") numbers.push({ keys: keys, text: n + "/" + year.slice(-2) });
      return " ";
    });
    return { numbers: numbers, rest: rest };
  }

  function queryTerms(rest, stopWords) {
    var seen = new Set();
    return norsk.queryWords(rest, stopWords).map(norsk.term).filter(function (term) {
      if (seen.has(term.exact)) return false;
      seen.add(term.exact);
      return true;
    }).map(function (term) {
      return { exact: term.exact, folded: term.folded, prefix: Array.from(term.folded).length >= 3 };
    });
  }

  /* The shard whose key range holds `key`: the last one whose first key is not after it. */
  function shardIndex(m, key) {
    var low = 0, high = m.termShards.length - 1;
    while (low < high) {
      var mid = (low + high + 1) >> 1;
      if (m.termShards[mid] <= key) low = mid; else high = mid - 1;
    }
    return low;
  }

  function shardsFor(m, term) {
    var first = shardIndex(m, term.folded);
    var indexes = [first];
    if (term.prefix) {
      for (var i = first + 1; i < m.termShards.length && m.termShards[i].startsWith(term.folded); i++) {
        if (indexes.length === MAX_PREFIX_SHARDS) break;
        indexes.push(i);
      }
    }
    return indexes;
  }

  /* id -> best score of one query term, over its exact, folded and prefix matches. */
  function termScores(m, term) {
    return Promise.all(shardsFor(m, term).map(function (i) { return load("ord/" + i + ".json"); }))
      .then(function (shards) {
        var scores = new Map();
        shards.forEach(function (shard) {
          Object.keys(shard.terms).forEach(function (key) {
            var prefixQuality;
            if (key === term.folded) prefixQuality = null;
            else if (term.prefix && key.startsWith(term.folded)) {
              prefixQuality = 0.4 + 0.4 * Array.from(term.folded).length / Array.from(key).length;
            } else return;
            var variants = shard.terms[key];
            Object.keys(variants).forEach(function (exact) {
              var quality = prefixQuality !== null ? prefixQuality : exact === term.exact ? 1 : FOLDED_QUALITY;
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
      });
  }

  function numberScores(numbers) {
    var years = new Set();
    numbers.forEach(function (n) { n.keys.forEach(function (k) { years.add(k.slice(-2)); }); });
    return Promise.all(Array.from(years).map(function (year) {
      return load("saksnummer/" + year + ".json").catch(function () { return { exact: {}, mentioned: {} }; });
    })).then(function (shards) {
      var exact = new Map(), mentioned = new Map();
      shards.forEach(function (shard) {
        numbers.forEach(function (n) {
          n.keys.forEach(function (key) {
            (shard.exact[key] || []).forEach(function (id) { exact.set(id, NUMMER_SCORE); });
            (shard.mentioned[key] || []).forEach(function (id) { mentioned.set(id, WEIGHT_SCORE[1]); });
          });
        });
      });
      return { exact: exact, mentioned: mentioned };
    });
  }

  /* The ids matching every word (or, for a bare number, the sak with it and those referring to it). */
  function rank(m, query) {
    return Promise.all([Promise.all(query.terms.map(function (t) { return termScores(m, t); })),
      numberScores(query.numbers)]).then(function (found) {
      var perTerm = found[0], byNumber = found[1];
      var scores = new Map();
      if (perTerm.length > 0) {
        perTerm[0].forEach(function (score, id) {
          var total = score;
          for (var i = 1; i < perTerm.length; i++) {
            if (!perTerm[i].has(id)) return;
            total += perTerm[i].get(id);
          }
          scores.set(id, total);
        });
      } else {
        byNumber.mentioned.forEach(function (score, id) { scores.set(id, score); });
      }
      byNumber.exact.forEach(function (score, id) { scores.set(id, (scores.get(id) || 0) + score); });
      return scores;
    });
  }

  function applyFilters(m, state, ids) {
    var active = FILTERS.filter(function (name) { return state[name]; });
    if (active.length === 0) return Promise.resolve(ids);
    return load("filtre.json").then(function (table) {
      return ids.filter(function (id) {
        return active.every(function (name) {
          var options = m[FILTER_TABLE[name]];
          var wanted = options.findIndex(function (o) { return o.value === state[name]; });
          return table[FILTER_TABLE[name]][id] === wanted;
        });
      });
    });
  }

  function search(state) {
    return manifest().then(function (m) {
      var parsed = parseQuery(state.q);
      var query = { numbers: parsed.numbers, terms: queryTerms(parsed.rest, m.stopWordSet) };
      query.onlyStopWords = query.terms.length === 0 && query.numbers.length === 0 && /[\p{L}\p{N}]/u.test(parsed.rest);
      var ranked;
      if (query.terms.length === 0 && query.numbers.length === 0) {
        // No words: with a filter set, list what it holds, newest first.
        var hasFilter = FILTERS.some(function (name) { return state[name]; });
        ranked = Promise.resolve(hasFilter && !query.onlyStopWords
          ? Array.from({ length: m.documents }, function (_, id) { return id; }) : []);
      } else {
        ranked = rank(m, query).then(function (scores) {
          return Array.from(scores.keys()).sort(function (a, b) { return scores.get(b) - scores.get(a) || a - b; });
        });
      }
      return ranked.then(function (ids) { return applyFilters(m, state, ids); }).then(function (ids) {
        return { ids: ids, query: query, state: state, stopWords: m.stopWordSet };
      });
    });
  }

  function escapeHTML(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[c];
    });
  }

  /* Where the query's words and numbers stand in `text`, as sorted, non-overlapping [start, end) ranges. */
  function matchRanges(text, result) {
    var ranges = [];
    var terms = result.query.terms;
    if (terms.length > 0) {
      norsk.scanGroups(text, function (start, end, parts) {
        var words = norsk.groupWords(parts.map(norsk.prepare), result.stopWords);
        var hit = words.some(function (word) {
          var t = norsk.term(word);
          return terms.some(function (q) {
            return t.folded === q.folded || (q.prefix && t.folded.startsWith(q.folded));
          });
        });
        if (hit) ranges.push([start, end]);
      });
    }
    result.query.numbers.forEach(function (n) {
      var parts = n.text.split("/");
      var pattern = new RegExp("(?<![\\p{N}])0?" + parts[0] + "\\s*[/-]\\s*(?:20)?" + parts[1] + "(?![\\p{N}])", "gu");
      var match;
      while ((match = pattern.exec(text)) !== null) ranges.push([match.index, match.index + match[0].length]);
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    return ranges.filter(function (r, i) { return i === 0 || r[0] >= ranges[i - 1][1]; });
  }

  function marked(text, ranges, from, to) {
    var html = "";
    var at = from;
    ranges.forEach(function (r) {
      if (r[0] < from || r[1] > to) return;
      html += escapeHTML(text.slice(at, r[0])) + "<mark>" + escapeHTML(text.slice(r[0], r[1])) + "</mark>";
      at = r[1];
    });
    return html + escapeHTML(text.slice(at, to));
  }

  var SNIPPET_LENGTH = 240;

  /* About 240 characters of the text around its first match, cut at spaces, with the matches marked. */
  function snippet(text, result) {
    var ranges = matchRanges(text, result);
    var start = ranges.length > 0 ? Math.max(0, ranges[0][0] - 80) : 0;
    if (start > 0) {
      var space = text.indexOf(" ", start);
      start = space >= 0 && space < ranges[0][0] ? space + 1 : start;
    }
    var end = Math.min(text.length, start + SNIPPET_LENGTH);
    if (end < text.length) {
      var lastSpace = text.lastIndexOf(" ", end);
      if (lastSpace > start) end = lastSpace;
    }
    var opening = start > 0 && text.slice(start, start + 2) !== "… " ? "… " : "";
    return opening + marked(text, ranges, start, end) + (end < text.length ? " …" : "");
  }

  function describe(doc) {
    var label = doc.kind === "mote" ? "Møte" : doc.nummer ? "Sak " + doc.nummer : "Sak";
    var parts = ["<span class=\"search-result-label\">" + escapeHTML(label) + "</span>",
      "<span>" + escapeHTML(doc.utvalg) + "</span>",
      "<time datetime=\"" + escapeHTML(doc.dato) + "\">" + escapeHTML(doc.datoTekst) + "</time>"];
    if (doc.sakstype) parts.push("<span>" + escapeHTML(doc.sakstype) + "</span>");
    return parts.join(" <span aria-hidden=\"true\">·</span> ");
  }

  function resultItem(doc, result) {
    var item = document.createElement("li");
    item.className = "search-result";
    item.innerHTML = "<h2 class=\"search-result-title\"><a href=\"" + escapeHTML(doc.url) + "\">" +
      marked(doc.tittel, matchRanges(doc.tittel, result), 0, doc.tittel.length) + "</a></h2>" +
      "<p class=\"search-result-meta\">" + describe(doc) + "</p>" +
      (doc.tekst ? "<p class=\"search-snippet\">" + snippet(doc.tekst, result) + "</p>" : "");
    return item;
  }

  function statusText(result) {
    var q = result.state.q.trim();
    var filtered = FILTERS.some(function (name) { return result.state[name]; });
    var n = result.ids.length;
    if (n > 0) {
      return n + " treff" + (q ? " for «" + q + "»" : "") + (filtered ? " med filtrene du har valgt" : "") + ".";
    }
    if (result.query.onlyStopWords) {
      return "Ingen treff for «" + q + "». Søket ser bort fra småord som «og», «i» og «på». Prøv et mer presist ord.";
    }
    if (!q && !filtered) return "";
    return "Ingen treff" + (q ? " for «" + q + "»" : "") + ". Prøv et annet ord eller et saksnummer som 14/26" +
      (filtered ? ", eller fjern filtrene." : ".");
  }

  /* Shows the next page of results, fetching one small file per result. */
  function showMore(result, count) {
    var slice = result.ids.slice(result.shownCount, result.shownCount + PAGE_SIZE);
    result.shownCount += slice.length;
    return Promise.all(slice.map(function (id) { return load("dokument/" + id + ".json"); })).then(function (docs) {
      if (count !== searchCount) return;
      docs.forEach(function (doc) { list.appendChild(resultItem(doc, result)); });
      more.hidden = result.shownCount >= result.ids.length;
    });
  }

  function readState() {
    var params = new URLSearchParams(window.location.search);
    var state = { q: params.get("q") || "" };
    FILTERS.forEach(function (name) { state[name] = params.get(name) || ""; });
    return state;
  }

  function formState() {
    var state = { q: input.value };
    FILTERS.forEach(function (name) { state[name] = selects[name].value; });
    return state;
  }

  function fillForm(state) {
    input.value = state.q;
    FILTERS.forEach(function (name) {
      var select = selects[name];
      select.value = state[name];
      if (select.value !== state[name]) select.value = "";  // an unknown value in the URL
    });
  }

  function urlFor(state) {
    var params = new URLSearchParams();
    if (state.q.trim()) params.set("q", state.q.trim());
    FILTERS.forEach(function (name) { if (state[name]) params.set(name, state[name]); });
    var query = params.toString();
    return window.location.pathname + (query ? "?" + query : "");
  }

  /* Puts the state in the address: a new history entry, or the current one replaced while typing goes on. */
  function remember(state, push) {
    var url = urlFor(state);
    if (url === window.location.pathname + window.location.search) return;
    if (push) window.history.pushState(state, "", url);
    else window.history.replaceState(state, "", url);
  }

  function run(state) {
    var count = ++searchCount;
    return search(state).then(function (result) {
      if (count !== searchCount) return;
      list.innerHTML = "";
      result.shownCount = 0;
      shown = result;
      status.textContent = statusText(result);
      more.hidden = true;
      return showMore(result, count);
    }).catch(function () {
      if (count !== searchCount) return;
      list.innerHTML = "";
      more.hidden = true;
      status.textContent = "Søket kunne ikke lastes. Prøv igjen senere.";
    });
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      var state = formState();
      remember(state, !typingEntry);
      typingEntry = true;
      run(state);
    }, DEBOUNCE_MS);
  });

  FILTERS.forEach(function (name) {
    selects[name].addEventListener("change", function () {
      window.clearTimeout(timer);
      typingEntry = false;
      var state = formState();
      remember(state, true);
      run(state);
    });
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    var state = formState();
    remember(state, !typingEntry);
    typingEntry = false;
    run(state);
  });

  more.addEventListener("click", function () {
    if (shown) showMore(shown, searchCount);
  });

  window.addEventListener("popstate", function () {
    window.clearTimeout(timer);
    typingEntry = false;
    var state = readState();
    fillForm(state);
    run(state);
  });

  var initial = readState();
  fillForm(initial);
  if (initial.q || FILTERS.some(function (name) { return initial[name]; })) run(initial);
})();
