"""Reference implementation of the client's query (FORMAT.md "Query"), for tests.

The browser client (docs/assets/zoeken.js) must give the same hits in the same order.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .tokens import STOP_WORDS, fold, tokens
from .varint import decode

PREFIX_MIN = 3
PREFIX_TERMS = 64
PREFIX_CHUNKS = 4
EXACT_WEIGHT = 1.0
PREFIX_WEIGHT = 0.5
EXCERPT_BEFORE = 10
EXCERPT_AFTER = 20
BUNDLE_ORDER = {"paginas": 0, "bijlagen": 1}

# A word of the stored excerpt text for display: a run of non-space characters.
_RAW_WORD = re.compile(r"\S+")


@dataclass(frozen=True)
class Hit:
    bundle: str
    doc: int
    url: str
    title: str
    context: str
    score: float
    anchor: str
    heading: str
    section: int
    excerpt: list[tuple[str, bool]] = field(default_factory=list)  # (text, is_mark)


@dataclass
class _Bundle:
    name: str
    path: Path
    meta: dict
    chunks: dict[int, list[tuple[str, list[tuple[int, int, int]]]]] = field(default_factory=dict)

    def chunk(self, i: int) -> list[tuple[str, list[tuple[int, int, int]]]]:
        if i not in self.chunks:
            self.chunks[i] = parse_chunk((self.path / "t" / f"{i}.bin").read_bytes())
        return self.chunks[i]


def parse_chunk(data: bytes) -> list[tuple[str, list[tuple[int, int, int]]]]:
    """[(term, [(doc, impact, section), ...]), ...] of one t/<i>.bin."""
    entries = []
    pos = 0
    while pos < len(data):
        size, pos = decode(data, pos)
        term = data[pos:pos + size].decode()
        pos += size
        count, pos = decode(data, pos)
        postings = []
        doc = 0
        for _ in range(count):
            delta, pos = decode(data, pos)
            doc += delta
            impact = data[pos]
            section, pos = decode(data, pos + 1)
            postings.append((doc, impact, section))
        entries.append((term, postings))
    return entries


def query_words(query: str) -> list[str]:
    words: list[str] = []
    for token in tokens(query):
        if token not in STOP_WORDS and token not in words:
            words.append(token)
    return words


def _word_postings(bundle: _Bundle, word: str) -> dict[int, tuple[float, int]]:
    """Per doc: (score_w, section_w) over the exact term and up to 64 prefix terms."""
    chunks = bundle.meta["chunks"]
    if not chunks:
        return {}
    first = max(0, bisect_right(chunks, word) - 1)
    found: dict[int, tuple[float, int]] = {}
    prefix_terms = 0

    def take(postings: list[tuple[int, int, int]], weight: float) -> None:
        for doc, impact, section in postings:
            score = weight * impact
            if doc not in found or score > found[doc][0]:
                found[doc] = (score, section)

    for i in range(first, min(first + PREFIX_CHUNKS, len(chunks))):
        for term, postings in bundle.chunk(i):
            if term == word:
                take(postings, EXACT_WEIGHT)
            elif term > word:
                if len(word) < PREFIX_MIN or not term.startswith(word) or prefix_terms == PREFIX_TERMS:
                    return found
                prefix_terms += 1
                take(postings, PREFIX_WEIGHT)
    return found


def search(bundle_dirs: Sequence[Path], query: str, limit: int = 10) -> list[Hit]:
    words = query_words(query)
    if not words:
        return []
    bundles = []
    for path in bundle_dirs:
        meta_path = Path(path) / "meta.json"
        if meta_path.exists():  # the client skips a bundle whose meta.json is missing
            bundles.append(_Bundle(Path(path).name, Path(path), json.loads(meta_path.read_text("utf-8"))))
    # (bundle index, doc) -> per word (score, section) or None
    candidates: list[tuple[int, int, list[tuple[float, int] | None], list[int]]] = []
    for b, bundle in enumerate(bundles):
        per_word = [_word_postings(bundle, w) for w in words]
        df = [len(p) for p in per_word]
        docs = set().union(*per_word)
        for doc in docs:
            candidates.append((b, doc, [p.get(doc) for p in per_word], df))
    complete = [c for c in candidates if all(x is not None for x in c[2])]
    chosen = complete or candidates

    def score(c) -> float:
        return sum(x[0] for x in c[2] if x is not None)

    def order(c):
        return (-score(c), BUNDLE_ORDER.get(bundles[c[0]].name, len(BUNDLE_ORDER)), c[0], c[1])

    hits = []
    for c in sorted(chosen, key=order)[:limit]:
        b, doc, found, df = c
        bundle = bundles[b]
        # the section of the rarest word the doc has (fewest docs in this bundle, then query order)
        rarest = min((i for i, x in enumerate(found) if x is not None), key=lambda i: (df[i], i))
        section = found[rarest][1]
        hits.append(_hit(bundle, doc, section, score(c), words))
    return hits


def _hit(bundle: _Bundle, doc: int, section: int, score: float, words: list[str]) -> Hit:
    per_file = bundle.meta["docs_per_file"]
    docs = json.loads((bundle.path / "d" / f"{doc // per_file}.json").read_text("utf-8"))
    meta = docs[doc % per_file]
    if "pages" in meta:
        anchor, heading = f"pagina-{section + 1}", f"Pagina {section + 1}"
    else:
        anchor, heading = meta["sections"][section]
    groups = meta["groups"]
    text = ""
    if groups:
        g = bisect_right(groups, section) - 1
        path = bundle.path / "x" / str(doc // 1000) / f"{doc}-{g}.json"
        text = json.loads(path.read_text("utf-8"))[section - groups[g]]
    return Hit(bundle.name, doc, meta["url"], meta["title"], meta["context"], score,
               anchor, heading, section, excerpt(text, words))


def _matches(raw: str, words: list[str]) -> bool:
    for token in tokens(raw):
        for w in words:
            if token == w or (len(w) >= PREFIX_MIN and token.startswith(w)):
                return True
    return False


def excerpt(text: str, words: list[str]) -> list[tuple[str, bool]]:
    """About 30 words around the first matching word; matching words marked.

    A "word" here is a run of non-space characters; it is marked whole when one of its
    tokens is a query word (or, for words of 3+ characters, starts with one). Marking the
    whole run keeps a punctuation mark beside the word inside the mark; simple and safe.
    """
    raw = _RAW_WORD.findall(text)
    first = next((i for i, r in enumerate(raw) if _matches(r, words)), 0)
    start = max(0, first - EXCERPT_BEFORE)
    end = min(len(raw), first + EXCERPT_AFTER)
    pieces: list[tuple[str, bool]] = []
    plain: list[str] = ["… "] if start > 0 else []
    for i in range(start, end):
        if i > start:
            plain.append(" ")
        if _matches(raw[i], words):
            if plain:
                pieces.append(("".join(plain), False))
                plain = []
            pieces.append((raw[i], True))
        else:
            plain.append(raw[i])
    if end < len(raw):
        plain.append(" …")
    if plain:
        pieces.append(("".join(plain), False))
    return pieces


__all__ = ["Hit", "search", "parse_chunk", "query_words", "excerpt", "fold"]
