"""Active content anywhere in a PDF's object tree: scripts, launch actions, attachments, XFA,
and (through links.py, in the same walk) links and actions that lead out of the annex.

A byte search for "/JavaScript" misses names written with hex escapes
(``/J#61vaScript``) and scripts inside compressed object streams; pypdf decodes
both, so we walk the parsed objects from the trailer instead.
"""

from __future__ import annotations

from pypdf import PdfReader
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, PdfObject

from .facts import Finding
from .links import link_findings, link_problems

# What each kind of active content is, in words, keyed by a short code.
_MAX_OBJECTS = 2_000_000  # the worker's time limit is the real guard; this only bounds memory


def active_content(reader: PdfReader) -> list[Finding]:
    found: set[str] = set()
    links: set[str] = set()
    seen: set[tuple[int, int]] = set()
    stack: list[PdfObject] = [reader.trailer]
    visited = 0
    while stack and visited < _MAX_OBJECTS:
        item = stack.pop()
        visited += 1
        if isinstance(item, IndirectObject):
            key = (item.idnum, item.generation)
            if key in seen:
                continue
            seen.add(key)
            try:
                item = item.get_object()
            except Exception:  # a dangling reference is damage, not active content
                continue
        if isinstance(item, DictionaryObject):
            found.update(_kinds_in(item))
            links.update(link_problems(item))
            stack.extend(item.values())
        elif isinstance(item, ArrayObject):
            stack.extend(item)
    return [
        Finding("active-content", "error", params={"kind": kind})
        for kind in sorted(found)
    ] + link_findings(links)


def _kinds_in(obj: DictionaryObject) -> set[str]:
    kinds: set[str] = set()
    keys = set(obj.keys())
    action = obj.get("/S")
    if "/JS" in keys or "/JavaScript" in keys or action == "/JavaScript":
        kinds.add("javascript")
    if action == "/Launch":
        kinds.add("launch")
    if "/AA" in keys:
        kinds.add("additional-actions")
    if "/OpenAction" in keys and _is_action(obj.get("/OpenAction")):
        kinds.add("open-action")
    if "/EmbeddedFiles" in keys or "/EF" in keys or obj.get("/Type") == "/EmbeddedFile":
        kinds.add("embedded-file")
    if obj.get("/Subtype") == "/FileAttachment":
        kinds.add("embedded-file")
    if "/XFA" in keys:
        kinds.add("xfa")
    return kinds


def _is_action(value: PdfObject | None) -> bool:
    """An /OpenAction that only says "show page 1" (a destination or GoTo) is harmless."""
    try:
        target = value.get_object() if value is not None else None
    except Exception:
        return False
    return isinstance(target, DictionaryObject) and target.get("/S") != "/GoTo"
