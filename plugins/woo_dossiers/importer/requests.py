"""The numbered request items: "1. Alle gegevensvelden ...", often inside a quotation."""

from __future__ import annotations

import re

from .blocks import Block

_EDGE_QUOTES = "“”„\"'‘’«» "


def request_items(blocks: list[Block]) -> dict[int, str]:
    """Item number -> what was asked, from the letter's list of the request.

    A letter may hold more than one numbered list (the decision itself is
    sometimes numbered too); the request is the list under a heading or
    sentence about the request, else the longest one.
    """
    lists: dict[int, list[tuple[int, Block]]] = {}
    for index, block in enumerate(blocks):
        if block.kind == "closing":
            break  # after the signature come annexes: the law's articles are numbered too
        if block.kind == "item":
            lists.setdefault(block.list_id, []).append((index, block))
    candidates = [entries for entries in lists.values() if len(entries) >= 2]
    if not candidates:
        return {}

    def about_request(entries: list[tuple[int, Block]]) -> bool:
        before = [b for b in blocks[: entries[0][0]] if b.kind in ("heading", "para")][-2:]
        return any("verzoek" in b.text.lower() or "vraagt" in b.text.lower() for b in before)

    chosen = max(candidates, key=lambda entries: (about_request(entries), len(entries)))
    return {block.number: clean_request(block.text) for _, block in chosen}


def clean_request(text: str) -> str:
    """Strip the list's punctuation: quotes, a trailing ";", "; en", "." or "?"."""
    text = text.strip(_EDGE_QUOTES)
    while True:
        shorter = re.sub(r"(?:[;,.]\s*(?:en|of)|[;,.:]|[”\"’])\s*$", "", text).strip(_EDGE_QUOTES)
        if shorter == text:
            return text
        text = shorter
