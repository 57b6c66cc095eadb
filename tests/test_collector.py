"""A build moves what it loaded out of the garbage collector's reach till its end, and gives
the collector back as it was, done or failed (collector.py)."""

from __future__ import annotations

import gc
import os
import subprocess
import sys
from pathlib import Path

import pytest
from sitebuild import ROOT, build_site, edit, make_project
from woo_dossiers.collector import BUILD_THRESHOLD

SEED = "2021-cas-vervolgverzoek"


def watched(tmp_path: Path, fail: bool = False) -> tuple[Path, Path]:
    """A project whose hook writes, for every page written, the collector's frozen count and
    its thresholds; with `fail`, the build fails at its first dossier page."""
    project = make_project(tmp_path, [SEED, "2021-criminaliteits-anticipatie-systeem"])
    seen = tmp_path / "collector.txt"
    (project / "watch_gc.py").write_text(
        "import gc\n"
        "def on_post_page(output, page, config):\n"
        f"    with open({str(seen)!r}, 'a') as out:\n"
        "        out.write(f'{gc.get_freeze_count()} {gc.get_threshold()}\\n')\n"
        + ("    if page.file.src_uri.startswith('dossiers/2021'):\n"
           "        raise RuntimeError('stopped')\n" if fail else "")
        + "    return output\n", "utf-8")
    edit(project / "mkdocs.yml", "plugins:\n", "hooks:\n  - watch_gc.py\n\nplugins:\n")
    return project, seen


def held_while_writing(seen: Path, before: tuple[int, int, int]) -> bool:
    """Whether every page was written with what the build loaded out of the collector's
    reach, its passes over new objects less often, and its full passes back (they stop only
    while the dossiers are loaded)."""
    pages = [line.split(" ", 1) for line in seen.read_text("utf-8").splitlines()]
    return bool(pages) and all(
        int(frozen) > 0 and threshold == str((max(BUILD_THRESHOLD, before[0]), *before[1:]))
        for frozen, threshold in pages)


def test_a_build_holds_what_it_loaded_and_gives_the_collector_back(tmp_path):
    before = gc.get_threshold()
    project, seen = watched(tmp_path)
    assert build_site(project).ok
    assert held_while_writing(seen, before)
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == before


def test_a_failed_build_gives_the_collector_back(tmp_path):
    before = gc.get_threshold()
    project, seen = watched(tmp_path, fail=True)
    with pytest.raises(RuntimeError, match="stopped"):
        build_site(project)
    assert held_while_writing(seen, before)
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == before


def test_a_build_stopped_by_a_broken_dossier_gives_the_collector_back(tmp_path):
    """The usual failure: a dossier with an error stops the build while it loads."""
    before = gc.get_threshold()
    project, _ = watched(tmp_path)
    edit(project / "dossiers" / SEED / "dossier.yml", "title:", "titel:")
    built = build_site(project)
    assert not built.ok and any(SEED in message for message in built.messages)
    assert gc.get_freeze_count() == 0 and gc.get_threshold() == before


def test_the_process_exits_without_passing_over_the_build(tmp_path):
    """`mkdocs build` ends, and Python's last passes at the exit find everything alive out of
    the collector's reach (they went over the whole build: 4 s of 38 at 10,000 dossiers)."""
    project = make_project(tmp_path, [SEED, "2021-criminaliteits-anticipatie-systeem"])
    # Registered before the build's, so it runs after it at the exit.
    probe = ("import atexit, gc, sys\n"
             "atexit.register(lambda: print('frozen at exit:', gc.get_freeze_count()))\n"
             "from mkdocs.__main__ import cli\n"
             "sys.argv = ['mkdocs', 'build', '-d', 'out']\n"
             "cli()\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT / "plugins")}
    done = subprocess.run([sys.executable, "-c", probe], cwd=project, env=env,
                          capture_output=True, text=True, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    assert list((project / "out" / "dossiers").glob("*/index.html"))
    frozen = int(done.stdout.rsplit("frozen at exit:", 1)[1])
    assert frozen > 10_000, done.stdout
