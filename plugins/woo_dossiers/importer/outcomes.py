"""Guess an item's outcome from the wording of its answer, and the grounds it cites.

Only wording that is clear counts. When an answer matches more than one
outcome ("niet opgemaakt" and "ik verwijs naar"), the guess follows the order
of `SIGNALS` (the stronger claim first) and is marked for review; when nothing
matches, the outcome stays empty. The words and the order are in each
outcome's row of woo_dossiers/model/outcomes.py.

Two things are no outcome and are recognised here: an answer that leaves the
item to a later decision (no row fits: the outcome stays empty and the draft
says why), and wording that names an outcome without its reason ("ik beslis
niet op dit onderdeel"), which is guessed but always marked for review.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..messages.said import Said
from ..model.laws import LAWS, normalise_ground
from ..model.outcomes import OUTCOMES

# (outcome, pattern) in order of precedence.
SIGNALS: list[tuple[str, re.Pattern[str]]] = [
    (o.key, o.letter.pattern) for o in sorted(OUTCOMES.values(), key=lambda o: o.letter.precedence)
]


# "Hierover beslis ik in een later besluit", "neem ik een afzonderlijk besluit",
# "deelbesluit": the item is decided later, not in this letter. Not "nog geen
# besluit" (the subject's own decision, often why nothing is held) nor
# "aangehouden" (arrested, in a police letter).
DEFERRED = re.compile(
    r"\b(?:in|bij|met) een (?:later|latere|volgend|volgende|apart|aparte|afzonderlijk|"
    r"afzonderlijke|nader|nadere|separaat|separate|tweede|aanvullend|aanvullende) (?:\w+ )?"
    r"(?:besluit|beslissing)"
    r"|\b(?:later|nader|afzonderlijk|apart|separaat|aanvullend) (?:beslis|beslissen|besluit|"
    r"besluiten)\b"
    r"|\b(?:beslis|beslissen|besluit|besluiten) (?:ik|wij|we) (?:\w+ )?(?:later|nog|op een later)"
    r"|\bdeelbesluit|\bbesluit (?:hierover |daarover )?volgt\b"
)
# Wording that names an outcome but not why; the reason may point to another one.
WITHOUT_REASON = re.compile(r"\b(?:beslis|beslissen) (?:ik|wij|we) niet\b|\b(?:ik|wij|we) "
                            r"(?:beslis|beslissen) niet\b")


@dataclass(frozen=True)
class Guess:
    outcome: str | None
    because: str = ""  # the words that made the guess
    also: tuple[tuple[str, str], ...] = ()  # other outcomes the wording suggests, with words
    later: str = ""  # the words that leave (part of) the item to a later decision
    doubt: str = ""  # why the guess needs a look even though one outcome matched

    @property
    def clear(self) -> bool:
        return self.outcome is not None and not self.also and not self.later and not self.doubt


def guess_outcome(text: str) -> Guess:
    flat = " ".join(text.lower().split())
    deferred = DEFERRED.search(flat)
    later = deferred.group(0) if deferred else ""
    hits = []
    for outcome, pattern in SIGNALS:
        match = pattern.search(flat)
        if match and not (later and WITHOUT_REASON.fullmatch(match.group(0))):
            hits.append((outcome, match.group(0)))
    if not hits:
        return Guess(None, later=later)
    combined = _combined(hits)
    if combined:
        return Guess(combined[0], combined[1], (), later, combined[2])
    (outcome, words), *others = hits
    # Wording that goes with the main outcome is no doubt about it: "reeds
    # openbaar; ik verwijs u naar ..." and "deels openbaar; de rest niet openbaar".
    others = [hit for hit in others if hit[0] not in OUTCOMES[outcome].letter.goes_with]
    doubt = Said("outcome-without-reason") if WITHOUT_REASON.fullmatch(words) else ""
    return Guess(outcome, words, tuple(others), later, doubt)


def _combined(hits: list[tuple[str, str]]) -> tuple[str, str, Said] | None:
    """Outcomes whose wording together means another, read from the rows (`of_both`,
    `wins_over`) and always marked for review: disclosing and refusing in one answer
    ("164 documenten openbaar gemaakt en 171 geweigerd"), a request turned down
    because nothing was found ("afgewezen, omdat geen documenten zijn aangetroffen")."""
    found = dict(hits)
    for key, outcome in OUTCOMES.items():
        words = outcome.letter
        if words.of_both and key not in found and all(o in found for o in words.of_both):
            said = " … ".join(found[o] for o in words.of_both)
            return key, said, Said("outcome-both", outcomes=words.of_both, combined=key)
        for other, pattern in words.wins_over:
            if key in found and other in found and pattern.search(found[other]):
                return key, found[key], Said("outcome-wins-over", outcome=key, other=other,
                                             words=found[other])
    return None


# A table's decision cell is a label, not a sentence: "Openbaar", "Deels openbaar", "Reeds
# openbaar", each outcome's own label ("Openbaar gemaakt"), with or without "gemaakt".
_LABELS = {label: key for key, outcome in OUTCOMES.items()
           for label in (outcome.label.lower(), outcome.label.lower().removesuffix(" gemaakt"))}
_CELL_FILLER = re.compile(r"^(?:volledig|geheel|helemaal|wel)\s+")


def guess_cell(text: str) -> Guess:
    """The outcome a table's decision cell names: its label, else its wording."""
    flat = " ".join(text.lower().split()).strip(" .;:!")
    key = _LABELS.get(_CELL_FILLER.sub("", flat))
    return Guess(key, " ".join(text.split())) if key else guess_outcome(text)


def guess_cells(cells: list[str]) -> Guess:
    """One item's decision cells (a row each): one outcome when all say it, else marked for
    review with what the rows say together ("Openbaar" and "Niet openbaar": partly)."""
    read = [(cell, guess_cell(cell)) for cell in cells if cell.strip()]
    if len(read) == 1:
        return read[0][1]
    hits: dict[str, str] = {}
    for _, guess in read:
        for outcome, words in ((guess.outcome, guess.because), *guess.also):
            if outcome:
                hits.setdefault(outcome, words)
    later = next((guess.later for _, guess in read if guess.later), "")
    if not hits:
        return Guess(None, later=later)
    ordered = sorted(hits.items(), key=lambda hit: OUTCOMES[hit[0]].letter.precedence)
    unread = [cell for cell, guess in read if guess.outcome is None]
    doubt = Said("outcome-cell-unread", words=unread[0]) if unread else ""
    if len(ordered) == 1:
        (outcome, words), = ordered
        return Guess(outcome, words, (), later, doubt or next((g.doubt for _, g in read if g.doubt), ""))
    combined = _combined(ordered)
    if combined:
        return Guess(combined[0], combined[1], (), later, combined[2])
    (outcome, words), *others = ordered
    return Guess(outcome, words, tuple(others), later, doubt)


_ORDINAL = r"(?:eerste|tweede|derde|vierde|vijfde)"
_GROUND = re.compile(
    rf"\bartikel\s+(\d+(?:\.\d+)?)"
    rf"(?:\s*,?\s*(?:{_ORDINAL}\s+lid|lid\s+\d))?"
    rf"(?:\s*,?\s*(?:aanhef\s+en\s+)?(?:onder|sub)\s+([a-i](?:\s*(?:,|en|of)\s*[a-i])*)\b)?",
    re.IGNORECASE,
)
_SHORT_GROUND = re.compile(r"\b(\d{1,2}(?:\.\d){1,2}(?:\.|\s)?[a-i]?)\b")
# Short notations of the same ground, written out as `_GROUND` reads them: "art. 5.1" and a
# bare "5.1 lid 2 sub e" (a table's grounds column) are "artikel 5.1 ...".
_ABBREVIATED = re.compile(r"\bart\.?\s*(?=\d)", re.IGNORECASE)
_BARE = re.compile(rf"(?<!artikel )\b(\d{{1,2}}\.\d{{1,2}})(?=\s*,?\s*(?:lid\s+\d|{_ORDINAL}\s+lid))",
                   re.IGNORECASE)


def grounds_in(text: str, law: str | None) -> list[str]:
    """Legal grounds cited in `text`, as codes valid in the law (or either law when unknown)."""
    flat = _BARE.sub(r"artikel \1", _ABBREVIATED.sub("artikel ", " ".join(text.split())))
    valid = LAWS[law].grounds if law in LAWS else {**LAWS["Wob"].grounds, **LAWS["Woo"].grounds}
    found: list[str] = []
    for match in _GROUND.finditer(flat):
        base = match.group(0)
        letters = re.findall(r"\b[a-i]\b", match.group(2) or "")
        variants = [re.sub(r"(onder|sub)\s+.*$", f"onder {x}", base) for x in letters] or [base]
        for variant in variants:
            code = normalise_ground(variant.replace("artikel", ""))
            if code in valid and code not in found:
                found.append(code)
    for match in _SHORT_GROUND.finditer(flat):
        code = normalise_ground(match.group(1))
        if code in valid and code not in found:
            found.append(code)
    return found
