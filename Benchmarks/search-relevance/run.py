"""The search relevance benchmark of issue 21: raad's search page against Pagefind, over the same built site.

    Benchmarks/search-relevance/run.sh [--raad PATH] [--json FILE] [--min-mrr X] [--min-recall X]

(run.sh sets up the venv .venv-relevance/ and runs this file with its Python.) It builds content/ with the
raad binary under the base path /radsmodellen/, indexes a copy of the built site with Pagefind (a test tool
here, never part of the site), serves both from 127.0.0.1 and asks each engine every query of
queries.json in headless Chromium:

- raad: /radsmodellen/sok/?q=QUERY, the hrefs of the `.search-result h2 a` once the page shows them;
- Pagefind: a page added to the copy that imports /radsmodellen/pagefind/pagefind.js, runs
  `pagefind.search(q)` and `r.data()` for the first results, and reads their URLs.

It prints, per query, the rank of the judged best page and of the first relevant page for both, and a
summary: mean reciprocal rank (of the first relevant page in the top 10), recall at 5, queries without a
result, and the bytes a cold browser downloads for the first query. A benchmark, not a test: it exits 0
unless the harness fails, or unless a --min-* figure is given and raad's falls below it.
"""

import argparse
import functools
import gzip
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
sys.path.insert(0, str(REPO / "Tests" / "Browser"))
from browser import Browser  # noqa: E402
from site_server import SiteServer, _Handler  # noqa: E402

BASE = "/radsmodellen/"
TOP = 10
TIMEOUT = 20

# The results page added to the Pagefind copy (written after indexing, so it is not in the index).
PAGEFIND_PAGE = """<!DOCTYPE html>
<html lang="nb"><head><meta charset="utf-8"><title>Pagefind</title></head>
<body>
<script type="module">
const params = new URLSearchParams(location.search);
const q = params.get("q");
const shown = Number(params.get("n") || "%(top)d");
try {
  const pagefind = await import("%(base)spagefind/pagefind.js");
  await pagefind.options({ baseUrl: "%(base)s" });
  const search = await pagefind.search(q);
  const data = await Promise.all(search.results.slice(0, shown).map(r => r.data()));
  window.pagefindResult = { total: search.results.length, urls: data.map(d => d.url) };
} catch (error) {
  window.pagefindResult = { error: String(error) };
}
</script>
</body></html>
""" % {"top": TOP, "base": BASE}


def default_raad() -> Path:
    for candidate in (REPO / ".build/release/raad", REPO / ".build/debug/raad"):
        if candidate.is_file():
            return candidate
    raise SystemExit("no raad binary: build one (swift build -c release) or pass --raad PATH")


def site_path(url: str) -> str:
    """A result URL as a site path relative to the base URL: `strategiradet/2026-06-11/16-26/`."""
    path = urllib.parse.unquote(urllib.parse.urlsplit(url).path)
    if path.endswith("/index.html"):
        path = path[: -len("index.html")]
    if path.startswith(BASE):
        path = path[len(BASE):]
    path = path.lstrip("/")
    if path and not path.endswith("/") and "." not in path.rsplit("/", 1)[-1]:
        path += "/"
    return path


def is_sak_or_mote(path: str) -> bool:
    """The pages raad's index holds: a møte (`utvalg/2026-06-11/`) or a sak in it; not the collected
    saksdokumenter page, nor utvalg, emne or front pages."""
    return bool(re.fullmatch(r"[^/]+/\d{4}-\d{2}-\d{2}/([^/]+/)?", path)) and not path.endswith("/saksdokumenter/")


def build(raad: Path, output: Path) -> str:
    command = [str(raad), "build", "--content", str(REPO / "content"), "--themes", str(REPO / "themes"),
               "--output", str(output), "--base-url", BASE]
    result = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"raad build failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    return next((line for line in result.stdout.splitlines() if line.startswith("Bygde")), result.stdout.strip())


def pagefind_index(site: Path, mode: str) -> tuple[str, str]:
    """Indexes `site` (a copy of the build) in place; returns Pagefind's version and its summary lines.

    `main`: data-pagefind-body on the <main> of every page but the search page and the 404 page, so
    Pagefind reads what raad's templates put in <main> and ignores the header, breadcrumbs and footer that
    every page repeats. `body`: no markup added, Pagefind's own default of the whole <body>."""
    if mode == "main":
        for page in site.rglob("*.html"):
            relative = page.relative_to(site).as_posix()
            if relative in ("sok/index.html", "404.html"):
                continue
            html = page.read_text(encoding="utf-8")
            marked, count = re.subn(r"<main(?=[\s>])", "<main data-pagefind-body", html, count=1)
            if count:
                page.write_text(marked, encoding="utf-8")
    command = [sys.executable, "-m", "pagefind", "--site", str(site)]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"pagefind failed ({result.returncode}): {' '.join(command)}\n{result.stdout}{result.stderr}")
    version = next((line.strip() for line in result.stdout.splitlines() if line.startswith("Running Pagefind")), "Pagefind")
    summary = [line.strip() for line in result.stdout.splitlines()
               if re.match(r"\s*(Indexed \d+ (pages?|words?)|Discovered|Found a data-pagefind-body)", line)]
    (site / "pagefind-sok").mkdir()
    (site / "pagefind-sok" / "index.html").write_text(PAGEFIND_PAGE, encoding="utf-8")
    return version, "; ".join(summary)


def wait(browser: Browser, condition: str, what: str, *args):
    deadline = time.time() + TIMEOUT
    while time.time() < deadline:
        value = browser.run(condition, *args)
        if value:
            return value
        time.sleep(0.02)
    raise SystemExit(f"timed out waiting for {what}")


RAAD_READY = """
const status = document.getElementById('sok-status');
if (!status) return null;
const text = status.textContent;
const q = arguments[0];
if (!text.includes('«' + q + '»')) return null;
if (text.startsWith('Ingen treff')) return {total: 0, urls: []};
const m = text.match(/^(\\d+) treff/);
if (!m) return null;
const total = Number(m[1]);
const links = Array.from(document.querySelectorAll('.search-result h2 a')).map(a => a.href);
if (links.length < Math.min(total, arguments[1])) return null;
return {total: total, urls: links.slice(0, arguments[1])};
"""
PAGEFIND_READY = "return window.pagefindResult || null;"


def ask_raad(browser: Browser, origin: str, query: str) -> dict:
    browser.open(origin + BASE + "sok/?q=" + urllib.parse.quote(query))
    return wait(browser, RAAD_READY, f"raad's results for {query!r}", query.strip(), TOP)


def ask_pagefind(browser: Browser, origin: str, query: str) -> dict:
    browser.open(origin + BASE + "pagefind-sok/?q=" + urllib.parse.quote(query))
    result = wait(browser, PAGEFIND_READY, f"Pagefind's results for {query!r}")
    if "error" in result:
        raise SystemExit(f"Pagefind failed on {query!r}: {result['error']}")
    return result


class RecordingServer(SiteServer):
    """SiteServer that also notes the path of every request it answers, from the page and its workers
    alike (Pagefind 1.5 fetches its wasm, index and fragments from a Web Worker, whose requests neither
    the page's Resource Timing nor chromedriver's performance log show)."""

    def __init__(self, root: Path) -> None:
        super().__init__(root)
        requests = self.requests = []

        class Handler(_Handler):
            def log_request(self, code="-", size="-"):
                requests.append((urllib.parse.unquote(urllib.parse.urlsplit(self.path).path), int(code)))

        self._server.RequestHandlerClass = functools.partial(Handler, directory=str(root))


def first_query_bytes(engine: str, server: RecordingServer, root: Path, query: str) -> dict:
    """What a cold browser (a new profile, empty cache) downloads from opening the engine's page with
    `query` until its results are shown and no request has come for half a second: every file the server
    sent, except the HTML page itself, the site's stylesheet and the browser's favicon request. Bytes are
    the files' sizes (http.server sends them uncompressed); `gzip` is each file gzip -6, as a server that
    compresses would send it."""
    origin = server.base_url.rstrip("/")
    browser = Browser()
    try:
        server.requests.clear()
        if engine == "raad":
            ask_raad(browser, origin, query)
        else:
            ask_pagefind(browser, origin, query)
        count, still = -1, 0
        while still < 5:
            still = still + 1 if len(server.requests) == count else 0
            count = len(server.requests)
            time.sleep(0.1)
    finally:
        browser.close()
    page = BASE + ("sok/" if engine == "raad" else "pagefind-sok/")
    files = []
    for path, code in server.requests:
        if path == page or path.endswith(".css") or path.endswith("/favicon.ico"):
            continue
        disk = root / path.lstrip("/")
        body = disk.read_bytes() if code == 200 and disk.is_file() else b""
        files.append({"path": path, "status": code, "bytes": len(body),
                      "gzip": len(gzip.compress(body, 6)) if body else 0})
    files.sort(key=lambda f: f["path"])
    return {"query": query, "files": files, "bytes": sum(f["bytes"] for f in files),
            "gzip": sum(f["gzip"] for f in files)}


def score(relevant: list, best: str, urls: list) -> dict:
    ranks = [i + 1 for i, url in enumerate(urls) if url in relevant]
    return {"first": ranks[0] if ranks else None,
            "best": urls.index(best) + 1 if best in urls else None,
            "rr": 1 / ranks[0] if ranks else 0.0,
            "recall5": len(set(urls[:5]) & set(relevant)) / len(relevant)}


def summary(rows: list, engine: str) -> dict:
    n = len(rows)
    return {"mrr": sum(r[engine]["rr"] for r in rows) / n,
            "recall5": sum(r[engine]["recall5"] for r in rows) / n,
            "zero": [r["query"] for r in rows if r[engine]["total"] == 0],
            "queries": n}


def restricted(rows: list, queries: dict) -> list:
    """The same runs judged on sak and møte pages only: other pages are dropped from the judgments and
    from both result lists (raad's holds none), and a query left with no relevant page is dropped."""
    out = []
    for row in rows:
        q = queries[row["query"]]
        relevant = [p for p in q["relevant"] if is_sak_or_mote(p)]
        if not relevant:
            continue
        best = q["best"] if q["best"] in relevant else relevant[0]
        new = {"query": row["query"]}
        for engine in ("raad", "pagefind"):
            urls = [u for u in row[engine]["urls"] if is_sak_or_mote(u)]
            new[engine] = {**score(relevant, best, urls), "total": row[engine]["total"], "urls": urls}
        out.append(new)
    return out


def rank(value) -> str:
    return "-" if value is None else str(value)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--raad", type=Path, help="the raad binary (default .build/release/raad, else .build/debug/raad)")
    parser.add_argument("--queries", type=Path, default=HERE / "queries.json")
    parser.add_argument("--pagefind-index", choices=("main", "body"), default="main",
                        help="what Pagefind indexes: each page's <main> (data-pagefind-body added to the copy; "
                             "the default) or Pagefind's default of the whole <body>")
    parser.add_argument("--json", type=Path, help="also write every result and figure to this file")
    parser.add_argument("--keep", type=Path, help="build into this folder (new or empty) and keep it")
    parser.add_argument("--min-mrr", type=float, help="exit 1 when raad's MRR is below this")
    parser.add_argument("--min-recall", type=float, help="exit 1 when raad's recall@5 is below this")
    args = parser.parse_args()

    raad = (args.raad or default_raad()).resolve()
    judged = json.loads(args.queries.read_text(encoding="utf-8"))["queries"]
    queries = {q["query"]: q for q in judged}

    if args.keep:
        if args.keep.exists() and any(args.keep.iterdir()):
            raise SystemExit(f"--keep {args.keep}: the folder is not empty")
        args.keep.mkdir(parents=True, exist_ok=True)
        work = args.keep
    else:
        temp = tempfile.TemporaryDirectory(prefix="raad-relevance-")
        work = Path(temp.name)
    raad_root, pagefind_root = work / "raad", work / "pagefind"
    version = subprocess.run([str(raad), "--version"], capture_output=True, text=True).stdout.strip()
    print(f"raad {version} ({raad}): {build(raad, raad_root / BASE.strip('/'))}")
    shutil.copytree(raad_root, pagefind_root)
    pf_version, pf_summary = pagefind_index(pagefind_root / BASE.strip("/"), args.pagefind_index)
    what = ("each page's <main> (data-pagefind-body added to the copy; not the search page or the 404 page)"
            if args.pagefind_index == "main" else "Pagefind's default, the whole <body> of every page")
    print(f"{pf_version}, indexing {what}: {pf_summary}")

    rows = []
    with RecordingServer(raad_root) as raad_server, RecordingServer(pagefind_root) as pf_server:
        raad_origin, pf_origin = raad_server.base_url.rstrip("/"), pf_server.base_url.rstrip("/")
        browser = Browser()
        try:
            for q in judged:
                row = {"query": q["query"]}
                for engine, ask, origin in (("raad", ask_raad, raad_origin), ("pagefind", ask_pagefind, pf_origin)):
                    found = ask(browser, origin, q["query"])
                    urls = [site_path(u) for u in found["urls"]]
                    row[engine] = {**score(q["relevant"], q["best"], urls), "total": found["total"], "urls": urls}
                rows.append(row)
        finally:
            browser.close()
        first = judged[0]["query"]
        downloads = {"raad": first_query_bytes("raad", raad_server, raad_root, first),
                     "pagefind": first_query_bytes("pagefind", pf_server, pagefind_root, first)}

    width = max(len(r["query"]) for r in rows)
    print()
    print("Ranks in the top %d (- = not there); hits = all results the engine returned." % TOP)
    print(f"{'query':<{width}}  {'judged':>6}  |  {'raad best':>9} {'first rel':>9} {'R@5':>4} {'hits':>4}"
          f"  |  {'pf best':>7} {'first rel':>9} {'R@5':>4} {'hits':>4}")
    for r in rows:
        a, b = r["raad"], r["pagefind"]
        flag = "  <" if a["rr"] < b["rr"] else ("  >" if a["rr"] > b["rr"] else "")
        print(f"{r['query']:<{width}}  {len(queries[r['query']]['relevant']):>6}  |  {rank(a['best']):>9} "
              f"{rank(a['first']):>9} {a['recall5']:>4.2f} {a['total']:>4}  |  {rank(b['best']):>7} "
              f"{rank(b['first']):>9} {b['recall5']:>4.2f} {b['total']:>4}{flag}")
    print("(< raad's first relevant page ranks lower than Pagefind's, > higher)")

    figures = {e: summary(rows, e) for e in ("raad", "pagefind")}
    narrow_rows = restricted(rows, queries)
    narrow = {e: summary(narrow_rows, e) for e in ("raad", "pagefind")}
    print()
    print(f"Summary over {len(rows)} judged queries ({args.queries.relative_to(REPO) if args.queries.is_relative_to(REPO) else args.queries}):")
    print(f"{'':<34}{'raad':>12}{'Pagefind':>12}")
    print(f"{'MRR (first relevant, top 10)':<34}{figures['raad']['mrr']:>12.3f}{figures['pagefind']['mrr']:>12.3f}")
    print(f"{'recall@5':<34}{figures['raad']['recall5']:>12.3f}{figures['pagefind']['recall5']:>12.3f}")
    print(f"{'zero-result queries':<34}{len(figures['raad']['zero']):>12}{len(figures['pagefind']['zero']):>12}")
    for engine, name in (("raad", "raad"), ("pagefind", "Pagefind")):
        if figures[engine]["zero"]:
            print(f"  {name} finds nothing for: {', '.join(repr(q) for q in figures[engine]['zero'])}")
    d = downloads
    print(f"{'first query, bytes (as served)':<34}{d['raad']['bytes']:>12,}{d['pagefind']['bytes']:>12,}")
    print(f"{'first query, bytes if gzipped':<34}{d['raad']['gzip']:>12,}{d['pagefind']['gzip']:>12,}")
    print(f"{'first query, files':<34}{len(d['raad']['files']):>12}{len(d['pagefind']['files']):>12}")
    print(f"  The first query, {first!r}, in a new browser profile (empty cache): every file the server sent")
    print("  from opening the page until the results are shown and requests stop, less the HTML page, the")
    print("  stylesheet and the favicon request. raad: its three search scripts and the index files it")
    print("  fetches; Pagefind: pagefind.js, its worker, wasm, entry, meta, index chunks and the fragments")
    print(f"  of the first {TOP} results. Bytes as http.server sends them (uncompressed); 'if gzipped' is each")
    print("  file gzip -6 (Pagefind's own index files are compressed already).")
    for engine, name in (("raad", "raad"), ("pagefind", "Pagefind")):
        print(f"  {name}: " + ", ".join(f"{f['path'].removeprefix(BASE)} {f['bytes']:,}" for f in d[engine]["files"]))
    print()
    print(f"The same runs judged on sak and møte pages only ({len(narrow_rows)} queries; the emne, utvalg and")
    print("saksdokumenter pages raad's index does not hold are left out of the judgments and of Pagefind's list):")
    print(f"{'MRR':<34}{narrow['raad']['mrr']:>12.3f}{narrow['pagefind']['mrr']:>12.3f}")
    print(f"{'recall@5':<34}{narrow['raad']['recall5']:>12.3f}{narrow['pagefind']['recall5']:>12.3f}")

    if args.json:
        args.json.write_text(json.dumps({"raad": version, "pagefind": pf_version, "pagefind_index": args.pagefind_index,
                                         "rows": rows, "summary": figures, "sak_and_mote_only": narrow,
                                         "first_query": downloads}, ensure_ascii=False, indent=2) + "\n",
                             encoding="utf-8")

    status = 0
    if args.min_mrr is not None and figures["raad"]["mrr"] < args.min_mrr:
        print(f"raad's MRR {figures['raad']['mrr']:.3f} is below --min-mrr {args.min_mrr}")
        status = 1
    if args.min_recall is not None and figures["raad"]["recall5"] < args.min_recall:
        print(f"raad's recall@5 {figures['raad']['recall5']:.3f} is below --min-recall {args.min_recall}")
        status = 1
    return status


if __name__ == "__main__":
    sys.exit(main())
