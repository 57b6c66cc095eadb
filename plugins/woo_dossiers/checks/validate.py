"""The format's rules beyond the schema: dates, the law, outcomes, grounds, files, answers.

Every check appends a Problem and goes on, so that one build reports every
mistake at once. The data here has passed the JSON Schema already, so types
and required fields can be trusted.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from itertools import pairwise
from pathlib import Path
from typing import Any

from ..model.embargo import earliest_publication
from ..model.laws import LAWS, WOO_START, Law, law_on, normalise_ground
from ..model.outcomes import OUTCOMES
from ..source.dossier_source import DossierSource
from ..source.yamlsafe import Path_


def as_date(value: Any) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value))


def check_dates(src: DossierSource) -> None:
    dates = {key: as_date(value) for key, value in src.data["dates"].items()}
    received, decided = dates["received"], dates["decided"]
    if decided < received:
        src.report(("dates", "decided"), "decided-before-received",
                   {"decided": decided, "received": received})
    adjourned = dates.get("adjourned")
    if adjourned and not received <= adjourned <= decided:
        src.report(("dates", "adjourned"), "adjourned-outside",
                   {"adjourned": adjourned, "received": received, "decided": decided})
    published = dates.get("published")
    if published and published < decided:
        src.report(("dates", "published"), "published-before-decided",
                   {"published": published, "decided": decided})
    elif src.data.get("objection_expected") and (published or decided) < earliest_publication(decided):
        src.report(("dates", "published") if published else ("objection_expected",),
                   "published-before-waiting-period",
                   {"published": published or decided, "decided": decided,
                    "earliest": earliest_publication(decided)}, severity="warning")
    updated = dates.get("updated")
    if updated and updated < (published or decided):
        src.report(("dates", "updated"), "updated-before-published",
                   {"updated": updated, "published": published or decided})
    _check_suspensions(src, received, decided)
    period = src.data.get("period") or {}
    if "from" in period and "to" in period and as_date(period["from"]) > as_date(period["to"]):
        src.report(("period",), "period-reversed", {"start": period["from"], "end": period["to"]})


def _check_suspensions(src: DossierSource, received: date, decided: date) -> None:
    """Each suspension lies within the handling of the request; no day is suspended twice."""
    spans = []
    for index, entry in enumerate(src.data.get("suspensions", [])):
        start, end = as_date(entry["from"]), as_date(entry["to"])
        path: Path_ = ("suspensions", index)
        if end <= start:
            src.report((*path, "to"), "suspension-reversed", {"start": start, "end": end})
        elif not received <= start or end > decided:
            src.report(path, "suspension-outside",
                       {"start": start, "end": end, "received": received, "decided": decided})
        else:
            spans.append((start, end, index))
    spans.sort()
    for (_, end, before), (start, _, after) in pairwise(spans):
        if start < end:  # a suspension's days run from the day after `from` up to `to`
            src.report(("suspensions", after, "from"), "suspensions-overlap",
                       {"start": start, "end": end, "other": f"suspensions[{before}]"})


def check_law(src: DossierSource) -> None:
    """The law in force on the decision date applies, unless `law_reason` says why not."""
    decided = as_date(src.data["dates"]["decided"])
    law, expected = src.data["law"], law_on(decided).key
    reason = src.data.get("law_reason")
    if law != expected and not reason:
        src.report(("law",), "law-not-in-force",
                   {"law": law, "decided": decided, "expected": expected, "start": WOO_START})
    elif law == expected and reason:
        src.report(("law_reason",), "law-reason-unneeded",
                   {"law": law, "decided": decided}, severity="warning")


def _items(src: DossierSource) -> Iterator[tuple[int, dict[str, Any], tuple[int, ...]]]:
    for index, item in enumerate(src.data["items"]):
        numbers = item["item"] if isinstance(item["item"], list) else [item["item"]]
        yield index, item, tuple(numbers)


def check_items(src: DossierSource) -> None:
    law = LAWS[src.data["law"]]
    annex_files = {annex["file"] for annex in src.data.get("annexes", [])}
    seen: dict[int, int] = {}
    for index, item, numbers in _items(src):
        path: Path_ = ("items", index)
        for number in numbers:
            if number in seen:
                src.report((*path, "item"), "item-twice",
                           {"number": number, "at": f"items[{seen[number]}]"})
            seen.setdefault(number, index)
        _check_outcome_needs(src, path, item)
        for g_index, ground in enumerate(item.get("grounds", [])):
            _check_ground(src, (*path, "grounds", g_index), law, ground)
        for d_index, document in enumerate(item.get("documents", [])):
            if document not in annex_files:
                src.report((*path, "documents", d_index), "document-not-annex",
                           {"document": document, "annexes": annex_files})
        if src.letter and not item.get("answer") and not _answered_in_letter(src, numbers):
            label = " en ".join(str(n) for n in numbers)
            src.report(path, "item-no-answer",
                       {"item": label, "numbers": label, "letter": src.letter_file})
    _check_sections_listed(src, set(seen))


def _check_outcome_needs(src: DossierSource, path: Path_, item: dict[str, Any]) -> None:
    outcome = OUTCOMES[item["outcome"]]
    for group in outcome.needs:
        if not any(item.get(name) for name in group):
            # What the outcome needs is worded from its row in outcomes.py.
            src.report((*path, group[0]), "outcome-needs",
                       {"outcome": outcome.key, "label": outcome.label, "fields": group,
                        "need": outcome.key})
    if item.get("grounds") and not outcome.withholds:
        src.report((*path, "grounds"), "grounds-not-withheld", {"outcome": outcome.key})


def _check_ground(src: DossierSource, path: Path_, law: Law, text: str) -> None:
    code = normalise_ground(text)
    if code in law.grounds:
        return
    other = next((o for o in LAWS.values() if o is not law and code in o.grounds), None)
    if other:
        src.report(path, "ground-other-law", {"ground": text, "other": other.key,
                                              "law": law.key, "grounds": law.grounds})
    else:
        src.report(path, "ground-unknown", {"ground": text, "law": law.key,
                                            "grounds": law.grounds})


def _answered_in_letter(src: DossierSource, numbers: tuple[int, ...]) -> bool:
    covered = {n for section in (src.letter.sections if src.letter else ()) for n in section.numbers}
    return all(number in covered for number in numbers)


def _check_sections_listed(src: DossierSource, listed: set[int]) -> None:
    for section in src.letter.sections if src.letter else ():
        unknown = [n for n in section.numbers if n not in listed]
        if unknown:
            src.report((), "section-not-listed",
                       {"heading": section.heading, "numbers": ", ".join(map(str, unknown))},
                       file=src.letter_file, line=section.line)


def check_annexes(src: DossierSource) -> None:
    listed: dict[str, int] = {}
    for index, annex in enumerate(src.data.get("annexes", [])):
        path: Path_ = ("annexes", index, "file")
        name = annex["file"]
        if name in listed:
            src.report(path, "annex-twice", {"name": name, "at": f"annexes[{listed[name]}]"})
            continue
        listed[name] = index
        problem = unsafe_file_name(src.folder, name)
        # A withdrawn annex's file may be gone: taking it out of the folder is the point.
        if problem and not (annex.get("withdrawn") and problem[0] == "file-missing"):
            src.report(path, *problem)
    for pdf in sorted(src.folder.glob("*.pdf")) + sorted(src.folder.glob("*.PDF")):
        if pdf.name not in listed:
            src.report(("annexes",), "annex-not-listed", {"name": pdf.name})


def unsafe_file_name(folder: Path, name: str) -> tuple[str, dict[str, str]] | None:
    """Why `name` may not be published from `folder` (code, params), or None when it is a plain file.

    Only bare names count: a path could reach outside the dossier, and a symbolic
    link could publish any file on the machine that builds the site.
    """
    if "/" in name or "\\" in name or name.startswith(".") or name in {"", ".", ".."}:
        return "file-with-path", {"name": name}
    target = folder / name
    if target.is_symlink():
        return "file-symlink", {"name": name}
    if not target.is_file():
        return "file-missing", {"name": name, "folder": folder.name}
    return None


def check_references(sources: dict[str, DossierSource]) -> None:
    """Every `reuses` slug must name another dossier on the site. A dossier that exists but
    has problems of its own counts as existing: its problems are reported where they are,
    not as an unknown dossier in every dossier that names it."""
    for src in sources.values():
        if src.doc.data is None:
            continue
        for path, slug in reference_slugs(src.data):
            if slug == src.slug:
                src.report(path, "reuses-itself")
            elif slug not in sources:
                src.report(path, "reuses-unknown", {"slug": slug})


def reference_slugs(data: dict[str, Any]) -> Iterator[tuple[Path_, str]]:
    # Runs on every parsed dossier, also one the schema refused: expect any shape.
    for index, ref in enumerate(_as_list(data.get("reuses"))):
        if isinstance(ref, str):
            yield ("reuses", index), ref
    for i_index, item in enumerate(_as_list(data.get("items"))):
        if not isinstance(item, dict):
            continue
        for index, ref in enumerate(_as_list(item.get("reuses"))):
            if isinstance(ref, str):
                yield ("items", i_index, "reuses", index), ref


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []
