"""Checks across rows and files: inventory against item outcomes, links against the site.

The rules (`InventoryRule`, one in each outcome's row of outcomes.py) are the
contract between an item's `outcome` in dossier.yml and the judgements of the
documents that name the item in the Onderdeel column; `docs/formats/inventaris.md`
shows them to people.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model import Item
from ..outcomes import OUTCOMES, InventoryRule
from .columns import DEELS, NIET, OPENBAAR, REEDS
from .model import Inventory, InventoryRow
from .report import Report

ORDER = (OPENBAAR, DEELS, NIET, REEDS)

# outcome -> the judgements its documents may and must have: each outcome's row in outcomes.py.
ITEM_RULES: dict[str, InventoryRule] = {key: o.inventory for key, o in OUTCOMES.items()}


def check_items(inventory: Inventory, items: Iterable[Item], report: Report) -> None:
    """Each item's outcome must agree with the judgements of the documents naming it.

    Runs only when the Onderdeel column is used at all: an inventory without it
    cannot say which document answers what.
    """
    if not inventory.uses_items:
        return
    for item in items:
        rule = ITEM_RULES.get(item.outcome)
        if rule is None:
            continue
        rows = [row for row in inventory.rows if set(row.items) & set(item.numbers)]
        name = f"item {item.label} is '{item.outcome}'"
        if item.line:
            name += f" (dossier.yml line {item.line})"
        if not rows:
            if rule.needs:
                report.error(
                    f"{name} but no document names it in the Onderdeel column; "
                    f"{rule.explanation}",
                    field="Onderdeel",
                )
            continue
        wrong = [row for row in rows if row.judgement not in rule.allowed]
        if wrong:
            judged = "' or '".join(j for j in ORDER if any(r.judgement == j for r in wrong))
            verb = "is" if len(wrong) == 1 else "are"
            report.error(
                f"{name} but {_count(wrong)} naming it {verb} '{judged}' ({_rows(wrong)}); "
                f"{rule.explanation}",
                field="Onderdeel", line=wrong[0].line,
            )
            continue
        for need in rule.needs:
            if not any(row.judgement in need for row in rows):
                wanted = "' or '".join(j for j in ORDER if j in need)
                report.error(
                    f"{name} but none of its {_count(rows)} is '{wanted}'; {rule.explanation}",
                    field="Onderdeel", line=rows[0].line,
                )
                break


def check_links(inventory: Inventory, slug: str, known: set[str], report: Report) -> None:
    """A Publieke link that is a slug must name another dossier on this site."""
    for row in inventory.rows:
        if not row.link or row.link_is_url:
            continue
        if row.link == slug:
            report.error(
                f"'{row.link}' is this dossier itself; a Publieke link names an earlier "
                "dossier or a URL",
                field="Publieke link", line=row.line,
            )
        elif row.link not in known:
            report.error(
                f"'{row.link}' names no dossier on this site; expected the slug of an "
                "earlier dossier or a URL starting with https://",
                field="Publieke link", line=row.line,
            )


def _count(rows: list[InventoryRow]) -> str:
    return "1 document" if len(rows) == 1 else f"{len(rows)} documents"


def _rows(rows: list[InventoryRow], shown: int = 10) -> str:
    lines = [str(row.line) for row in rows[:shown]]
    more = f" and {len(rows) - shown} more" if len(rows) > shown else ""
    return ("row " if len(rows) == 1 else "rows ") + ", ".join(lines) + more
