"""Damage pypdf had to repair before it could read an annex.

pypdf reads a damaged file by guessing: it rebuilds a broken cross-reference
table by scanning the bytes, stops at a loop, clamps an oversized count.
Another viewer may guess differently and show other text than the build
checked, or nothing at all. pypdf says when it repairs through its logger
(``pypdf._reader``, one warning per repair), so we listen to that logger
while a reader of our own parses the file, and keep only the warnings that
mean a repair: benign oddities must never raise an alarm, because a warning
stops a strict build and so a real publication.

Bookmarks are ours to check: pypdf only reads them when asked, so a loop
in /First or /Next is found by walking the outline with a visited set.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Iterator
from contextlib import contextmanager

from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject, PdfObject

from .facts import Finding

# What each kind of damage is, in words, in the order the message names them.
# The kinds of damage, each worded in messages/annex.py (DAMAGE).
# pypdf's warnings (the unformatted templates, as in pypdf/_reader.py) that mean a repair.
# Left out on purpose: oddities pypdf reads the way every viewer does (/Prev 0, extra
# %%EOF markers, "startxref 123" on one line), and "parsing for Object Streams", which
# every rebuild logs after the warning that names its cause.
REPAIRS = {
    "Circular xref chain detected at offset %(startxref)d, stopping": "xref-loop",
    "incorrect startxref pointer(%(xref_issue_nr)d)": "startxref",
    "Negative startxref pointer (%(startxref)d), treating it as zero.": "startxref",
    "found startxref pointing to a previous revision after a corrupt one": "startxref",
    "Invalid/Truncated xref table. Rebuilding it.": "xref",
    "Invalid parent xref., rebuild xref": "xref",
    "entry %(num)d in Xref table invalid; object not found": "xref",
    "entry %(num)d in Xref table invalid but object found": "xref",
    "Ignoring wrong pointing object %(id)d %(gen)d (offset %(offset)d)": "xref",
    "Object ID %(idnum)d,%(generation)d ref repaired": "xref",
    "Object %(idnum)d %(generation)d found": "xref",
    "Cross-reference stream encodes no entry data.": "xref-stream",
    "Negative XRef count %(count)d, using 0.": "xref-stream",
    "Clamping XRef count from %(old_count)d to %(new_count)d to fit stream size.": "xref-stream",
    "XRef object at %(xref_stm)d can not be read, some object may be missing": "xref-stream",
    "Previous trailer cannot be read: %(args)s": "xref-stream",
    'Cannot find "/Root" key in trailer': "catalog",
    "Invalid Root object in trailer": "catalog",
    'Searching object with "/Catalog" key': "catalog",
    "Possible root found at %(root_ref)r, but missing /Catalog key": "catalog",
}
_MAX_BOOKMARKS = 100_000  # far more than any real document; bounds the walk, not the check


def damage(data: bytes) -> list[Finding]:
    """One warning naming every repair pypdf needed to read `data`; none for an intact file.

    For a file read on its own; examine.py listens while it reads the file anyway
    (`pypdf_repairs` around its reader, then `damage_findings`).
    """
    with pypdf_repairs() as records:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted:
            reader.decrypt("")  # only files that open without a password get here
        return damage_findings(reader, records)


def damage_findings(reader: PdfReader, records: list[logging.LogRecord]) -> list[Finding]:
    """The warning for the repairs in `records`, logged while `reader` read the file, and
    for a loop in its bookmarks. Call it inside `pypdf_repairs`: resolving the bookmarks
    can need a repair of its own."""
    loop = has_outline_loop(reader.root_object)
    kinds = {REPAIRS[r.msg] for r in records if r.name == "pypdf._reader" and r.msg in REPAIRS}
    if loop:
        kinds.add("outline-loop")
    if not kinds:
        return []
    return [Finding("damaged", "warning", params={"kinds": sorted(kinds)})]


@contextmanager
def pypdf_repairs() -> Iterator[list[logging.LogRecord]]:
    """pypdf's warning records while the block runs, kept from any other handler.

    The worker silences the "pypdf" logger (level CRITICAL); we lower its level only
    for the block and stop propagation, so nothing reaches the build's log.
    """
    records: list[logging.LogRecord] = []
    handler = _Keep(records)
    logger = logging.getLogger("pypdf")
    level, propagate = logger.level, logger.propagate
    logger.setLevel(logging.WARNING)
    logger.propagate = False
    logger.addHandler(handler)
    try:
        yield records
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
        logger.propagate = propagate


class _Keep(logging.Handler):
    def __init__(self, records: list[logging.LogRecord]) -> None:
        super().__init__(logging.WARNING)
        self.records = records

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def has_outline_loop(root: DictionaryObject) -> bool:
    """Whether following /First and /Next reaches a bookmark twice.

    A tree never reaches a node twice; /Parent, /Prev and /Last point back by
    design, so only the two downward links are followed.
    """
    return any(seen_before for _owner, _key, seen_before in _outline_links(root))


def break_outline_loops(root: DictionaryObject) -> int:
    """Cut every /First or /Next link that leads back to a bookmark already reached.

    Used by clean.py before rewriting: the bookmarks stay, the loop goes.
    Returns how many links were cut.
    """
    cuts = [(owner, key) for owner, key, seen_before in _outline_links(root) if seen_before]
    for owner, key in cuts:
        del owner[key]
    return len(cuts)


def _outline_links(root: DictionaryObject) -> Iterator[tuple[DictionaryObject, str, bool]]:
    """Every /First and /Next link in the outline: (owner, key, leads to a bookmark seen before)."""
    start = root.raw_get("/Outlines") if "/Outlines" in root else None
    outlines = _resolve(start)
    if not isinstance(outlines, DictionaryObject):
        return
    seen: set[tuple[int, int]] = set()
    if isinstance(start, IndirectObject):
        seen.add((start.idnum, start.generation))
    stack: list[DictionaryObject] = [outlines]
    visited = 0
    while stack and visited < _MAX_BOOKMARKS:
        owner = stack.pop()
        visited += 1
        for key in ("/First", "/Next"):
            if key not in owner:
                continue
            link = owner.raw_get(key)
            if isinstance(link, IndirectObject):
                if (link.idnum, link.generation) in seen:
                    yield owner, key, True
                    continue
                seen.add((link.idnum, link.generation))
            node = _resolve(link)
            if isinstance(node, DictionaryObject):
                yield owner, key, False
                stack.append(node)


def _resolve(value: PdfObject | None) -> PdfObject | None:
    try:
        return value.get_object() if value is not None else None
    except Exception:  # a dangling bookmark is not a loop; pypdf treats it as null
        return None
