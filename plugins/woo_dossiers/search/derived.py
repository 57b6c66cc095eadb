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

import hashlib
import re
import sys
import zlib
from array import array
from collections.abc import Iterable, Iterator
from functools import cache, lru_cache
from itertools import chain
from pathlib import Path

from ..workfiles import remove, write_atomically
from .stemming import stem, stemmable
from .tokens import fold

STEM = "\x01"
PART = "\x02"
FACET = "\x03"
MARKERS = (STEM, PART, FACET)
PART_MIN = 4  # a compound's part, and the head before it, have at least this many letters
COMPOUND_MIN = 2 * PART_MIN
LEXICON = Path("/usr/share/dict/dutch")  # Debian's wdutch
LINKS = ("s", "en", "e")  # what may join a compound's head to its part
_PLAIN = re.compile(f"[a-z]{{{PART_MIN},}}")


_ASCII_LINE = re.compile(f"^[a-z]{{{PART_MIN},}}$", re.M)
_NON_ASCII = re.compile("[^\x00-\x7f]")


def _key(word: str) -> int:
    # Two 32-bit checksums stand for a word: half the memory of a set of strings (~30 MB for
    # the 350,000 words), fast, the same on every run; a rare collision only tries a split.
    raw = word.encode()
    return zlib.crc32(raw) << 32 | zlib.adler32(raw)


# Where the keys of the word list are kept between processes (keep_lexicon_in), if anywhere.
_kept: list[Path] = []


def keep_lexicon_in(path: Path) -> None:
    """Take the word list's keys from `path` (a file named by everything they depend on),
    written there by the first process that works them out: working them out from the word
    list costs 0.7 s CPU in every process that writes a bundle, reading them 0.1 s.
    Call before the first `lexicon()`; other `lexicon-*` files beside it are removed."""
    _kept[:] = [path]
    for other in path.parent.glob("lexicon-*.keys"):
        if other != path:
            remove(other)


@cache
def lexicon() -> frozenset[int]:
    """The Dutch words (folded, lower-case, 4+ letters) of the word list, as _key()s; empty
    without the list."""
    if _kept:
        kept = _read_keys(_kept[0])
        if kept is not None:
            return kept
    keys = _lexicon_keys()
    if _kept and keys:
        body = array("Q", sorted(keys)).tobytes()
        _kept[0].parent.mkdir(parents=True, exist_ok=True)
        write_atomically(_kept[0], lambda out: out.write(_checksum(body) + body))
    return keys


def _read_keys(path: Path) -> frozenset[int] | None:
    """The keys kept in `path`; None when it is missing or not as written (made again)."""
    try:
        data = path.read_bytes()
    except OSError:
        return None
    body = data[16:]
    if data[:16] != _checksum(body) or len(body) % 8:
        return None
    keys = array("Q")
    keys.frombytes(body)
    return frozenset(keys)


def _checksum(body: bytes) -> bytes:
    # The byte order is the machine's: a cache moved to another kind of machine is not used.
    return hashlib.blake2b(body + sys.byteorder.encode(), digest_size=16).digest()


def _lexicon_keys() -> frozenset[int]:
    try:
        text = LEXICON.read_text("utf-8")
    except OSError:
        return frozenset()
    # Generators all the way: no list of 400,000 strings is held at any time.
    plain = (m.group() for m in _ASCII_LINE.finditer(text))
    others = (w for w in map(fold, _non_ascii_lines(text)) if _PLAIN.fullmatch(w))
    return frozenset(map(_key, chain(plain, others)))


def _non_ascii_lines(text: str) -> Iterator[str]:
    """The lower-case lines of text with a character beyond ASCII (a few thousand of them)."""
    end = 0
    for m in _NON_ASCII.finditer(text):
        if m.start() < end:
            continue  # the line was taken already
        start = text.rfind("\n", 0, m.start()) + 1
        end = text.find("\n", m.start())
        end = len(text) if end < 0 else end
        if text[start:start + 1].islower():
            yield text[start:end]


def is_dutch(word: str) -> bool:
    return _key(word) in lexicon()


def lexicon_identity() -> str:
    """What the index depends on of the word list (a kept bundle is written again when it changes)."""
    try:
        info = LEXICON.stat()
    except OSError:
        return "none"
    return f"{LEXICON}:{info.st_size}:{info.st_mtime_ns}"


def _is_head(head: str) -> bool:
    return is_dutch(head) or any(head.endswith(link) and is_dutch(head[:-len(link)]) for link in LINKS)


def parts(term: str) -> list[str]:
    """The parts a compound may be found by (the head before each is a word, when we can tell)."""
    if len(term) < COMPOUND_MIN:
        return []
    cuts = range(PART_MIN, len(term) - PART_MIN + 1)
    if not lexicon():
        return [term[i:] for i in cuts]
    return [term[i:] for i in cuts if _is_head(term[:i])]


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
        for key in _word_keys(term):
            tf[key] = tf.get(key, 0) + count
            if count > counts.get(key, 0):  # its section: that of its most frequent word
                counts[key] = count
                best[key] = best[term]
    for facet in facets:
        tf[facet_key(facet)] = 1
        best[facet_key(facet)] = 0


@lru_cache(maxsize=1 << 16)  # bounded: a large site has many distinct words
def _word_keys(term: str) -> tuple[str, ...]:
    """A stemmable word's stem and part keys, worked out once per distinct word rather than
    for every doc it is in (trying each split against the word list is the costly part)."""
    return (stem(term) + STEM, *(part + PART for part in parts(term)))


def prune(bucket: dict[str, array]) -> None:
    """Drop a stem key that holds exactly its own word's postings (the query reads the word
    then) and a part that is neither a Dutch word nor a word of the bundle."""
    for key in [k for k in bucket if not is_word(k)]:
        base = key[:-1]
        same = key[-1] == STEM and bucket.get(base) == bucket[key]
        if same or (key[-1] == PART and base not in bucket and not is_dutch(base)):
            del bucket[key]
