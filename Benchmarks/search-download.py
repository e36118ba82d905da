"""What the first search on a built site downloads: serves SITE on 127.0.0.1, opens its search page in
headless Chromium with each query, waits for the results, and prints the index files fetched and their bytes.

    python3 Benchmarks/search-download.py SITE [QUERY ...]    # SITE built with --base-url /

A fresh browser per query, so each is a first query: nothing cached.
"""
import sys
import time
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "Tests" / "Browser"))
from browser import Browser  # noqa: E402
from site_server import SiteServer  # noqa: E402

RESOURCES = """return performance.getEntriesByType('resource')
    .filter(e => e.name.includes('/sok/indeks/'))
    .map(e => [new URL(e.name).pathname, e.encodedBodySize || e.transferSize || 0]);"""


def first_query(server: SiteServer, query: str) -> tuple[int, list]:
    browser = Browser()
    try:
        browser.driver.get(server.url("sok/?q=" + urllib.parse.quote(query)))
        deadline = time.time() + 60
        shown = 0
        while time.time() < deadline:
            shown, status = browser.driver.execute_script(
                "return [document.querySelectorAll('#sok-treff li').length,"
                " document.getElementById('sok-status').textContent];")
            if shown or "Ingen" in status:
                break
            time.sleep(0.05)
        time.sleep(0.5)  # the last document files of the first page
        return shown, browser.driver.execute_script(RESOURCES)
    finally:
        browser.close()


def main() -> None:
    site = Path(sys.argv[1])
    queries = sys.argv[2:] or ["prismodell", "vedtak om prismodell 2027", "14/26", "kunstig intelligens"]
    with SiteServer(site) as server:
        for query in queries:
            shown, files = first_query(server, query)
            total = sum(size for _, size in files)
            kinds = {}
            for path, size in files:
                kind = path.split("/sok/indeks/")[1].split("/")[0].split(".")[0]
                kinds[kind] = kinds.get(kind, 0) + 1
            print(f"{query!r}: {shown} results shown, {len(files)} index files, {total / 1000:.1f} KB "
                  f"({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))})", flush=True)


if __name__ == "__main__":
    main()
