"""The site plan: every page and file the site has, listed once, without MkDocs."""

from __future__ import annotations

from publishing_helpers import BASE_YML, write_dossier
from woo_dossiers.analyse import analyse
from woo_dossiers.loader import load_site
from woo_dossiers.site_plan import ASSETS, Site, site_plan


def _plan(tmp_path):
    dossiers = tmp_path / "dossiers"
    write_dossier(dossiers, "cam")
    write_dossier(dossiers, "fout", BASE_YML + "status: withdrawn\nstatus_reason: Vergissing.\n")
    loaded = load_site(dossiers, root=tmp_path)
    assert loaded.problems == []
    site = Site(analyse(loaded.dossiers), "https://woo.example.nl/",
                "Woo-besluiten", None, tmp_path / "exports")
    return list(site_plan(site))


def test_every_page_and_file_once_and_a_withdrawn_decision_keeps_only_its_page(tmp_path):
    plan = _plan(tmp_path)
    paths = [entry.path for entry in plan]
    assert len(paths) == len(set(paths))
    assert set(ASSETS) <= set(paths)
    assert {"dossiers/cam/index.md", "dossiers/cam/bijlage-1.pdf",
            "dossiers/cam/bijlagen/bijlage-1/index.md", "dossiers/fout/index.md",
            "dossiers/index.md", "hergebruik/index.md", "feed.xml", "dossiers.json"} <= set(paths)
    # Its page and its facts as open data; no letter, annexes, text pages or inventory.
    assert [p for p in paths if p.startswith("dossiers/fout/")] == [
        "dossiers/fout/index.md", "dossiers/fout/dossier.json"]


def test_each_entry_is_made_or_copied_and_annex_text_pages_say_whose_text(tmp_path):
    for entry in _plan(tmp_path):
        assert (entry.content is None) != (entry.source is None), entry.path
        if entry.source is not None:
            assert entry.source.is_file(), entry.path
        if "/bijlagen/" in entry.path:
            dossier, annex = entry.annex
            assert (dossier.slug, annex.file) == ("cam", "bijlage-1.pdf")
            assert entry.in_nav is False
