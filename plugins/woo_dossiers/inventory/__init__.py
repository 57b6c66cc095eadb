"""Inventory lists: one judgement per document found for a request.

No MkDocs here. The loader calls `load_inventory` for a dossier that names an
inventory; the site-wide `check_links` runs once all dossier slugs are known.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path, PurePosixPath

from ..messages.problems import Problem
from ..model.dossier import Dossier, Item
from ..model.laws import LAWS, Law
from .checks import ITEM_RULES, check_items, check_links
from .columns import COLUMNS, JUDGEMENTS, normalise_judgement
from .model import Inventory, InventoryRow, count_judgements
from .parse import RowContext, parse_rows
from .reading import SUFFIXES, read_table
from .report import Report

__all__ = [
    "COLUMNS", "ITEM_RULES", "JUDGEMENTS", "Inventory", "InventoryRow", "InventorySource",
    "count_judgements", "inventory_links_problems", "read_inventory",
    "load_inventory", "normalise_judgement",
]


@dataclass(frozen=True)
class InventorySource:
    """What `load_inventory` needs to know of the dossier naming the inventory."""

    slug: str
    folder: Path
    source: str  # dossier.yml relative to the project root, for messages
    law: Law
    annexes: Mapping[str, int | None]  # annex file -> pages (None when unknown)
    items: tuple[Item, ...]
    line: int | None = None  # line of `inventory:` in dossier.yml

    @classmethod
    def of(cls, dossier: Dossier, line: int | None = None) -> InventorySource:
        return cls(
            dossier.slug, dossier.folder, dossier.source, LAWS[dossier.law],
            {annex.file: annex.pages for annex in dossier.annexes}, dossier.items, line,
        )


def load_inventory(name: str, source: InventorySource) -> tuple[Inventory | None, list[Problem]]:
    """Read, parse and check the inventory file `name` of one dossier.

    The Inventory comes back even when there are problems (with the rows that
    could be read), so that later checks can still run; the caller leaves the
    dossier out if any problem is an error.
    """
    here = Report(source.slug, source.source)
    path = source.folder / name
    if PurePosixPath(name).name != name or name in (".", ".."):
        here.report("inventory-path", {"name": name}, field="inventory", line=source.line)
        return None, here.problems
    if path.suffix.lower() not in SUFFIXES:
        here.report("inventory-type", {"name": name}, field="inventory", line=source.line)
        return None, here.problems
    if path.is_symlink():
        # A link could publish any CSV on the machine that builds the site as open data.
        here.report("file-symlink", {"name": name}, field="inventory", line=source.line)
        return None, here.problems
    if not path.is_file():
        here.report("inventory-missing", {"name": name}, field="inventory", line=source.line)
        return None, here.problems
    report = Report(source.slug, str(PurePosixPath(source.source).parent / name))
    table = read_table(path, report)
    if table is None:
        return None, report.problems
    context = RowContext(
        source.law, source.annexes, frozenset(n for item in source.items for n in item.numbers)
    )
    inventory = Inventory(name, tuple(parse_rows(table, context, report)))
    check_items(inventory, source.items, report)
    return inventory, report.problems


def inventory_links_problems(
    inventory: Inventory, source: InventorySource, known_slugs: set[str]
) -> list[Problem]:
    """Site-wide check, once every dossier is loaded: slugs in Publieke link exist."""
    report = Report(source.slug, str(PurePosixPath(source.source).parent / inventory.file))
    check_links(inventory, source.slug, known_slugs, report)
    return report.problems


def read_inventory(
    dossier: Dossier, name: str, line: int | None, known_slugs: set[str]
) -> tuple[Inventory | None, list[Problem]]:
    """The dossier's inventory (for `Dossier.inventory`) and the problems found on the way.

    `known_slugs` are all dossier folders of the site, published or not, for the
    Publieke link check.
    """
    source = InventorySource.of(dossier, line)
    inventory, problems = load_inventory(name, source)
    if inventory is not None:
        problems += inventory_links_problems(inventory, source, known_slugs)
    return inventory, problems
