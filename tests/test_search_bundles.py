"""Search has two Pagefind bundles: the site's pages, and the annex text (indexed beside the
build, and again only when an annex or its dossier's title changes)."""

from __future__ import annotations

import json

import yaml
from annex_pdfs import fpdf_document, write
from sitebuild import build_site, edit, make_project
from test_annex_site import AUDIT, CAS, SEED, info_log


def page_count(site, bundle):
    entry = json.loads((site / bundle / "pagefind-entry.json").read_text("utf-8"))
    return entry["languages"]["nl"]["page_count"]


def test_annex_text_pages_are_in_their_own_bundle_and_nowhere_else(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    built = build_site(project)
    assert built.ok, built.messages
    pages = [p for p in built.site.rglob("*.html") if not p.relative_to(built.site).parts[0]
             .startswith("pagefind")]
    annex_pages = [p for p in pages if "bijlagen" in p.relative_to(built.site).parts]
    marked = [p for p in pages if "data-pagefind-body" in p.read_text("utf-8")]
    assert len(annex_pages) == len(list((project / "dossiers").rglob("*.pdf"))) > 0
    assert not set(annex_pages) & set(marked), "annex text is not in the site's bundle"
    assert set(marked) | set(annex_pages) >= set(pages) - {built.site / "404.html"}
    assert page_count(built.site, "pagefind") == len(marked)
    assert sorted(p.name for p in project.iterdir() if "search-pages" in p.name) == []
    assert page_count(built.site, "pagefind-bijlagen") == len(annex_pages)


def test_the_annex_bundle_is_indexed_again_only_when_annex_text_changes(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    with info_log() as first:
        assert build_site(project).ok
    assert "search: annex text indexed anew" in first
    edit(project / "dossiers" / SEED / "decision.md", "Ad 6", "Ad 6 (gewijzigd)")
    with info_log() as letter_edited:
        built = build_site(project)
    assert built.ok, built.messages
    assert "search: annex text unchanged, kept index used" in letter_edited
    assert (built.site / "pagefind-bijlagen" / "pagefind-entry.json").is_file()
    write(project / "dossiers" / SEED / AUDIT, fpdf_document(["Nieuwe versie"]))
    with info_log() as annex_changed:
        built = build_site(project)
    assert built.ok, built.messages
    assert "search: annex text indexed anew" in annex_changed
    assert len(list((project / ".cache" / "woo" / "pagefind-bijlagen").iterdir())) == 1


def test_a_site_without_annexes_has_no_annex_bundle(tmp_path):
    project = make_project(tmp_path, [CAS])
    for pdf in (project / "dossiers").rglob("*.pdf"):
        pdf.unlink()
    yml = project / "dossiers" / CAS / "dossier.yml"
    data = yaml.safe_load(yml.read_text("utf-8"))
    data.pop("annexes", None)
    for item in data["items"]:  # nothing held, so no annex to point at
        for field in ("documents", "grounds", "reuses", "links"):
            item.pop(field, None)
        item.update(outcome="not-held", answer="Er zijn geen documenten gevonden.")
    yml.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")
    built = build_site(project)
    assert built.ok, built.messages
    assert (built.site / "pagefind" / "pagefind-entry.json").is_file()
    assert not (built.site / "pagefind-bijlagen").exists()
