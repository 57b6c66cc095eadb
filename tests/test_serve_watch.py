"""`mkdocs serve` rebuilds when the dossiers folder changes (mkdocs_adapter/watching.py), as
MkDocs' own polling watcher would have: every change that adds, changes or removes a file."""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import watchdog.events
from mkdocs.livereload import LiveReloadServer
from woo_dossiers.mkdocs_adapter.watching import DossierWatch


def _wants_rebuild(tmp_path: Path, change: Callable[[Path], None]) -> bool:
    dossiers = tmp_path / "dossiers"
    (dossiers / "2021" / "a").mkdir(parents=True)
    (dossiers / "2021" / "a" / "decision.md").write_text("---\ntitle: A\n---\n", encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / "elsewhere" / "dossier.yml").write_text("title: B\n", encoding="utf-8")
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
    pytest.param(lambda d: (d / "2021/a/bijlage-1.pdf").write_bytes(b"%PDF-1.7"), id="annex added"),
    pytest.param(lambda d: (d / "2021/a/decision.md").unlink(), id="letter deleted"),
    pytest.param(lambda d: os.utime(d / "2021/a/decision.md", ns=(0, 0)), id="letter touched"),
    pytest.param(lambda d: os.rename(d.parent / "elsewhere", d / "2021/b"), id="dossier moved in"),
    # A dossier taken off the site by moving its folder out of the dossiers folder: the
    # system reports only the folder's move (a directory event), not its files'.
    pytest.param(lambda d: os.rename(d / "2021/a", d.parent / "archived-a"),
                 id="dossier folder moved out"),
    pytest.param(lambda d: os.rename(d / "2021", d.parent / "2021-archived"),
                 id="year folder moved out"),
])
def test_a_change_asks_for_a_rebuild(tmp_path: Path, change: Callable[[Path], None]) -> None:
    assert _wants_rebuild(tmp_path, change)


def test_the_rebuild_reading_the_dossiers_is_not_even_reported(tmp_path: Path, monkeypatch) -> None:
    """A rebuild reads every dossier.yml; the observer asks the system for changes only, so
    those reads cost its thread nothing while the rebuild runs (watching.py). The system
    reports in order: once a later write is heard, a read before it would have been too."""
    from woo_dossiers.mkdocs_adapter import watching

    heard: list[tuple[str, str]] = []
    asking = watching._asking_for_rebuild

    def recording(server: LiveReloadServer) -> Callable[[object], None]:
        ask = asking(server)

        def changed(event: watchdog.events.FileSystemEvent) -> None:
            heard.append((event.event_type, os.path.basename(event.src_path)))
            ask(event)

        return changed

    monkeypatch.setattr(watching, "_asking_for_rebuild", recording)

    def read_then_write(dossiers: Path) -> None:
        (dossiers / "2021/a/decision.md").read_bytes()
        (dossiers / "later.txt").write_text("x", encoding="utf-8")

    assert _wants_rebuild(tmp_path, read_then_write)
    if not heard:  # watched by polling (no observer of the system's here): nothing to ask
        pytest.skip("the dossiers folder is polled here")
    assert all(name != "decision.md" for _, name in heard), heard
