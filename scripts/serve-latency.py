#!/usr/bin/env python3
"""Times raad serve's edit loop: from saving a sak file to the reload event reaching a browser tab.

Copies a content folder (so nothing real is edited), starts `raad serve --port 0` on the copy, listens on
/_raad/events like an open tab, then changes the vedtak of one sak again and again. For each save it
prints the time until the reload event naming that sak's page arrived, and the server's own rebuild line.
The time includes the watcher's debounce (30 ms of quiet after the last change), which is the floor.

    scripts/serve-latency.py --raad .build/release/raad --content content --themes themes --edits 10
"""
import argparse
import http.client
import os
import queue
import re
import statistics
import sys
import threading
import time

from serve_session import ServeSession, wait_for


def read_events(port, events):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=None)
    connection.request("GET", "/_raad/events")
    response = connection.getresponse()
    while True:
        line = response.fp.readline()
        if not line:
            return
        events.put((time.monotonic(), line.decode("utf-8").rstrip("\n")))


def tail(detail):
    """The server's note of its slowest stages, which the cut-off above would hide."""
    return " …" + detail[detail.index("; slowest:"):] if "; slowest:" in detail[110:] else ""


def pick_sak(content):
    """The first sak file (NN-YY.md) with a one-line vedtak we can change, in sorted order."""
    for folder, subfolders, files in sorted(os.walk(content)):
        subfolders.sort()
        for name in sorted(files):
            if re.fullmatch(r"\d\d-\d\d\.md", name):
                path = os.path.join(folder, name)
                with open(path, encoding="utf-8") as handle:
                    text = handle.read()
                if re.search(r"^vedtak: \|\n  \S", text, re.M):
                    return path
    sys.exit("no sak with a `vedtak: |` block found")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--raad", default=".build/release/raad")
    parser.add_argument("--content", default="content")
    parser.add_argument("--themes", default="themes")
    parser.add_argument("--edits", type=int, default=10)
    parser.add_argument("--pause", type=float, default=0.5, help="seconds between edits")
    parser.add_argument("--rapid", action="store_true",
                        help="save again without waiting for the whole site to be rebuilt, as a quick typist's autosave does")
    parser.add_argument("--timeout", type=float, default=120, help="seconds to wait for one reload")
    args = parser.parse_args()

    with ServeSession(args.raad, args.content, args.themes, prefix="raad-latency-") as serve:
        content, log = serve.content, serve.log
        sak = pick_sak(content)
        page = os.path.relpath(sak, content)[:-3] + "/index.html"
        saker = sum(1 for _, _, files in os.walk(content) for f in files if re.fullmatch(r"\d\d-\d\d\.md", f))
        print(f"content: {args.content} ({saker} saker); editing {os.path.relpath(sak, content)}")
        print(f"first build: {serve.first_build[1].split(': ', 1)[1]} "
              f"(server up {serve.serving[0] - serve.started:.2f} s after start)")
        port = serve.port

        events = queue.Queue()
        threading.Thread(target=read_events, args=(port, events), daemon=True).start()
        if not wait_for(events, r"^: connected", 10):
            sys.exit("no event stream")

        with open(sak, encoding="utf-8") as handle:
            original = handle.read()
        latencies = []
        whole = []
        for edit in range(1, args.edits + 1):
            time.sleep(args.pause)
            # What a slow earlier rebuild said late must not be taken for this edit's answer.
            for source in (events, log):
                while not source.empty():
                    source.get_nowait()
            changed = re.sub(r"^(vedtak: \|\n  )", rf"\g<1>Endring {edit}: ", original, count=1, flags=re.M)
            with open(sak, "w", encoding="utf-8") as handle:
                handle.write(changed)
            saved = time.monotonic()
            event = wait_for(events, re.escape(page), args.timeout)
            previewed = wait_for(log, r"sak page in", args.timeout) if event else None
            rebuilt = None if args.rapid else wait_for(log, r"rebuilt in", args.timeout)
            if not event:
                print(f"edit {edit}: no reload event within {args.timeout:.0f} s")
                continue
            latencies.append((event[0] - saved) * 1000)
            if rebuilt:
                whole.append((rebuilt[0] - saved) * 1000)
            detail = rebuilt[1].split(": ", 1)[1] if rebuilt else ""
            found = re.search(r"sak page in (\S+ m?s).*?(\[[^]]*\])?;", previewed[1]) if previewed else None
            made = " ".join(part for part in found.groups() if part) if found else "-"
            print(f"edit {edit}: reload event after {latencies[-1]:.0f} ms (page made in {made}); "
                  f"whole site rebuilt after {whole[-1] if rebuilt else float('nan'):.0f} ms; server: {detail[:110]}{tail(detail)}")
        if latencies:
            print(f"save -> reload event: median {statistics.median(latencies):.0f} ms, "
                  f"min {min(latencies):.0f} ms, max {max(latencies):.0f} ms over {len(latencies)} edits "
                  f"(includes the 30 ms debounce)")
        if whole:
            print(f"save -> whole site rebuilt (møte pages, lists, search index): median {statistics.median(whole):.0f} ms, "
                  f"min {min(whole):.0f} ms, max {max(whole):.0f} ms")


if __name__ == "__main__":
    main()
