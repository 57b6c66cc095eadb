"""`mkdocs serve` rebuilds when the dossiers folder changes (mkdocs_adapter/watching.py), as
MkDocs' own polling watcher would have: every change that adds, changes or removes a file."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from mkdocs.livereload import LiveReloadServer
from woo_dossiers.mkdocs_adapter.watching import DossierWatch


def _wants_rebuild(tmp_path: Path, change: Callable[[Path], None]) -> bool:
    dossiers = tmp_path / "dossiers"
    (dossiers / "2021" / "a").mkdir(parents=True)
    (dossiers / "2021" / "a" / "decision.md").write_text("---\ntitle: A\n---\n", encoding="utf-8")
    # Not bound to a port (bind_and_activate=False): only its rebuild flag is asked.
    server = LiveReloadServer(lambda: None, "127.0.0.1", 0, str(tmp_path), polling_interval=0.2)
    watch = DossierWatch()
    watch.start(server, dossiers)
    if watch.observer is None:  # polled by MkDocs' own observer
        server.observer.start()
    try:
        # Once a probe's change is heard, the watcher is watching (however busy the machine).
        assert _heard(server, lambda: (dossiers / "probe.txt").write_text("x", encoding="utf-8"))
        return _heard(server, lambda: change(dossiers))
    finally:
        watch.stop()
        server.observer.stop()


def _heard(server: LiveReloadServer, change: Callable[[], object]) -> bool:
    """Whether the server is asked for a rebuild after `change` (waiting up to 60 s: a
    missed change is never heard, a heard one at once)."""
    server._want_rebuild = False
    change()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if server._want_rebuild:
            return True
        time.sleep(0.05)
    return False


@pytest.mark.parametrize("change", [
    pytest.param(lambda d: (d / "2021/a/decision.md").write_text("changed", encoding="utf-8"),
                 id="letter edited"),
    # A dossier taken off the site by moving its folder out of the dossiers folder: the
    # system reports only the folder's move (a directory event), not its files'.
    pytest.param(lambda d: os.rename(d / "2021/a", d.parent / "archived-a"),
                 id="dossier folder moved out"),
    pytest.param(lambda d: os.rename(d / "2021", d.parent / "2021-archived"),
                 id="year folder moved out"),
])
def test_a_change_asks_for_a_rebuild(tmp_path: Path, change: Callable[[Path], None]) -> None:
    assert _wants_rebuild(tmp_path, change)
