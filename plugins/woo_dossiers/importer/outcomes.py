"""Guess an item's outcome from the wording of its answer, and the grounds it cites.

Only wording that is clear counts. When an answer matches more than one
outcome ("niet opgemaakt" and "ik verwijs naar"), the guess follows the order
of `SIGNALS` (the stronger claim first) and is marked for review; when nothing
matches, the outcome stays empty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..laws import LAWS, normalise_ground

# (outcome, pattern) in order of precedence.
SIGNALS: list[tuple[str, re.Pattern[str]]] = [
    ("partly-disclosed", re.compile(r"\b(?:deels|gedeeltelijk|grotendeels) openbaar|\bgelakt\b")),
    ("refused", re.compile(
        r"\bniet openbaar\b|\bweiger|openbaarmaking (?:blijft|wordt) achterwege")),
    ("disclosed", re.compile(
        r"\b(?:wordt|worden)\b[^.]{0,60}\bopenbaar gemaakt\b(?!e)"
        r"|\bbesluit[^.]{0,60}openbaar te maken"
        r"|\b(?:maak ik|ik maak) (?![^.]{0,80}\b(?:niet|deels|gedeeltelijk)\b)"
        r"[^.]{0,80}openbaar\b")),
    ("forwarded", re.compile(r"\bdoorgezonden\b|\bdoorgestuurd\b|\bdoor te zenden\b")),
    ("out-of-scope", re.compile(
        r"\bvalt (?:niet )?buiten\b|\bgeen bestuurlijke aangelegenheid|"
        r"niet van toepassing op(?! reeds openbare)")),
    ("not-held", re.compile(
        r"\bgeen (?:\w+ )?documenten\b|niet aangetroffen|geen [^.]{0,40}aangetroffen|"
        r"niet (?:zijn |worden )?opgemaakt|niet beschikbaar|niet in (?:mijn |het )?bezit|"
        r"beschik(?:t|ken)? [^.]{0,30}niet over|\bbestaan niet\b|niet voorhanden|\bgeen sprake\b")),
    ("already-public", re.compile(
        r"\b(?:reeds|al|eerder) openbaar(?!e)|\bopenbaar beschikbaar\b|\bis al gepubliceerd")),
    ("referred", re.compile(r"\bverwijs\b|\bverwijzen\b|\bverwezen\b")),
]  # fmt: skip


_GOES_WITH = {
    "partly-disclosed": ("refused", "disclosed"),
    "already-public": ("referred", "out-of-scope"),  # "niet van toepassing op reeds openbare"
    "refused": ("out-of-scope",),
}


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
    others = [hit for hit in others if hit[0] not in _GOES_WITH.get(outcome, ())]
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
