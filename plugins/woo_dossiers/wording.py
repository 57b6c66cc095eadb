"""How the site words things in Dutch: dates, lists and outcome counts.

Shared by the pages (render/) and the feeds (export/), and by the model's own
labels ("onderdelen 1, 2 en 3"), so that a date or a count reads the same everywhere.
"""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from .model.outcomes import OUTCOMES

if TYPE_CHECKING:
    from .model.dossier import Item

MONTHS = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus",
          "september", "oktober", "november", "december")


def dutch_date(value: date) -> str:
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def dutch_list(parts: list[str]) -> str:
    """["1", "2", "3"] -> "1, 2 en 3"."""
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " en " + parts[-1]



def outcome_summary(items: tuple[Item, ...]) -> str:
    counts: dict[str, int] = {}
    for item in items:
        counts[item.outcome] = counts.get(item.outcome, 0) + len(item.numbers)
    return ", ".join(f"{OUTCOMES[key].label.lower()}: {n}" for key, n in
                     sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
