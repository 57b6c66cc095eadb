"""Cut the letter's lines into blocks: headings, "Ad" sections, paragraphs, list items.

PDF text has lines, not paragraphs. A paragraph ends at a vertical gap (layout
mode shows one as a blank line) or at a short line that ends a sentence and is
followed by a capital; a gap does not end it when the line before was cut off
mid-sentence. Everything before the salutation is the letterhead and the
requester's address: it is kept apart (for facts) and never published.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .dutch import NUMBER_LIST, numbers_in
from .joining import Joiner
from .tables import MARK, table_number

KNOWN_HEADINGS = {
    "uw verzoek", "het verzoek", "verzoek", "besluit", "mijn besluit", "het besluit",
    "bezwaar", "bezwaarclausule", "bezwaarmogelijkheid", "rechtsmiddelen",
    "behandeling van uw verzoek", "procedure", "verloop van de procedure", "wettelijk kader",
    "overwegingen", "motivering", "inventarisatie", "inventarisatie documenten",
    "inventarisatie van documenten", "zienswijze", "zienswijzen", "beoordeling",
    "openbaarmaking", "wijze van openbaarmaking", "plaatsing op internet", "publicatie",
    "bijlage", "bijlagen", "conclusie", "reikwijdte", "reikwijdte van uw verzoek", "termijn",
    "uitzonderingsgronden", "afweging", "afwegingen", "tot slot", "ten slotte", "inleiding",
    "reeds openbare documenten", "reeds openbare informatie", "beantwoording", "toelichting",
}  # fmt: skip

_SALUTATION = re.compile(r"^(geachte?|beste)\b", re.IGNORECASE)
# The words of a greeting that are no name: "Geachte mevrouw, geachte heer,",
# "Geachte heer/mevrouw", "Geachte dames en heren", "Geachte verzoeker".
# "Geacht college van burgemeester en wethouders" addresses a body, as a letter to a
# company does its board ("Geachte directie"): no name either.
_FORM = (r"(?:heer\s*/\s*mevrouw|mevrouw\s*/\s*heer|dames en heren|heer|mevrouw|meneer|mijnheer|"
         r"juffrouw|dames|heren|verzoeker|verzoekster|verzoekers|relatie|lezer|directie|bestuur|"
         r"college(?: van burgemeester en wethouders| van gedeputeerde staten)?)")
_FORM_SEPARATOR = r"(?:\s*[,/]\s*(?:(?:geachte?|beste)\s+)?|\s+(?:en|of)\s+)"
_SALUTATION_NAME = re.compile(
    rf"^(?P<greeting>(?:geachte?|beste)(?:\s+{_FORM}(?:{_FORM_SEPARATOR}{_FORM})*)?)(?![\w/])"
    r"[\s,]*(?P<name>.*?)[\s,]*$",
    re.IGNORECASE,
)
_CLOSING = re.compile(
    r"^(hoogachtend|met vriendelijke groet(en)?|met de meeste hoogachting|met hoogachting)\W*$",
    re.IGNORECASE,
)
AD = re.compile(
    rf"^(?:Ad|AD)\s+(?:(?:punt|punten|vraag|vragen|onderdeel|onderdelen)\s+)?({NUMBER_LIST})"
    r"(?![\d.,]\d)\s*[:.)]?(?:\s+(.*))?$"
)
_ITEM = re.compile(r"^[“\"„]?(\d{1,2})\s*[.)]\s+(.+)$")
_BULLET = re.compile(r"^[-–•▪·*]\s+(.+)$")
# "Artikel 5.1, tweede lid, onder e, van de Woo" heads the motivation of one ground (VWS, 2022).
_GROUND_HEADING = re.compile(r"^Artikel \d+(?:\.\d+)*(?:,? [\w ]+?)*,? van de (?:Woo|Wob)$")
_SENTENCE_END = re.compile(r"[.:;!?”\"’]\W*$")
_QUOTE_END = re.compile(r"[”\"»]\s*[.;,]*$")


@dataclass
class Block:
    kind: str  # heading | ad | para | item | bullet | closing | table
    text: str
    number: int | None = None  # item: its number; table: its index in tables.take_tables
    numbers: tuple[int, ...] = ()  # ad: the item numbers it answers
    list_id: int = 0  # item: items of one numbered list share it


@dataclass
class ParsedLetter:
    preamble: list[str]  # letterhead and address: used for facts, never published
    blocks: list[Block]
    salutation_found: bool
    name_removed: str | None = None  # a name taken out of the salutation
    unconfirmed_joins: list[str] = field(default_factory=list)


def parse(lines: list[str]) -> ParsedLetter:
    start = next((i for i, line in enumerate(lines) if _SALUTATION.match(line)), None)
    preamble, body = (lines[:start], lines[start:]) if start is not None else ([], lines)
    joiner = Joiner.for_lines(lines)
    builder = _Builder(body, joiner, _typical_length(body))
    name = builder.run()
    return ParsedLetter(preamble, builder.blocks, start is not None, name, joiner.unconfirmed)


def _typical_length(lines: list[str]) -> int:
    lengths = sorted(len(line) for line in lines if len(line) >= 20)
    return lengths[int(len(lengths) * 0.75)] if lengths else 70


class _Builder:
    def __init__(self, lines: list[str], joiner: Joiner, typical: int) -> None:
        self.lines = lines
        self.joiner = joiner
        self.typical = typical
        self.blocks: list[Block] = []
        self.current: Block | None = None
        self.last_line = ""  # the previous non-blank line, as read
        self.next_number: int | None = None  # the list item expected next, in a list
        self.list_id = 0

    def run(self) -> str | None:
        name = None
        index, gap = 0, False
        while index < len(self.lines):
            line = self.lines[index]
            index += 1
            if not line:
                gap = True
                continue
            if not self.blocks and self.current is None and _SALUTATION.match(line):
                line, name = _anonymous_salutation(line)
                self._start("para", line)
                self._flush()
            elif _CLOSING.match(line):
                index = self._closing(index - 1)
            else:
                self._line(line, gap, self._next_text(index))
            self.last_line = line
            gap = False
        self._flush()
        return name

    def _line(self, line: str, gap: bool, following: str) -> None:
        ended = gap or self.current is None or bool(_SENTENCE_END.search(self.last_line))
        ad = AD.match(line)
        item = _ITEM.match(line)
        table = table_number(line)
        if table is not None:
            self._end_list()
            self.blocks.append(Block("table", "", number=table))
        elif ad and numbers_in(ad.group(1)):
            self._end_list()
            self.blocks.append(Block("ad", "Ad " + ad.group(1), numbers=numbers_in(ad.group(1))))
            if ad.group(2):
                self._start("para", ad.group(2))
        elif item and int(item.group(1)) in (1, self.next_number):
            number = int(item.group(1))
            if number == 1:
                self.list_id += 1
            self._start("item", item.group(2), number=number, list_id=self.list_id)
            self.next_number = number + 1
        elif _BULLET.match(line) and self._bullet_here(ended):
            self._start("bullet", _BULLET.match(line).group(1))
        elif ended and _is_heading(line, following):
            self._end_list()
            self.blocks.append(Block("heading", line.rstrip(" :")))
        elif self.current is not None and not self._new_paragraph(line, gap):
            self.current.text = self.joiner.join(self.current.text, line)
        else:
            self._end_list()
            self._start("para", line)
        if self.current and self.current.kind == "item" and _QUOTE_END.search(self.current.text):
            self._end_list()  # the quoted request ends with its last item

    def _new_paragraph(self, line: str, gap: bool) -> bool:
        last = self.last_line
        starts_low = line[0].islower()
        cut_off = len(last) >= 0.85 * self.typical and not _SENTENCE_END.search(last)
        if self.current.kind == "item":
            if gap:
                return not (starts_low or not re.search(r"[;.?!:”]\W*$", last))
            return last.endswith(".") and self._short(last) and not starts_low
        if gap:
            return not (starts_low or cut_off)
        return bool(_SENTENCE_END.search(last)) and self._short(last) and not starts_low

    def _bullet_here(self, ended: bool) -> bool:
        # A dash that starts a wrapped line ("- kort samengevat -") is no bullet:
        # bullets follow a finished line, a short line ("bereikbaar via") or a bullet.
        kind = self.current.kind if self.current else None
        return ended or kind == "bullet" or self._short(self.last_line)

    def _short(self, line: str) -> bool:
        return len(line) < 0.8 * self.typical

    def _closing(self, index: int) -> int:
        """The closing words and the signature lines under them, as one block."""
        self._end_list()
        taken = [self.lines[index]]
        index += 1
        while index < len(self.lines) and len(taken) < 7:
            line = self.lines[index]
            # A body's name may be long ("Het college van burgemeester en wethouders van
            # de gemeente ...,"); a longer line without a comma is text again.
            too_long = len(line) > 100 or (len(line) > 60 and not line.endswith(","))
            if line and (too_long or AD.match(line) or line.lower() in KNOWN_HEADINGS):
                break
            if line:
                taken.append(line)
            index += 1
        self.blocks.append(Block("closing", "\n".join(taken)))
        return index

    def _next_text(self, index: int) -> str:
        return next((line for line in self.lines[index:] if line), "")

    def _start(self, kind: str, text: str, **extra: object) -> None:
        self._flush()
        self.current = Block(kind, text, **extra)

    def _flush(self) -> None:
        if self.current is not None:
            self.blocks.append(self.current)
            self.current = None

    def _end_list(self) -> None:
        self._flush()
        self.next_number = None


def _is_heading(line: str, following: str) -> bool:
    text = line.rstrip(" :")
    words = text.split()
    if _GROUND_HEADING.match(text):
        return True
    if not text or len(text) > 60 or len(words) > 8 or not text[0].isupper():
        return False
    if text[-1] in ".,;!?" or "http" in text or _SALUTATION.match(text) or _CLOSING.match(text):
        return False
    if text.lower() in KNOWN_HEADINGS:
        return True
    starts_new = bool(following) and (following[0].isupper() or following[0] in f"“\"{MARK}")
    return starts_new and len(words) <= 6 and not any(c.isdigit() for c in text)


def _anonymous_salutation(line: str) -> tuple[str, str | None]:
    """"Geachte heer Jansen," -> ("Geachte heer,", "Jansen"): the requester stays unnamed.
    "Geachte mevrouw, geachte heer," has no name and stays as it is."""
    match = _SALUTATION_NAME.match(line.strip())
    if not match or not match.group("name"):
        return line.rstrip(" ,") + ",", None
    greeting = match.group("greeting")
    if greeting.lower() in ("geachte", "geacht", "beste"):
        greeting += " heer, mevrouw"
    return f"{greeting},", match.group("name")
