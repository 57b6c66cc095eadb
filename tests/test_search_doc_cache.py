"""A bundle written again takes each unchanged doc's analysis from its last writing
(search/doc_cache.py): one edited letter or one new annex no longer costs the text of
every other page or annex, and the bundle is the same bytes as one written from nothing."""

from __future__ import annotations

import marshal
import re
import shutil
from pathlib import Path

import pytest
from annex_pdfs import fpdf_document, write
from sitebuild import build_site, edit, make_project
from test_annex_site import AUDIT, CAS, SEED, info_log
from woo_dossiers.search.reader import search

INDEX = Path(".cache") / "woo" / "zoekindex"


def analysed_before(lines: list[str]) -> tuple[int | None, int | None]:
    """(pages, annexes) taken from the last writing, None for a bundle not written."""
    found = [re.search(r"\((\d+) (?:annexes )?as analysed before\)", line)
             for line in lines if line.startswith("search: ")]
    return tuple(int(m.group(1)) if m else None for m in found)  # type: ignore[return-value]


def pages_in(lines: list[str]) -> int:
    [line] = [line for line in lines if re.match(r"search: \d+ pages", line)]
    return int(line.split()[1])


def files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def from_nothing(project: Path, tmp_path: Path) -> dict[str, bytes]:
    """The site's index as a build with no cache at all writes it."""
    fresh = tmp_path / "fresh"
    shutil.copytree(project, fresh, ignore=shutil.ignore_patterns(".cache", "site"))
    built = build_site(fresh)
    assert built.ok, built.messages
    return files(built.site / "zoekindex")


def test_an_edited_letter_analyses_only_the_pages_it_changed(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    with info_log() as first:
        assert build_site(project).ok
    assert analysed_before(first) == (0, 0)
    edit(project / "dossiers" / SEED / "decision.md", "Ad 6", "Ad 6 (gewijzigd)")
    with info_log() as edited:
        built = build_site(project)
    assert built.ok, built.messages
    pages, annexes = analysed_before(edited)
    assert annexes is None  # the annex bundle is kept whole
    # The letter is on its dossier's page; the other pages were analysed before.
    assert pages is not None and pages_in(edited) - 3 <= pages < pages_in(edited)
    assert search([built.site / "zoekindex" / "paginas"], "gewijzigd")
    assert files(built.site / "zoekindex") == from_nothing(project, tmp_path)


def test_a_new_annex_analyses_only_that_annex(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    assert build_site(project).ok
    annexes = len(list((project / "dossiers").rglob("*.pdf")))
    write(project / "dossiers" / SEED / AUDIT, fpdf_document(["Nieuwe versie"]))
    with info_log() as changed:
        built = build_site(project)
    assert built.ok, built.messages
    assert analysed_before(changed)[1] == annexes - 1
    assert search([built.site / "zoekindex" / "bijlagen"], "nieuwe versie")
    assert files(built.site / "zoekindex") == from_nothing(project, tmp_path)


@pytest.mark.parametrize("damage", ["record changed", "data cut short", "index garbage"])
def test_a_damaged_analysis_is_made_again_never_used(tmp_path, damage):
    project = make_project(tmp_path, [SEED, CAS])
    assert build_site(project).ok
    [cache] = (project / INDEX).glob("bijlagen.docs-*")
    data = cache / "docs.bin"
    if damage == "record changed":  # same length, other bytes: only the hash tells
        raw = bytearray(data.read_bytes())
        raw[len(raw) // 2] ^= 0xFF
        data.write_bytes(bytes(raw))
    elif damage == "data cut short":
        data.write_bytes(data.read_bytes()[: data.stat().st_size // 2])
    else:
        (cache / "index").write_bytes(b"\x00garbage")
    write(project / "dossiers" / SEED / AUDIT, fpdf_document(["Nieuwe versie"]))
    with info_log() as rebuilt:
        built = build_site(project)
    assert built.ok, built.messages
    annexes = len(list((project / "dossiers").rglob("*.pdf")))
    assert analysed_before(rebuilt)[1] < annexes - 1  # some were made again
    assert files(built.site / "zoekindex") == from_nothing(project, tmp_path)


def test_the_cache_keeps_only_this_writing_and_this_code_version(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    assert build_site(project).ok
    stale = project / INDEX / "paginas.docs-0123456789abcdef"  # an older code version's
    stale.mkdir()
    (stale / "docs.bin").write_bytes(b"old")
    edit(project / "dossiers" / SEED / "decision.md", "Ad 6", "Ad 6 (gewijzigd)")
    assert build_site(project).ok
    names = sorted(p.name for p in (project / INDEX).iterdir())
    assert stale.name not in names
    assert [n.partition("-")[0] for n in names] == ["bijlagen", "bijlagen.docs", "lexicon",
                                                   "paginas", "paginas.docs"]
    [pages] = (project / INDEX).glob("paginas.docs-*")
    assert sorted(p.name for p in pages.iterdir()) == ["docs.bin", "index"]


def test_a_moved_project_takes_the_analyses_it_had(tmp_path):
    """An annex's analysis is known by its text file in the annex cache (content and reader
    version), not by where the project lies: a project moved (a CI runner's other folder)
    does not analyse its annexes again."""
    project = make_project(tmp_path, [SEED, CAS])
    assert build_site(project).ok
    moved = shutil.move(project, tmp_path / "elders")
    annexes = len(list((Path(moved) / "dossiers").rglob("*.pdf")))
    write(Path(moved) / "dossiers" / SEED / AUDIT, fpdf_document(["Nieuwe versie"]))
    with info_log() as changed:
        assert build_site(Path(moved)).ok
    assert analysed_before(changed)[1] == annexes - 1


def built_project(tmp_path: Path) -> Path:
    """Two example dossiers (one with annexes), built once: a site/ and a cache to break."""
    project = make_project(tmp_path, [SEED, CAS])
    assert build_site(project).ok
    return project


# Found in review: a damaged index entry, killed writings of any version.
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
