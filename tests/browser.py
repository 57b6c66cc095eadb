"""Serve a built site on localhost and open it in Debian's headless chromium.

Tests that need a browser use the `browser_page` fixture (tests/conftest.py):
`page = browser_page(site_dir)` returns a Playwright page and the base URL.
"""

from __future__ import annotations

import functools
import re
import shutil
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# The machine has no network: keep chromium from trying to reach Google's services.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


_RANGE = re.compile(r"bytes=(\d+)-(\d*)")


class _QuietHandler(SimpleHTTPRequestHandler):
    prefix = "/"

    def do_GET(self) -> None:
        # Static hosts (GitHub and GitLab Pages, nginx, Apache) answer a byte range with 206
        # Partial Content; the search fetches excerpt parts and posting tails so.
        wanted = _RANGE.fullmatch(self.headers.get("Range", ""))
        path = Path(self.translate_path(self.path))
        if wanted is None or not path.is_file():
            return super().do_GET()
        data = path.read_bytes()
        start = int(wanted[1])
        end = min(int(wanted[2]), len(data) - 1) if wanted[2] else len(data) - 1
        if start >= len(data):
            self.send_response(416)
            self.send_header("Content-Range", f"bytes */{len(data)}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return None
        body = data[start:end + 1]
        self.send_response(206)
        self.send_header("Content-Type", self.guess_type(str(path)))
        self.send_header("Content-Range", f"bytes {start}-{end}/{len(data)}")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
        return None

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        pass

    def translate_path(self, path: str) -> str:
        # The site as a web server at site_url's path serves it (/woo/...).
        return super().translate_path("/" + path.removeprefix(self.prefix))

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        # A missing page gets the site's own 404.html, as GitHub and GitLab Pages serve it.
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)


class _Server(ThreadingHTTPServer):
    # The browser opens several connections at once (a search fetches ten excerpts); with
    # the default backlog of 5, a busy machine drops some and the page waits for the retry,
    # which made a search test depend on how busy the machine was.
    request_queue_size = 128
    daemon_threads = True


@contextmanager
def serve(site: Path, prefix: str = "/") -> Iterator[str]:
    """Serve `site` on a free loopback port under `prefix` (a path such as "/woo/", where
    pages that use site_url's absolute path expect it); yields the base URL ending in '/'."""
    handler_class = type("_Handler", (_QuietHandler,), {"prefix": prefix})
    handler = functools.partial(handler_class, directory=str(site))
    server = _Server(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}{prefix}"
    finally:
        server.shutdown()
        server.server_close()
