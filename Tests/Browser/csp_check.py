"""Every kind of page of a published site in headless Chromium, under the server's own headers: fails on any
Content-Security-Policy violation, any failed request or console error, and unless search answers a query.

    python3 Tests/Browser/csp_check.py http://127.0.0.1:PORT/radsmodellen/

scripts/publish-rehearsal.sh runs it against nginx with docs/publish/nginx.conf; the pages are found from the
site itself (front page, utvalg, møte, sak, Saksdokumenter, emner, emne, search, 404 and a redirect page)."""

import json
import re
import sys
import time
import urllib.request
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from browser import Browser  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

# Recorded before any of the page's own code runs, so nothing the policy blocks goes unseen.
LISTEN = """
window.__violations = [];
document.addEventListener('securitypolicyviolation', function (e) {
  window.__violations.push(e.effectiveDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber);
});
"""


def fetch(url):
    with urllib.request.urlopen(url) as response:
        return response.read().decode("utf-8")


def pages(base):
    """(kind, url, status wanted) for each kind of page, found by following the site's own links."""
    front = fetch(base)
    path = re.sub(r"^https?://[^/]+", "", base)

    def first(html, pattern, what):
        found = re.search(pattern, html)
        if not found:
            sys.exit(f"csp_check: no {what} found")
        return base[: len(base) - len(path)] + found.group(1)

    utvalg = first(front, rf'href="({path}strategiradet/)"', "utvalg page")
    mote = first(fetch(utvalg), rf'href="({path}strategiradet/\d{{4}}-\d\d-\d\d/)"', "møte page")
    mote_html = fetch(mote)
    sak = first(mote_html, rf'href="({re.escape(mote[len(base) - len(path):])}\d\d-\d\d/)"', "sak page")
    emner = base + "emner/"
    emne = first(fetch(emner), rf'href="({path}emner/[^/"]+/)"', "emne page")
    return [
        ("forside", base, 200), ("utvalg", utvalg, 200), ("møte", mote, 200), ("sak", sak, 200),
        ("saksdokumenter", mote + "saksdokumenter/", 200), ("emner", emner, 200), ("emne", emne, 200),
        ("søk", base + "sok/?q=prismodell", 200), ("404", base + "finnes/ikke/", 404),
        ("omdirigering", base + "strategiradet/2026-06-12/16-26/", 200),
    ]


def network_problems(entries, wanted_status):
    problems = []
    for entry in entries:
        message = json.loads(entry["message"])["message"]
        params = message.get("params", {})
        if message["method"] == "Network.loadingFailed" and not params.get("canceled"):
            problems.append(f"request failed: {params.get('errorText')} ({params.get('blockedReason', '')})")
        elif message["method"] == "Network.responseReceived":
            response = params["response"]
            # Chromium asks the host for /favicon.ico on its own; the site does not link one.
            if response["url"].endswith("/favicon.ico"):
                continue
            if response["status"] >= 400 and not (params["type"] == "Document" and response["status"] == wanted_status):
                problems.append(f"{response['status']} for {response['url']}")
    return problems


def main():
    base = sys.argv[1]
    browser = Browser(logs=True)
    failures = []
    try:
        driver = browser.driver
        driver.execute_cdp_cmd("Network.enable", {})
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": LISTEN})
        for kind, url, status in pages(base):
            driver.get_log("performance")
            driver.get_log("browser")
            browser.open(url)
            if kind == "søk":
                deadline = time.time() + 15
                while time.time() < deadline and not driver.find_elements(By.CSS_SELECTOR, ".search-result"):
                    time.sleep(0.1)
                found = len(driver.find_elements(By.CSS_SELECTOR, ".search-result"))
                if not found:
                    failures.append(f"{kind} {url}: search showed no result for 'prismodell'")
            if kind == "omdirigering":
                deadline = time.time() + 5
                while time.time() < deadline and driver.current_url == url:
                    time.sleep(0.1)
                if driver.current_url == url:
                    failures.append(f"{kind} {url}: the browser was not sent on")
            time.sleep(0.3)  # late requests (search index parts) and their reports
            violations = browser.run("return window.__violations || [];")
            console = [e["message"] for e in driver.get_log("browser") if e["level"] == "SEVERE"
                       and "/favicon.ico" not in e["message"]
                       and not (status == 404 and " 404 " in e["message"] and url in e["message"])]
            problems = violations + network_problems(driver.get_log("performance"), status) + console
            failures += [f"{kind} {url}: {problem}" for problem in problems]
            print(f"   {kind}: {driver.current_url} " + ("ok" if not problems else f"{len(problems)} problem(s)"))
    finally:
        browser.close()
    if failures:
        print("\n".join(failures), file=sys.stderr)
        sys.exit(f"csp_check: {len(failures)} problem(s) under the site's Content-Security-Policy")
    print("csp_check: every kind of page loads under the policy with no violation and no failed request; search works")


if __name__ == "__main__":
    main()
