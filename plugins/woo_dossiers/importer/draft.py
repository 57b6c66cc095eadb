"""Put the pieces together: the letter's pages -> a draft dossier (not yet written)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from ..messages.said import Said
from ..model.outcomes import OUTCOMES
from . import markdown
from .blocks import Block, ParsedLetter, parse
from .dutch import NUMBER_LIST, numbers_in
from .letter_facts import Facts, read_facts, sentences
from .outcomes import Guess, grounds_in, guess_cells, guess_outcome
from .pages import CleanPages, strip_furniture
from .references import Known, Match, is_decision_url, match_text, match_url, title_from_url
from .requests import request_items
from .tables import Row, Table, take_tables

_MENTION = re.compile(
    rf"\b(?:punt|punten|onderdeel|onderdelen|vraag|vragen|verzoekonderde(?:el|len))\s+({NUMBER_LIST})",
    re.IGNORECASE,
)
_ANTECEDENT = re.compile(r"\b(?:voornoemde|eerdere|genoemde|vorige|dat) besluit", re.IGNORECASE)
_ANNEX_MENTION = re.compile(r"\bbijlage\s+(\d+)", re.IGNORECASE)


def later_note(words: str) -> Said:
    """What the draft says of an item the letter leaves to a later decision: no outcome fits."""
    return Said("draft-later", words=words)


def _needs(guess: Guess, field: str) -> bool:
    """Whether the guessed outcome's row in outcomes.py needs the item field filled."""
    return guess.outcome is not None and OUTCOMES[guess.outcome].requires(field)


@dataclass
class DraftItem:
    number: int
    request: str | None
    guess: Guess
    where: str  # "Ad 8 en 9", or the sentence that answers it, or ""
    text: str = ""  # the answer's text in the letter
    answer: str | None = None  # a sentence from the letter, when no Ad section answers
    from_table: bool = False  # answered in a row of an answer table (tables.py)
    grounds_cell: str = ""  # the row's grounds cells as the letter has them
    grounds: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)
    reuses: list[Match] = field(default_factory=list)
    links: list[Match] = field(default_factory=list)
    notes: list[Said] = field(default_factory=list)  # what a person must check, for the report
    missing: list[Said] = field(default_factory=list)  # what must be filled in: the build fails


@dataclass
class DraftAnnex:
    source: Path
    file: str  # the name in the dossier folder
    title: str
    title_from: str  # "metadata" or "filename" (messages/importer.py: TITLE_SOURCES)


@dataclass
class Draft:
    letter_name: str
    facts: Facts
    items: list[DraftItem]
    annexes: list[DraftAnnex]
    reuses: list[Match]
    markdown: str
    parsed: ParsedLetter
    pages: CleanPages
    ad_sections: list[str]
    tables: list[Table]  # answer tables (tables.py)
    other_urls: list[str]  # cited URLs that belong to no item and to no earlier decision


def build_draft(
    pages: list[str], letter_name: str, annexes: list[DraftAnnex], known: list[Known]
) -> Draft:
    facts_pages = pages
    pages, tables = take_tables(pages)
    clean = strip_furniture(pages)
    letter = parse(clean.lines)
    for block in letter.blocks:
        if block.kind == "table":
            block.text = "\n".join(tables[block.number].lines())
    facts = read_facts(letter, facts_pages)
    requests = request_items(letter.blocks)
    sections = _sections(letter.blocks)
    mentions = _mentions(letter.blocks)
    rows = _rows(tables)

    all_urls = markdown.urls_in("\n".join(b.text for b in letter.blocks))
    decisions = [match_url(url, known) for url in all_urls if is_decision_url(url)]
    body = "\n".join(b.text for b in letter.blocks)
    reuses = _unique(decisions + match_text(body, known))
    antecedent = reuses[0] if reuses else None

    maybe = {n for table in tables for n in table.may_continue}
    numbers = sorted(set(requests) | {n for nums, _, _ in sections for n in nums} | set(mentions)
                     | set(rows) | maybe)
    items = []
    used_urls: set[str] = set()
    for number in numbers:
        item = _item(number, requests.get(number), sections, rows, mentions)
        if number in maybe and item.guess.outcome is None:
            item.missing.append(Said("draft-table-may-continue"))
        _fill(item, facts.law.value, annexes, known)
        if not item.reuses and antecedent and _ANTECEDENT.search(item.text):
            item.reuses.append(antecedent)
            item.notes.append(Said("draft-antecedent", target=_label(antecedent)))
        if _needs(item.guess, "links") and not (item.reuses or item.links):
            item.missing.append(Said("draft-needs-links", outcome=item.guess.outcome))
        used_urls.update(m.url for m in item.reuses + item.links if m.url)
        items.append(item)
    decision_urls = {m.url for m in reuses if m.url}
    other = [u for u in all_urls if u not in used_urls and u not in decision_urls]
    return Draft(
        letter_name, facts, items, annexes, reuses, markdown.render(letter.blocks), letter, clean,
        [b.text for b in letter.blocks if b.kind == "ad"], tables, other,
    )


def _label(match: Match) -> str:
    return match.slug or match.url or "?"


def _unique(matches: list[Match]) -> list[Match]:
    seen: set[str] = set()
    out = []
    for match in matches:
        key = match.slug or match.url or ""
        if key not in seen:
            seen.add(key)
            out.append(match)
    return out


def _sections(blocks: list[Block]) -> list[tuple[tuple[int, ...], str, str]]:
    """(numbers, heading, text) of each "Ad" section: the blocks up to the next heading."""
    found = []
    current: list | None = None
    for block in blocks:
        if block.kind == "ad":
            current = [block.numbers, block.text, []]
            found.append(current)
        elif block.kind in ("heading", "closing"):
            current = None
        elif current is not None:
            current[2].append(block.text)
    return [(nums, heading, "\n".join(texts)) for nums, heading, texts in found]


def _mentions(blocks: list[Block]) -> dict[int, tuple[str, str]]:
    """Items answered outside the "Ad" sections, in a sentence such as "De informatie die
    u vraagt onder de punten 1, 2 en 16 is reeds openbaar." -> number: (sentence, paragraph)."""
    found: dict[int, tuple[str, str]] = {}
    in_section = False
    for block in blocks:
        if block.kind in ("ad", "heading", "closing"):
            in_section = block.kind == "ad"
            continue
        if in_section or block.kind != "para":
            continue
        for sentence in sentences(" ".join(block.text.split())):
            mention = _MENTION.search(sentence)
            guess = guess_outcome(sentence) if mention else None
            if guess and (guess.outcome or guess.later):
                for number in numbers_in(mention.group(1)):
                    found.setdefault(number, (sentence, block.text))
    return found


def _rows(tables: list[Table]) -> dict[int, list[tuple[Table, Row]]]:
    """Item number -> the rows of answer tables that answer it."""
    found: dict[int, list[tuple[Table, Row]]] = {}
    for table in tables:
        for row in table.rows:
            for number in row.numbers:
                found.setdefault(number, []).append((table, row))
    return found


def _table_item(number: int, request: str | None, rows: list[tuple[Table, Row]]) -> DraftItem:
    """An item answered in a table: the outcome from its decision cells, the grounds from its
    grounds cells, the row (headed cells) as its answer."""
    guess = guess_cells([row.cells[table.decision] for table, row in rows])
    if any(row.unsure for _, row in rows) and guess.outcome and not guess.doubt:
        guess = Guess(guess.outcome, guess.because, guess.also, guess.later,
                      Said("outcome-row-wrapped"))
    where = " / ".join(row.text() for _, row in rows)
    text = "\n".join(
        " ".join([row.cells[table.decision]]
                 + ([row.cells[table.grounds]] if table.grounds is not None else []))
        for table, row in rows)
    lines = [line for table, row in rows
             for line, same in zip(table.lines(), table.rows, strict=True) if same is row]
    cells = " / ".join(row.cells[table.grounds] for table, row in rows
                       if table.grounds is not None and row.cells[table.grounds])
    return DraftItem(number, request, guess, where, text, " ".join(lines), from_table=True,
                     grounds_cell=cells)


def _item(number: int, request: str | None, sections, rows, mentions) -> DraftItem:
    section = next((s for s in sections if number in s[0]), None)
    if section:
        item = DraftItem(number, request, guess_outcome(section[2]), section[1], section[2])
        if number in rows:
            _compare(item, _table_item(number, request, rows[number]).guess)
        return item
    if number in rows:
        return _table_item(number, request, rows[number])
    if number in mentions:
        sentence, paragraph = mentions[number]
        return DraftItem(number, request, guess_outcome(sentence), sentence, paragraph, sentence)
    return DraftItem(number, request, Guess(None), "")


def _compare(item: DraftItem, table: Guess) -> None:
    """An item answered in an Ad section and in a table: a table that says otherwise is doubt."""
    if item.guess.outcome is None and not item.guess.later:
        item.guess = table
    elif table.outcome and table.outcome != item.guess.outcome:
        also = (*item.guess.also, (table.outcome, table.because))
        item.guess = Guess(item.guess.outcome, item.guess.because, also, item.guess.later,
                           item.guess.doubt)


def _fill(item: DraftItem, law: str | None, annexes: list[DraftAnnex], known: list[Known]) -> None:
    """What follows from the answer's text: notes, references, links, grounds, documents."""
    text = item.text
    if item.request is None:
        item.missing.append(Said("draft-request-missing"))
    guess = item.guess
    if guess.outcome is None and guess.later:
        item.missing.append(later_note(guess.later))
    elif guess.outcome is None:
        item.missing.append(Said("draft-outcome-unclear" if text else "draft-no-answer"))
    else:
        if guess.also:
            item.notes.append(Said("draft-also", alternatives=guess.also))
        if guess.later:
            item.notes.append(Said("draft-partly-later", words=guess.later))
        if guess.doubt:
            item.notes.append(Said("draft-doubt", doubt=guess.doubt, words=guess.because))
    for url in markdown.urls_in(text):
        if is_decision_url(url):
            item.reuses.append(match_url(url, known))
        else:
            item.links.append(Match(url, None, title_from_url(url), Said("ref-title-from-url")))
    grounds = grounds_in(text, law)
    if _needs(item.guess, "grounds"):
        item.grounds = grounds
        if not grounds:
            item.missing.append(Said("draft-grounds-cell-unread", words=item.grounds_cell)
                                if item.grounds_cell else Said("draft-no-grounds"))
    elif grounds:
        item.notes.append(Said("draft-grounds-unused", grounds=grounds,
                               outcome=item.guess.outcome or ""))
    if _needs(item.guess, "documents"):
        item.documents = _documents(text, annexes)
        if not item.documents:
            item.missing.append(Said("draft-no-documents"))


def _documents(text: str, annexes: list[DraftAnnex]) -> list[str]:
    """Annexes named in the answer ("bijlage 2") whose file name or title says the same."""
    found = []
    for number in _ANNEX_MENTION.findall(text):
        pattern = re.compile(rf"\bbijlage[\s_-]*{number}\b", re.IGNORECASE)
        for annex in annexes:
            named = pattern.search(annex.file) or pattern.search(annex.title)
            if named and annex.file not in found:
                found.append(annex.file)
    return found
