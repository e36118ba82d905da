"""A local HTTP server for raad check's external-link tests: 127.0.0.1 only, on a free port it prints.

GET /_log answers the requests seen so far as JSON lines, so tests can count requests and their spacing.
"""
import http.server, json, os, signal, sys, threading, time

hits = {}
log = []
lock = threading.Lock()

REDIRECTS = {
    "/chain/1": (301, "/chain/2"), "/chain/2": (302, "http://127.0.0.1:{port}/chain/3"), "/chain/3": (307, "/ok"),
    "/loop/a": (301, "/loop/b"), "/loop/b": (301, "/loop/a"),
    "/redirect-to-missing": (301, "/missing"),
}


class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_HEAD(self):
        self.answer(body=False)

    def do_GET(self):
        self.answer(body=True)

    def answer(self, body):
        path = self.path.split("?")[0]
        if path == "/_log":
            with lock:
                data = json.dumps(log).encode()
            return self.send(200, body, data=data)
        with lock:
            hits[path] = hits.get(path, 0) + 1
            count = hits[path]
            log.append({"method": self.command, "path": self.path, "time": time.time()})
        if path in REDIRECTS:
            status, target = REDIRECTS[path]
            return self.send(status, body, headers={"Location": target.format(port=self.server.server_address[1])})
        if path == "/ok":
            return self.send(200, body)
        if path == "/no-head":
            return self.send(405 if self.command == "HEAD" else 200, body)
        if path == "/missing":
            return self.send(404, body)
        if path == "/error":
            return self.send(500, body)
        if path == "/slow":
            # Far past any timeout a test sets, so that an ordinary answer may take seconds on a busy machine.
            time.sleep(30)
            return self.send(200, body)
        if path == "/busy":
            # The first request is told to come back in a second.
            return self.send(429 if count == 1 else 200, body, headers={"Retry-After": "1"})
        if path == "/always-busy":
            return self.send(429, body, headers={"Retry-After": "1"})
        if path == "/flaky" and count <= 2:
            # Drop the first two connections without an answer: libcurl itself retries a dropped reused
            # connection once, so the second drop is the one the checker must retry.
            self.close_connection = True
            self.connection.shutdown(2)
            return
        if path == "/flaky":
            return self.send(200, body)
        return self.send(404, body)

    def send(self, status, body, headers=None, data=b"ok\n"):
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        if body:
            self.wfile.write(data)

    def log_message(self, *args):
        pass


# A Swift test process starts us from a thread that blocks most signals, and the mask is inherited:
# unblock SIGTERM so that the test can stop us.
signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM, signal.SIGINT])
signal.signal(signal.SIGTERM, lambda *_: os._exit(0))
server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
server.daemon_threads = True
print(server.server_address[1], flush=True)
# Stop on our own after a while, in case the test that started us died without stopping us.
threading.Timer(float(sys.argv[1]) if len(sys.argv) > 1 else 300, server.shutdown).start()
server.serve_forever()
