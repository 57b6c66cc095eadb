"""One term's entry in a term chunk: its postings scored and encoded (FORMAT.md "Term chunks"
and "Tails"), for the writer (writer.py).

Scoring and encoding every posting again is most of writing a bundle (a bundle is written
whole after any change to its docs: every score depends on the docs' average length). A
term held by many docs (most postings are in terms held by hundreds of docs) is scored and
encoded with numpy, a few operations over all its postings instead of a few per posting in
Python; a term of few docs in plain Python, where numpy's cost per call would be the
larger. At N = 1,000 this took the term chunks of the annex bundle from 0.65 to 0.25 s and
of the pages' bundle from 0.50 to 0.38 s (CPU). Both give the same bytes: the same IEEE
operations in the same order (tests/test_search_postings.py compares them on random
postings).
"""

from __future__ import annotations

from array import array
from collections.abc import Iterable
from typing import Protocol

import numpy as np

from .varint import encode

# From this many postings a term goes the numpy way: below it, numpy's cost per call (about
# 0.15 ms for the dozen operations) is more than plain Python's (0.5 us a posting).
VECTOR_FROM = 256
_ITEM = np.dtype(f"u{array('I').itemsize}")  # the writer's postings: array("I") of (doc, tf, part)


class Tails(Protocol):
    def add(self, tail: bytes) -> tuple[int, int, int]:
        """Store a tail; (file, offset, length) of where it is."""


def tier_sizes(df: int, head: int) -> list[int]:
    """Postings in each tail segment of a key with df postings and a head of `head`: twice
    the one before (`head` first), the last one what is left (FORMAT.md "Tails")."""
    sizes = []
    rest = df - head
    size = head
    while rest > 0:
        sizes.append(min(size, rest))
        rest -= sizes[-1]
        size *= 2
    return sizes


def encode_term(postings: array, scale: float, norms: array, head: int, chunk: bytearray,
                tails: Tails, vector: bool | None = None) -> None:
    """Append a term's df and postings (`postings`: (doc, tf, part) in doc order, each doc
    once) to `chunk`, its tail to `tails`. impact = min(255, max(1, round(scale * tf /
    (tf + norms[doc])))); `vector`: numpy or not (None: by the number of postings)."""
    df = len(postings) // 3
    encode(df, chunk)
    if vector is None:
        vector = df >= VECTOR_FROM
    if vector:
        flat = np.frombuffer(postings, dtype=_ITEM).reshape(-1, 3).astype(np.int64)
        docs, parts = flat[:, 0], flat[:, 2]
        tfs = flat[:, 1].astype(np.float64)
        values = (scale * tfs / (tfs + np.frombuffer(norms, dtype=np.float64)[docs]) + 0.5)
        impacts = np.clip(values.astype(np.int64), 1, 255)
        if df <= head:
            encode(df, chunk)
            chunk += _encode_arrays(docs, impacts, parts, [np.arange(df)])[0]
        else:
            _tiers_arrays(docs, impacts, parts, head, chunk, tails)
        return
    rows = []  # (doc, impact, part), in doc order
    for i in range(0, len(postings), 3):
        doc = postings[i]
        tf = postings[i + 1]
        value = int(scale * tf / (tf + norms[doc]) + 0.5)
        rows.append((doc, 255 if value > 255 else (value or 1), postings[i + 2]))
    if df <= head:
        encode(df, chunk)
        _encode_rows(rows, chunk)
    else:
        _tiers_rows(rows, head, chunk, tails)


def _tiers_rows(rows: list[tuple[int, int, int]], head: int, chunk: bytearray, tails: Tails) -> None:
    """The head (the best postings by impact, then doc) into the chunk; the rest, in that
    order, in segments one after another in a tail file, each segment by doc. Per segment the
    chunk says its first posting in that order, which bounds every posting after it: the
    client reads a segment only while the ones before cannot prove the first results."""
    ranked = sorted(rows, key=lambda r: (-r[1], r[0]))
    encode(head, chunk)
    _encode_rows(sorted(ranked[:head]), chunk)
    start = head
    segments = []
    data = bytearray()
    for size in tier_sizes(len(rows), head):
        segment = ranked[start:start + size]
        before = len(data)
        _encode_rows(sorted(segment), data)
        segments.append((segment[0][1], segment[0][0], len(data) - before))
        start += size
    _place_tail(data, segments, chunk, tails)


def _tiers_arrays(docs: np.ndarray, impacts: np.ndarray, parts: np.ndarray, head: int,
                  chunk: bytearray, tails: Tails) -> None:
    """`_tiers_rows` of rows given as arrays in doc order (so ascending positions are
    ascending docs), every segment encoded in one pass."""
    ranked = np.lexsort((docs, -impacts))  # impact descending, then doc
    bounds = [0, head]
    for size in tier_sizes(len(docs), head):
        bounds.append(bounds[-1] + size)
    pieces = [np.sort(ranked[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
    head_bytes, *tail_bytes = _encode_arrays(docs, impacts, parts, pieces)
    encode(head, chunk)
    chunk += head_bytes
    segments = [(int(impacts[ranked[a]]), int(docs[ranked[a]]), len(data))
                for a, data in zip(bounds[1:], tail_bytes, strict=False)]
    _place_tail(bytearray(b"".join(tail_bytes)), segments, chunk, tails)


def _place_tail(data: bytearray, segments: list[tuple[int, int, int]], chunk: bytearray,
                tails: Tails) -> None:
    file, offset, _ = tails.add(data)
    encode(file, chunk)
    encode(offset, chunk)
    for impact, doc, length in segments:
        encode(impact, chunk)
        encode(doc, chunk)
        encode(length, chunk)


def _encode_arrays(docs: np.ndarray, impacts: np.ndarray, parts: np.ndarray,
                   pieces: list[np.ndarray]) -> list[bytes]:
    """`_encode_rows` of each piece (positions, ascending) of rows given as arrays in doc
    order, all at once: each posting's varints laid out byte by byte (LEB128: 7 bits a byte,
    the high bit set where more follow); three bytes a posting where every doc delta and
    part is below 128 (most postings)."""
    at = np.concatenate(pieces)
    sizes = [len(piece) for piece in pieces]
    firsts = np.cumsum([0, *sizes[:-1]])  # each piece's first posting: its delta is from 0
    picked, chosen_parts = docs[at], parts[at]
    deltas = np.diff(picked, prepend=0)
    starting = firsts[np.asarray(sizes) > 0]
    deltas[starting] = picked[starting]
    if len(at) and int(deltas.max()) < 0x80 and int(chosen_parts.max()) < 0x80:
        data = np.stack((deltas, impacts[at], chosen_parts), axis=1).astype(np.uint8).tobytes()
        lengths = [3 * size for size in sizes]
    else:
        delta_bytes, part_bytes = _varint_lengths(deltas), _varint_lengths(chosen_parts)
        widths = delta_bytes + 1 + part_bytes
        ends = np.cumsum(widths)
        starts = ends - widths
        laid = np.zeros(int(ends[-1]) if len(ends) else 0, dtype=np.uint8)
        _lay_varints(laid, starts, deltas, delta_bytes)
        laid[starts + delta_bytes] = impacts[at]
        _lay_varints(laid, starts + delta_bytes + 1, chosen_parts, part_bytes)
        data = laid.tobytes()
        lengths = [int(widths[a:a + size].sum()) for a, size in zip(firsts, sizes, strict=True)]
    out, offset = [], 0
    for length in lengths:
        out.append(data[offset:offset + length])
        offset += length
    return out


def _varint_lengths(values: np.ndarray) -> np.ndarray:
    """Bytes of each value's varint (values below 2**35)."""
    lengths = np.ones(len(values), dtype=np.int64)
    for bits in (7, 14, 21, 28):
        lengths += values >= (1 << bits)
    return lengths


def _lay_varints(data: np.ndarray, starts: np.ndarray, values: np.ndarray,
                 lengths: np.ndarray) -> None:
    for k in range(int(lengths.max()) if len(lengths) else 0):
        here = lengths > k
        byte = (values[here] >> (7 * k)) & 0x7F
        byte |= np.where(lengths[here] > k + 1, 0x80, 0)
        data[starts[here] + k] = byte


def _encode_rows(rows: Iterable[tuple[int, int, int]], out: bytearray) -> None:
    """(doc, impact, part) rows in doc order: varint doc delta, u8 impact, varint part."""
    previous = 0
    for doc, value, part in rows:
        delta = doc - previous
        previous = doc
        if delta < 0x80:
            out.append(delta)
        else:
            encode(delta, out)
        out.append(value)
        if part < 0x80:
            out.append(part)
        else:
            encode(part, out)
