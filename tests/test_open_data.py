"""Open data beside the pages: JSON and CSV exports round-trip every example dossier,
the DiWoo sitemap validates against the 0.9.8 schema, the Atom feed is dated by the
dossiers, and every page points to the feed."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from lxml import etree
from sitebuild import build_site, edit, make_project
from woo_dossiers.loader import load_site
from woo_dossiers.model.dossier import Dates, Dossier, Item, Link, Period, Reference

SITE_URL = "https://example.org/woo/"
DIWOO_XSD = Path(__file__).parent / "diwoo" / "diwoo-metadata.xsd"
NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9",
      "diwoo": "https://standaarden.overheid.nl/diwoo/metadata/",
      "atom": "http://www.w3.org/2005/Atom"}


@pytest.fixture(scope="module")
def models(example_site) -> dict[str, Dossier]:
    """The example dossiers as the build loaded them, to compare the exports with."""
    site = load_site(example_site.project / "dossiers", root=example_site.project)
    assert not site.problems
    return site.dossiers


def _day(text: str | None) -> date | None:
    return date.fromisoformat(text) if text else None


def _reference(ref: dict) -> Reference:
    return Reference(slug=ref["slug"]) if ref["slug"] else Reference(title=ref["title"], url=ref["url"])


def _item_from_json(item: dict) -> Item:
    return Item(
        numbers=tuple(item["item"]), request=item["request"], outcome=item["outcome"],
        answer=item["answer"], grounds=tuple(g["code"] for g in item["grounds"]),
        documents=tuple(doc["file"] for doc in item["documents"]),
        reuses=tuple(_reference(ref) for ref in item["reuses"]),
        links=tuple(Link(link["title"], link["url"]) for link in item["links"]),
    )


def _without_lines(dossier: Dossier) -> tuple[Item, ...]:
    return tuple(replace(item, line=None) for item in dossier.items)


def _assert_record_matches(record: dict, d: Dossier) -> None:
    assert record["slug"] == d.slug
    assert record["url"] == f"{SITE_URL}dossiers/{d.slug}/"
    assert (record["title"], record["organisation"], record["law"]) == (d.title, d.organisation, d.law)
    assert (record["reference"], record["summary"]) == (d.reference, d.summary)
    assert tuple(record["topics"]) == d.topics
    dates = record["dates"]
    assert Dates(_day(dates["received"]), _day(dates["decided"]), _day(dates["adjourned"]),
                 _day(dates["published"]), _day(dates["updated"])) == d.dates
    assert _day(dates["publication"]) == d.dates.publication
    period = record["period"]
    assert (Period(_day(period["from"]), _day(period["to"])) if period else None) == d.period
    assert record["decision"] == Path(d.letter_file).name
    assert record["letter"] == d.letter
    assert (record["status"], record["status_reason"]) == ((d.status.kind, d.status.reason) if d.status else (None, None))
    assert tuple(_item_from_json(item) for item in record["items"]) == _without_lines(d)
    assert [(a["file"], a["title"], a["size"], a["pages"]) for a in record["annexes"]] == [
        (a.file, a.title, a.size, a.pages) for a in d.annexes]
    assert tuple(_reference(ref) for ref in record["reuses"]) == d.reuses
    # Computed fields agree with the items they summarise.
    assert record["items_count"] == sum(len(item.numbers) for item in d.items)
    assert sum(record["outcome_counts"].values()) == record["items_count"]
    for outcome, count in record["outcome_counts"].items():
        assert count == sum(len(i.numbers) for i in d.items if i.outcome == outcome)


def test_dossiers_json_round_trips_every_example(example_site, models):
    data = json.loads((example_site.site / "dossiers.json").read_text("utf-8"))
    assert data["format_version"] == 1
    assert [r["slug"] for r in data["dossiers"]] == sorted(models)
    for record in data["dossiers"]:
        _assert_record_matches(record, models[record["slug"]])


def test_each_dossier_has_its_own_json_file(example_site, models):
    for slug, dossier in models.items():
        record = json.loads((example_site.site / "dossiers" / slug / "dossier.json").read_text("utf-8"))
        _assert_record_matches(record, dossier)
        assert record["json_url"] == f"{SITE_URL}dossiers/{slug}/dossier.json"


def test_json_links_point_to_published_files(example_site):
    data = json.loads((example_site.site / "dossiers.json").read_text("utf-8"))
    for record in data["dossiers"]:
        urls = [a["url"] for a in record["annexes"]]
        urls += [doc["url"] for item in record["items"] for doc in item["documents"]]
        urls += [r["url"] for r in record["reused_by"]]
        for url in urls:
            path = example_site.site / url.removeprefix(SITE_URL)
            assert path.is_file() or (path / "index.html").is_file(), url


def test_reused_dossier_lists_who_reused_it(example_site):
    record = json.loads((example_site.site / "dossiers/2021-criminaliteits-anticipatie-systeem/dossier.json")
                        .read_text("utf-8"))
    later = {r["slug"]: r["items"] for r in record["reused_by"]}
    assert later["2021-cas-vervolgverzoek"] == [1, 2, 3, 4, 5, 16, 17]


def _csv_rows(example_site) -> list[dict[str, str]]:
    raw = (example_site.site / "items.csv").read_bytes()
    assert raw.startswith(b"dossier,dossier_url,")
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8"), newline="")))


def _split(cell: str) -> list[str]:
    return cell.split("\n") if cell else []


def _item_from_row(row: dict[str, str]) -> Item:
    reuses = [Reference(slug=value) if not value.startswith("http") else Reference(title=title, url=value)
              for value, title in zip(_split(row["reuses"]), _split(row["reuse_titles"]), strict=True)]
    return Item(
        numbers=tuple(int(n) for n in _split(row["item"])), request=row["request"],
        outcome=row["outcome"], answer=row["answer"] or None, grounds=tuple(_split(row["grounds"])),
        documents=tuple(_split(row["documents"])), reuses=tuple(reuses),
        links=tuple(Link(title, url) for url, title in
                    zip(_split(row["links"]), _split(row["link_titles"]), strict=True)),
    )


def test_items_csv_round_trips_every_item(example_site, models):
    rows = _csv_rows(example_site)
    assert len(rows) == sum(len(d.items) for d in models.values())
    for slug, dossier in models.items():
        mine = [row for row in rows if row["dossier"] == slug]
        assert tuple(_item_from_row(row) for row in mine) == _without_lines(dossier)
        for row in mine:
            assert (row["title"], row["organisation"], row["law"]) == (dossier.title, dossier.organisation, dossier.law)
            assert row["decided"] == dossier.dates.decided.isoformat()
            assert row["reference"] == (dossier.reference or "")


def test_items_answered_together_share_one_row(example_site):
    rows = [r for r in _csv_rows(example_site) if r["dossier"] == "2021-cas-vervolgverzoek"]
    together = [r for r in rows if r["item"] == "8\n9"]
    assert len(together) == 1
    assert together[0]["outcome_label"] == "Geen documenten aanwezig"
    assert together[0]["letter_section_url"] == f"{SITE_URL}dossiers/2021-cas-vervolgverzoek/#ad-8-en-9"


def test_diwoo_sitemap_validates_against_the_0_9_8_schema(example_site, models):
    schema = etree.XMLSchema(etree.parse(str(DIWOO_XSD)))
    sitemap = etree.parse(str(example_site.site / "diwoo-sitemap.xml"))
    urls = sitemap.findall("sm:url", NS)
    assert len(urls) == len(models) + sum(len(d.annexes) for d in models.values())
    for url in urls:
        documents = url.findall("diwoo:Document", NS)
        assert len(documents) == 1
        schema.assertValid(etree.ElementTree(documents[0]))
        category = documents[0].find(".//diwoo:informatiecategorie", NS)
        assert category.text == "Woo-verzoeken en -besluiten"
        assert category.get("resource") == "https://identifier.overheid.nl/tooi/def/thes/kern/c_3baef532"
        loc = url.findtext("sm:loc", namespaces=NS)
        path = example_site.site / loc.removeprefix(SITE_URL)
        assert path.is_file() or (path / "index.html").is_file(), loc


def test_diwoo_schema_rejects_a_document_without_publisher(example_site):
    # The check above can fail: the same schema refuses a document missing a required field.
    schema = etree.XMLSchema(etree.parse(str(DIWOO_XSD)))
    document = etree.parse(str(example_site.site / "diwoo-sitemap.xml")).find(".//diwoo:Document", NS)
    publisher = document.find(".//diwoo:publisher", NS)
    publisher.getparent().remove(publisher)
    assert not schema.validate(etree.ElementTree(document))


def test_diwoo_publisher_uses_the_configured_tooi_uri(example_site):
    sitemap = ET.parse(example_site.site / "diwoo-sitemap.xml")
    publishers = {p.text: p.get("resource") for p in sitemap.iterfind(".//diwoo:publisher", NS)}
    assert publishers["Gemeente Zwolle, burgemeester"] == "https://identifier.overheid.nl/tooi/id/gemeente/gm0193"


def test_robots_txt_names_both_sitemaps(example_site):
    lines = (example_site.site / "robots.txt").read_text("utf-8").splitlines()
    assert f"Sitemap: {SITE_URL}diwoo-sitemap.xml" in lines
    assert f"Sitemap: {SITE_URL}sitemap.xml" in lines


def test_feed_is_dated_by_the_dossiers(example_site, models):
    feed = ET.parse(example_site.site / "feed.xml").getroot()
    entries = feed.findall("atom:entry", NS)
    assert len(entries) == len(models)
    newest = max(d.dates.last_change for d in models.values())
    assert feed.findtext("atom:updated", namespaces=NS) == f"{newest.isoformat()}T00:00:00Z"
    by_id = {e.findtext("atom:id", namespaces=NS): e for e in entries}
    for slug, d in models.items():
        entry = by_id[f"{SITE_URL}dossiers/{slug}/"]
        assert entry.findtext("atom:published", namespaces=NS) == f"{d.dates.publication.isoformat()}T00:00:00Z"
        assert entry.findtext("atom:updated", namespaces=NS) == f"{d.dates.last_change.isoformat()}T00:00:00Z"
        assert entry.findtext("atom:author/atom:name", namespaces=NS) == d.organisation
    updated = [e.findtext("atom:updated", namespaces=NS) for e in entries]
    assert updated == sorted(updated, reverse=True)


def test_a_changed_decision_is_announced_as_changed(example_site):
    feed = ET.parse(example_site.site / "feed.xml").getroot()
    entry = next(e for e in feed.iterfind("atom:entry", NS)
                 if e.findtext("atom:id", namespaces=NS).endswith("/2022-bzk-algoritmeregister/"))
    assert entry.findtext("atom:title", namespaces=NS).startswith("Gewijzigd: ")
    assert entry.findtext("atom:updated", namespaces=NS) == "2022-11-15T00:00:00Z"


def test_every_page_links_to_the_feed(example_site):
    """The site's feed first; a topic's or organisation's page also its own (test_follow.py)."""
    pages = list(example_site.site.glob("**/index.html"))
    assert len(pages) > 5
    for page in pages:
        links = example_site.page(str(page.parent.relative_to(example_site.site)) + "/").select(
            'head link[rel="alternate"][type="application/atom+xml"]')
        assert [link["href"] for link in links][:1] == [f"{SITE_URL}feed.xml"], page


def test_without_site_url_the_feed_and_sitemap_are_left_out(tmp_path):
    project = make_project(tmp_path, ["2021-criminaliteits-anticipatie-systeem"])
    edit(project / "mkdocs.yml", "site_url: https://example.org/woo/\n", "")
    built = build_site(project, strict=False)
    assert built.ok
    assert any("site_url is not set in mkdocs.yml; the Atom feed, the DiWoo sitemap and robots.txt "
               "need the site's absolute address and are left out" in m for m in built.messages)
    assert not (built.site / "feed.xml").exists()
    assert not (built.site / "diwoo-sitemap.xml").exists()
    record = json.loads((built.site / "dossiers.json").read_text("utf-8"))["dossiers"][0]
    assert record["url"] == "dossiers/2021-criminaliteits-anticipatie-systeem/"


def test_open_data_page_links_to_every_file(example_site):
    page = example_site.page("open-data/")
    hrefs = {a["href"] for a in page.select("article a[href]") if not a["href"].startswith(("http", "#"))}
    for name in ("feed.xml", "dossiers.json", "items.csv", "diwoo-sitemap.xml", "robots.txt"):
        assert f"../{name}" in hrefs, name
    for href in hrefs:
        assert (example_site.site / "open-data" / href).resolve().is_file(), href


def test_a_withdrawn_decision_is_published_as_its_facts_only(tmp_path):
    project = make_project(tmp_path, ["2021-criminaliteits-anticipatie-systeem", "2022-bzk-algoritmeregister"])
    yml = project / "dossiers/2021-criminaliteits-anticipatie-systeem/dossier.yml"
    edit(yml, "law: Wob\n", "law: Wob\nstatus: withdrawn\nstatus_reason: Ingetrokken na bezwaar van een derde.\n")
    built = build_site(project)
    assert built.ok, built.warnings()
    slug = "2021-criminaliteits-anticipatie-systeem"
    record = json.loads((built.site / "dossiers" / slug / "dossier.json").read_text("utf-8"))
    assert (record["status"], record["status_reason"]) == ("withdrawn", "Ingetrokken na bezwaar van een derde.")
    assert (record["letter"], record["items"], record["annexes"]) == (None, [], [])
    rows = list(csv.DictReader(io.StringIO((built.site / "items.csv").read_text("utf-8"), newline="")))
    assert rows and all(row["dossier"] != slug for row in rows)
    locs = [loc.text for loc in ET.parse(built.site / "diwoo-sitemap.xml").iterfind(".//sm:loc", NS)]
    assert f"{SITE_URL}dossiers/{slug}/" in locs
    assert not [loc for loc in locs if loc.startswith(f"{SITE_URL}dossiers/{slug}/") and loc.endswith(".pdf")]
    titles = [t.text for t in ET.parse(built.site / "feed.xml").iterfind(".//atom:entry/atom:title", NS)]
    assert "Ingetrokken: Besluit op Wob-verzoek over het Criminaliteits Anticipatie Systeem (CAS)" in titles


def test_a_change_in_the_history_moves_the_decision_up_the_feed(models):
    # The history the build reads from git, given here as the values it returns.
    from woo_dossiers.analyse import analyse
    from woo_dossiers.analyse.publication_history import HistoryEntry
    from woo_dossiers.export import export_files

    slug = "2021-criminaliteits-anticipatie-systeem"
    history = {slug: (HistoryEntry(date(2021, 4, 1), "published", "Op deze site geplaatst"),
                      HistoryEntry(date(2024, 3, 5), "annex-added", "Bijlage toegevoegd: bijlage-6.pdf"))}
    files = export_files(analyse(models, history), SITE_URL, "Besluiten")
    feed = ET.fromstring(files["feed.xml"])
    first = feed.find("atom:entry", NS)
    assert first.findtext("atom:id", namespaces=NS) == f"{SITE_URL}dossiers/{slug}/"
    assert first.findtext("atom:updated", namespaces=NS) == "2024-03-05T00:00:00Z"
    assert first.findtext("atom:title", namespaces=NS).startswith("Gewijzigd: ")
    assert first.findtext("atom:summary", namespaces=NS).startswith(
        "Bijlage toegevoegd: bijlage-6.pdf op 5 maart 2024.")
    assert feed.findtext("atom:updated", namespaces=NS) == "2024-03-05T00:00:00Z"
    record = json.loads(files[f"dossiers/{slug}/dossier.json"])
    assert record["dates"]["last_change"] == "2024-03-05"
    assert record["history"][1] == {"date": "2024-03-05", "kind": "annex-added",
                                    "label": "Bijlage toegevoegd: bijlage-6.pdf"}
    lastmod = {u.findtext("sm:loc", namespaces=NS): u.findtext("sm:lastmod", namespaces=NS)
               for u in ET.fromstring(files["diwoo-sitemap.xml"]).iterfind("sm:url", NS)}
    assert lastmod[f"{SITE_URL}dossiers/{slug}/"] == "2024-03-05"


def test_json_carries_the_legal_deadline_as_the_dossier_page_shows_it(example_site, models):
    from woo_dossiers.analyse.timeliness import assess

    records = {r["slug"]: r for r in json.loads((example_site.site / "dossiers.json").read_text())["dossiers"]}
    for slug, dossier in models.items():
        expected = assess(dossier)
        got = records[slug]["timeliness"]
        assert got["deadline"] == expected.deadline.isoformat()
        assert got["days_late"] == expected.days_late
        assert got["on_time"] is (expected.days_late == 0)
        assert got["handling_days"] == (dossier.dates.decided - dossier.dates.received).days
