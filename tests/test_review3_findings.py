"""Review findings on the analysis cache of the search bundles (search/doc_cache.py) and on
linking an unchanged bundle from the previous site (search/bundles.py), each fixed: a damaged
index entry is analysed again, killed writings leave nothing behind, and a symlinked site/
is never linked from."""

from __future__ import annotations

import marshal
from pathlib import Path

import pytest
from sitebuild import build_site, edit, make_project
from test_annex_site import CAS, SEED
from test_search_doc_cache import INDEX, files, from_nothing


def built_project(tmp_path: Path) -> Path:
    """Two example dossiers (one with annexes), built once: a site/ and a cache to break."""
    project = make_project(tmp_path, [SEED, CAS])
    assert build_site(project).ok
    return project


def test_a_damaged_entry_of_the_analysis_index_is_analysed_again(tmp_path):
    project = built_project(tmp_path)
    [cache] = (project / INDEX).glob("paginas.docs-*")
    index = marshal.loads((cache / "index").read_bytes())
    key = sorted(index)[0]
    offset, length, digest = index[key]
    index[key] = (-1 - offset, length, digest)  # the sign of one number flipped on disk
    (cache / "index").write_bytes(marshal.dumps(index))
    edit(project / "dossiers" / SEED / "decision.md", "Ad 6", "Ad 6 (gewijzigd)")
    built = build_site(project)
    assert built.ok, built.messages
    assert files(built.site / "zoekindex") == from_nothing(project, tmp_path)
    again = build_site(project)  # and the cache is whole again
    assert again.ok, again.messages


DEAD = 4194305  # above Linux's largest process id: a build that is surely gone


@pytest.mark.parametrize("left", ["earlier version's work", "killed inside commit"])
def test_what_a_killed_writing_of_the_analyses_left_goes_with_the_next_writing(tmp_path, left):
    project = built_project(tmp_path)
    [cache] = (project / INDEX).glob("paginas.docs-*")
    if left == "earlier version's work":  # killed while writing, before the plugin was updated
        leftover = project / INDEX / f".paginas.docs-0123456789abcdef.{DEAD}"
    else:  # killed between commit()'s renames of the cache aside and of the new one in
        leftover = project / INDEX / f".{cache.name}.old.{DEAD}"
    leftover.mkdir()
    (leftover / "docs.bin").write_bytes(b"\0" * 4096)  # at 10,000 dossiers: the text of every page
    edit(project / "dossiers" / SEED / "decision.md", "Ad 6", "Ad 6 (gewijzigd)")
    built = build_site(project)  # writes the pages' bundle again, through the doc cache
    assert built.ok, built.messages
    assert sorted(p.name for p in (project / INDEX).iterdir() if p.name.startswith(".")) == []


def test_a_symlinked_previous_site_shares_no_file_with_the_new_one(tmp_path):
    project = built_project(tmp_path)
    served = tmp_path / "www"  # a web server's folder that site/ pointed to
    (project / "site").rename(served)
    (project / "site").symlink_to(served)
    # Not strict: the warning that the old site/ (the link) was moved aside is not the point here.
    built = build_site(project, strict=False)
    assert built.ok, built.messages
    assert not (project / "site").is_symlink()
    outside = {p.stat().st_ino for p in served.rglob("*") if p.is_file()}
    inside = {p.stat().st_ino for p in built.site.rglob("*") if p.is_file()}
    assert served.is_dir() and not outside & inside
