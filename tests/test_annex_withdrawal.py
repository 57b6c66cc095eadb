"""One annex withdrawn after publication (issue 18, item 5): the rest of the decision stays
online; the file, its text and its search entries are gone; the page, the history, the feed
and the open data say when and why. Built as a visitor gets it, and searched with the
reference query (search/reader.py) over the built bundles."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from annex_pdfs import fpdf_document, write
from lxml import etree
from sitebuild import Built, build_site, edit, make_project
from test_annex_site import AUDIT, CAS, RARE, SEED, info_log
from test_open_data import DIWOO_XSD, NS, SITE_URL
from woo_dossiers.model.status import WITHDRAWAL_REASONS
from woo_dossiers.search.reader import search

TITLE = "Auditrapport CAS 2019 (deels openbaar)"
TEXT_PAGE = f"dossiers/{SEED}/bijlagen/bijlage-2-auditrapport-cas-2019/"
PDF = f"dossiers/{SEED}/{AUDIT}"
WITHDRAWN = (f"    title: {TITLE}\n"
             "    withdrawn: {date: 2026-03-02, reason: personal-data}\n")


def hits(site: Path, query: str) -> list[str]:
    return [hit.url for hit in search([site / "zoekindex" / "paginas",
                                       site / "zoekindex" / "bijlagen"], query)]


def withdraw(project: Path, remove_file: bool = True) -> Path:
    folder = project / "dossiers" / SEED
    edit(folder / "dossier.yml", f"    title: {TITLE}\n", WITHDRAWN)
    if remove_file:
        (folder / AUDIT).unlink()
    return folder


@pytest.fixture(scope="module")
def withdrawn(tmp_path_factory) -> Built:
    """The site before (checked here: the word is found) and after the annex is withdrawn."""
    project = make_project(tmp_path_factory.mktemp("withdrawn"), [SEED, CAS])
    write(project / "dossiers" / SEED / AUDIT,
          fpdf_document(["Auditrapport CAS 2019"], [f"De {RARE} is onderzocht."]))
    before = build_site(project)
    assert before.ok, before.messages
    assert (before.site / PDF).is_file() and hits(before.site, RARE) == [TEXT_PAGE]
    withdraw(project)
    built = build_site(project)
    assert built.ok, built.warnings()
    return built


def test_a_withdrawn_annex_leaves_the_site_and_its_search_and_the_decision_stays(withdrawn):
    built = withdrawn
    assert not (built.site / PDF).exists()
    assert hits(built.site, RARE) == []
    assert RARE not in "".join(p.read_text("utf-8") for p in built.site.rglob("*.html"))

    page = built.page(f"dossiers/{SEED}/")
    notice = page.select_one(".woo-annex-withdrawn")
    reason = WITHDRAWAL_REASONS["personal-data"].label
    assert notice is not None and notice.get("role") == "note"
    assert " ".join(notice.get_text(" ").split()) == (
        f"Document ingetrokken Het document {TITLE} ({AUDIT}) is op 2 maart 2026 van deze site "
        f"gehaald, omdat {reason}. De rest van het besluit blijft openbaar.")
    # The letter and the other annex are still there; the table and item 15 no longer link it.
    assert page.select_one("#brief") is not None
    rows = page.select("table.woo-annexes tbody tr")
    assert [r.th.get_text(" ").split("\n")[0] for r in rows] == ["Inventarislijst bijlage-1-inventarislijst.pdf"]
    assert not page.select(f'a[href$="{AUDIT}"]')
    assert f"{TITLE} (ingetrokken op 2 maart 2026)" in page.select_one("table.woo-items").get_text()
    history = [li.get_text(" ") for li in page.select("ol.woo-history li")]
    assert any(f"Document ingetrokken: {TITLE}" in entry for entry in history)

    # The old address of the text page tells why, without the text, and asks not to be indexed.
    text_page = built.page(TEXT_PAGE)
    assert text_page.select_one(".woo-annex-withdrawn") is not None
    assert text_page.select_one('meta[name="robots"]')["content"] == "noindex"
    assert text_page.select_one('a[href="../../"]').get_text() == \
        "Besluit op Wob-verzoek over het Crime Anticipation System (vervolg)"


def test_the_feed_and_the_open_data_say_the_annex_was_withdrawn(withdrawn):
    built = withdrawn
    entry = next(e for e in ET.parse(built.site / "feed.xml").iterfind(".//atom:entry", NS)
                 if e.find("atom:id", NS).text == f"{SITE_URL}dossiers/{SEED}/")
    assert entry.find("atom:updated", NS).text == "2026-03-02T00:00:00Z"
    assert entry.find("atom:title", NS).text.startswith("Gewijzigd: ")
    assert entry.find("atom:summary", NS).text.startswith(
        f"Document ingetrokken: {TITLE} op 2 maart 2026.")

    record = json.loads((built.site / "dossiers" / SEED / "dossier.json").read_text("utf-8"))
    withdrawal = {"date": "2026-03-02", "reason": "personal-data",
                  "reason_label": WITHDRAWAL_REASONS["personal-data"].label}
    assert record["annexes"][1] == {"file": AUDIT, "title": TITLE, "url": None, "size": None,
                                    "pages": None, "withdrawn": withdrawal}
    assert record["annexes"][0]["withdrawn"] is None and record["annexes"][0]["url"]
    [item] = [i for i in record["items"] if i["item"] == [15]]
    assert item["documents"] == [{"file": AUDIT, "url": None, "withdrawn": withdrawal}]

    rows = csv.DictReader(io.StringIO((built.site / "items.csv").read_text("utf-8"), newline=""))
    [row] = [r for r in rows if r["dossier"] == SEED and r["item"] == "15"]
    assert (row["documents"], row["document_urls"], row["withdrawn_documents"]) == (AUDIT, "", AUDIT)

    # DiWoo leaves the withdrawn annex out (no <url>, no hasPart); every document stays valid.
    schema = etree.XMLSchema(etree.parse(str(DIWOO_XSD)))
    sitemap = etree.parse(str(built.site / "diwoo-sitemap.xml"))
    for document in sitemap.iterfind(".//diwoo:Document", NS):
        schema.assertValid(etree.ElementTree(document))
    text = (built.site / "diwoo-sitemap.xml").read_text("utf-8")
    assert f"{SITE_URL}dossiers/{SEED}/bijlage-1-inventarislijst.pdf" in text
    assert AUDIT not in text and TITLE not in text


def test_the_history_names_the_withdrawal_once_with_git(tmp_path):
    """In git, the file's deletion is the withdrawal: one entry, not also "Bijlage verwijderd"."""
    from publishing_helpers import git

    project = make_project(tmp_path, [SEED, CAS])
    git(project, "init", "-q", "-b", "main")
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "publish", date="2026-01-05T12:00:00")
    withdraw(project)
    git(project, "add", "-A")
    git(project, "commit", "-q", "-m", "withdraw", date="2026-03-02T12:00:00")
    built = build_site(project)
    assert built.ok, built.warnings()
    history = [li.get_text(" ") for li in built.page(f"dossiers/{SEED}/").select("ol.woo-history li")]
    assert not any("Bijlage verwijderd" in entry for entry in history)
    assert sum(f"Document ingetrokken: {TITLE}" in entry for entry in history) == 1


def test_a_withdrawn_annex_whose_file_is_still_there_is_not_published_and_warned(tmp_path):
    project = make_project(tmp_path, [SEED, CAS])
    withdraw(project, remove_file=False)
    with info_log() as lines:
        built = build_site(project)
    assert built.ok, built.warnings()
    assert any(f"'{AUDIT}' is withdrawn but still in the folder" in line for line in lines)
    assert not (built.site / PDF).exists()
    assert built.page(TEXT_PAGE).select_one(".woo-annex-withdrawn") is not None


def test_the_reasons_are_one_table_the_schema_and_the_guide_follow():
    """Editors offer the schema's examples; the guide's table lists each reason with its words."""
    from woo_dossiers.source.schema import dossier_schema

    reason = dossier_schema()["$defs"]["annex"]["properties"]["withdrawn"]["properties"]["reason"]
    assert reason["examples"] == list(WITHDRAWAL_REASONS)
    guide = (Path(__file__).parents[1] / "docs" / "handleiding" / "document-intrekken.md").read_text("utf-8")
    for key, row in WITHDRAWAL_REASONS.items():
        assert f"| `{key}` | {row.label} |" in guide


def test_the_inventory_names_the_withdrawn_annex_without_linking_it(tmp_path):
    slug, file = "2022-bzk-algoritmeregister", "bijlage-2-projectplan-algoritmeregister.pdf"
    project = make_project(tmp_path, [slug])
    folder = project / "dossiers" / slug
    edit(folder / "dossier.yml", "    title: Projectplan algoritmeregister\n",
         "    title: Projectplan algoritmeregister\n"
         "    withdrawn: {date: 2026-03-02, reason: wrong-file}\n")
    (folder / file).unlink()
    built = build_site(project)
    assert built.ok, built.warnings()
    page = built.page(f"dossiers/{slug}/inventaris/")
    assert "Projectplan algoritmeregister (ingetrokken)" in page.get_text()
    assert not page.select(f'a[href*="{file}"]')
    rows = [r for r in csv.DictReader(io.StringIO((built.site / "documents.csv").read_text("utf-8"),
                                                   newline="")) if r["annex"] == file]
    assert rows and all(r["annex_url"] == "" for r in rows)
