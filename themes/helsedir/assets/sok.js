/* The search page (/sok/): results as the reader types, filters, and the search kept in the URL
 * (?q=…&utvalg=…&aar=…&sakstype=…) with history, so a search can be shared and the back button works.
 * The index is read through sok-indeks.js; the page's own form also works as a plain GET form.
 */
(function () {
  "use strict";

  var engine = window.RaadSokIndeks;
  var root = document.getElementById("sok");
  if (!root || !engine || !window.fetch || !window.history.pushState) return;

  var PAGE_SIZE = 20;
  var DEBOUNCE_MS = 200;
  var SNIPPET_LENGTH = 240;
  var FILTERS = engine.filterNames;

  var index = new engine.SearchIndex(root.getAttribute("data-indeks"), root.getAttribute("data-versjon"));
  var form = root.querySelector("form");
  var input = document.getElementById("sok-q");
  var selects = { utvalg: document.getElementById("sok-utvalg"), aar: document.getElementById("sok-aar"),
    sakstype: document.getElementById("sok-type") };
  var status = document.getElementById("sok-status");
  var list = document.getElementById("sok-treff");
  var more = document.getElementById("sok-flere");

  /* Counts searches, so the answer to an older one, arriving late, is dropped. */
  var searchCount = 0;
  var shown = null;
  /* True while a burst of typing has its own history entry, which later keystrokes replace. */
  var typingEntry = false;
  var timer = null;

  function escapeHTML(text) {
    return text.replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\"": "&quot;", "'": "&#39;" }[c];
    });
  }

  /* text[from..<to] as HTML, with the ranges inside it in <mark>. */
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

  /* About 240 characters of the text around its first match, cut at spaces, the matches marked. */
  function snippet(text, query) {
    var ranges = engine.matchRanges(text, query);
    var start = 0;
    if (ranges.length > 0 && ranges[0][0] > 80) {
      var space = text.indexOf(" ", ranges[0][0] - 80);
      start = space >= 0 && space < ranges[0][0] ? space + 1 : ranges[0][0];
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
    var label = { mote: "Møte", utvalg: "Utvalg", emne: "Emne" }[doc.kind] || (doc.nummer ? "Sak " + doc.nummer : "Sak");
    var parts = ["<span class=\"search-result-label\">" + escapeHTML(label) + "</span>"];
    if (doc.utvalg && doc.kind !== "utvalg") parts.push("<span>" + escapeHTML(doc.utvalg) + "</span>");
    // An utvalg or emne page is not of one day: its date is only its place among the results.
    if (doc.kind === "sak" || doc.kind === "mote") {
      parts.push("<time datetime=\"" + escapeHTML(doc.dato) + "\">" + escapeHTML(doc.datoTekst) + "</time>");
    }
    if (doc.sakstype) parts.push("<span>" + escapeHTML(doc.sakstype) + "</span>");
    if (doc.status) parts.push("<span class=\"search-result-status\">" + escapeHTML(doc.status) + "</span>");
    return parts.join(" <span aria-hidden=\"true\">·</span> ");
  }

  function resultItem(doc, query) {
    var item = document.createElement("li");
    item.className = "search-result";
    item.innerHTML = "<h2 class=\"search-result-title\"><a href=\"" + escapeHTML(doc.url) + "\">" +
      marked(doc.tittel, engine.matchRanges(doc.tittel, query), 0, doc.tittel.length) + "</a></h2>" +
      "<p class=\"search-result-meta\">" + describe(doc) + "</p>" +
      (doc.tekst ? "<p class=\"search-snippet\">" + snippet(doc.tekst, query) + "</p>" : "");
    return item;
  }

  function statusText(result, state) {
    var q = state.q.trim();
    var filtered = FILTERS.some(function (name) { return state[name]; });
    var n = result.ids.length;
    if (n > 0 && result.query.missing && result.query.missing.length > 0) {
      return "Ingen treff på alle ordene i «" + q + "»; viser " + n + " treff uten " +
        result.query.missing.map(function (word) { return "«" + word + "»"; }).join(" og ") +
        (filtered ? ", med filtrene du har valgt" : "") + ".";
    }
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
    return Promise.all(slice.map(index.document)).then(function (docs) {
      if (count !== searchCount) return;
      docs.forEach(function (doc) { list.appendChild(resultItem(doc, result.query)); });
      more.hidden = result.shownCount >= result.ids.length;
    });
  }

  function run(state) {
    var count = ++searchCount;
    return index.search(state.q, state).then(function (result) {
      if (count !== searchCount) return;
      list.innerHTML = "";
      result.shownCount = 0;
      shown = result;
      status.textContent = statusText(result, state);
      more.hidden = true;
      return showMore(result, count);
    }).catch(function () {
      if (count !== searchCount) return;
      list.innerHTML = "";
      more.hidden = true;
      status.textContent = "Søket kunne ikke lastes. Prøv igjen senere.";
    });
  }

  function readURL() {
    var params = new URLSearchParams(window.location.search);
    var state = { q: params.get("q") || "" };
    FILTERS.forEach(function (name) { state[name] = params.get(name) || ""; });
    return state;
  }

  function readForm() {
    var state = { q: input.value };
    FILTERS.forEach(function (name) { state[name] = selects[name].value; });
    return state;
  }

  function fillForm(state) {
    input.value = state.q;
    FILTERS.forEach(function (name) {
      selects[name].value = state[name];
      if (selects[name].value !== state[name]) selects[name].value = "";  // a value the site does not have
    });
  }

  /* Puts the state in the address: a new history entry, or the current one replaced. */
  function remember(state, push) {
    var params = new URLSearchParams();
    if (state.q.trim()) params.set("q", state.q.trim());
    FILTERS.forEach(function (name) { if (state[name]) params.set(name, state[name]); });
    var url = window.location.pathname + (params.toString() ? "?" + params.toString() : "");
    if (url === window.location.pathname + window.location.search) return;
    if (push) window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
  }

  input.addEventListener("input", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(function () {
      var state = readForm();
      remember(state, !typingEntry);
      typingEntry = true;
      run(state);
    }, DEBOUNCE_MS);
  });

  FILTERS.forEach(function (name) {
    selects[name].addEventListener("change", function () {
      window.clearTimeout(timer);
      typingEntry = false;
      var state = readForm();
      remember(state, true);
      run(state);
    });
  });

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    window.clearTimeout(timer);
    var state = readForm();
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
    var state = readURL();
    fillForm(state);
    run(state);
  });

  var initial = readURL();
  fillForm(initial);
  if (initial.q || FILTERS.some(function (name) { return initial[name]; })) run(initial);
})();
