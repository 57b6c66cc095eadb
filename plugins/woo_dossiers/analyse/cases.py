"""Requests decided in parts (deelbesluiten): the published parts of each case, together.

A case is every published dossier naming the same `case.id`, but for a part a new
decision replaced (`status: replaced`): it gives way to its replacement, which the
case lists, counts and shows instead. A withdrawn part stays one of the parts (its
page is a notice), but nothing of its items is shown on the other parts' pages: a
withdrawn decision publishes its facts and notice only (model/status.py). It is complete when
its total is known (`case.parts`) and every part up to it is on the site; until then
more parts are to come. The statistics count a request once: a dossier on its own,
or a complete case, with its handling time from receipt to its last part
(`request_figures`). A case with parts still to come is left out of the request
figures (its handling time is not known yet) and counted apart as open.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from ..model.dossier import Dossier, Item
from ..model.status import is_withdrawn
from .timeliness import Timeliness


@dataclass(frozen=True)
class Case:
    id: str
    parts: tuple[Dossier, ...]  # the published parts, by part number

    @property
    def title(self) -> str:
        """`case.title` where a part gives it, else the first part's title."""
        return next((d.case.title for d in self.parts if d.case and d.case.title),
                    self.parts[0].title)

    @property
    def total(self) -> int | None:
        """How many parts there will be, when a part says so."""
        return next((d.case.parts for d in self.parts if d.case and d.case.parts), None)

    @property
    def complete(self) -> bool:
        numbers = {d.case.part for d in self.parts if d.case}
        return self.total is not None and numbers == set(range(1, self.total + 1))

    @property
    def last(self) -> Dossier:
        """The part decided last (the highest number among those decided that day)."""
        return max(self.parts, key=lambda d: (d.dates.decided, number(d)))

    def decided_elsewhere(self, dossier: Dossier) -> list[tuple[Item, Dossier]]:
        """The items the other parts in force decided, with the part that decided each: not a
        withdrawn part's (they are no longer published), nor those `dossier` decides itself
        (a replaced part and its replacement decide the same items)."""
        own = {n for item in dossier.items for n in item.numbers}
        return [(item, other) for other in self.parts
                if other.slug != dossier.slug and not is_withdrawn(other)
                for item in other.items if not own & set(item.numbers)]

    @property
    def counted(self) -> tuple[Dossier, ...]:
        """The parts whose items the statistics count: those in force, once complete."""
        return self.parts if self.complete else ()


def number(dossier: Dossier) -> int:
    return dossier.case.part if dossier.case else 0


def replaced(dossier: Dossier) -> bool:
    """A part a new decision replaced: no longer one of the case's parts in force."""
    return dossier.status is not None and dossier.status.kind == "replaced"


def part_label(dossier: Dossier, case: Case) -> str:
    """"deelbesluit 2 van 3", or "deelbesluit 2" while the total is not known."""
    total = f" van {case.total}" if case.total else ""
    return f"deelbesluit {number(dossier)}{total}"


def cases(dossiers: dict[str, Dossier]) -> dict[str, Case]:
    """Each case id -> its published parts (the loader has checked that they fit together)."""
    found: dict[str, list[Dossier]] = defaultdict(list)
    for dossier in dossiers.values():
        if dossier.case is not None and not replaced(dossier):
            found[dossier.case.case].append(dossier)
    return {case: Case(case, tuple(sorted(parts, key=lambda d: (number(d), d.slug))))
            for case, parts in sorted(found.items())}


@dataclass(frozen=True)
class RequestFigures:
    """One request as the statistics count it: a decision on its own, or a complete case."""

    key: str  # the dossier's slug or the case id
    law: str  # the law of the (last) decision
    decided: int  # the year of the (last) decision
    handling_days: int  # from receipt to the (last) decision
    on_time: bool  # every part decided within its term
    suspended_days: int  # the days suspensions added (the last part's term)


def request_figures(dossiers: dict[str, Dossier], timeliness: dict[str, Timeliness],
                    found: dict[str, Case]) -> tuple[list[RequestFigures], list[Case]]:
    """The requests the statistics count, and the cases still waiting for a part."""
    figures = []
    for slug, dossier in dossiers.items():
        if dossier.case is None:
            t = timeliness[slug]
            figures.append(RequestFigures(slug, dossier.law, dossier.dates.decided.year,
                                          t.handling_days, t.on_time, t.suspended_days))
    waiting = []
    for case in found.values():
        if not case.complete:
            waiting.append(case)
            continue
        last = case.last
        t = timeliness[last.slug]
        figures.append(RequestFigures(
            case.id, last.law, last.dates.decided.year, t.handling_days,
            all(timeliness[d.slug].on_time for d in case.parts), t.suspended_days))
    return figures, waiting
