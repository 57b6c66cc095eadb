"""Dutch stems of index words and query words: the Snowball Dutch algorithm on both sides.

Python: `snowballstemmer`'s "dutch_porter" (the original Snowball Dutch stemmer, pinned in
requirements.lock). The browser: docs/assets/stemmer-nl.js, the same algorithm vendored from
@orama/stemmers (generated from Snowball). A test stems every word of the example site on
both sides and compares. Only words of three or more letters a-z are stemmed (after
folding, so "financiële" is "financiele"); codes and numbers are never stemmed.
"""

from __future__ import annotations

import re
from functools import lru_cache

import snowballstemmer

ALGORITHM = "dutch_porter"
_STEMMABLE = re.compile("[a-z]{3,}")
_STEMMER = snowballstemmer.stemmer(ALGORITHM)


def stemmable(word: str) -> bool:
    return _STEMMABLE.fullmatch(word) is not None


@lru_cache(maxsize=65536)  # bounded: the writer stems every distinct word of a large site
def stem(word: str) -> str:
    """The stem of a folded word; the word itself when it is not stemmable."""
    return _STEMMER.stemWord(word) if stemmable(word) else word
