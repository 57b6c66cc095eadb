"""What the index writer makes of one doc before it meets the others: its excerpt parts and
its terms (tf, the part where each occurs most, derived keys), all from the doc alone.

Apart from the writer so that a bundle written again can take a doc's analysis from its
last writing (doc_cache.py) instead of tokenizing every page anew: one edited letter at
10,000 dossiers no longer costs the text of all the others.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from typing import NamedTuple

from .derived import add_derived
from .tokens import STOP_WORDS, tokens

PART_BYTES = 1024
EXCERPT_CUT = 20_000

TITLE_WEIGHT = 3


def doc_terms(texts: Sequence[str]) -> tuple[dict[str, int], dict[str, int], int]:
    """tf per term, the section where each term occurs most (first on a tie), doc length."""
    tf: dict[str, int] = {}
    best: dict[str, int] = {}
    best_count: dict[str, int] = {}
    length = 0
    for index, text in enumerate(texts):
        words = tokens(text)
        if not words:
            continue
        counts = Counter(words)
        # Popping ~100 stop words from the counts is cheaper than filtering every token.
        size = len(words)
        for stop in STOP_WORDS:
            size -= counts.pop(stop, 0)
        if not size:
            continue
        length += size
        if not tf:  # the common first section: no merging needed
            tf = dict(counts)
            best = dict.fromkeys(counts, index)
            best_count = tf.copy()
            continue
        for term, count in counts.items():
            seen = tf.get(term)
            if seen is None:
                tf[term] = count
                best[term] = index
                best_count[term] = count
            else:
                tf[term] = seen + count
                if count > best_count[term]:
                    best[term] = index
                    best_count[term] = count
    return tf, best, length


def collapse(text: str) -> str:
    return " ".join(text.split())


def split_parts(text: str) -> list[str]:
    """A section's text (collapsed) in parts of at most PART_BYTES UTF-8 bytes, cut at spaces
    (a word longer than that is cut at a character); no part for an empty text."""
    parts: list[str] = []
    current: list[str] = []
    size = 0
    for word in text.split(" "):
        raw = len(word.encode())
        while raw > PART_BYTES:  # a very long "word": cut it at a character boundary
            if current:
                parts.append(" ".join(current))
                current, size = [], 0
            head = word.encode()[:PART_BYTES].decode("utf-8", "ignore")
            parts.append(head)
            word = word[len(head):]
            raw = len(word.encode())
        if not word:
            continue
        if current and size + 1 + raw > PART_BYTES:
            parts.append(" ".join(current))
            current, size = [], 0
        size += raw + (1 if current else 0)
        current.append(word)
    if current:
        parts.append(" ".join(current))
    return parts


class Analysed(NamedTuple):
    """One doc as the writer indexes it."""

    parts: list[str]  # excerpt parts, in section order
    starts: list[int]  # the first part of each section
    tf: dict[str, int]  # per term (derived keys included): its weight in the doc
    best: dict[str, int]  # per term: the part where it occurs most
    length: int  # words counted (stop words not)


def analyse(title: str, texts: Sequence[str], facets: Sequence[str] = ()) -> Analysed:
    """A doc's parts and terms from its title, its sections' texts and its facets."""
    parts, counted, starts = _parts(texts)
    tf, best, length = doc_terms(counted)
    # A word in the title counts TITLE_WEIGHT times more: a dossier named after the words
    # searched comes before the overview pages that merely list it.
    for term in set(tokens(title)) - STOP_WORDS:
        tf[term] = tf.get(term, 0) + TITLE_WEIGHT
        best.setdefault(term, 0)
    add_derived(tf, best, facets)
    return Analysed(parts, starts, tf, best, length)


def _parts(texts: Sequence[str]) -> tuple[list[str], list[str], list[int]]:
    """(excerpt parts, the text counted for each part, first part of each section).

    A section's text beyond EXCERPT_CUT characters is in no part, but its words count
    for the section's last part."""
    parts: list[str] = []
    counted: list[str] = []
    starts: list[int] = []
    for text in texts:
        starts.append(len(parts))
        shown = collapse(text)
        pieces = split_parts(shown[:EXCERPT_CUT])
        parts += pieces
        counted += pieces
        if len(shown) > EXCERPT_CUT and pieces:
            counted[-1] += " " + shown[EXCERPT_CUT:]
    return parts, counted, starts
