"""`mkdocs serve` takes over from one rebuild to the next what did not change: the dossiers'
models (kept_models.ModelMemo), their digests and open-data texts (incremental.sources.Remembered).
Whatever changed, the rebuilt site is the one a first build of the same dossiers makes, and
a dossier whose folder or whose checks across dossiers changed is loaded again."""

from __future__ import annotations

import gc
import logging
import os
import re
import shutil
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import NoReturn

import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from sitebuild import edit, example_folder, make_project, serve_build
from test_publishing import snapshot

SEED = "2021-cas-vervolgverzoek"  # reuses CAS
CAS = "2021-criminaliteits-anticipatie-systeem"
BZK = "2022-bzk-algoritmeregister"  # with an inventory, which may link any dossier's slug
POLITIE = "2023-politie-voorspellend-politiewerk"  # reuses SEED
APART = "2020-los-besluit"  # a copy of CAS that no other dossier refers to
TAKEN_OVER = re.compile(r"(\d+) dossier\(s\) as the previous rebuild loaded them")


@contextmanager
def serving(project: Path, site: Path, caplog: pytest.LogCaptureFixture) -> Iterator[Callable[[], int]]:
    """Rebuilds of `project` as one `mkdocs serve` process makes them (a fresh configuration
    for each, the plugin kept); each returns how many dossiers it took over, once the search
    bundle it left to write after it is in (as a visitor finds it a moment later)."""
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    config.plugins.on_startup(command="serve", dirty=False)

    def rebuild() -> int:
        caplog.clear()
        build(load_config(str(project / "mkdocs.yml"), site_dir=str(site)))
        config.plugins["woo"].publishing.wait_for_later()
        [count] = TAKEN_OVER.findall(caplog.text)
        return int(count)

    try:
        yield rebuild
    finally:
        config.plugins.on_shutdown()


def folder(project: Path, slug: str) -> Path:
    return project / "dossiers" / slug


def project_of(tmp_path: Path) -> Path:
    project = make_project(tmp_path, [SEED, CAS, BZK, POLITIE])
    shutil.copytree(folder(project, CAS), folder(project, APART))
    return project


def first_build(project: Path, tmp_path: Path) -> Path:
    """The site a first build of the project as it is now makes: a copy of it without its
    caches, so that nothing this test's serve kept or worked out is used."""
    copy = tmp_path / "copy" / project.name
    shutil.copytree(project, copy, ignore=shutil.ignore_patterns(".cache"))
    serve_build(copy, tmp_path / "fresh")
    return tmp_path / "fresh"


def retitle_cas(project: Path) -> None:
    edit(folder(project, CAS) / "dossier.yml", "title: Besluit op", "title: Herzien besluit op")


def remove_cas(project: Path) -> None:
    """SEED now reuses a dossier that is not there: an error across dossiers."""
    shutil.rmtree(folder(project, CAS))


def other_pdf_for_seed(project: Path) -> None:
    """An annex replaced by another PDF of the same name: only the folder's stamps say so."""
    annex = folder(project, SEED) / "bijlage-2-auditrapport-cas-2019.pdf"
    other = next(p for p in example_folder(BZK).glob("*.pdf") if p.stat().st_size != annex.stat().st_size)
    shutil.copyfile(other, annex)


@pytest.mark.parametrize(("change", "unchanged"), [
    (retitle_cas, 4),  # SEED shows CAS's title, but its own model is the same
    # SEED's and POLITIE's checks across dossiers changed: loaded again (and left out);
    # BZK's inventory is checked against another list of slugs
    (remove_cas, 1),
    (other_pdf_for_seed, 4),
])
def test_a_rebuild_takes_over_only_what_did_not_change(tmp_path, caplog, change, unchanged):
    caplog.set_level(logging.INFO, logger="mkdocs")  # as serve: its pages kept (reuse.py)
    project = project_of(tmp_path)
    site = tmp_path / "served"
    with serving(project, site, caplog) as rebuild:
        assert rebuild() == 0
        assert rebuild() == 5
        change(project)
        assert rebuild() == unchanged
    assert snapshot(site) == snapshot(first_build(project, tmp_path))


def test_a_dossier_comes_back_as_it_is_now(tmp_path, caplog):
    """CAS removed (SEED left out), then back with another title: both loaded again."""
    caplog.set_level(logging.INFO, logger="mkdocs")
    project = project_of(tmp_path)
    site = tmp_path / "served"
    kept = tmp_path / "cas"
    shutil.copytree(folder(project, CAS), kept)
    with serving(project, site, caplog) as rebuild:
        rebuild()
        remove_cas(project)
        rebuild()
        shutil.copytree(kept, folder(project, CAS))
        retitle_cas(project)
        assert rebuild() == 1  # APART only
    assert snapshot(site) == snapshot(first_build(project, tmp_path))
    assert "Herzien besluit op" in (site / "dossiers" / SEED / "index.html").read_text("utf-8")


def test_a_cleared_annex_cache_is_read_again(tmp_path, caplog):
    """The annex cache cleared during serve (`woo opschonen`, by hand): a dossier whose model
    holds texts left in that cache is loaded again, not rendered from files that are gone."""
    caplog.set_level(logging.INFO, logger="mkdocs")
    project = project_of(tmp_path)
    site = tmp_path / "served"
    with serving(project, site, caplog) as rebuild:
        rebuild()
        for folder in (project / ".cache" / "woo").glob("annex-*"):
            if folder.is_dir():
                shutil.rmtree(folder)
        # Another site name: every page is rendered again, annex text pages with their text.
        edit(project / "mkdocs.yml", "site_name: Besluiten", "site_name: Alle besluiten")
        rebuild()
    assert snapshot(site) == snapshot(first_build(project, tmp_path))


def search_line(text: str, bundle: str) -> str:
    """The build log's line about a search bundle ("pages" or "annex text")."""
    [line] = re.findall(rf"search: [^\n]*{bundle}[^\n]*", text)
    return line


def test_serve_leaves_a_search_bundle_it_placed_whole_without_checking_it_again(tmp_path, caplog):
    """Serve trusts the bundles it placed itself (served.ServedFolder.kept_bundle): after one
    letter the annex text's bundle stays whole in the served folder, not checked again, even
    where the cache's copy was damaged since (the files served are links to the copy that
    was checked); a build checks the cache again. A changed bundle is placed again."""
    caplog.set_level(logging.INFO, logger="mkdocs")
    project = project_of(tmp_path)
    site = tmp_path / "served"
    kept = project / ".cache" / "woo" / "zoekindex" / "bijlagen"
    with serving(project, site, caplog) as rebuild:
        rebuild()
        rebuild()  # the first rebuild that keeps the served folder
        for manifest in kept.glob("*.manifest"):
            manifest.unlink()  # the cache's copy no longer counts as kept
        edit(folder(project, SEED) / "decision.md", "Ad 6", "Ad 6 (gewijzigd)")
        rebuild()
        assert search_line(caplog.text, "annex text").endswith("unchanged")
        assert "indexed anew after the rebuild" in search_line(caplog.text, "pages")
        edited = snapshot(site)
        shutil.copytree(project, tmp_path / "edited" / project.name)
        other_pdf_for_seed(project)
        rebuild()
        assert "indexed anew" in search_line(caplog.text, "annex text")
    assert snapshot(site) == snapshot(first_build(project, tmp_path))
    assert edited == snapshot(first_build(tmp_path / "edited" / project.name, tmp_path / "edited"))


def full_disk(*args: object) -> NoReturn:
    raise OSError(28, "No space left on device")


PAGES_REUSED = re.compile(r"pages: (\d+) of (\d+) generated pages as the previous build rendered them")


@pytest.mark.parametrize(("touch", "reused"), [
    ("same size and time", True),  # as written, by the store's trust: taken from memory
    ("other time", False),  # read from disk: garbage, so nothing counts as kept
])
def test_the_store_takes_its_last_record_from_memory_while_its_manifest_is_as_written(
        tmp_path, caplog, touch, reused):
    """Serve's next rebuild takes the page store's record from its last commit in memory
    (incremental.store.Committed) while the manifest on disk has the stat it was written
    with; otherwise it reads the manifest, here damaged: every page is rendered again."""
    caplog.set_level(logging.INFO, logger="mkdocs")
    project = project_of(tmp_path)
    site = tmp_path / "served"
    with serving(project, site, caplog) as rebuild:
        rebuild()
        [manifest] = (project / ".cache" / "woo" / "pages").glob("*/manifest.json")
        written = manifest.stat()
        manifest.write_bytes(b"x" * written.st_size)
        if touch == "same size and time":
            os.utime(manifest, ns=(written.st_atime_ns, written.st_mtime_ns))
        rebuild()
        [(taken, pages)] = PAGES_REUSED.findall(caplog.text)
        assert (int(taken) == int(pages) > 0) if reused else int(taken) == 0
    assert snapshot(site) == snapshot(first_build(project, tmp_path))


def test_serve_writes_the_pages_bundle_after_the_rebuild_and_keeps_the_one_before_till_then(
        tmp_path, caplog, monkeypatch):
    """After one letter, serve's rebuild leaves the pages' search bundle to a thread of its
    own (search/bundles.py PageIndex.defer), so that the browser reloads without waiting for
    it, from the first rebuild after serve's first build on; the served folder keeps the
    bundle before until the new one is in whole. One that cannot be written (here: a full
    disk as it is put in) is said, and the bundle before stays; the next rebuild places it."""
    caplog.set_level(logging.INFO, logger="mkdocs")
    project = project_of(tmp_path)
    site = tmp_path / "served"
    bundle = site / "zoekindex" / "paginas"
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    config.plugins.on_startup(command="serve", dirty=False)
    publishing = config.plugins["woo"].publishing
    try:
        build(load_config(str(project / "mkdocs.yml"), site_dir=str(site)))
        before = snapshot(bundle)
        edit(folder(project, SEED) / "decision.md", "Ad 6", "Ad 6 (gewijzigd)")
        caplog.clear()
        build(load_config(str(project / "mkdocs.yml"), site_dir=str(site)))
        assert publishing.later is not None  # left to write once the rebuild is done
        publishing.wait_for_later()
        assert "indexed anew after the rebuild" in search_line(caplog.text, "pages")
        assert snapshot(bundle) != before

        monkeypatch.setattr("woo_dossiers.search.bundles.swap_in", full_disk)
        written = snapshot(bundle)
        edit(folder(project, SEED) / "decision.md", "Ad 6 (gewijzigd)", "Ad 6 (nogmaals)")
        caplog.clear()
        build(load_config(str(project / "mkdocs.yml"), site_dir=str(site)))
        publishing.wait_for_later()
        assert ("search: the pages' bundle could not be written after the rebuild "
                "([Errno 28] No space left on device); the search serves the version before it"
                in caplog.text)
        assert snapshot(bundle) == written
        assert [p.name for p in site.parent.iterdir() if p.name.startswith(".")] == []
        monkeypatch.undo()
        build(load_config(str(project / "mkdocs.yml"), site_dir=str(site)))
        publishing.wait_for_later()  # (the cache has it: written before the disk filled)
        assert snapshot(bundle) != written
    finally:
        config.plugins.on_shutdown()
    assert snapshot(site) == snapshot(first_build(project, tmp_path))


def test_serve_writes_the_record_of_its_kept_pages_after_the_rebuild(tmp_path, caplog,
                                                                     monkeypatch):
    """Only the next rebuild reads the record of the pages a rebuild kept (the store's
    manifest), so serve writes it after the rebuild, in the thread that writes the pages'
    bundle (served.AfterRebuild); the next rebuild waits for it. One that cannot be written
    (a full disk) is said, and the next rebuild takes the record before it."""
    from woo_dossiers.incremental.store import OutputStore

    caplog.set_level(logging.INFO, logger="mkdocs")
    project = project_of(tmp_path)
    site = tmp_path / "served"
    config = load_config(str(project / "mkdocs.yml"), site_dir=str(site))
    config.plugins.on_startup(command="serve", dirty=False)
    publishing = config.plugins["woo"].publishing
    commit, gate = OutputStore.commit, threading.Event()

    def after_the_gate(store: OutputStore, site_key: str) -> None:
        assert gate.wait(timeout=120)
        commit(store, site_key)

    def rebuild_and_wait() -> None:
        build(load_config(str(project / "mkdocs.yml"), site_dir=str(site)))
        publishing.wait_for_later()

    try:
        rebuild_and_wait()
        [manifest] = (project / ".cache" / "woo" / "pages").glob("serve-*/manifest.json")
        written = manifest.read_bytes()
        monkeypatch.setattr(OutputStore, "commit", after_the_gate)
        edit(folder(project, SEED) / "decision.md", "Ad 6", "Ad 6 (gewijzigd)")
        build(load_config(str(project / "mkdocs.yml"), site_dir=str(site)))
        assert "Ad 6 (gewijzigd)" in (site / "dossiers" / SEED / "index.html").read_text("utf-8")
        assert manifest.read_bytes() == written  # the rebuild is served; its record waits
        gate.set()
        publishing.wait_for_later()
        assert manifest.read_bytes() != written

        monkeypatch.setattr(OutputStore, "commit", full_disk)
        edit(folder(project, SEED) / "decision.md", "Ad 6 (gewijzigd)", "Ad 6 (nogmaals)")
        caplog.clear()
        rebuild_and_wait()
        assert ("pages: the record of the pages this rebuild kept could not be written "
                "([Errno 28] No space left on device); the next rebuild renders them again"
                in caplog.text)
        monkeypatch.undo()
        caplog.clear()
        rebuild_and_wait()
        [(taken, pages)] = PAGES_REUSED.findall(caplog.text)
        assert int(taken) == int(pages) - 1  # SEED's page, which the lost record had, rendered again
    finally:
        config.plugins.on_shutdown()
    assert snapshot(site) == snapshot(first_build(project, tmp_path))


def test_what_a_failed_rebuild_left_to_do_is_done_before_anything_else_starts():
    """(Found in review.) A rebuild that fails after its on_post_build (`--strict` on a
    warning) has started its after-rebuild thread, and the error's own `serve_later` must
    not put another in its place: the next rebuild would then wait for that one only, and
    the first thread's record would be written beside it into the same store."""
    from woo_dossiers.mkdocs_adapter.publish import SafePublishing

    publishing = SafePublishing()
    publishing.startup("serve", dirty=False)
    gate, done = threading.Event(), []

    def held_record() -> None:
        assert gate.wait(timeout=120)
        done.append("record")

    publishing.serve_later(record=held_record)  # on_post_build
    threading.Timer(0.2, gate.set).start()
    publishing.serve_later()  # on_build_error
    assert done == ["record"]
    publishing.serve_ends()


def test_the_garbage_collector_waits_for_the_end_of_a_serve_rebuild(tmp_path, caplog):
    """From the first rebuild after serve's first build on, the collector makes no pass
    during a rebuild (collector.hold_for_rebuild) and runs again once it is done; serve's first
    build, which renders every page, and a plain build keep it running throughout."""
    caplog.set_level(logging.INFO, logger="mkdocs")
    project = project_of(tmp_path)
    seen = project / "collector.txt"
    (project / "watch_gc.py").write_text(
        "import gc\n"
        "def on_post_page(output, page, config):\n"
        f"    with open({str(seen)!r}, 'a') as out:\n"
        "        out.write(str(int(gc.isenabled())))\n"
        "    return output\n", "utf-8")
    edit(project / "mkdocs.yml", "plugins:\n", "hooks:\n  - watch_gc.py\n\nplugins:\n")
    site = tmp_path / "served"
    with serving(project, site, caplog) as rebuild:
        rebuild()
        first, _ = seen.read_text("utf-8"), seen.unlink()
        edit(folder(project, SEED) / "decision.md", "Ad 6", "Ad 6 (gewijzigd)")
        rebuild()
        assert set(first) == {"1"} and set(seen.read_text("utf-8")) == {"0"}
        assert gc.isenabled()
    assert gc.get_freeze_count() == 0  # serve ended: nothing kept out of the collector's reach
    seen.unlink()
    serve_build(project, tmp_path / "built")  # on_startup and on_shutdown around one build
    assert set(seen.read_text("utf-8")) == {"1"} and gc.isenabled()
