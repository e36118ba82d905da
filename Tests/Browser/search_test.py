"""The search page in a real browser: headless Chromium, driven by Selenium, against built sites.

Run by scripts/browser-test.sh, which builds the sites and passes their folder:
    python3 Tests/Browser/search_test.py SITES_DIR
SITES_DIR holds `radsmodellen/` (the real content, built with base URL /radsmodellen/) and `proeve/`
(Tests/Fixtures/search-site, built with /proeve/). Both are served from 127.0.0.1 by this script.
"""

import functools
import http.server
import os
import sys
import threading
import unittest
from urllib.parse import parse_qs, quote, urlsplit

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select, WebDriverWait

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SITES = None
TIMEOUT = 10


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def chromedriver_path():
    for path in ("/usr/bin/chromedriver", "/usr/lib/chromium/chromedriver"):
        if os.path.exists(path):
            return path
    raise RuntimeError("chromedriver not found: install Debian's chromium-driver")


class SearchPage(unittest.TestCase):
    """Helpers shared by the tests: open pages, type queries, read results."""

    @classmethod
    def setUpClass(cls):
        handler = functools.partial(QuietHandler, directory=SITES)
        cls.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        threading.Thread(target=cls.server.serve_forever, daemon=True).start()
        cls.origin = "http://127.0.0.1:%d" % cls.server.server_address[1]
        options = webdriver.ChromeOptions()
        for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--window-size=1280,1000", "--lang=nb"):
            options.add_argument(argument)
        cls.driver = webdriver.Chrome(service=Service(chromedriver_path()), options=options)

    @classmethod
    def tearDownClass(cls):
        cls.driver.quit()
        cls.server.shutdown()
        cls.server.server_close()

    def setUp(self):
        self.driver.set_window_size(1280, 1000)

    def open(self, path):
        self.driver.get(self.origin + path)

    def status(self):
        return self.driver.find_element(By.ID, "sok-status").text

    def wait_for_results(self, query):
        """Waits until the page shows the results of `query`: the status names it and the list is filled."""
        def ready(driver):
            text = self.status()
            if "«%s»" % query not in text:
                return False
            return text.startswith("Ingen treff") or len(driver.find_elements(By.CSS_SELECTOR, ".search-result")) > 0
        WebDriverWait(self.driver, TIMEOUT).until(ready)

    def type_query(self, query):
        field = self.driver.find_element(By.ID, "sok-q")
        field.clear()
        field.send_keys(query)
        self.wait_for_results(query)

    def search(self, site, query, **filters):
        params = "&".join("%s=%s" % (k, quote(v)) for k, v in [("q", query)] + sorted(filters.items()))
        self.open("/%s/sok/?%s" % (site, params))
        self.wait_for_results(query)
        return self.results()

    def results(self):
        found = []
        for item in self.driver.find_elements(By.CSS_SELECTOR, ".search-result"):
            meta = [span.text for span in item.find_elements(By.CSS_SELECTOR, ".search-result-meta > span:not([aria-hidden])")]
            found.append({"label": meta[0], "utvalg": meta[1] if len(meta) > 1 else "", "tittel": item.find_element(By.TAG_NAME, "h2").text,
                          "html": item.get_attribute("innerHTML"),
                          "href": item.find_element(By.CSS_SELECTOR, "h2 a").get_attribute("href")})
        return found


class RealContent(SearchPage):
    """The issue's queries on the real council content."""

    def test_prismodell_lists_16_26_and_15_25_in_the_top_three(self):
        self.open("/radsmodellen/sok/")
        self.type_query("prismodell")
        top = [r["label"] for r in self.results()[:3]]
        self.assertIn("Sak 16/26", top)
        self.assertIn("Sak 15/25", top)

    def test_a_saksnummer_puts_that_sak_first_in_every_written_form(self):
        for query in ("14/26", "sak 14/26", "14-26", "Sak 14/2026"):
            with self.subTest(query=query):
                first = self.search("radsmodellen", query)[0]
                self.assertEqual(("Sak 14/26", "Strategirådet"), (first["label"], first["utvalg"]))
                self.assertTrue(first["href"].endswith("/radsmodellen/strategiradet/2026-06-11/14-26/"))

    def test_inflected_and_folded_forms(self):
        self.assertIn("Sak 16/25", [r["label"] for r in self.search("radsmodellen", "språkmodeller")])
        self.assertIn("Sak 18/25", [r["label"] for r in self.search("radsmodellen", "radsmodell")])
        self.assertIn("Sak 18/25", [r["label"] for r in self.search("radsmodellen", "e-helseradet")])

    def test_e_helse_finds_e_helseloesninger_and_marks_it(self):
        results = self.search("radsmodellen", "e-helse")
        self.assertTrue(any("<mark>e-helseløsningene</mark>" in r["html"] for r in results), results[:3])

    def test_matched_words_are_marked_in_title_and_snippet(self):
        first = self.search("radsmodellen", "prismodell")[0]
        self.assertIn("<mark>prismodell</mark>", first["html"])
        snippet = self.driver.find_element(By.CSS_SELECTOR, ".search-result .search-snippet")
        self.assertTrue(snippet.find_elements(By.TAG_NAME, "mark"))

    def test_words_of_the_page_itself_count_vedtak_utvalg_and_date(self):
        # 16/26's toppnotat never says "vedtak"; its page has a "Forslag til vedtak" section.
        self.assertEqual("Sak 16/26", self.search("radsmodellen", "vedtak om prismodell 2027")[0]["label"])
        self.assertIn("Sak 15/25", [r["label"] for r in self.search("radsmodellen", "e-helserådet prismodell")[:3]])
        top = [r["href"] for r in self.search("radsmodellen", "referat strategirådet mars 2026")[:3]]
        self.assertTrue(any(href.endswith("/radsmodellen/strategiradet/2026-03-26/") for href in top), top)

    def test_emner_rank_like_the_title(self):
        # The four saker with the emne "kunstig intelligens" come before saker that only mention it (the
        # fifth place is the emne's own page).
        top = [r["label"] for r in self.search("radsmodellen", "kunstig intelligens")[:5]]
        for label in ("Sak 17/26", "Sak 18/26", "Sak 8/26", "Sak 16/25"):
            self.assertIn(label, top)

    def test_utvalg_and_emne_pages_are_found(self):
        first = self.search("radsmodellen", "strategirådet")[0]
        self.assertEqual(("Utvalg", "Strategirådet"), (first["label"], first["tittel"]))
        self.assertTrue(first["href"].endswith("/radsmodellen/strategiradet/"))
        top = self.search("radsmodellen", "kunstig intelligens")[:5]
        self.assertIn(("Emne", "kunstig intelligens"), [(r["label"], r["tittel"].lower()) for r in top])

    def test_no_dead_end_when_no_result_has_every_word(self):
        results = self.search("radsmodellen", "prismodell xyzzyqq")
        self.assertTrue(self.status().startswith("Ingen treff på alle ordene i «prismodell xyzzyqq»; viser "),
                        self.status())
        self.assertIn("uten «xyzzyqq»", self.status())
        self.assertIn("Sak 16/26", [r["label"] for r in results[:3]])

    def test_a_filter_by_utvalg_narrows_the_list_and_goes_into_the_url(self):
        self.open("/radsmodellen/sok/")
        self.type_query("prismodell")
        everything = self.results()
        Select(self.driver.find_element(By.ID, "sok-utvalg")).select_by_value("strategiradet")
        WebDriverWait(self.driver, TIMEOUT).until(lambda d: "filtrene" in self.status())
        narrowed = self.results()
        self.assertLess(len(narrowed), len(everything))
        self.assertTrue(narrowed)
        self.assertEqual({"Strategirådet"}, {r["utvalg"] for r in narrowed})
        query = parse_qs(urlsplit(self.driver.current_url).query)
        self.assertEqual({"q": ["prismodell"], "utvalg": ["strategiradet"]}, query)

    def year_filter(self):
        return Select(self.driver.find_element(By.ID, "sok-aar")).first_selected_option.get_attribute("value")

    def test_back_and_forward_step_through_searches_and_the_url_reproduces_one(self):
        self.open("/radsmodellen/sok/")
        self.type_query("prismodell")
        before = [r["label"] for r in self.results()]
        Select(self.driver.find_element(By.ID, "sok-aar")).select_by_value("2025")
        WebDriverWait(self.driver, TIMEOUT).until(lambda d: "filtrene" in self.status())
        filtered = [r["label"] for r in self.results()]
        self.assertNotEqual(before, filtered)
        url = self.driver.current_url
        self.assertEqual({"q": ["prismodell"], "aar": ["2025"]}, parse_qs(urlsplit(url).query))

        self.driver.back()
        WebDriverWait(self.driver, TIMEOUT).until(lambda d: "aar=" not in d.current_url and "filtrene" not in self.status())
        self.wait_for_results("prismodell")
        self.assertEqual(before, [r["label"] for r in self.results()])
        self.assertEqual("", self.year_filter())

        self.driver.forward()
        WebDriverWait(self.driver, TIMEOUT).until(lambda d: "filtrene" in self.status())
        self.assertEqual(filtered, [r["label"] for r in self.results()])

        self.driver.get("about:blank")
        self.driver.get(url)
        self.wait_for_results("prismodell")
        WebDriverWait(self.driver, TIMEOUT).until(lambda d: "filtrene" in self.status())
        self.assertEqual(filtered, [r["label"] for r in self.results()])
        self.assertEqual("prismodell", self.driver.find_element(By.ID, "sok-q").get_attribute("value"))
        self.assertEqual("2025", self.year_filter())

    def test_the_count_is_in_a_live_region_and_no_match_says_so(self):
        self.search("radsmodellen", "prismodell")
        region = self.driver.find_element(By.ID, "sok-status")
        self.assertEqual("polite", region.get_attribute("aria-live"))
        self.assertRegex(region.text, r"^\d+ treff for «prismodell»")
        self.search("radsmodellen", "xyzzyqq")
        self.assertTrue(self.status().startswith("Ingen treff for «xyzzyqq»"))
        self.assertEqual([], self.results())

    def test_the_header_search_box_on_every_page_leads_to_the_search(self):
        self.open("/radsmodellen/strategiradet/2026-06-11/16-26/")
        field = self.driver.find_element(By.ID, "topp-sok")
        label = self.driver.find_element(By.CSS_SELECTOR, "label[for=topp-sok]")
        self.assertTrue(label.text)
        field.send_keys("prismodell", Keys.ENTER)
        self.wait_for_results("prismodell")
        self.assertEqual("/radsmodellen/sok/", urlsplit(self.driver.current_url).path)
        self.assertIn("Sak 16/26", [r["label"] for r in self.results()])

    def test_no_horizontal_scrolling_at_360_px(self):
        self.driver.set_window_size(360, 800)
        for path in ("/radsmodellen/sok/?q=e-helse&utvalg=strategiradet", "/radsmodellen/strategiradet/2026-06-11/16-26/"):
            with self.subTest(path=path):
                self.open(path)
                if "sok" in path:
                    self.wait_for_results("e-helse")
                overflow = self.driver.execute_script(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth")
                self.assertLessEqual(overflow, 0)


class Ranking(SearchPage):
    """Ranking rules on a small fixture archive (Tests/Fixtures/search-site)."""

    def test_exact_letters_rank_before_folded_ones(self):
        self.assertEqual("Rådet gir innspill til arkitektur", self.search("proeve", "råd")[0]["tittel"])
        self.assertEqual("En ny rad i oversikten over tiltak", self.search("proeve", "rad")[0]["tittel"])

    def test_a_number_several_utvalg_have_lists_each_with_its_utvalg(self):
        top = self.search("proeve", "6/26")[:2]
        self.assertEqual({("Sak 6/26", "Strategirådet"), ("Sak 6/26", "Fagrådet")}, {(r["label"], r["utvalg"]) for r in top})

    def test_title_then_vedtak_then_the_rest_and_newer_first_on_ties(self):
        saker = [r["label"] for r in self.search("proeve", "arkitektur") if r["label"].startswith("Sak")]
        self.assertEqual(["Sak 6/26", "Sak 9/25", "Sak 7/26", "Sak 10/25"], saker)


    def test_markup_in_a_sak_shows_as_text_and_never_runs(self):
        found = [r for r in self.search("proeve", "skadevare") if r["label"].startswith("Sak")]
        self.assertEqual(1, len(found))
        self.assertIn("<script>", found[0]["tittel"])
        self.assertIn("&lt;script&gt;", found[0]["html"])
        self.assertEqual([], self.driver.find_elements(By.CSS_SELECTOR, ".search-result img, .search-result script"))
        self.assertIsNone(self.driver.execute_script("return window.skadet"))


class Normaliser(SearchPage):
    """sok-norsk.js against the golden files the Swift tests write (Tests/Golden/search)."""

    def golden(self, name):
        with open(os.path.join(ROOT, "Tests", "Golden", "search", name), encoding="utf-8") as f:
            return [line.split("\t") for line in f.read().split("\n") if line]

    def test_stems_and_folded_keys_match_swift(self):
        self.open("/radsmodellen/sok/")
        rows = self.golden("terms.tsv")
        self.assertGreater(len(rows), 10000)
        mismatches = self.driver.execute_script("""
            var rows = arguments[0], bad = [];
            rows.forEach(function (r) {
              var t = RaadSokNorsk.term(r[0]);
              if (t.exact !== r[1] || t.folded !== r[2]) bad.push([r[0], r[1], r[2], t.exact, t.folded]);
            });
            return bad;""", rows)
        self.assertEqual([], mismatches[:20])

    def test_words_match_swift(self):
        self.open("/radsmodellen/sok/")
        rows = self.golden("words.tsv")
        mismatches = self.driver.execute_script("""
            var rows = arguments[0], bad = [];
            return fetch(document.getElementById("sok").getAttribute("data-indeks") + "manifest.json")
              .then(function (r) { return r.json(); }).then(function (m) {
                var stop = new Set(m.stopWords);
                rows.forEach(function (r) {
                  var words = RaadSokNorsk.words(r[0], stop).join(" ");
                  if (words !== (r[1] || "")) bad.push([r[0], r[1], words]);
                });
                return bad;
              });""", rows)
        self.assertEqual([], mismatches)


def main():
    global SITES
    if len(sys.argv) != 2:
        sys.exit("usage: search_test.py SITES_DIR")
    SITES = sys.argv[1]
    suite = unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__])
    result = unittest.TextTestRunner(verbosity=2).run(suite)
    failed = len(result.failures) + len(result.errors)
    print("browser tests: %d passed, %d failed" % (result.testsRun - failed, failed))
    sys.exit(0 if result.wasSuccessful() else 1)


if __name__ == "__main__":
    main()
