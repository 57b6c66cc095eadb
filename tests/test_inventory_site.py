"""Sites built with inventories: the pages, the links, the open data and bad input."""

from __future__ import annotations

import csv
import io
import json
from datetime import date

from bs4 import BeautifulSoup
from inventory_site import build_project, new_project, write_dossier
from woo_dossiers.inventory import InventoryRow, InventorySource, load_inventory
from woo_dossiers.model.dossier import Item
from woo_dossiers.model.laws import LAWS
from woo_dossiers.search.reader import search

HEADER = (
    "Documentnummer;Datum;Omschrijving;Beoordeling;Beoordelingsgrond;Bijlage;Publieke link;"
    "Onderdeel\n"
)
ROWS = (
    "A-1;2022-01-03;Notulen MT januari;deels openbaar;5.1.2.e;bijlage-1-documenten.pdf#page=2;;1\n"
    'A-2;2022-02-03;"Notulen MT februari; concept";niet openbaar;"5.2; 5.1.2.i";;;1\n'
    "A-3;2022-02-04;E-mail <b>planning</b> & agenda;openbaar;;bijlage-1-documenten.pdf;;2\n"
    "A-4;;Besluit 2021;reeds openbaar;;;2021-eerder;3\n"
    "A-5;2019-05-01;Rapport 2019;reeds openbaar;;;https://example.org/rapport;3\n"
)
EARLIER_ITEMS = """\
- item: 1
  request: Alles over de planning
  outcome: disclosed
  documents: [bijlage-1-documenten.pdf]
"""


def project_with_inventory(tmp_path, rows: str = ROWS):
    project = new_project(tmp_path)
    write_dossier(project, "2021-eerder", None, items=EARLIER_ITEMS)
    folder = write_dossier(project, "2023-nieuw", "inventaris.csv")
    (folder / "inventaris.csv").write_text(HEADER + rows, "utf-8")
    return project, folder


def page(built, url: str) -> BeautifulSoup:
    return BeautifulSoup((built.site / url / "index.html").read_text("utf-8"), "html.parser")


def test_dossier_page_shows_counts_linking_to_filtered_inventory(tmp_path):
    project, _ = project_with_inventory(tmp_path)
    built = build_project(project)
    assert built.ok, built.messages
    section = page(built, "dossiers/2023-nieuw/").select_one("ul.woo-inv-counts")
    assert [li.get_text() for li in section.select("li")] == [
        "Openbaar: 1", "Deels openbaar: 1", "Niet openbaar: 1", "Reeds openbaar: 2",
    ]
    assert [a["href"] for a in section.select("a")] == [
        f"inventaris/?beoordeling={j}"
        for j in ("openbaar", "deels-openbaar", "niet-openbaar", "reeds-openbaar")
    ]
    soup = page(built, "dossiers/2023-nieuw/")
    assert soup.find("a", string="Bekijk de volledige inventarislijst")["href"] == "inventaris/"
    per_item = soup.select("table.woo-inv-items tbody tr")
    assert [[c.get_text() for c in r.find_all(["th", "td"])] for r in per_item] == [
        ["1", "", "1", "1", "", "2"], ["2", "1", "", "", "", "1"], ["3", "", "", "", "2", "2"],
    ]
    assert per_item[0].find("a")["href"] == "inventaris/?onderdeel=1"
    # a dossier without an inventory has no such section
    assert page(built, "dossiers/2021-eerder/").select_one("ul.woo-inv-counts") is None


def test_zero_counts_are_shown_without_a_link(tmp_path):
    project, _ = project_with_inventory(
        tmp_path, "1;;Brief;deels openbaar;5.1.2.e;;;1\n2;;Mail;openbaar;;;;2\n"
        "3;;Rapport;reeds openbaar;;;2021-eerder;3\n",
    )
    built = build_project(project)
    assert built.ok, built.messages
    counts = page(built, "dossiers/2023-nieuw/").select_one("ul.woo-inv-counts")
    niet = counts.select_one(".woo-inv-count--niet-openbaar")
    assert niet.get_text() == "Niet openbaar: 0" and niet.find("a") is None


def test_inventory_page_rows_link_to_annex_pages_and_earlier_decisions(tmp_path):
    project, _ = project_with_inventory(tmp_path)
    built = build_project(project)
    assert built.ok, built.messages
    soup = page(built, "dossiers/2023-nieuw/inventaris/")
    rows = soup.select("table.woo-inventory tbody tr")
    assert [r["id"] for r in rows] == [f"document-a-{n}" for n in range(1, 6)]
    cells = [[c.get_text() for c in r.find_all(["th", "td"])] for r in rows]
    assert cells[0] == [
        "A-1", "3 januari 2022", "Notulen MT januari", "Deels openbaar", "5.1.2.e", "1",
        "Bijlage bijlage-1-documenten.pdf (PDF, pagina 2)",
    ]
    assert cells[1][2:5] == ["Notulen MT februari; concept", "Niet openbaar", "5.2, 5.1.2.i"]
    assert cells[1][6] == "Niet gepubliceerd"
    # text from the file is text, never markup
    assert cells[2][2] == "E-mail <b>planning</b> & agenda" and rows[2].find("b") is None
    assert rows[0].find_all("a")[-1]["href"] == "../bijlage-1-documenten.pdf#page=2"
    assert rows[2].find_all("a")[-1]["href"] == "../bijlage-1-documenten.pdf"
    earlier = rows[3].find_all("a")[-1]
    assert (earlier["href"], earlier.get_text()) == ("../../2021-eerder/", "Besluit 2021-eerder")
    assert rows[4].find_all("a")[-1]["href"] == "https://example.org/rapport"
    assert rows[0].find("a", string="1")["href"] == "../#onderdeel-1"
    assert rows[1]["data-grond"] == "5.2 5.1.2.i"
    assert rows[1]["data-beoordeling"] == "niet-openbaar"
    # the annex and the item anchors the rows link to exist
    assert (built.site / "dossiers/2023-nieuw/bijlage-1-documenten.pdf").is_file()
    assert page(built, "dossiers/2023-nieuw/").find(id="onderdeel-1") is not None
    options = [o["value"] for o in soup.select('select[name="grond"] option')]
    assert options == ["", "5.1.2.e", "5.1.2.i", "5.2"]
    assert (built.site / "assets/woo/inventaris.js").is_file()
    # the rows would swamp the site search; the page's own text filter covers them
    inventory_page = page(built, "dossiers/2023-nieuw/inventaris/")
    rows = inventory_page.select("table.woo-inventory tbody tr")
    assert rows
    pages = built.site / "zoekindex" / "paginas"
    inventory_url = "dossiers/2023-nieuw/inventaris/"
    assert inventory_url not in {hit.url for hit in search([pages], "notulen februari")}
    assert inventory_url in {hit.url for hit in search([pages], "inventarislijst")}


def _source(folder) -> InventorySource:
    items = (Item((1,), "x", "partly-disclosed"), Item((2,), "y", "disclosed"),
             Item((3,), "z", "already-public"))
    return InventorySource("2023-nieuw", folder, "dossiers/2023-nieuw/dossier.yml", LAWS["Woo"],
                           {"bijlage-1-documenten.pdf": 12}, items)


def test_csv_export_round_trips_every_row(tmp_path):
    project, folder = project_with_inventory(tmp_path)
    built = build_project(project)
    assert built.ok, built.messages
    original, problems = load_inventory("inventaris.csv", _source(folder))
    assert problems == []
    exported = built.site / "dossiers/2023-nieuw/inventaris/inventaris.csv"
    assert exported.read_bytes().startswith(b"\xef\xbb\xbf")
    again = tmp_path / "again"
    again.mkdir()
    (again / "inventaris.csv").write_bytes(exported.read_bytes())
    reread, problems = load_inventory("inventaris.csv", _source(again))
    assert problems == []
    assert [_without_line(r) for r in reread.rows] == [_without_line(r) for r in original.rows]
    assert len(reread.rows) == 5
    header = next(csv.reader(io.StringIO(exported.read_text("utf-8-sig"))))
    assert header == ["Documentnummer", "Datum", "Omschrijving", "Beoordeling",
                      "Beoordelingsgrond", "Bijlage", "Publieke link", "Onderdeel"]


def test_json_export_round_trips_every_row(tmp_path):
    project, folder = project_with_inventory(tmp_path)
    built = build_project(project)
    assert built.ok, built.messages
    original, _ = load_inventory("inventaris.csv", _source(folder))
    data = json.loads((built.site / "dossiers/2023-nieuw/inventaris/inventaris.json")
                      .read_text("utf-8"))
    assert data["dossier"] == "2023-nieuw"
    assert data["counts"] == {"openbaar": 1, "deels openbaar": 1, "niet openbaar": 1,
                              "reeds openbaar": 2}
    rows = [
        InventoryRow(**{**d, "date": date.fromisoformat(d["date"]) if d["date"] else None,
                        "grounds": tuple(d["grounds"]), "items": tuple(d["items"])})
        for d in data["documents"]
    ]
    assert rows == [_without_line(r) for r in original.rows]


def _without_line(row: InventoryRow) -> InventoryRow:
    from dataclasses import replace

    return replace(row, line=0)


def test_an_inventory_error_fails_strict_and_leaves_the_dossier_out(tmp_path):
    project, _ = project_with_inventory(tmp_path, ROWS + "A-6;;Nota;gedeeltelijk;;;;1\n")
    message = (
        "dossiers/2023-nieuw/inventaris.csv:7: [2023-nieuw] Beoordeling: 'gedeeltelijk' is not "
        "a judgement; expected one of openbaar, deels openbaar, niet openbaar, reeds openbaar"
    )
    strict = build_project(project)
    assert not strict.ok
    assert f"{message}" in strict.messages
    lenient = build_project(project, strict=False)
    assert lenient.ok
    assert f"{message}" in lenient.messages
    assert not (lenient.site / "dossiers/2023-nieuw").exists()
    assert (lenient.site / "dossiers/2021-eerder/index.html").is_file()


def test_missing_inventory_file_names_the_dossier_yml_line(tmp_path):
    project, folder = project_with_inventory(tmp_path)
    (folder / "inventaris.csv").unlink()
    built = build_project(project)
    assert not built.ok
    assert ("dossiers/2023-nieuw/dossier.yml:5: [2023-nieuw] inventory: "
            "'inventaris.csv' does not exist in the dossier folder") in built.messages


def test_publieke_link_to_an_unknown_dossier(tmp_path):
    project, _ = project_with_inventory(tmp_path, ROWS.replace("2021-eerder", "2020-weg"))
    built = build_project(project)
    assert not built.ok
    assert ("dossiers/2023-nieuw/inventaris.csv:5: [2023-nieuw] Publieke link: "
            "'2020-weg' names no dossier on this site; expected the slug of an earlier "
            "dossier or a URL starting with https://") in built.messages


def test_item_outcome_disagreement_in_a_real_build(tmp_path):
    project, _ = project_with_inventory(tmp_path, ROWS.replace(
        "E-mail <b>planning</b> & agenda;openbaar;;", "E-mail;niet openbaar;5.1.2.e;"))
    built = build_project(project)
    assert not built.ok
    assert any(m.startswith(
        "dossiers/2023-nieuw/inventaris.csv:4: [2023-nieuw] Onderdeel: item 2 is "
        "'disclosed' (dossier.yml line ") for m in built.messages), built.messages


def test_a_withdrawn_decision_publishes_no_inventory(tmp_path):
    project, folder = project_with_inventory(tmp_path)
    yml = folder / "dossier.yml"
    yml.write_text(yml.read_text("utf-8") + "status: withdrawn\nstatus_reason: Ten onrechte "
                   "gepubliceerd.\n", "utf-8")
    built = build_project(project)
    assert built.ok, built.messages
    assert (built.site / "dossiers/2023-nieuw/index.html").is_file()
    assert not (built.site / "dossiers/2023-nieuw/inventaris").exists()
    assert page(built, "dossiers/2023-nieuw/").select_one("ul.woo-inv-counts") is None


def _row_from_json(d: dict) -> InventoryRow:
    return InventoryRow(**{**d, "date": date.fromisoformat(d["date"]) if d["date"] else None,
                           "grounds": tuple(d["grounds"]), "items": tuple(d["items"])})


def test_site_wide_open_data_round_trips_every_document(tmp_path):
    project, folder = project_with_inventory(tmp_path)
    built = build_project(project)
    assert built.ok, built.messages
    original, _ = load_inventory("inventaris.csv", _source(folder))
    expected = [_without_line(r) for r in original.rows]
    records = {r["slug"]: r for r in json.loads(
        (built.site / "dossiers.json").read_text("utf-8"))["dossiers"]}
    assert records["2021-eerder"]["inventory"] is None
    inventory = records["2023-nieuw"]["inventory"]
    base = "https://example.org/woo/dossiers/2023-nieuw/inventaris/"
    assert (inventory["url"], inventory["csv_url"], inventory["json_url"]) == (
        base, base + "inventaris.csv", base + "inventaris.json")
    assert inventory["counts"] == {"openbaar": 1, "deels openbaar": 1, "niet openbaar": 1,
                                   "reeds openbaar": 2}
    assert [_row_from_json(d) for d in inventory["documents"]] == expected
    single = json.loads((built.site / "dossiers/2023-nieuw/dossier.json").read_text("utf-8"))
    assert single["inventory"] == inventory

    table = list(csv.DictReader(io.StringIO(
        (built.site / "documents.csv").read_text("utf-8"), newline="")))
    assert {row["dossier"] for row in table} == {"2023-nieuw"}
    again = [InventoryRow(
        number=row["number"], description=row["description"], judgement=row["judgement"],
        date=date.fromisoformat(row["date"]) if row["date"] else None,
        grounds=tuple(row["grounds"].split("\n")) if row["grounds"] else (),
        annex=row["annex"] or None, page=int(row["page"]) if row["page"] else None,
        link=row["link"] or None,
        items=tuple(int(n) for n in row["items"].split("\n")) if row["items"] else (),
    ) for row in table]
    assert again == expected
    assert table[0]["annex_url"] == (
        "https://example.org/woo/dossiers/2023-nieuw/bijlage-1-documenten.pdf#page=2")
    assert table[3]["link_url"] == "https://example.org/woo/dossiers/2021-eerder/"
    assert table[4]["link_url"] == "https://example.org/rapport"


def test_withdrawn_decision_has_no_documents_in_the_open_data(tmp_path):
    project, folder = project_with_inventory(tmp_path)
    yml = folder / "dossier.yml"
    yml.write_text(yml.read_text("utf-8") + "status: withdrawn\nstatus_reason: Onjuist.\n",
                   "utf-8")
    built = build_project(project)
    assert built.ok, built.messages
    records = json.loads((built.site / "dossiers.json").read_text("utf-8"))["dossiers"]
    assert [r["inventory"] for r in records if r["slug"] == "2023-nieuw"] == [None]
    assert (built.site / "documents.csv").read_text("utf-8").count("\n") == 1
