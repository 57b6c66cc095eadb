"""The page store's kept files are checked by their stat, and by their bytes when that
differs (incremental/store.py): a site changed in place never changes what a later
build publishes, and a store restored with other times is still used."""

from __future__ import annotations

import json
import os
import shutil
import time
from pathlib import Path

import pytest
from differential_helpers import build_into, differs_from_full
from sitebuild import make_project
from woo_dossiers.incremental.sources import texts_bytes, texts_from

SLUGS = ["2021-cas-vervolgverzoek", "2021-criminaliteits-anticipatie-systeem"]
PAGE = Path("dossiers") / "2021-cas-vervolgverzoek" / "index.html"


def _store(project: Path) -> Path:
    return next((project / ".cache" / "woo" / "pages").iterdir())


def _edit_in_place(path: Path, at: int = 0) -> bytes:
    """A deploy step's edit through the site's link: one byte changed, the same size, a
    later modification time; the bytes before it."""
    data, before = path.read_bytes(), path.stat()
    with path.open("r+b") as out:
        out.seek(at)
        out.write(b"X" if data[at:at + 1] != b"X" else b"Y")
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000_000))
    return data


def test_a_page_edited_in_place_in_the_site_is_rendered_again(tmp_path: Path) -> None:
    project = make_project(tmp_path, SLUGS)
    site = project / "site"
    assert build_into(project, site, differential=True).ok
    assert build_into(project, site, differential=True).ok  # reused pages: linked to the store
    page = site / PAGE
    assert page.stat().st_nlink > 1, "the reused page is not linked to the store"
    data = _edit_in_place(page, page.read_bytes().index(b"<title>") + len(b"<title>"))
    again = build_into(project, site, differential=True)
    assert again.ok and again.reused == again.candidates - 1
    assert page.read_bytes() == data
    assert differs_from_full(project, site, tmp_path / "full") == []


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
    assert differs_from_full(project, site, tmp_path / "full") == []


PDF = Path("dossiers") / "2021-cas-vervolgverzoek" / "bijlage-2-auditrapport-cas-2019.pdf"
OTHER_PDF = Path("dossiers") / "2021-criminaliteits-anticipatie-systeem" / "bijlage-3-privacy-impact-assessment-cas.pdf"
AN_HOUR_AGO = time.time_ns() - 3600 * 1_000_000_000


def _quiet(project: Path) -> None:
    """The dossiers' PDFs as a checkout has them: not modified just now (a file modified
    within the last two seconds is copied, not kept: incremental/store.py)."""
    for pdf in (project / "dossiers").rglob("*.pdf"):
        os.utime(pdf, ns=(AN_HOUR_AGO, AN_HOUR_AGO))


def _kept_pdfs(project: Path) -> list[Path]:
    return sorted(_store(project).glob("*.pdf"))


def test_annex_pdfs_are_linked_from_a_kept_copy_not_from_the_dossier(tmp_path: Path) -> None:
    project = make_project(tmp_path, SLUGS)
    _quiet(project)
    site = project / "site"
    assert build_into(project, site, differential=True).ok
    published, source = site / PDF, project / PDF
    assert published.read_bytes() == source.read_bytes()
    assert published.stat().st_nlink > 1 and not os.path.samefile(published, source)
    pdfs = sorted(site.rglob("*.pdf"))
    assert len(_kept_pdfs(project)) == len(pdfs) > 1
    original = source.read_bytes()
    with published.open("r+b") as out:  # a deploy step's edit, through the link
        out.write(b"%XXX")
    assert source.read_bytes() == original
    assert build_into(project, site, differential=True).ok
    assert published.read_bytes() == original
    assert differs_from_full(project, site, tmp_path / "full") == []
    assert len(_kept_pdfs(project)) == len(pdfs)  # the damaged copy is gone


def test_an_annex_replaced_by_another_pdf_is_published_with_its_bytes(tmp_path: Path) -> None:
    project = make_project(tmp_path, SLUGS)
    _quiet(project)
    site = project / "site"
    assert build_into(project, site, differential=True).ok
    kept = _kept_pdfs(project)
    shutil.copyfile(project / OTHER_PDF, project / PDF)
    _quiet(project)
    assert build_into(project, site, differential=True).ok
    assert (site / PDF).read_bytes() == (project / OTHER_PDF).read_bytes()
    assert len(_kept_pdfs(project)) == len(kept) and _kept_pdfs(project) != kept
    assert differs_from_full(project, site, tmp_path / "full") == []


def test_a_kept_dossier_file_edited_in_place_through_the_site_is_made_again(tmp_path: Path) -> None:
    project = make_project(tmp_path, ["2022-bzk-algoritmeregister"])  # an inventory's CSV
    site = project / "site"
    assert build_into(project, site, differential=True).ok
    assert build_into(project, site, differential=True).ok
    sources = {path.stat().st_ino: path for path in _store(project).glob("*.src")}
    linked = sorted(path for path in site.rglob("*") if path.is_file()
                    and path.stat().st_ino in sources)
    assert linked, "no dossier file of the store is linked into the site"
    published = linked[0]
    data = _edit_in_place(published)
    assert build_into(project, site, differential=True).ok
    assert published.read_bytes() == data
    assert differs_from_full(project, site, tmp_path / "full") == []


def test_a_dossiers_own_record_is_linked_from_the_store_not_written_each_build(tmp_path: Path) -> None:
    project = make_project(tmp_path, SLUGS)
    site = project / "site"
    assert build_into(project, site, differential=True).ok
    record = site / "dossiers" / SLUGS[0] / "dossier.json"
    kept = record.stat().st_ino
    assert kept in {path.stat().st_ino for path in _store(project).glob("*.src")}
    assert build_into(project, site, differential=True).ok
    assert record.stat().st_ino == kept  # the same kept file: not written again
    assert differs_from_full(project, site, tmp_path / "full") == []


def _kept_texts(project: Path) -> list[Path]:
    """Each dossier's open-data texts as the store keeps them (sources.py `texts_bytes`)."""
    manifest = json.loads((_store(project) / "manifest.json").read_text("utf-8"))
    return [_store(project) / f"{files['texts.txt']}.src"
            for name, (_, _, files) in sorted(manifest["dossiers"].items())
            if name.startswith("export:")]


@pytest.mark.parametrize("change", ["a byte", "cut short"])
def test_kept_open_data_texts_changed_in_the_store_are_made_again(tmp_path: Path,
                                                                  change: str) -> None:
    """Kept texts are read back unchecked while their stat is as recorded; one changed
    since (a disk error, a cache restored wrong) is checked, and made again."""
    project = make_project(tmp_path, SLUGS)
    site = project / "site"
    assert build_into(project, site, differential=True).ok
    kept = _kept_texts(project)
    assert len(kept) == len(SLUGS)
    data = kept[0].read_bytes()
    if change == "a byte":
        _edit_in_place(kept[0], at=data.index(b"\n") + 40)
    else:
        kept[0].write_bytes(data[:-10])
    assert build_into(project, site, differential=True).ok
    assert differs_from_full(project, site, tmp_path / "full") == []


TEXTS = [[], [""], ["a", "", "b"], ["één\ntwee", "drie, \"vier\"\r\n", "\n"]]


@pytest.mark.parametrize("texts", TEXTS)
def test_kept_texts_read_back_as_written(texts: list[str]) -> None:
    assert texts_from(texts_bytes(texts)) == texts


@pytest.mark.parametrize("data", [b"", b"3", b"3\nab", b"2\nabc", b"x\nab", b"-1 2\nab",
                                  b"2\n\xc3(", b'["a"]'])
def test_kept_texts_not_as_written_are_none(data: bytes) -> None:
    assert texts_from(data) is None
