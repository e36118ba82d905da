/* Norwegian text for the search page: the same words, stems and folded keys as raad's search index.
 *
 * The index is built in Swift (Sources/RaadSite/Search: SearchTokenizer, SearchTerm, NorwegianStemmer with
 * Snowball's libstemmer). This file does the same in the browser, so a query is looked up under the keys
 * the index was written with. Tests/Fixtures/search/normalized.tsv holds the expected output for a word
 * list; the Swift tests produce it and the browser test checks this file against it.
 */
(function (root) {
  "use strict";

  // Snowball's Norwegian stemmer (snowball 2.2, as in Debian's libstemmer), ported by hand.
  var VOWELS = "aeiouyæåø";
  var S_ENDING = "bcdfghjlmnoprtvyz";
  // Longest first: Snowball's `among` takes the longest suffix that lies in R1.
  var MAIN_SUFFIXES = ["hetenes", "hetene", "hetens", "endes", "heten", "heter", "ande", "edes", "ende", "enes",
    "erte", "ane", "ast", "ede", "ene", "ens", "ers", "ert", "ets", "het", "ar", "as", "en", "er", "es", "et",
    "a", "e", "s"];
  var OTHER_SUFFIXES = ["hetslov", "eleg", "elig", "elov", "slov", "eig", "els", "leg", "lig", "lov", "ig"];

  function isVowel(ch) { return ch !== undefined && VOWELS.indexOf(ch) >= 0; }

  /* R1 starts after the first non-vowel that follows a vowel, and at least three letters in. */
  function regionStart(chars) {
    if (chars.length < 3) return chars.length;
    var i = 0;
    while (i < chars.length && !isVowel(chars[i])) i++;
    while (i < chars.length && isVowel(chars[i])) i++;
    if (i >= chars.length) return chars.length;
    return Math.max(i + 1, 3);
  }

  function endsWith(chars, suffix, from) {
    var start = chars.length - suffix.length;
    if (start < from) return false;
    for (var i = 0; i < suffix.length; i++) if (chars[start + i] !== suffix[i]) return false;
    return true;
  }

  function longestSuffix(chars, list, from) {
    for (var i = 0; i < list.length; i++) if (endsWith(chars, list[i], from)) return list[i];
    return null;
  }

  /* The stem of a lowercased word. */
  function stem(word) {
    var chars = Array.from(word);
    var p1 = regionStart(chars);
    var suffix = longestSuffix(chars, MAIN_SUFFIXES, p1);
    if (suffix === "erte" || suffix === "ert") {
      chars.splice(chars.length - suffix.length, suffix.length, "e", "r");
    } else if (suffix === "s") {
      var before = chars[chars.length - 2];
      if (S_ENDING.indexOf(before) >= 0 || (before === "k" && chars.length >= 3 && !isVowel(chars[chars.length - 3]))) {
        chars.pop();
      }
    } else if (suffix !== null) {
      chars.length -= suffix.length;
    }
    if (endsWith(chars, "dt", p1) || endsWith(chars, "vt", p1)) chars.pop();
    suffix = longestSuffix(chars, OTHER_SUFFIXES, p1);
    if (suffix !== null) chars.length -= suffix.length;
    return chars.join("");
  }

  /* Accents dropped (å -> a), æ -> ae, ø -> o, then aa -> a and oe -> o: SearchTerm.fold in Swift. */
  function fold(word) {
    return word.normalize("NFD").replace(/\p{M}/gu, "").replace(/æ/g, "ae").replace(/ø/g, "o")
      .replace(/aa/g, "a").replace(/oe/g, "o");
  }

  var WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
  var HYPHENS = "-\u2010\u2011";
  var MAX_LENGTH = 64;

  /* Calls `group(start, end, parts)` for each run of words joined by single hyphens, with offsets in
   * UTF-16 units of `text` and the parts as strings: SearchTokenizer's scan in Swift. */
  function scanGroups(text, group) {
    var parts = [];
    var current = "";
    var groupStart = -1;
    var afterHyphen = false;
    var offset = 0;

    function flush(end) {
      if (current !== "") parts.push(current);
      if (parts.length > 0) group(groupStart, end, parts);
      parts = [];
      current = "";
      groupStart = -1;
      afterHyphen = false;
    }

    var lastWordEnd = 0;
    for (var ch of text) {
      if (WORD_CHAR.test(ch)) {
        if (groupStart < 0) groupStart = offset;
        current += ch;
        afterHyphen = false;
        lastWordEnd = offset + ch.length;
      } else if (HYPHENS.indexOf(ch) >= 0 && current !== "" && !afterHyphen) {
        parts.push(current);
        current = "";
        afterHyphen = true;
      } else {
        flush(lastWordEnd);
      }
      offset += ch.length;
    }
    flush(lastWordEnd);
  }

  /* Lowercase, NFC, and Greek final sigma as plain sigma, as Swift's lowercasing gives it. */
  function prepare(text) { return text.toLowerCase().normalize("NFC").replace(/ς/g, "σ"); }

  function isSearchable(word, stopWords) {
    var length = Array.from(word).length;
    return length >= 2 && length <= MAX_LENGTH && !stopWords.has(word);
  }

  /* The words of an already prepared group: the joined word when hyphens join several, then each part. */
  function groupWords(parts, stopWords) {
    var words = parts.length > 1 ? [parts.join("")].concat(parts) : parts.slice();
    return words.filter(function (word) { return isSearchable(word, stopWords); });
  }

  /* The words search indexes in `text`: SearchTokenizer.words in Swift. */
  function words(text, stopWords) {
    var found = [];
    scanGroups(prepare(text), function (start, end, parts) {
      found.push.apply(found, groupWords(parts, stopWords));
    });
    return found;
  }

  /* The words of a query: as `words`, but words joined by hyphens only as the joined word, so "e-helse"
   * asks for "ehelse" (and, as a prefix, "e-helseløsninger") rather than also for every "helse". */
  function queryWords(text, stopWords) {
    var found = [];
    scanGroups(prepare(text), function (start, end, parts) {
      found.push.apply(found, groupWords([parts.join("")], stopWords));
    });
    return found;
  }

  var termCache = new Map();

  /* A word's exact stem and folded key: SearchNormalizer.term in Swift. */
  function term(word) {
    var known = termCache.get(word);
    if (known) return known;
    var exact = stem(word);
    var result = { exact: exact, folded: fold(exact) };
    termCache.set(word, result);
    return result;
  }

  var api = { stem: stem, fold: fold, words: words, queryWords: queryWords, term: term, scanGroups: scanGroups, prepare: prepare,
    groupWords: groupWords };
  if (typeof module !== "undefined" && module.exports) module.exports = api;
  else root.RaadSokNorsk = api;
})(this);
