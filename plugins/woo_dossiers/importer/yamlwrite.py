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

from ..messages.said import Said
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

    def fact(self, indent: str, key: str, fact: Fact, missing: Said | None,
             render=scalar) -> None:
        """A guessed value with its evidence; an empty one with what to fill in.

        `missing` None: the field is optional and left out when not found.
        """
        if fact.value is not None:
            note = f"{GUESSED}: {_quote(fact.evidence)}"
            self.add(f"{indent}{key}: {render(fact.value)}",
                     f"{CHECK}: {fact.doubt}; {note}" if fact.doubt else note)
        elif missing is None:
            self.add(f"{indent}# {Said('yml-optional', key=key)}")
        else:
            why = f" ({fact.doubt})" if fact.doubt else ""
            self.add(f"{indent}{key}:", f"{MISSING}: {missing}{why}")


def dossier_yaml(draft: Draft, schema_ref: str) -> str:
    f = draft.facts
    out = _Lines()
    out.add(f"# yaml-language-server: $schema={schema_ref}")
    out.add(f"# {Said('yml-made-by', letter=draft.letter_name)}")
    out.add(f"# {Said('yml-legend', guessed=GUESSED, check=CHECK, missing=MISSING)}")
    out.fact("", "title", f.title, Said("yml-no-title"))
    out.fact("", "organisation", f.organisation, Said("yml-no-organisation"))
    out.fact("", "law", f.law, Said("yml-no-law", evidence=f.law.evidence) if f.law.evidence
             else Said("yml-no-law-named"))
    out.fact("", "reference", f.reference, None, render=quoted)
    out.fact("", "summary", f.summary, None)
    out.add("dates:")
    out.fact("  ", "received", f.received, Said("yml-no-received"))
    out.fact("  ", "adjourned", f.adjourned, None)
    out.fact("  ", "decided", f.decided, Said("yml-no-decided"))
    if f.period_from.value and f.period_to.value:
        out.add("period:", f"{GUESSED}: {_quote(f.period_from.evidence)}")
        out.add(f"  from: {scalar(f.period_from.value)}")
        out.add(f"  to: {scalar(f.period_to.value)}")
    out.add("")
    out.add("items:", "" if draft.items else f"{MISSING}: {Said('yml-no-items')}")
    for item in draft.items:
        _item(out, item)
    if draft.annexes:
        out.add("")
        out.add("annexes:")
        for annex in draft.annexes:
            out.add(f"  - file: {scalar(annex.file)}")
            from_file = annex.title_from != "metadata"
            note = f"{GUESSED}: {Said('yml-annex-title', source=annex.title_from)}" if from_file \
                else ""
            out.add(f"    title: {scalar(annex.title)}", note)
    if draft.reuses:
        out.add("")
        out.add("reuses:", f"{GUESSED}: {Said('yml-reuses')}")
        for match in draft.reuses:
            _reference(out, "  ", match)
    return "\n".join(out.lines) + "\n"


def _item(out: _Lines, item: DraftItem) -> None:
    out.add(f"  - item: {item.number}")
    if item.request is None:
        out.add("    request:", f"{MISSING}: {Said('yml-no-request', number=item.number)}")
    else:
        out.add(f"    request: {scalar(item.request)}")
    guess = item.guess
    if guess.outcome is None and guess.later:
        out.add("    outcome:", f"{CHECK}: {later_note(guess.later)}")
    elif guess.outcome is None:
        what = next((note for note in item.missing if note.code == "draft-table-may-continue"),
                    Said("yml-outcome-unclear", where=item.where) if item.where
                    else Said("yml-outcome-no-answer"))
        out.add("    outcome:", f"{MISSING}: {what}")
    elif guess.clear:
        out.add(f"    outcome: {guess.outcome}",
                Said("yml-from", guessed=GUESSED, words=_quote(guess.because)))
    else:
        doubts = [Said("yml-also", outcome=o, words=_quote(w)) for o, w in guess.also]
        doubts += [Said("yml-partly-later", words=_quote(guess.later))] if guess.later else []
        doubts += [guess.doubt] if guess.doubt else []
        guessed = Said("yml-from", guessed=GUESSED, words=_quote(guess.because))
        out.add(f"    outcome: {guess.outcome}", f"{CHECK}: {guessed}; {'; '.join(doubts)}")
    if item.answer:
        said = Said("yml-answer-row" if item.from_table else "yml-answer")
        out.add(f"    answer: {scalar(item.answer)}", f"{GUESSED}: {said}")
    unread = next((note for note in item.missing if note.code == "draft-grounds-cell-unread"),
                  None)
    if unread:  # the letter gives a ground the import could not read: say which words
        out.add("    grounds:", f"{CHECK}: {unread}")
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
