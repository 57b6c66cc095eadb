"""Search has two kinds of Pagefind bundle: the site's pages, and the annex text in parts
(indexed beside the build, each part again only when one of its annexes changes)."""

from __future__ import annotations

import json

import yaml
from annex_pdfs import fpdf_document, write
from sitebuild import build_site, edit, make_project
from test_annex_site import AUDIT, CAS, RARE, SEED, info_log


def page_count(bundle):
    entry = json.loads((bundle / "pagefind-entry.json").read_text("utf-8"))
    return entry["languages"]["nl"]["page_count"]


def annex_parts(site):
    listed = json.loads((site / "pagefind-bijlagen" / "bundles.json").read_text("utf-8"))
    return [site / "pagefind-bijlagen" / part for part in listed]


def with_part_size(project, pages):
    config = project / "mkdocs.yml"
    data = yaml.safe_load(config.read_text("utf-8"))
    woo = next(p for p in data["plugins"] if isinstance(p, dict) and "woo" in p)
    woo["woo"]["annex_search_part_pages"] = pages
    config.write_text(yaml.safe_dump(data, allow_unicode=True), "utf-8")


def annex_lines(lines):
    return [line for line in lines if line.startswith("search: annex text")]


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
    assert page_count(built.site / "pagefind") == len(marked)
    assert [page_count(part) for part in annex_parts(built.site)] == [len(annex_pages)]
    assert sorted(p.name for p in project.iterdir() if "search-pages" in p.name) == []


def test_each_part_is_indexed_again_only_when_its_annex_text_changes(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    with_part_size(project, 4)  # the example annexes have 1-6 pages: several parts
    with info_log() as first:
        built = build_site(project)
    assert built.ok, built.messages
    parts = annex_parts(built.site)
    assert len(parts) >= 3
    assert sum(map(page_count, parts)) == len(list((project / "dossiers").rglob("*.pdf")))
    assert annex_lines(first) == [f"search: annex text in {len(parts)} part(s), "
                                  f"{len(parts)} indexed anew, 0 unchanged"]

    edit(project / "dossiers" / SEED / "decision.md", "Ad 6", "Ad 6 (gewijzigd)")
    with info_log() as letter_edited:
        assert build_site(project).ok
    assert annex_lines(letter_edited) == [f"search: annex text in {len(parts)} part(s), "
                                          f"0 indexed anew, {len(parts)} unchanged"]

    write(project / "dossiers" / SEED / AUDIT, fpdf_document(["Nieuwe versie"]))
    with info_log() as annex_changed:
        assert build_site(project).ok
    [line] = annex_lines(annex_changed)
    assert ", 1 indexed anew, " in line, line
    kept = project / ".cache" / "woo" / "pagefind-bijlagen"
    assert len(list(kept.iterdir())) == len(annex_parts(built.site)), "only this build's parts"


def test_a_word_in_one_part_is_found_from_the_search_page(tmp_path, browser_page):
    project = make_project(tmp_path, [SEED, CAS])
    write(project / "dossiers" / SEED / AUDIT,
          fpdf_document(["Auditrapport CAS 2019", f"De {RARE} is onderzocht."]))
    with_part_size(project, 4)
    built = build_site(project)
    assert built.ok, built.messages
    assert len(annex_parts(built.site)) >= 3
    page, base = browser_page(built.site)
    page.goto(f"{base}zoeken/?q={RARE.lower()}")
    result = page.locator(".pagefind-ui__result-link").first
    result.wait_for(timeout=20_000)
    assert result.get_attribute("href") == f"/dossiers/{SEED}/bijlagen/bijlage-2-auditrapport-cas-2019/"
    assert page.locator(".pagefind-ui__result").count() == 1  # one annex, with its page below
    assert page.locator(".pagefind-ui__result-nested a").first.get_attribute("href").endswith(
        "#pagina-1")  # the word is on the PDF's first page


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
