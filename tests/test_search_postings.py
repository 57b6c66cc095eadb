"""A term's postings are scored and encoded with numpy when it has many (search/postings.py):
the bytes must be those of the plain Python encoding, whatever the postings."""

from __future__ import annotations

from array import array

from hypothesis import given, settings
from hypothesis import strategies as st
from woo_dossiers.search.postings import VECTOR_FROM, encode_term


class Tails:
    """Tails as the writer's files keep them: one after another."""

    def __init__(self) -> None:
        self.data = bytearray()

    def add(self, tail: bytes) -> tuple[int, int, int]:
        where = (0, len(self.data), len(tail))
        self.data += tail
        return where


# A doc gap or a part may need one byte or several (varints; a first doc of up to 3,000,000
# needs four), and a tf of 0 is impossible.
GAPS = st.one_of(st.integers(1, 127), st.integers(128, 20_000))
PARTS = st.one_of(st.integers(0, 127), st.integers(128, 40_000))


@st.composite
def terms(draw):
    gaps = draw(st.lists(GAPS, min_size=1, max_size=300))
    docs, doc = [], draw(st.one_of(st.integers(0, 50), st.integers(2_100_000, 3_000_000)))
    for gap in gaps:
        docs.append(doc)
        doc += gap
    postings = array("I")
    for doc in docs:
        postings.extend((doc, draw(st.integers(1, 5_000)), draw(PARTS)))
    # Each doc's norm, from a few drawn values repeated (drawing one a doc is too much data).
    values = array("d", draw(st.lists(st.floats(0.05, 20.0), min_size=1, max_size=17)))
    norms = values * (doc // len(values) + 1)
    return postings, draw(st.floats(0.01, 400.0)), norms, draw(st.integers(1, 64))


def encoded(postings, scale, norms, head, vector):
    chunk, tails = bytearray(), Tails()
    encode_term(postings, scale, norms, head, chunk, tails, vector=vector)
    return bytes(chunk), bytes(tails.data)


@settings(max_examples=300, deadline=None)
@given(terms())
def test_numpy_and_python_write_the_same_bytes(term):
    postings, scale, norms, head = term
    assert encoded(postings, scale, norms, head, True) == encoded(postings, scale, norms, head, False)


def test_scores_at_both_ends_are_cut_the_same():
    """An impact rounds to 0 (made 1) or passes 255 (made 255), and ties of impact are
    ordered by doc, on both ways."""
    postings = array("I")
    for doc in range(VECTOR_FROM * 3):
        postings.extend((doc, 1 if doc % 3 == 0 else 4_000 if doc % 3 == 1 else 7, doc % 200))
    norms = array("d", [1.0, 1000.0] * (VECTOR_FROM * 2))
    for scale in (0.001, 3.0, 900.0):
        assert encoded(postings, scale, norms, 8, True) == encoded(postings, scale, norms, 8, False)
