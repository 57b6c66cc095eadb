"""Reference implementation of the client's query (FORMAT.md "Query"), for tests.

The browser client (docs/assets/zoeken.js) must give the same hits in the same order.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .derived import PART, PART_MIN, STEM, facet_key, is_word
from .stemming import stem, stemmable
from .tokens import ARTICLE_PREFIX, STOP_WORDS, fold, query_tokens, tokens
from .varint import decode

PREFIX_MIN = 3
PREFIX_TERMS = 64
PREFIX_CHUNKS = 4
# A word's score in a doc is tier * TIER_SCALE + impact: an exact match outranks a match by
# its stem, which outranks a longer word that begins or ends with it (a compound).
EXACT, STEMMED, NEAR = 3, 2, 1
TIER_SCALE = 256
FUZZY_MIN = 5  # shorter words are not corrected: one edit away from too many others
EXCERPT_BEFORE = 10
EXCERPT_AFTER = 20
BUNDLE_ORDER = {"paginas": 0, "bijlagen": 1}

# A word of the stored excerpt text for display: a run of non-space characters.
_RAW_WORD = re.compile(r"\S+")

Postings = list[tuple[int, int, int]]


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


@dataclass(frozen=True)
class Results:
    hits: list[Hit]
    total: int  # all hits, of which `hits` are the first `limit`
    corrections: list[tuple[str, str]]  # (word typed, word searched instead)


@dataclass
class _Bundle:
    name: str
    path: Path
    meta: dict
    chunks: dict[int, list[tuple[str, Postings]]] = field(default_factory=dict)

    def chunk(self, i: int) -> list[tuple[str, Postings]]:
        if i not in self.chunks:
            self.chunks[i] = parse_chunk((self.path / "t" / f"{i}.bin").read_bytes())
        return self.chunks[i]

    def floor(self, key: str) -> int:
        return max(0, bisect_right(self.meta["chunks"], key) - 1)

    def lookup(self, key: str) -> Postings | None:
        """The postings of one key, or None."""
        if not self.meta["chunks"]:
            return None
        entries = self.chunk(self.floor(key))
        i = bisect_left(entries, key, key=lambda e: e[0])
        return entries[i][1] if i < len(entries) and entries[i][0] == key else None


def parse_chunk(data: bytes) -> list[tuple[str, Postings]]:
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
    for token in query_tokens(query):
        if token not in STOP_WORDS and token not in words:
            words.append(token)
    return words


def _prefix_terms(bundle: _Bundle, word: str) -> list[Postings]:
    """Postings of up to 64 longer words that start with `word`, from at most 4 chunks."""
    chunks = bundle.meta["chunks"]
    first = bundle.floor(word)
    out: list[Postings] = []
    for i in range(first, min(first + PREFIX_CHUNKS, len(chunks))):
        for term, postings in bundle.chunk(i):
            if term <= word or not is_word(term):
                continue
            if not term.startswith(word) or len(out) == PREFIX_TERMS:
                return out
            out.append(postings)
    return out


def _word_postings(bundle: _Bundle, word: str, near: bool = True) -> dict[int, tuple[int, int]]:
    """Per doc: (score_w, section_w), the best of the word itself, its stem and (with `near`)
    the longer words that begin or end with it."""
    found: dict[int, tuple[int, int]] = {}
    if not bundle.meta["chunks"]:
        return found

    def take(postings: Postings | None, tier: int) -> None:
        for doc, impact, section in postings or ():
            score = tier * TIER_SCALE + impact
            if doc not in found or score > found[doc][0]:
                found[doc] = (score, section)

    take(bundle.lookup(word), EXACT)
    if stemmable(word):
        root = stem(word)
        postings = bundle.lookup(root + STEM)
        # No stem key: its word alone had that stem, and the writer left the key out.
        if postings is None and stem(root) == root:
            postings = bundle.lookup(root)
        take(postings, STEMMED)
    if near:
        if len(word) >= PREFIX_MIN:
            for postings in _prefix_terms(bundle, word):
                take(postings, NEAR)
        if stemmable(word) and len(word) >= PART_MIN:
            take(bundle.lookup(word + PART), NEAR)
    return found


def one_edit(a: str, b: str) -> bool:
    """Whether b is a with one letter added, left out, changed, or two neighbours swapped."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    i = 0
    while i < min(len(a), len(b)) and a[i] == b[i]:
        i += 1
    if len(a) == len(b):
        return a[i + 1:] == b[i + 1:] or (
            i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2:] == b[i + 2:])
    if len(a) > len(b):
        return a[i + 1:] == b[i:]
    return a[i:] == b[i + 1:]


def correction(bundles: Sequence[_Bundle], word: str) -> str | None:
    """The index word one edit away from `word` that most docs hold (then the first in order).

    Looked for only in the chunks a query can reach cheaply: the word's own chunk and the
    next, and those of the word with its first letter dropped or its first two swapped.
    """
    if not stemmable(word) or len(word) < FUZZY_MIN:
        return None
    df: dict[str, int] = {}
    for bundle in bundles:
        n = len(bundle.meta["chunks"])
        if not n:
            continue
        first = bundle.floor(word)
        wanted = {first, first + 1, bundle.floor(word[1:]), bundle.floor(word[0] + word[2:]),
                  bundle.floor(word[1] + word[0] + word[2:])}
        for i in sorted(c for c in wanted if c < n):
            for term, postings in bundle.chunk(i):
                if is_word(term) and stemmable(term) and one_edit(word, term):
                    df[term] = df.get(term, 0) + len(postings)
    if not df:
        return None
    return min(df, key=lambda t: (-df[t], t))


def _allowed(bundle: _Bundle, facets: Sequence[str]) -> set[int] | None:
    """The docs of this bundle that have every facet; None when no facet is asked."""
    allowed: set[int] | None = None
    for facet in facets:
        docs = {doc for doc, _, _ in bundle.lookup(facet_key(facet)) or ()}
        allowed = docs if allowed is None else allowed & docs
    return allowed


def run(bundle_dirs: Sequence[Path], query: str, limit: int = 10,
        facets: Sequence[str] = ()) -> Results:
    words = query_words(query)
    if not words:
        return Results([], 0, [])
    bundles = []
    for path in bundle_dirs:
        meta_path = Path(path) / "meta.json"
        if meta_path.exists():  # the client skips a bundle whose meta.json is missing
            bundles.append(_Bundle(Path(path).name, Path(path), json.loads(meta_path.read_text("utf-8"))))
    per_bundle = [[_word_postings(bundle, w) for w in words] for bundle in bundles]
    corrections: list[tuple[str, str]] = []
    for i, word in enumerate(words):
        if any(maps[i] for maps in per_bundle):
            continue
        instead = correction(bundles, word)
        if instead is not None:  # only the word itself and its stem: no flood of near words
            corrections.append((word, instead))
            words[i] = instead
            for b, bundle in enumerate(bundles):
                per_bundle[b][i] = _word_postings(bundle, instead, near=False)
    candidates: list[tuple[int, int, list[tuple[int, int] | None], list[int]]] = []
    for b, bundle in enumerate(bundles):
        per_word = per_bundle[b]
        df = [len(p) for p in per_word]
        allowed = _allowed(bundle, facets)
        docs = set().union(*per_word)
        if allowed is not None:
            docs &= allowed
        for doc in docs:
            candidates.append((b, doc, [p.get(doc) for p in per_word], df))
    complete = [c for c in candidates if all(x is not None for x in c[2])]
    chosen = complete or candidates

    def score(c) -> int:
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
    return Results(hits, len(chosen), corrections)


def search(bundle_dirs: Sequence[Path], query: str, limit: int = 10,
           facets: Sequence[str] = ()) -> list[Hit]:
    return run(bundle_dirs, query, limit, facets).hits


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


def word_matches(token: str, word: str) -> bool:
    """Whether a token of the text is marked for a query word: the word itself, a longer word
    it begins or ends (a compound), a word with its stem, or the number of an article."""
    if token == word or (len(word) >= PREFIX_MIN and token.startswith(word)):
        return True
    if stemmable(word) and stemmable(token):
        return stem(token) == stem(word) or (len(word) >= PART_MIN and token.endswith(word))
    return word.startswith(ARTICLE_PREFIX) and token == word[len(ARTICLE_PREFIX):]


def _matches(raw: str, words: list[str]) -> bool:
    return any(word_matches(token, w) for token in tokens(raw) for w in words)


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


__all__ = ["Hit", "Results", "run", "search", "parse_chunk", "query_words", "excerpt", "fold"]
