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
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time


def read_events(port, events):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=None)
    connection.request("GET", "/_raad/events")
    response = connection.getresponse()
    while True:
        line = response.fp.readline()
        if not line:
            return
        events.put((time.monotonic(), line.decode("utf-8").rstrip("\n")))


def read_log(process, lines):
    for raw in process.stdout:
        lines.put((time.monotonic(), raw.decode("utf-8").rstrip("\n")))


def wait_for(source, pattern, seconds):
    deadline = time.monotonic() + seconds
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return None
        try:
            stamp, line = source.get(timeout=left)
        except queue.Empty:
            return None
        if re.search(pattern, line):
            return stamp, line


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
    parser.add_argument("--timeout", type=float, default=120, help="seconds to wait for one reload")
    args = parser.parse_args()

    work = tempfile.mkdtemp(prefix="raad-latency-")
    try:
        content = os.path.join(work, "content")
        themes = os.path.join(work, "themes")
        shutil.copytree(args.content, content)
        shutil.copytree(args.themes, themes)
        sak = pick_sak(content)
        page = os.path.relpath(sak, content)[:-3] + "/index.html"
        saker = sum(1 for _, _, files in os.walk(content) for f in files if re.fullmatch(r"\d\d-\d\d\.md", f))
        print(f"content: {args.content} ({saker} saker); editing {os.path.relpath(sak, content)}")

        started = time.monotonic()
        process = subprocess.Popen([os.path.abspath(args.raad), "serve", "--port", "0", "--content", content,
                                    "--themes", themes], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=work)
        log = queue.Queue()
        threading.Thread(target=read_log, args=(process, log), daemon=True).start()
        first = wait_for(log, r"first build", 600)
        serving = wait_for(log, r"Serving http://127\.0\.0\.1:(\d+)/", 60)
        if not first or not serving:
            process.kill()
            sys.exit("raad serve did not start")
        port = int(re.search(r":(\d+)/", serving[1]).group(1))
        print(f"first build: {first[1].split(': ', 1)[1]} (server up {serving[0] - started:.2f} s after start)")

        events = queue.Queue()
        threading.Thread(target=read_events, args=(port, events), daemon=True).start()
        if not wait_for(events, r"^: connected", 10):
            sys.exit("no event stream")

        with open(sak, encoding="utf-8") as handle:
            original = handle.read()
        latencies = []
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
            rebuilt = wait_for(log, r"rebuilt in", args.timeout)
            if not event:
                print(f"edit {edit}: no reload event within {args.timeout:.0f} s")
                continue
            latencies.append((event[0] - saved) * 1000)
            detail = rebuilt[1].split(": ", 1)[1] if rebuilt else ""
            print(f"edit {edit}: reload event after {latencies[-1]:.0f} ms; server: {detail[:110]}{tail(detail)}")
        process.send_signal(2)
        process.wait(timeout=30)
        if latencies:
            print(f"save -> reload event: median {statistics.median(latencies):.0f} ms, "
                  f"min {min(latencies):.0f} ms, max {max(latencies):.0f} ms over {len(latencies)} edits "
                  f"(includes the 30 ms debounce)")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
