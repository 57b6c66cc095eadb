"""Strip what pages add to a letter: repeated headers and footers, page numbers.

A line is page furniture when it sits at the same place among the top (or
bottom) lines of at least half of the pages: word for word, or differing only
in the page's own number ("Pagina 2 van 5"). A bare page number there goes too. Body
text does not repeat like that; "Ad 2" at the foot of one page and "Ad 3" at
the head of the next are different lines in different zones.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field

ZONE = 4  # lines at the top and bottom of a page where headers and footers live
_PAGE_NUMBER = re.compile(
    r"^(?:(?:pagina|blad|page|p\.)\s*)?[-–]?\s*\d{1,3}\s*[-–]?(?:\s*(?:van|/|of)\s*\d{1,3})?$",
    re.IGNORECASE,
)


@dataclass
class CleanPages:
    lines: list[str]  # the letter's lines in order; "" marks a vertical gap
    furniture: list[str] = field(default_factory=list)  # distinct removed lines, for the report


def is_page_number(line: str) -> bool:
    """"4", "- 4 -", "Pagina 2 van 5": a line that only numbers its page."""
    return bool(_PAGE_NUMBER.match(tidy(line)))


def tidy(line: str) -> str:
    """One line without layout padding: no-break spaces, tabs and runs of spaces collapsed."""
    line = line.replace("\u00a0", " ").replace("\t", " ")
    return re.sub(r" {2,}", " ", line).strip()


def _keys(line: str, page_number: int) -> set[str]:
    """The line as written and, when it holds the page's number, with that number masked."""
    text = tidy(line).lower()
    keys = {text}
    if str(page_number) in re.findall(r"\d+", text):
        keys.add(re.sub(rf"(?<!\d){page_number}(?!\d)", "#", text))
    return keys


def _zones(lines: list[str]) -> dict[int, tuple[str, int]]:
    """Line index -> (zone, place from the page's edge) for the top and bottom lines."""
    filled = [i for i, line in enumerate(lines) if line.strip()]
    zones = {index: ("bottom", place) for place, index in enumerate(reversed(filled[-ZONE:]))}
    zones.update({index: ("top", place) for place, index in enumerate(filled[:ZONE])})
    return zones


def strip_furniture(pages: list[str]) -> CleanPages:
    split = [page.splitlines() for page in pages]
    counts: dict[tuple[str, int, str], int] = {}
    for number, lines in enumerate(split, start=1):
        seen = {(*where, key) for index, where in _zones(lines).items()
                for key in _keys(lines[index], number)}
        for entry in seen:
            counts[entry] = counts.get(entry, 0) + 1
    needed = max(2, math.ceil(len(pages) / 2))

    out: list[str] = []
    removed: dict[str, str] = {}  # masked digits -> the first such line, for the report
    for number, lines in enumerate(split, start=1):
        zones = _zones(lines)
        kept = []
        for index, line in enumerate(lines):
            text = tidy(line)
            where = zones.get(index)
            repeated = where and any(
                counts.get((*where, key), 0) >= needed for key in _keys(line, number)
            )
            if repeated or (where and _PAGE_NUMBER.match(text)):
                removed.setdefault(re.sub(r"\d+", "#", text), text)
                continue
            kept.append(text)
        while kept and not kept[0]:
            kept.pop(0)
        while kept and not kept[-1]:
            kept.pop()
        # A page break is no paragraph break: sentences run on to the next page.
        out.extend(kept)
    return CleanPages(_single_blanks(out), list(removed.values()))


def _single_blanks(lines: list[str]) -> list[str]:
    out: list[str] = []
    for line in lines:
        if line or (out and out[-1]):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return out


def text_lines(text: str) -> CleanPages:
    """Already extracted text (such as the seed letter): only tidy the lines."""
    return CleanPages(_single_blanks([tidy(line) for line in text.splitlines()]))
