"""Property: whatever rows an inventory holds, its CSV and JSON exports give them back."""

from __future__ import annotations

import json
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st
from inventory_helpers import make_source
from woo_dossiers.inventory import Inventory, InventoryRow, load_inventory
from woo_dossiers.inventory.export import inventory_csv_bytes, inventory_json
from woo_dossiers.model.dossier import Item

ITEMS = (Item((1,), "x", "partly-disclosed"), Item((2,), "y", "partly-disclosed"))
GROUNDS = ("5.1.1.e", "5.1.2.e", "5.1.2.i", "5.2")
# Text as the reader keeps it: trimmed, not empty, any characters a file can hold.
TEXT = st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\x00"), min_size=1
).map(str.strip).filter(bool)


@st.composite
def rows(draw) -> list[InventoryRow]:
    count = draw(st.integers(1, 12))
    found = []
    for index in range(count):
        judgement = draw(st.sampled_from(
            ["openbaar", "deels openbaar", "niet openbaar", "reeds openbaar"]))
        withholds = judgement in ("deels openbaar", "niet openbaar")
        annex = draw(st.sampled_from([None, "bijlage-1.pdf", "bijlage-2.pdf"]))
        found.append(InventoryRow(
            number=f"{draw(TEXT)}-{index}",
            description=draw(TEXT),
            judgement=judgement,
            date=draw(st.none() | st.dates(date(1990, 1, 1), date(2030, 12, 31))),
            grounds=tuple(draw(st.lists(st.sampled_from(GROUNDS), min_size=1, max_size=3,
                                        unique=True))) if withholds else (),
            annex=annex,
            page=draw(st.none() | st.integers(1, 12)) if annex else None,
            link=draw(st.sampled_from(["https://example.org/a?b=c;d", "2019-eerder"]))
            if judgement == "reeds openbaar" else None,
            items=tuple(draw(st.lists(st.sampled_from([1, 2]), max_size=2, unique=True))),
        ))
    return found


@settings(max_examples=60, deadline=None)
@given(rows())
def test_csv_and_json_exports_give_back_every_row(tmp_path_factory, written):
    folder = tmp_path_factory.mktemp("roundtrip")
    inventory = Inventory("inventory.csv", tuple(written))
    (folder / "inventory.csv").write_bytes(inventory_csv_bytes(inventory))
    reread, problems = load_inventory("inventory.csv", make_source(folder, items=ITEMS))
    assert [str(p) for p in problems if "Onderdeel" not in str(p)] == []
    assert [(r.number, r.description, r.judgement, r.date, r.grounds, r.annex, r.page, r.link,
             r.items) for r in reread.rows] == [
        (r.number, r.description, r.judgement, r.date, r.grounds, r.annex, r.page, r.link,
         r.items) for r in written]
    data = json.loads(json.dumps(inventory_json(inventory, "d")))
    assert [InventoryRow(**{**d, "date": date.fromisoformat(d["date"]) if d["date"] else None,
                            "grounds": tuple(d["grounds"]), "items": tuple(d["items"])})
            for d in data["documents"]] == written
