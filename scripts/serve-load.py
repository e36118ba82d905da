#!/usr/bin/env python3
"""Puts raad serve under load while content changes under it, and fails if the server does.

Copies a content folder (nothing real is edited), starts `raad serve --port 0` on the copy, then sends
--requests GET requests, --concurrency at a time, spread over the site's pages, assets, the search index,
a missing page and a path that tries to leave the site, while another thread rewrites one sak file again
and again: a good vedtak, then broken YAML, then good again. It prints the figures and exits 1 when

- the server process died or answered with a signal,
- a request failed to connect or got a 5xx that is not raad's error page (500, "Feil i innholdet") or its
  building page (503, "Bygger nettstedet"),
- a path outside the site was served,
- the server's memory (VmRSS) grew by more than --max-growth-mb between the first and the last quarter,
- after the load, a probe got a wrong answer: a foreign Host (DNS rebinding) or a foreign Origin on the
  event stream must get 403, the right Host and Origin 200; every answer must carry Cache-Control: no-store,
  X-Frame-Options: DENY and no CORS header; and the terminal must name a refused host once, not per request.

    scripts/serve-load.py --raad .build/debug/raad --content content --themes themes
"""
import argparse
import collections
import concurrent.futures
import http.client
import os
import queue
import re
import statistics
import sys
import threading
import time

from serve_session import ServeSession

# serve_session runs the preview with --lang en; the bokmål titles are kept for a run without it.
ERROR_MARKERS = ("Feil i innholdet", "Bygger nettstedet", "Errors in the content", "Building the site")


def rss_mb(pid):
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except FileNotFoundError:
        return None
    return None


def paths_of(content, base="/"):
    """Every page the content gives, as URL paths under the base path the server serves the site at, plus
    files the theme and the search need, and paths that try to leave the site."""
    paths = ["/", "/404.html", "/sok/", "/sok/indeks/manifest.json", "/feed.xml",
             "/moter.ics", "/sitemap.xml", "/finnes-ikke/", "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd"]
    for folder, subfolders, files in sorted(os.walk(content)):
        subfolders.sort()
        relative = os.path.relpath(folder, content)
        for name in sorted(files):
            if name == "_index.md":
                paths.append("/" if relative == "." else f"/{relative}/")
            elif name.endswith(".md"):
                paths.append(f"/{relative}/{name[:-3]}/")
    return [base + path[1:] for path in paths] + ["/", "/../../etc/passwd"]


def stylesheet_of(port, base):
    """The stylesheet the front page links: its name carries a hash of its bytes."""
    status, body = fetch(port, base)
    found = re.search(rb'<link rel="stylesheet" href="([^"]+)">', body)
    if status != 200 or not found:
        sys.exit(f"serve-load: the front page ({status}) links no stylesheet")
    return found.group(1).decode()


def fetch(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", path)
        response = connection.getresponse()
        body = response.read()
        return response.status, body
    finally:
        connection.close()


def probe(port, path, host=None, origin=None):
    """Status and headers (lower-case names) of one GET with the given Host and Origin; the body is not read,
    so that the event stream can be probed too."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    headers = {"Host": host or f"127.0.0.1:{port}"}
    if origin:
        headers["Origin"] = origin
    try:
        connection.request("GET", path, headers=headers)
        response = connection.getresponse()
        body = response.read() if response.status != 200 or path != "/_raad/events" else b""
        return response.status, {name.lower(): value for name, value in response.getheaders()}, body
    finally:
        connection.close()


def access_probes(port, base="/"):
    """What other websites get: (description, wanted status, status, headers, body) for each probe; the site's
    own front page is at `base`, the base path it is served under."""
    own = f"http://127.0.0.1:{port}"
    cases = [
        ("foreign Host on /", 403, "/", f"evil.example:{port}", None),
        ("foreign Host on /", 403, "/", f"evil.example:{port}", None),
        ("foreign Host on the event stream", 403, "/_raad/events", f"evil.example:{port}", None),
        ("foreign Origin on the event stream", 403, "/_raad/events", None, f"http://evil.example:{port}"),
        ("Origin null on the event stream", 403, "/_raad/events", None, "null"),
        ("loopback Host on another port", 403, "/", f"127.0.0.1:{port + 1}", None),
        ("own Host on the front page", 200, base, f"127.0.0.1:{port}", None),
        ("localhost Host on the front page", 200, base, f"localhost:{port}", None),
        ("own Origin on the event stream", 200, "/_raad/events", None, own),
        ("no Origin on the event stream", 200, "/_raad/events", None, None),
    ]
    return [(name, wanted) + probe(port, path, host, origin) for name, wanted, path, host, origin in cases]


def access_problems(results):
    problems = []
    for name, wanted, status, headers, body in results:
        if status != wanted:
            problems.append(f"{name}: {status}, wanted {wanted}")
        if status == 403 and b"--allowed-host" not in body:
            problems.append(f"{name}: the 403 page does not name --allowed-host")
        if headers.get("cache-control") != "no-store":
            problems.append(f"{name}: Cache-Control is {headers.get('cache-control')!r}, wanted 'no-store'")
        if headers.get("x-frame-options") != "DENY" and "frame-ancestors 'none'" not in headers.get("content-security-policy", ""):
            problems.append(f"{name}: may be framed (no X-Frame-Options: DENY or frame-ancestors 'none')")
        cors = [header for header in headers if header.startswith("access-control-")]
        if cors:
            problems.append(f"{name}: sends CORS headers {cors}")
    return problems


def drained(log):
    lines = []
    while True:
        try:
            lines.append(log.get_nowait()[1])
        except queue.Empty:
            return lines


def rewrite(sak, stop, counts):
    """Cycles the sak file through good, broken and good again until told to stop."""
    with open(sak, encoding="utf-8") as handle:
        original = handle.read()
    broken = original.replace("tittel:", "tittel: \"ikke lukket", 1)
    step = 0
    while not stop.is_set():
        step += 1
        text = broken if step % 3 == 0 else re.sub(r"^(vedtak: \|\n  )", rf"\g<1>Runde {step}: ", original, count=1, flags=re.M)
        with open(sak, "w", encoding="utf-8") as handle:
            handle.write(text)
        counts["rewrites"] += 1
        counts["broken" if step % 3 == 0 else "good"] += 1
        stop.wait(0.05)
    with open(sak, "w", encoding="utf-8") as handle:
        handle.write(original)


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--raad", default=".build/debug/raad")
    parser.add_argument("--content", default="content")
    parser.add_argument("--themes", default="themes")
    parser.add_argument("--requests", type=int, default=2000)
    parser.add_argument("--concurrency", type=int, default=50)
    parser.add_argument("--max-growth-mb", type=float, default=50)
    args = parser.parse_args()

    with ServeSession(args.raad, args.content, args.themes, prefix="raad-load-", startup_seconds=300) as serve:
        content, process, port = serve.content, serve.process, serve.port
        saker = sorted(os.path.join(folder, name) for folder, _, files in os.walk(content)
                       for name in files if re.fullmatch(r"\d\d-\d\d\.md", name))
        sak = next(path for path in saker if re.search(r"^vedtak: \|\n  \S", open(path, encoding="utf-8").read(), re.M))
        paths = paths_of(content, serve.base) + [stylesheet_of(port, serve.base)]

        counts = collections.Counter()
        stop = threading.Event()
        writer = threading.Thread(target=rewrite, args=(sak, stop, counts))
        memory = []
        problems = []
        times = []

        def one(index):
            path = paths[index % len(paths)]
            started = time.monotonic()
            try:
                status, body = fetch(port, path)
            except Exception as error:  # a refused or reset connection is a failure of the server
                return path, None, repr(error), 0
            return path, status, body, time.monotonic() - started

        writer.start()
        started = time.monotonic()
        with concurrent.futures.ThreadPoolExecutor(max_workers=args.concurrency) as pool:
            futures = [pool.submit(one, index) for index in range(args.requests)]
            for number, future in enumerate(concurrent.futures.as_completed(futures)):
                path, status, body, seconds = future.result()
                times.append(seconds)
                if number % max(1, args.requests // 20) == 0:
                    memory.append(rss_mb(process.pid))
                if status is None:
                    problems.append(f"{path}: {body}")
                    continue
                counts[status] += 1
                text = body.decode("utf-8", "replace")
                if status >= 500 and not any(marker in text for marker in ERROR_MARKERS):
                    problems.append(f"{path}: {status} that is not raad's error page")
                if ".." in path or "%2e" in path:
                    if status == 200 and "root:" in text:
                        problems.append(f"{path}: served a file outside the site")
        elapsed = time.monotonic() - started
        stop.set()
        writer.join()
        alive = process.poll() is None
        memory.append(rss_mb(process.pid))
        if not alive:
            problems.append(f"raad serve exited with {process.returncode} during the load")

        # The last rewrite put the good file back; probe once its rebuild is shown, not the error page before it.
        settled = time.monotonic() + 60
        while time.monotonic() < settled and fetch(port, serve.base)[0] != 200:
            time.sleep(0.1)
        drained(serve.log)
        access = access_probes(port, serve.base)
        problems += access_problems(access)
        time.sleep(0.5)
        refused_lines = [line for line in drained(serve.log) if "refused" in line and "evil.example" in line]
        foreign_hosts = sum(1 for name, *_ in access if name.startswith("foreign Host"))
        if len(refused_lines) != 2:  # the host once, the origin once
            problems.append(f"the terminal named the foreign host and origin {len(refused_lines)} times, wanted 2: {refused_lines}")

        samples = [m for m in memory if m is not None]
        quarter = max(1, len(samples) // 4)
        growth = statistics.mean(samples[-quarter:]) - statistics.mean(samples[:quarter]) if samples else 0
        if growth > args.max_growth_mb:
            problems.append(f"memory grew by {growth:.1f} MB (limit {args.max_growth_mb} MB)")
        statuses = ", ".join(f"{status}: {n}" for status, n in sorted((k, v) for k, v in counts.items() if isinstance(k, int)))
        print(f"{args.requests} requests, {args.concurrency} at a time, over {len(paths)} paths in {elapsed:.1f} s "
              f"({args.requests / elapsed:.0f} requests/s); latency median {statistics.median(times) * 1000:.0f} ms, "
              f"max {max(times) * 1000:.0f} ms")
        print(f"answers: {statuses}")
        print(f"content rewritten {counts['rewrites']} times ({counts['good']} good, {counts['broken']} broken YAML) "
              f"during the load")
        print(f"server memory (VmRSS): {samples[0]:.1f} MB at the start, {max(samples):.1f} MB at most, "
              f"{samples[-1]:.1f} MB at the end; growth first to last quarter {growth:+.1f} MB")
        right = sum(1 for name, wanted, status, *_ in access if status == wanted)
        print(f"access probes: {right} of {len(access)} answered as wanted ({foreign_hosts} foreign Host, "
              f"{sum(1 for _, wanted, *_ in access if wanted == 403) - foreign_hosts} other refusals, "
              f"{sum(1 for _, wanted, *_ in access if wanted == 200)} allowed); refusals logged {len(refused_lines)} times")
        if problems:
            print(f"FAILED: {len(problems)} problems")
            for problem in problems[:20]:
                print("  " + problem)
            sys.exit(1)
        print("passed: the server answered every request, with no 5xx but its error and building pages, "
              "and kept other websites out")

if __name__ == "__main__":
    main()
