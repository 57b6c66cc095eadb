"""A site kept aside (site/ moved to a web server's folder, or site/ a symlink to one that a
later build replaces) shares no file with a site built later: the build links the files it
keeps (pages, annex PDF copies, open-data files, search bundles) only where nothing else
links them (workfiles.linked_only_from), else it copies. So an edit in place of the new site
never changes the one being served. (Found by review, for a symlinked site/.)"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from differential_helpers import build_into, differs_from_full
from sitebuild import make_project

SEED = "2021-cas-vervolgverzoek"
CAS = "2021-criminaliteits-anticipatie-systeem"
AUDIT = Path("dossiers") / SEED / "bijlage-2-auditrapport-cas-2019.pdf"
AN_HOUR_AGO_NS = 1_700_000_000_000_000_000


def _quiet(project: Path) -> None:
    """The PDFs as a checkout has them, not modified just now (else they are not kept)."""
    for pdf in (project / "dossiers").rglob("*.pdf"):
        os.utime(pdf, ns=(AN_HOUR_AGO_NS, AN_HOUR_AGO_NS))


def _inodes(site: Path) -> set[int]:
    return {p.stat().st_ino for p in site.rglob("*") if p.is_file()}


def _symlinked(site: Path, served: Path) -> None:
    site.rename(served)
    site.symlink_to(served)


def _moved(site: Path, served: Path) -> None:
    site.rename(served)


@pytest.mark.parametrize("keep_aside", [_symlinked, _moved], ids=["symlinked", "moved"])
def test_a_site_kept_aside_never_shares_a_file_with_a_later_one(tmp_path: Path, keep_aside) -> None:
    project = make_project(tmp_path, [SEED, CAS])
    _quiet(project)
    site = project / "site"
    assert build_into(project, site, differential=True).ok
    assert build_into(project, site, differential=True).ok  # pages linked from the store
    served = tmp_path / "www"  # a web server's folder
    keep_aside(site, served)
    served_files = {p: p.read_bytes() for p in served.rglob("*") if p.is_file()}
    for _ in range(2):
        assert build_into(project, site, differential=True).ok
        assert not site.is_symlink()
        assert not _inodes(served) & _inodes(site)
    with (site / AUDIT).open("r+b") as out:  # a deploy step's edit of the new site, in place
        out.write(b"%XXX")
    assert {p: p.read_bytes() for p in served.rglob("*") if p.is_file()} == served_files
    assert build_into(project, site, differential=True).ok
    assert differs_from_full(project, site, tmp_path / "full") == []


def test_a_site_built_in_its_place_still_links_what_it_keeps(tmp_path: Path) -> None:
    """The copies are for a site kept aside only: built again and again in its place, the
    site's pages and PDFs stay links to the store (a build does not copy them all)."""
    project = make_project(tmp_path, [SEED, CAS])
    _quiet(project)
    site = project / "site"
    for _ in range(3):
        assert build_into(project, site, differential=True).ok
    store = next((project / ".cache" / "woo" / "pages").iterdir())
    kept = {p.stat().st_ino for p in store.iterdir()}
    assert (site / AUDIT).stat().st_ino in kept
    assert (site / "dossiers" / SEED / "index.html").stat().st_ino in kept
