"""Take the README's screenshots of the example site with Debian's headless chromium.

    .venv/bin/python scripts/screenshots.py        (or: make screenshots)

Builds the site into a temporary folder, serves it on loopback and writes
docs/screenshots/<name>.png (kept out of the published site by exclude_docs).
A page that the site does not have yet (the statistics page before that
feature lands) is skipped with a note, so the script works at every stage.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "docs" / "screenshots"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]
DESKTOP = {"width": 1280, "height": 1100}
PHONE = {"width": 375, "height": 812}


@dataclass(frozen=True)
class Shot:
    urls: list[str]  # relative to the site root; the first existing one is taken
    viewport: dict[str, int] = field(default_factory=lambda: DESKTOP)
    anchor: str = ""  # scrolled to the top of the window, when given


SHOTS = {
    "home": Shot(["index.html"]),
    "dossier": Shot(["dossiers/2021-cas-vervolgverzoek/"]),
    # A phone: the answer table scrolls sideways with its first column kept.
    "dossier-telefoon": Shot(["dossiers/2021-cas-vervolgverzoek/"], PHONE, "antwoorden"),
    "statistieken": Shot(["statistieken/", "statistiek/"]),
}


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        pass


def build(site: Path) -> None:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(site)],
                   cwd=ROOT, check=True, env=env)


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        site = Path(tmp) / "site"
        build(site)
        server = ThreadingHTTPServer(("127.0.0.1", 0),
                                     functools.partial(_Quiet, directory=str(site)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        base = f"http://127.0.0.1:{server.server_address[1]}/"
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                for name, shot in SHOTS.items():
                    url = next((u for u in shot.urls if (site / u).is_file()
                                or (site / u / "index.html").is_file()), None)
                    if url is None:
                        print(f"skipped {name}: the site has no page at {' or '.join(shot.urls)}")
                        continue
                    page = browser.new_page(viewport=shot.viewport)
                    page.goto(base + url.removesuffix("index.html"))
                    page.wait_for_load_state("networkidle")
                    if shot.anchor:
                        page.evaluate("(id) => { document.getElementById(id).scrollIntoView(); "
                                      "window.scrollBy(0, -64); }",  # below the fixed header
                                      shot.anchor)
                        page.wait_for_timeout(500)  # the header's title changes as it scrolls
                    target = OUT / f"{name}.png"
                    page.screenshot(path=str(target))
                    print(f"wrote {target.relative_to(ROOT)} ({url})")
                    page.close()
                browser.close()
        finally:
            server.shutdown()
            server.server_close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
