"""Tokens, stop words, impacts and varints of the search index (FORMAT.md "Tokens")."""

from __future__ import annotations

import json
import re
import sys
import unicodedata
from pathlib import Path

import pytest
from woo_dossiers.search import varint
from woo_dossiers.search.tokens import SPEC_WORD, STOP_WORDS, fold, impact, query_tokens, tokens

# (text, expected tokens), shared with the browser client's test (same file, same answers).
CASES = json.loads((Path(__file__).parent / "search_index_token_cases.json").read_text("utf-8"))
TOKEN_CASES = [(case["text"], case["tokens"]) for case in CASES]
QUERY_CASES = [(case["text"], case["query"]) for case in CASES]


@pytest.mark.parametrize(("text", "expected"), TOKEN_CASES)
def test_tokens(text: str, expected: list[str]) -> None:
    assert tokens(text) == expected


@pytest.mark.parametrize(("text", "expected"), QUERY_CASES)
def test_query_tokens_keep_codes_whole(text: str, expected: list[str]) -> None:
    assert query_tokens(text) == expected


def test_codes_and_articles_are_one_token_each() -> None:
    assert query_tokens("Weigeringsgrond 5.1.2.e") == ["weigeringsgrond", "5.1.2.e"]
    assert query_tokens("10.2.e") == ["10.2.e"]  # not "10", and the "e" is not lost
    assert query_tokens("Artikel 151c") == query_tokens("art. 151c") == ["art.151c"]
    assert query_tokens("zaak 2021/0017") == ["zaak", "2021/0017"]
    assert query_tokens("WOO-2023-0145") == ["woo-2023-0145"]
    assert query_tokens("BWBR0036881") == ["bwbr0036881"]
    assert query_tokens("Woo-verzoek e-mail") == ["woo", "verzoek", "mail"]  # no digit: words
    # The text keeps the parts too, so "2021" still finds the case number's doc.
    assert {"2021", "0017", "2021/0017"} <= set(tokens("kenmerk 2021/0017"))


@pytest.mark.parametrize(("text", "expected"), TOKEN_CASES)
def test_tokens_follow_the_spec_word_by_word(text: str, expected: list[str]) -> None:
    # The fast regex must equal the spec's definition: runs of [^\W_]+ of 2..40 characters
    # (the codes come after the words and hold a "." , "/" or "-").
    decomposed = unicodedata.normalize("NFKD", text)
    no_marks = "".join(c for c in decomposed if not unicodedata.category(c).startswith("M")).lower()
    bmp = "".join(" " if ord(c) > 0xFFFF else c for c in no_marks)
    words = [t for t in tokens(text) if not any(c in t for c in "./-")]
    assert words == [t for t in SPEC_WORD.findall(bmp) if 2 <= len(t) <= 40]


def test_fold_drops_exactly_the_combining_marks_of_every_code_point() -> None:
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF)
    decomposed = unicodedata.normalize("NFKD", every)
    no_marks = "".join(c for c in decomposed if not unicodedata.category(c).startswith("M")).lower()
    assert fold(every) == re.sub("[\U00010000-\U0010ffff]+", " ", no_marks)


def test_fold_keeps_separators() -> None:
    assert fold("Één, Twee") == "een, twee"
    assert fold("ab😀cd") == "ab cd"


def test_stop_words_are_folded_function_words() -> None:
    assert 80 <= len(STOP_WORDS) <= 150
    for word in ["de", "het", "een", "en", "van", "in", "op", "te", "dat", "die", "is", "voor",
                 "met", "aan", "er", "of", "zijn", "als", "bij", "om", "door", "naar", "ook",
                 "niet", "wordt", "worden", "deze", "dit", "uit", "over", "tot", "kan", "dan",
                 "maar", "nog", "u", "uw"]:
        assert word in STOP_WORDS
    for word in ["besluit", "verzoek", "documenten", "woo", "wob", "bijlage", "openbaar"]:
        assert word not in STOP_WORDS
    for word in STOP_WORDS:
        assert tokens(word) == [word] or len(word) < 2  # already folded, one token each


def test_impact_grows_with_tf_and_rarity() -> None:
    assert impact(5, 100, 100, 10, 1000) > impact(1, 100, 100, 10, 1000)
    assert impact(1, 100, 100, 2, 1000) > impact(1, 100, 100, 500, 1000)
    assert impact(1, 50, 100, 10, 1000) > impact(1, 500, 100, 10, 1000)  # shorter doc, same tf
    assert impact(1, 100, 100, 1000, 1000) == 1  # in every doc: floor of 1
    assert impact(10_000, 1, 100, 1, 10**9) == 255  # ceiling of 255


@pytest.mark.parametrize("value", [0, 1, 127, 128, 255, 300, 16383, 16384, 2**21, 2**32 - 1, 2**63])
def test_varint_round_trip(value: int) -> None:
    out = bytearray(b"\x07")
    varint.encode(value, out)
    assert varint.decode(bytes(out), 1) == (value, len(out))
    assert len(out) - 1 == max(1, -(-value.bit_length() // 7))


def test_varint_bytes_are_leb128() -> None:
    out = bytearray()
    varint.encode(300, out)
    assert bytes(out) == b"\xac\x02"


def test_varint_refuses_negative_and_truncated() -> None:
    with pytest.raises(ValueError, match="varint must be >= 0, got -1"):
        varint.encode(-1, bytearray())
    with pytest.raises(ValueError, match="truncated varint at byte 1"):
        varint.decode(b"\x80", 0)
