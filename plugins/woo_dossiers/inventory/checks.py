"""Checks across rows and files: inventory against item outcomes, links against the site.

The rules (`InventoryRule`, one in each outcome's row of outcomes.py) are the
contract between an item's `outcome` in dossier.yml and the judgements of the
documents that name the item in the Onderdeel column; `docs/formats/inventaris.md`
shows them to people.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..model.dossier import Item
from ..model.outcomes import OUTCOMES, InventoryRule
from .columns import DEELS, NIET, OPENBAAR, REEDS
from .model import Inventory
from .report import Report

ORDER = (OPENBAAR, DEELS, NIET, REEDS)
_ROWS_SHOWN = 10  # rows a message names; it says how many more there are

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
        # The outcome's key words its rule too (its row of outcomes.py).
        about = {"item": item.label, "outcome": item.outcome, "at": item.line,
                 "why": item.outcome}
        if not rows:
            if rule.needs:
                report.report("outcome-no-documents", about, field="Onderdeel")
            continue
        wrong = [row for row in rows if row.judgement not in rule.allowed]
        if wrong:
            judged = [j for j in ORDER if any(r.judgement == j for r in wrong)]
            report.report("outcome-wrong-judgement",
                          {**about, "count": len(wrong), "verb": len(wrong), "judged": judged,
                           "rows": {"lines": [r.line for r in wrong[:_ROWS_SHOWN]],
                                    "total": len(wrong)}},
                          field="Onderdeel", line=wrong[0].line)
            continue
        for need in rule.needs:
            if not any(row.judgement in need for row in rows):
                wanted = [j for j in ORDER if j in need]
                report.report("outcome-missing-judgement",
                              {**about, "none": {"count": len(rows), "wanted": wanted}},
                              field="Onderdeel", line=rows[0].line)
                break


def check_links(inventory: Inventory, slug: str, known: set[str], report: Report) -> None:
    """A Publieke link that is a slug must name another dossier on this site."""
    for row in inventory.rows:
        if not row.link or row.link_is_url:
            continue
        if row.link == slug:
            report.report("link-is-self", {"slug": row.link}, field="Publieke link",
                          line=row.line)
        elif row.link not in known:
            report.report("link-unknown", {"slug": row.link}, field="Publieke link",
                          line=row.line)
