"""The import's report for the person who checks the draft.

In Dutch: the communications team reads it, like the comments in dossier.yml.
"""

from __future__ import annotations

from pathlib import Path

from .draft import Draft
from .letter_facts import Fact

_FACTS = (
    ("title", "titel", True), ("organisation", "bestuursorgaan", True), ("law", "wet", True),
    ("reference", "kenmerk", False), ("summary", "samenvatting", False),
    ("received", "datum ontvangst verzoek", True), ("adjourned", "datum verdaging", False),
    ("decided", "datum besluit", True), ("period_from", "periode vanaf", False),
    ("period_to", "periode tot", False),
)  # fmt: skip


def report(draft: Draft, folder: Path) -> tuple[str, list[str]]:
    """The report's text, and the list of what must be filled in before publishing."""
    found, check, missing = [], [], []
    for key, label, required in _FACTS:
        fact: Fact = getattr(draft.facts, key)
        if fact.value is not None:
            found.append(f"{label}: {fact.value}  (uit: \"{_short(fact.evidence)}\")")
            if fact.doubt:
                check.append(f"{label}: {fact.doubt}")
        elif required:
            why = f"; {fact.doubt}" if fact.doubt else ""
            missing.append(f"dossier.yml {key} ({label}): niet gevonden in de brief{why}")
        else:
            check.append(f"{label}: niet gevonden (optioneel)")
    found.append(f"onderdelen van het verzoek: {len([i for i in draft.items if i.request])}")
    found.append("Ad-secties: " + (", ".join(draft.ad_sections) or "geen"))
    for item in draft.items:
        outcome = item.guess.outcome or ("later besluit" if item.guess.later else "?")
        refs = [m.slug or m.url for m in item.reuses] + [m.url for m in item.links]
        extra = f"; verwijst naar {', '.join(r for r in refs if r)}" if refs else ""
        found.append(f"onderdeel {item.number}: {outcome} ({_short(item.where, 50) or '-'}){extra}")
        check += [f"onderdeel {item.number}: {note}" for note in item.notes]
        missing += [f"dossier.yml items, onderdeel {item.number}: {note}" for note in item.missing]
    for match in draft.reuses:
        where = f"dossier {match.slug}" if match.slug else f"elders: {match.url}"
        found.append(f"eerder besluit: {where} ({match.why})")
        if not match.slug:
            check.append(f"titel van eerder besluit {match.url} is afgeleid uit de URL")
    for url in draft.other_urls:
        check.append(f"link hoort bij geen onderdeel en staat alleen in de brief: {url}")
    for annex in draft.annexes:
        found.append(f"bijlage {annex.file}: \"{annex.title}\" (titel uit {annex.title_from})")
    letter = draft.parsed
    if not letter.salutation_found:
        check.append("geen aanhef ('Geachte ...') gevonden: staan er adresgegevens in decision.md?")
    else:
        check.append("briefhoofd en adresblok (alles vóór de aanhef) zijn weggelaten")
    if letter.name_removed:
        check.append(f"naam '{letter.name_removed}' uit de aanhef verwijderd (privacy)")
    check.append("ondertekening: controleer of namen van medewerkers gepubliceerd mogen worden")
    if letter.unconfirmed_joins:
        joined = ", ".join(letter.unconfirmed_joins)
        check.append(f"afgebroken woorden samengevoegd, controleer: {joined}")
    if draft.pages.furniture:
        check.append("kop- en voetregels weggelaten: " + " | ".join(draft.pages.furniture[:6]))

    lines = [f"Concept-dossier geschreven: {folder}", "", "Gevonden:"]
    lines += [f"  - {line}" for line in found]
    lines += ["", "Controleer (regels met '# geraden' of '# CONTROLEER' in dossier.yml):"]
    lines += [f"  - {line}" for line in check]
    lines += ["", "Vul in vóór publicatie (tot dan faalt 'mkdocs build --strict'):"]
    lines += [f"  - {line}" for line in missing] or ["  - niets"]
    return "\n".join(lines) + "\n", missing


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text[:limit] + "…" if len(text) > limit else text
