"""The page store's kept files are checked by their stat, and by their bytes when that
differs (incremental/store.py): a site changed in place never changes what a later
build publishes, and a store restored with other times is still used."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from differential_helpers import build_into, differences
from sitebuild import make_project

SLUGS = ["2021-cas-vervolgverzoek", "2021-criminaliteits-anticipatie-systeem"]
PAGE = Path("dossiers") / "2021-cas-vervolgverzoek" / "index.html"


def _store(project: Path) -> Path:
    return next((project / ".cache" / "woo" / "pages").iterdir())


def test_a_page_edited_in_place_in_the_site_is_rendered_again(tmp_path: Path) -> None:
    project = make_project(tmp_path, SLUGS)
    site = project / "site"
    assert build_into(project, site, differential=True).ok
    assert build_into(project, site, differential=True).ok  # reused pages: linked to the store
    page = site / PAGE
    before = page.stat()
    assert before.st_nlink > 1, "the reused page is not linked to the store"
    data = page.read_bytes()
    at = data.index(b"<title>") + len(b"<title>")
    with page.open("r+b") as out:  # a deploy step's edit: same size, other bytes
        out.seek(at)
        out.write(b"X" if data[at:at + 1] != b"X" else b"Y")
    os.utime(page, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000_000))
    again = build_into(project, site, differential=True)
    assert again.ok and again.reused == again.candidates - 1
    assert page.read_bytes() == data
    build_into(project, tmp_path / "full", differential=False)
    assert differences(site, tmp_path / "full") == []


def test_a_store_restored_with_other_times_is_still_used(tmp_path: Path) -> None:
    project = make_project(tmp_path, SLUGS)
    site = project / "site"
    assert build_into(project, site, differential=True).ok
    store = _store(project)
    restored = tmp_path / "restored"
    shutil.copytree(store, restored, copy_function=shutil.copyfile)  # new files, new times
    shutil.rmtree(store)
    restored.rename(store)
    for path in store.iterdir():
        os.utime(path, ns=(1_600_000_000_000_000_000, 1_600_000_000_000_000_000))
    for _ in range(2):  # checked by their bytes, then by the stat recorded then
        again = build_into(project, site, differential=True)
        assert again.ok and again.candidates > 0 and again.reused == again.candidates
    build_into(project, tmp_path / "full", differential=False)
    assert differences(site, tmp_path / "full") == []
