"""Temporary files of a killed build are removed by the next one; a live build's are kept."""

from __future__ import annotations

import os
import subprocess
import sys

from sitebuild import build_site, make_project

SEED = "2021-cas-vervolgverzoek"
CAS = "2021-criminaliteits-anticipatie-systeem"


def _dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    return int(done.stdout)


def test_a_killed_build_s_temporary_files_are_removed_by_the_next(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    assert build_site(project).ok
    cache = project / ".cache" / "woo"
    entry_folder = next(path.parent for path in cache.glob("*/*/*.text.json"))
    dead, alive = _dead_pid(), os.getpid()
    left = [cache / f"tmp-{dead}-0a1b2c3d.tmp", entry_folder / f"tmp-{dead}-deadbeef.tmp"]
    kept = entry_folder / f"tmp-{alive}-cafe0001.tmp"  # a build still writing it
    for path in [*left, kept]:
        path.write_bytes(b"half a file")
    assert build_site(project).ok
    assert [path.exists() for path in left] == [False, False]
    assert kept.exists()


def test_the_cache_writes_leave_no_temporary_file_behind(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    assert build_site(project).ok
    assert list((project / ".cache").rglob("tmp-*")) == []
    assert list((project / ".cache").rglob("*.tmp")) == []
