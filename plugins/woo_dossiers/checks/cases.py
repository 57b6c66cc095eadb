"""A request decided in parts (deelbesluiten): the parts of one case must fit together.

Each part is its own dossier naming the same `case.id` and its own `case.part`
(model/dossier.py: CasePart). Within one dossier the schema has checked the form;
here the parts are compared with each other: one number per part, no part above the
total, the same organisation, request date and (for decisions under the same law)
law, the same total and title where given, each request item decided in one part
only. A gap in the numbers or parts decided out of their order is a warning: it is
most often a mistyped id or number.

A part replaced by a new decision (`status: replaced`) gives way to it: the new decision
may take its number and its items. Where two parts clash, the problem goes on the newer
one (`_age`: published last, a part not yet public always being so; then decided last),
so a mistake in new work never takes a part already on the site off it. The messages
name the other part by its slug, never a value of either part: the build log of the
public site shows the problems of a part still waiting for its publication date.
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
        # A replaced part gives way to its replacement (which may take its number and items).
        in_force = [src for src in parts if not replaced(src)] or parts
        oldest = sorted(in_force, key=_age)
        _check_numbers(case, in_force)
        for path, field in AGREED:
            _check_agrees(case, oldest, path, field)
        for src in oldest[1:]:
            _check_law(case, src, oldest[0])
        _check_items(case, oldest)
        _check_order(case, in_force)


def replaced(src: DossierSource) -> bool:
    """Whether a new decision replaces this part (model/status.py): it is no longer in force."""
    return _sound(src, "status") and src.data.get("status") == "replaced"


def _age(src: DossierSource) -> tuple[Any, ...]:
    """Older first: by publication date (a part not yet public is published after every part
    that is), then by decision date, number and slug. A part with broken dates is newest."""
    if not _sound(src, "dates"):
        return (1, _number(src), src.slug)
    decided = _decided(src)
    published = src.data["dates"].get("published")
    return (0, as_date(published) if published else decided, decided, _number(src), src.slug)


def _newer(a: DossierSource, b: DossierSource) -> DossierSource:
    return max(a, b, key=_age)


def _number(src: DossierSource) -> int:
    return int(src.data["case"]["part"])


def _check_numbers(case: str, parts: list[DossierSource]) -> None:
    seen: dict[int, DossierSource] = {}
    for src in sorted(parts, key=_age):
        number = _number(src)
        if number in seen:
            src.report(("case", "part"), "case-part-twice",
                       {"case": case, "part": number, "other": seen[number].slug})
        seen.setdefault(number, src)
    totals = [src for src in parts if src.data["case"].get("parts")]
    for src in parts:
        giver = next((g for g in totals if _number(src) > g.data["case"]["parts"]), None)
        if giver is not None:
            # On the newer of the two: the part above the total, or the part giving it.
            at = ("case", "part") if _newer(src, giver) is src else ("case", "parts")
            _newer(src, giver).report(at, "case-part-above-total", {
                "case": case, "part": _number(src), "parts": giver.data["case"]["parts"],
                "other": giver.slug})
    if len(parts) == 1 and parts[0].data["case"].get("parts") == 1:
        parts[0].report(("case",), "case-single-part", {"case": case}, severity="warning")
    missing = gaps(sorted(seen))
    if missing:
        after = next(src for src in parts if _number(src) > missing[0][0])
        after.report(("case", "part"), "case-part-missing",
                     {"case": case, "missing": _ranges(missing)}, severity="warning")


def gaps(numbers: list[int]) -> list[tuple[int, int]]:
    """The runs of numbers from 1 missing below the highest of `numbers` (sorted), as (first,
    last): one pair per gap, however wide, so a far-off number costs no memory."""
    runs, expected = [], 1
    for n in numbers:
        if n > expected:
            runs.append((expected, n - 1))
        expected = n + 1
    return runs


def _ranges(runs: list[tuple[int, int]]) -> str:
    return ", ".join(str(a) if a == b else f"{a} tot en met {b}" for a, b in runs)


def _check_agrees(case: str, oldest: list[DossierSource], path: Path_, field: str) -> None:
    """Each part that gives the value gives the oldest one's (a broken field is reported where
    it is, and a part may leave out what it does not know yet)."""
    given = [src for src in oldest if _sound(src, field) and _value(src.data, path) is not None]
    for src in given[1:]:
        if str(_value(src.data, path)) != str(_value(given[0].data, path)):
            src.report(path, "case-disagrees",
                       {"case": case, "field": ".".join(map(str, path)), "other": given[0].slug})


def _check_law(case: str, src: DossierSource, first: DossierSource) -> None:
    """Parts decided under the same law name the same law (parts may straddle 1 May 2022)."""
    if not (_sound(src, "law", "dates") and _sound(first, "law", "dates")):
        return
    if law_on(_decided(src)).key != law_on(_decided(first)).key:
        return
    if src.data["law"] != first.data["law"]:
        src.report(("law",), "case-disagrees", {"case": case, "field": "law", "other": first.slug})


def _decided(src: DossierSource) -> date:
    return as_date(src.data["dates"]["decided"])


def _item_numbers(src: DossierSource) -> Iterator[tuple[int, int]]:
    for index, item in enumerate(src.data.get("items", [])):
        numbers = item["item"] if isinstance(item["item"], list) else [item["item"]]
        for number in numbers:
            yield index, number


def _check_items(case: str, oldest: list[DossierSource]) -> None:
    """Each item of the request is decided in one part (the newer part is told)."""
    decided_in: dict[int, str] = {}
    for src in oldest:
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
                         {"case": case, "part": _number(after), "other_part": _number(before)},
                         severity="warning")
