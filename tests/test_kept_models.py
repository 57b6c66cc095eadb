"""A build keeps each dossier's model in the cache folder (kept_models.py) and takes it over
in the next build while the dossier's folder, its checks across dossiers, the reader's
settings and the code are the same; otherwise the model is built again. Either way the site is
the same, byte for byte."""

from __future__ import annotations

import json
import os
import pickle
import shutil
from pathlib import Path

import pytest
from differential_helpers import differs_from_full
from sitebuild import build_site, edit, make_project
from test_annex_site import info_log
from woo_dossiers import loader
from woo_dossiers.annex.hashes import INDEX_FILE
from woo_dossiers.kept_models import MODELS_FOLDER

SLUGS = ["2021-cas-vervolgverzoek", "2021-criminaliteits-anticipatie-systeem",
         "2022-bzk-algoritmeregister"]
CACHE = Path(".cache") / "woo"


@pytest.fixture
def built(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The slugs of the models the loader builds (not taken over), build after build."""
    made: list[str] = []
    model = loader._model
    monkeypatch.setattr(loader, "_model", lambda src, *a: made.append(src.slug) or model(src, *a))
    return made


def _site(project: Path) -> dict[str, bytes]:
    site = project / "site"
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in site.rglob("*") if p.is_file()}


def _pdfs(project: Path) -> set[str]:
    return {os.path.abspath(p) for p in (project / "dossiers").rglob("*.pdf")}


def test_an_unchanged_dossier_is_not_built_again(tmp_path: Path, built: list[str]) -> None:
    project = make_project(tmp_path, SLUGS)
    assert build_site(project).ok
    assert sorted(built) == sorted(SLUGS)
    first = _site(project)
    annexes = len(_pdfs(project))
    built.clear()
    with info_log() as again:
        assert build_site(project).ok
    assert built == []
    assert f"annexes: 0 read, {annexes} from the cache" in again
    assert _site(project) == first

    edit(project / "dossiers" / SLUGS[0] / "decision.md", "Ad 6", "Ad 6 (gewijzigd)")
    assert build_site(project).ok
    assert built == [SLUGS[0]]
    # The hash index still knows the PDFs of the dossiers taken over, as they were hashed.
    index = json.loads((project / CACHE / INDEX_FILE).read_text("utf-8"))
    assert set(index["files"]) == _pdfs(project)


@pytest.mark.parametrize("change", ["annex text gone", "other code", "damaged shard"])
def test_a_kept_model_that_cannot_be_trusted_is_built_again(tmp_path: Path, built: list[str],
                                                           change: str) -> None:
    project = make_project(tmp_path, SLUGS)
    assert build_site(project).ok
    shards = sorted((project / CACHE / MODELS_FOLDER).glob("*.pickle"))
    assert shards
    if change == "annex text gone":  # a cache folder cleared in part: the text a page shows
        for text in (project / CACHE).rglob("*.text.json"):
            text.unlink()
    elif change == "other code":
        for shard in shards:
            fmt, version, n, digest, payload = pickle.loads(shard.read_bytes())
            shard.write_bytes(pickle.dumps((fmt, "another version", n, digest, payload)))
    else:
        for shard in shards:
            data = bytearray(shard.read_bytes())
            data[-20] ^= 0xFF
            shard.write_bytes(bytes(data))
    built.clear()
    assert build_site(project).ok
    with_annexes = [slug for slug in SLUGS if list((project / "dossiers" / slug).glob("*.pdf"))]
    assert sorted(built) == sorted(with_annexes if change == "annex text gone" else SLUGS)
    assert differs_from_full(project, project / "site", tmp_path / "full") == []


def test_without_kept_models_no_pdf_is_hashed_again(tmp_path: Path) -> None:
    """The kept models gone (a cache restored in part), every dossier is built again, its
    PDFs known by the hash index: none is read to find its cache entry."""
    project = make_project(tmp_path, SLUGS)
    assert build_site(project).ok
    edit(project / "dossiers" / SLUGS[0] / "decision.md", "Ad 6", "Ad 6 (gewijzigd)")
    assert build_site(project).ok  # the others' models taken over
    index = project / CACHE / INDEX_FILE
    known = index.read_bytes()
    shutil.rmtree(project / CACHE / MODELS_FOLDER)
    assert build_site(project).ok
    assert index.read_bytes() == known  # every PDF answered from it: nothing new to write
