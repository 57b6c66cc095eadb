"""The decision letter: find its "Ad" answer sections and fit it into the dossier page.

By Dutch convention a letter answers the request item by item under headings
such as "Ad 6", "Ad 8 en 9" or "Ad 1 tot en met 5". We read the item numbers
from those headings, give each a stable anchor, and shift the letter's heading
levels so that it sits under the page's own "Besluit" heading.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model.dossier import AdSection

_HEADING = re.compile(r"^(#{1,6})[ \t]+(.+?)[ \t]*#*[ \t]*$")
_FENCE = re.compile(r"^[ \t]*(```|~~~)")
_AD = re.compile(r"^ad\b[ \t.:]*(.*)$", re.IGNORECASE)
_RANGE_WORDS = re.compile(r"\s*(?:tot\s+en\s+met|t/m|t\.m\.|–|—|-)\s*", re.IGNORECASE)
_NUMBER_OR_RANGE = re.compile(r"\d+|~")
_NOISE_WORDS = re.compile(r"\b(?:punt(?:en)?|onderde(?:el|len)|vra(?:ag|gen)|verzoek)\b", re.I)


@dataclass(frozen=True)
class Letter:
    sections: tuple[AdSection, ...]
    markdown: str  # headings shifted and "Ad" headings given their anchors


def ad_numbers(heading_rest: str) -> tuple[int, ...]:
    """Item numbers named after "Ad": "8 en 9" -> (8, 9); "1 tot en met 5" -> (1..5)."""
    text = _NOISE_WORDS.sub(" ", heading_rest)
    text = _RANGE_WORDS.sub("~", text)
    tokens = _NUMBER_OR_RANGE.findall(text)
    numbers: list[int] = []
    for index, token in enumerate(tokens):
        if token == "~":
            continue
        number = int(token)
        if index >= 2 and tokens[index - 1] == "~" and numbers:
            numbers.extend(range(numbers[-1] + 1, number + 1))
        else:
            numbers.append(number)
    return tuple(dict.fromkeys(numbers))


def anchor_for(heading: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", heading.lower()).strip("-")


def read_letter(markdown: str, top_level: int = 3) -> Letter:
    """Parse the "Ad" sections and return the letter ready to embed at `top_level`."""
    lines = markdown.splitlines()
    headings = _heading_lines(lines)
    shift = top_level - min((level for _, level, _ in headings), default=top_level)
    sections: list[AdSection] = []
    used: set[str] = set()
    for index, level, text in headings:
        new_level = min(6, level + shift)
        match = _AD.match(text)
        numbers = ad_numbers(match.group(1)) if match else ()
        if numbers:
            anchor = _unique(anchor_for(text), used)
            sections.append(AdSection(text, anchor, numbers, index + 1))
            lines[index] = f"{'#' * new_level} {text} {{#{anchor}}}"
        else:
            lines[index] = f"{'#' * new_level} {text}"
    return Letter(tuple(sections), "\n".join(lines) + "\n")


def _heading_lines(lines: list[str]) -> list[tuple[int, int, str]]:
    """(line index, level, text) of every ATX heading outside fenced code."""
    found = []
    in_fence = False
    for index, line in enumerate(lines):
        if _FENCE.match(line):
            in_fence = not in_fence
            continue
        match = None if in_fence else _HEADING.match(line)
        if match:
            found.append((index, len(match.group(1)), match.group(2)))
    return found


def _unique(anchor: str, used: set[str]) -> str:
    candidate, counter = anchor, 2
    while candidate in used:
        candidate, counter = f"{anchor}-{counter}", counter + 1
    used.add(candidate)
    return candidate
