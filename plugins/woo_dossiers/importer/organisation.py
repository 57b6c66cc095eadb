"""Who decided: the body named at the signature and in the letterhead, never the signer.

A decision is signed on behalf of a body: "De minister van Binnenlandse Zaken
en Koninkrijksrelaties, / namens deze, / De teamleider Juridische Zaken". The
body is what stands before "namens deze" (or after "namens"), or a line that
names a body ("Burgemeester en wethouders van Zwolle"). The lines under it
name the official who signed; a job title there is no body. The letterhead
("Ministerie van Financiën", "Gemeente Zwolle") confirms the body, or is used
when the signature names none, and then the draft says so.
"""

from __future__ import annotations

import re

from ..messages.said import Said
from .blocks import ParsedLetter

# On behalf of the body above: "namens deze", "namens dezen", "voor deze", "namens hem".
_ON_BEHALF = re.compile(r"^(?:namens|voor)\s+(?:deze|dezen|hem|haar|hen)\b\W*$", re.IGNORECASE)
# "namens de minister van ...," on one line: the body follows.
_ON_BEHALF_OF = re.compile(r"^(?:namens|voor)\s+((?:de|het)\s+\S.*?)[,.]?$", re.IGNORECASE)
_BODY = re.compile(
    r"^(?:(?:de|het)\s+)?(?:minister|staatssecretaris|college|burgemeester|gedeputeerde staten|"
    r"provinciale staten|dagelijks bestuur|algemeen bestuur|gemeenteraad|commissaris van de koning|"
    r"korpschef|raad van bestuur|bestuur van)\b",
    re.IGNORECASE,
)
# A signer's job title: what a letter by mistake could be read as its body.
# Up to two words may come before the title's own word: "senior juridisch adviseur",
# "coördinerend wetgevingsjurist" (tests/test_import_phrasings.py has real ones).
_ROLE = re.compile(
    r"^(?:(?:de|het)\s+)?(?:plv\.?\s+|plaatsvervangend\s+|waarnemend\s+|senior\s+)?"
    r"(?:[\wà-ÿ-]+\s+){0,2}?"
    r"[\wà-ÿ-]*(?:leider|hoofd|manager|directeur|directrice|adviseur|medewerker|secretaris|"
    r"coördinator|coordinator|jurist|functionaris|afdeling|voorzitter)\b",
    re.IGNORECASE,
)
_LETTERHEAD = re.compile(
    r"^(?:het\s+)?(?:Ministerie van|Gemeente|Provincie|Waterschap|Hoogheemraadschap|"
    r"Veiligheidsregio|Omgevingsdienst)\s+[A-Z'][^|]{1,80}$"
)
_NOT_MEANING = {"van", "voor", "en", "de", "het", "der", "gemeente", "ministerie", "provincie",
                "minister", "college", "burgemeester", "wethouders", "waterschap"}


def read_organisation(letter: ParsedLetter, pages: list[str]) -> tuple[str | None, str, Said | str]:
    """The deciding body (None: not found), the words it was read from, why to doubt it."""
    signature = _signature(letter)
    body, evidence = _body(signature)
    head = _letterhead(letter.preamble, pages)
    signer = next((line for line in signature if _is_role(line)), "")
    if body:
        if head and not _agree(body, head):
            return body, evidence, Said("fact-letterhead-differs", head=head)
        return body, evidence, ""
    not_body = Said("fact-signer-no-body", signer=signer) if signer else ""
    if head:
        if not_body:
            return head, head, Said("fact-body-from-letterhead-signer", signer=not_body)
        return head, head, Said("fact-body-from-letterhead")
    return None, signer, not_body


def _signature(letter: ParsedLetter) -> list[str]:
    """The lines under the closing words ("Hoogachtend,"), without blank ones.

    A letter without closing words may still end in "..., namens deze, ...", read
    as a paragraph: then its parts between commas, from the last paragraphs."""
    for block in letter.blocks:
        if block.kind == "closing":
            return [line.strip() for line in block.text.splitlines()[1:] if line.strip()]
    tail = " ".join(block.text for block in letter.blocks[-2:])
    if not re.search(r"\b(?:namens|voor)\s+(?:deze|dezen)\b", tail, re.IGNORECASE):
        return []
    parts = [part.strip() for part in re.split(r",\s*", " ".join(tail.split()))]
    return [part.rsplit(". ", 1)[-1] for part in parts if part]


def _body(lines: list[str]) -> tuple[str | None, str]:
    on_behalf = next((i for i, line in enumerate(lines) if _ON_BEHALF.match(line)), None)
    if on_behalf:  # the lines above "namens deze", which may wrap
        above = lines[max(0, on_behalf - 3) : on_behalf]
        start = next((i for i, line in enumerate(above) if _BODY.match(line)), 0)
        words = " ".join(above[start:])
        # Above "namens deze" stands the body; a job title or a name ("J. de Vries")
        # there is a layout we do not know, so nothing is read from it.
        if words and not _is_role(words) and not re.match(r"^[A-Z]\.", words):
            return _tidy(words), "\n".join(lines[: on_behalf + 1])
    for line in lines:
        match = _ON_BEHALF_OF.match(line)
        if match:
            return _tidy(match.group(1)), line
        if _BODY.match(line):
            return _tidy(line), line
    return None, ""


def _tidy(words: str) -> str:
    words = " ".join(words.split()).rstrip(" ,.")
    return words[:1].upper() + words[1:]


def _is_role(line: str) -> bool:
    """A title under the signature ("De teamleider Juridische Zaken"), not a person's name."""
    return bool(_ROLE.match(line)) and not _BODY.match(line)


def _letterhead(preamble: list[str], pages: list[str]) -> str | None:
    """ "Ministerie van Financiën", "Gemeente Zwolle": in the letterhead or the first page's top."""
    # The page as read keeps the letterhead's columns apart; the preamble has them joined.
    top = pages[0].splitlines()[:15] if pages else []
    for line in [*top, *preamble]:
        for part in re.split(r"\s{3,}|\s\|\s", line.replace("\u00a0", " ").strip()):
            if _LETTERHEAD.match(part.strip()):
                return part.strip().rstrip(" ,.")
    return None


def _agree(body: str, head: str) -> bool:
    """ "De staatssecretaris van Financiën" and "Ministerie van Financiën" name one place."""
    def meaning(text: str) -> set[str]:
        return {w for w in re.findall(r"[\wà-ÿ-]+", text.lower()) if w not in _NOT_MEANING}

    return bool(meaning(body) & meaning(head))
