"""Can a page hide text under a filled shape? A cheap, conservative answer from its bytes.

Following every drawing operator in Python (redaction.py) makes text extraction
markedly slower, and most annex pages are plain text: no path is filled after
any text is drawn, so nothing can lie under a box. We decide that from the
decoded content-stream bytes with a few regular expressions and follow the
operators only when the answer is "maybe".

Every doubt answers "maybe". The lexer mirrors how pypdf reads a content
stream and only ever drops bytes pypdf cannot read as an operator: literal
strings, hex strings, comments and simple property dictionaries
(``<</MCID 3>>``). What it cannot lex with certainty (a string nested deeper
than one level, an unusual dictionary, an inline image, embedded stream data)
answers "maybe", and so does any form XObject with a fill anywhere in it.
Operators are over-reported, never missed: a stray ``f`` in odd syntax only
costs the slow path.
"""

from __future__ import annotations

import re

from pypdf import PageObject
from pypdf.generic import ContentStream, DictionaryObject

_WS = rb"\x00\t\n\x0c\r "  # pypdf's whitespace between tokens
# pypdf reads an operator from a letter or quote up to whitespace or a delimiter, so
# an operator never starts right after a letter or quote, and ends before one of these.
_END = rb"(?=[\x00\s()<>\[\]{}/%]|\Z)"

# Possessive quantifiers: each token has one way to match, so a failed match never
# backtracks (no catastrophic cases on hostile bytes).
_STRING = rb"\((?:[^()\\]++|\\.|\((?:[^()\\]++|\\.)*+\))*+\)"  # at most one level of nesting
_HEX = rb"<[0-9A-Fa-f" + _WS + rb"]*+>"
_NAME = rb"/[^\s()<>\[\]{}/%]*+"
_NUMBER = rb"[+\-.0-9]++"
_W = rb"[" + _WS + rb"]*+"
_ARRAY = rb"\[(?:[" + _WS + rb"]++|" + _NAME + rb"|" + _NUMBER + rb")*+\]"
_VALUE = rb"(?:" + b"|".join([_NAME, _NUMBER, _STRING, _HEX, _ARRAY]) + rb")"
_DICT = rb"<<" + _W + rb"(?:" + _NAME + _W + _VALUE + _W + rb")*+>>"
_SKIP = re.compile(b"|".join([_STRING, _DICT, _HEX, rb"%[^\r\n]*"]), re.S)

# pypdf reads "fals" plus any byte as false: that can swallow a parenthesis.
_FALS = re.compile(rb"fals(?!e)")

# An operator: not right after a letter or quote, and followed by _END. Each pattern
# starts with a literal or one character set and looks back only after it, so the
# regex engine can scan for that first byte quickly (a leading look-behind is ~20x slower).
_L1 = rb"(?<![A-Za-z'\"].)"  # after the operator's first byte
_L2 = rb"(?<![A-Za-z'\"]..)"  # after its second byte
_INLINE_IMAGE = re.compile(rb"BI" + _L2 + _END)
_FILLS = [re.compile(rb"f" + _L1 + rb"\*?" + _END), re.compile(rb"F" + _L1 + _END),
          re.compile(rb"B" + _L1 + rb"\*?" + _END), re.compile(rb"b" + _L1 + rb"\*?" + _END)]
_DO = re.compile(rb"Do" + _L2 + _END)
_TEXT = [re.compile(rb"T[jJ]" + _L2 + _END), _DO, re.compile(rb"'" + _L1 + _END),
         re.compile(rb'"' + _L1 + _END)]
_MAX_FORMS = 64


def needs_tracked_scan(page: PageObject) -> bool:
    """False only if no text on this page can be under a shape filled after it.

    A page that shows no text at all also takes the tracked scan: plain extraction
    would not even parse its stream, and we keep reporting a stream that cannot be
    parsed as damage (such pages are rare: blank pages and pure drawings; a scan
    draws its image with Do, which counts as text because forms can hold text).
    """
    try:
        try:
            contents = page["/Contents"].get_object()
        except KeyError:
            return False  # no content: no text and no shapes (and nothing to parse)
        data = ContentStream(contents, page.pdf, "bytes").get_data()
        code = _code(data)
        if code is None:
            return True
        first_text = min((m.start() for p in _TEXT if (m := p.search(code))), default=None)
        if first_text is None:
            return True
        if _fills(code, first_text):
            return True  # a fill after some text (its shape decides: the tracked scan)
        return _DO.search(code) is not None and _forms_may_fill(page, set(), [_MAX_FORMS])
    except MemoryError:
        raise
    except Exception:  # anything unreadable: let the tracked scan meet it
        return True


def _code(data: bytes) -> bytes | None:
    """The bytes in which operators can occur, or None if we cannot tell with certainty."""
    if _FALS.search(data):
        return None
    code = _SKIP.sub(b" ", data)
    # Left in the code after skipping, these mean we lost track of where strings and
    # dictionaries end: a '(' or '<' we could not match, stream data after a
    # dictionary, an inline image (binary data follows).
    if b"(" in code or b"<" in code or b"stream" in code or _INLINE_IMAGE.search(code):
        return None
    return code


def _fills(code: bytes, start: int = 0) -> bool:
    return any(pattern.search(code, start) for pattern in _FILLS)


def _forms_may_fill(owner: DictionaryObject, seen: set[int], budget: list[int]) -> bool:
    """Could any form XObject `owner` can draw (and the forms they draw) fill a shape?"""
    resources = owner.get_inherited("/Resources", None)
    if resources is None:
        return False
    xobjects = resources.get_object().get("/XObject")
    if xobjects is None:
        return False
    for reference in xobjects.get_object().values():
        xobject = reference.get_object()
        if xobject.get("/Subtype") == "/Image" or id(xobject) in seen:
            continue
        seen.add(id(xobject))
        budget[0] -= 1
        if budget[0] < 0:
            return True
        code = _code(xobject.get_data())
        if code is None or _fills(code):
            return True
        if _DO.search(code) and _forms_may_fill(xobject, seen, budget):
            return True
    return False
