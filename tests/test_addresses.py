"""addresses.relative: the fast path gives posixpath.relpath's answer for every pair."""

from __future__ import annotations

import itertools
import posixpath
import random

import pytest
from woo_dossiers.addresses import relative


def _reference(from_url: str, to_url: str) -> str:
    """relative() as it was written before its fast path: relpath itself."""
    rel = posixpath.relpath("/" + to_url, "/" + from_url)
    if rel == ".":
        return "./"
    return rel + "/" if to_url.endswith("/") else rel


CASES = [
    # (from, to, expected)
    ("", "", "./"),
    ("", "dossiers/a/", "dossiers/a/"),
    ("dossiers/", "dossiers/a/", "a/"),
    ("dossiers/a/", "dossiers/a/", "./"),
    ("dossiers/a/", "dossiers/", "../"),
    ("dossiers/a/", "", "../.."),
    ("dossiers/a/", "feed.xml", "../../feed.xml"),
    ("onderwerpen/x/", "onderwerpen/t/", "../t/"),
    ("onderwerpen/x/", "onderwerpen/x/", "./"),
    ("onderwerpen/x/", "dossiers/s/", "../../dossiers/s/"),
    ("onderwerpen/x/", "feed-onderwerpen-x.xml", "../../feed-onderwerpen-x.xml"),
    ("dossiers/a/bijlagen/b/", "dossiers/a/b.pdf", "../../b.pdf"),
    ("dossiers/a/inventaris/", "dossiers/a/inventaris/inventaris.csv", "inventaris.csv"),
    ("dossiers/ab/", "dossiers/a/", "../a/"),  # a prefix of a segment is not a common segment
    ("dossiers/a/", "dossiers/ab/", "../ab/"),
    # Paths relpath normalises: the fast path must hand these over, not guess.
    ("dossiers//a/", "dossiers/a/", "./"),
    ("dossiers/./a/", "dossiers/a/", "./"),
    ("dossiers/b/../a/", "dossiers/a/", "./"),
    ("dossiers/a/", "dossiers/b/../a/", "./"),
    ("../a/", "a/", "./"),
    ("a/", "../../b", "../b"),
    ("/dossiers/a/", "dossiers/a/x.pdf", "x.pdf"),
    ("dossiers/.well-known/", "dossiers/x", "../x"),
    ("a", "a/", "./"),
    ("a/b", "a", ".."),
]


@pytest.mark.parametrize(("from_url", "to_url", "expected"), CASES)
def test_relative_answers(from_url: str, to_url: str, expected: str) -> None:
    assert relative(from_url, to_url) == expected
    assert _reference(from_url, to_url) == expected


def test_relative_is_relpath_on_many_paths() -> None:
    """Every pair of paths made from a few segments, slashes and dots, and random ones."""
    segments = ["", ".", "..", "a", "b", "ab", ".a", "a.", "index.md", "x.pdf"]
    paths = {"/".join(parts) + tail for n in range(4)
             for parts in itertools.product(segments, repeat=n) for tail in ("", "/")}
    rng = random.Random(20261204)
    paths |= {"/".join(rng.choice(segments) for _ in range(rng.randint(1, 6))) + rng.choice(["", "/", "//"])
              for _ in range(3000)}
    paths = sorted(paths)
    pairs = [(rng.choice(paths), rng.choice(paths)) for _ in range(100_000)]
    pairs += list(itertools.product(paths[:300], repeat=2))
    wrong = [(f, t) for f, t in pairs if relative(f, t) != _reference(f, t)]
    assert not wrong, wrong[:10]
