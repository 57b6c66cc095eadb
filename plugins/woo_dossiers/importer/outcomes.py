"""Guess an item's outcome from the wording of its answer, and the grounds it cites.

Only wording that is clear counts. When an answer matches more than one
outcome ("niet opgemaakt" and "ik verwijs naar"), the guess follows the order
of `SIGNALS` (the stronger claim first) and is marked for review; when nothing
matches, the outcome stays empty. The words and the order are in each
outcome's row of woo_dossiers/model/outcomes.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model.laws import LAWS, normalise_ground
from ..model.outcomes import OUTCOMES

# (outcome, pattern) in order of precedence.
SIGNALS: list[tuple[str, re.Pattern[str]]] = [
    (o.key, o.letter.pattern) for o in sorted(OUTCOMES.values(), key=lambda o: o.letter.precedence)
]


@dataclass(frozen=True)
class Guess:
    outcome: str | None
    because: str = ""  # the words that made the guess
    also: tuple[tuple[str, str], ...] = ()  # other outcomes the wording suggests, with words

    @property
    def clear(self) -> bool:
        return self.outcome is not None and not self.also


def guess_outcome(text: str) -> Guess:
    flat = " ".join(text.lower().split())
    hits = []
    for outcome, pattern in SIGNALS:
        match = pattern.search(flat)
        if match:
            hits.append((outcome, match.group(0)))
    if not hits:
        return Guess(None)
    (outcome, words), *others = hits
    # Wording that goes with the main outcome is no doubt about it: "reeds
    # openbaar; ik verwijs u naar ..." and "deels openbaar; de rest niet openbaar".
    others = [hit for hit in others if hit[0] not in OUTCOMES[outcome].letter.goes_with]
    return Guess(outcome, words, tuple(others))


_ORDINAL = r"(?:eerste|tweede|derde|vierde|vijfde)"
_GROUND = re.compile(
    rf"\bartikel\s+(\d+(?:\.\d+)?)"
    rf"(?:\s*,?\s*(?:{_ORDINAL}\s+lid|lid\s+\d))?"
    rf"(?:\s*,?\s*(?:aanhef\s+en\s+)?(?:onder|sub)\s+([a-i](?:\s*(?:,|en|of)\s*[a-i])*)\b)?",
    re.IGNORECASE,
)
_SHORT_GROUND = re.compile(r"\b(\d{1,2}(?:\.\d){1,2}(?:\.|\s)?[a-i]?)\b")


def grounds_in(text: str, law: str | None) -> list[str]:
    """Legal grounds cited in `text`, as codes valid in the law (or either law when unknown)."""
    flat = " ".join(text.split())
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
