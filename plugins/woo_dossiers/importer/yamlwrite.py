"""Draft -> dossier.yml text, with a comment on every value the import guessed.

Written by hand rather than with yaml.dump: PyYAML cannot write comments, and
the comments are the point. "# geraden: ..." says where a value came from;
"# ONTBREEKT: ..." marks an empty value a person must fill in (the build
fails on it and says which field).
"""

from __future__ import annotations

import json
from datetime import date

import yaml

from .draft import Draft, DraftItem, later_note
from .letter_facts import Fact
from .references import Match

GUESSED = "geraden"
MISSING = "ONTBREEKT"
CHECK = "CONTROLEER"


def scalar(value: object) -> str:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, int):
        return str(value)
    text = yaml.safe_dump(str(value), allow_unicode=True, width=1_000_000).strip()
    return text.removesuffix("...").strip()


def quoted(value: str) -> str:
    """Double quotes, as the format asks for a kenmerk ("2021/0123")."""
    return json.dumps(value, ensure_ascii=False)


def _comment(note: str) -> str:
    note = " ".join(note.split())
    return f"  # {note[:160] + '…' if len(note) > 160 else note}" if note else ""


def _quote(words: str) -> str:
    words = " ".join(words.split())
    return f"'{words[:90]}…'" if len(words) > 90 else f"'{words}'"


class _Lines:
    def __init__(self) -> None:
        self.lines: list[str] = []

    def add(self, text: str, note: str = "") -> None:
        self.lines.append(text + _comment(note))

    def fact(self, indent: str, key: str, fact: Fact, missing: str | None,
             render=scalar) -> None:
        """A guessed value with its evidence; an empty one with what to fill in.

        `missing` None: the field is optional and left out when not found.
        """
        if fact.value is not None:
            note = f"{GUESSED}: {_quote(fact.evidence)}"
            self.add(f"{indent}{key}: {render(fact.value)}",
                     f"{CHECK}: {fact.doubt}; {note}" if fact.doubt else note)
        elif missing is None:
            self.add(f"{indent}# {key}: niet gevonden in de brief (optioneel)")
        else:
            why = f" ({fact.doubt})" if fact.doubt else ""
            self.add(f"{indent}{key}:", f"{MISSING}: {missing}{why}")


def dossier_yaml(draft: Draft, schema_ref: str) -> str:
    f = draft.facts
    out = _Lines()
    out.add(f"# yaml-language-server: $schema={schema_ref}")
    out.add(f"# Concept gemaakt door woo importeer uit {draft.letter_name}.")
    out.add(f"# '# {GUESSED}': gelezen uit de brief, controleer. "
            f"'# {CHECK}': twijfelachtig. '# {MISSING}': vul in.")
    out.fact("", "title", f.title, "titel van het besluit niet gevonden (geen 'Onderwerp')")
    out.fact("", "organisation", f.organisation, "bestuursorgaan niet gevonden (ondertekening?)")
    out.fact("", "law", f.law, f"Wob of Woo? ({f.law.evidence or 'geen van beide genoemd'})")
    out.fact("", "reference", f.reference, None, render=quoted)
    out.fact("", "summary", f.summary, None)
    out.add("dates:")
    out.fact("  ", "received", f.received, "datum van ontvangst van het verzoek niet gevonden")
    out.fact("  ", "adjourned", f.adjourned, None)
    out.fact("  ", "decided", f.decided, "datum van het besluit niet gevonden (briefhoofd?)")
    if f.period_from.value and f.period_to.value:
        out.add("period:", f"{GUESSED}: {_quote(f.period_from.evidence)}")
        out.add(f"  from: {scalar(f.period_from.value)}")
        out.add(f"  to: {scalar(f.period_to.value)}")
    out.add("")
    out.add("items:", "" if draft.items else f"{MISSING}: geen genummerde onderdelen gevonden")
    for item in draft.items:
        _item(out, item)
    if draft.annexes:
        out.add("")
        out.add("annexes:")
        for annex in draft.annexes:
            out.add(f"  - file: {scalar(annex.file)}")
            from_file = annex.title_from != "PDF-metadata"
            note = f"{GUESSED}: uit {annex.title_from}" if from_file else ""
            out.add(f"    title: {scalar(annex.title)}", note)
    if draft.reuses:
        out.add("")
        out.add("reuses:", f"{GUESSED}: eerdere besluiten die de brief noemt")
        for match in draft.reuses:
            _reference(out, "  ", match)
    return "\n".join(out.lines) + "\n"


def _item(out: _Lines, item: DraftItem) -> None:
    out.add(f"  - item: {item.number}")
    if item.request is None:
        out.add("    request:", f"{MISSING}: onderdeel {item.number} niet gevonden in het verzoek")
    else:
        out.add(f"    request: {scalar(item.request)}")
    guess = item.guess
    if guess.outcome is None and guess.later:
        out.add("    outcome:", f"{CHECK}: {later_note(guess.later)}")
    elif guess.outcome is None:
        what = "uitkomst niet af te leiden uit " + (item.where or "de brief (geen antwoord)")
        out.add("    outcome:", f"{MISSING}: {what}")
    elif guess.clear:
        out.add(f"    outcome: {guess.outcome}", f"{GUESSED} uit {_quote(guess.because)}")
    else:
        doubts = [f"ook: {o} ({_quote(w)})" for o, w in guess.also]
        doubts += [f"een deel wordt later beslist ({_quote(guess.later)})"] if guess.later else []
        doubts += [guess.doubt] if guess.doubt else []
        out.add(f"    outcome: {guess.outcome}",
                f"{CHECK}: {GUESSED} uit {_quote(guess.because)}; {'; '.join(doubts)}")
    if item.answer:
        out.add(f"    answer: {scalar(item.answer)}", f"{GUESSED}: zin uit de brief")
    for key, values in (("grounds", item.grounds), ("documents", item.documents)):
        if values:
            out.add(f"    {key}: [{', '.join(quoted(v) for v in values)}]", GUESSED)
    if item.reuses:
        out.add("    reuses:")
        for match in item.reuses:
            _reference(out, "      ", match)
    if item.links:
        out.add("    links:")
        for match in item.links:
            out.add(f"      - title: {scalar(match.title)}", f"{GUESSED}: {match.why}")
            out.add(f"        url: {scalar(match.url)}")


def _reference(out: _Lines, indent: str, match: Match) -> None:
    if match.slug:
        out.add(f"{indent}- {match.slug}", f"{GUESSED}: {match.why}" if match.why else GUESSED)
    else:
        out.add(f"{indent}- title: {scalar(match.title)}", f"{GUESSED}: {match.why}")
        out.add(f"{indent}  url: {scalar(match.url)}")
