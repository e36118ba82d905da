"""Builds the real site with the raad binary and serves it on 127.0.0.1, as a web host would."""

import functools
import http.server
import os
import subprocess
import threading
from pathlib import Path


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the built folder; an unknown path gets the site's own 404 page with status 404."""

    def send_error(self, code, message=None, explain=None):
        not_found = Path(self.directory) / "404.html"
        if code != 404 or not not_found.is_file():
            return super().send_error(code, message, explain)
        body = not_found.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def log_message(self, format, *args):
        pass


class SiteServer:
    """Serves `root` on a free port of 127.0.0.1 from a background thread."""

    def __init__(self, root: Path) -> None:
        handler = functools.partial(_Handler, directory=str(root))
        self._server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.port = self._server.server_address[1]
        self.base_url = f"http://127.0.0.1:{self.port}/"
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    def __enter__(self) -> "SiteServer":
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()

    def url(self, path: str) -> str:
        return self.base_url + path.lstrip("/")


def build_site(raad: Path, repo: Path, output: Path, base_url: str, content: Path | None = None) -> None:
    """Runs `raad build` on the real content (or `content`); the base URL is the server's, so absolute URLs
    resolve."""
    command = [str(raad), "build", "--content", str(content or repo / "content"), "--themes", str(repo / "themes"),
               "--output", str(output), "--base-url", base_url]
    result = subprocess.run(command, cwd=repo, capture_output=True, text=True)
    if result.returncode != 0:
        raise SystemExit(f"raad build failed ({result.returncode}):\n{result.stdout}{result.stderr}")
    print(result.stdout.strip(), flush=True)


def html_files(root: Path) -> list[Path]:
    """Every .html page of the built site, sorted."""
    return sorted(p for p in root.rglob("*.html") if p.is_file())


def relative_url(root: Path, file: Path) -> str:
    path = "/" + file.relative_to(root).as_posix()
    return path.removesuffix("index.html") if path.endswith("/index.html") else path
