"""Dutch dates and item-number lists as letters write them."""

from __future__ import annotations

import re
from datetime import date

from ..source.letter import ad_numbers
from ..wording import dutch_list

MONTHS = {
    "januari": 1, "jan": 1, "februari": 2, "feb": 2, "febr": 2, "maart": 3, "mrt": 3,
    "april": 4, "apr": 4, "mei": 5, "juni": 6, "jun": 6, "juli": 7, "jul": 7,
    "augustus": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9, "oktober": 10,
    "okt": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}  # fmt: skip

_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
DATE = re.compile(
    rf"\b(\d{{1,2}})\s+({_MONTH_NAMES})\.?\s+(\d{{4}})\b|\b(\d{{1,2}})[-/.](\d{{1,2}})[-/.](\d{{4}})\b",
    re.IGNORECASE,
)

# "1, 2 en 3", "8 en 9", "1 tot en met 5", "1 t/m 5"
NUMBER_LIST = r"\d{1,3}(?:\s*(?:,|en|tot\s+en\s+met|t/m|t\.m\.|-|–)\s*\d{1,3})*"


def dates_in(text: str) -> list[tuple[date, str]]:
    """Every valid date in `text`, with the words it was written as."""
    found = []
    for match in DATE.finditer(text):
        if match.group(1):
            day, month, year = int(match.group(1)), MONTHS[match.group(2).lower()], match.group(3)
        else:
            day, month, year = int(match.group(4)), int(match.group(5)), match.group(6)
        try:
            found.append((date(int(year), month, day), match.group(0)))
        except ValueError:  # "31 februari": not a date, so not a fact
            continue
    return found


def numbers_in(text: str) -> tuple[int, ...]:
    """Item numbers in "1, 2, 3, 4, 5, 16 en 17" or "1 tot en met 5"."""
    return ad_numbers(text)


def number_label(numbers: tuple[int, ...]) -> str:
    return dutch_list([str(n) for n in numbers])
