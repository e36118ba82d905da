"""`raad serve` on a copy of a content folder, for the scripts that measure it (serve-latency.py, serve-load.py).

The copy keeps the real content from being edited. The server's log lines arrive on a queue with the time
each was read, so a script can time what the server said against what it did.
"""
import os
import queue
import re
import shutil
import signal
import subprocess
import tempfile
import threading
import time


def read_lines(stream, lines):
    for raw in stream:
        lines.put((time.monotonic(), raw.decode("utf-8", "replace").rstrip("\n")))


def wait_for(source, pattern, seconds):
    """The first (time, line) from `source` that `pattern` matches within `seconds`, or None."""
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


class ServeSession:
    """Copies `content` and `themes` into a temporary folder and runs `raad serve --port 0` on the copy."""

    def __init__(self, raad, content, themes, prefix="raad-serve-", startup_seconds=600):
        self.work = tempfile.mkdtemp(prefix=prefix)
        self.content = os.path.join(self.work, "content")
        self.themes = os.path.join(self.work, "themes")
        shutil.copytree(content, self.content)
        shutil.copytree(themes, self.themes)
        self.started = time.monotonic()
        self.process = subprocess.Popen(
            # English log lines: the measuring scripts read them ("sak page in", "rebuilt in").
            [os.path.abspath(raad), "serve", "--port", "0", "--content", self.content, "--themes", self.themes,
             "--lang", "en"],
            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, cwd=self.work)
        self.log = queue.Queue()
        threading.Thread(target=read_lines, args=(self.process.stdout, self.log), daemon=True).start()
        self.first_build = wait_for(self.log, r"first build", startup_seconds)
        self.serving = wait_for(self.log, r"Serving http://127\.0\.0\.1:(\d+)/", 60)
        if not self.first_build or not self.serving:
            self.close()
            raise SystemExit("raad serve did not start")
        self.port = int(re.search(r":(\d+)/", self.serving[1]).group(1))
        # The site is served under the base path of its base_url, as in production: "/radsmodellen/".
        self.base = re.search(r":\d+(/\S*)", self.serving[1]).group(1)

    def __enter__(self):
        return self

    def __exit__(self, *exception):
        self.close()

    def close(self):
        """Stops the server (Ctrl-C, as an editor would) and removes the copy."""
        if self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.process.kill()
        shutil.rmtree(self.work, ignore_errors=True)
