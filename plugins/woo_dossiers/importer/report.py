"""The import's report for the person who checks the draft.

Every line is a `Said` (messages/importer.py): the communications team reads the
Dutch, like the comments in dossier.yml.
"""

from __future__ import annotations

from pathlib import Path

from ..messages.said import Said
from .draft import Draft
from .letter_facts import Fact

# (Facts field, required): a required fact the letter lacks must be filled in.
_FACTS = (
    ("title", True), ("organisation", True), ("law", True), ("reference", False),
    ("summary", False), ("received", True), ("adjourned", False), ("decided", True),
    ("period_from", False), ("period_to", False),
)  # fmt: skip


def report(draft: Draft, folder: Path) -> tuple[str, list[Said]]:
    """The report's text, and the list of what must be filled in before publishing."""
    found, check, missing = _facts(draft)
    found.append(Said("report-requests", count=len([i for i in draft.items if i.request])))
    found.append(Said("report-ad-sections", sections=draft.ad_sections))
    found += [Said("report-table", columns=table.head,
                   numbers=sorted({n for row in table.rows for n in row.numbers}))
              for table in draft.tables]
    for item in draft.items:
        outcome = item.guess.outcome or ("later" if item.guess.later else "")
        refs = [m.slug or m.url for m in item.reuses] + [m.url for m in item.links]
        found.append(Said("report-item", number=item.number, outcome=outcome,
                          where=_short(item.where, 50) or "-", refs=[r for r in refs if r]))
        check += [Said("report-item-note", number=item.number, note=note) for note in item.notes]
        missing += [Said("report-item-missing", number=item.number, note=note)
                    for note in item.missing]
    for match in draft.reuses:
        if match.slug:
            found.append(Said("report-reuse-here", slug=match.slug, why=match.why))
        else:
            found.append(Said("report-reuse-elsewhere", url=match.url, why=match.why))
            check.append(Said("report-reuse-title", url=match.url))
    check += [Said("report-link-unplaced", url=url) for url in draft.other_urls]
    found += [Said("report-annex", file=annex.file, title=annex.title, source=annex.title_from)
              for annex in draft.annexes]
    check += _letter_notes(draft)

    lines = [Said("report-written", folder=folder), "", Said("report-found")]
    lines += [f"  - {line}" for line in found]
    lines += ["", Said("report-check")]
    lines += [f"  - {line}" for line in check]
    lines += ["", Said("report-fill")]
    lines += [f"  - {line}" for line in missing] or [f"  - {Said('report-nothing')}"]
    return "\n".join(lines) + "\n", missing


def _facts(draft: Draft) -> tuple[list[Said], list[Said], list[Said]]:
    found, check, missing = [], [], []
    for key, required in _FACTS:
        fact: Fact = getattr(draft.facts, key)
        if fact.value is not None:
            found.append(Said("report-fact", fact=key, value=fact.value,
                              evidence=fact.evidence if isinstance(fact.evidence, Said)
                              else _short(fact.evidence)))
            if fact.doubt:
                check.append(Said("report-fact-doubt", fact=key, doubt=fact.doubt))
        elif required and fact.doubt:
            missing.append(Said("report-fact-missing-why", key=key, fact=key, doubt=fact.doubt))
        elif required:
            missing.append(Said("report-fact-missing", key=key, fact=key))
        else:
            check.append(Said("report-fact-optional", fact=key))
    return found, check, missing


def _letter_notes(draft: Draft) -> list[Said]:
    """What the import changed in the letter's text, for a person to check."""
    letter = draft.parsed
    notes = [Said("report-letterhead-left-out" if letter.salutation_found
                  else "report-no-salutation")]
    if letter.name_removed:
        notes.append(Said("report-name-removed", name=letter.name_removed))
    notes.append(Said("report-signature"))
    if letter.unconfirmed_joins:
        notes.append(Said("report-joins", words=", ".join(letter.unconfirmed_joins)))
    if draft.pages.furniture:
        notes.append(Said("report-furniture", lines=" | ".join(draft.pages.furniture[:6])))
    return notes


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text[:limit] + "…" if len(text) > limit else text
