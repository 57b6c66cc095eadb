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


def test_annex_text_changed_in_the_cache_is_never_published_and_is_read_anew(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    assert build_site(project).ok
    [stored] = [p for p in (project / ".cache").rglob("*.text.json")
                if "Inventarislijst" in p.read_text("utf-8")][:1]
    original = stored.read_bytes()
    # The same size, other words: the size check alone would let this through.
    stored.write_bytes(original.replace(b"Inventarislijst", b"Vervalste lijst"))
    failed = build_site(project)
    assert not failed.ok
    assert any(f"the annex text in the cache ({stored}) was damaged and has been removed; "
               "build again and the PDF is read anew" in m for m in failed.messages)
    assert b"Vervalste" not in b"".join(p.read_bytes() for p in (project / "site").rglob("*.html"))
    again = build_site(project)
    assert again.ok, again.warnings()
    assert stored.read_bytes() == original


def test_a_changed_sources_cache_is_read_as_no_cache(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    first = build_site(project)
    assert first.ok
    pages = {p: p.read_bytes() for p in (project / "site").rglob("*.html")}
    sources = next(p for p in (project / ".cache" / "woo" / "sources").iterdir()
                   if b"Crime Anticipation" in p.read_bytes())
    data = bytearray(sources.read_bytes())
    at = data.find(b"Crime Anticipation")
    assert at > 0
    data[at] = ord("K")  # one letter of a title, the file's size unchanged
    sources.write_bytes(bytes(data))
    again = build_site(project)
    assert again.ok, again.warnings()
    assert {p: p.read_bytes() for p in (project / "site").rglob("*.html")} == pages
