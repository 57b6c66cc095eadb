"""A request decided in parts (issue 18, item 4): each part's page says which part it is and
links the others, a case page lists them with the items each decided, the answer table shows
items decided elsewhere as such, the statistics count the request once (handling time to the
last part), and the open data (JSON, CSV, DiWoo) say the same. Built as a visitor gets it
from tests/fixtures/deelbesluiten/."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from pathlib import Path

import pytest
from lxml import etree
from sitebuild import ROOT, Built, build_site, edit, make_project
from test_open_data import DIWOO_XSD, NS, SITE_URL
from woo_dossiers.analyse import analyse
from woo_dossiers.loader import load_site

PARTS = ROOT / "tests" / "fixtures" / "deelbesluiten"
ONE, TWO = "2024-evenementen-deelbesluit-1", "2024-evenementen-deelbesluit-2"
CASE = "2024-camerabeelden-evenementen"
CASE_TITLE = "Verzoek om camerabeelden en evaluaties van evenementen in 2023"


def project_with_parts(tmp_path: Path, slugs: tuple[str, ...] = (ONE, TWO)) -> Path:
    project = make_project(tmp_path, [])
    for slug in slugs:
        shutil.copytree(PARTS / slug, project / "dossiers" / slug)
    return project


def yml(project: Path, slug: str) -> Path:
    return project / "dossiers" / slug / "dossier.yml"


NEW_TWO = "2024-evenementen-deelbesluit-2-nieuw"


def project_with_a_replaced_part(tmp_path: Path) -> Path:
    """Part 2 replaced (after an objection) by a new decision on the same items, NEW_TWO."""
    project = project_with_parts(tmp_path)
    shutil.copytree(project / "dossiers" / TWO, project / "dossiers" / NEW_TWO)
    edit(yml(project, TWO), "law: Woo\n", "law: Woo\nstatus: replaced\n"
         f"status_reason: Vervangen na bezwaar.\nreplaced_by: {NEW_TWO}\n")
    edit(yml(project, NEW_TWO), "decided: 2024-02-20", "decided: 2024-05-20")
    return project


@pytest.fixture(scope="module")
def parts_site(tmp_path_factory) -> Built:
    built = build_site(project_with_parts(tmp_path_factory.mktemp("parts")))
    assert built.ok, built.warnings()
    return built


def text(element) -> str:
    return " ".join(element.get_text().split())


def cells(row) -> str:
    return " ".join(t for cell in row.find_all(["th", "td"]) if (t := text(cell)))


def test_each_part_says_which_part_it_is_and_links_the_others(parts_site):
    page = parts_site.page(f"dossiers/{ONE}/")
    notice = page.select_one(".woo-case")
    assert notice.select_one(".admonition-title").get_text() == "Deelbesluit 1 van 2"
    assert "Deelbesluit 1: dit besluit (onderdelen 1 en 2)" in text(notice)
    link = notice.find("a", string="Deelbesluit 2 op Woo-verzoek over camerabeelden bij evenementen")
    assert link["href"] == f"../{TWO}/"
    assert "(20 februari 2024, onderdelen 3 en 4)" in text(notice)
    assert notice.find("a", string="alle deelbesluiten van dit verzoek")["href"] == f"../../verzoeken/{CASE}/"
    facts = {dt.get_text(): text(dd) for dt, dd in zip(page.select(".woo-facts dt"),
                                                       page.select(".woo-facts dd"), strict=True)}
    assert facts["Deelbesluit"] == "1 van 2 (alle delen van het verzoek)"
    # A part does not mention parts to come once every part is there.
    assert "volgen" not in text(notice)


def test_the_answer_table_shows_items_decided_in_another_part(parts_site):
    page = parts_site.page(f"dossiers/{TWO}/")
    table = page.select_one("table.woo-items")
    ids = [row["id"] for row in table.select("tbody tr")]
    assert ids == ["onderdeel-1", "onderdeel-2", "onderdeel-3-4"]  # the request's order
    first = table.select_one("#onderdeel-1")
    link = first.find("a", class_="woo-elsewhere")
    assert link.get_text() == "Beslist in deelbesluit 1"
    assert link["href"] == f"../{ONE}/#onderdeel-1"
    assert "Camerabeelden van het Bevrijdingsfestival 2023" in text(first)
    assert "Geen documenten aanwezig" in text(first)  # its outcome there
    own = table.select_one("#onderdeel-3-4")
    assert own.find("a", class_="woo-elsewhere") is None
    assert table.caption.get_text().startswith(
        "Dit deelbesluit beslist over 2 van de 4 onderdelen van het verzoek;")
    # The row linked to exists on the other part's page.
    assert parts_site.page(f"dossiers/{ONE}/").select_one("#onderdeel-1 .woo-badge")


def test_the_case_page_lists_the_parts_with_their_items(parts_site):
    page = parts_site.page(f"verzoeken/{CASE}/")
    assert page.h1.get_text() == CASE_TITLE
    rows = page.select("table.woo-case-parts tbody tr")
    assert [cells(r) for r in rows] == [
        "1 Deelbesluit 1 op Woo-verzoek over camerabeelden bij evenementen 5 februari 2024 "
        "onderdelen 1 en 2",
        "2 Deelbesluit 2 op Woo-verzoek over camerabeelden bij evenementen 20 februari 2024 "
        "onderdelen 3 en 4"]
    assert rows[0].a["href"] == f"../../dossiers/{ONE}/"
    facts = {dt.get_text(): text(dd) for dt, dd in zip(page.select(".woo-facts dt"),
                                                       page.select(".woo-facts dd"), strict=True)}
    # From receipt (10 January) to the last part (20 February): 41 days.
    assert facts["Behandeltijd"] == "41 dagen, tot het laatste deelbesluit"
    assert facts["Deelbesluiten"] == "2 van 2"


def test_statistics_count_the_request_once_to_its_last_part(parts_site):
    page = parts_site.page("statistieken/")
    intro = text(page.select_one("article"))
    assert ("Op deze site staan 2 deelbesluiten. Een verzoek dat in delen is beslist, telt als "
            "één besluit, genomen op de dag van het laatste deelbesluit") in intro
    assert "De cijfers gaan daarom over 1 besluit." in intro
    spread = page.find("caption", string="Behandeltijd in dagen: mediaan en spreiding per wet")
    assert cells(spread.parent.select("tbody tr")[0]).startswith("Alle besluiten 1 41 dagen")


def test_json_and_csv_name_the_request_and_the_part(parts_site):
    record = json.loads((parts_site.site / "dossiers" / TWO / "dossier.json").read_text("utf-8"))
    case = record["case"]
    assert (case["id"], case["part"], case["parts"], case["complete"]) == (CASE, 2, 2, True)
    assert case["url"] == f"{SITE_URL}verzoeken/{CASE}/"
    assert (case["handling_days"], case["last_decided"]) == (41, "2024-02-20")
    assert [(p["part"], p["slug"], p["items"]) for p in case["parts_published"]] == [
        (1, ONE, [1, 2]), (2, TWO, [3, 4])]
    rows = list(csv.DictReader(io.StringIO((parts_site.site / "items.csv").read_text("utf-8"))))
    assert {(r["dossier"], r["item"], r["case"], r["case_part"]) for r in rows} == {
        (ONE, "1", CASE, "1"), (ONE, "2", CASE, "1"), (TWO, "3\n4", CASE, "2")}


def test_diwoo_relates_the_parts_and_validates(parts_site):
    schema = etree.XMLSchema(etree.parse(str(DIWOO_XSD)))
    sitemap = etree.parse(str(parts_site.site / "diwoo-sitemap.xml"))
    documents = {url.findtext("sm:loc", namespaces=NS): url.find("diwoo:Document", NS)
                 for url in sitemap.findall("sm:url", NS)}
    assert len(documents) == 3  # two parts and the second part's annex
    for document in documents.values():
        schema.assertValid(etree.ElementTree(document))
        assert document.findtext(".//diwoo:aggregatiekenmerk", namespaces=NS) == CASE
    first = documents[f"{SITE_URL}dossiers/{ONE}/"]
    relations = first.findall(".//diwoo:documentrelatie/diwoo:relation", NS)
    assert [r.get("resource") for r in relations] == [f"{SITE_URL}dossiers/{TWO}/"]


def test_while_parts_are_to_come_the_pages_say_so_and_the_statistics_wait(tmp_path):
    """The second part not decided yet: the first says "deelbesluit 1" (no total known), and
    the request is not in the handling-time figures until its last part is there."""
    built = build_site(project_with_parts(tmp_path, (ONE,)))
    assert built.ok, built.warnings()
    notice = built.page(f"dossiers/{ONE}/").select_one(".woo-case")
    assert notice.select_one(".admonition-title").get_text() == "Deelbesluit 1"
    assert "Er kunnen nog deelbesluiten volgen." in text(notice)
    caption = built.page(f"dossiers/{ONE}/").select_one("table.woo-items caption").get_text()
    assert caption.startswith("Dit deelbesluit beslist over 2 van de 2 onderdelen die tot nu "
                              "toe zijn beslist;")
    stats = text(built.page("statistieken/").select_one("article"))
    assert "1 verzoek wacht nog op een volgend deelbesluit" in stats
    record = json.loads((built.site / "dossiers" / ONE / "dossier.json").read_text("utf-8"))
    assert (record["case"]["parts"], record["case"]["complete"],
            record["case"]["handling_days"]) == (None, False, None)


def test_a_known_total_with_a_part_to_come_lists_it(tmp_path):
    project = project_with_parts(tmp_path, (ONE,))
    edit(yml(project, ONE), "  part: 1\n", "  part: 1\n  parts: 3\n")
    built = build_site(project)
    assert built.ok, built.warnings()
    notice = built.page(f"dossiers/{ONE}/").select_one(".woo-case")
    assert notice.select_one(".admonition-title").get_text() == "Deelbesluit 1 van 3"
    assert "Er volgen nog 2 deelbesluiten." in text(notice)
    assert "Deelbesluit 3: nog niet gepubliceerd" in text(notice)
    rows = built.page(f"verzoeken/{CASE}/").select("table.woo-case-parts tbody tr")
    assert [cells(r) for r in rows][1:] == ["2 Nog niet gepubliceerd", "3 Nog niet gepubliceerd"]


def analysed(project: Path):
    site = load_site(project / "dossiers", root=project)
    return site, analyse(site.dossiers)


def test_handling_time_runs_to_the_part_decided_last(tmp_path):
    """Edges: the last part on the term's last day is on time, a day later it is late, and
    the request is late when any part is."""
    project = project_with_parts(tmp_path)
    # Woo, received 2024-01-10, adjourned: the term ends 2024-02-21 (a Wednesday).
    edit(yml(project, TWO), "decided: 2024-02-20", "decided: 2024-02-21")
    _, analysis = analysed(project)
    assert (analysis.stats.decisions, analysis.stats.on_time) == (1, 1)
    assert analysis.stats.handling[""].longest == 42
    edit(yml(project, TWO), "decided: 2024-02-21", "decided: 2024-02-22")
    _, analysis = analysed(project)
    assert (analysis.stats.decisions, analysis.stats.on_time) == (1, 0)
    # The first part decided after its own term (no adjournment there) makes the request late.
    edit(yml(project, TWO), "decided: 2024-02-22", "decided: 2024-02-20")
    edit(yml(project, ONE), "decided: 2024-02-05", "decided: 2024-02-08")
    site, analysis = analysed(project)
    assert [p.code for p in site.problems] == []
    assert (analysis.stats.decisions, analysis.stats.on_time) == (1, 0)
    assert analysis.stats.per_year[0].decisions == 1 and analysis.stats.parts == 2


def codes(project: Path) -> list[tuple[str, str, str]]:
    site = load_site(project / "dossiers", root=project)
    return [(p.dossier, p.code, p.severity) for p in site.problems]


def test_two_parts_decided_the_same_day_are_in_order(tmp_path):
    project = project_with_parts(tmp_path)
    edit(yml(project, TWO), "decided: 2024-02-20", "decided: 2024-02-05")
    assert codes(project) == []
    edit(yml(project, TWO), "decided: 2024-02-05", "decided: 2024-02-04")
    assert codes(project) == [(TWO, "case-part-order", "warning")]


def test_a_part_up_to_the_total_is_fine_one_above_it_is_not(tmp_path):
    project = project_with_parts(tmp_path)
    edit(yml(project, TWO), "  parts: 2\n", "  parts: 3\n")
    assert codes(project) == []
    edit(yml(project, TWO), "  parts: 3\n", "  parts: 1\n")
    assert (TWO, "case-part-above-total", "error") in codes(project)


def test_parts_may_leave_out_what_they_do_not_know_yet(tmp_path):
    """The first part has no total and no case title in the second: nothing to disagree on."""
    project = project_with_parts(tmp_path)
    text_before = yml(project, ONE).read_text("utf-8")
    assert "parts:" not in text_before
    assert codes(project) == []


def test_a_part_that_is_refused_leaves_its_items_missing_not_decided_elsewhere(tmp_path):
    """A part with an error is left out; the other part's table shows only what is on the site."""
    project = project_with_parts(tmp_path)
    edit(yml(project, TWO), "law: Woo", "law: Wet")
    built = build_site(project, strict=False)
    page = built.page(f"dossiers/{ONE}/")
    assert [r["id"] for r in page.select("table.woo-items tbody tr")] == ["onderdeel-1", "onderdeel-2"]
    assert not (built.site / "dossiers" / TWO).exists()


def test_the_part_and_case_pages_are_valid_html(parts_site):
    from test_html_valid import check, is_theme_error

    pages = [parts_site.site / "dossiers" / ONE, parts_site.site / "dossiers" / TWO,
             parts_site.site / "verzoeken" / CASE]
    ours = [f"{m['url']}:{m.get('lastLine')}: {m['message']}" for m in check(pages)
            if not is_theme_error(m)]
    assert ours == []


def test_a_withdrawn_part_is_listed_without_its_items(tmp_path):
    """A withdrawn decision publishes its facts and notice only (model/status.py): the other
    part lists it, marked withdrawn and linking its notice, and shows none of its items, in
    the answer table, the case page or the open data."""
    project = project_with_parts(tmp_path)
    edit(yml(project, ONE), "law: Woo\n", "law: Woo\nstatus: withdrawn\n"
         "status_reason: Het besluit bevatte een vergissing.\n")
    built = build_site(project)
    assert built.ok, built.warnings()
    page = built.page(f"dossiers/{TWO}/")
    assert [row["id"] for row in page.select("table.woo-items tbody tr")] == ["onderdeel-3-4"]
    assert page.select_one("table.woo-items caption").get_text().startswith(
        "Dit deelbesluit beslist over 2 van de 2 onderdelen")
    notice = text(page.select_one(".woo-case"))
    assert "(5 februari 2024, ingetrokken)" in notice
    assert page.select_one(".woo-case").find("a", string=re.compile("^Deelbesluit 1 op"))["href"] == f"../{ONE}/"
    rows = built.page(f"verzoeken/{CASE}/").select("table.woo-case-parts tbody tr")
    assert cells(rows[0]).endswith("5 februari 2024 ingetrokken")
    record = json.loads((built.site / "dossiers" / TWO / "dossier.json").read_text("utf-8"))
    assert [(p["part"], p["status"], p["items"]) for p in record["case"]["parts_published"]] == [
        (1, "withdrawn", []), (2, None, [3, 4])]
    assert built.page(f"dossiers/{ONE}/").select_one(".woo-status--withdrawn")


def test_a_replaced_part_gives_way_to_its_replacement(tmp_path):
    """A new decision replaces part 2 (after an objection): it takes the number and the items;
    the other part, the case page and the statistics follow it, and the replaced part's page
    shows the items it decided once, with its notice."""
    project = project_with_a_replaced_part(tmp_path)
    new = NEW_TWO
    edit(yml(project, new), "outcome: partly-disclosed", "outcome: disclosed")
    edit(yml(project, new), '    grounds: ["5.1.2.e"]\n', "")
    built = build_site(project)
    assert built.ok, built.warnings()
    row = built.page(f"dossiers/{ONE}/").select_one("#onderdeel-3-4")
    assert row.find("a", class_="woo-elsewhere")["href"] == f"../{new}/#onderdeel-3-4"
    assert "Openbaar" in text(row)
    rows = built.page(f"verzoeken/{CASE}/").select("table.woo-case-parts tbody tr")
    assert [r.a["href"] for r in rows] == [f"../../dossiers/{ONE}/", f"../../dossiers/{new}/"]
    old = built.page(f"dossiers/{TWO}/")
    assert [r["id"] for r in old.select("table.woo-items tbody tr")] == [
        "onderdeel-1", "onderdeel-2", "onderdeel-3-4"]
    stats = text(built.page("statistieken/").select_one("article"))
    # Received 10 January, the replacement decided 20 May: 131 days, one decision.
    assert "De cijfers gaan daarom over 1 besluit." in stats
    spread = built.page("statistieken/").find(
        "caption", string="Behandeltijd in dagen: mediaan en spreiding per wet")
    assert cells(spread.parent.select("tbody tr")[0]).startswith("Alle besluiten 1 131 dagen")


def test_a_preview_marks_the_pages_showing_a_part_not_yet_public_noindex(tmp_path, monkeypatch):
    """Part 2 waits for its publication date: in a preview build, part 1's page and the case
    page show its items, so they carry noindex like part 2's own page; the public build
    shows neither part 2 nor noindex."""
    project = project_with_parts(tmp_path)
    edit(yml(project, TWO), "decided: 2024-02-20", "decided: 2024-02-20\n  published: 2024-03-01")
    monkeypatch.setenv("WOO_TODAY", "2024-02-25")
    monkeypatch.setenv("WOO_PREVIEW", "true")
    preview = build_site(project)
    assert preview.ok, preview.warnings()
    for url in (f"dossiers/{ONE}/", f"dossiers/{TWO}/", f"verzoeken/{CASE}/"):
        assert preview.page(url).find("meta", attrs={"name": "robots"})["content"] == "noindex", url
    monkeypatch.delenv("WOO_PREVIEW")
    public = build_site(project)
    assert public.ok, public.warnings()
    page = public.page(f"dossiers/{ONE}/")
    assert page.find("meta", attrs={"name": "robots"}) is None
    assert "De evaluaties van het cameratoezicht" not in str(page)


def test_parts_on_either_side_of_the_woo_may_name_different_laws(tmp_path):
    """The law is that of each part's decision date: a Wob part of 30 April 2022 and a Woo part
    of 1 May 2022 agree; under the same law they must name the same one."""
    project = project_with_parts(tmp_path)
    for slug in (ONE, TWO):
        edit(yml(project, slug), "received: 2024-01-10", "received: 2022-04-01")
    edit(yml(project, ONE), "law: Woo", "law: Wob")
    edit(yml(project, ONE), "decided: 2024-02-05", "decided: 2022-04-30")
    edit(yml(project, TWO), "adjourned: 2024-02-01", "adjourned: 2022-04-20")
    edit(yml(project, TWO), "decided: 2024-02-20", "decided: 2022-05-01")
    assert codes(project) == []
    edit(yml(project, ONE), "decided: 2022-04-30", "decided: 2022-05-01")
    edit(yml(project, ONE), "law: Wob", "law: Wob\nlaw_reason: Het verzoek viel nog onder de Wob.")
    assert codes(project) == [(TWO, "case-disagrees", "error")]


def test_a_hostile_case_title_is_text_on_the_case_page(tmp_path):
    project = project_with_parts(tmp_path)
    hostile = "</title><script>alert('zaak')</script> & <b>vet</b>"
    edit(yml(project, ONE), f"  title: {CASE_TITLE}", f"  title: \"{hostile}\"")
    built = build_site(project)
    assert built.ok, built.warnings()
    page = built.page(f"verzoeken/{CASE}/")
    assert page.h1.get_text() == hostile
    assert page.title.get_text().startswith(hostile)
    assert not [s for s in page.find_all("script") if "zaak" in s.get_text()]
    assert page.find("b", string="vet") is None
