"""Facts about the decision read from the letter's words: dates, organisation, law, ...

Each fact keeps the words it was read from, so that dossier.yml can show them
in a comment and a person can check them. What the letter does not say stays
None: a missing fact is reported, never made up.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..messages.said import Said
from .blocks import ParsedLetter
from .dutch import DATE, dates_in
from .organisation import read_organisation


@dataclass(frozen=True)
class Fact:
    value: Any = None  # None: not found
    evidence: str = ""  # the letter's words it was read from
    doubt: str = ""  # why a person should look twice, when there is a reason


@dataclass(frozen=True)
class Facts:
    title: Fact
    organisation: Fact
    law: Fact
    reference: Fact
    summary: Fact
    received: Fact
    adjourned: Fact
    decided: Fact
    period_from: Fact
    period_to: Fact


_LABEL = {
    "decided": re.compile(r"^(?:datum|date)\b\s*:?\s*(.*)$", re.IGNORECASE),
    "reference": re.compile(
        r"^(?:ons kenmerk|onze referentie|kenmerk|referentie|zaaknummer|ons nummer)\b\s*:?\s*(.*)$",
        re.IGNORECASE,
    ),
    "title": re.compile(r"^(?:onderwerp|betreft)\b\s*:?\s*(.*)$", re.IGNORECASE),
}
# "2021/0123", "202105166/1/A3", and a court's or body's letters before it: "ARN 20/4908".
_REFERENCE_VALUE = re.compile(r"^(?:[A-Z]{2,5} (?=\d))?[A-Za-z0-9][\w./-]*\d[\w./-]*")
_PLACE_DATE = re.compile(rf"^(?:[A-Z][\w'-]*(?: [A-Za-z][\w'-]*)*,\s*)?(?:{DATE.pattern})\.?$")
_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"(])")
_RECEIVED = re.compile(r"\b(ontvangen|ingekomen|binnengekomen|ontvangstdatum)\b", re.I)
_NOT_RECEIVED = re.compile(r"bevestig|verdaag|verdaging", re.I)
_REQUEST_OF = re.compile(
    rf"\b(?:uw|het)\s+(?:verzoek|brief|e-?mail|mail|verzoekschrift)\s+(?:van|d\.d\.|gedateerd)\s+"
    rf"(?:{DATE.pattern})",
    re.IGNORECASE,
)
# "dit Wob-verzoek is op 18 januari 2021 ... ingediend": the day it was made, not received.
_FILED = re.compile(r"\bingediend\b", re.I)
# "U heeft vóór 1 mei 2022 een verzoek ingediend" (VWS, 2022): a bound, not the day.
_BOUND = re.compile(r"\b(?:voor|vóór|na|sinds|vanaf|uiterlijk|tot)\s+$", re.I)
_ADJOURNED = re.compile(r"verdaag|verdaging|verdaagd|opgeschort", re.I)
_PERIOD = re.compile(
    rf"periode\s+(?:van(?:af)?\s+)?({DATE.pattern})\s+(?:tot\s+en\s+met|tot|t/m|–|-)\s+"
    rf"({DATE.pattern})",
    re.IGNORECASE,
)
_SUMMARY = re.compile(
    r"^(?:U\s+(?:vraagt|verzoekt)|Uw\s+verzoek\s+(?:betreft|gaat\s+over|ziet\s+op)|"
    r"In\s+uw\s+verzoek\s+vraagt\s+u)\b"
)
_LAWS = {
    "Wob": re.compile(r"\bWob\b|Wet openbaarheid van bestuur"),
    "Woo": re.compile(r"\bWoo\b|Wet open overheid"),
}


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE.split(" ".join(text.split())) if s.strip()]


def read_facts(letter: ParsedLetter, pages: list[str]) -> Facts:
    texts = [b.text for b in letter.blocks if b.kind in ("para", "item", "bullet")]
    body = "\n".join(texts)
    said = [sentence for text in texts for sentence in sentences(text)]
    labels = _labelled(letter.preamble, pages)
    period = _period(body)
    return Facts(
        title=labels.get("title", Fact()),
        organisation=Fact(*read_organisation(letter, pages)),
        law=_law(body),
        reference=labels.get("reference", Fact()),
        summary=next((Fact(s, s) for s in said if _is_summary(s)), Fact()),
        received=_received(said),
        adjourned=_first_date(s for s in said if _ADJOURNED.search(s)),
        decided=labels.get("decided") or _place_date(letter.preamble),
        period_from=period[0],
        period_to=period[1],
    )


def _is_summary(sentence: str) -> bool:
    """"U vraagt om documenten over ..." sums up the request; "U vraagt om:" only opens a list."""
    return bool(_SUMMARY.match(sentence)) and len(sentence.split()) >= 8 and sentence[-1] != ":"


def _segments(lines: list[str]) -> list[list[tuple[int, str]]]:
    """Each line as its column segments (layout mode separates columns by 3+ spaces)."""
    out = []
    for line in lines:
        line = line.replace("\u00a0", " ")
        runs = re.finditer(r"\S+(?: {1,2}\S+)*", line)
        out.append([(m.start(), m.group(0).strip()) for m in runs])
    return out


def _labelled(preamble: list[str], pages: list[str]) -> dict[str, Fact]:
    """Letterhead fields: "Datum 3 augustus 2021", "Ons kenmerk 2021/0123", "Onderwerp ..."."""
    found: dict[str, Fact] = {}
    for source in [preamble] + [page.splitlines() for page in pages]:
        rows = _segments(source)
        for row_index, row in enumerate(rows):
            for column, text in row:
                if re.match(r"^(uw|your)\b", text, re.IGNORECASE):
                    continue  # "Uw kenmerk", "Uw brief van": the requester's, not ours
                for name, label in _LABEL.items():
                    match = label.match(text)
                    if not match or name in found:
                        continue
                    value = match.group(1).strip()
                    evidence = text if value else f"{text} {_below(rows, row_index, column)}"
                    fact = _label_value(name, value or _below(rows, row_index, column), evidence)
                    if fact.value is not None:
                        found[name] = fact
    return found


def _below(rows: list[list[tuple[int, str]]], row_index: int, column: int) -> str:
    """The value written under a label, in the same column ("Datum" / "3 augustus 2021")."""
    for row in rows[row_index + 1 : row_index + 3]:
        for start, text in row:
            if abs(start - column) <= 3 or len(row) == 1:
                return text
    return ""


def _label_value(name: str, value: str, words: str) -> Fact:
    if name == "decided":
        found = dates_in(value)
        return Fact(found[0][0], words) if found else Fact()
    if name == "reference":
        match = _REFERENCE_VALUE.match(value)
        return Fact(match.group(0).rstrip("."), words) if match else Fact()
    return Fact(value, words) if len(value) >= 3 else Fact()


def _place_date(preamble: list[str]) -> Fact:
    """A date on its own line in the letterhead ("Den Haag, 27 juli 2021")."""
    for line in preamble:
        if _PLACE_DATE.match(line.strip()):
            return Fact(dates_in(line)[0][0], line.strip())
    return Fact()


def _first_date(candidates) -> Fact:
    for sentence in candidates:
        found = dates_in(sentence)
        if found:
            return Fact(found[0][0], sentence)
    return Fact()


def _received(said: list[str]) -> Fact:
    for sentence in said:
        word = _RECEIVED.search(sentence)
        found = list(DATE.finditer(sentence))
        if word and found and not _NOT_RECEIVED.search(sentence):
            # "Bij e-mail van 3 mei, door mij ontvangen op 4 mei": the date nearest the word
            nearest = min(found, key=lambda m: abs(m.start() - word.start()))
            return Fact(dates_in(nearest.group(0))[0][0], sentence)
    for sentence in said:
        match = _REQUEST_OF.search(sentence)
        if match:
            value = dates_in(match.group(0))[0][0]
            return Fact(value, sentence, Said("fact-request-date"))
    for sentence in said:
        found = dates_in(sentence)
        bound = [m for m in DATE.finditer(sentence) if _BOUND.search(sentence[: m.start()])]
        if _FILED.search(sentence) and "verzoek" in sentence.lower() and len(found) == 1 \
                and not bound:
            return Fact(found[0][0], sentence, Said("fact-filed-date"))
    return Fact()


def _period(body: str) -> tuple[Fact, Fact]:
    match = _PERIOD.search(" ".join(body.split()))
    if not match:
        return Fact(), Fact()
    start, end = dates_in(match.group(1)), dates_in(match.group(8))
    if not start or not end:
        return Fact(), Fact()
    return Fact(start[0][0], match.group(0)), Fact(end[0][0], match.group(0))


def _law(body: str) -> Fact:
    counts = {law: len(pattern.findall(body)) for law, pattern in _LAWS.items()}
    ranked = sorted(counts.items(), key=lambda pair: -pair[1])
    if ranked[0][1] == 0 or ranked[0][1] == ranked[1][1]:
        return Fact(None, Said("fact-laws", counts=counts))
    return Fact(ranked[0][0], Said("fact-law-counts", counts=counts))
