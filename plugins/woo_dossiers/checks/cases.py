"""A request decided in parts (deelbesluiten): the parts of one case must fit together.

Each part is its own dossier naming the same `case.id` and its own `case.part`
(model/dossier.py: CasePart). Within one dossier the schema has checked the form;
here the parts are compared with each other: one number per part, no part above the
total, the same organisation, request date and (for decisions under the same law)
law, the same total and title where given, each request item decided in one part
only. A gap in the numbers or parts decided out of their order is a warning: it is
most often a mistyped id or number.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from datetime import date
from itertools import pairwise
from typing import Any

from ..model.laws import law_on
from ..source.dossier_source import DossierSource
from ..source.yamlsafe import Path_
from .validate import as_date

# The fields that must be the same in every part that gives them: their path in dossier.yml
# and the top-level field they belong to (a broken one is not compared).
AGREED: tuple[tuple[Path_, str], ...] = (
    (("organisation",), "organisation"),
    (("dates", "received"), "dates"),
    (("case", "parts"), "case"),
    (("case", "title"), "case"),
)


def _value(data: dict[str, Any], path: Path_) -> Any:
    for key in path:
        if not isinstance(data, dict) or key not in data:
            return None
        data = data[key]
    return data


def _sound(src: DossierSource, *fields: str) -> bool:
    return src.doc.data is not None and not src.broken & {"*", *fields}


def case_parts(sources: dict[str, DossierSource]) -> dict[str, list[DossierSource]]:
    """The sources of each case, by part number then slug (only those whose `case` is sound)."""
    cases: dict[str, list[DossierSource]] = defaultdict(list)
    for src in sources.values():
        if _sound(src, "case") and isinstance(src.data.get("case"), dict):
            cases[src.data["case"]["id"]].append(src)
    return {case: sorted(parts, key=lambda s: (s.data["case"]["part"], s.slug))
            for case, parts in sorted(cases.items())}


def check_cases(sources: dict[str, DossierSource]) -> None:
    for case, parts in case_parts(sources).items():
        first = parts[0]
        _check_numbers(case, parts)
        for path, field in AGREED:
            _check_agrees(case, parts, path, field)
        for src in parts[1:]:
            _check_law(case, src, first)
        _check_items(case, parts)
        _check_order(case, parts)


def _number(src: DossierSource) -> int:
    return int(src.data["case"]["part"])


def _check_numbers(case: str, parts: list[DossierSource]) -> None:
    seen: dict[int, str] = {}
    totals = [(total, src.slug) for src in parts if (total := src.data["case"].get("parts"))]
    for src in parts:
        number = _number(src)
        if number in seen:
            src.report(("case", "part"), "case-part-twice",
                       {"case": case, "part": number, "other": seen[number]})
        seen.setdefault(number, src.slug)
        above = next(((total, slug) for total, slug in totals if number > total), None)
        if above:
            src.report(("case", "part"), "case-part-above-total",
                       {"case": case, "part": number, "parts": above[0], "other": above[1]})
    if len(parts) == 1 and parts[0].data["case"].get("parts") == 1:
        parts[0].report(("case",), "case-single-part", {"case": case}, severity="warning")
    missing = [n for n in range(1, max(seen)) if n not in seen]
    if missing:
        after = next(src for src in parts if _number(src) > missing[0])
        after.report(("case", "part"), "case-part-missing",
                     {"case": case, "missing": ", ".join(map(str, missing))}, severity="warning")


def _check_agrees(case: str, parts: list[DossierSource], path: Path_, field: str) -> None:
    """Each part that gives the value gives the first one's (a broken field is reported where
    it is, and a part may leave out what it does not know yet)."""
    given = [src for src in parts if _sound(src, field) and _value(src.data, path) is not None]
    for src in given[1:]:
        mine, theirs = _value(src.data, path), _value(given[0].data, path)
        if str(mine) != str(theirs):
            src.report(path, "case-disagrees",
                       {"case": case, "field": ".".join(map(str, path)), "value": mine,
                        "other": given[0].slug, "other_value": theirs})


def _check_law(case: str, src: DossierSource, first: DossierSource) -> None:
    """Parts decided under the same law name the same law (parts may straddle 1 May 2022)."""
    if not (_sound(src, "law", "dates") and _sound(first, "law", "dates")):
        return
    if law_on(_decided(src)).key != law_on(_decided(first)).key:
        return
    if src.data["law"] != first.data["law"]:
        src.report(("law",), "case-disagrees",
                   {"case": case, "field": "law", "value": src.data["law"],
                    "other": first.slug, "other_value": first.data["law"]})


def _decided(src: DossierSource) -> date:
    return as_date(src.data["dates"]["decided"])


def _item_numbers(src: DossierSource) -> Iterator[tuple[int, int]]:
    for index, item in enumerate(src.data.get("items", [])):
        numbers = item["item"] if isinstance(item["item"], list) else [item["item"]]
        for number in numbers:
            yield index, number


def _check_items(case: str, parts: list[DossierSource]) -> None:
    """Each item of the request is decided in one part."""
    decided_in: dict[int, str] = {}
    for src in parts:
        if not _sound(src, "items"):
            continue
        own: set[int] = set()
        for index, number in _item_numbers(src):
            other = decided_in.get(number)
            if other is not None and number not in own:
                src.report(("items", index, "item"), "case-item-twice",
                           {"case": case, "number": number, "other": other})
            own.add(number)
        for number in own:
            decided_in.setdefault(number, src.slug)


def _check_order(case: str, parts: list[DossierSource]) -> None:
    """A later part is decided on or after the one before it (numbers follow the decisions)."""
    dated = [src for src in parts if _sound(src, "dates")]
    for before, after in pairwise(dated):
        if _number(after) > _number(before) and _decided(after) < _decided(before):
            after.report(("dates", "decided"), "case-part-order",
                         {"case": case, "part": _number(after), "decided": _decided(after),
                          "other_part": _number(before), "other_decided": _decided(before)},
                         severity="warning")
