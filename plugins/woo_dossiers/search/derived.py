"""Index entries derived from a doc's words: stems, compound parts and facets (FORMAT.md "Keys").

Each is a key of the same sorted term list as the words, ending in a marker character
below every letter, so it sorts right beside the word it comes from and a query finds
it in the chunk it reads anyway:

- `<stem>\\x01`: the docs of every word with that Dutch stem (vergunning, vergunningen);
- `<part>\\x02`: the docs of every compound that ends in <part> (toezicht in
  cameratoezicht), kept only when <part> is a word of the bundle itself;
- `<field>=<value>\\x03`: the docs of a dossier with that facet (year=2021, topic=...).

Writing them per doc keeps the writer's memory bounded like the words'; prune() drops,
per bucket of the finished list, what a query can find another way.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable

from .stemming import stem, stemmable

STEM = "\x01"
PART = "\x02"
FACET = "\x03"
MARKERS = (STEM, PART, FACET)
PART_MIN = 4  # a compound's part, and the head before it, have at least this many letters
COMPOUND_MIN = 2 * PART_MIN


def is_word(key: str) -> bool:
    """A word (or code) of the text rather than a derived key."""
    return key[-1] not in MARKERS


def facet_key(facet: str) -> str:
    """'year=2021' -> its key."""
    return facet + FACET


def add_derived(tf: dict[str, int], best: dict[str, int], facets: Iterable[str]) -> None:
    """Add the stem, part and facet keys of one doc to its tf and best-section counts."""
    counts: dict[str, int] = {}  # per derived key: the largest tf of a word behind it
    for term, count in list(tf.items()):
        if not stemmable(term):
            continue
        keys = [stem(term) + STEM]
        if len(term) >= COMPOUND_MIN:
            keys += [term[i:] + PART for i in range(PART_MIN, len(term) - PART_MIN + 1)]
        for key in keys:
            tf[key] = tf.get(key, 0) + count
            if count > counts.get(key, 0):  # its section: that of its most frequent word
                counts[key] = count
                best[key] = best[term]
    for facet in facets:
        tf[facet_key(facet)] = 1
        best[facet_key(facet)] = 0


def prune(bucket: dict[str, array]) -> None:
    """Drop a stem key that holds exactly its own word's postings (the query reads the word
    then) and a part that is not a word of the bundle."""
    for key in [k for k in bucket if not is_word(k)]:
        base = key[:-1]
        same = key[-1] == STEM and bucket.get(base) == bucket[key]
        if same or (key[-1] == PART and base not in bucket):
            del bucket[key]
