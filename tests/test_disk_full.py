"""A full disk: one Dutch line naming the path, a non-zero exit, the previous site intact.

A real disk that fills up: a small tmpfs mounted for the test (which needs the right to
mount, as root in CI has). The free space left is varied so that the disk fills at different
steps of the build: our scratch files, MkDocs copying the theme's files, MkDocs writing pages.
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from test_concurrent_builds import _build, _project, _snapshot, _work_folders

MOUNT_SIZE_MB = 64


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    disk = tmp_path / "disk"
    disk.mkdir()
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={MOUNT_SIZE_MB}m", "tmpfs",
                              str(disk)], capture_output=True, text=True, check=False)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield disk
    finally:
        subprocess.run(["umount", "-l", str(disk)], check=False)


def _fill(disk: Path, leave_kib: int) -> Path:
    """Fill the disk up to `leave_kib` KiB of free space."""
    free = shutil.disk_usage(disk).free
    filler = disk / "vuller"
    with filler.open("wb") as out:
        out.truncate(0)
    subprocess.run(["fallocate", "-l", str(max(free - leave_kib * 1024, 0)), str(filler)],
                   check=True)
    return filler


@pytest.mark.parametrize("leave_kib", [40, 400, 1600, 3000])
def test_a_full_disk_gives_one_dutch_line_and_keeps_the_site(tmp_path, small_disk, leave_kib):
    project = _project(tmp_path)
    shutil.copytree(project, small_disk / "project")
    project = small_disk / "project"
    assert _build(project)[0] == 0
    before = _snapshot(project / "site")
    yml = project / "dossiers" / "cam" / "dossier.yml"
    yml.write_text(yml.read_text("utf-8").replace("cameratoezicht", "camera's"), "utf-8")
    filler = _fill(small_disk, leave_kib)

    code, output = _build(project)
    assert code != 0
    assert "Traceback" not in output
    [line] = [line for line in output.splitlines() if "de site kon niet worden gebouwd" in line]
    assert "de schijf is vol: maak ruimte vrij en bouw opnieuw" in line
    assert str(project) in line  # the place that could not be written
    assert line.endswith("De vorige site is niet veranderd.")
    assert _snapshot(project / "site") == before
    assert _work_folders(project) == []

    filler.unlink()  # room again: the next build goes through
    assert _build(project)[0] == 0
    assert _snapshot(project / "site") != before
