"""Plain dataclasses for a dossier's inventory after reading and checking."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .columns import JUDGEMENTS


@dataclass(frozen=True)
class InventoryRow:
    """One document found for the request, with the judgement on it."""

    number: str  # Documentnummer, as written (trimmed)
    description: str
    judgement: str  # a key of JUDGEMENTS: "openbaar", "deels openbaar", ...
    date: date | None = None
    grounds: tuple[str, ...] = ()  # normalised codes, e.g. "5.1.2.e"
    annex: str | None = None  # annex file name, listed in dossier.yml
    page: int | None = None  # page in that annex where the document starts
    link: str | None = None  # for "reeds openbaar": a dossier slug or a URL
    items: tuple[int, ...] = ()  # request items it answers
    line: int = 0  # row in the file (the header is row 1 in a CSV)

    @property
    def link_is_url(self) -> bool:
        return bool(self.link) and self.link.startswith(("http://", "https://"))


@dataclass(frozen=True)
class Inventory:
    file: str  # file name inside the dossier folder, e.g. "inventory.csv"
    rows: tuple[InventoryRow, ...]

    @property
    def counts(self) -> dict[str, int]:
        """Documents per judgement, every judgement present (zero too), in display order."""
        return count_judgements(self.rows)

    def rows_for_item(self, number: int) -> tuple[InventoryRow, ...]:
        return tuple(row for row in self.rows if number in row.items)

    @property
    def grounds(self) -> tuple[str, ...]:
        """Every ground used in the inventory, in table order of first use."""
        seen: dict[str, None] = {}
        for row in self.rows:
            for ground in row.grounds:
                seen.setdefault(ground, None)
        return tuple(seen)

    @property
    def uses_items(self) -> bool:
        """True when the Onderdeel column is filled in for at least one row."""
        return any(row.items for row in self.rows)


def count_judgements(rows: tuple[InventoryRow, ...] | list[InventoryRow]) -> dict[str, int]:
    counts = dict.fromkeys(JUDGEMENTS, 0)
    for row in rows:
        counts[row.judgement] += 1
    return counts
