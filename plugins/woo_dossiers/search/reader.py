"""Reference implementation of the client's query (FORMAT.md "Query"), for tests.

The browser client (docs/assets/zoeken.js) must give the same hits in the same order, and
read the same files: first the heads of the postings only, the tails when the heads cannot
prove the first `limit` hits (`Results.exact` says whether the total is exact), but no more
than a budget of tail bytes per page (`Results.approximate`: the proof was cut short).
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from .derived import PART, PART_MIN, STEM, facet_key, is_word
from .postings import tier_sizes
from .stemming import stem, stemmable
from .tokens import ARTICLE_PREFIX, STOP_WORDS, fold, query_tokens, tokens
from .varint import decode

PREFIX_MIN = 3
PREFIX_TERMS = 64
PREFIX_CHUNKS = 8  # chunks of 2 kB: the 16 kB that 4 chunks of 4 kB reached
# A word's score in a doc is tier * TIER_SCALE + impact: an exact match outranks a match by
# its stem, which outranks a longer word that begins or ends with it (a compound).
EXACT, STEMMED, NEAR = 3, 2, 1
TIER_SCALE = 256
FUZZY_MIN = 5  # shorter words are not corrected: one edit away from too many others
EXCERPT_BEFORE = 10
EXCERPT_AFTER = 20
BUNDLE_ORDER = {"paginas": 0, "bijlagen": 1}
ALL = 1 << 30  # a depth beyond any key's tail segments: the whole list
PAGE_SIZE = 10
# Tail bytes a query may read per page of PAGE_SIZE hits to prove its page (FORMAT.md "Query",
# step 6): several very common words whose best docs differ would otherwise read tails that
# grow with the site; past it the page is ranked from what was read (issue 16).
TAIL_BUDGET = 24576

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
    part: int
    excerpt: list[tuple[str, bool]] = field(default_factory=list)  # (text, is_mark)


@dataclass(frozen=True)
class Results:
    hits: list[Hit]
    total: int  # all hits (at least this many when not `exact`), of which `hits` are the first
    corrections: list[tuple[str, str]]  # (word typed, word searched instead)
    exact: bool = True  # False: tails were left unread, `total` is a lower bound
    approximate: bool = False  # True: the budget stopped the proof; order from what was read
    tail_bytes: int = 0  # bytes of tail segments read for the words (not the facets)


@dataclass(frozen=True)
class Segment:
    impact: int  # the segment's best posting (by impact, then doc): every later one is after it
    doc: int
    offset: int  # in p/<file>.bin, bytes offset .. offset + length
    length: int
    count: int  # postings


@dataclass(frozen=True)
class Tail:
    file: int
    segments: list[Segment]


@dataclass(frozen=True)
class Entry:
    postings: Postings  # the head: all postings when `tail` is None
    df: int  # postings in all
    tail: Tail | None = None


@dataclass
class _Bundle:
    name: str
    path: Path
    meta: dict
    chunks: dict[int, list[tuple[str, Entry]]] = field(default_factory=dict)
    read: list[str] = field(default_factory=list)  # files (and ranges) read, for tests

    def note(self, name: str) -> None:
        if name not in self.read:  # the client fetches each file (and range) once
            self.read.append(name)

    def chunk(self, i: int) -> list[tuple[str, Entry]]:
        if i not in self.chunks:
            self.note(f"t/{i}.bin")
            self.chunks[i] = parse_chunk((self.path / "t" / f"{i}.bin").read_bytes())
        return self.chunks[i]

    def floor(self, key: str) -> int:
        return max(0, bisect_right(self.meta["chunks"], key) - 1)

    def lookup(self, key: str) -> Entry | None:
        """The entry of one key, or None."""
        if not self.meta["chunks"]:
            return None
        entries = self.chunk(self.floor(key))
        i = bisect_left(entries, key, key=lambda e: e[0])
        return entries[i][1] if i < len(entries) and entries[i][0] == key else None

    def ranged(self, name: str, offset: int, length: int) -> bytes:
        self.note(f"{name}@{offset}+{length}")
        with open(self.path / name, "rb") as f:
            f.seek(offset)
            return f.read(length)

    def segments(self, entry: Entry | None, depth: int = ALL) -> Postings | None:
        """The postings of an entry's head and of its first `depth` tail segments."""
        if entry is None or entry.tail is None or depth == 0:
            return None if entry is None else entry.postings
        postings = list(entry.postings)
        for segment in entry.tail.segments[:depth]:
            data = self.ranged(f"p/{entry.tail.file}.bin", segment.offset, segment.length)
            postings += _postings(data, 0, segment.count)[0]
        return postings

    def full(self, entry: Entry | None) -> Postings | None:
        """Every posting of an entry: its head and its tail."""
        return self.segments(entry)


def _postings(data: bytes, pos: int, count: int) -> tuple[Postings, int]:
    postings = []
    doc = 0
    for _ in range(count):
        delta, pos = decode(data, pos)
        doc += delta
        impact = data[pos]
        part, pos = decode(data, pos + 1)
        postings.append((doc, impact, part))
    return postings, pos


def parse_chunk(data: bytes) -> list[tuple[str, Entry]]:
    """[(term, Entry), ...] of one t/<i>.bin."""
    entries = []
    pos = 0
    while pos < len(data):
        size, pos = decode(data, pos)
        term = data[pos:pos + size].decode()
        pos += size
        df, pos = decode(data, pos)
        count, pos = decode(data, pos)
        postings, pos = _postings(data, pos, count)
        tail = None
        if count < df:
            file, pos = decode(data, pos)
            offset, pos = decode(data, pos)
            segments = []
            for size in tier_sizes(df, count):
                impact, pos = decode(data, pos)
                doc, pos = decode(data, pos)
                length, pos = decode(data, pos)
                segments.append(Segment(impact, doc, offset, length, size))
                offset += length
            tail = Tail(file, segments)
        entries.append((term, Entry(postings, df, tail)))
    return entries


def query_words(query: str) -> list[str]:
    words: list[str] = []
    for token in query_tokens(query):
        if token not in STOP_WORDS and token not in words:
            words.append(token)
    return words


def _prefix_terms(bundle: _Bundle, word: str) -> list[Entry]:
    """Entries of up to 64 longer words that start with `word`, from at most 8 chunks."""
    chunks = bundle.meta["chunks"]
    first = bundle.floor(word)
    out: list[Entry] = []
    for i in range(first, min(first + PREFIX_CHUNKS, len(chunks))):
        for term, entry in bundle.chunk(i):
            if term <= word or not is_word(term):
                continue
            if not term.startswith(word) or len(out) == PREFIX_TERMS:
                return out
            out.append(entry)
    return out


@dataclass
class _Word:
    """One query word in one bundle: per doc (score_w, part_w), from what was read."""
    found: dict[int, tuple[int, int]]
    opens: list[tuple[int, int]]  # per key with a segment unread: (score, doc) of its next one's first
    df: int  # the most postings of one of its keys: the word's rarity
    open_keys: list[Entry] = field(default_factory=list)  # those keys, in the order of `opens`


Depths = dict[int, int]  # id of a key's Entry -> tail segments read (0 when not there)


def _word_postings(bundle: _Bundle, word: str, near: bool = True, depths: Depths | None = None) -> _Word:
    """The best of the word itself, its stem and (with `near`) the longer words that begin or
    end with it; from the heads and the tail segments `depths` says of each key."""
    out = _Word({}, [], 0)
    if not bundle.meta["chunks"]:
        return out
    found = out.found

    def take(entry: Entry | None, tier: int) -> None:
        if entry is None:
            return
        out.df = max(out.df, entry.df)
        depth = (depths or {}).get(id(entry), 0)
        if entry.tail is not None and depth < len(entry.tail.segments):
            first = entry.tail.segments[depth]
            out.opens.append((tier * TIER_SCALE + first.impact, first.doc))
            out.open_keys.append(entry)
        for doc, impact, part in bundle.segments(entry, depth) or ():
            score = tier * TIER_SCALE + impact
            if doc not in found or score > found[doc][0]:
                found[doc] = (score, part)

    take(bundle.lookup(word), EXACT)
    if stemmable(word):
        root = stem(word)
        entry = bundle.lookup(root + STEM)
        # No stem key: its word alone had that stem, and the writer left the key out.
        if entry is None and stem(root) == root:
            entry = bundle.lookup(root)
        take(entry, STEMMED)
    if near:
        if len(word) >= PREFIX_MIN:
            for entry in _prefix_terms(bundle, word):
                take(entry, NEAR)
        if stemmable(word) and len(word) >= PART_MIN:
            take(bundle.lookup(word + PART), NEAR)
    return out


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
            for term, entry in bundle.chunk(i):
                if is_word(term) and stemmable(term) and one_edit(word, term):
                    df[term] = df.get(term, 0) + entry.df
    if not df:
        return None
    return min(df, key=lambda t: (-df[t], t))


def _allowed(bundle: _Bundle, facets: Sequence[str]) -> set[int] | None:
    """The docs of this bundle that have every facet; None when no facet is asked."""
    allowed: set[int] | None = None
    for facet in facets:
        docs = {doc for doc, _, _ in bundle.full(bundle.lookup(facet_key(facet))) or ()}
        allowed = docs if allowed is None else allowed & docs
    return allowed


Candidate = tuple[int, int, list[tuple[int, int] | None]]  # bundle, doc, per word (score, part)


def run(bundle_dirs: Sequence[Path], query: str, limit: int = 10,
        facets: Sequence[str] = (), read: list[str] | None = None, budget: int = TAIL_BUDGET) -> Results:
    """The first `limit` hits; `read` (when given) gets the files read, "<bundle>/<file>" (with
    "@offset+length" for a range). `budget`: tail bytes per page of PAGE_SIZE (the browser
    always has TAIL_BUDGET; smaller ones for tests on small indexes)."""
    results, bundles = _run(bundle_dirs, query, limit, facets, budget)
    if read is not None:
        read += [f"{bundle.name}/{name}" for bundle in bundles for name in bundle.read]
    return results


def _run(bundle_dirs: Sequence[Path], query: str, limit: int,
         facets: Sequence[str], budget: int) -> tuple[Results, list[_Bundle]]:
    words = query_words(query)
    bundles: list[_Bundle] = []
    if not words:
        return Results([], 0, []), bundles
    for path in bundle_dirs:
        meta_path = Path(path) / "meta.json"
        if meta_path.exists():  # the client skips a bundle whose meta.json is missing
            bundles.append(_Bundle(Path(path).name, Path(path), json.loads(meta_path.read_text("utf-8")),
                                   read=["meta.json"]))
    near = [True] * len(words)
    per_bundle = [[_word_postings(bundle, w) for w in words] for bundle in bundles]
    corrections: list[tuple[str, str]] = []
    for i, word in enumerate(words):
        if any(words_b[i].found for words_b in per_bundle):
            continue
        instead = correction(bundles, word)
        if instead is not None:  # only the word itself and its stem: no flood of near words
            corrections.append((word, instead))
            words[i] = instead
            near[i] = False
            for b, bundle in enumerate(bundles):
                per_bundle[b][i] = _word_postings(bundle, instead, near=False)
    allowed = [_allowed(bundle, facets) for bundle in bundles]
    single = len(words) == 1 and not facets
    ranked = rank(bundles, per_bundle, allowed, limit, single)
    depths: list[Depths] = [{} for _ in bundles]
    allowance = budget * max(1, -(-limit // PAGE_SIZE))  # a budget per page asked
    spent = 0
    approximate = False
    while ranked is None:  # what was read cannot tell: read on where the bounds are highest
        keys = [_binding(per_word) for per_word in per_bundle]
        cost = sum(_next_length(key, depths[b]) for b, bundle_keys in enumerate(keys) for key in bundle_keys)
        if spent + cost > allowance:  # rank from what was read, once `limit` docs have every word
            ranked = rank(bundles, per_bundle, allowed, limit, single, proven=False)
            if ranked is not None:
                approximate = True
                break
        spent += cost
        for b, bundle_keys in enumerate(keys):
            for key in bundle_keys:
                depths[b][id(key)] = depths[b].get(id(key), 0) + 1
        per_bundle = [[_word_postings(bundle, w, near[i], depths[b]) for i, w in enumerate(words)]
                      for b, bundle in enumerate(bundles)]
        ranked = rank(bundles, per_bundle, allowed, limit, single)
    chosen, total, exact = ranked
    hits = []
    for b, doc, found in chosen[:limit]:
        per_word = per_bundle[b]
        # the part of the rarest word the doc has (fewest postings in this bundle, then query order)
        rarest = min((i for i, x in enumerate(found) if x is not None), key=lambda i: (per_word[i].df, i))
        score = sum(x[0] for x in found if x is not None)
        hits.append(_hit(bundles[b], doc, found[rarest][1], score, words))
    return Results(hits, total, corrections, exact, approximate, spent), bundles


def _next_length(key: Entry, depths: Depths) -> int:
    """Bytes of the key's next unread tail segment."""
    assert key.tail is not None  # only open keys are read on
    return key.tail.segments[depths.get(id(key), 0)].length


def _binding(per_word: list[_Word]) -> list[Entry]:
    """The keys whose next segment is read: per word, its open keys of the highest bound (the
    bound U_w that the proof meets), each key once, in the order first met."""
    keys: list[Entry] = []
    for word in per_word:
        if word.opens:
            top = max(s for s, _ in word.opens)
            for (s, _), key in zip(word.opens, word.open_keys, strict=True):
                if s == top and all(key is not k for k in keys):
                    keys.append(key)
    return keys


def rank(bundles: Sequence[_Bundle], per_bundle: list[list[_Word]], allowed: list[set[int] | None],
         limit: int, single: bool, proven: bool = True) -> tuple[list[Candidate], int, bool] | None:
    """(hits in order, total, whether total is exact), or None when tails are unread and the
    first `limit` hits cannot be told from the heads (FORMAT.md "Query", step 6). Not
    `proven`: the first `limit` of the docs known to have every word, by their known scores,
    without the proof (None only while fewer are known)."""
    candidates: list[Candidate] = []
    for b in range(len(bundles)):
        per_word = per_bundle[b]
        docs = set().union(*(w.found for w in per_word))
        if allowed[b] is not None:
            docs &= allowed[b]
        for doc in docs:
            candidates.append((b, doc, [w.found.get(doc) for w in per_word]))
    complete = [c for c in candidates if all(x is not None for x in c[2])]

    def order(c: Candidate) -> tuple[int, int, int, int]:
        return (-sum(x[0] for x in c[2] if x is not None), _order(bundles, c[0]), c[0], c[1])

    if not any(w.opens for per_word in per_bundle for w in per_word):
        chosen = complete or candidates
        return sorted(chosen, key=order), len(chosen), True
    if len(complete) < max(limit, 1):
        return None
    complete.sort(key=order)
    top = complete[:limit]
    if not proven:
        return top, _total(per_bundle, complete, single), False
    if not all(_settled(per_bundle[b], doc, found) for b, doc, found in top):
        return None
    last = order(top[-1])
    shown = {(b, doc) for b, doc, _ in top}
    for b, per_word in enumerate(per_bundle):
        if all(w.opens for w in per_word):  # a doc in no head may have every word
            best = [max(s for s, _ in w.opens) for w in per_word]
            first = max(min(d for s, d in w.opens if s == u) for w, u in zip(per_word, best, strict=True))
            if not last < (-sum(best), _order(bundles, b), b, first):
                return None
    for b, doc, found in candidates:
        per_word = per_bundle[b]
        if (b, doc) in shown or (None not in found and _settled(per_word, doc, found)):
            continue
        if any(x is None and not w.opens for x, w in zip(found, per_word, strict=True)):
            continue  # lacks a word for good: never complete
        upper = sum(_upper(w, x, doc) for x, w in zip(found, per_word, strict=True))
        if not last < (-upper, _order(bundles, b), b, doc):
            return None
    return top, _total(per_bundle, complete, single), False


def _total(per_bundle: list[list[_Word]], complete: list[Candidate], single: bool) -> int:
    """The docs known to have every word; for one word at least the postings of its keys."""
    total = 0
    for b, per_word in enumerate(per_bundle):
        known = sum(1 for c in complete if c[0] == b)
        total += max(known, per_word[0].df) if single else known
    return total


def _order(bundles: Sequence[_Bundle], b: int) -> int:
    return BUNDLE_ORDER.get(bundles[b].name, len(BUNDLE_ORDER))


def _upper(word: _Word, known: tuple[int, int] | None, doc: int) -> int:
    """The most this doc can score for a word: its known score or its tails' best, which a
    doc before the first tail doc of that score cannot reach (the tails hold it, if at all,
    with a lower score)."""
    score = known[0] if known else 0
    if not word.opens:
        return score
    best = max(s for s, _ in word.opens)
    first = min(d for s, d in word.opens if s == best)
    return max(score, best if doc >= first else best - 1)


def _settled(per_word: list[_Word], doc: int, found: list[tuple[int, int] | None]) -> bool:
    """Whether no unread tail can hold a better posting of this doc for any word: each tail's
    best posting comes after the doc's known one (by score, then doc)."""
    for x, w in zip(found, per_word, strict=True):
        for score, first in w.opens:
            if x is None or not (x[0] > score or (x[0] == score and doc < first)):
                return False
    return True


def search(bundle_dirs: Sequence[Path], query: str, limit: int = 10,
           facets: Sequence[str] = ()) -> list[Hit]:
    return run(bundle_dirs, query, limit, facets).hits


def _hit(bundle: _Bundle, doc: int, part: int, score: float, words: list[str]) -> Hit:
    per_file = bundle.meta["docs_per_file"]
    bundle.note(f"d/{doc // per_file}.json")
    docs = json.loads((bundle.path / "d" / f"{doc // per_file}.json").read_text("utf-8"))
    meta = docs[doc % per_file]
    parts = meta["parts"]
    section = bisect_right(meta["starts"], part) - 1 if part < parts else 0
    if "pages" in meta:
        anchor, heading = f"pagina-{section + 1}", f"Pagina {section + 1}"
    else:
        anchor, heading = meta["sections"][section]
    text = ""
    if part < parts:
        per, size = bundle.meta["parts_per_file"], bundle.meta["part_bytes"]
        name = f"x/{doc // 1000}/{doc}-{part // per}.txt"
        text = bundle.ranged(name, part % per * size, size).decode("utf-8").rstrip(" ")
    return Hit(bundle.name, doc, meta["url"], meta["title"], meta["context"], score,
               anchor, heading, section, part, excerpt(text, words))


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
