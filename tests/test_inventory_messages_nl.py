"""Every inventory message reaches the communications team in Dutch."""

from __future__ import annotations

import sys

from inventory_helpers import HEADER, lines, load_rows, load_text, make_source
from openpyxl import Workbook
from woo_dossiers import messages
from woo_dossiers.inventory import inventory_links_problems, load_inventory, reading
from woo_dossiers.model.dossier import Item

BAD_ROWS = [
    ",,Brief,openbaar,,,,1", "1,,,openbaar,,,,1", "2,,Brief,,,,,1", "2,,Brief,openbaar,,,,1",
    "3,,Brief,gedeeltelijk,,,,1", "4,2021-02-30,Brief,openbaar,,,,1",
    "5,3-2-2021,Brief,openbaar,,,,1", "6,maart,Brief,openbaar,,,,1",
    "7,,Brief,niet openbaar,,,,1", "8,,Brief,openbaar,5.1.2.e,,,1",
    "9,,Brief,niet openbaar,5.1.2.x,,,1", "10,,Brief,niet openbaar,10.2.e,,,1",
    "11,,Brief,openbaar,,x.pdf,,1", "12,,Brief,openbaar,,bijlage-1.pdf#p3,,1",
    "13,,Brief,openbaar,,bijlage-1.pdf#page=99,,1", "14,,Brief,reeds openbaar,,,,4",
    "15,,Brief,reeds openbaar,,,www.x.nl,4", "16,,Brief,openbaar,,,,drie",
    "17,,Brief,openbaar,,,,9", "18,,Besluit,reeds openbaar,,,2019-weg,4",
    "19,,Besluit,reeds openbaar,,,d,4", "20,,Nota,niet openbaar,5.2,,,2",
]


def every_problem(tmp_path, monkeypatch) -> list:
    found = []

    def folder(name: str):
        path = tmp_path / name
        path.mkdir()
        return path

    for name in ("../x.csv", "x.ods", "missing.csv"):
        found += load_inventory(name, make_source(folder(f"n{len(found)}")))[1]
    found += load_text(folder("u16"), "\ufeff" + HEADER, encoding="utf-16-le")[1]
    found += load_text(folder("1252"), HEADER + "\n1,,Café,openbaar,,,,\n", encoding="cp1252")[1]
    found += load_text(folder("empty"), "\n")[1]
    found += load_text(folder("header"), HEADER + "\n")[1]
    found += load_rows(folder("required"), "1", header="Documentnummer")[1]
    found += load_rows(folder("twice"), "1,a,openbaar,b",
                       header="Documentnummer,Omschrijving,Beoordeling,Omschrijving")[1]
    found += load_rows(folder("typo"), "1,a,openbaar,b",
                       header="Documentnummer,Omschrijving,Beoordeling,Beoordelingsgronden")[1]
    found += load_rows(folder("wide"), "1,,a,b,openbaar,,,,")[1]
    found += load_rows(folder("quote"), '1,,"a,openbaar,,,,')[1]
    inventory, problems = load_rows(folder("rows"), *BAD_ROWS)
    found += problems + inventory_links_problems(inventory, make_source(tmp_path), {"d"})
    items = (Item((1,), "x", "refused", line=3),)
    found += load_rows(folder("none"), "1,,a,niet openbaar,5.2,,,1", items=items + (
        Item((2,), "y", "disclosed", line=5),))[1]
    found += load_rows(folder("onlyr"), "1,,a,reeds openbaar,,,https://x.nl,1", items=items)[1]
    (folder("xlsx") / "i.xlsx").write_bytes(b"no zip")
    found += load_inventory("i.xlsx", make_source(tmp_path / "xlsx"))[1]
    book = Workbook()
    for row in (HEADER.split(","), *([n, None, "a", "openbaar"] for n in range(3))):
        book.active.append(row)
    book.save(folder("big") / "i.xlsx")
    monkeypatch.setattr(reading, "MAX_ROWS", 1)
    found += load_inventory("i.xlsx", make_source(tmp_path / "big"))[1]
    found += load_rows(folder("long"), "1,,a,openbaar,,,,", "2,,a,openbaar,,,,")[1]
    monkeypatch.setattr(reading, "MAX_BYTES", 10)
    found += load_rows(folder("size"), "1,,a,openbaar,,,,")[1]
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    found += load_inventory("i.xlsx", make_source(tmp_path / "xlsx"))[1]
    return found


def test_every_inventory_message_has_a_dutch_wording(tmp_path, monkeypatch):
    problems = every_problem(tmp_path, monkeypatch)
    assert [str(p) for p in problems if not p.code] == []  # so each has its Dutch
    # and every code of messages/inventory.py is made by one of them
    assert sorted(set(messages.AREAS["inventory"]) - {p.code for p in problems}) == []
    assert len(lines(problems)) > 40


def test_dutch_wordings(tmp_path, monkeypatch):
    dutch = {p.dutch() for p in every_problem(tmp_path, monkeypatch)}
    assert "'gedeeltelijk' is geen beoordeling; kies een van: openbaar, deels openbaar, " \
        "niet openbaar, reeds openbaar" in dutch
    assert "'3-2-2021' is niet geschreven als jjjj-mm-dd; schrijf 2021-02-03" in dutch
    assert "'x.pdf' is geen bijlage van dit dossier; bijlagen in dossier.yml: bijlage-1.pdf, " \
        "bijlage-2.pdf" in dutch
    assert ("onderdeel 2 en 3 is 'disclosed' (dossier.yml regel 14), maar 1 document bij dit "
            "onderdeel is 'niet openbaar' (rij 23); de documenten van een openbaar gemaakt "
            "onderdeel zijn 'openbaar' (sommige mogen 'reeds openbaar' zijn); kies "
            "partly-disclosed als er iets is weggelaten") in dutch
    assert ("onderdeel 1 is 'refused' (dossier.yml regel 3), maar er is geen document dat "
            "'niet openbaar' is; de documenten van een geweigerd onderdeel zijn 'niet openbaar' "
            "(sommige mogen 'reeds openbaar' zijn); kies partly-disclosed als er iets "
            "openbaar is") in dutch
    assert ("onderdeel 2 is 'disclosed' (dossier.yml regel 5), maar geen document noemt het "
            "in de kolom Onderdeel; de documenten van een openbaar gemaakt onderdeel zijn "
            "'openbaar' (sommige mogen 'reeds openbaar' zijn); kies partly-disclosed als er "
            "iets is weggelaten") in dutch
    assert ("'10.2.e' is een weigeringsgrond uit de Wob, maar dit besluit valt onder de Woo; "
            "kies een van: 5.1.1.a, 5.1.1.b, 5.1.1.c, 5.1.1.d, 5.1.1.e, 5.1.2.a, 5.1.2.b, "
            "5.1.2.c, 5.1.2.d, 5.1.2.e, 5.1.2.f, 5.1.2.g, 5.1.2.h, 5.1.2.i, 5.1.5, 5.2") in dutch
