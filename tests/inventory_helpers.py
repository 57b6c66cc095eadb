"""Shared helpers for the inventory tests: write a real file, load it like the loader does."""

from __future__ import annotations

from pathlib import Path

from woo_dossiers.inventory import InventorySource, load_inventory
from woo_dossiers.model.dossier import Item
from woo_dossiers.model.laws import LAWS

HEADER = (
    "Documentnummer,Datum,Omschrijving,Beoordeling,Beoordelingsgrond,Bijlage,Publieke link,"
    "Onderdeel"
)
WHERE = "dossiers/d/inventory.csv"

DEFAULT_ITEMS = (
    Item((1,), "Notulen", "partly-disclosed", line=10),
    Item((2, 3), "E-mails", "disclosed", line=14),
    Item((4,), "Eerdere besluiten", "already-public", line=18),
)


def make_source(
    folder: Path, *, law: str = "Woo", annexes: dict[str, int | None] | None = None,
    items: tuple[Item, ...] = DEFAULT_ITEMS,
) -> InventorySource:
    return InventorySource(
        slug="d", folder=folder, source="dossiers/d/dossier.yml", law=LAWS[law],
        annexes={"bijlage-1.pdf": 12, "bijlage-2.pdf": None} if annexes is None else annexes,
        items=items, line=7,
    )


def load_text(folder: Path, text: str, name: str = "inventory.csv", encoding="utf-8", **kw):
    (folder / name).write_bytes(text.encode(encoding))
    return load_inventory(name, make_source(folder, **kw))


def load_rows(folder: Path, *rows: str, header: str = HEADER, **kw):
    return load_text(folder, "\n".join((header, *rows)) + "\n", **kw)


def lines(problems) -> list[str]:
    return [str(problem) for problem in problems]
